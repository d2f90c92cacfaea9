// The funnel pending → submitted → reviewing → interviewed → offered: how
// many applications reached each stage (or a later one) and what share of
// the stage before made it.
import Foundation
import JobHuntKernel

/// One stage of the funnel.
package struct FunnelStep: Sendable, Equatable, Codable {
    /// The status name: pending, submitted, reviewing, interviewed, offered.
    package var status: String
    /// Applications that reached this stage or a later one (rejected and
    /// withdrawn ones count for the stages they passed).
    package var count: Int
    /// `count` over the previous stage's count; nil for the first stage or
    /// when the previous stage is empty.
    package var conversion: Double?

    enum CodingKeys: String, CodingKey { case status, count, conversion }

    /// `conversion` is written as null, never left out.
    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(status, forKey: .status)
        try c.encode(count, forKey: .count)
        try c.encode(conversion, forKey: .conversion)
    }

    package static let columns = ["status", "count", "conversion"]
    package var cells: [String] { [status, "\(count)", conversion.map(AnalyticsRate.text) ?? ""] }
}
