// One row of `generated_content`, as `apply show --json` and `apply list
// --json` write it: the seed's columns under their own names, the metadata
// as the JSON object it is.
import Foundation

/// A generated document as stored.
package struct GeneratedDocument: Sendable, Equatable, Encodable {
    package var id: UUID
    package var applicationID: UUID
    package var kind: DocumentKind
    /// The Markdown: what `apply show` prints and `apply edit` opens.
    package var contentText: String
    /// The location of the document's fullest file: PDF, else HTML, else Markdown.
    package var fileURL: String?
    package var generationPrompt: String?
    package var modelUsed: String?
    package var metadata: StoredGeneration
    package var userApproved: Bool
    package var userEdited: Bool
    package var createdAt: Date

    enum CodingKeys: String, CodingKey {
        case id
        case applicationID = "application_id"
        case kind = "content_type"
        case contentText = "content_text"
        case fileURL = "file_url"
        case generationPrompt = "generation_prompt"
        case modelUsed = "model_used"
        case metadata = "generation_metadata"
        case userApproved = "user_approved"
        case userEdited = "user_edited"
        case createdAt = "created_at"
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id.uuidString.lowercased(), forKey: .id)
        try c.encode(applicationID.uuidString.lowercased(), forKey: .applicationID)
        try c.encode(kind, forKey: .kind)
        try c.encode(contentText, forKey: .contentText)
        try c.encode(fileURL, forKey: .fileURL)
        try c.encode(generationPrompt, forKey: .generationPrompt)
        try c.encode(modelUsed, forKey: .modelUsed)
        try c.encode(metadata, forKey: .metadata)
        try c.encode(userApproved, forKey: .userApproved)
        try c.encode(userEdited, forKey: .userEdited)
        try c.encode(createdAt, forKey: .createdAt)
    }
}

/// `generation_metadata`: how the drafts were made, the coverage report,
/// which jobs were kept, and where each format of this document is stored.
package struct StoredGeneration: Sendable, Equatable, Codable {
    package var generation: GenerationMetadata
    package var coverage: CoverageReport
    /// Ids of the experiences kept, most relevant first, with their scores.
    package var kept: [KeptExperience]
    /// Format → object store location (`file:///…`, `s3://bucket/key`).
    package var files: [String: String]
    /// Template files read from the templates directory instead of the built-in ones.
    package var templatesOverridden: [String]
    package var postingID: String

    enum CodingKeys: String, CodingKey {
        case generation, coverage, kept, files
        case templatesOverridden = "templates_overridden"
        case postingID = "posting_id"
    }

    /// The stored formats, md before html before pdf.
    package var formats: [DocumentFormat] { files.keys.compactMap(DocumentFormat.init).sorted() }
}

/// An experience the page budget kept, and its relevance score.
package struct KeptExperience: Sendable, Equatable, Codable {
    package var id: String
    package var company: String
    package var title: String
    package var score: Double
}
