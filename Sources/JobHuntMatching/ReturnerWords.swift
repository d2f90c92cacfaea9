// A person coming back after a career break re-enters at the working level of
// their profession, whatever their years add up to: return-to-practice
// schemes (nursing and midwifery councils, the allied health registers)
// bring people back onto the standard grade, and employers read a gap of
// several years the same way (issue 19, tenth round: an optometrist back
// after five years running the family bakery read as senior by her twelve
// years, so a clinical director's post ranked second).
import Foundation

/// Phrases in a person's own summary or label that say they are returning to
/// their work after a break.
enum ReturnerWords {
    /// Lower-case phrases, matched as whole words in the folded text.
    static let phrases = [
        "returning to work", "returning to practice", "returning to the profession", "returning after",
        "return to practice", "return-to-practice", "returning to practise", "coming back to practice",
        "coming back to work", "back to work after", "career break", "back on the register",
        "registration is reinstated", "registration reinstated", "after a break", "years away",
    ]

    /// True when `text` says the person is coming back after a break.
    static func say(_ text: String?) -> Bool { list.occurs(in: text) }

    private static let list = PhraseList(phrases)
}
