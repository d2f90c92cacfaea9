// The kernel's one error type: every feature throws it, each with codes of its own.
package import JobHuntErrors

/// Why a jobhunt operation failed, in words a person can act on.
///
/// One struct for every feature, in the manner of Hummingbird's `PersistError`:
/// its storage is hidden, and each feature declares its codes and the
/// factories that make its errors next to its own code (`ProfileError.swift`
/// holds the profile's), so a feature can add codes without touching this
/// file or breaking anyone's `switch`. Match on the code:
///
/// ```swift
/// catch let error as JobHuntError where error.code == .savedSearchNotFound { … }
/// catch JobHuntError.Code.accountEmailTaken { … }   // `~=` on a code
/// ```
///
/// ``problem`` names the field at fault when there is one
/// (`years_experience: 80 is not between 0 and 70`); a caller that speaks in
/// other names relabels it with ``naming(_:)``. The remedy never spells a
/// command: it carries a ``CommandHint`` the CLI turns into text. Messages
/// never repeat a secret (a password, a key, a phone number).
package struct JobHuntError: DescribedError, Equatable {
    /// What kind of failure: a struct over a name, so features can add codes.
    ///
    /// Each feature declares its codes as static members in its own file,
    /// prefixed with the feature (`profileNotFound`, `fetchStatus`).
    package struct Code: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        package init(_ name: String) { self.name = name }
        package var description: String { name }
    }

    package let code: Code
    /// The field at fault, as the caller knows it; nil for errors about no single field.
    package private(set) var field: String?
    /// What is wrong, without the field's name.
    package let detail: String
    package let remedy: Remedy?
    /// Per-field problems, for errors that collect several (a résumé file's).
    package let issues: [Issue]
    /// The HTTP status a fetch ended with, for callers that decide on it.
    package let status: Int?

    package init(
        _ code: Code, field: String? = nil, _ detail: String, remedy: Remedy? = nil,
        issues: [Issue] = [], status: Int? = nil
    ) {
        self.code = code
        self.field = field
        self.detail = detail
        self.remedy = remedy
        self.issues = issues
        self.status = status
    }

    package var problem: String { field.map { "\($0): \(detail)" } ?? detail }

    /// The same error under another name for its field, so the CLI can say
    /// `--salary-min` and an importer `work[2].startDate` where the core says
    /// `salary-min` and `start_date`.
    package func naming(_ label: String) -> JobHuntError {
        var copy = self
        copy.field = label
        return copy
    }
}

extension JobHuntError.Code {
    /// Lets `catch JobHuntError.Code.savedSearchNotFound` and `case` patterns match any error.
    package static func ~= (code: JobHuntError.Code, error: any Error) -> Bool {
        (error as? JobHuntError)?.code == code
    }
}
