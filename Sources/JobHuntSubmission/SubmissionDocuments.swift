// The documents an application sends: the newest résumé and cover letter in
// `generated_content`, their files read from the object store. Read by SQL
// and the object store directly, not through the documents feature, so
// submission depends only on what is stored.
import Foundation
internal import JobHuntDatabase
import JobHuntIO
import JobHuntKernel

/// Loads an application's documents for sending.
struct SubmissionDocuments {
    let services: Services

    /// The newest row of each kind with its file, the acting user's only.
    /// A document whose file is not a PDF is replaced by a PDF stored next
    /// to it under the same name when there is one, else sent as it is,
    /// with a warning.
    func load(applicationID: UUID, userID: UUID, ownerName: String, db: Database) throws -> (
        [SubmissionDocument], warnings: [String]
    ) {
        let rows = try db.query(
            """
            SELECT g.id, g.content_type, g.content_text, g.file_url, g.user_approved
            FROM generated_content g JOIN applications a ON a.id = g.application_id
            WHERE g.application_id = \(applicationID) AND a.user_id = \(userID)
              AND g.content_type IN \(list: SubmissionDocument.Kind.allCases.map(\.rawValue))
            ORDER BY g.created_at DESC, g.id DESC
            """)
        var documents: [SubmissionDocument] = []
        var warnings: [String] = []
        for row in rows {
            guard let kind = SubmissionDocument.Kind(rawValue: try row.get("content_type", as: String.self)),
                !documents.contains(where: { $0.kind == kind })
            else { continue }
            let id: UUID = try row.get("id")
            let text: String? = try row.optional("content_text")
            let fileURL: String? = try row.optional("file_url")
            let approved = try row.optional("user_approved", as: Bool.self) ?? false
            let (data, mediaType, extensionName, stored) = try file(fileURL, text: text, userID: userID, kind: kind)
            if mediaType != "application/pdf" {
                warnings.append(
                    "the \(kind.label) goes as \(extensionName.uppercased()): no PDF of it is stored (\(stored ?? "text only"))"
                )
            }
            documents.append(
                SubmissionDocument(
                    id: id, kind: kind, fileURL: stored,
                    filename: Self.filename(kind, owner: ownerName, extension: extensionName),
                    mediaType: mediaType, data: data, sha256: Hashing.hex(Hashing.sha256(data)), approved: approved,
                    text: text))
        }
        return (documents.sorted { $0.kind == .resume && $1.kind != .resume }, warnings)
    }

    /// The file's bytes, media type and extension, and the location they came from.
    private func file(_ fileURL: String?, text: String?, userID: UUID, kind: SubmissionDocument.Kind) throws -> (
        Data, String, String, String?
    ) {
        guard let fileURL, !fileURL.isEmpty else {
            guard let text, !text.isEmpty else {
                throw JobHuntError.submissionIncomplete(
                    kind.rawValue, "the \(kind.label) has neither a file nor text",
                    remedy: "generate it again with the apply commands")
            }
            return (Data(text.utf8), "text/plain; charset=utf-8", "txt", nil)
        }
        guard let key = Self.key(in: fileURL, userID: userID) else {
            throw JobHuntError.submissionIncomplete(
                kind.rawValue, "the \(kind.label)'s file \(fileURL) is not one of your stored files",
                remedy: "generate it again with the apply commands")
        }
        let store = try services.objectStore()
        let ext = (key as NSString).pathExtension.lowercased()
        if ext != "pdf" {
            let pdfKey = (key as NSString).deletingPathExtension + ".pdf"
            if (try? store.head(key: pdfKey)) != nil {
                let pdf = try store.get(key: pdfKey)
                return (pdf.data, "application/pdf", "pdf", try store.location(of: pdfKey).description)
            }
        }
        let object: StoredObject
        do {
            object = try store.get(key: key)
        } catch {
            throw JobHuntError.submissionIncomplete(
                kind.rawValue, "the \(kind.label)'s file cannot be read: \((error as any DescribedError).problem)",
                remedy: "generate it again with the apply commands")
        }
        return (object.data, Self.mediaType(ext), ext.isEmpty ? "txt" : ext, fileURL)
    }

    /// The object key inside a stored URL, only when it is under the user's own prefix.
    static func key(in url: String, userID: UUID) -> String? {
        let prefix = ObjectKey.userPrefix(userID)
        let decoded = url.hasPrefix("file://") ? (url.removingPercentEncoding ?? url) : url
        guard let range = decoded.range(of: prefix) else { return nil }
        let key = String(decoded[range.lowerBound...])
        return key.count > prefix.count && !key.contains("/../") ? key : nil
    }

    static func mediaType(_ ext: String) -> String {
        switch ext {
        case "pdf": "application/pdf"
        case "html", "htm": "text/html; charset=utf-8"
        case "md", "markdown": "text/markdown; charset=utf-8"
        case "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        default: "text/plain; charset=utf-8"
        }
    }

    /// `Resume - Ada Lovelace.pdf`, `Cover letter - Zoë Ørsted.pdf`.
    static func filename(_ kind: SubmissionDocument.Kind, owner: String, extension ext: String) -> String {
        let base = kind == .resume ? "Resume" : "Cover letter"
        let name = owner.filter { !"/\\:\"<>|?*".contains($0) }.trimmingCharacters(in: .whitespaces)
        return (name.isEmpty ? base : "\(base) - \(name)") + "." + ext
    }
}
