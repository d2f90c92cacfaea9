// When a person says they are changing work, or seeks work they have never
// held, what they wrote about the work they are leaving is history, not aim:
// their label when it names that job, and the sentences of their summary that
// tell it.
import Foundation

extension StatedAim {
    /// True when `label` (the résumé's label, the profile's current title) is
    /// the job being left, not the aim: the words say a change (or the aims
    /// name work never held, ``seeksNewWork(label:history:)``), an aim was
    /// read, the label names one of `history`'s job titles or a phrase said to
    /// be left, and shares no word with any aim. "Staff Accountant" beside
    /// "moving from accounting into data analysis" is history; "Instructional
    /// Designer" beside "moving into instructional design" is the aim.
    package func supersedes(label: String?, history: [String]) -> Bool {
        guard !aims.isEmpty, let label else { return false }
        guard isChange || seeksNewWork(label: label, history: history) else { return false }
        let words = Self.stems(label)
        guard !words.isEmpty, words.isDisjoint(with: Set(aims.flatMap { Self.stems($0) })) else { return false }
        // Level words count here: "School Principal" is the "Principal" of the history.
        let past = Set((history + leftBehind).flatMap { Self.stems($0, keepingLevels: true) })
        return !Self.stems(label, keepingLevels: true).isDisjoint(with: past)
    }

    /// True when no aim shares a word with the label or any job held: the
    /// person seeks work they have not done, a change whether or not their
    /// words say one ("Looking for dispatcher or fleet coordinator work"
    /// beside "CDL-A Truck Driver" and "Delivery Driver"). A "Backend
    /// Developer" seeking "backend roles" shares a word and stays as read.
    func seeksNewWork(label: String, history: [String]) -> Bool {
        let aimWords = Set(aims.flatMap { Self.stems($0) })
        return !aimWords.isEmpty && ([label] + history).allSatisfy { Self.stems($0).isDisjoint(with: aimWords) }
    }

    /// The aims the label does not already say: all of them when the label
    /// is the job being left, else those sharing no word with the label (a
    /// "Data Analyst" who seeks "a mid-level analyst role" states nothing
    /// new, so the target and title read what they read before).
    package func newAims(label: String?, history: [String]) -> [String] {
        guard let label, !supersedes(label: label, history: history) else { return aims }
        let words = Self.stems(label)
        return aims.filter { Self.stems($0).isDisjoint(with: words) }
    }

    /// The summary as what the person wants: for a change, without the
    /// sentences that tell the work being left (its job titles or the
    /// phrases said to be left), since the model reads them as the history
    /// and no negation in them. Unchanged when no change was read.
    package func aimSummary(_ summary: String, history: [String]) -> String {
        guard isChange, !aims.isEmpty else { return summary }
        let past = Set((history + leftBehind).flatMap { Self.stems($0) })
        let kept = Self.sentences(summary).filter { Self.stems($0).isDisjoint(with: past) }
        return kept.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: ". ")
    }

    /// The first five letters of each word, lower case, level and filler
    /// words left out: "accounting" and "accountant" are one stem, "CFO" is
    /// "cfo", "Staff" and "of" none.
    static func stems(_ text: String, keepingLevels: Bool = false) -> Set<String> {
        let words = text.lowercased().split { !$0.isLetter }.map(String.init)
        return Set(
            words.filter { word in
                word.count >= 2 && !stemStopWords.contains(word) && (keepingLevels || !levelWords.contains(word))
            }.map { String($0.prefix(5)) })
    }

    /// Words of level and rank, not of a kind of work ("Senior", "Staff").
    static let levelWords: Set<String> = [
        "senior", "junior", "staff", "lead", "principal", "head", "chief", "assistant", "associate", "trainee",
        "mid", "level", "entry", "sr", "jr", "ii", "iii",
    ]

    static let stemStopWords: Set<String> = [
        "with", "from", "into", "years", "year", "work", "role", "roles", "jobs", "looking", "another", "team",
        "teams", "company", "more", "than", "have", "this", "that", "what", "where", "want", "part", "of", "and",
        "the", "in", "at", "to", "for", "an", "or", "on", "as", "my", "is", "it", "be", "de", "la", "le", "en", "et",
        "du", "un", "der", "die", "das", "und", "im", "el", "los", "y", "o", "e", "da", "do", "na", "no", "um", "het",
        "van", "een",
    ]
}
