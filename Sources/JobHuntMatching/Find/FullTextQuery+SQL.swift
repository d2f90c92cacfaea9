// A parsed query in each engine's words: an FTS5 MATCH expression of quoted
// strings for SQLite, a tsquery built from bound arguments for PostgreSQL.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

extension FullTextQuery {
    /// The FTS5 query: included terms OR-ed, each excluded one NOT-ed.
    ///
    /// Every term is an FTS5 string (`"…"`, inner quotes doubled), which the
    /// tokenizer splits into a phrase, so no operator, column filter or prefix
    /// star the user typed is ever interpreted
    /// (https://www.sqlite.org/fts5.html#full_text_query_syntax).
    ///
    ///     "swift" OR "machine learning" NOT "intern"
    var fts5Expression: String {
        let included = included.map(Self.fts5String).joined(separator: " OR ")
        let excluded = excluded.map { " NOT " + Self.fts5String($0) }.joined()
        return excluded.isEmpty ? included : "(\(included))\(excluded)"
    }

    /// The excluded terms OR-ed as an FTS5 query (`"senior" OR "intern"`), nil without any.
    var fts5Exclusions: String? {
        excluded.isEmpty ? nil : excluded.map(Self.fts5String).joined(separator: " OR ")
    }

    private static func fts5String(_ term: Term) -> String {
        "\"" + term.text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A PostgreSQL tsquery expression whose terms are bound arguments:
    /// included terms OR-ed (`||`), each excluded one removed with `&& !!`.
    ///
    /// Words go through `plainto_tsquery` and phrases through
    /// `phraseto_tsquery`, which accept any text: stop words and punctuation
    /// become an empty query that `||` and `&&` ignore
    /// (https://www.postgresql.org/docs/current/textsearch-controls.html).
    var postgresTSQuery: SQL {
        var sql: SQL = "(\(sql: included.map(Self.tsquery).joined(separator: " || ")))"
        for term in excluded { sql += " && !! \(sql: Self.tsquery(term))" }
        return "(\(sql: sql))"
    }

    /// The excluded terms OR-ed as a tsquery, nil without any.
    var postgresExclusions: SQL? {
        excluded.isEmpty ? nil : "(\(sql: excluded.map(Self.tsquery).joined(separator: " || ")))"
    }

    private static func tsquery(_ term: Term) -> SQL {
        let function: SQL = term.isPhrase ? "phraseto_tsquery" : "plainto_tsquery"
        // Bound once: ts_headline and @@ reuse one built query's placeholders.
        return "\(sql: function)('english', \(sql: .bindOnce(term.text))::text)"
    }
}
