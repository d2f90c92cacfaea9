// "Our senior vets earn $130,000+" in a practice manager's post: money the
// sentence says other people in the company earn is their pay, not this job's.
import Foundation

/// Whether a pay sentence names the pay of another role than the posting's.
///
/// A post often sells itself with what people already there earn. When those
/// people are this job's ("Our drivers earn $1,500 a week" in a driver's post)
/// the figure is this job's pay; when they are someone else ("Our senior vets
/// earn $130,000+" in a practice manager's post, "our top performers make
/// $150k" in a sales post) it is not, and a wrong salary is worse than none.
/// The people are the words between "our" and the verb; they are this job's
/// when one of them shares its first four letters with a word of the title, or
/// when they are everyone ("our team", "our staff"), since that says nothing
/// about which job.
enum OtherRolePay {
    static func names(_ sentence: String, title: String) -> Bool {
        let words = sentence.lowercased().split { !$0.isLetter }.map(String.init)
        guard let verb = words.firstIndex(where: verbs.contains), verb > 0 else { return false }
        let window = words[max(0, verb - 5)..<verb]
        // "the top producer earned over $140,000": the best earner's pay is a record, not the
        // range this job offers, whatever the role; "the" only counts with such a word, since
        // "the successful candidate will earn" is this job.
        if let the = window.lastIndex(where: { $0 == "the" || $0 == "our" }), the + 1 < verb,
            words[(the + 1)..<verb].contains(where: bestWords.contains)
        {
            return true
        }
        guard let our = window.lastIndex(of: "our"), our + 1 < verb else { return false }
        let people = words[(our + 1)..<verb]
        if people.contains(where: everyone.contains) { return false }
        let titleStems = Set(
            title.lowercased().split { !$0.isLetter }.filter { $0.count >= 4 }.map { String($0.prefix(4)) })
        return !people.contains { $0.count >= 4 && titleStems.contains(String($0.prefix(4))) }
    }

    /// "earned" and "made" report what someone was paid before, as the present tense does.
    private static let verbs: Set<String> = [
        "earn", "earns", "earned", "make", "makes", "made", "take", "takes", "average", "averages", "averaged",
    ]

    /// The best earners among the people: what they reached is a record, not the job's range.
    private static let bestWords: Set<String> = ["top", "best", "highest", "leading"]

    /// People that are every job at the company, or this one in other words.
    private static let everyone: Set<String> = [
        "team", "teams", "staff", "employees", "employee", "people", "associates", "colleagues", "crew", "workers",
        "hires", "members", "member", "starters", "recruits", "candidates", "new",
    ]
}
