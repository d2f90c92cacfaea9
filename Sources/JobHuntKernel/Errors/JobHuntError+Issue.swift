// One problem with one field of a document, for errors that report several at once.

extension JobHuntError {
    /// One problem with one field, named by its path in the document.
    ///
    /// ```swift
    /// JobHuntError.Issue(path: "work[2].startDate", problem: "not a date").description
    /// // "work[2].startDate: not a date"
    /// ```
    package struct Issue: Sendable, Hashable, CustomStringConvertible {
        /// Dotted keys with `[n]` for array positions; empty for the document itself.
        package let path: String
        package let problem: String

        package init(path: String, problem: String) {
            self.path = path
            self.problem = problem
        }

        package var description: String { path.isEmpty ? problem : "\(path): \(problem)" }
    }
}
