// The generated GeoNames, CLDR and ISO 3166-2 tables (GazetteerData.swift) as
// look-ups: cities and country names by binary search over the sorted literal, regions parsed
// the first time one is needed. A command that never normalises a posting
// never pays for them, and none reads a file at run time.
import JobHuntKernel

/// One city a name can mean: its country, its state or province (US and Canada only, as the
/// columns store them) and its size, in thousands of people.
package struct GazetteerCity: Sendable, Hashable {
    package var country: String
    package var region: String?
    package var people: Int
}

/// Look-ups over the generated tables; what is built is built once and shared by every thread.
enum GazetteerIndex {
    /// The bytes of the city table; a copy of the literal made at first use (one megabyte, no
    /// parsing), so the search below can index it directly.
    private static let cityBytes: [UInt8] = Array(PlaceGazetteer.cityData.utf8)

    /// The bytes of the country-name table, copied at first use like the cities'.
    private static let countryBytes: [UInt8] = Array(PlaceGazetteer.countryData.utf8)

    /// Every city of 15,000 people or more spelt `key` (lower case; also without accents:
    /// "cordoba"), found by binary search over the sorted lines of the table: nothing is built
    /// at start-up, and each look-up reads a few hundred bytes.
    static func cities(named key: String) -> [GazetteerCity] {
        fields(keyed: key, in: cityBytes).compactMap { fields in
            guard fields.count == 4, let people = Int(fields[3]) else { return nil }
            return GazetteerCity(country: fields[1], region: fields[2].isEmpty ? nil : fields[2], people: people)
        }
    }

    /// The ISO 3166-1 code of a country named `key` (lower case) in any language CLDR has
    /// ("maroc", "magyarország", "ghana"), searched like the cities; nil when unknown.
    static func country(named key: String) -> String? {
        fields(keyed: key, in: countryBytes).first { $0.count == 2 }?[1]
    }

    /// The fields of every line of a sorted table whose first field is `key`.
    private static func fields(keyed key: String, in table: [UInt8]) -> [[String]] {
        var key = key
        return key.withUTF8 { target in
            table.withUnsafeBufferPointer { data in lines(keyed: target, in: data) }
        }
    }

    private static func lines(keyed target: UnsafeBufferPointer<UInt8>, in data: UnsafeBufferPointer<UInt8>)
        -> [[String]]
    {
        guard !target.isEmpty else { return [] }
        func lineStart(_ index: Int) -> Int {
            var start = index
            while start > 0, data[start - 1] != 0x0A { start -= 1 }
            return start
        }
        func lineEnd(_ index: Int) -> Int {
            var end = index
            while end < data.count, data[end] != 0x0A { end += 1 }
            return end
        }
        // The line's spelling against the target: negative, zero or positive, by UTF-8 bytes, a
        // spelling that is a prefix of the other sorting first (as the generator sorts them).
        func compare(lineAt start: Int) -> Int {
            var index = 0
            while true {
                let byte = start + index < data.count ? data[start + index] : 0x0A
                let ended = byte == 0x7C || byte == 0x0A
                if index == target.count { return ended ? 0 : 1 }
                if ended { return -1 }
                if byte != target[index] { return byte < target[index] ? -1 : 1 }
                index += 1
            }
        }
        // The first line whose spelling is not before the target.
        var low = 0
        var high = data.count
        while low < high {
            let start = lineStart((low + high) / 2)
            if compare(lineAt: start) < 0 { low = lineEnd(start) + 1 } else { high = start }
        }
        var found: [[String]] = []
        var start = low
        while start < data.count, compare(lineAt: start) == 0 {
            let end = lineEnd(start)
            let fields = data[start..<end].split(separator: 0x7C, omittingEmptySubsequences: false)
            found.append(fields.map { String(decoding: $0, as: UTF8.self) })
            start = end + 1
        }
        return found
    }

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
