// The iCalendar writer's line folding (RFC 5545 §3.1): every physical line at
// most 75 octets, and unfolding gives the line back. `scripts/fuzz ics` found a
// line over the limit: one Character longer than a line.
import Foundation
import Testing

@testable import JobHuntApplications

@Suite("iCalendar line folding")
struct ApplicationCalendarFoldingTests {
    /// What a calendar reader does: drop each CRLF followed by a space.
    func unfolded(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n ", with: "")
    }

    func physicalLines(_ text: String) -> [String] {
        text.components(separatedBy: "\r\n")
    }

    @Test("one Character longer than a line (e and 80 combining accents) is folded between its scalars")
    func longCharacter() {
        let line = "SUMMARY:Interview: e" + String(repeating: "\u{301}", count: 80) + " at Tessellate"
        let folded = ApplicationCalendar.folded(line)
        for (index, part) in physicalLines(folded).enumerated() {
            #expect(part.utf8.count <= 75, "line \(index + 1): \(part.utf8.count) octets")
            if index > 0 { #expect(part.hasPrefix(" ")) }
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
}
