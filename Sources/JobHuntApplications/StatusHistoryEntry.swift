// One row of the seed's `application_status_history`: what an application's
// status became, when, why and who said so.
import Foundation
internal import JobHuntDatabase

/// A change to an application, creation included.
package struct StatusHistoryEntry: Sendable, Equatable, Encodable {
    package var id: UUID
    package var applicationID: UUID
    package var status: ApplicationStatus
    package var notes: String?
    package var changedBy: StatusChanger?
    package var createdAt: Date

    enum CodingKeys: String, CodingKey, CaseIterable, Sendable, SQLColumn {
        case id
        case applicationID = "application_id"
        case status, notes
        case changedBy = "changed_by"
        case createdAt = "created_at"
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id.uuidString.lowercased(), forKey: .id)
        try c.encode(applicationID.uuidString.lowercased(), forKey: .applicationID)
        try c.encode(status, forKey: .status)
        try c.encode(notes, forKey: .notes)
        try c.encode(changedBy, forKey: .changedBy)
        try c.encode(createdAt, forKey: .createdAt)
    }
}
