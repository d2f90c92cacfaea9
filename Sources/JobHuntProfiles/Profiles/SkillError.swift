// Failures of the skills on a profile, in words a person can act on.
import Foundation
import JobHuntKernel

/// Why a skills operation failed.
package struct SkillError: Error, LocalizedError, Equatable, Sendable {
    package enum Code: String, Sendable {
        case invalidName, invalidYears, notFound, conflict
    }

    package var code: Code
    package var problem: String
    package var remedy: String?

    init(_ code: Code, _ problem: String, remedy: String? = nil) {
        self.code = code
        self.problem = problem
        self.remedy = remedy
    }

    package var errorDescription: String? { problem }
    package var recoverySuggestion: String? { remedy }

    static func notFound(_ name: String) -> SkillError {
        SkillError(.notFound, "'\(name)' is not on your profile", remedy: "see `jobhunt skills list`")
    }
}
