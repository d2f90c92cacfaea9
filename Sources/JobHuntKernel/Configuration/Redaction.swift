// Masks secrets before text is shown: whole secret values, and the password
// inside a connection string (URL user-info, `password=` parameters).
import Foundation

/// Secret-hiding helpers shared by `description`s, `config show` and error messages.
///
///     Redaction.connectionString("postgresql://u:hunter2@h/db")   // "postgresql://u:***@h/db"
///     Redaction.connectionString("host=h password=hunter2")        // "host=h password=***"
///     Redaction.connectionString("redis://:hunter2@h:6379/0")      // "redis://:***@h:6379/0"
package enum Redaction {
    /// Shown in place of a whole secret value.
    package static let mask = "********"
    /// Shown in place of the password inside a connection string, so the rest stays readable.
    package static let passwordMask = "***"

    /// `********` when a secret is present, `nil` when absent: tells a reader whether it is set, never what it is.
    package static func presence(_ secret: String?) -> String {
        secret == nil ? "nil" : mask
    }

    /// A database, Redis or endpoint URL, or a libpq `key=value` string, with every password masked.
    package static func connectionString(_ text: String) -> String {
        maskPasswordParameters(in: maskUserInfo(in: text))
    }

    /// `scheme://user:secret@host` → `scheme://user:***@host`. For Redis a lone
    /// user-info (`redis://secret@host`) is taken as a password, as redis-cli does.
    static func maskUserInfo(in text: String) -> String {
        guard let schemeEnd = text.range(of: "://") else { return text }
        let authorityStart = schemeEnd.upperBound
        // Up to the query, not the first '/': people paste unencoded passwords (`u:pa/ss@h`), and
        // masking too much of a malformed URL is better than showing part of a password.
        let authorityEnd = text[authorityStart...].firstIndex(where: { "?#".contains($0) }) ?? text.endIndex
        guard let at = text[authorityStart..<authorityEnd].lastIndex(of: "@") else { return text }
        let userInfo = text[authorityStart..<at]
        let masked: String
        if let colon = userInfo.firstIndex(of: ":") {
            masked = userInfo[..<colon] + ":" + passwordMask
        } else if text[..<schemeEnd.lowerBound].lowercased().hasPrefix("redis") {
            masked = passwordMask
        } else {
            return text
        }
        return text[..<authorityStart] + masked + text[at...]
    }

    /// Masks the value of every parameter whose name ends in `password`
    /// (`password`, `sslpassword`), in a URL query or a libpq keyword string;
    /// quoted values (`password='a b'`) are masked whole.
    static func maskPasswordParameters(in text: String) -> String {
        var result = ""
        var index = text.startIndex
        while let found = text.range(of: "password", options: .caseInsensitive, range: index..<text.endIndex) {
            result += text[index..<found.upperBound]
            index = found.upperBound
            var cursor = index
            while cursor < text.endIndex, text[cursor] == " " { cursor = text.index(after: cursor) }
            guard cursor < text.endIndex, text[cursor] == "=" else { continue }
            cursor = text.index(after: cursor)
            while cursor < text.endIndex, text[cursor] == " " { cursor = text.index(after: cursor) }
            result += text[index..<cursor] + passwordMask
            index = endOfParameterValue(in: text, from: cursor)
        }
        return result + text[index...]
    }

    private static func endOfParameterValue(in text: String, from start: String.Index) -> String.Index {
        var cursor = start
        if cursor < text.endIndex, text[cursor] == "'" {
            cursor = text.index(after: cursor)
            while cursor < text.endIndex, text[cursor] != "'" {
                if text[cursor] == "\\", text.index(after: cursor) < text.endIndex {
                    cursor = text.index(after: cursor)
                }
                cursor = text.index(after: cursor)
            }
            return cursor < text.endIndex ? text.index(after: cursor) : cursor
        }
        while cursor < text.endIndex, !(text[cursor].isWhitespace || "&#;".contains(text[cursor])) {
            cursor = text.index(after: cursor)
        }
        return cursor
    }
}
