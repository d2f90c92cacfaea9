// A saved search's levels read as a ladder: "lead" admits the rungs beside it,
// so a level written one way by the person and filed another way by the
// normaliser ("Chief Operating Officer" is executive) does not hide the job.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// The levels a saved search admits (docs/matching.md, "Levels").
///
/// Levels form a ladder, entry < mid < senior < lead < executive. A saved
/// search admits its stated levels, the levels **one step** above or below
/// any of them, and postings that state no level (as a posting without pay is
/// not hidden by a floor). Nothing else changes in the score: the `seniority`
/// component already ranks a posting by how far its level is from yours, so a
/// rung beside the stated ones ranks below a posting like it on a stated rung.
/// Two steps away stays out: a senior's search never shows entry-level jobs.
///
///     LevelLadder(["lead"]).admitted          // senior, lead, executive
///     LevelLadder(["senior", "lead"]).admitted // mid … executive
///     LevelLadder(["entry"]).admitted          // entry, mid
struct LevelLadder {
    /// The stated levels that are levels (the search stored them normalised).
    let stated: [ExperienceLevel]

    init(_ levels: [String]) {
        stated = levels.compactMap(ExperienceLevel.init(rawValue:))
    }

    /// The stated levels and their neighbours, in ladder order.
    var admitted: [ExperienceLevel] {
        ExperienceLevel.allCases.filter { level in stated.contains { abs($0.rank - level.rank) <= Self.reach } }
    }

    /// How many rungs either side of a stated level a saved search admits.
    static let reach = 1

    /// The SQL over `job_postings p`; nil when no stated value is a level.
    var condition: SQL? {
        guard !stated.isEmpty else { return nil }
        return "(p.experience_level IS NULL OR p.experience_level IN \(list: admitted.map(\.rawValue)))"
    }
}
