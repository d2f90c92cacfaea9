// Writing a set of documents: the files into the object store under the
// application's folder, then the rows and the application's URLs in one
// transaction, then the formats no longer made are deleted. Files first: an
// object no row points to is harmless and the next run overwrites it; a row
// pointing at no object would not be.
import Foundation
import JobHuntApplications
internal import JobHuntDatabase
import JobHuntIO
import JobHuntKernel

extension DocumentService {
    /// `users/<user>/applications/<application>/<stem>.<format>`.
    package static func key(user: UUID, application: UUID, kind: DocumentKind, format: DocumentFormat) -> String {
        ObjectKey.user(user, "applications/\(application.uuidString.lowercased())/\(kind.fileStem).\(format.rawValue)")
    }

    /// Stores `built` for `application`, replacing the documents in `old`.
    func store(
        _ built: BuiltDocuments, application: Application, replacing old: [GeneratedDocument], user: ActingUser
    ) throws -> [GeneratedDocument] {
        let objects = try services.objectStore()
        let now = services.now()
        let userID = user.user.id
        var documents: [GeneratedDocument] = []
        for kind in DocumentKind.allCases {
            var files: [String: String] = [:]
            for (format, bytes) in (built.files[kind] ?? [:]).sorted(by: { $0.key < $1.key }) {
                let key = Self.key(user: userID, application: application.id, kind: kind, format: format)
                try objects.put(Data(bytes), key: key, options: PutOptions(contentType: format.contentType))
                files[format.rawValue] = try objects.location(of: key).description
            }
            let metadata = StoredGeneration(
                generation: built.drafts.metadata, coverage: built.input.material.coverage, kept: built.kept,
                files: files, templatesOverridden: renderer.templates.overridden, postingID: built.input.posting.id)
            documents.append(
                GeneratedDocument(
                    id: UUID(), applicationID: application.id, kind: kind, contentText: built.markdown[kind] ?? "",
                    fileURL: Self.fullest(files), generationPrompt: built.drafts.metadata.prompt,
                    modelUsed: String(
                        (built.drafts.metadata.model ?? built.drafts.metadata.generator.rawValue).prefix(50)),
                    metadata: metadata, userApproved: false, userEdited: false, createdAt: now))
        }
        let db = try services.store.database()
        try db.writeTransaction { db in
            try DocumentRows.delete(applicationID: application.id, db: db)
            for document in documents { try DocumentRows.insert(document, db: db) }
            try DocumentRows.setURLs(
                applicationID: application.id, userID: userID,
                resume: documents.first { $0.kind == .resume }?.fileURL,
                coverLetter: documents.first { $0.kind == .coverLetter }?.fileURL, now: now, db: db)
        }
        // Only after the commit: deleted before it, a failed transaction would leave the
        // old rows naming objects that are gone. A file left behind here stays in the
        // application's folder, harmless, and goes with the application.
        do { try removeStale(old, keeping: documents, objects: objects, user: userID) } catch {
            services.warn("an old document file could not be deleted: \(error.localizedDescription)")
        }
        return documents
    }

    /// Deletes the objects of formats the old documents had and the new ones do not.
    func removeStale(
        _ old: [GeneratedDocument], keeping new: [GeneratedDocument], objects: any ObjectStore, user: UUID
    ) throws {
        for document in old {
            let kept = new.first { $0.kind == document.kind }.map { Set($0.metadata.formats) } ?? []
            for format in document.metadata.formats where !kept.contains(format) {
                try objects.delete(
                    key: Self.key(user: user, application: document.applicationID, kind: document.kind, format: format))
            }
        }
    }

    /// PDF, else HTML, else Markdown: what `file_url` and the application's URLs point at.
    static func fullest(_ files: [String: String]) -> String? {
        files[DocumentFormat.pdf.rawValue] ?? files[DocumentFormat.html.rawValue] ?? files[DocumentFormat.md.rawValue]
    }
}
