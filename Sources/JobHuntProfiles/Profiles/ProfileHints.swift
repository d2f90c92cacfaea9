// The commands the profile's errors (and the features above it) point to;
// the CLI spells them (RemedyText).
import JobHuntKernel

extension CommandHint {
    /// List the work experiences and their ids.
    package static let listExperiences = CommandHint("listExperiences")
    /// Clear one profile field (`phone`).
    package static func clearProfileField(_ field: String) -> CommandHint {
        CommandHint("clearProfileField", ["field": field])
    }
    /// List the skills on the profile.
    package static let listSkills = CommandHint("listSkills")
    /// Store a résumé file.
    package static let storeResume = CommandHint("storeResume")
    /// Import a profile, work history and skills from a JSON Resume.
    package static let importProfile = CommandHint("importProfile")
    /// Add a job to the work history.
    package static let addExperience = CommandHint("addExperience")
}
