// Greedy word wrapping for help text: paragraphs (separated by blank lines)
// are re-flowed to the width, every line indented the same.
import Foundation

enum TextWrap {
    /// `text` wrapped to `width` columns, each line starting with `indent` spaces.
    static func wrap(_ text: String, width: Int, indent: Int) -> [String] {
        let room = max(20, width - indent)
        let prefix = String(repeating: " ", count: indent)
        var lines: [String] = []
        for (index, paragraph) in paragraphs(text).enumerated() {
            if index > 0 { lines.append("") }
            var line = ""
            for word in paragraph.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                if line.isEmpty {
                    line = String(word)
                } else if line.count + 1 + word.count <= room {
                    line += " " + word
                } else {
                    lines.append(prefix + line)
                    line = String(word)
                }
            }
            if !line.isEmpty { lines.append(prefix + line) }
        }
        return lines
    }

    private static func paragraphs(_ text: String) -> [String] {
        text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
    }
}
