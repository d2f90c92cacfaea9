// The title component: the words of the person's titles against the
// posting's, ignoring seniority words (seniority has its own component).
import JobHuntKernel

extension MatchScorer {
    /// The best Dice overlap of title words over the profile's titles, past
    /// titles discounted, the posting title's words that are your skills
    /// counted as shared; neutral when the profile has no title at all.
    func titleFit(_ postingTitle: String) -> Double {
        guard !profile.titles.isEmpty else { return MatchCalibration.neutral }
        let theirs = Self.titleWords(postingTitle)
        guard !theirs.isEmpty else { return MatchCalibration.neutral }
        // A skill of yours named in the title ("Go" in "Senior Go Engineer")
        // counts as yours too; "JavaScript" is not the skill "Java".
        let yourSkills = theirs.filter { profile.skillKeys.contains($0) }
        return profileTitleWords.map { entry in
            let mine = entry.words.union(yourSkills)
            guard !mine.isEmpty else { return 0 }
            let shared = Double(mine.intersection(theirs).count)
            return entry.weight * 2 * shared / Double(mine.count + theirs.count)
        }.max() ?? 0
    }

    /// Lower-case words without seniority or filler words; "developer" and
    /// "programmer" read as "engineer".
    static func titleWords(_ title: String) -> Set<String> {
        let words = title.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "+" || $0 == "#") }
        return Set(
            words.compactMap { word -> String? in
                let word = String(word)
                if ignoredTitleWords.contains(word) { return nil }
                return titleSynonyms[word] ?? word
            })
    }

    static let ignoredTitleWords: Set<String> = [
        "senior", "sr", "junior", "jr", "lead", "staff", "principal", "mid", "level", "i", "ii", "iii", "iv",
        "of", "and", "the", "at", "for", "in", "a", "an", "to", "with", "remote", "hybrid", "onsite", "m", "f", "d",
        "w", "x",
    ]

    static let titleSynonyms: [String: String] = [
        "developer": "engineer", "programmer": "engineer", "dev": "engineer", "engineering": "engineer",
    ]
}
