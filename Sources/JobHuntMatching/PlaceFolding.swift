// Place names compared without case or accents, the same way in Swift and in
// SQL on both engines: "Île-de-France", "ile-de-france" and "ILE-DE-FRANCE"
// are one region, "München" and "munchen" one city.
import Foundation
internal import JobHuntDatabase

/// Folding for place filters (`discover match --location`, `discover find --location`).
///
/// SQLite's `lower()` folds ASCII only and it has no `unaccent`, so the SQL side replaces the
/// accented letters postings use (Latin-1, Latin Extended-A) itself, the same way on both engines;
/// Swift folds the filter with the same table, so both sides agree.
enum PlaceFolding {
    /// Lower-cased with the table's accents removed: "Île-de-France" → "ile-de-france".
    static func fold(_ text: String) -> String {
        var result = ""
        for character in text.lowercased() {
            if let plain = plainByCharacter[character] { result += plain } else { result.append(character) }
        }
        return result
    }

    /// The SQL expression folding `column` (a constant expression of this code, never input) as
    /// `fold` does, on both engines.
    ///
    /// A chain of `replace()` calls would overflow SQLite's parser past about 30 letters, and
    /// PostgreSQL's `translate()` does not exist in SQLite, so a small recursive query replaces
    /// the table's letters one at a time (the letters travel as bound parameters); the three
    /// letters that become two (ß, æ, œ) are replaced around it.
    static func sql(_ column: String) -> SQL {
        let from = SQL.bindOnce(accentedLetters)
        let to = SQL.bindOnce(plainLetters)
        let folded: SQL = """
            (WITH RECURSIVE fold(i, s) AS (SELECT 0, lower(\(sql: SQL.trusted(column))) UNION ALL \
            SELECT i + 1, replace(s, substr(CAST(\(sql: from) AS TEXT), i + 1, 1), \
            substr(CAST(\(sql: to) AS TEXT), i + 1, 1)) FROM fold WHERE i < \(literal: accentedLetters.count)) \
            SELECT s FROM fold ORDER BY i DESC LIMIT 1)
            """
        return "replace(replace(replace(\(sql: folded), 'ß', 'ss'), 'æ', 'ae'), 'œ', 'oe')"
    }

    /// The one-to-one part of the table as two strings of equal length, letter for letter.
    private static let accentedLetters = String(pairs.filter { $0.1.count == 1 }.map { Character($0.0) })
    private static let plainLetters = String(pairs.filter { $0.1.count == 1 }.map { Character($0.1) })

    /// Accented letter (both cases, since SQLite's lower() leaves them) → plain letters.
    private static let pairs: [(String, String)] = {
        let groups: [(String, String)] = [
            ("àáâãäåāăą", "a"), ("çćčĉċ", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
            ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
            ("ŕŗř", "r"), ("śŝşš", "s"), ("ţťŧ", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"),
            ("ß", "ss"), ("æ", "ae"), ("œ", "oe"),
        ]
        // Capital Æ and Œ fold to their small letters here and to two letters around the query.
        var pairs: [(String, String)] = []
        for (letters, plain) in groups {
            for letter in letters {
                pairs.append((String(letter), plain))
                let upper = String(letter).uppercased()
                guard upper != String(letter), upper.count == 1, upper.unicodeScalars.first!.value > 0x7F else {
                    continue
                }
                pairs.append((upper, plain.count == 1 ? plain : String(letter)))
            }
        }
        return pairs
    }()

    private static let plainByCharacter: [Character: String] = {
        var table: [Character: String] = [:]
        for (accented, plain) in pairs { table[Character(accented)] = plain }
        return table
    }()
}
