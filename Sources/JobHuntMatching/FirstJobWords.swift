// A person who says they are looking for their first job is at entry level,
// whatever the years on their résumé add up to: a graduate's summers on the
// family farm or weekend shifts are not years in the work they now seek
// (issue 19, ninth round: an agronomy graduate with eight years counted).
import Foundation

/// Phrases in a person's own summary or label that say they start out: a
/// first job, or new work taken at its first rung ("happy to start as an
/// assistant").
enum FirstJobWords {
    /// Lower-case phrases, matched as whole words in the folded text.
    static let phrases = [
        "first job", "first role", "first position", "first full-time", "first permanent",
        "new graduate", "recent graduate", "newly qualified", "newly graduated", "graduating in",
        "entry-level", "entry level", "just graduated", "just finished my degree",
        // a changer who will start the new work at its first rung
        "start as an assistant", "start as a trainee", "start as a junior", "start as an apprentice",
        "starting as an assistant", "starting as a trainee", "starting as a junior", "start at the bottom",
        "start from the bottom", "start at junior level", "start at entry",
        // training for the new work: its trainee rung
        "train as a", "train as an", "training to become", "retrain as a", "retrain as an", "retraining as a",
        "retraining as an", "trainee position", "trainee role", "trainee post",
    ]

    /// True when `text` says the person is starting out.
    static func say(_ text: String?) -> Bool { list.occurs(in: text) }

    private static let list = PhraseList(phrases)
}
