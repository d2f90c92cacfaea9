// What `scripts/eval apply` measured, per person and posting, and its means.
import Foundation

/// One row per (person, posting); `--json` prints it as is.
package struct ApplyEvaluationReport: Sendable, Encodable {
    package struct Row: Sendable, Encodable {
        package var profile: String
        package var posting: String
        /// Share of the posting's required skills the résumé names.
        package var requiredCoverage: Double?
        package var requiredCoverageUntailored: Double?
        /// Share of its required and preferred skills.
        package var skillCoverage: Double?
        package var skillCoverageUntailored: Double?
        /// Share of the first five listed skills that are required skills the person has.
        package var leadingSkills: Double?
        package var leadingSkillsUntailored: Double?
        /// Claims the profile does not support, in the drafts and the rendered Markdown.
        package var inventedClaims: Int
        /// Printed pages of the résumé, nil when no printer ran.
        package var pages: Int?
        package var experiencesKept: Int
        /// The unsupported claims themselves, to trace a non-zero count.
        package var claims: [String]

        enum CodingKeys: String, CodingKey {
            case profile, posting, pages, claims
            case requiredCoverage = "required_coverage"
            case requiredCoverageUntailored = "required_coverage_untailored"
            case skillCoverage = "skill_coverage"
            case skillCoverageUntailored = "skill_coverage_untailored"
            case inventedClaims = "invented_claims"
            case experiencesKept = "experiences_kept"
            case leadingSkills = "leading_skills"
            case leadingSkillsUntailored = "leading_skills_untailored"
        }
    }

    package var set: String
    package var rows: [Row]

    /// The mean of a measure over the rows that have it.
    package func mean(_ value: (Row) -> Double?) -> Double? {
        let values = rows.compactMap(value)
        return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    package var inventedClaims: Int { rows.map(\.inventedClaims).reduce(0, +) }

    enum CodingKeys: String, CodingKey { case set, rows, means }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(set, forKey: .set)
        try c.encode(rows, forKey: .rows)
        try c.encode(
            [
                "required_coverage": mean(\.requiredCoverage),
                "required_coverage_untailored": mean(\.requiredCoverageUntailored),
                "skill_coverage": mean(\.skillCoverage), "skill_coverage_untailored": mean(\.skillCoverageUntailored),
                "leading_skills": mean(\.leadingSkills), "leading_skills_untailored": mean(\.leadingSkillsUntailored),
                "invented_claims": Double(inventedClaims), "max_pages": rows.compactMap(\.pages).max().map(Double.init),
            ], forKey: .means)
    }
}
