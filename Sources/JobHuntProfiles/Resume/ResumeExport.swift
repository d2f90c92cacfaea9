// What the database side reads for `profile export`: the person's rows, shaped like the
// tables, ready to render as JSON Resume, as jobhunt's own JSON or as Markdown.
import Foundation
import JobHuntKernel

/// The stored profile of one person, to render in an export format.
///
/// The database side fills it from `users`, `user_profiles`, `user_experiences` and
/// `user_skills` (phone decrypted); rendering never touches the database.
package struct ResumeExport: Sendable, Equatable {
    package var user: ResumeUser
    package var profile: ResumeProfile
    package var experiences: [ResumeExperience]
    package var skills: [ResumeSkill]
    /// The latest `updated_at` of the rows, written to `meta.lastModified`.
    package var lastModified: Date?

    package init(
        user: ResumeUser, profile: ResumeProfile, experiences: [ResumeExperience], skills: [ResumeSkill],
        lastModified: Date? = nil
    ) {
        self.user = user
        self.profile = profile
        self.experiences = experiences
        self.skills = skills
        self.lastModified = lastModified
    }

    /// Renders one format; the bytes end with a newline.
    package func rendered(as format: ResumeExportFormat) -> Data {
        switch format {
        case .jsonResume: jsonResumeData()
        case .json: tableJSONData()
        case .markdown: Data(markdown().utf8)
        }
    }

    /// Positions most recent first, the order résumés use: current ones, then by start
    /// date descending, then by company so equal dates render the same way every time.
    var orderedExperiences: [ResumeExperience] {
        experiences.sorted { a, b in
            if a.isCurrent != b.isCurrent { return a.isCurrent }
            if a.startDate != b.startDate { return a.startDate > b.startDate }
            return (a.companyName, a.jobTitle) < (b.companyName, b.jobTitle)
        }
    }

    /// JSON with sorted keys, two-space indentation as JSONEncoder writes it, unescaped
    /// slashes (URLs stay readable) and a final newline.
    static func encode(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // The values are strings, numbers, booleans and arrays of them: encoding cannot fail.
        var data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        data.append(0x0A)
        return data
    }
}

/// The formats of `jobhunt profile export --format`.
package enum ResumeExportFormat: String, CaseIterable, Sendable {
    /// JSON Resume v1.0.0, for résumé themes and other tools.
    case jsonResume = "json-resume"
    /// jobhunt's rows keyed by the seed's column names, for scripts and backups.
    case json
    /// A readable résumé.
    case markdown
}
