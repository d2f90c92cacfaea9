// The `work` and `volunteer` sections of a JSON Resume: positions held, paid or not.

extension JSONResume {
    /// One `work` entry; it becomes a row of `user_experiences`.
    ///
    /// `keywords` is not in schema v1.0.0 but is common in the wild (and in newer schema
    /// drafts); jobhunt reads it as the technologies used and writes it back.
    public struct Work: Codable, Sendable, Equatable {
        public var name: String?
        public var location: WorkLocation?
        public var description: String?
        public var position: String?
        public var url: String?
        public var startDate: String?
        public var endDate: String?
        public var summary: String?
        public var highlights: [String]?
        public var keywords: [String]?

        public init(
            name: String? = nil, location: WorkLocation? = nil, description: String? = nil,
            position: String? = nil, url: String? = nil, startDate: String? = nil, endDate: String? = nil,
            summary: String? = nil, highlights: [String]? = nil, keywords: [String]? = nil
        ) {
            self.name = name
            self.location = location
            self.description = description
            self.position = position
            self.url = url
            self.startDate = startDate
            self.endDate = endDate
            self.summary = summary
            self.highlights = highlights
            self.keywords = keywords
        }
    }

    /// `work[].location`: a string in schema v1.0.0 ("Palo Alto, CA"), an object in the newer
    /// schema of the jsonresume.org monorepo. Both are accepted so either vintage imports.
    public enum WorkLocation: Codable, Sendable, Equatable {
        case text(String)
        case place(Location)

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) {
                self = .text(text)
            } else {
                self = .place(try container.decode(Location.self))
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let text): try container.encode(text)
            case .place(let place): try container.encode(place)
            }
        }
    }

    /// One `volunteer` entry. Not imported: jobhunt's work history is paid positions.
    public struct Volunteer: Codable, Sendable, Equatable {
        public var organization: String?
        public var position: String?
        public var url: String?
        public var startDate: String?
        public var endDate: String?
        public var summary: String?
        public var highlights: [String]?
    }
}
