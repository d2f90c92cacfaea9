// Writing Markdown from text people typed: escaping what would otherwise turn
// into emphasis, links, headings or lists.

extension MarkdownText {
    /// Backslash-escapes the characters that would turn inline text into emphasis, code,
    /// links, HTML or table cells.
    package static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>|".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// `escape`, plus the line starts that would make a heading, list or rule of a line of
    /// text: `# x`, `- x`, `+ x`, `1. x`, `---`, `===`.
    package static func line(_ text: String) -> String { blockStart(escape(text)) }

    /// Escapes only a line start that would make a heading, list or rule, for a line whose
    /// parts are already escaped or are markup.
    package static func blockStart(_ escaped: String) -> String {
        var out = escaped
        guard let first = out.first else { return out }
        let second = out.dropFirst().first
        if first == "#" || ("+-=".contains(first) && (second == nil || second == " " || second == first)) {
            return "\\" + out
        }
        let digits = out.prefix(while: \.isNumber)
        let marker = out.dropFirst(digits.count).first
        if !digits.isEmpty, digits.count <= 9, marker == "." || marker == ")" {
            let after = out.dropFirst(digits.count + 1).first
            if after == nil || after == " " { out.insert("\\", at: out.index(out.startIndex, offsetBy: digits.count)) }
        }
        return out
    }

    /// Blank lines separate paragraphs; single line breaks inside one are kept as blanks.
    package static func paragraphs(_ text: String) -> String {
        text.components(separatedBy: "\n\n").map { line(oneLine($0)) }.filter { !$0.isEmpty }
            .joined(separator: "\n\n")
    }

    package static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
    }
}
