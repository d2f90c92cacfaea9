// Reads a hybrid arrangement stated in a posting's own text ("Hybrid - 3 days
// in office", "2 days a week from home"), which many boards never put in a
// field: their location says only where the office is, which read alone
// files the job as on-site.

/// Whether a posting's text states that the job is hybrid.
///
/// Only unmistakable statements count, because "hybrid" is also a subject
/// ("hybrid cloud", "hybrid vehicles") and "days" a schedule ("5 days in the
/// office" is on-site):
///
///     WorkplaceText.statesHybrid("Hybrid - 3 days in office.")              // true
///     WorkplaceText.statesHybrid("We offer hybrid working from Leeds.")     // true
///     WorkplaceText.statesHybrid("Two days a week from home.")              // true
///     WorkplaceText.statesHybrid("Experience with hybrid cloud (AWS).")    // false
///     WorkplaceText.statesHybrid("Five days in the office, Monday–Friday.") // false
enum WorkplaceText {
    static func statesHybrid(_ text: String) -> Bool {
        // Most descriptions say neither: a byte search spares them the word list.
        guard
            contains(text.utf8, "brid") || contains(text.utf8, "day") || contains(text.utf8, "telet")
                || contains(text.utf8, "omeoffice") || contains(text.utf8, "acasă") || contains(text.utf8, "thuis")
        else { return false }
        let words = tokens(text)
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1] : ""
            let before = index > 0 ? words[index - 1] : ""
            if hybridWords.contains(word) {
                // "Hybrid - 3 days in office", "Hybrid: two days on site", "Hybrid (Leeds)".
                if next.first.map({ "-–—:(/".contains($0) }) == true { return true }
                if arrangementNouns.contains(next) || arrangementNounsBefore.contains(before) { return true }
            }
            // "3 days in the office", "two days a week from home", "2 days per week on-site", and in
            // the sources' other languages: "un día de teletrabajo", "o zi de lucru de acasă pe
            // săptămână", "zwei Tage Homeoffice pro Woche".
            if dayWords.contains(word), officeDays.contains(before) {
                let after = words[(index + 1)..<min(words.count, index + 6)]
                if after.contains(where: { places.contains($0) }) { return true }
            }
        }
        return false
    }

    private static func contains(_ bytes: String.UTF8View, _ needle: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        var matched = 0
        for byte in bytes {
            matched = byte == pattern[matched] ? matched + 1 : (byte == pattern[0] ? 1 : 0)
            if matched == pattern.count { return true }
        }
        return false
    }

    /// Lower-cased words, with a run of dashes, colons and brackets kept as a token of its own.
    private static func tokens(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var punctuation = ""
        func flush() {
            if !current.isEmpty { words.append(current) }
            if !punctuation.isEmpty { words.append(punctuation) }
            current = ""
            punctuation = ""
        }
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || (character == "-" && !current.isEmpty) {
                if !punctuation.isEmpty { flush() }
                current.append(character)
            } else if "-–—:(/".contains(character) {
                if !current.isEmpty { flush() }
                punctuation.append(character)
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    private static let hybridWords: Set<String> = ["hybrid", "hybride", "hybrides", "híbrido", "híbrida", "ibrido"]

    /// "hybrid working", "hybride werken", "hybrides Arbeiten": the word names how work is done.
    private static let arrangementNouns: Set<String> = [
        "working", "work", "role", "position", "schedule", "model", "arrangement", "pattern", "setup", "basis",
        "werken", "arbeiten", "arbeit", "arbeitsmodell",
    ]

    /// "travail hybride", "modalidad híbrida", "lavoro ibrido": the noun comes first.
    private static let arrangementNounsBefore: Set<String> = [
        "travail", "mode", "modèle", "modalidad", "modelo", "trabajo", "lavoro", "modalità",
    ]

    /// One to four days: five days in the office is an on-site week. In es, pt, fr, de, it, nl, ro
    /// too; "un", "una", "um", "uma", "ein", "o" (ro) are "one" there.
    private static let officeDays: Set<String> = [
        "1", "2", "3", "4", "one", "two", "three", "four", "1-2", "2-3", "3-4", "un", "una", "dos", "tres", "um",
        "uma", "dois", "duas", "deux", "trois", "ein", "einen", "zwei", "drei", "due", "tre", "twee", "drie", "o",
        "două", "doua", "trei",
    ]

    /// "day(s)" in en, es, pt, fr, de, it, nl, ro.
    private static let dayWords: Set<String> = [
        "day", "days", "día", "días", "dia", "dias", "jour", "jours", "tag", "tage", "giorno", "giorni", "dag",
        "dagen", "zi", "zile",
    ]

    /// Where the day is worked: the office, home, or the other languages' words for working from
    /// home ("teletrabajo", "teletrabalho", "télétravail", "Homeoffice", "acasă", "thuis").
    private static let places: Set<String> = [
        "office", "home", "on-site", "onsite", "remote", "remotely", "site", "teletrabajo", "teletrabalho",
        "télétravail", "homeoffice", "home-office", "acasă", "thuis", "thuiswerken", "telelavoro",
    ]
}
