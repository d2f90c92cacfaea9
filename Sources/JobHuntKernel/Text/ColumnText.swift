// Tidies free text for a VARCHAR column: trims, collapses whitespace, and cuts
// to the column's length without splitting a character.

/// The seed's VARCHAR lengths for the columns the normaliser fills.
package enum ColumnLimit {
    package static let title = 300
    package static let externalID = 255
    package static let sourceURL = 1000
    package static let city = 100
    package static let state = 50
    package static let country = 50
    package static let companyName = 255
    package static let domain = 255
}

/// Whitespace and length rules shared by every text column.
package enum ColumnText {
    /// Trimmed, with every run of whitespace (tabs, newlines, no-break spaces) made one space.
    ///
    ///     ColumnText.collapsed("  QA\u{00A0}Engineer \n")  // "QA Engineer"
    package static func collapsed(_ text: some StringProtocol) -> String {
        collapsedText(text)
    }

    /// `collapsed` for the two types callers have. Other modules cannot specialise the generic
    /// one, and unspecialised it walked `utf8` through protocol witnesses byte by byte (a tenth
    /// of normalising a posting); these are specialised here, where the body is.
    package static func collapsed(_ text: String) -> String { collapsedText(text) }

    /// `collapsed` of a substring, specialised (see above).
    package static func collapsed(_ text: Substring) -> String { collapsedText(text) }

    private static func collapsedText(_ text: some StringProtocol) -> String {
        if isCollapsedASCII(text.utf8) { return String(text) }
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whitespace as `collapsed` counts it, answered without a Unicode property
    /// look-up for ASCII (the property tables cost more than the rest of the loop).
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}"
    }

    /// Whether `bytes` is ASCII already in collapsed form: no control characters, no
    /// leading, trailing or doubled spaces. Most titles, names and URLs are.
    private static func isCollapsedASCII(_ bytes: some Sequence<UInt8>) -> Bool {
        var previous: UInt8 = 0x20
        for byte in bytes {
            if byte >= 0x80 || byte < 0x20 || byte == 0x7F || (byte == 0x20 && previous == 0x20) { return false }
            previous = byte
        }
        return previous != 0x20
    }

    /// `text` without leading and trailing whitespace; inner line breaks kept (a description).
    package static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    /// The collapsed text, or nil when nothing is left.
    package static func nonEmpty(_ text: (some StringProtocol)?) -> String? {
        guard let text else { return nil }
        let value = collapsedText(text)
        return value.isEmpty ? nil : value
    }

    /// `nonEmpty` of a string, specialised (see `collapsed(_:)`).
    package static func nonEmpty(_ text: String?) -> String? {
        guard let text else { return nil }
        let value = collapsedText(text)
        return value.isEmpty ? nil : value
    }

    /// `text` cut to at most `limit` Unicode scalars (what PostgreSQL's VARCHAR(n) counts),
    /// ending on a whole character so no emoji or accent is split. Returns whether it cut.
    package static func truncated(_ text: String, to limit: Int) -> (text: String, didTruncate: Bool) {
        guard text.unicodeScalars.count > limit else { return (text, false) }
        var count = 0
        var end = text.startIndex
        for index in text.indices {
            let next = text.index(after: index)
            let width = text.unicodeScalars[index..<next].count
            if count + width > limit { break }
            count += width
            end = next
        }
        let cut = String(text[..<end])
        let trimmed = cut.last == " " ? String(cut.dropLast()) : cut
        return (trimmed, true)
    }

    /// Lower-cased with whitespace collapsed: the form keys compare.
    package static func folded(_ text: some StringProtocol) -> String {
        collapsedText(text).lowercased()
    }

    /// `folded` of a string, specialised (see `collapsed(_:)`).
    package static func folded(_ text: String) -> String { collapsedText(text).lowercased() }

    /// `folded` of a substring, specialised (see `collapsed(_:)`).
    package static func folded(_ text: Substring) -> String { collapsedText(text).lowercased() }
}
