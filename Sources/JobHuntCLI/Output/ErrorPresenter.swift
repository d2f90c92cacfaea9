// The one place an error becomes text, a stream and an exit status
// (swift-argument-parser's MessageInfo, with jobhunt's codes: 2 usage, 1 failure).
import Foundation
import JobHuntKernel

enum ErrorPresenter {
    /// The line to print on stderr and the status to exit with.
    ///
    ///     jobhunt: unknown command 'migrat' (did you mean 'migrate'? see 'jobhunt --help')
    ///
    /// Every layer's error is a `DescribedError`, so one rule serves them all;
    /// anything else (a Foundation error) is a failure shown by its description.
    static func present(_ error: any Error) -> (line: String, status: ExitStatus) {
        let status: ExitStatus = (error as? any DescribedError)?.exitKind == .usage ? .usage : .failure
        return ("jobhunt: \(message(for: error))", status)
    }

    /// `<what is wrong> (<how to fix it>)` on one line.
    static func message(for error: any Error) -> String {
        let problem: String
        var remedy: String?
        if let error = error as? any DescribedError {
            problem = error.problem
            remedy = error.remedy.map(RemedyText.text)
        } else if let error = error as? any LocalizedError, let description = error.errorDescription {
            problem = description
            remedy = error.recoverySuggestion
        } else {
            problem = String(describing: error)
        }
        let line = oneLine(problem)
        guard let remedy = remedy.map(oneLine), !remedy.isEmpty else { return line }
        return "\(line) (\(remedy))"
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }
}
