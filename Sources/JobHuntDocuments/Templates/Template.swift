// A Mustache subset, enough for documents a person can restyle without code:
// `{{name}}`, `{{a.b}}`, `{{.}}` (the current item), `{{#name}}…{{/name}}`
// (a list repeats, text or an object shows once), `{{^name}}…{{/name}}`
// (shows when empty) and `{{! comment }}`. `{{{name}}}` prints raw; `{{name}}`
// is escaped by the template's escaper (HTML-escaped in page.html, as is in Markdown).

/// A parsed template.
package struct Template: Sendable {
    indirect enum Node: Sendable {
        case text(String)
        case variable(String, raw: Bool)
        case section(String, inverted: Bool, [Node])
    }

    let name: String
    let nodes: [Node]

    /// Parses `source`; an unclosed or mismatched section is an error naming the template.
    package init(name: String, source: String) throws {
        self.name = name
        var parser = TemplateParser(name: name, source: source)
        nodes = try parser.parse()
    }

    /// Fills the template from `context`; a name it does not know prints nothing.
    package func render(_ context: [String: TemplateValue], escape: (String) -> String = { $0 }) -> String {
        var out = ""
        Self.render(nodes, stack: [.object(context)], escape: escape, into: &out)
        return out
    }

    static func render(
        _ nodes: [Node], stack: [TemplateValue], escape: (String) -> String, into out: inout String
    ) {
        for node in nodes {
            switch node {
            case .text(let text):
                out += text
            case .variable(let name, let raw):
                let value = lookup(name, in: stack)?.rendered ?? ""
                out += raw ? value : escape(value)
            case .section(let name, let inverted, let children):
                let value = lookup(name, in: stack)
                let shows = value?.isTruthy ?? false
                if inverted {
                    if !shows { render(children, stack: stack, escape: escape, into: &out) }
                    continue
                }
                guard shows, let value else { continue }
                if case .list(let items) = value {
                    for item in items { render(children, stack: stack + [item], escape: escape, into: &out) }
                } else {
                    render(children, stack: stack + [value], escape: escape, into: &out)
                }
            }
        }
    }

    /// `.` is the innermost value; `a.b` walks objects from the innermost that has `a`.
    static func lookup(_ name: String, in stack: [TemplateValue]) -> TemplateValue? {
        if name == "." { return stack.last }
        let parts = name.split(separator: ".").map(String.init)
        guard let first = parts.first else { return nil }
        for frame in stack.reversed() {
            guard case .object(let fields) = frame, var value = fields[first] else { continue }
            for part in parts.dropFirst() {
                guard case .object(let inner) = value, let next = inner[part] else { return nil }
                value = next
            }
            return value
        }
        return nil
    }
}
