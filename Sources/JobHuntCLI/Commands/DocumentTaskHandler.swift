// `resume_generation` and `cover_letter_generation` on the worker: the same
// `DocumentService.regenerate` that `apply regenerate` calls, so a queued
// task and a typed command write the same documents. The service makes the
// three documents of an application together, so both types regenerate all
// of them; a rerun after a crash replaces its own rows.
import Foundation
import JobHuntApplications
import JobHuntDocuments
import JobHuntKernel
import JobHuntTasks

/// Regenerates an application's documents as the task's user.
struct DocumentTaskHandler: TaskHandler {
    let type: TaskType
    /// Builds the documents service the way `apply` does (model, templates,
    /// generator setting, PDF printer), from the worker's own command context.
    let makeService: @Sendable () throws -> DocumentService

    var summary: String {
        let document = type == .resumeGeneration ? "résumé" : "cover letter"
        return "Regenerate the \(document) (with the application's other documents) for --app APP"
    }

    func validate(_ request: TaskRequest, services: Services) throws {
        try ApplicationTaskCheck.requireApplication(request, services: services, type: type)
    }

    func run(_ task: AutomationTask, as request: TaskRequest, services: Services) throws -> String {
        guard let applicationID = request.applicationID else {
            throw PermanentTaskError("\(type) works on an application and this task names none")
        }
        let outcome: ApplyOutcome
        do {
            outcome = try makeService().regenerate(
                applicationID.uuidString, formats: nil, force: false, for: request.user)
        } catch let error as JobHuntError where Self.permanent.contains(error.code) {
            // Edited documents, no posting, a blank profile: retrying cannot help.
            throw PermanentTaskError(error)
        }
        return try Self.result(outcome)
    }

    /// Failures only the person can fix.
    static let permanent: Set<JobHuntError.Code> = [
        .documentsEdited, .documentsNoPosting, .documentsBlankProfile, .applicationNotFound,
    ]

    /// `result_data`: which documents were written, where, and whether PDFs were skipped.
    static func result(_ outcome: ApplyOutcome) throws -> String {
        struct Result: Encodable {
            let applicationID: String?
            let documents: [String: String]
            let pdfSkipped: Bool
            enum CodingKeys: String, CodingKey {
                case applicationID = "application_id"
                case documents
                case pdfSkipped = "pdf_skipped"
            }
        }
        var documents: [String: String] = [:]
        for document in outcome.documents { documents[document.kind.rawValue] = document.fileURL ?? "" }
        let result = Result(
            applicationID: outcome.application?.id.uuidString.lowercased(), documents: documents,
            pdfSkipped: outcome.pdfSkipped)
        return try JSONWriter.encode(result)
    }
}
