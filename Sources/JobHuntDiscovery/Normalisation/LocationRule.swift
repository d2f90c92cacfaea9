// Turns a posting's structured addresses and free-text locations into places:
// "Remote - US", "Hybrid - Pittsburgh, PA", "Berlin, Germany", "NYC or SF".
import Foundation
import JobHuntKernel

/// Location parsing: structured addresses first, then each free-text location, split when one
/// string names several places. The first concrete place fills the columns; all are remembered.
package enum LocationRule {
    /// Every place of a posting, addresses first, duplicates removed, in order.
    package static func places(addresses: [RawAddress], locations: [String]) -> [PostingPlace] {
        placesAndDoubts(addresses: addresses, locations: locations).places
    }

    /// The places, and one warning per place that contradicts itself. A careful recruiter keeps
    /// the part no one disputes and leaves the doubtful part empty:
    /// - an address whose region by name belongs to another country than its own ("Kingston",
    ///   "Ontario", "Jamaica": Ontario is Canada's) keeps its city, with no state or country;
    /// - an address whose state disagrees with the location text's for the same city and country
    ///   (Breezy's state "Maine" beside "Portland, OR") keeps city and country, with no state.
    package static func placesAndDoubts(
        addresses: [RawAddress], locations: [String]
    ) -> (places: [PostingPlace], warnings: [String]) {
        var result: [PostingPlace] = []
        var warnings: [String] = []
        var countriesOnly: [String] = []
        var disowned: [PostingPlace] = []
        for address in addresses {
            var place = place(from: address)
            // A region by name, not an abbreviation: "N.L." (Nuevo León, in a Mexican address) is
            // two letters like Newfoundland and Labrador's code, and disputes nothing.
            if let region = ColumnText.nonEmpty(address.region), region.filter(\.isLetter).count > 2,
                let known = RegionCodes.region(for: region), let country = place.country, country != known.country
            {
                warnings.append(
                    "location: region \(region) is in \(known.country), not \(country); state and country left empty")
                place = PostingPlace(city: place.city, workplace: place.workplace)
                disowned.append(place)
            }
            // A country alone (Lever's `country` next to `categories.location: "London"`) completes
            // the text's place rather than standing before it and pushing its city out.
            if place.city == nil, place.state == nil, let country = place.country, !locations.isEmpty {
                countriesOnly.append(country)
                continue
            }
            if place.isConcrete, !result.contains(place) { result.append(place) }
        }
        var fromAddresses = result.count
        var completed = false
        for location in locations {
            for var place in places(in: location) {
                if !completed, let country = countriesOnly.first, place.country == nil, place.area == nil,
                    place.city != nil || place.state != nil
                {
                    place.country = country
                    completed = true
                }
                if place.country != nil, place.country == countriesOnly.first { completed = true }
                if !result.contains(place) { result.append(place) }
            }
        }
        if !completed, let country = countriesOnly.first {
            let place = PostingPlace(country: country)
            if !result.contains(where: { $0.country == country }) {
                result.insert(place, at: 0)
                fromAddresses += 1
            }
        }
        // "Toulouse, Occitanie", Greenhouse's bare "Berlin": the country a recruiter knows without
        // being told, once nothing the source gave says otherwise; not for a place whose source
        // contradicted itself.
        var completedPlaces = result.map { disowned.contains($0) ? $0 : PlaceGazetteer.completed($0) }
        for index in completedPlaces.indices.prefix(fromAddresses) {
            let place = completedPlaces[index]
            guard let city = place.city, let state = place.state else { continue }
            let sameCity = completedPlaces[fromAddresses...].filter {
                $0.city.map(ColumnText.folded) == ColumnText.folded(city) && $0.country == place.country
                    && $0.state != nil
            }
            guard !sameCity.isEmpty, !sameCity.contains(where: { $0.state == state }) else { continue }
            warnings.append(
                "location: state \(state) disagrees with \(sameCity[0].state ?? "") for \(city); state left empty")
            completedPlaces[index].state = nil
        }
        return (completedPlaces, warnings)
    }

    /// The place whose values go in the location columns: the first concrete one.
    ///
    /// A first place that names only a country ("Canada Only" next to "Montréal, QC") gives way to
    /// a later one in the same country (or with no country) that also names a city or region, or
    /// else to one in a territory of that country with its own code ("USA Only", "Puerto Rico"):
    /// the columns keep the finer place rather than lose it.
    package static func primary(of places: [PostingPlace]) -> PostingPlace? {
        guard let first = places.first(where: \.isConcrete) else { return places.first }
        guard first.city == nil, first.state == nil else { return first }
        let finer = places.first { place in
            place.isConcrete && (place.city != nil || place.state != nil)
                && (place.country == nil || place.country == first.country)
        }
        // "USA Only" next to "Puerto Rico" (We Work Remotely's region and country): the territory.
        let territory = places.first { place in
            place.isConcrete && place.country.flatMap(PlaceGazetteer.sovereign(of:)) == first.country
        }
        guard var chosen = finer ?? territory else { return first }
        if chosen.country == nil { chosen.country = first.country }
        return chosen
    }

    /// A structured address with its country made an ISO code and a US/Canadian region its postal code.
    package static func place(from address: RawAddress) -> PostingPlace {
        var place = PostingPlace(city: ColumnText.nonEmpty(address.city))
        if let country = ColumnText.nonEmpty(address.country) {
            place.country = PlaceGazetteer.country(country) ?? country
        }
        if let region = ColumnText.nonEmpty(address.region) {
            if let known = RegionCodes.region(for: region), place.country == nil || place.country == known.country {
                place.state = known.code
                place.country = known.country
            } else if place.country == "AU", let code = RegionCodes.australianStates[ColumnText.folded(region)] {
                // Breezy's "South Australia": Australian states are stored as their codes.
                place.state = code
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
        for segment in LocationText.segments(text).flatMap(cityList) {
            if let place = place(in: segment), !places.contains(place) { places.append(place) }
        }
        return places
    }

    /// "Berlin, Munich" (left of "or Hamburg"), "Paris, Lyon, Bordeaux": commas between listed
    /// cities that are neither a region nor a country are a list of places, not a city and its
    /// region. Anything else is one phrase.
    static func cityList(_ segment: String) -> [String] {
        let (workplace, rest) = LocationText.splitWorkplace(segment)
        let parts = LocationText.parts(rest)
        guard parts.count > 1,
            parts.allSatisfy({ part in
                PlaceGazetteer.listedCity(part) != nil && RegionCodes.region(for: part) == nil
                    && PlaceGazetteer.country(part) == nil && PlaceGazetteer.listedRegionCountry(part) == nil
                    && LocationText.cityAliases[ColumnText.folded(part)] == nil
            })
        else { return [segment] }
        let word = workplace.map { $0.rawValue + " " } ?? ""
        return parts.map { word + $0 }
    }

    /// One place from one location phrase, or nil when it says nothing ("Multiple locations").
    package static func place(in segment: String) -> PostingPlace? {
        let (workplace, rest) = LocationText.splitWorkplace(segment)
        if let japanese = japaneseAddress(rest) {
            var place = japanese
            place.workplace = workplace
            return place
        }
        let parts = LocationText.parts(rest)
        var place = interpret(parts)
        // "L-2449 Luxembourg", "Singapore 639465": the name beside a postcode is the town, though
        // a country shares it (a city-state's postal address names the city).
        if parts.count == 1, place.city == nil, place.state == nil, place.country != nil,
            let first = rest.split(separator: ",").first.map({ ColumnText.collapsed($0) }),
            Postcode.leads(first) || Postcode.removed(from: first) != first
        {
            place.city = parts[0]
        }
        // "Plymouth, PL6", "Perth PH2 7JH", "L-2449 Luxembourg": a postcode's shape names the country.
        if place.country == nil, place.area == nil, place.city != nil, let country = Postcode.country(in: rest) {
            place.country = country
        }
        place.workplace = workplace
        if place.area == "Worldwide", place.workplace == nil { place.workplace = .remote }
        guard place.isConcrete || place.area != nil || place.workplace != nil else { return nil }
        return place
    }

    /// "北海道札幌市", "大阪府大阪市北区": a Japanese address is written prefecture first with no
    /// separator, so the prefecture is the state, what follows the city (as far as its 市, 区, 町
    /// or 村), and the country Japan. Nil for any other text.
    static func japaneseAddress(_ text: String) -> PostingPlace? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let prefecture = japanesePrefectures.first(where: { trimmed.hasPrefix($0) }) else { return nil }
        let rest = trimmed.dropFirst(prefecture.count)
        guard !rest.isEmpty else { return PostingPlace(state: prefecture, country: "JP") }
        guard rest.allSatisfy({ $0.unicodeScalars.allSatisfy { $0.value >= 0x3000 } }) else { return nil }
        // The city ends at its first 市 ("札幌市中央区" is Sapporo); a ward of Tokyo (区) or a town
        // (町, 村) when there is no 市.
        let end = rest.firstIndex(of: "市") ?? rest.firstIndex { "区町村".contains($0) }
        let city = end.map { rest[...$0] } ?? rest
        return PostingPlace(city: String(city), state: prefecture, country: "JP")
    }

    /// The 47 prefectures as written in an address.
    private static let japanesePrefectures = [
        "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県",
        "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県",
        "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県",
        "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
    ]

    /// A two-letter code that is both a country and a US state whose cities job postings rarely
    /// name: the country, unless the city is one of that state's (`"Wilmington, DE"`).
    static func countryBeforeState(city: String, code: String) -> String? {
        guard code == "DE", !delawareCities.contains(ColumnText.folded(city)) else { return nil }
        return "DE"
    }

    private static let delawareCities: Set<String> = [
        "wilmington", "dover", "newark", "middletown", "smyrna", "milford", "seaford", "georgetown", "lewes",
        "bear", "claymont", "new castle", "rehoboth beach", "hockessin", "pike creek", "elsmere", "harrington",
        "laurel", "millsboro", "camden", "selbyville", "delmar", "townsend", "greenville", "newport",
    ]

    /// Australia's state codes of three letters (two-letter "WA", "SA", "NT" are also US states or
    /// other countries' codes).
    private static let australianCodes: Set<String> = ["NSW", "QLD", "VIC", "TAS", "ACT"]

    /// "Darwin NT" → ("Darwin", "NT"): a phrase whose last word is a code of two or three capitals.
    /// Whether the code is a region of the city's country is ``PlaceGazetteer/codeOfCity(_:region:)``'s
    /// to say: an unknown town keeps the whole phrase, since a wrong place is worse than none.
    private static func cityAndCode(_ part: String) -> (String, String)? {
        guard let space = part.lastIndex(of: " ") else { return nil }
        let code = part[part.index(after: space)...]
        guard (2...3).contains(code.count), code.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return nil }
        let city = String(part[..<space])
        return city.isEmpty ? nil : (city, String(code))
    }

    private static func interpret(_ parts: [String]) -> PostingPlace {
        switch parts.count {
        case 0:
            return PostingPlace()
        case 1:
            let part = parts[0]
            if let area = LocationText.area(part) { return PostingPlace(area: area) }
            if let alias = LocationText.cityAliases[ColumnText.folded(part)] { return alias }
            if let country = PlaceGazetteer.country(part) { return PostingPlace(country: country) }
            if let region = RegionCodes.region(for: part) {
                return PostingPlace(state: region.code, country: region.country)
            }
            // "Darwin NT", "Boise ID": a city and its region's code without the comma.
            if let (city, code) = cityAndCode(part), PlaceGazetteer.codeOfCity(city, region: code) != nil {
                return interpret([city, code])
            }
            // "Wagga Wagga NSW 2650": Australia's three-letter state codes name no other country's
            // region, so a town the gazetteer lacks still gets its state and country. A town it knows
            // elsewhere ("Fargo QLD") is still not guessed.
            if let (city, code) = cityAndCode(part), code.count == 3, australianCodes.contains(code),
                PlaceGazetteer.cityCandidates(city).isEmpty
            {
                return PostingPlace(city: city, state: code, country: "AU")
            }
            return PostingPlace(city: part)
        case 2:
            // "Darwin NT, Australia": the same, when the country named is the reading's.
            if let (city, code) = cityAndCode(parts[0]), let country = PlaceGazetteer.country(parts[1]),
                PlaceGazetteer.codeOfCity(city, region: code)?.country == country
            {
                return interpret([city, code, parts[1]])
            }
            // "APAC, UTC+5:30 to UTC+10", "EMEA, CET ± 2": an area with an aside that names no
            // country or region (a time-zone range) is the area, not a city and its state.
            if let area = LocationText.area(parts[0]), RegionCodes.region(for: parts[1]) == nil,
                PlaceGazetteer.country(parts[1]) == nil, PlaceGazetteer.regionCountry(parts[1]) == nil,
                PlaceGazetteer.city(parts[1]) == nil
            {
                return PostingPlace(area: area)
            }
            var place = PostingPlace(city: parts[0])
            if let region = PlaceGazetteer.codeOfCity(parts[0], region: parts[1]) {
                // "Perth, WA", "Curitiba, PR", "Córdoba, AR", "Berlin, DE": a code read by the
                // city's own readings before it is read as a US state.
                place.state = region.state
                place.country = region.country
            } else if let state = MexicanStates.name(parts[1]) {
                // "Querétaro, Qro.", "Monterrey, N.L.": a Mexican state as Mexican postings abbreviate it.
                place.state = state
                place.country = "MX"
            } else if let country = countryBeforeState(city: parts[0], code: parts[1]) {
                // "Kiel, DE": Germany, unless the city is one of Delaware's.
                place.country = country
            } else if let region = RegionCodes.region(for: parts[1]) {
                place.state = region.code
                place.country = region.country
            } else if let country = PlaceGazetteer.country(parts[1]) {
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
            place.country = PlaceGazetteer.country(last) ?? last
            let region = parts[1]
            if let known = RegionCodes.region(for: region), known.country == place.country {
                place.state = known.code
            } else {
                place.state = RegionCodes.regionName(region, country: place.country)
            }
            return place
        }
    }
}
