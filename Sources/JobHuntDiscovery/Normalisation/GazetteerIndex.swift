// The generated GeoNames and ISO 3166-2 tables (GazetteerData.swift), parsed
// into lookups the first time a place needs them: a command that never
// normalises a posting never pays for them, and none reads a file at run time.
import JobHuntKernel

/// One city a name can mean: its country, its state or province (US and Canada only, as the
/// columns store them) and its size, in thousands of people.
package struct GazetteerCity: Sendable, Hashable {
    package var country: String
    package var region: String?
    package var people: Int
}

/// Lookups over the generated tables, built once and shared by every thread.
enum GazetteerIndex {
    /// Every city of 15,000 people or more by folded name (also without accents: "cordoba").
    static let cities: [String: [GazetteerCity]] = {
        var table: [String: [GazetteerCity]] = [:]
        table.reserveCapacity(40_000)
        for line in PlaceGazetteer.cityData.utf8.split(separator: 0x0A) {
            let fields = line.split(separator: 0x7C, omittingEmptySubsequences: false)
            guard fields.count >= 4, let people = Int(Substring(fields[2])) else { continue }
            let region = fields[1].isEmpty ? nil : String(Substring(fields[1]))
            let city = GazetteerCity(country: String(Substring(fields[0])), region: region, people: people)
            for name in fields[3...] {
                let key = String(Substring(name)).lowercased()
                if table[key]?.contains(city) != true { table[key, default: []].append(city) }
            }
        }
        return table
    }()

    /// First-level subdivisions by folded name: the countries each name belongs to, with its code.
    static let regionsByName: [String: [(country: String, code: String)]] = {
        var table: [String: [(country: String, code: String)]] = [:]
        for (country, code, names) in regionRows {
            for name in names { table[name.lowercased(), default: []].append((country, code)) }
        }
        return table
    }()

    /// First-level subdivision codes of each country, with the name ISO 3166-2 gives them
    /// ("NL" → "GE" → "Gelderland").
    static let regionCodes: [String: [String: String]] = {
        var table: [String: [String: String]] = [:]
        for (country, code, names) in regionRows { table[country, default: [:]][code] = names[0] }
        return table
    }()

    private static var regionRows: [(String, String, [String])] {
        PlaceGazetteer.regionData.utf8.split(separator: 0x0A).compactMap { line in
            let fields = line.split(separator: 0x7C).map { String(Substring($0)) }
            guard fields.count >= 3 else { return nil }
            return (fields[0], fields[1], Array(fields[2...]))
        }
    }
}
