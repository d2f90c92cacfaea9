// The values the config file's TOML subset can hold, and how each is written back.

/// A value in `config.toml`: the subset jobhunt reads (no floats, dates, arrays or inline tables).
package enum TOMLValue: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case bool(Bool)

    /// The value as TOML source: strings as basic strings with escapes.
    package var tomlText: String {
        switch self {
        case .string(let text): return Self.basicString(text)
        case .integer(let number): return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        }
    }

    /// The value as a setting reads it: the text of a string, `true`, `42`.
    package var settingText: String {
        switch self {
        case .string(let text): return text
        case .integer(let number): return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        }
    }

    /// `"a \"b\"\n"`: escapes quotes, backslashes and control characters as TOML requires.
    ///
    /// The reader goes by Character, and a combining mark joins the character before it: after
    /// the opening quote or an escape (`\u0000` then U+0301), such a mark is escaped too, or the
    /// reader would not see the quote or the escape's last digit (found by `scripts/fuzz toml`).
    /// A prepended concatenation mark (U+070F, U+0600…) joins the character after it, so it
    /// would swallow the closing quote or a following escape's backslash: always escaped (also
    /// found by `scripts/fuzz toml`).
    static func basicString(_ text: String) -> String {
        var result = "\""
        var afterSyntax = true
        for scalar in text.unicodeScalars {
            if afterSyntax && ("0" + String(scalar)).count == 1 || (String(scalar) + "\"").count == 1 {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result +=
                    scalar.value > 0xFFFF
                    ? "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
                    : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                continue
            }
            afterSyntax = !(scalar.value >= 0x20 && scalar.value != 0x7F && scalar != "\"" && scalar != "\\")
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

/// A syntax error in a config file, located by line: `config.toml:7: expected '=' after key`.
package struct TOMLError: Error, Equatable, CustomStringConvertible {
    /// The file as the user named it.
    package var path: String
    /// 1-based.
    package var line: Int
    package var message: String

    package init(path: String, line: Int, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    package var description: String { "\(path):\(line): \(message)" }
}
