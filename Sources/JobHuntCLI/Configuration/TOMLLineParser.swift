// Parses one line of the TOML subset: a comment, a `[table]` header or a
// `key = value` pair. The subset has no multi-line constructs, so a line is
// always complete on its own, which keeps editing in place simple.

/// One parsed line, keeping its original text so unchanged lines are written back byte for byte.
struct TOMLLine: Equatable {
    enum Kind: Equatable {
        /// Blank or comment.
        case trivia
        case table([String])
        /// `prefix` is everything up to the value (indent, key, `=`); `suffix` is what follows it (a comment).
        case entry(key: [String], value: TOMLValue, prefix: String, suffix: String)
    }

    var text: String
    var kind: Kind
}

/// Reads a line Unicode scalar by scalar, as TOML is defined; throws a message that the
/// document turns into `TOMLError`.
///
/// Not by `Character`: grapheme clusters depend on the neighbours, so a quote after a
/// prepended mark (U+070F, U+0600…) or before a combining one would be part of a longer
/// Character and a string would not end where the file says it does. Two fuzz crashes
/// of `config set` came from that.
struct TOMLLineParser {
    struct Failure: Error { var message: String }

    let chars: [Unicode.Scalar]
    var position = 0

    private init(_ text: String) { chars = Array(text.unicodeScalars) }

    static func parse(_ text: String) throws(Failure) -> TOMLLine {
        var parser = TOMLLineParser(text)
        return TOMLLine(text: text, kind: try parser.line())
    }

    private mutating func line() throws(Failure) -> TOMLLine.Kind {
        skipSpaces()
        guard let first = peek, first != "#" else { return .trivia }
        if first == "[" {
            position += 1
            if peek == "[" { throw Failure(message: "arrays of tables ([[...]]) are not supported") }
            let key = try dottedKey()
            guard peek == "]" else { throw Failure(message: "expected ']' to close the table header") }
            position += 1
            try endOfLine(after: "table header")
            return .table(key)
        }
        let key = try dottedKey()
        guard peek == "=" else { throw Failure(message: "expected '=' after key") }
        position += 1
        skipSpaces()
        let valueStart = position
        let value = try self.value()
        let valueEnd = position
        try endOfLine(after: "value")
        return .entry(
            key: key, value: value, prefix: Self.text(chars[..<valueStart]), suffix: Self.text(chars[valueEnd...]))
    }

    private mutating func dottedKey() throws(Failure) -> [String] {
        var parts: [String] = []
        repeat {
            skipSpaces()
            parts.append(try simpleKey())
            skipSpaces()
        } while consume(".")
        return parts
    }

    private mutating func simpleKey() throws(Failure) -> String {
        if peek == "\"" { return try basicString() }
        if peek == "'" { return try literalString() }
        let start = position
        while let c = peek, c.isASCII, Character(c).isLetter || Character(c).isNumber || c == "_" || c == "-" {
            position += 1
        }
        guard position > start else {
            throw Failure(message: "expected a key, a [table] header or a comment")
        }
        return Self.text(chars[start..<position])
    }

    private mutating func value() throws(Failure) -> TOMLValue {
        switch peek {
        case nil: throw Failure(message: "expected a value after '='")
        case "\"": return .string(try basicString())
        case "'": return .string(try literalString())
        case "[": throw Failure(message: "arrays are not supported")
        case "{": throw Failure(message: "inline tables are not supported")
        default: return try bareValue()
        }
    }

    /// `true`, `false` or a decimal integer such as `-1_000`.
    private mutating func bareValue() throws(Failure) -> TOMLValue {
        let start = position
        while let c = peek, !c.properties.isWhitespace, c != "#" { position += 1 }
        let word = Self.text(chars[start..<position])
        if word == "true" { return .bool(true) }
        if word == "false" { return .bool(false) }
        if let number = Self.integer(word) { return .integer(number) }
        // The word itself is left out of messages: it may be a secret someone forgot to quote.
        if let c = word.first, c.isNumber || c == "+" || c == "-" {
            throw Failure(message: "not an integer (floats and dates are not supported)")
        }
        throw Failure(
            message: "expected a value (a \"string\", a 'literal string', an integer, true or false); text needs quotes"
        )
    }

    static func integer(_ word: String) -> Int? {
        var digits = Substring(word)
        if digits.first == "+" || digits.first == "-" { digits = digits.dropFirst() }
        guard let first = digits.first, let last = digits.last, first.isASCII, first.isNumber, last != "_",
            !digits.contains("__"), digits.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "_" }),
            first != "0" || digits.count == 1
        else { return nil }
        return Int(word.replacingOccurrences(of: "_", with: ""))
    }

    private mutating func endOfLine(after what: String) throws(Failure) {
        skipSpaces()
        if let c = peek, c != "#" { throw Failure(message: "unexpected text after \(what) (comments start with #)") }
    }

    var peek: Unicode.Scalar? { position < chars.count ? chars[position] : nil }

    static func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(scalars))
    }

    private mutating func consume(_ c: Unicode.Scalar) -> Bool {
        guard peek == c else { return false }
        position += 1
        return true
    }

    private mutating func skipSpaces() {
        while peek == " " || peek == "\t" { position += 1 }
    }
}
