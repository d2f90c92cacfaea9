// One `submissions` row (migration 019): what was sent, where, and what the
// channel answered.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// The record of one submission, as `apply submit --json` writes it.
package struct SubmissionRecord: Sendable, Equatable, Encodable {
    /// `sending` while the channel works, `sent` once it said yes.
    package enum State: String, Sendable, Codable {
        case sending
        case sent
    }

    /// One sent document, as the `documents` column keeps it.
    package struct Document: Sendable, Equatable, Codable {
        package var id: String
        package var contentType: String
        package var fileURL: String?
        package var filename: String
        package var mediaType: String
        package var bytes: Int
        package var sha256: String

        enum CodingKeys: String, CodingKey {
            case id
            case contentType = "content_type"
            case fileURL = "file_url"
            case filename
            case mediaType = "media_type"
            case bytes
            case sha256
        }

        init(_ document: SubmissionDocument) {
            id = document.id.uuidString.lowercased()
            contentType = document.kind.rawValue
            fileURL = document.fileURL
            filename = document.filename
            mediaType = document.mediaType
            bytes = document.data.count
            sha256 = document.sha256
        }
    }

    package var id: UUID
    package var userID: UUID
    package var applicationID: UUID
    package var channel: SubmissionChannelKind
    package var state: State
    package var platform: String?
    package var recipient: String?
    package var documents: [Document]
    package var receipt: String?
    package var receiptData: [String: String]?
    package var messageSHA256: String?
    /// The browser's final page (PNG) in the object store.
    package var screenshotURL: String?
    package var startedAt: Date
    package var submittedAt: Date?

    enum CodingKeys: String, CodingKey, CaseIterable, SQLColumn {
        case id
        case userID = "user_id"
        case applicationID = "application_id"
        case channel, state, platform, recipient, documents, receipt
        case receiptData = "receipt_data"
        case messageSHA256 = "message_sha256"
        case screenshotURL = "screenshot_url"
        case startedAt = "started_at"
        case submittedAt = "submitted_at"
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id.uuidString.lowercased(), forKey: .id)
        try c.encode(userID.uuidString.lowercased(), forKey: .userID)
        try c.encode(applicationID.uuidString.lowercased(), forKey: .applicationID)
        try c.encode(channel, forKey: .channel)
        try c.encode(state, forKey: .state)
        try c.encode(platform, forKey: .platform)
        try c.encode(recipient, forKey: .recipient)
        try c.encode(documents, forKey: .documents)
        try c.encode(receipt, forKey: .receipt)
        try c.encode(receiptData, forKey: .receiptData)
        try c.encode(messageSHA256, forKey: .messageSHA256)
        try c.encode(screenshotURL, forKey: .screenshotURL)
        try c.encode(startedAt, forKey: .startedAt)
        try c.encode(submittedAt, forKey: .submittedAt)
    }

    static let columns: SQL = "\(columns: CodingKeys.allCases)"

    /// The row's values in `CodingKeys.allCases` order.
    var values: [(any DatabaseValueConvertible)?] {
        [
            id, userID, applicationID, channel.rawValue, state.rawValue, platform, recipient,
            try? JSONText(encoding: documents), receipt, try? receiptData.map { try JSONText(encoding: $0) },
            messageSHA256, screenshotURL, startedAt, submittedAt,
        ]
    }

    static func decode(_ row: Row) throws -> SubmissionRecord {
        let documents = try row.get("documents", as: JSONText.self)
        let receiptData = try row.optional("receipt_data", as: JSONText.self)
        let decoder = JSONDecoder()
        return SubmissionRecord(
            id: try row.get("id"), userID: try row.get("user_id"), applicationID: try row.get("application_id"),
            channel: SubmissionChannelKind(rawValue: try row.get("channel", as: String.self)) ?? .manual,
            state: State(rawValue: try row.get("state", as: String.self)) ?? .sending,
            platform: try row.optional("platform"), recipient: try row.optional("recipient"),
            documents: (try? decoder.decode([Document].self, from: Data(documents.text.utf8))) ?? [],
            receipt: try row.optional("receipt"),
            receiptData: receiptData.flatMap { try? decoder.decode([String: String].self, from: Data($0.text.utf8)) },
            messageSHA256: try row.optional("message_sha256"), screenshotURL: try row.optional("screenshot_url"),
            startedAt: try row.get("started_at"),
            submittedAt: try row.optional("submitted_at"))
    }
}
