// The iCalendar writer's line folding (RFC 5545 §3.1): every physical line at
// most 75 octets, and unfolding gives the line back. `scripts/fuzz ics` found a
// line over the limit: one Character longer than a line.
import Foundation
import Testing

@testable import JobHuntApplications

@Suite("iCalendar line folding")
struct ApplicationCalendarFoldingTests {
    func physicalLines(_ text: String) -> [String] {
        text.components(separatedBy: "\r\n")
    }

    /// What a calendar reader does: drop each CRLF and the space after it, by scalar (a space
    /// and the accent after it are one Character).
    func unfolded(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for (index, line) in physicalLines(text).enumerated() {
            result += line.unicodeScalars.dropFirst(index == 0 ? 0 : 1)
        }
        return String(result)
    }

    @Test("one Character longer than a line (e and 80 combining accents) is folded between its scalars")
    func longCharacter() {
        let line = "SUMMARY:Interview: e" + String(repeating: "\u{301}", count: 80) + " at Tessellate"
        let folded = ApplicationCalendar.folded(line)
        for (index, part) in physicalLines(folded).enumerated() {
            #expect(part.utf8.count <= 75, "line \(index + 1): \(part.utf8.count) octets")
            // By scalar: the space and the accent after it are one Character.
            if index > 0 { #expect(part.unicodeScalars.first == " ") }
        }
        #expect(physicalLines(folded).count == 3)
        #expect(Array(unfolded(folded).unicodeScalars) == Array(line.unicodeScalars))
    }

    @Test("ASCII and multi-byte text fold at 75 octets without splitting a UTF-8 sequence")
    func plainText() {
        let line = "DESCRIPTION:" + String(repeating: "é", count: 50) + String(repeating: "x", count: 40)
        let folded = ApplicationCalendar.folded(line)
        let parts = physicalLines(folded)
        #expect(parts.allSatisfy { $0.utf8.count <= 75 })
        #expect(parts[0].utf8.count == 74, "12 ASCII octets and 31 two-octet é: the 32nd would make 76")
        #expect(unfolded(folded) == line)
        #expect(ApplicationCalendar.folded("SUMMARY:short") == "SUMMARY:short")
    }

    @Test("TEXT escaping goes by scalar: a backslash or comma with an accent on it is still escaped")
    func escapingByScalar() {
        #expect(ApplicationCalendar.escaped("a\\\u{301}b") == "a\\\\\u{301}b")
        #expect(ApplicationCalendar.escaped(",\u{301};") == "\\,\u{301}\\;")
        #expect(ApplicationCalendar.escaped("one\r\ntwo\nthree\rfour") == "one\\ntwo\\nthree\\nfour")
    }
}
