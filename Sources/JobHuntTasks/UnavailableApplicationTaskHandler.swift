// The three application task types before their features are wired in:
// their tasks are checked as the real handlers will check them (an
// application of the task's user), so `tasks add` accepts and refuses the
// same commands now as later, and a run fails for good with a message that
// says what this build lacks.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// Validates an application task's application; `run` fails permanently.
package struct UnavailableApplicationTaskHandler: TaskHandler {
    package let type: TaskType
    /// What the missing feature is called in messages: "résumé generation".
    let feature: String
    /// Config keys the real handler needs (`channel` for submission).
    let requiredKeys: [String]

    package init(type: TaskType, feature: String, requiredKeys: [String] = []) {
        self.type = type
        self.feature = feature
        self.requiredKeys = requiredKeys
    }

    package var summary: String {
        let keys = requiredKeys.map { " \($0)=…" }.joined()
        return "\(feature.prefix(1).uppercased() + feature.dropFirst()) for --app APP\(keys)"
            + " (not in this build yet: its tasks fail when run)"
    }

    package func validate(_ request: TaskRequest, services: Services) throws {
        try ApplicationTaskCheck.requireApplication(request, services: services, type: type)
        for key in requiredKeys where (request.config[key] ?? "").isEmpty {
            throw JobHuntError.taskInvalidConfig("\(type) needs \(key)=… in its config")
        }
    }

    package func run(_ task: AutomationTask, as request: TaskRequest, services: Services) throws -> String {
        throw PermanentTaskError("this build has no \(feature) yet: \(type) tasks cannot run")
    }
}

/// The check every application task type shares, for the real handlers too.
package enum ApplicationTaskCheck {
    /// The task names an application, and it is one of the task's user's.
    package static func requireApplication(_ request: TaskRequest, services: Services, type: TaskType) throws {
        guard let applicationID = request.applicationID else {
            throw JobHuntError.taskInvalidConfig("\(type) works on an application: give --app APP")
        }
        let db = try services.store.database()
        let owned = try db.scalar(
            "SELECT 1 FROM applications WHERE id = \(applicationID) AND user_id = \(request.user.user.id)",
            as: Int.self)
        guard owned != nil else {
            throw JobHuntError.taskInvalidConfig(
                "application \(applicationID.uuidString.lowercased().suffix(8)) is not one of yours (or was removed)")
        }
    }
}
