// Place names compared without case or accents, the same way in Swift and in
// SQL on both engines: "Île-de-France", "ile-de-france" and "ILE-DE-FRANCE"
// are one region, "München" and "munchen" one city.
import Foundation
internal import JobHuntDatabase

/// Folding for place filters (`discover match --location`, `discover find --location`).
///
/// SQLite's `lower()` folds ASCII only and neither engine has `unaccent` here, so the SQL side
/// replaces the accented letters postings use (Latin-1, Latin Extended-A) itself, with the same
/// table on both engines; Swift folds the filter with it too, so both sides agree.
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
    /// PostgreSQL folds case in `lower()` and replaces the table's letters in one `translate()`
    /// (the letters travel as bound parameters). SQLite has no `translate()`, and a chain of
    /// `replace()` calls would overflow its parser past about 30 letters, so a small recursive
    /// query rebuilds the value a character at a time, each looked up in the table. Even so it
    /// runs only for values holding a character outside printable ASCII (`GLOB '*[^ -~]*'`;
    /// `lower()` folds the rest): replacing the table's letters one at a time in every row, as
    /// before, took 6 s for one region over 5,000 postings.
    /// On both, the three letters that become two (ß, æ, œ) are replaced around it.
    static func sql(_ column: String) -> SQL {
        let value = SQL.trusted(column)
        let from = SQL.bindOnce(accentedLetters)
        let to = SQL.bindOnce(plainLetters)
        // Letter by letter: each character is looked up in the table (instr) and replaced by its
        // plain letter, so a value costs one step per character, not one per table letter.
        let character: SQL = "substr(lower(\(sql: value)), i, 1)"
        let position: SQL = "instr(CAST(\(sql: from) AS TEXT), \(sql: character))"
        let recursive: SQL = """
            (WITH RECURSIVE fold(i, s) AS (SELECT 1, '' UNION ALL \
            SELECT i + 1, s || CASE WHEN \(sql: position) > 0 \
            THEN substr(CAST(\(sql: to) AS TEXT), \(sql: position), 1) ELSE \(sql: character) END \
            FROM fold WHERE i <= length(\(sql: value))) \
            SELECT s FROM fold ORDER BY i DESC LIMIT 1)
            """
        let sqlite: SQL = "CASE WHEN \(sql: value) GLOB '*[^ -~]*' THEN \(sql: recursive) ELSE lower(\(sql: value)) END"
        let postgres: SQL = "translate(lower(\(sql: value)), CAST(\(sql: from) AS TEXT), CAST(\(sql: to) AS TEXT))"
        let folded = SQL.dialect(sqlite: sqlite, postgres: postgres)
        return "replace(replace(replace(\(sql: folded), 'ß', 'ss'), 'æ', 'ae'), 'œ', 'oe')"
    }

    /// `column` folded equals one of `folded` (values already folded by ``fold(_:)``).
    ///
    /// Folding keeps a value's length but for ß, æ and œ, which become two letters, so only
    /// values of a length that could fold to one of them are folded at all: on SQLite that
    /// spares most rows the recursive query of ``sql(_:)``.
    static func equals(_ column: String, oneOf folded: [String]) -> SQL {
        guard !folded.isEmpty else { return "1 = 0" }
        var lengths: Set<Int> = []
        for value in folded {
            let pairs = ["ss", "ae", "oe"].reduce(0) { $0 + value.components(separatedBy: $1).count - 1 }
            for length in (value.count - pairs)...value.count { lengths.insert(length) }
        }
        let list: SQL = "(\(sql: folded.map(SQL.bindOnce).joined(separator: ", ")))"
        return
            "(length(\(sql: SQL.trusted(column))) IN \(list: lengths.sorted()) AND \(sql: sql(column)) IN \(sql: list))"
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
