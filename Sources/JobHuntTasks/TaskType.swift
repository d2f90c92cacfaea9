// The kinds of work the queue runs. The seed names four; a composition root
// may register more (a benchmark's counting task), so a type is a name, and
// the registry decides which names this build can run.
import Foundation

/// The `automation_tasks.task_type` of a task: `job_discovery`, ….
package struct TaskType: RawRepresentable, Hashable, Sendable, Comparable, CustomStringConvertible {
    package let rawValue: String
    package init(rawValue: String) { self.rawValue = rawValue }

    /// Read sources (a saved search's, or a list) and store their postings.
    package static let jobDiscovery = Self(rawValue: "job_discovery")
    /// Write a tailored résumé for an application.
    package static let resumeGeneration = Self(rawValue: "resume_generation")
    /// Write a cover letter for an application.
    package static let coverLetterGeneration = Self(rawValue: "cover_letter_generation")
    /// Send an application through a channel.
    package static let applicationSubmission = Self(rawValue: "application_submission")

    /// The seed's four, in its order.
    package static let standard: [TaskType] = [
        .jobDiscovery, .resumeGeneration, .coverLetterGeneration, .applicationSubmission,
    ]

    package var description: String { rawValue }
    package static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Where a task stands: the seed's `valid_task_status` values.
package enum TaskStatus: String, Sendable, CaseIterable, Codable, CustomStringConvertible {
    case pending, running, completed, failed, cancelled

    package static var names: [String] { allCases.map(\.rawValue) }
    package var description: String { rawValue }
    /// Nothing more happens to a task in these unless a person retries it.
    package var isFinished: Bool { self == .completed || self == .failed || self == .cancelled }
}
