// The remaining JSON Resume sections. Skills, languages and certificates are imported;
// the others are read (and type-checked) so a document is accepted whole, then left out.

extension JSONResume {
    /// An `education` entry; read so the document is accepted whole, not imported (no table yet).
    public struct Education: Codable, Sendable, Equatable {
        public var institution: String?
        public var url: String?
        public var area: String?
        public var studyType: String?
        public var startDate: String?
        public var endDate: String?
        public var score: String?
        public var courses: [String]?
    }

    /// An `awards` entry; read, not imported.
    public struct Award: Codable, Sendable, Equatable {
        public var title: String?
        public var date: String?
        public var awarder: String?
        public var summary: String?
    }

    /// A certificate; its name becomes a skill of category `certification`.
    public struct Certificate: Codable, Sendable, Equatable {
        public var name: String?
        public var date: String?
        public var url: String?
        public var issuer: String?

        public init(name: String? = nil, date: String? = nil, url: String? = nil, issuer: String? = nil) {
            self.name = name
            self.date = date
            self.url = url
            self.issuer = issuer
        }
    }

    /// A `publications` entry; read, not imported.
    public struct Publication: Codable, Sendable, Equatable {
        public var name: String?
        public var publisher: String?
        public var releaseDate: String?
        public var url: String?
        public var summary: String?
    }

    /// A skill area with its level and keywords; each name and keyword becomes a skill.
    public struct Skill: Codable, Sendable, Equatable {
        public var name: String?
        public var level: String?
        public var keywords: [String]?

        public init(name: String? = nil, level: String? = nil, keywords: [String]? = nil) {
            self.name = name
            self.level = level
            self.keywords = keywords
        }
    }

    /// A spoken language; it becomes a skill of category `language`.
    public struct Language: Codable, Sendable, Equatable {
        public var language: String?
        public var fluency: String?

        public init(language: String? = nil, fluency: String? = nil) {
            self.language = language
            self.fluency = fluency
        }
    }

    /// An `interests` entry; read, not imported (hobbies are not skills).
    public struct Interest: Codable, Sendable, Equatable {
        public var name: String?
        public var keywords: [String]?
    }

    /// A `references` entry; read, not imported (other people's words and names).
    public struct Reference: Codable, Sendable, Equatable {
        public var name: String?
        public var reference: String?
    }

    /// A `projects` entry; read, not imported (no table; its keywords are not claimed skills).
    public struct Project: Codable, Sendable, Equatable {
        public var name: String?
        public var description: String?
        public var highlights: [String]?
        public var keywords: [String]?
        public var startDate: String?
        public var endDate: String?
        public var url: String?
        public var roles: [String]?
        public var entity: String?
        public var type: String?
    }
}
