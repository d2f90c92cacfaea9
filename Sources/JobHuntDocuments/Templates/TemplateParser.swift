// Turns template text into nodes. A tag alone on its line (a section's open
// or close, a comment) takes its line with it, as Mustache's "standalone"
// rule says, so templates can be laid out one tag a line.

struct TemplateParser {
    let name: String
    let source: String

    mutating func parse() throws -> [Template.Node] {
        var stack: [(name: String, inverted: Bool, nodes: [Template.Node])] = [("", false, [])]
        for token in tokens() {
            switch token {
            case .text(let text):
                stack[stack.count - 1].nodes.append(.text(text))
            case .tag(let tag):
                let body = tag.trimmingCharacters(in: .whitespaces)
                if body.hasPrefix("!") { continue }
                if body.hasPrefix("{") && body.hasSuffix("}") {
                    let inner = body.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
                    stack[stack.count - 1].nodes.append(.variable(inner, raw: true))
                } else if body.hasPrefix("#") || body.hasPrefix("^") {
                    stack.append((body.dropFirst().trimmingCharacters(in: .whitespaces), body.hasPrefix("^"), []))
                } else if body.hasPrefix("/") {
                    let closing = body.dropFirst().trimmingCharacters(in: .whitespaces)
                    guard stack.count > 1, let open = stack.last, open.name == closing else {
                        throw TemplateError(template: name, problem: "{{/\(closing)}} closes no open section")
                    }
                    stack.removeLast()
                    stack[stack.count - 1].nodes.append(.section(open.name, inverted: open.inverted, open.nodes))
                } else {
                    stack[stack.count - 1].nodes.append(.variable(body, raw: false))
                }
            }
        }
        guard stack.count == 1 else {
            throw TemplateError(template: name, problem: "{{#\(stack[stack.count - 1].name)}} is never closed")
        }
        return stack[0].nodes
    }

    enum Token {
        case text(String)
        case tag(String)
    }

    /// Text and tags in order. Each line keeps its newline, except a line
    /// holding only one section or comment tag, which leaves nothing behind.
    func tokens() -> [Token] {
        var tokens: [Token] = []
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            let lineTokens = Self.split(String(line))
            let tags = lineTokens.compactMap { token -> String? in
                if case .tag(let tag) = token { return tag.trimmingCharacters(in: .whitespaces) }
                return nil
            }
            let blank = lineTokens.allSatisfy { token in
                if case .text(let text) = token { return text.allSatisfy(\.isWhitespace) }
                return true
            }
            if tags.count == 1, blank, let tag = tags.first, "#^/!".contains(where: { tag.hasPrefix(String($0)) }) {
                tokens.append(.tag(tag))
                continue
            }
            tokens += lineTokens
            if index < lines.count - 1 { tokens.append(.text("\n")) }
        }
        return tokens
    }

    /// One line into text and `{{…}}` / `{{{…}}}` tags.
    static func split(_ line: String) -> [Token] {
        var tokens: [Token] = []
        var rest = Substring(line)
        while let open = rest.range(of: "{{") {
            if open.lowerBound > rest.startIndex { tokens.append(.text(String(rest[..<open.lowerBound]))) }
            let triple = rest[open.upperBound...].hasPrefix("{")
            let closer = triple ? "}}}" : "}}"
            guard let close = rest[open.upperBound...].range(of: closer) else {
                tokens.append(.text(String(rest[open.lowerBound...])))
                return tokens
            }
            let inner = rest[open.upperBound..<close.lowerBound]
            tokens.append(.tag(triple ? String(inner) + "}" : String(inner)))
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { tokens.append(.text(String(rest))) }
        return tokens
    }
}

/// A template that cannot be parsed (an override with a typo, usually).
package struct TemplateError: Error, Sendable, Equatable {
    package var template: String
    package var problem: String
}
