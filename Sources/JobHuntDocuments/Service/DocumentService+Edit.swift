// After generation: the person edits a document (its HTML and PDF follow),
// approves the set (submission will require it), and lists what they have.
import Foundation
import JobHuntApplications
internal import JobHuntDatabase
import JobHuntIO
import JobHuntKernel

extension DocumentService {
    /// Replaces one document's Markdown with `text`, marks it edited (and no
    /// longer approved), and renders its stored formats again. A PDF that
    /// cannot be printed now is dropped rather than left stale; `pdfSkipped` says so.
    package func edit(
        _ reference: String, kind: DocumentKind, text: String, for user: ActingUser
    ) throws -> (document: GeneratedDocument, pdfSkipped: Bool) {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw JobHuntError.documentEmpty(kind.label)
        }
        let (application, documents) = try self.documents(reference, for: user)
        guard var document = documents.first(where: { $0.kind == kind }) else {
            throw JobHuntError.documentsMissing(handle: application.handle)
        }
        let name = [user.user.firstName, user.user.lastName].compactMap { $0 }.joined(separator: " ")
        let title =
            "\(name.isEmpty ? user.user.email : name) — \(kind.label) — \(application.jobTitle) at \(application.companyName)"
        let rendered = try self.files(text, kind: kind, title: title, formats: Set(document.metadata.formats))
        let objects = try services.objectStore()
        var files: [String: String] = [:]
        for (format, bytes) in rendered.files.sorted(by: { $0.key < $1.key }) {
            let key = Self.key(user: user.user.id, application: application.id, kind: kind, format: format)
            try objects.put(Data(bytes), key: key, options: PutOptions(contentType: format.contentType))
            files[format.rawValue] = try objects.location(of: key).description
        }
        if rendered.pdfSkipped {
            try objects.delete(key: Self.key(user: user.user.id, application: application.id, kind: kind, format: .pdf))
        }
        document.contentText = text
        document.metadata.files = files
        document.fileURL = Self.fullest(files)
        document.userEdited = true
        document.userApproved = false
        let db = try services.store.database()
        let stored = document
        try db.writeTransaction { db in
            try DocumentRows.update(stored, db: db)
            if kind != .followUp {
                try DocumentRows.setURL(
                    kind, url: stored.fileURL, applicationID: application.id, userID: user.user.id, db: db)
            }
        }
        return (document, rendered.pdfSkipped)
    }

    /// Marks every document of the application approved.
    package func approve(_ reference: String, for user: ActingUser) throws -> (Application, [GeneratedDocument]) {
        let (application, documents) = try self.documents(reference, for: user)
        let db = try services.store.database()
        let approved = documents.map { document -> GeneratedDocument in
            var document = document
            document.userApproved = true
            return document
        }
        try db.writeTransaction { db in
            for document in approved { try DocumentRows.update(document, db: db) }
        }
        return (application, approved)
    }

    /// The user's applications that have documents, newest first, with them.
    package func list(for user: ActingUser) throws -> [(Application, [GeneratedDocument])] {
        let all = try DocumentRows.all(userID: user.user.id, db: try services.store.database())
        var order: [UUID] = []
        var grouped: [UUID: [GeneratedDocument]] = [:]
        for document in all {
            if grouped[document.applicationID] == nil { order.append(document.applicationID) }
            grouped[document.applicationID, default: []].append(document)
        }
        let applications = ApplicationService(services: services)
        return try order.map { id in
            let documents = (grouped[id] ?? []).sorted { DocumentRows.rank($0.kind) < DocumentRows.rank($1.kind) }
            return (try applications.application(id.uuidString, for: user), documents)
        }
    }
}
