// Postcodes in a location phrase ("75008 Paris", "Portland, ME 04101",
// "Amsterdam 1091 GH", "Plymouth, PL6"): they say where, but they are not a
// city or a region, so they are taken out before the parts are read.
import Foundation

/// Recognises the postcode shapes sources print next to a city.
enum Postcode {
    /// The part without a leading or trailing postcode; a part that is only a postcode becomes
    /// empty. Shapes: 4–6 digits (with a ZIP+4 tail), Dutch "1091 GH", Swedish "553 03", Polish
    /// "80-864", Portuguese "1000-001", a country's letters before the digits ("L-2449"), and
    /// British codes with two letters first ("PL6", "SW1A 1AA", "EH1 2AB") — one letter and a
    /// digit ("A8") is an Indeed region code, not a postcode.
    static func removed(from part: String) -> String {
        var tokens = part.split(separator: " ").map(String.init)
        guard !tokens.isEmpty else { return part }
        if tokens.count == 1 { return isPostcode(tokens) ? "" : part }
        // Leading: "75008 Paris", "1091 GH Amsterdam", "553 03 Jönköping".
        for length in [2, 1] where tokens.count > length && isPostcode(Array(tokens.prefix(length))) {
            tokens.removeFirst(length)
            break
        }
        // Trailing: "ME 04101", "Amsterdam 1091 GH", "London SW1A 1AA".
        for length in [2, 1] where tokens.count > length && isPostcode(Array(tokens.suffix(length))) {
            tokens.removeLast(length)
            break
        }
        return tokens.joined(separator: " ")
    }

    /// Whether a part starts with a postcode ("L-2449 Luxembourg", "75008 Paris"): the name after
    /// it is a town, even when a country has the same name.
    static func leads(_ part: String) -> Bool {
        let tokens = part.split(separator: " ").map(String.init)
        guard tokens.count > 1 else { return false }
        return [2, 1].contains { tokens.count > $0 && isPostcode(Array(tokens.prefix($0))) }
    }

    /// The country a postcode in the phrase names by its shape alone: a British code ("PL6",
    /// "SW1A 1AA") is the UK, a Dutch "1091 GH" the Netherlands, a country letter before the
    /// digits ("L-2449", "CH-8001", "D-80331") that country, Poland's "80-864" and Portugal's
    /// "1000-001" theirs; digits alone name no country.
    static func country(in phrase: String) -> String? {
        let tokens = phrase.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "(" || $0 == ")" })
            .map(String.init)
        for (index, token) in tokens.enumerated() {
            if let country = prefixedCountry(token) ?? dashedCountry(token) { return country }
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            if isDigits(token, 4...4), let next, next.count == 2, next.allSatisfy({ $0.isASCII && $0.isUppercase }),
                index + 2 == tokens.count || tokens[index + 2].first?.isUppercase == true
            {
                return "NL"
            }
            if isBritishOutward(token, alone: true)
                || (next.map(isBritishInward) == true
                    && isBritishOutward(token, alone: false))
            {
                return "GB"
            }
        }
        return nil
    }

    private static func isPostcode(_ tokens: [String]) -> Bool {
        switch tokens.count {
        case 1:
            let token = tokens[0]
            // Six digits: Singapore's "639465", India's PIN "560001", China's and Russia's codes.
            return isDigits(token, 4...6) || isZipPlusFour(token) || isBritishOutward(token, alone: true)
                || prefixedCountry(token) != nil || dashedCountry(token) != nil
        case 2:
            let (first, second) = (tokens[0], tokens[1])
            if isDigits(first, 4...4), second.count == 2, second.allSatisfy({ $0.isASCII && $0.isUppercase }) {
                return true  // Dutch
            }
            if isDigits(first, 3...3), isDigits(second, 2...2) { return true }  // Swedish
            return isBritishOutward(first, alone: false) && isBritishInward(second)
        default:
            return false
        }
    }

    /// "L-2449", "CH-8001", "D-80331", "FIN-00100": the country letters European addresses put
    /// before a postcode, each with its country's number of digits (so "I-95" is a road, not Italy).
    private static func prefixedCountry(_ token: String) -> String? {
        let pieces = token.split(separator: "-", omittingEmptySubsequences: false)
        guard pieces.count == 2, let known = countryPrefixes[String(pieces[0])],
            isDigits(String(pieces[1]), known.digits...known.digits)
        else { return nil }
        return known.country
    }

    private static let countryPrefixes: [String: (country: String, digits: Int)] = [
        "L": ("LU", 4), "D": ("DE", 5), "F": ("FR", 5), "CH": ("CH", 4), "A": ("AT", 4), "B": ("BE", 4),
        "I": ("IT", 5), "E": ("ES", 5), "NL": ("NL", 4), "DK": ("DK", 4), "N": ("NO", 4), "S": ("SE", 5),
        "FIN": ("FI", 5), "FI": ("FI", 5), "LT": ("LT", 5), "LV": ("LV", 4), "EE": ("EE", 5), "H": ("HU", 4),
        "SLO": ("SI", 4), "SI": ("SI", 4), "HR": ("HR", 5), "BG": ("BG", 4), "GR": ("GR", 5), "LI": ("LI", 4),
        "MC": ("MC", 5), "PL": ("PL", 5),
    ]

    /// Poland's "80-864" and Portugal's "1000-001": digits, a dash, digits, in those lengths only.
    private static func dashedCountry(_ token: String) -> String? {
        let pieces = token.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard pieces.count == 2, isDigits(pieces[0], 2...4), isDigits(pieces[1], 3...3) else { return nil }
        switch pieces[0].count {
        case 2: return "PL"
        case 4: return "PT"
        default: return nil
        }
    }

    private static func isDigits(_ token: String, _ lengths: ClosedRange<Int>) -> Bool {
        lengths.contains(token.count) && token.allSatisfy { $0.isASCII && $0.isNumber }
    }

    private static func isZipPlusFour(_ token: String) -> Bool {
        let pieces = token.split(separator: "-", omittingEmptySubsequences: false)
        return pieces.count == 2 && isDigits(String(pieces[0]), 5...5) && isDigits(String(pieces[1]), 4...4)
    }

    /// "PL6", "SW1A", "EH1", "M1" (the last only before its inward half): letters, a digit, maybe
    /// another digit or letter.
    private static func isBritishOutward(_ token: String, alone: Bool) -> Bool {
        let characters = Array(token)
        let letters = characters.prefix { $0.isASCII && $0.isUppercase }.count
        guard (alone ? 2...2 : 1...2).contains(letters), (2...4).contains(characters.count - letters + letters)
        else { return false }
        let rest = characters.dropFirst(letters)
        guard let first = rest.first, first.isASCII, first.isNumber, rest.count <= 2 else { return false }
        return rest.dropFirst().allSatisfy { $0.isASCII && ($0.isNumber || $0.isUppercase) }
    }

    /// "1AA": a digit and two letters.
    private static func isBritishInward(_ token: String) -> Bool {
        let characters = Array(token)
        return characters.count == 3 && characters[0].isASCII && characters[0].isNumber
            && characters.dropFirst().allSatisfy { $0.isASCII && $0.isUppercase }
    }
}
