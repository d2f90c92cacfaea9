// The closed vocabularies of job_postings: experience_level, employment_type
// and work_arrangement, spelled as the seed's comments spell them.

/// `job_postings.experience_level`.
package enum ExperienceLevel: String, Sendable, CaseIterable, Comparable {
    case entry, mid, senior, lead, executive

    /// Seniority order, so the highest signal in a title wins ("Senior Associate" is senior).
    package var rank: Int {
        switch self {
        case .entry: 0
        case .mid: 1
        case .senior: 2
        case .lead: 3
        case .executive: 4
        }
    }

    package static func < (lhs: ExperienceLevel, rhs: ExperienceLevel) -> Bool { lhs.rank < rhs.rank }
}

/// `job_postings.employment_type`.
package enum EmploymentType: String, Sendable, CaseIterable {
    case fullTime = "full-time"
    case partTime = "part-time"
    case contract
    case internship
}

/// `job_postings.work_arrangement`.
package enum WorkArrangement: String, Sendable, CaseIterable {
    case remote, hybrid, onsite
}
