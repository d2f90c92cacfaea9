// The `work` and `volunteer` sections of a JSON Resume: positions held, paid or not.
import JobHuntKernel

extension JSONResume {
    /// One `work` entry; it becomes a row of `user_experiences`.
    ///
    /// `keywords` is not in schema v1.0.0 but is common in the wild (and in newer schema
    /// drafts); jobhunt reads it as the technologies used and writes it back.
    package struct Work: Codable, Sendable, Equatable {
        package var name: String?
        package var location: WorkLocation?
        package var description: String?
        package var position: String?
        package var url: String?
        package var startDate: String?
        package var endDate: String?
        package var summary: String?
        package var highlights: [String]?
        package var keywords: [String]?

        package init(
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
    package enum WorkLocation: Codable, Sendable, Equatable {
        case text(String)
        case place(Location)

        package init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) {
                self = .text(text)
            } else {
                self = .place(try container.decode(Location.self))
            }
        }

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let text): try container.encode(text)
            case .place(let place): try container.encode(place)
            }
        }
    }

    /// One `volunteer` entry. Not imported: jobhunt's work history is paid positions.
    package struct Volunteer: Codable, Sendable, Equatable {
        package var organization: String?
        package var position: String?
        package var url: String?
        package var startDate: String?
        package var endDate: String?
        package var summary: String?
        package var highlights: [String]?
    }
}
