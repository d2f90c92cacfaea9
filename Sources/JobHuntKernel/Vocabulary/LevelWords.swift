// The words people use for a seniority ("staff", "principal", "junior",
// "mid-level") read as the five stored levels, so "senior or staff" is a
// preference jobhunt can apply rather than a usage error.

/// A level as a person writes it, read as an ``ExperienceLevel``.
///
///     LevelWords.level(for: "Staff")     // .lead
///     LevelWords.level(for: "junior")    // .entry
///     LevelWords.level(for: "senior")    // .senior
///     LevelWords.level(for: "head of")   // .lead ("head of finance" is how people say it)
///     LevelWords.level(for: "APS 6")     // .mid (a public-service grade, ``PublicServiceGrades``)
///     LevelWords.level(for: "guru")      // nil
///
/// "Staff" reads as lead, the level above senior that people mean by it; the
/// posting normaliser files titles saying "Staff" under senior, so someone
/// open to staff roles who also says "senior" sees both.
package enum LevelWords {
    /// The level, any case, spaces, dashes and a trailing "level" ignored; nil for an unknown word.
    package static func level(for text: some StringProtocol) -> ExperienceLevel? {
        var key = text.lowercased().filter { $0.isLetter }
        if key.hasSuffix("level"), key != "level" { key.removeLast("level".count) }
        if let level = ExperienceLevel(rawValue: key) { return level }
        return words[key] ?? PublicServiceGrades.level(for: text)
    }

    /// Whether `text` is a synonym rather than the level's own name (a note says how it was read).
    package static func isSynonym(_ text: some StringProtocol) -> Bool {
        ExperienceLevel(rawValue: String(text)) == nil && level(for: text) != nil
    }

    private static let words: [String: ExperienceLevel] = [
        "junior": .entry, "jr": .entry, "graduate": .entry, "grad": .entry, "newgrad": .entry, "intern": .entry,
        "internship": .entry, "trainee": .entry, "apprentice": .entry, "beginner": .entry, "earlycareer": .entry,
        "middle": .mid, "midlevel": .mid, "intermediate": .mid, "medior": .mid, "experienced": .senior,
        "sr": .senior, "seniorlevel": .senior, "staff": .lead, "principal": .lead, "techlead": .lead,
        "teamlead": .lead, "head": .lead, "headof": .lead, "director": .lead, "distinguished": .lead,
        "supervisor": .lead, "teamleader": .lead, "exec": .executive,
        "vp": .executive, "vicepresident": .executive, "chief": .executive, "clevel": .executive,
        "cxo": .executive, "csuite": .executive, "svp": .executive, "evp": .executive,
    ]
}
