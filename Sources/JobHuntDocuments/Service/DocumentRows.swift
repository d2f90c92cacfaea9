// The `generated_content` statements, on a database the caller holds (in a
// transaction for writes). Every read joins `applications` to filter by the
// acting user's id: a document is only ever reached through its owner.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

enum DocumentRows {
    static let columns: SQL = """
        g.id, g.application_id, g.content_type, g.content_text, g.file_url, g.generation_prompt, g.model_used, \
        g.generation_metadata, g.user_approved, g.user_edited, g.created_at
        """

    /// The application's documents, résumé first.
    static func documents(of applicationID: UUID, userID: UUID, db: Database) throws -> [GeneratedDocument] {
        try db.query(
            """
            SELECT \(sql: columns) FROM generated_content g JOIN applications a ON a.id = g.application_id
            WHERE g.application_id = \(applicationID) AND a.user_id = \(userID)
            ORDER BY g.created_at, g.id
            """
        ).map(document).sorted { rank($0.kind) < rank($1.kind) }
    }

    /// Every document of the user's applications.
    static func all(userID: UUID, db: Database) throws -> [GeneratedDocument] {
        try db.query(
            """
            SELECT \(sql: columns) FROM generated_content g JOIN applications a ON a.id = g.application_id
            WHERE a.user_id = \(userID) ORDER BY g.created_at DESC, g.id
            """
        ).map(document)
    }

    static func insert(_ document: GeneratedDocument, db: Database) throws {
        let values: [(any DatabaseValueConvertible)?] = [
            document.id, document.applicationID, document.kind.rawValue, document.contentText, document.fileURL,
            document.generationPrompt, document.modelUsed, try JSONText(encoding: document.metadata),
            document.userApproved, document.userEdited, document.createdAt,
        ]
        try db.execute(
            """
            INSERT INTO generated_content (id, application_id, content_type, content_text, file_url, \
            generation_prompt, model_used, generation_metadata, user_approved, user_edited, created_at) \
            VALUES \(list: values)
            """)
    }

    /// Deletes the application's documents (the caller checked ownership).
    static func delete(applicationID: UUID, db: Database) throws {
        try db.execute("DELETE FROM generated_content WHERE application_id = \(applicationID)")
    }

    /// Writes the edited text, the new file locations and the flags.
    static func update(_ document: GeneratedDocument, db: Database) throws {
        try db.execute(
            """
            UPDATE generated_content SET content_text = \(document.contentText), file_url = \(document.fileURL),
            generation_metadata = \(try JSONText(encoding: document.metadata)),
            user_approved = \(document.userApproved), user_edited = \(document.userEdited)
            WHERE id = \(document.id) AND application_id = \(document.applicationID)
            """)
    }

    /// The application's résumé and cover letter locations.
    static func setURLs(
        applicationID: UUID, userID: UUID, resume: String?, coverLetter: String?, now: Date, db: Database
    )
        throws
    {
        try db.execute(
            """
            UPDATE applications SET tailored_resume_url = \(resume), cover_letter_url = \(coverLetter),
            updated_at = \(now) WHERE id = \(applicationID) AND user_id = \(userID)
            """)
    }

    /// One of the application's two document URLs, after an edit.
    static func setURL(_ kind: DocumentKind, url: String?, applicationID: UUID, userID: UUID, db: Database) throws {
        let column: SQL = kind == .resume ? "tailored_resume_url" : "cover_letter_url"
        try db.execute(
            "UPDATE applications SET \(sql: column) = \(url) WHERE id = \(applicationID) AND user_id = \(userID)")
    }

    static func rank(_ kind: DocumentKind) -> Int { DocumentKind.allCases.firstIndex(of: kind) ?? 0 }

    static func document(_ row: Row) throws -> GeneratedDocument {
        let type: String = try row.get("content_type")
        let json: JSONText? = try row.optional("generation_metadata")
        guard let kind = DocumentKind(rawValue: type), let json,
            let metadata = try? JSONDecoder().decode(StoredGeneration.self, from: Data(json.text.utf8))
        else {
            throw JobHuntError.documentUnreadable(try row.get("id", as: UUID.self))
        }
        return GeneratedDocument(
            id: try row.get("id"), applicationID: try row.get("application_id"), kind: kind,
            contentText: try row.optional("content_text") ?? "", fileURL: try row.optional("file_url"),
            generationPrompt: try row.optional("generation_prompt"), modelUsed: try row.optional("model_used"),
            metadata: metadata, userApproved: try row.optional("user_approved") ?? false,
            userEdited: try row.optional("user_edited") ?? false,
            createdAt: try row.optional("created_at") ?? Date(timeIntervalSince1970: 0))
    }
}
