// `discover find`: full-text and semantic search over the stored postings,
// fused by rank, on either engine.
import Foundation
internal import JobHuntDatabase
import JobHuntDiscovery
import JobHuntKernel

/// Finds postings for free text, by the words it contains and by what it means.
///
/// The full-text half ranks by bm25 (SQLite FTS5) or ts_rank_cd (PostgreSQL
/// tsvector); the semantic half embeds the text and asks
/// ``PostingVectorSearch`` for the nearest postings; ``RankFusion`` merges
/// the two lists. Without an embedder the result is the full-text list alone.
/// Postings are shared data, so nothing here is filtered by user.
///
/// ```swift
/// let finder = PostingFinder(services: services, embedder: { try model.embed($0) })
/// let found = try finder.find(#"swift "core data" -intern"#, options: FindOptions(limit: 10))
/// ```
package struct PostingFinder {
    /// Computes one 384-float vector per text; injected so tests can use a
    /// deterministic function and the CLI can run without a model.

    let services: Services
    let embedder: (any Embedder)?

    package init(services: Services, embedder: (any Embedder)?) {
        self.services = services
        self.embedder = embedder
    }

    /// How many postings each half ranks before fusion: deeper than the
    /// limit, so a posting ranked modestly by both halves can still rise.
    static func depth(for limit: Int) -> Int { max(limit * 3, 100) }

    /// The best `options.limit` postings for `text`, best first.
    ///
    /// Throws ``JobHuntError`` when `text` has no word to search for, even with a
    /// model: an embedding of punctuation would rank postings at random.
    package func find(_ text: String, options: FindOptions = FindOptions()) throws -> [FoundPosting] {
        let query = FullTextQuery(parsing: text)
        guard !query.isEmpty else { throw JobHuntError.findNoSearchTerms }
        guard options.limit > 0 else { return [] }
        let db = try services.store.database()
        let scope = Self.excludingLevels(of: query, from: options.scope)
        let depth = Self.depth(for: options.limit)
        let textSearch = PostingTextSearches.forDatabase(db)
        let matches = try textSearch.search(query, limit: depth, scope: scope)
        var semantic: [PostingVectorHit] = []
        if let embedder {
            let vector = try embed(Self.meaning(of: text, query: query), embedder: embedder)
            // Exclusions hold for postings found by meaning too: `ruby -senior` lists no senior job.
            var semanticScope = scope
            if let exclusion = textSearch.excluding(query) {
                semanticScope = PostingScope(condition: "(\(sql: scope.condition)) AND \(sql: exclusion)")
            }
            semantic = try PostingVectorSearches.forDatabase(db).nearest(to: vector, limit: depth, scope: semanticScope)
                .filter { $0.similarity >= options.minimumSimilarity }
        }
        let fused = Array(RankFusion.fuse(text: matches, semantic: semantic).prefix(options.limit))
        return try details(of: fused, query: query, db: db)
    }

    /// `scope` less the postings at a level the query excludes by name (`-senior`, `-lead`):
    /// a senior job whose text never says "senior" ("Sr. Ruby Engineer", "Staff Engineer",
    /// both filed as senior) is still one the person ruled out.
    static func excludingLevels(of query: FullTextQuery, from scope: PostingScope) -> PostingScope {
        let levels = query.excluded.filter { !$0.isPhrase }.compactMap {
            ExperienceLevel(rawValue: $0.text.lowercased())
        }
        guard !levels.isEmpty else { return scope }
        let names = levels.map(\.rawValue)
        return PostingScope(
            condition:
                "(\(sql: scope.condition)) AND (p.experience_level IS NULL OR p.experience_level NOT IN \(list: names))"
        )
    }

    /// The text the semantic half embeds: as typed, unless it excludes
    /// something — an excluded word would pull the vector towards what the
    /// user does not want, so then only the included terms are embedded.
    static func meaning(of text: String, query: FullTextQuery) -> String {
        query.excluded.isEmpty ? text : query.included.map(\.text).joined(separator: " ")
    }

    private func embed(_ text: String, embedder: any Embedder) throws -> [Float] {
        let vectors: [[Float]]
        do {
            vectors = try embedder.embed([text])
        } catch {
            throw JobHuntError(
                .findEmbedderFailed, "the embedder failed: \(error.localizedDescription)",
                remedy: "check the model with \(.modelStatus)")
        }
        guard vectors.count == 1, let vector = vectors.first, vector.count == PostingIngestor.dimensions else {
            throw JobHuntError(
                .findEmbedderShape,
                "the embedder returned vectors of the wrong shape (expected \(PostingIngestor.dimensions) floats)",
                remedy: "install all-MiniLM-L6-v2 with \(.installModel(fromPyPI: false))")
        }
        return vector
    }
}
