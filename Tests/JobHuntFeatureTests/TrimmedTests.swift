// `String.trimmed`, the matcher's trim: its shortcut for text with plain ASCII
// ends must give exactly what Foundation's `trimmingCharacters` gives.
import Foundation
import Testing

@testable import JobHuntMatching

@Suite("matching: trimmed agrees with trimmingCharacters(in: .whitespacesAndNewlines)")
struct TrimmedTests {
    @Test(
        "plain, blank-ended, control-ended and non-ASCII-ended text",
        arguments: [
            "", " ", "London", " London", "London ", "\tNew York\n", "São Paulo", "Zürich\u{00A0}",
            "\u{2028}Berlin", "Berlin\u{0085}", "\u{000B}Paris\u{000C}", "Köln", "a", "\r\n", "x\u{0301}",
            "Remote (US)", "\u{3000}東京\u{3000}", "ends with e\u{0301}",
        ])
    func agrees(text: String) {
        #expect(text.trimmed == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test("the shortcut keeps text whose ends are neither blank nor ASCII control")
    func keepsPlainText() {
        #expect("Senior Backend Engineer".trimmed == "Senior Backend Engineer")
        #expect(" Senior Backend Engineer\t".trimmed == "Senior Backend Engineer")
    }
}
