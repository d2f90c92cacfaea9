// The grades public servants search by ("APS 6", "EL1", "HEO", "Grade 7",
// "GS-12") read as the five stored levels: a records officer in Canberra
// names her level by its band, not by "mid".

/// A public-service grade of Australia, the United Kingdom or the United
/// States, read as an ``ExperienceLevel``.
///
/// The bands follow how each service describes its grades: the Australian
/// Public Service's APS 1–3 are entry and APS 4–6 the working level, EL 1
/// and EL 2 its executive levels (senior practitioner, then the manager of
/// a section) and SES the senior executive service; the UK civil service's
/// AA, AO and EO are entry, HEO (where its graduate scheme starts) mid,
/// SEO and Grade 7 senior, Grade 6 the head of a team, SCS the senior
/// civil service; the US General Schedule's GS-1–8 are entry, GS-9–11 mid,
/// GS-12–13 senior, GS-14–15 lead. A grade out of those ranges is no level.
package enum PublicServiceGrades {
    /// The level of `text` when it is one grade, any case, spaces and dashes ignored.
    package static func level(for text: some StringProtocol) -> ExperienceLevel? {
        let key = text.lowercased().filter { $0.isLetter || $0.isNumber }
        if let level = named[key] { return level }
        for (prefix, bands) in numbered where key.hasPrefix(prefix) {
            guard let number = Int(key.dropFirst(prefix.count)) else { continue }
            return bands.first { $0.grades.contains(number) }?.level
        }
        return nil
    }

    private static let named: [String: ExperienceLevel] = [
        // Australia
        "el1": .senior, "el2": .lead, "ses": .executive, "ses1": .executive, "ses2": .executive,
        "ses3": .executive, "executivelevel1": .senior, "executivelevel2": .lead,
        // United Kingdom
        "aa": .entry, "ao": .entry, "eo": .entry, "heo": .mid, "seo": .senior, "g7": .senior, "g6": .lead,
        "scs": .executive,
    ]

    /// A prefix and the grade numbers after it that make each level.
    private static let numbered: [(prefix: String, bands: [(grades: ClosedRange<Int>, level: ExperienceLevel)])] = [
        ("aps", [(1...3, .entry), (4...6, .mid)]),
        ("grade", [(7...7, .senior), (6...6, .lead)]),
        ("gs", [(1...8, .entry), (9...11, .mid), (12...13, .senior), (14...15, .lead)]),
    ]
}
