// Decides work_arrangement per source exactly as the fixtures README lists,
// then from the title and the location text.
import JobHuntKernel

/// `work_arrangement` for a posting.
///
/// Per source (the README's rules): Lever, Ashby and Greenhouse trust the source's workplace
/// field; Lever and Ashby then the `isRemote` flag when true; JSON-LD `TELECOMMUTE` is remote and
/// a `jobLocation` alone onsite; WWR-style RSS and Remote OK are remote; JobSpy rows take
/// "Hybrid" in the title, then `is_remote` (true remote, false onsite, empty unknown); Personio's
/// office alone says nothing (a workplace word in the title or place still does).
/// Everything else falls back to the title, then the location text.
package enum WorkplaceRule {
    /// The source's own workplace word: `onsite`, `on-site`, `OnSite`, `Remote`, `HYBRID`, `TELECOMMUTE`.
    /// `unspecified`, empty and unknown words are nil.
    package static func arrangement(named field: String?) -> WorkArrangement? {
        guard let field else { return nil }
        let key = field.lowercased().filter(\.isLetter)
        switch key {
        case "remote", "telecommute", "fullyremote", "remotefirst", "workfromhome", "wfh", "distributed":
            return .remote
        case "hybrid", "flexible", "partiallyremote", "remotefriendly":
            return .hybrid
        case "onsite", "inoffice", "office", "inperson", "officebased", "onpremise":
            return .onsite
        default:
            return nil
        }
    }

    /// The arrangement for `raw`, given its parsed places and its description text: a hybrid
    /// week the text states ("Hybrid - 3 days in office") outweighs an office address or a
    /// board's "not remote", never the source's own workplace field.
    package static func arrangement(for raw: RawPosting, places: [PostingPlace], text: String) -> WorkArrangement? {
        let read = arrangement(for: raw, places: places)
        let source = raw.sourcePlatform.lowercased()
        guard read == nil || read == .onsite, arrangement(named: raw.workplace) == nil,
            source != "rss", source != "remoteok", WorkplaceText.statesHybrid(text)
        else { return read }
        return .hybrid
    }

    /// The arrangement for `raw`, given its parsed places.
    package static func arrangement(for raw: RawPosting, places: [PostingPlace]) -> WorkArrangement? {
        let source = raw.sourcePlatform.lowercased()
        let field = arrangement(named: raw.workplace)
        switch source {
        case "rss", "remoteok":
            return .remote
        case "jsonld":
            if let field { return field }
            if !raw.addresses.isEmpty || places.contains(where: \.isConcrete) { return .onsite }
            return fromText(raw: raw, places: places)
        case "personio":
            // Personio's `office` is the office a job is filed under, not where it is worked: only the
            // title or a workplace word in the place says how ("Remote", "Hybrid").
            return fromText(raw: raw, places: places, concreteMeansOnsite: false)
        case _ where jobSpySites.contains(source):
            if titleSays(raw.title) == .hybrid { return .hybrid }
            guard let remote = raw.isRemote else { return nil }
            return remote ? .remote : .onsite
        default:
            // Lever, Ashby, Greenhouse (its "Workplace Type" metadata arrives as `workplace`), file.
            if let field { return field }
            if raw.isRemote == true { return .remote }
            return fromText(raw: raw, places: places)
        }
    }

    /// The title's word, then what the location text says: any hybrid place makes the job
    /// hybrid, any remote place remote, a concrete place onsite, nothing unknown.
    static func fromText(
        raw: RawPosting, places: [PostingPlace], concreteMeansOnsite: Bool = true
    ) -> WorkArrangement? {
        if let title = titleSays(raw.title) { return title }
        if places.contains(where: { $0.workplace == .hybrid }) { return .hybrid }
        if places.contains(where: { $0.workplace == .remote }) { return .remote }
        if places.contains(where: { $0.workplace == .onsite }) { return .onsite }
        if concreteMeansOnsite, places.contains(where: \.isConcrete) { return .onsite }
        return nil
    }

    /// "Remote Customer Care Rep", "Marketing Manager (Hybrid)": a workplace word in the title.
    static func titleSays(_ title: String) -> WorkArrangement? {
        var found: WorkArrangement?
        let words = title.lowercasedWords(digits: false, keep: "-")
        for (index, word) in words.enumerated() {
            switch word {
            case "hybrid": return .hybrid
            case "remote":
                // "Remote Sensing Scientist", "Remote Pilot": the job's subject, not where it is done.
                let next = index + 1 < words.count ? words[index + 1] : ""
                if !["sensing", "control", "monitoring", "pilot", "pilots", "access"].contains(next) {
                    found = found ?? .remote
                }
            case "onsite", "on-site": found = found ?? .onsite
            default: continue
            }
        }
        return found
    }

    /// JobSpy's `site` values, which become `source_platform`.
    package static let jobSpySites: Set<String> = ["linkedin", "indeed", "glassdoor", "zip_recruiter", "google"]
}
