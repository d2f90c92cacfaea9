// People name a city by its area: "City of London", "Greater Manchester",
// "Denver metro area", "Leeds city centre". Postings file the city itself.
import Foundation

/// The city inside a place written as an area (docs/matching.md, "What a
/// `--location` value means").
///
/// A saved search's "City of London" found none of the postings filed in
/// London: the words around the name are how people say "in and around X",
/// not part of X. The core is an extra spelling, never a replacement, so a
/// posting filed under "Greater Sudbury" still matches it as written.
/// "City" alone is never dropped from the end: Mexico City is not Mexico,
/// nor Kansas City Kansas.
///
///     PlaceAreaWords.core(of: "city of london")           // "london"
///     PlaceAreaWords.core(of: "greater manchester")       // "manchester"
///     PlaceAreaWords.core(of: "denver metro area")        // "denver"
///     PlaceAreaWords.core(of: "mexico city")              // nil
enum PlaceAreaWords {
    /// `part` (folded) without the area words around it; nil when it has none
    /// or nothing would be left.
    static func core(of part: String) -> String? {
        var core = part
        for prefix in prefixes where core.hasPrefix(prefix + " ") {
            core = String(core.dropFirst(prefix.count + 1))
            break
        }
        for suffix in suffixes where core.hasSuffix(" " + suffix) {
            core = String(core.dropLast(suffix.count + 1))
            break
        }
        core = core.trimmingCharacters(in: .whitespaces)
        return core.isEmpty || core == part ? nil : core
    }

    /// Longest first, so "metro area" is dropped whole rather than "area" alone.
    private static let prefixes = ["city of", "greater", "metropolitan", "metro", "downtown", "central"]
    private static let suffixes = [
        "and surrounding areas", "& surrounding areas", "and surrounding area", "surrounding areas",
        "metropolitan area", "metro area", "city centre", "city center", "area", "metro", "region",
    ]
}
