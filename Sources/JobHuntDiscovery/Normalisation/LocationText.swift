// The word-level pieces of location parsing: splitting several places, taking
// "Remote"/"Hybrid" words out, and naming areas wider than a country.
import Foundation
import JobHuntKernel

enum LocationText {
    /// Splits "NYC or SF", "Austin, TX; Remote - US", "Berlin | London" into one phrase per place.
    static func segments(_ text: String) -> [String] {
        // Each flag's piece is split without looking for flags again: a piece
        // can never hold one, and a text that only looked flagged to the byte
        // check must not recurse (scripts/fuzz source-rss found a stack overflow).
        hasFlag(text) ? flagged(text).flatMap(unflaggedSegments) : unflaggedSegments(text)
    }

    private static func unflaggedSegments(_ text: String) -> [String] {
        let whole = ColumnText.collapsed(text)
        // Most locations name one place: skip the splitting passes unless a separator can occur.
        guard mayList(whole) else { return whole.isEmpty || isPlaceholder(whole) ? [] : [whole] }
        var pieces = [whole]
        for separator in [";", " | ", " or ", " OR ", " / "] {
            pieces = pieces.flatMap { $0.components(separatedBy: separator) }
        }
        pieces = pieces.flatMap(conjoined)
        return pieces.map { ColumnText.collapsed($0) }.filter { !$0.isEmpty && !isPlaceholder($0) }
    }

    /// Whether the text holds a flag emoji (regional indicators U+1F1E6…U+1F1FF,
    /// UTF-8 F0 9F 87 A6…BF; other scalars share the first three bytes).
    private static func hasFlag(_ text: String) -> Bool {
        var previous: (UInt8, UInt8, UInt8) = (0, 0, 0)
        for byte in text.utf8 {
            if previous == (0xF0, 0x9F, 0x87), (0xA6...0xBF).contains(byte) { return true }
            previous = (previous.1, previous.2, byte)
        }
        return false
    }

    /// "🇩🇪 Germany, 🇳🇱 Netherlands" (WWR's country element): each flag starts a place and is dropped.
    private static func flagged(_ text: String) -> [String] {
        var pieces: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if (0x1F1E6...0x1F1FF).contains(scalar.value) {
                if !current.isEmpty { pieces.append(String(current)) }
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        pieces.append(String(current))
        return pieces.map { piece in
            var value = ColumnText.collapsed(piece)
            while let last = value.last, last == "," || last == ";" || last == " " { value.removeLast() }
            return value
        }
        .filter { !$0.isEmpty }
    }

    /// Whether a separator can occur: `;`, `|`, `/`, `&`, or the words " or " / " and ".
    private static func mayList(_ text: String) -> Bool {
        var previous: (UInt8, UInt8, UInt8) = (0, 0, 0)
        for byte in text.utf8 {
            if byte == 0x3B || byte == 0x7C || byte == 0x2F || byte == 0x26 { return true }
            let lower = byte | 0x20
            if byte == 0x20, previous.0 == 0x20, previous.1 | 0x20 == 0x6F, previous.2 | 0x20 == 0x72 { return true }
            if lower == 0x64, previous.0 == 0x20, previous.1 | 0x20 == 0x61, previous.2 | 0x20 == 0x6E { return true }
            previous = (previous.1, previous.2, byte)
        }
        return false
    }

    /// "Remote (US & Canada)" → "Remote (US", "Remote Canada)": places joined by "&" or "and"
    /// share the phrase's workplace word, which only the first one spells out.
    private static func conjoined(_ phrase: String) -> [String] {
        var parts = countriesBySlash(phrase) ?? citiesBySlash(phrase) ?? [phrase]
        parts = parts.flatMap { $0.components(separatedBy: " & ") }
        let lowered = phrase.lowercased()
        if !namesWithAnd.contains(where: { lowered.contains($0) }) {
            parts = parts.flatMap { $0.components(separatedBy: " and ") }
        }
        guard parts.count > 1 else { return parts }
        let (workplace, _) = splitWorkplace(parts[0])
        guard let word = workplace.map(\.rawValue) else { return parts }
        return [parts[0]] + parts.dropFirst().map { splitWorkplace($0).0 == nil ? word + " " + $0 : $0 }
    }

    /// "REMOTE (US/Canada)", "EU/UK": countries or areas joined by a bare slash are several places;
    /// "Kraków/Cracow" or "Design/Build" are not, so every piece must be a country or an area.
    private static func countriesBySlash(_ phrase: String) -> [String]? {
        let pieces = phrase.components(separatedBy: "/")
        guard pieces.count > 1 else { return nil }
        let all = pieces.allSatisfy { piece in
            let core = splitWorkplace(piece).1.filter { $0 != "(" && $0 != ")" }
            let name = ColumnText.collapsed(core)
            return !name.isEmpty && (PlaceGazetteer.country(name) != nil || area(name) != nil)
        }
        return all ? pieces : nil
    }

    /// "Hybrid – Zürich/Basel", "Minneapolis/Saint Paul": cities of one country joined by a bare
    /// slash are several places. Every piece must be a city the gazetteer knows, all in one
    /// country, so "Lille/Bruxelles" and "Design/Build" stay one phrase, as before.
    private static func citiesBySlash(_ phrase: String) -> [String]? {
        let pieces = phrase.components(separatedBy: "/")
        guard pieces.count > 1 else { return nil }
        var countries: Set<String> = []
        for piece in pieces {
            let name = ColumnText.collapsed(splitWorkplace(piece).1)
            guard !name.isEmpty, PlaceGazetteer.country(name) == nil, area(name) == nil,
                RegionCodes.region(for: name) == nil, let city = PlaceGazetteer.city(name)
            else { return nil }
            countries.insert(city.country)
        }
        guard countries.count == 1 else { return nil }
        let names = Set(pieces.map { ColumnText.folded(splitWorkplace($0).1) })
        return names.count == pieces.count ? pieces : nil
    }

    /// "Multiple locations", "Various", "TBD": a location field that names no place.
    static func isPlaceholder(_ text: String) -> Bool {
        let key = ColumnText.folded(text)
        return key.hasPrefix("multiple location") || key == "various" || key == "various locations"
            || key == "tbd" || key == "n/a" || key == "see description" || key == "flexible"
    }

    /// The workplace words of a phrase and what is left once they are removed:
    /// "Hybrid - Pittsburgh, PA" → (.hybrid, "Pittsburgh, PA").
    static func splitWorkplace(_ text: String) -> (WorkArrangement?, String) {
        var workplace: WorkArrangement?
        var kept: [Substring] = []
        let tokens = text.split(separator: " ")
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            // Every workplace word starts with one of these letters; skip the rest without lower-casing.
            guard let first = token.utf8.first(where: { $0 != 0x28 && $0 != 0x5B }),
                "rhowtdibRHOWTDIB".utf8.contains(first)
            else {
                kept.append(token)
                index += 1
                continue
            }
            let core = token.lowercased().filter { $0.isLetter || $0 == "-" }.trimmingDashes
            let next = index + 1 < tokens.count ? tokens[index + 1].lowercased().filter(\.isLetter) : ""
            var consumed = 1
            switch core {
            case "remote", "remotely", "wfh", "telecommute", "distributed":
                workplace = workplace ?? .remote
            case "hybrid":
                workplace = .hybrid
            case "onsite", "on-site", "in-office", "in-person", "office-based":
                workplace = workplace ?? .onsite
            case "on" where next == "site", "in" where next == "office":
                workplace = workplace ?? .onsite
                consumed = 2
            case "only", "based":
                break
            default:
                kept.append(token)
            }
            // "Hybrid (3 days) – Lyon", "Remote (flexible)": an aside about the workplace word.
            if workplace != nil, kept.last != token {
                consumed += workplaceAside(tokens, from: index + consumed)
            }
            // Keep a trailing comma of a dropped word's phrase out: "Remote, US" → "US".
            index += consumed
        }
        // "United States - Remote Flexibility", "Remote-friendly": words qualifying the workplace word.
        if workplace != nil {
            kept.removeAll { workplaceQualifiers.contains($0.lowercased().filter(\.isLetter)) }
        }
        var rest = kept.joined(separator: " ")
        while let first = rest.first, " -–—:|,/".contains(first) { rest.removeFirst() }
        for prefix in ["in ", "from ", "within "] where rest.lowercased().hasPrefix(prefix) {
            rest.removeFirst(prefix.count)
        }
        return (workplace, rest)
    }

    /// How many tokens from `start` form a parenthesised aside about the workplace word right
    /// before them ("(3 days)", "(2 days/week)", "(flexible)"), or 0 when they name a place.
    private static func workplaceAside(_ tokens: [Substring], from start: Int) -> Int {
        guard start < tokens.count else { return 0 }
        // "Hybrid: 2 days/week in Dublin", "Hybrid 3 days a week – Leeds": the same aside without
        // parentheses, opening with a number and naming days; the place follows it.
        if tokens[start].first?.isNumber == true {
            var end = start
            var namesDays = false
            while end < tokens.count, end - start < 5 {
                let words = tokens[end].lowercased().split(whereSeparator: { !$0.isLetter })
                let figure = tokens[end].allSatisfy { $0.isNumber || "-–/x".contains($0) }
                guard figure || (!words.isEmpty && words.allSatisfy { asideWords.contains(String($0)) }) else { break }
                if words.contains(where: { dayWords.contains(String($0)) }) { namesDays = true }
                end += 1
            }
            return namesDays ? end - start : 0
        }
        guard tokens[start].hasPrefix("(") else { return 0 }
        var end = start
        while end < tokens.count, !tokens[end].hasSuffix(")") { end += 1 }
        guard end < tokens.count, end - start < 5 else { return 0 }
        let words = tokens[start...end].flatMap { $0.lowercased().split(whereSeparator: { !$0.isLetter }) }
        guard words.allSatisfy({ asideWords.contains(String($0)) || workplaceQualifiers.contains(String($0)) })
        else { return 0 }
        return end - start + 1
    }

    /// What an aside about the workplace says: days in the office, a week, a frequency.
    private static let asideWords: Set<String> = [
        "day", "days", "week", "weeks", "wk", "per", "a", "x", "in", "office", "onsite", "on", "site", "month",
        "jours", "jour", "semaine", "par", "tage", "tag", "woche", "pro", "días", "dias", "día", "dia", "semana",
        "por", "dagen", "dag", "week", "giorni", "settimana",
    ]

    /// The day words of an aside: an unparenthesised aside must name days ("2 days/week").
    private static let dayWords: Set<String> = [
        "day", "days", "jours", "jour", "tage", "tag", "días", "dias", "día", "dia", "dagen", "dag", "giorni",
    ]

    /// Words that only qualify a workplace word ("Remote Flexibility", "Hybrid optional").
    private static let workplaceQualifiers: Set<String> = [
        "flexibility", "flexible", "friendly", "first", "optional", "possible", "ok", "eligible", "allowed",
        "available", "option", "work", "working",
    ]

    /// Place names that contain "and", which must not be split.
    private static let namesWithAnd = [
        "newfoundland and labrador", "trinidad and tobago", "bosnia and herzegovina", "antigua and barbuda",
        "saint kitts and nevis", "turks and caicos", "heard and mcdonald",
        // Regions as LinkedIn and British postings write them in English: "Valladolid, Castile and
        // León, Spain", "Sunderland, Tyne and Wear", "Jammu and Kashmir".
        "castile and león", "castile and leon", "tyne and wear", "jammu and kashmir", "andaman and nicobar",
        "dadra and nagar haveli", "daman and diu", "perth and kinross", "dumfries and galloway", "argyll and bute",
        "saint vincent and the grenadines", "são tomé and príncipe", "sao tome and principe",
    ]

    /// Comma-separated parts, with parentheses treated as commas ("Berlin (Germany)"), and
    /// postcodes taken out ("75008 Paris", "Portland, ME 04101", "Amsterdam 1091 GH", "PL6").
    static func parts(_ text: String) -> [String] {
        if let (place, code) = dashedCode(text) { return [place, code] }
        return text.split { $0 == "," || $0 == "(" || $0 == ")" || $0 == "[" || $0 == "]" }
            .map { part in
                var value = Postcode.removed(from: ColumnText.collapsed(part))
                while let first = value.first, " -–—:|/".contains(first) { value.removeFirst() }
                while let last = value.last, " -–—:|/".contains(last) { value.removeLast() }
                return value
            }
            .filter { !$0.isEmpty }
    }

    /// "Presidente Prudente - SP", "Campinas – SP": Brazil's way of writing a town with its
    /// state's letters, a spaced dash where others put a comma. Only with no comma in the text and
    /// two or three capitals after the last spaced dash, so "Berlin - Mitte" stays one phrase;
    /// whether the code is a region of the town's country is still the gazetteer's to say.
    private static func dashedCode(_ text: String) -> (String, String)? {
        guard !text.contains(",") else { return nil }
        let collapsed = ColumnText.collapsed(text)
        guard
            let dash = [" - ", " – "].compactMap({ collapsed.range(of: $0, options: .backwards) }).max(by: {
                $0.lowerBound < $1.lowerBound
            })
        else { return nil }
        let code = String(collapsed[dash.upperBound...]).trimmingCharacters(in: .whitespaces)
        let place = String(collapsed[..<dash.lowerBound]).trimmingCharacters(in: .whitespaces)
        guard (2...3).contains(code.count), code.allSatisfy({ $0.isASCII && $0.isUppercase }), !place.isEmpty,
            !place.contains(where: { "()[]".contains($0) })
        else { return nil }
        return (Postcode.removed(from: place), code)
    }

    /// The canonical spelling of a region wider than a country, or nil.
    static func area(_ text: String) -> String? { areas[ColumnText.folded(text)] }

    private static let areas: [String: String] = [
        "eu": "EU", "europe": "Europe", "emea": "EMEA", "apac": "APAC", "latam": "LATAM",
        "latin america": "LATAM", "americas": "Americas", "north america": "North America",
        "south america": "South America", "asia": "Asia", "africa": "Africa", "oceania": "Oceania",
        "worldwide": "Worldwide", "global": "Worldwide", "anywhere": "Worldwide", "anywhere in the world": "Worldwide",
        "world": "Worldwide",
        "european union": "EU", "cet": "Europe", "dach": "DACH", "nordics": "Nordics", "uk & eu": "Europe",
        "us time zones": "North America", "international": "Worldwide",
        // We Work Remotely's region "Asia-Pacific" (WorkRegions has the same spellings).
        "asia pacific": "APAC", "asia-pacific": "APAC",
    ]

    /// Short names sources use for big cities.
    static let cityAliases: [String: PostingPlace] = [
        "nyc": PostingPlace(city: "New York", state: "NY", country: "US"),
        "new york city": PostingPlace(city: "New York", state: "NY", country: "US"),
        "sf": PostingPlace(city: "San Francisco", state: "CA", country: "US"),
        "la": PostingPlace(city: "Los Angeles", state: "CA", country: "US"),
        "dc": PostingPlace(city: "Washington", state: "DC", country: "US"),
        "sf bay area": PostingPlace(city: "San Francisco", state: "CA", country: "US"),
    ]
}

extension String {
    fileprivate var trimmingDashes: String {
        var value = self
        while value.first == "-" { value.removeFirst() }
        while value.last == "-" { value.removeLast() }
        return value
    }
}
