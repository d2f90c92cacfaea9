import Testing

// The edit distance behind "did you mean".
@testable import JobHuntCLI

@Suite struct SuggestionTests {
    @Test func distanceCountsSwapsAsOneEdit() {
        #expect(Suggestion.distance("migrate", "migrate") == 0)
        #expect(Suggestion.distance("migrat", "migrate") == 1)
        #expect(Suggestion.distance("mirgate", "migrate") == 1)
        #expect(Suggestion.distance("", "abc") == 3)
        #expect(Suggestion.distance("kitten", "sitting") == 3)
    }

    @Test func nearestNeedsToBeCloseEnough() {
        #expect(Suggestion.nearest(to: "helpp", among: ["help", "completions"]) == "help")
        #expect(Suggestion.nearest(to: "xy", among: ["up", "down"]) == nil)
        #expect(Suggestion.nearest(to: "completoinsss", among: ["completions"]) == "completions")
        #expect(Suggestion.nearest(to: "zzz", among: ["help"]) == nil)
        #expect(Suggestion.nearest(to: "lst", among: ["list", "last"]) == "list")
    }
}
