// The two single-line TOML string forms: "basic" with backslash escapes and
// 'literal' taken as written.

extension TOMLLineParser {
    /// `"…"` with the escapes TOML 1.0 defines; `"""` (multi-line) is not part of the subset.
    mutating func basicString() throws(Failure) -> String {
        position += 1
        if peek == "\"", position + 1 < chars.count, chars[position + 1] == "\"" {
            throw Failure(message: "multi-line strings are not supported")
        }
        var result = ""
        while let c = peek {
            position += 1
            switch c {
            case "\"": return result
            case "\\": result += try escape()
            default: result.unicodeScalars.append(c)
            }
        }
        throw Failure(message: "unterminated string (missing closing '\"')")
    }

    /// `'…'` with no escapes.
    mutating func literalString() throws(Failure) -> String {
        position += 1
        if peek == "'", position + 1 < chars.count, chars[position + 1] == "'" {
            throw Failure(message: "multi-line strings are not supported")
        }
        var result = ""
        while let c = peek {
            position += 1
            if c == "'" { return result }
            result.unicodeScalars.append(c)
        }
        throw Failure(message: "unterminated string (missing closing \"'\")")
    }

    private mutating func escape() throws(Failure) -> String {
        guard let c = peek else { throw Failure(message: "unterminated string (missing closing '\"')") }
        position += 1
        switch c {
        case "b": return "\u{08}"
        case "t": return "\t"
        case "n": return "\n"
        case "f": return "\u{0C}"
        case "r": return "\r"
        case "\"": return "\""
        case "\\": return "\\"
        case "u": return try unicodeEscape(digits: 4)
        case "U": return try unicodeEscape(digits: 8)
        default: throw Failure(message: "invalid escape '\\\(c)' in string")
        }
    }

    private mutating func unicodeEscape(digits: Int) throws(Failure) -> String {
        var hex = ""
        for _ in 0..<digits {
            guard let c = peek, c.isASCII, Character(c).isHexDigit else {
                throw Failure(message: "\\\(digits == 4 ? "u" : "U") needs \(digits) hexadecimal digits")
            }
            hex.unicodeScalars.append(c)
            position += 1
        }
        guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
            throw Failure(message: "\\\(digits == 4 ? "u" : "U")\(hex) is not a Unicode scalar value")
        }
        return String(scalar)
    }
}
