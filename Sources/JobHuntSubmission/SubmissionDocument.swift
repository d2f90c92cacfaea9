// A generated document on its way out: which `generated_content` row, the
// file's bytes and their SHA-256, and whether the person approved it.
import Foundation

/// A résumé or cover letter as it will be sent.
package struct SubmissionDocument: Sendable, Equatable, Encodable {
    package enum Kind: String, Sendable, Codable, CaseIterable {
        case resume
        case coverLetter = "cover_letter"

        /// How messages and file names call it.
        package var label: String { self == .resume ? "résumé" : "cover letter" }
    }

    /// `generated_content.id`.
    package var id: UUID
    package var kind: Kind
    /// `generated_content.file_url` as stored (`s3://…` or `file://…`).
    package var fileURL: String?
    /// The name the employer sees: `Resume - Ada Lovelace.pdf`.
    package var filename: String
    package var mediaType: String
    package var data: Data
    /// Lower-case hex SHA-256 of `data`, recorded with the submission.
    package var sha256: String
    /// `generated_content.user_approved`.
    package var approved: Bool
    /// `generated_content.content_text`: a cover letter's text is the message body.
    package var text: String?

    package var isPDF: Bool { mediaType == "application/pdf" }

    enum CodingKeys: String, CodingKey {
        case id
        case kind = "content_type"
        case fileURL = "file_url"
        case filename
        case mediaType = "media_type"
        case bytes, sha256
        case approved
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id.uuidString.lowercased(), forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(fileURL, forKey: .fileURL)
        try c.encode(filename, forKey: .filename)
        try c.encode(mediaType, forKey: .mediaType)
        try c.encode(data.count, forKey: .bytes)
        try c.encode(sha256, forKey: .sha256)
        try c.encode(approved, forKey: .approved)
    }
}
