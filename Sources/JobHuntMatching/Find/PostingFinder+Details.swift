// The rows behind fused results: title, company, location and links read in
// one query, and a snippet per posting from the engine's highlighter.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

extension PostingFinder {
    /// `fused` in order, as ``FoundPosting``s; a posting deleted since it was
    /// ranked is left out rather than failing the search.
    func details(of fused: [FusedHit], query: FullTextQuery, db: Database) throws -> [FoundPosting] {
        guard !fused.isEmpty else { return [] }
        let ids = fused.map(\.id)
        let rows = try db.query(
            """
            SELECT p.id, p.title, co.name AS company_name, p.location_city, p.location_state, p.location_country,
                p.source_platform, p.external_id, p.source_url, substr(p.description, 1, 400) AS lead
            FROM job_postings p LEFT JOIN companies co ON co.id = p.company_id
            WHERE p.id IN \(list: ids)
            """)
        let byID = try Dictionary(rows.map { (try $0.get("id", as: UUID.self), $0) }) { first, _ in first }
        let snippets = try PostingTextSearches.forDatabase(db).snippets(query, for: ids)
        var found: [FoundPosting] = []
        for hit in fused {
            guard let row = byID[hit.id] else { continue }
            let snippet = try snippets[hit.id] ?? Self.lead(row.optional("lead") ?? "")
            let location = [
                try row.optional("location_city", as: String.self), try row.optional("location_state", as: String.self),
                try row.optional("location_country", as: String.self),
            ].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
            found.append(
                FoundPosting(
                    rank: found.count + 1, id: hit.id, title: try row.get("title"),
                    companyName: try row.optional("company_name"), location: location.isEmpty ? nil : location,
                    sourcePlatform: try row.get("source_platform"), externalID: try row.optional("external_id"),
                    sourceURL: try row.get("source_url"), score: hit.score, textRank: hit.textRank,
                    semanticRank: hit.semanticRank, similarity: hit.similarity,
                    snippet: Self.oneLine(snippet)))
        }
        return found
    }

    /// The opening words of a description, for postings the words did not match.
    static func lead(_ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        let count = PostingTextSearches.snippetWords
        return words.prefix(count).joined(separator: " ") + (words.count > count ? " …" : "")
    }

    /// Snippets are shown in one table cell: every run of whitespace becomes one space.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
