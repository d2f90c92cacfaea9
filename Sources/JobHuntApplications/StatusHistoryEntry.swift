// One row of the seed's `application_status_history`: what an application's
// status became, when, why and who said so.
import Foundation
internal import JobHuntDatabase

/// A change to an application, creation included.
public struct StatusHistoryEntry: Sendable, Equatable, Encodable {
    public var id: UUID
    public var applicationID: UUID
    public var status: ApplicationStatus
    public var notes: String?
    public var changedBy: StatusChanger?
    public var createdAt: Date

    enum CodingKeys: String, CodingKey, CaseIterable, Sendable, SQLColumn {
        case id
        case applicationID = "application_id"
        case status, notes
        case changedBy = "changed_by"
        case createdAt = "created_at"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id.uuidString.lowercased(), forKey: .id)
        try c.encode(applicationID.uuidString.lowercased(), forKey: .applicationID)
        try c.encode(status, forKey: .status)
        try c.encode(notes, forKey: .notes)
        try c.encode(changedBy, forKey: .changedBy)
        try c.encode(createdAt, forKey: .createdAt)
    }
}
