// The user's search words turned into a parsed query that can never break the
// SQL it is bound into: words, "quoted phrases" and -exclusions, nothing else.
import Foundation
import JobHuntKernel

/// What `discover find` looks for in the text of postings.
///
/// Free text is split on whitespace; `"…"` groups words into a phrase (an
/// unclosed quote runs to the end), and a leading `-` on a word or phrase
/// excludes postings that contain it. Every other character is kept as text
/// and only ever reaches the engine quoted or as a bound argument, so `NEAR(`,
/// `*`, `:` or `'` are searched for, never interpreted. Words without a letter
/// or digit are dropped, and so are English stop words outside phrases (the
/// list PostgreSQL's `english` configuration drops), so both engines see the
/// same terms.
///
///     FullTextQuery(parsing: #"swift "machine learning" -intern"#)
///     // included: swift, "machine learning"; excluded: intern
package struct FullTextQuery: Sendable, Equatable {
    /// One word or phrase, as typed (without quotes or the minus sign).
    package struct Term: Sendable, Equatable {
        package var text: String
        package var isPhrase: Bool
    }

    /// Terms a posting may match; more (and rarer) matches rank higher.
    package private(set) var included: [Term] = []
    /// Terms a posting must not contain.
    package private(set) var excluded: [Term] = []

    /// At most this many terms are kept: FTS5 limits the depth of a query
    /// expression, and a pasted page of text is better served by the semantic half.
    package static let maximumTerms = 32

    package init(parsing text: String) {
        var index = text.startIndex
        while index < text.endIndex, included.count + excluded.count < Self.maximumTerms {
            let character = text[index]
            if Self.separates(character) {
                index = text.index(after: index)
                continue
            }
            var isExcluded = false
            if character == "-" {
                isExcluded = true
                index = text.index(after: index)
                guard index < text.endIndex, !Self.separates(text[index]) else { continue }
            }
            let term: Term
            if text[index] == "\"" {
                let start = text.index(after: index)
                let end = text[start...].firstIndex(of: "\"") ?? text.endIndex
                term = Term(text: Self.collapsed(text[start..<end]), isPhrase: true)
                index = end < text.endIndex ? text.index(after: end) : end
            } else {
                let end = text[index...].firstIndex { Self.separates($0) || $0 == "\"" } ?? text.endIndex
                term = Term(text: String(text[index..<end]), isPhrase: false)
                index = end
            }
            add(term, excluded: isExcluded)
        }
    }

    /// True when nothing is left to look for: an empty text, only stop words,
    /// punctuation or exclusions.
    package var isEmpty: Bool { included.isEmpty }

    private mutating func add(_ term: Term, excluded isExcluded: Bool) {
        guard term.text.contains(where: { $0.isLetter || $0.isNumber }) else { return }
        if !term.isPhrase, EnglishStopWords.contains(term.text.lowercased()) { return }
        let key = term.text.lowercased()
        guard !(included + excluded).contains(where: { $0.text.lowercased() == key && $0.isPhrase == term.isPhrase })
        else { return }
        if isExcluded { excluded.append(term) } else { included.append(term) }
    }

    private static func collapsed(_ text: Substring) -> String {
        text.split(whereSeparator: separates).joined(separator: " ")
    }

    /// Whitespace and control characters end a word: FTS5 reads a NUL as the
    /// end of its query string, and libpq cannot send one at all.
    private static func separates(_ character: Character) -> Bool {
        character.isWhitespace || character.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
}
