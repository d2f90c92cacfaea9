// Turns what a StatedAim rule captured into clean phrases: one per
// alternative ("X or Y"), without articles, level words or "role", and
// nothing that is a place, an arrangement or half a clause.
import Foundation

/// Cleaning for the phrases ``StatedAim`` reads.
enum StatedAimPhrase {
    /// The phrases in `raw`: split at commas, slashes and "or"/"and" (in the
    /// six languages), trimmed of leading articles and trailing post words,
    /// lower case; what is left only when it reads as a kind of work.
    static func split(_ raw: String) -> [String] {
        var text = " " + raw.lowercased() + " "
        for separator in separators { text = text.replacingOccurrences(of: separator, with: ",") }
        return text.split(separator: ",").compactMap { clean(String($0)) }
    }

    static func clean(_ part: String) -> String? {
        // How and where ("a remote or hybrid senior role") is not what.
        var words = part.split(whereSeparator: \.isWhitespace).map(String.init).filter { !arrangements.contains($0) }
        // "want to get off the tools into an estimator … job": what follows
        // the last "into" is the work; the words before it are the way there.
        if let into = words.lastIndex(of: "into") { words = Array(words[(into + 1)...]) }
        while let first = words.first, leadingWords.contains(first) || levels.contains(first) { words.removeFirst() }
        while let last = words.last, trailingWords.contains(last) { words.removeLast() }
        guard !words.isEmpty, words.count <= 6 else { return nil }
        if words.contains(where: { clauseWords.contains($0) }) { return nil }
        if words.allSatisfy({ notWork.contains($0) || leadingWords.contains($0) }) { return nil }
        let phrase = words.joined(separator: " ")
        return phrase.count >= 2 ? phrase : nil
    }

    /// Alternatives: "customer success or account management", "X / Y".
    static let separators = [
        " or ", " and ", "/", " ou ", " et ", " oder ", " und ", " o ", " y ", " e ", " en ", " & ",
    ]

    /// Dropped from the front: articles, possessives, "first", level words.
    static let leadingWords: Set<String> = [
        "a", "an", "the", "my", "some", "first", "new", "next", "another", "permanent", "full-time", "part-time",
        "entry-level", "junior", "graduate", "un", "une", "le", "la", "les", "l'", "des", "du", "mon", "ma",
        "premier", "première", "nouveau", "nouvelle", "ein", "eine", "einen", "einer", "der", "die", "das",
        "den", "dem", "neue", "neuen", "erste", "ersten", "el", "los", "las", "mi", "primer", "primera", "nuevo",
        "nueva", "o", "os", "as", "um", "uma", "meu", "minha", "primeiro", "de", "het", "een", "mijn", "eerste",
        "nieuwe", "more",
    ]

    /// Dropped anywhere: the arrangement and terms of a post.
    static let arrangements: Set<String> = [
        "remote", "hybrid", "onsite", "on-site", "full-time", "part-time", "contract", "freelance", "permanent",
        "temporary", "flexible", "télétravail",
    ]

    /// Dropped from the front: the level, which has its own component.
    static let levels: Set<String> = [
        "senior", "mid-level", "mid", "experienced", "sr", "junior", "jr", "entry-level", "lead",
    ]

    /// Dropped from the end: the kind of post ("a data analyst role").
    static let trailingWords: Set<String> = [
        "role", "roles", "job", "jobs", "position", "positions", "post", "posts", "career", "opportunity",
        "opportunities", "poste", "emploi", "stelle", "rolle", "puesto", "trabajo", "empleo", "cargo", "vaga",
        "baan", "functie", "again", "anymore",
    ]

    /// A phrase holding one of these is half a sentence, not a kind of work.
    static let clauseWords: Set<String> = [
        "where", "which", "who", "that", "when", "i", "we", "you", "is", "am", "are", "was", "be", "been", "have",
        "has", "had", "do", "my", "our", "your", "me", "qui", "que", "où", "je", "nous", "ich", "wir", "yo",
        "eu", "ik", "wij", "this", "years", "year",
    ]

    /// Phrases made only of these say how or where, not what.
    static let notWork: Set<String> = [
        "remote", "hybrid", "onsite", "on-site", "relocation", "relocating", "travel", "full-time", "part-time",
        "contract", "freelance", "flexible", "it", "them", "one", "something", "anything", "challenge",
        "challenges", "opportunities", "opportunity", "suggestions", "work", "job", "role", "career", "change",
        "offers", "ideas", "feedback", "learning", "new", "field", "industry", "sector", "télétravail",
        // what "looking for … work" says about the work but not which it is
        "steady", "stable", "local", "good", "interesting", "meaningful", "rewarding", "challenging", "paid",
        "casual", "seasonal", "weekend", "evening", "temporary", "temp", "more", "extra", "any",
    ]

    /// Kinds of post that are part of the aim ("plumbing apprenticeship").
    static let traineeNouns: Set<String> = [
        "apprenticeship", "apprenticeships", "traineeship", "internship", "placement", "alternance", "stage",
        "apprentissage", "ausbildung", "lehrstelle", "ausbildungsplatz", "praktikum", "prácticas", "estágio",
        "leerplek", "leerbaan",
    ]
}
