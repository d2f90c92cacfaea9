// `status export --ics`: the iCalendar writer's TEXT escaping and line folding,
// written then read back as a calendar reader would (RFC 5545 §3.1, §3.3.11).
import Foundation

@testable import JobHuntApplications

enum CalendarFuzz {
    static func run(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        let escaped = ApplicationCalendar.escaped(text)
        check(!escaped.unicodeScalars.contains { $0 == "\r" || $0 == "\n" }, "an escaped TEXT value holds a line break")
        // Line breaks as one LF each, by scalar (Foundation's search may join an LF and an accent after it).
        var normalized = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            if scalar == "\n" && afterCR { continue }
            normalized.append(scalar == "\r" ? "\n" : scalar)
        }
        check(
            Array(unescaped(escaped).unicodeScalars) == Array(normalized),
            "escaped TEXT does not read back to the text")

        let line = "SUMMARY:" + escaped
        let folded = ApplicationCalendar.folded(line)
        let physical = folded.components(separatedBy: "\r\n")
        for (index, part) in physical.enumerated() {
            check(part.utf8.count <= 75, "folded line \(index + 1) is \(part.utf8.count) octets, over 75")
            // By scalar: a space followed by a combining accent is one Character.
            if index > 0 {
                check(part.unicodeScalars.first == " ", "continuation line \(index + 1) does not start with a space")
            }
        }
        var unfolded = String.UnicodeScalarView()
        for (index, part) in physical.enumerated() { unfolded += part.unicodeScalars.dropFirst(index == 0 ? 0 : 1) }
        check(Array(unfolded) == Array(line.unicodeScalars), "unfolding does not give the line back")
    }

    /// A calendar reader's TEXT decoding: `\\`, `\;`, `\,`, `\n` and `\N`.
    static func unescaped(_ text: String) -> String {
        var result = ""
        var escaping = false
        for scalar in text.unicodeScalars {
            if escaping {
                switch scalar {
                case "n", "N": result += "\n"
                default: result.unicodeScalars.append(scalar)
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
