// The way of working a person asks for in their own summary ("looking for a
// broker role in Miami, hybrid, or remote"), read when they have set no
// preferred work type: a résumé imported and matched at once says what the
// person wants only in its prose (issue 19, tenth round).
import Foundation

/// The work type stated in a summary's sentences that ask for something.
package enum StatedWorkType {
    /// The work type a sentence that seeks work names, nil when none does or
    /// when they disagree. Hybrid wins over remote beside it ("hybrid or
    /// remote": a person open to hybrid takes remote too, as matching reads a
    /// hybrid preference); on-site beside either says nothing.
    package static func read(_ summary: String?) -> WorkType? {
        guard let summary, !summary.isEmpty else { return nil }
        var found: Set<WorkType> = []
        for sentence in StatedAim.sentences(summary) {
            let words = " " + sentence.lowercased().split { !$0.isLetter && $0 != "-" }.joined(separator: " ") + " "
            guard seeking.contains(where: { words.contains(" \($0) ") }) else { continue }
            for (type, phrases) in names where phrases.contains(where: { words.contains(" \($0) ") }) {
                found.insert(type)
            }
        }
        if found == [.remote] { return .remote }
        if found == [.onsite] { return .onsite }
        if found.contains(.hybrid) && !found.contains(.onsite) { return .hybrid }
        return nil
    }

    /// Words of a sentence that asks for work.
    static let seeking = [
        "looking for", "seeking", "want", "would like", "open to", "prefer", "preferably", "ideally",
        "searching for", "hoping for", "interested in",
    ]

    static let names: [(WorkType, [String])] = [
        (.remote, ["remote", "remotely", "fully remote", "work from home", "from home"]),
        (.hybrid, ["hybrid", "days in the office", "days a week in the office"]),
        (.onsite, ["on-site", "onsite", "on site", "office-based", "in person", "in-person"]),
    ]
}
