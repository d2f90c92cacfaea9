// What the postings nearest a person's aim say about the components read
// from the person: the pay such work reaches (a floor for someone who set
// none) and whether the skills component can read their field at all.
import JobHuntDiscovery
import JobHuntKernel

/// The candidates closest to the target vector (what the person says they
/// want), scored: the evidence two components lack when the profile is thin.
///
/// Why (issue 19, ranking4; docs/evaluation.md): from the résumé alone the
/// hybrid fell below plain cosine for people whose top ten held postings
/// *paying under their floor* (a floor they had not set, so every ranking
/// was blind to it) and for people whose field the skills taxonomy does not
/// list (a baker's HACCP, a plumber's pipework: every posting nearest their
/// aim scored `skills` 0, a confident and wrong verdict). Both are read here
/// from the same few postings, so neither needs anything the person did not
/// give.
struct AimPeers {
    /// The ``MatchCalibration/aimPeerCount`` candidates nearest the target
    /// vector (the profile vector when there is no target), nearest first.
    let candidates: [MatchCandidate]

    init(_ candidates: [MatchCandidate]) {
        let near = candidates.compactMap { candidate in
            (candidate.targetSimilarity ?? candidate.similarity).map { (candidate, $0) }
        }
        self.candidates = near.sorted { left, right in
            if left.1 != right.1 { return left.1 > right.1 }
            return left.0.posting.id.uuidString < right.0.posting.id.uuidString
        }.prefix(MatchCalibration.aimPeerCount).map(\.0)
    }

    /// The floor for someone who set none: the median of the top of the pay
    /// ranges of the peers that state pay in `currency` (in the most common
    /// currency among them when `currency` is nil). A posting paying under
    /// what such work reaches is the one a person who did set a floor would
    /// have found under it. Nil with fewer than
    /// ``MatchCalibration/aimPeerMinimumPaid`` such peers: too little to say.
    func impliedFloor(currency: String?) -> Int? {
        let paid = candidates.map(\.posting).filter { ($0.salaryMax ?? $0.salaryMin) != nil }
        let wanted = currency ?? Self.mostCommon(paid.compactMap(\.salaryCurrency))
        let tops = paid.filter { wanted == nil || $0.salaryCurrency == wanted }
            .compactMap { $0.salaryMax ?? $0.salaryMin }.sorted()
        guard tops.count >= MatchCalibration.aimPeerMinimumPaid else { return nil }
        let middle = tops.count / 2
        return tops.count.isMultiple(of: 2) ? (tops[middle - 1] + tops[middle]) / 2 : tops[middle]
    }

    /// How far the skills component can be trusted for this person, 0…1: the
    /// mean `skills` of the peers that have skills evidence, over
    /// ``MatchCalibration/skillsTrustedAt``. When the postings nearest what
    /// the person wants all score 0, their field's skills are ones the
    /// taxonomy does not list (or spells differently), and the component
    /// would rank by the few generic skills it does read. 1 when no peer has
    /// evidence (the component drops out per posting anyway).
    static func skillsConfidence(_ peers: [MatchComponents]) -> Double {
        let known = peers.filter(\.skillsKnown).map(\.skills)
        guard !known.isEmpty else { return 1 }
        let mean = known.reduce(0, +) / Double(known.count)
        return min(1, mean / MatchCalibration.skillsTrustedAt)
    }

    static func mostCommon(_ values: [String]) -> String? {
        var counts: [String: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        return counts.max { left, right in
            left.value != right.value ? left.value < right.value : left.key > right.key
        }?.key
    }
}
