// Checks a setting's value against its kind, wherever the value came from
// (flag, environment, file or `config set`), and puts paths in absolute form.
import Foundation
import JobHuntKernel

extension Setting {
    /// Why `value` is not acceptable for this setting, phrased to follow
    /// "invalid value for KEY: ", or nil when it is fine.
    func problem(with value: String) -> String? {
        if value.isEmpty { return "the value is empty" }
        switch kind {
        case .string, .path:
            return nil
        case .bool:
            return value == "true" || value == "false" ? nil : "'\(value)' is not true or false"
        case .url(let schemes):
            return Self.urlProblem(value, schemes: schemes)
        case .choice(let words):
            return words.contains(value) ? nil : "'\(value)' is not one of \(words.joined(separator: ", "))"
        case .number(let bounds):
            guard let number = Double(value), bounds.contains(number) else {
                return
                    "'\(value)' is not a number from \(Self.plain(bounds.lowerBound)) to \(Self.plain(bounds.upperBound))"
            }
            return nil
        case .integer(let range):
            guard let number = Int(value), range.contains(number) else {
                return "'\(value)' is not a whole number from \(range.lowerBound) to \(range.upperBound)"
            }
            return nil
        }
    }

    /// How to fix a value `problem(with:)` rejected.
    var remedy: String {
        switch kind {
        case .string: return "give a non-empty value"
        case .path: return "give a directory path"
        case .bool: return "use true or false"
        case .integer(let range): return "give a whole number from \(range.lowerBound) to \(range.upperBound)"
        case .url(let schemes):
            return "use a URL that starts with " + schemes.map { "\($0):" }.joined(separator: ", ")
        case .choice(let words): return "use " + words.joined(separator: " or ")
        case .number(let bounds):
            return "give a number from \(Self.plain(bounds.lowerBound)) to \(Self.plain(bounds.upperBound))"
        }
    }

    /// `120` rather than `120.0`.
    private static func plain(_ number: Double) -> String {
        number == number.rounded() ? String(Int(number)) : String(number)
    }

    /// `~/x` → `$HOME/x`; a relative path is taken from `base`. Other kinds pass through.
    func normalized(_ value: String, base: URL, home: URL) -> String {
        guard kind == .path else { return value }
        if value == "~" { return home.path }
        if value.hasPrefix("~/") { return home.appendingPathComponent(String(value.dropFirst(2))).standardized.path }
        if value.hasPrefix("/") { return URL(fileURLWithPath: value).standardized.path }
        return base.appendingPathComponent(value).standardized.path
    }

    private static func urlProblem(_ value: String, schemes: [String]) -> String? {
        let shown = "'\(Redaction.connectionString(value))'"
        guard let colon = value.firstIndex(of: ":"),
            schemes.contains(value[..<colon].lowercased())
        else {
            let list = schemes.map { "\($0):" }.joined(separator: ", ")
            return "\(shown) does not start with \(list)"
        }
        let scheme = value[..<colon].lowercased()
        if scheme == "sqlite" {
            return value[value.index(after: colon)...].isEmpty ? "\(shown) names no file" : nil
        }
        guard let components = URLComponents(string: value) else { return "\(shown) is not a valid URL" }
        if scheme.hasPrefix("http") && (components.host ?? "").isEmpty { return "\(shown) has no host" }
        // An endpoint or API base gets paths appended, which a query or fragment would swallow.
        if scheme.hasPrefix("http") && (components.query != nil || components.fragment != nil) {
            return "\(shown) has a query or fragment, but only a base URL is accepted"
        }
        return nil
    }
}
