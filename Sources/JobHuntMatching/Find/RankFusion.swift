// Reciprocal rank fusion: one ranking from the full-text and the semantic
// lists, using only each posting's rank in each list, never their scores.
import Foundation
import JobHuntKernel

/// One fused result and where it came from.
struct FusedHit: Equatable {
    var id: UUID
    /// Σ 1 / (k + rank) over the lists the posting appears in.
    var score: Double
    /// 1-based position in the full-text list, nil when absent.
    var textRank: Int?
    /// 1-based position in the semantic list, nil when absent.
    var semanticRank: Int?
    /// Cosine similarity to the query, when the semantic list has the posting.
    var similarity: Float?
}

/// bm25 and cosine similarity live on unrelated scales, so they are not
/// added; RRF (Cormack, Clarke and Büttcher, SIGIR 2009) adds 1 / (k + rank)
/// instead, which rewards postings both lists rank well without tuning.
enum RankFusion {
    /// The constant of the original paper: large enough that the first few
    /// places of one list do not drown out agreement between the two.
    static let k = 60.0

    /// Best first. Ties (equal score) go to the better single rank, then to
    /// the better full-text rank (an exact word match is the safer bet), then
    /// by id, so the order is deterministic.
    static func fuse(text: [UUID], semantic: [PostingVectorHit]) -> [FusedHit] {
        var hits: [UUID: FusedHit] = [:]
        for (offset, id) in text.enumerated() where hits[id] == nil {
            hits[id] = FusedHit(id: id, score: 1 / (k + Double(offset + 1)), textRank: offset + 1)
        }
        for (offset, hit) in semantic.enumerated() {
            var fused = hits[hit.id] ?? FusedHit(id: hit.id, score: 0)
            guard fused.semanticRank == nil else { continue }
            fused.score += 1 / (k + Double(offset + 1))
            fused.semanticRank = offset + 1
            fused.similarity = hit.similarity
            hits[hit.id] = fused
        }
        return hits.values.sorted(by: precedes)
    }

    private static func precedes(_ a: FusedHit, _ b: FusedHit) -> Bool {
        if a.score != b.score { return a.score > b.score }
        let bestA = min(a.textRank ?? .max, a.semanticRank ?? .max)
        let bestB = min(b.textRank ?? .max, b.semanticRank ?? .max)
        if bestA != bestB { return bestA < bestB }
        if a.textRank != b.textRank { return (a.textRank ?? .max) < (b.textRank ?? .max) }
        return a.id.uuidString < b.id.uuidString
    }
}
