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
    /// "programmer" read as "engineer"; a kind of work people also write
    /// abbreviated ("Quantity Surveyor", "QS") as its abbreviation, one word
    /// either way, so "trainee QS job" in an aim meets a "Trainee Quantity
    /// Surveyor" post and shares no more than a word would.
    static func titleWords(_ title: String) -> Set<String> {
        let split = title.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "+" || $0 == "#") }
        var words = split.map(String.init)
        if words.contains(where: abbreviatedFirstWords.contains) {
            for (phrase, abbreviation) in titleAbbreviations {
                while let start = words.firstRange(of: phrase) { words.replaceSubrange(start, with: [abbreviation]) }
            }
        }
        return Set(
            words.compactMap { word -> String? in
                if ignoredTitleWords.contains(word) { return nil }
                return titleSynonyms[word] ?? word
            })
    }

    /// Kinds of work and their abbreviations that name only them in a title
    /// (not "PM", project or product, nor "PA", personal or physician), and
    /// whose words mean little apart: "RN" is left out, since "Registered
    /// Nurse" shares "nurse" with an "ICU Nurse" post and "RN" would not.
    static let titleAbbreviations: [([String], String)] = [
        (["quantity", "surveyor"], "qs"), (["human", "resources"], "hr"), (["accounts", "payable"], "ap"),
        (["accounts", "receivable"], "ar"), (["quality", "assurance"], "qa"), (["user", "experience"], "ux"),
    ]

    /// The first words of ``titleAbbreviations``: most titles have none and skip the search.
    static let abbreviatedFirstWords = Set(titleAbbreviations.compactMap(\.0.first))

    static let ignoredTitleWords: Set<String> = [
        "senior", "sr", "junior", "jr", "lead", "staff", "principal", "mid", "level", "i", "ii", "iii", "iv",
        "of", "and", "the", "at", "for", "in", "a", "an", "to", "with", "remote", "hybrid", "onsite", "m", "f", "d",
        "w", "x",
    ]

    static let titleSynonyms: [String: String] = [
        "developer": "engineer", "programmer": "engineer", "dev": "engineer", "engineering": "engineer",
    ]
}
