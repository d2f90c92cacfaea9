// Generated documents as the apply feature leaves them, written directly:
// the file in the object store under the user's prefix and its
// `generated_content` row. Submission tests read them back as they would
// read the real ones.
import Foundation
import JobHuntDatabase
import JobHuntIO
import JobHuntKernel

/// Seeds `generated_content` rows (resume, cover_letter) with their files.
package enum GeneratedDocumentSeed {
    /// Stores `data` (when given) as `users/<user>/applications/<application>/<fileName>` (the apply feature's layout)
    /// and inserts the row; returns the row's id and the stored URL.
    @discardableResult
    package static func insert(
        _ contentType: String, data: Data?, fileName: String? = nil, text: String? = nil, approved: Bool,
        applicationID: UUID, userID: UUID, services: Services, createdAt: Date
    ) throws -> (id: UUID, fileURL: String?) {
        var fileURL: String?
        if let data {
            let store = try services.objectStore()
            let key = ObjectKey.user(
                userID, "applications/\(applicationID.uuidString.lowercased())/\(fileName ?? contentType + ".pdf")")
            _ = try store.put(data, key: key)
            fileURL = try store.location(of: key).description
        }
        let id = UUID()
        let db = try services.store.database()
        try db.execute(
            """
            INSERT INTO generated_content (id, application_id, content_type, content_text, file_url, model_used,
                user_approved, user_edited, created_at)
            VALUES (\(id), \(applicationID), \(contentType), \(text), \(fileURL), 'test-seed', \(approved), \(false),
                \(createdAt))
            """)
        return (id, fileURL)
    }

    /// A small but real PDF (one page, the given text), so attachments are binary.
    package static func pdf(_ text: String) -> Data {
        var body = "%PDF-1.4\n%\u{e2}\u{e3}\u{cf}\u{d3}\n"
        var offsets: [Int] = []
        let stream = "BT /F1 12 Tf 72 720 Td (\(text)) Tj ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var data = Data(body.utf8)
        for (index, object) in objects.enumerated() {
            offsets.append(data.count)
            data.append(Data("\(index + 1) 0 obj\n\(object)\nendobj\n".utf8))
        }
        let xref = data.count
        body = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { body += String(format: "%010d 00000 n \n", offset) }
        body += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        data.append(Data(body.utf8))
        // Bytes above 0x7F, as real PDFs have: base64 must carry them intact.
        data.append(Data([0x00, 0xFF, 0x80, 0x0D, 0x0A, 0x2E, 0x0D, 0x0A]))
        return data
    }
}

extension GeneratedDocumentSeed {
    /// The same for a test that only has the URLs a `jobhunt` run is given
    /// (`JOBHUNT_DATABASE_URL`, `JOBHUNT_DATA_DIR`): files go where that run looks.
    @discardableResult
    package static func insert(
        _ contentType: String, data: Data?, fileName: String? = nil, text: String? = nil, approved: Bool,
        applicationID: UUID, userID: UUID, databaseURL: String, dataDirectory: URL, createdAt: Date
    ) throws -> (id: UUID, fileURL: String?) {
        let services = Services(configuration: Configuration(databaseURL: databaseURL, dataDirectory: dataDirectory))
        return try insert(
            contentType, data: data, fileName: fileName, text: text, approved: approved, applicationID: applicationID,
            userID: userID, services: services, createdAt: createdAt)
    }
}
