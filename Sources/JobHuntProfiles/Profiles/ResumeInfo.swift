// What jobhunt knows about a person's stored resume: where the file is, what it
// is, and the text read out of it.
import Foundation
import JobHuntKernel

/// The stored resume, as `profile resume --json` writes it (without the text,
/// which `--show` prints).
package struct ResumeInfo: Sendable, Equatable, Codable {
    /// `user_profiles.resume_file_url`: `s3://bucket/users/<id>/resume/<name>` or a `file://` URL.
    package var url: String?
    /// Bytes of the stored file; nil when no file is stored.
    package var size: Int64?
    package var type: ResumeFileType?
    /// Characters of `resume_text`; 0 for a scanned PDF with no text layer.
    package var characters: Int
    /// `user_profiles.resume_text`.
    package var text: String

    enum CodingKeys: String, CodingKey {
        case url = "resume_file_url"
        case size, type, characters
    }

    package init(url: String?, size: Int64?, type: ResumeFileType?, text: String) {
        self.url = url
        self.size = size
        self.type = type
        self.characters = text.count
        self.text = text
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        url = try container.decodeIfPresent(String.self, forKey: .url)
        size = try container.decodeIfPresent(Int64.self, forKey: .size)
        type = try container.decodeIfPresent(ResumeFileType.self, forKey: .type)
        characters = try container.decode(Int.self, forKey: .characters)
        text = ""
    }

    /// Keeps null fields, so every key is always present.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(url, forKey: .url)
        try container.encode(size, forKey: .size)
        try container.encode(type, forKey: .type)
        try container.encode(characters, forKey: .characters)
    }
}
