import JobHuntKernel
// The remaining JSON Resume sections. Skills, languages and certificates are imported;
// the others are read (and type-checked) so a document is accepted whole, then left out.
import JobHuntSkills

extension JSONResume {
    /// An `education` entry; read so the document is accepted whole, not imported (no table yet).
    package struct Education: Codable, Sendable, Equatable {
        package var institution: String?
        package var url: String?
        package var area: String?
        package var studyType: String?
        package var startDate: String?
        package var endDate: String?
        package var score: String?
        package var courses: [String]?
    }

    /// An `awards` entry; read, not imported.
    package struct Award: Codable, Sendable, Equatable {
        package var title: String?
        package var date: String?
        package var awarder: String?
        package var summary: String?
    }

    /// A certificate; its name becomes a skill of category `certification`.
    package struct Certificate: Codable, Sendable, Equatable {
        package var name: String?
        package var date: String?
        package var url: String?
        package var issuer: String?

        package init(name: String? = nil, date: String? = nil, url: String? = nil, issuer: String? = nil) {
            self.name = name
            self.date = date
            self.url = url
            self.issuer = issuer
        }
    }

    /// A `publications` entry; read, not imported.
    package struct Publication: Codable, Sendable, Equatable {
        package var name: String?
        package var publisher: String?
        package var releaseDate: String?
        package var url: String?
        package var summary: String?
    }

    /// A skill area with its level and keywords; each name and keyword becomes a skill.
    package struct Skill: Codable, Sendable, Equatable {
        package var name: String?
        package var level: String?
        package var keywords: [String]?

        package init(name: String? = nil, level: String? = nil, keywords: [String]? = nil) {
            self.name = name
            self.level = level
            self.keywords = keywords
        }
    }

    /// A spoken language; it becomes a skill of category `language`.
    package struct Language: Codable, Sendable, Equatable {
        package var language: String?
        package var fluency: String?

        package init(language: String? = nil, fluency: String? = nil) {
            self.language = language
            self.fluency = fluency
        }
    }

    /// An `interests` entry; read, not imported (hobbies are not skills).
    package struct Interest: Codable, Sendable, Equatable {
        package var name: String?
        package var keywords: [String]?
    }

    /// A `references` entry; read, not imported (other people's words and names).
    package struct Reference: Codable, Sendable, Equatable {
        package var name: String?
        package var reference: String?
    }

    /// A `projects` entry; read, not imported (no table; its keywords are not claimed skills).
    package struct Project: Codable, Sendable, Equatable {
        package var name: String?
        package var description: String?
        package var highlights: [String]?
        package var keywords: [String]?
        package var startDate: String?
        package var endDate: String?
        package var url: String?
        package var roles: [String]?
        package var entity: String?
        package var type: String?
    }
}
