// The values a template is filled with: text, lists of nested values, and
// objects. Small on purpose, so the variables docs/apply.md lists are all
// there is.

/// One variable's value.
package enum TemplateValue: Sendable, Equatable {
    case text(String)
    case list([TemplateValue])
    case object([String: TemplateValue])

    /// Whether a `{{#name}}` section shows: non-empty text or list, any object.
    var isTruthy: Bool {
        switch self {
        case .text(let text): !text.isEmpty
        case .list(let items): !items.isEmpty
        case .object: true
        }
    }

    /// What `{{name}}` prints: the text, a list's texts joined by ", ".
    var rendered: String {
        switch self {
        case .text(let text): text
        case .list(let items): items.map(\.rendered).joined(separator: ", ")
        case .object: ""
        }
    }

    /// An optional text: absent becomes empty, which hides its sections.
    static func text(_ value: String?) -> TemplateValue { .text(value ?? "") }

    /// A list of texts.
    static func texts(_ values: [String]) -> TemplateValue { .list(values.map { .text($0) }) }
}
