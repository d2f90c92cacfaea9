// One result of `discover find`: enough of the posting to recognise and open
// it, its fused score, and where that score came from.
import Foundation
import JobHuntKernel

/// A posting found by ``PostingFinder``, with its provenance.
///
/// JSON keys: `rank`, `id`, `title`, `company_name`, `location`,
/// `source_platform`, `external_id`, `source_url`, `score`, `text_rank`,
/// `semantic_rank`, `similarity`, `snippet` (absent values are `null`).
package struct FoundPosting: Sendable, Equatable, Encodable {
    /// 1-based place in the fused list.
    package var rank: Int
    package var id: UUID
    package var title: String
    package var companyName: String?
    /// "city, state, country", the parts that are known.
    package var location: String?
    package var sourcePlatform: String
    package var externalID: String?
    package var sourceURL: String
    /// The reciprocal-rank-fusion score (see ``RankFusion``).
    package var score: Double
    /// Place in the full-text list (bm25 / ts_rank_cd), nil when the words did not match.
    package var textRank: Int?
    /// Place in the semantic list, nil without a model or an embedding.
    package var semanticRank: Int?
    /// Cosine similarity to the query text, when the semantic list has the posting.
    package var similarity: Float?
    /// A passage of the description, matched terms in `[`…`]`.
    package var snippet: String

    enum CodingKeys: String, CodingKey {
        case rank, id, title
        case companyName = "company_name"
        case location
        case sourcePlatform = "source_platform"
        case externalID = "external_id"
        case sourceURL = "source_url"
        case score
        case textRank = "text_rank"
        case semanticRank = "semantic_rank"
        case similarity, snippet
    }

    /// Lower-case id; null fields kept so every object has every key.
    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rank, forKey: .rank)
        try c.encode(id.uuidString.lowercased(), forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(companyName, forKey: .companyName)
        try c.encode(location, forKey: .location)
        try c.encode(sourcePlatform, forKey: .sourcePlatform)
        try c.encode(externalID, forKey: .externalID)
        try c.encode(sourceURL, forKey: .sourceURL)
        try c.encode(score, forKey: .score)
        try c.encode(textRank, forKey: .textRank)
        try c.encode(semanticRank, forKey: .semanticRank)
        try c.encode(similarity, forKey: .similarity)
        try c.encode(snippet, forKey: .snippet)
    }
}
