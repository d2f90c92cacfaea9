// What a person gives to add a job to their history, or to change one: the
// same fields, all required for a new job, each optional for an edit.
import Foundation
import JobHuntKernel

/// A job to add. Give `endDate` for a past job or `isCurrent` for the one
/// you hold now, not both.
package struct NewExperience: Sendable, Equatable {
    package var companyName: String
    package var jobTitle: String
    package var startDate: CalendarDate
    package var endDate: CalendarDate?
    package var isCurrent: Bool
    package var description: String?
    package var achievements: [String]
    /// Known names are stored in their canonical spelling ("k8s" → "Kubernetes").
    package var technologies: [String]

    package init(
        companyName: String, jobTitle: String, startDate: CalendarDate, endDate: CalendarDate? = nil,
        isCurrent: Bool = false, description: String? = nil, achievements: [String] = [], technologies: [String] = []
    ) {
        self.companyName = companyName
        self.jobTitle = jobTitle
        self.startDate = startDate
        self.endDate = endDate
        self.isCurrent = isCurrent
        self.description = description
        self.achievements = achievements
        self.technologies = technologies
    }
}

/// A partial edit of a job; nil fields stay as they are.
///
/// Ending a current job is one change: setting `endDate` without saying
/// `isCurrent` makes the job a past one, and `isCurrent = true` without an
/// `endDate` clears the end date. Lists are replaced whole.
package struct ExperienceChanges: Sendable, Equatable {
    package var companyName: String?
    package var jobTitle: String?
    package var startDate: CalendarDate?
    package var endDate: FieldUpdate<CalendarDate>?
    package var isCurrent: Bool?
    package var description: FieldUpdate<String>?
    package var achievements: FieldUpdate<[String]>?
    package var technologies: FieldUpdate<[String]>?

    package init() {}

    package var isEmpty: Bool { self == ExperienceChanges() }

    /// `experience` with these changes made (not yet checked).
    func applied(to experience: Experience) -> Experience {
        var result = experience
        if let companyName { result.companyName = companyName }
        if let jobTitle { result.jobTitle = jobTitle }
        if let startDate { result.startDate = startDate }
        if let endDate { result.endDate = endDate.value }
        if let isCurrent { result.isCurrent = isCurrent }
        if case .set? = endDate, isCurrent == nil { result.isCurrent = false }
        if isCurrent == true, endDate == nil { result.endDate = nil }
        if let description { result.description = description.value }
        if let achievements { result.achievements = achievements.value ?? [] }
        if let technologies { result.technologies = technologies.value ?? [] }
        return result
    }
}
