// The eight parts of a match score, each 0…1, as `--json` reports them.
import JobHuntKernel

/// Why a posting scored what it did, part by part (see docs/matching.md).
///
/// Every component is in 0…1; unknown data is ``MatchCalibration/neutral``.
package struct MatchComponents: Sendable, Equatable, Codable {
    /// Cosine similarity of the profile and posting vectors, calibrated.
    package var semantic: Double
    /// Cosine similarity of the target vector (what the person says they
    /// want: current or target title, summary, a search's titles and keywords)
    /// and the posting vector, calibrated; the profile's cosine when the
    /// profile states no target.
    package var target: Double
    /// Required and preferred skills the profile has (required weigh more).
    package var skills: Double
    /// Profile titles (current, past, target) against the posting title.
    package var title: Double
    /// The posting's pay against the salary floor.
    package var salary: Double
    /// Place and work arrangement against the profile's.
    package var location: Double
    /// The posting's level against the profile's.
    package var seniority: Double
    /// How recently it was posted.
    package var recency: Double
    /// False when there is no skills evidence to compare: the posting names
    /// no taxonomy skill (none listed and none found in its text) or the
    /// profile has none. `skills` is then the neutral 0.5 for display and its
    /// weight is shared by the other components (``score(_:)``), as
    /// `semantic` and `target` drop out when no model is installed. A neutral
    /// 0.5 that counted ranked a posting that says nothing about skills above
    /// a real fit whose skills the person lacks half of — the trades and
    /// care postings the taxonomy does not list (issue 19, fresh and fresh2).
    /// Not part of the JSON: `skills` is reported as 0.5, as before.
    package var skillsKnown = true

    private enum CodingKeys: String, CodingKey {
        case semantic, target, skills, title, salary, location, seniority, recency
    }

    package init(
        semantic: Double, target: Double? = nil, skills: Double, title: Double, salary: Double, location: Double,
        seniority: Double, recency: Double
    ) {
        self.semantic = semantic
        self.target = target ?? semantic
        self.skills = skills
        self.title = title
        self.salary = salary
        self.location = location
        self.seniority = seniority
        self.recency = recency
    }

    /// The weighted mean under `weights`; 0 when every weight is 0. Without
    /// skills evidence (``skillsKnown``) the skills weight drops out.
    package func score(_ weights: MatchWeights) -> Double {
        let skillsWeight = skillsKnown ? weights.skills : 0
        let pairs: [(Double, Double)] = [
            (weights.semantic, semantic), (weights.target, target), (skillsWeight, skills), (weights.title, title),
            (weights.salary, salary),
            (weights.location, location), (weights.seniority, seniority), (weights.recency, recency),
        ]
        let total = pairs.reduce(0) { $0 + $1.0 }
        guard total > 0 else { return 0 }
        return pairs.reduce(0) { $0 + $1.0 * $1.1 } / total
    }

    /// Rounded to four places, so JSON stays readable and stable.
    var rounded: MatchComponents {
        var rounded = MatchComponents(
            semantic: semantic.rounded4, target: target.rounded4, skills: skills.rounded4, title: title.rounded4,
            salary: salary.rounded4,
            location: location.rounded4, seniority: seniority.rounded4, recency: recency.rounded4)
        rounded.skillsKnown = skillsKnown
        return rounded
    }
}

extension Double {
    var rounded4: Double { (self * 10_000).rounded() / 10_000 }

    /// Clamped to 0…1.
    var unit: Double { Swift.min(1, Swift.max(0, self)) }
}
