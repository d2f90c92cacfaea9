// One place a posting names, split into the columns location_city, _state and
// _country, plus what the location text said about remote or hybrid work.
import JobHuntKernel

/// A place as the location columns store it.
///
/// `"Hybrid - Pittsburgh, PA"` is `PostingPlace(city: "Pittsburgh", state: "PA", country: "US",
/// workplace: .hybrid)`; `"Remote (EU)"` is `PostingPlace(area: "EU", workplace: .remote)`.
package struct PostingPlace: Sendable, Hashable {
    package var city: String?
    /// Postal code for US states and Canadian provinces; other regions as written.
    package var state: String?
    /// ISO 3166-1 alpha-2 when known; otherwise the text as written.
    package var country: String?
    /// A region wider than a country ("EU", "Europe", "EMEA", "Worldwide"): no column, but remembered.
    package var area: String?
    /// What the location text itself says ("Remote - US", "London (Hybrid)"), nil when silent.
    package var workplace: WorkArrangement?

    package init(
        city: String? = nil, state: String? = nil, country: String? = nil, area: String? = nil,
        workplace: WorkArrangement? = nil
    ) {
        self.city = city
        self.state = state
        self.country = country
        self.area = area
        self.workplace = workplace
    }

    /// Whether the place names somewhere a column can hold.
    package var isConcrete: Bool { city != nil || state != nil || country != nil }

    /// City, state and country joined and case-folded ("austin, tx, us"); else the area ("eu");
    /// else "remote" for a place-less remote job: the location part of the dedupe key. The
    /// workplace is left out, so "Remote - US" on one board and "United States" with a remote
    /// flag on another agree.
    package var key: String {
        var parts = [city, state, country].compactMap { $0 }
        if parts.isEmpty, let area { parts.append(area) }
        if parts.isEmpty, workplace == .remote { parts.append("remote") }
        return ColumnText.folded(parts.joined(separator: ", "))
    }
}
