// The error codes of résumé import: unreadable JSON, or fields that cannot be stored.
import JobHuntKernel

/// One problem with one field of a résumé, named by its path in the document.
package typealias JSONResumeIssue = JobHuntError.Issue

/// An import that throws one of these has written nothing, so the caller can
/// show every issue and let the person fix the file in one go.
extension JobHuntError.Code {
    /// The bytes are not JSON.
    package static let jsonResumeMalformed = Self("jsonResumeMalformed")
    /// The JSON is well formed but fields are wrong; they are the error's `issues`, in document order.
    package static let jsonResumeInvalid = Self("jsonResumeInvalid")
}

extension JobHuntError {
    /// Line and column (1-based) are given when the parser reports where it stopped.
    package static func jsonResumeMalformed(line: Int?, column: Int?) -> JobHuntError {
        let place = line.flatMap { line in column.map { " (line \(line), column \($0))" } } ?? ""
        return JobHuntError(
            .jsonResumeMalformed, "the file is not valid JSON\(place)",
            remedy: "fix the JSON syntax, e.g. check it with `python3 -m json.tool FILE`")
    }

    package static func jsonResumeInvalid(_ issues: [Issue]) -> JobHuntError {
        JobHuntError(
            .jsonResumeInvalid, issues.map(\.description).joined(separator: "; "),
            remedy: "correct the named fields; dates are YYYY, YYYY-MM or YYYY-MM-DD (https://jsonresume.org/schema)",
            issues: issues)
    }
}
