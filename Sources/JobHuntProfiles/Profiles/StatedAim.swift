// What a person says they want next, and what they say they are leaving,
// read from their own sentences ("moving from accounting into data analysis
// … not another accounting job"), so ranking can let the aim lead and treat
// the job they are leaving as history (issue 19, fifth round).
import Foundation

/// The aim a person states in their summary, label or latest entry, and the
/// work they say they are leaving.
///
/// A career changer often keeps the job they are leaving as their résumé's
/// label ("Staff Accountant") and tells the aim in prose; the embedding model
/// reads that prose close to the history and reads no negation. This reader
/// picks the phrases out so the target vector and the title component can
/// read them on their own. It reads common phrasings in English, French,
/// German, Spanish, Portuguese and Dutch (``StatedAimPatterns``); a sentence
/// it does not recognise adds nothing, so a miss costs what it cost before.
/// `profile show` prints what was read, so a person can correct it (by
/// setting their title, or a saved search's titles, which always count).
package struct StatedAim: Sendable, Equatable {
    /// What the person says they want, in their words, lower case, as read
    /// ("data analyst", "compliance"), first stated first, without repeats.
    package var aims: [String] = []
    /// What they say they are leaving ("accounting", "classroom teaching").
    package var leftBehind: [String] = []
    /// True when the words say a change ("moving from … into", "retraining
    /// as", "not another … job"), not only what is sought: only then is the
    /// history kept out of what the person wants (``StatedAim+History``).
    package var isChange = false

    package init(aims: [String] = [], leftBehind: [String] = [], isChange: Bool = false) {
        self.aims = aims
        self.leftBehind = leftBehind
        self.isChange = isChange
    }

    /// Reads `texts` (summary, label, latest job description: any order) sentence by sentence.
    package init(reading texts: [String?]) {
        for text in texts.compactMap({ $0 }) {
            for sentence in Self.sentences(text) {
                for rule in StatedAimPatterns.rules {
                    for match in rule.matches(in: sentence) {
                        if let aim = match.aim { add(aim, to: \.aims) }
                        if let left = match.left { add(left, to: \.leftBehind) }
                        if rule.isChange
                            && (match.aim.map(StatedAimPhrase.split) ?? [])
                                + (match.left.map(StatedAimPhrase.split) ?? []) != []
                        {
                            isChange = true
                        }
                    }
                }
            }
        }
        // A phrase said to be left behind is not also an aim ("not looking
        // for classroom teaching" after "looking for a teaching … role").
        aims.removeAll { leftBehind.contains($0) }
    }

    /// The profile's own words: its summary, its label (current title) and
    /// the description of its latest job, where people write the same.
    package init(profile: UserProfile, latestEntry: String? = nil) {
        self.init(reading: [profile.summary, profile.currentTitle, latestEntry])
    }

    /// True when nothing was read.
    package var isEmpty: Bool { aims.isEmpty && leftBehind.isEmpty }

    private mutating func add(_ raw: String, to list: WritableKeyPath<StatedAim, [String]>) {
        for phrase in StatedAimPhrase.split(raw) where !self[keyPath: list].contains(phrase) {
            self[keyPath: list].append(phrase)
        }
    }

    /// Sentences and clauses: split at full stops, semicolons, colons,
    /// exclamation and question marks and line breaks; commas stay (a list of
    /// aims is one clause).
    static func sentences(_ text: String) -> [String] {
        text.split(whereSeparator: { ".;:!?\n".contains($0) }).map { String($0) }
    }
}
