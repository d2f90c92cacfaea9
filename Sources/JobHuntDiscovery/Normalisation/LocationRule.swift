// Turns a posting's structured addresses and free-text locations into places:
// "Remote - US", "Hybrid - Pittsburgh, PA", "Berlin, Germany", "NYC or SF".
import JobHuntKernel

/// Location parsing: structured addresses first, then each free-text location, split when one
/// string names several places. The first concrete place fills the columns; all are remembered.
package enum LocationRule {
    /// Every place of a posting, addresses first, duplicates removed, in order.
    package static func places(addresses: [RawAddress], locations: [String]) -> [PostingPlace] {
        var result: [PostingPlace] = []
        for address in addresses {
            let place = place(from: address)
            if place.isConcrete, !result.contains(place) { result.append(place) }
        }
        for location in locations {
            for place in places(in: location) where !result.contains(place) { result.append(place) }
        }
        return result
    }

    /// The place whose values go in the location columns: the first concrete one.
    package static func primary(of places: [PostingPlace]) -> PostingPlace? {
        places.first(where: \.isConcrete) ?? places.first
    }

    /// A structured address with its country made an ISO code and a US/Canadian region its postal code.
    package static func place(from address: RawAddress) -> PostingPlace {
        var place = PostingPlace(city: ColumnText.nonEmpty(address.city))
        if let country = ColumnText.nonEmpty(address.country) {
            place.country = CountryCodes.code(for: country) ?? country
        }
        if let region = ColumnText.nonEmpty(address.region) {
            if let known = RegionCodes.region(for: region), place.country == nil || place.country == known.country {
                place.state = known.code
                place.country = known.country
            } else {
                place.state = region
            }
        }
        return place
    }

    /// The places one location string names: "Austin, TX; Remote - US" is two,
    /// "Multiple locations" is none.
    package static func places(in text: String) -> [PostingPlace] {
        var places: [PostingPlace] = []
        for segment in LocationText.segments(text) {
            if let place = place(in: segment), !places.contains(place) { places.append(place) }
        }
        return places
    }

    /// One place from one location phrase, or nil when it says nothing ("Multiple locations").
    package static func place(in segment: String) -> PostingPlace? {
        let (workplace, rest) = LocationText.splitWorkplace(segment)
        let parts = LocationText.parts(rest)
        var place = interpret(parts)
        place.workplace = workplace
        if place.area == "Worldwide", place.workplace == nil { place.workplace = .remote }
        guard place.isConcrete || place.area != nil || place.workplace != nil else { return nil }
        return place
    }

    private static func interpret(_ parts: [String]) -> PostingPlace {
        switch parts.count {
        case 0:
            return PostingPlace()
        case 1:
            let part = parts[0]
            if let area = LocationText.area(part) { return PostingPlace(area: area) }
            if let alias = LocationText.cityAliases[ColumnText.folded(part)] { return alias }
            if let country = CountryCodes.code(for: part) { return PostingPlace(country: country) }
            if let region = RegionCodes.region(for: part) {
                return PostingPlace(state: region.code, country: region.country)
            }
            return PostingPlace(city: part)
        case 2:
            var place = PostingPlace(city: parts[0])
            if let region = RegionCodes.region(for: parts[1]) {
                place.state = region.code
                place.country = region.country
            } else if let country = CountryCodes.code(for: parts[1]) {
                place.country = country
            } else if let area = LocationText.area(parts[1]) {
                place.area = area
            } else {
                place.state = parts[1]
            }
            return place
        default:
            var place = PostingPlace(city: parts[0])
            let last = parts[parts.count - 1]
            place.country = CountryCodes.code(for: last) ?? last
            let region = parts[1]
            if let known = RegionCodes.region(for: region), known.country == place.country {
                place.state = known.code
            } else {
                place.state = region
            }
            return place
        }
    }
}
