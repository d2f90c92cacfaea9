// The column names of a table as the seed data model declares them, read from
// the seed file (Tests/Fixtures/seed), so JSON keys are checked against the seed itself.
import Foundation
import Testing

enum SeedColumns {
    /// Column names of `CREATE TABLE name (…)` in the seed, in order.
    static func columns(of table: String) throws -> [String] {
        let text = try SeedSchemaFile.text()
        let start = try #require(text.range(of: "CREATE TABLE \(table) ("), "no \(table) in the seed")
        let body = text[start.upperBound...].prefix { $0 != ";" }
        return body.split(separator: "\n").compactMap { line in
            let word = line.trimmingCharacters(in: .whitespaces).prefix { $0.isLetter || $0 == "_" }
            guard !word.isEmpty, word.uppercased() != word else { return nil }
            return String(word)
        }
    }
}
