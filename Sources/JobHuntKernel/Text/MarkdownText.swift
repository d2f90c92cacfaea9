// Markdown as jobhunt reads it (descriptions that arrive as Markdown, from
// JobSpy) and writes it (résumé exports, in MarkdownText+Writing.swift).
import Foundation

/// Markdown text helpers.
///
/// Reading:
/// JobSpy converts descriptions with markdownify, which escapes `- . + & * _ \`,
/// so "C++" arrives as `C\+\+`. CommonMark's rule is that a backslash before
/// ASCII punctuation stands for that character; everything else (emphasis
/// markers, list bullets) is left alone, since `- item` and `**About**` already
/// read as text.
package enum MarkdownText {
    package static func removingEscapes(_ markdown: String) -> String {
        guard markdown.utf8.contains(UInt8(ascii: "\\")) else { return markdown }
        var out: [UInt8] = []
        out.reserveCapacity(markdown.utf8.count)
        var escaped = false
        for byte in markdown.utf8 {
            if escaped {
                if !isASCIIPunctuation(byte) { out.append(UInt8(ascii: "\\")) }
                out.append(byte)
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else {
                out.append(byte)
            }
        }
        if escaped { out.append(UInt8(ascii: "\\")) }
        return String(decoding: out, as: UTF8.self)
    }

    private static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (33...47).contains(byte) || (58...64).contains(byte) || (91...96).contains(byte) || (123...126).contains(byte)
    }
}
