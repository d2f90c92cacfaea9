// One `--location` value read the way people write it: a place ("Denver, CO",
// "Île-de-France"), remote work open to a region ("Remote (US)", "Remote, EU"),
// a region anywhere ("anywhere in Europe", "EMEA") or no limit ("Anywhere").
import Foundation
import JobHuntDiscovery
import JobHuntKernel

/// A saved search's location, parsed (docs/matching.md, "Preferences").
///
///     PlacePreference("Denver, CO")           // .place(["denver", "co"], country: "US")
///     PlacePreference("Remote (US)")          // .remote(US)
///     PlacePreference("Remote")               // .remote(nil): any remote job
///     PlacePreference("anywhere in Europe")   // .region(Europe)
///     PlacePreference("Anywhere")             // .anywhere
enum PlacePreference: Equatable {
    /// No limit on place.
    case anywhere
    /// Remote work open to someone in the region; nil for any remote job.
    case remote(WorkRegion?)
    /// Any job in one of the region's countries, and remote jobs open to it.
    case region(WorkRegion)
    /// The comma-separated parts of a place, each matched against a posting's
    /// city, state or country; `country` is the ISO code it lies in, when known
    /// ("Denver, CO" is in the US), which remote jobs open to it are compared with.
    case place([String], country: String?)

    /// `homeCountry` (the profile's ISO code) decides a bare two-letter code that is both a
    /// country and a US state or Canadian province (``unambiguous(_:homeCountry:)``).
    init(_ text: String, homeCountry: String? = nil) {
        let folded = MatchFilters.folded(text)
        var words = Self.words(folded)
        if let index = words.firstIndex(where: Self.remoteWords.contains) {
            words.remove(at: index)
            self = .remote(Self.region(words).flatMap { $0.isWorldwide ? nil : $0 })
            return
        }
        if words.first == "anywhere" || words.first == "within" {
            if words.count == 1 {
                self = .anywhere
                return
            }
            if let region = Self.region(Array(words.dropFirst())) {
                self = region.isWorldwide ? .anywhere : .region(region)
                return
            }
        }
        if WorkRegions.isArea(folded), let region = WorkRegions.region(named: folded) {
            self = region.isWorldwide ? .anywhere : .region(region)
            return
        }
        var parts = folded.split(separator: ",").map { MatchFilters.folded(String($0)) }.filter { !$0.isEmpty }
        if parts.count == 1 { parts = [Self.unambiguous(parts[0], homeCountry: homeCountry)] }
        self = .place(parts, country: Self.country(of: parts))
    }

    /// A place written as a bare two-letter code that is both a country and a US state or
    /// Canadian province ("CO": Colombia or Colorado; "CA", "DE", "GA", "IN", "PA", "NL"…),
    /// spelt out as one of them, so the places matched and the country whose remote jobs it
    /// admits are the same reading (they were not: "CO" matched Colorado's postings and
    /// Colombia's remote ones). It is the state or province unless the profile lives in
    /// another country than that state's: then it is the country, the code's ISO meaning (a
    /// person in Germany who writes "DE" means Germany, not Delaware). With no country on the
    /// profile it is the state: bare two-letter places are how people in the US and Canada
    /// write them, and how postings print them after a city. Other text comes back as it was.
    static func unambiguous(_ part: String, homeCountry: String?) -> String {
        guard part.count == 2, let country = CountryCodes.code(for: part), let state = RegionCodes.region(for: part),
            let stateName = RegionCodes.name(for: state.code), let countryName = CountryCodes.name(for: country)
        else { return part }
        let home = homeCountry?.uppercased()
        return MatchFilters.folded(home == nil || home == state.country ? stateName : countryName)
    }

    /// The country a place lies in: a part naming a US state or Canadian province
    /// ("Denver, CO", where "CO" is Colorado, not Colombia), else a country.
    static func country(of parts: [String]) -> String? {
        if parts.count > 1, let region = RegionCodes.region(for: parts[parts.count - 1]) { return region.country }
        if let code = parts.last.flatMap({ CountryCodes.code(for: $0) }) { return code }
        if let only = parts.first, parts.count == 1, let region = RegionCodes.region(for: only) {
            return region.country
        }
        return nil
    }

    /// The region the words after "remote" or "anywhere" name: "(us)", "- eu", "in europe", "us only".
    private static func region(_ words: [String]) -> WorkRegion? {
        let kept = words.filter { !fillerWords.contains($0) }
        guard !kept.isEmpty else { return nil }
        let phrase = kept.joined(separator: " ")
        if let region = WorkRegions.region(named: phrase) { return region }
        if let state = RegionCodes.region(for: phrase) { return WorkRegions.region(named: state.country) }
        // "Remote, Denver, CO": the country the last part names, a state before a country.
        guard let last = kept.last else { return nil }
        if let state = RegionCodes.region(for: last) { return WorkRegions.region(named: state.country) }
        return WorkRegions.region(named: last)
    }

    /// Lower-case words with the punctuation people put around regions dropped:
    /// "remote (us)" → ["remote", "us"], "remote - eu" → ["remote", "eu"].
    private static func words(_ text: String) -> [String] {
        text.split {
            $0 == " " || $0 == "," || $0 == "(" || $0 == ")" || $0 == "/" || $0 == ":" || $0 == "[" || $0 == "]"
        }
        .flatMap { word in
            // "remote-us", "us-remote": the workplace word joined to its region.
            word.hasPrefix("remote-") || word.hasSuffix("-remote") ? word.split(separator: "-") : [word]
        }
        .map { String($0).trimmingCharacters(in: .init(charactersIn: "-–—|.")) }
        .filter { !$0.isEmpty }
    }

    private static let remoteWords: Set<String> = ["remote", "remotely", "wfh", "telecommute", "distributed"]
    private static let fillerWords: Set<String> = [
        "in", "from", "within", "only", "based", "open", "to", "the", "anywhere", "work", "friendly", "first",
    ]
}
