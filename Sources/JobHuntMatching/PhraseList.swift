// A list of fixed phrases looked for as whole words in what a person wrote,
// folded once (case and accents) rather than on every call.

/// Fixed lower-case phrases, each matched as whole words in folded text
/// (``MatchFilters/folded(_:)``, ``MatchFilters/containsWord(_:in:)``).
struct PhraseList: Sendable {
    let folded: [String]

    init(_ phrases: [String]) { folded = phrases.map(MatchFilters.folded) }

    /// True when `text` holds one of the phrases.
    func occurs(in text: String?) -> Bool {
        guard let text, !text.isEmpty else { return false }
        let haystack = MatchFilters.folded(text)
        return folded.contains { MatchFilters.containsWord($0, in: haystack) }
    }
}
