// Failures of the skills on a profile, in words a person can act on.
import Foundation

/// Why a skills operation failed.
public struct SkillError: Error, LocalizedError, Equatable, Sendable {
    public enum Code: String, Sendable {
        case invalidName, invalidYears, notFound, conflict
    }

    public var code: Code
    public var problem: String
    public var remedy: String?

    init(_ code: Code, _ problem: String, remedy: String? = nil) {
        self.code = code
        self.problem = problem
        self.remedy = remedy
    }

    public var errorDescription: String? { problem }
    public var recoverySuggestion: String? { remedy }

    static func notFound(_ name: String) -> SkillError {
        SkillError(.notFound, "'\(name)' is not on your profile", remedy: "see `jobhunt skills list`")
    }
}
