// The JSON Resume document (schema v1.0.0, https://jsonresume.org/schema) as Swift values.
import Foundation
import JobHuntKernel
import JobHuntSkills

/// A résumé in the JSON Resume format, the interchange jobhunt imports and exports.
///
/// Every field is optional because the schema requires none; keys the model does not know
/// are ignored when reading, never fatal (the schema sets `additionalProperties: true`).
/// Read documents with `JSONResume.read(_:)`, which turns decoding failures into
/// `JobHuntError` with a field path such as `work[2].startDate`.
package struct JSONResume: Codable, Sendable, Equatable {
    /// The schema URL the export writes so editors and validators know the format.
    package static let schemaURL = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"

    package var schema: String?
    package var basics: Basics?
    package var work: [Work]?
    package var volunteer: [Volunteer]?
    package var education: [Education]?
    package var awards: [Award]?
    package var certificates: [Certificate]?
    package var publications: [Publication]?
    package var skills: [Skill]?
    package var languages: [Language]?
    package var interests: [Interest]?
    package var references: [Reference]?
    package var projects: [Project]?
    package var meta: Meta?

    package init(
        schema: String? = nil, basics: Basics? = nil, work: [Work]? = nil, volunteer: [Volunteer]? = nil,
        education: [Education]? = nil, awards: [Award]? = nil, certificates: [Certificate]? = nil,
        publications: [Publication]? = nil, skills: [Skill]? = nil, languages: [Language]? = nil,
        interests: [Interest]? = nil, references: [Reference]? = nil, projects: [Project]? = nil, meta: Meta? = nil
    ) {
        self.schema = schema
        self.basics = basics
        self.work = work
        self.volunteer = volunteer
        self.education = education
        self.awards = awards
        self.certificates = certificates
        self.publications = publications
        self.skills = skills
        self.languages = languages
        self.interests = interests
        self.references = references
        self.projects = projects
        self.meta = meta
    }

    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case basics, work, volunteer, education, awards, certificates, publications, skills, languages
        case interests, references, projects, meta
    }

    /// `meta`: where the document lives and when it last changed.
    package struct Meta: Codable, Sendable, Equatable {
        package var canonical: String?
        package var version: String?
        package var lastModified: String?

        package init(canonical: String? = nil, version: String? = nil, lastModified: String? = nil) {
            self.canonical = canonical
            self.version = version
            self.lastModified = lastModified
        }
    }
}
