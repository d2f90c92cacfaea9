// `apply diff`: the tailored résumé against the untailored one, both through
// the same template, so the diff shows only what tailoring chose and moved.
import Foundation
import JobHuntApplications
import JobHuntKernel

extension DocumentService {
    /// A unified diff from the base résumé to the stored (tailored, maybe edited) one.
    package func diff(_ reference: String, for user: ActingUser) throws -> String {
        let (application, documents) = try self.documents(reference, for: user)
        guard let resume = documents.first(where: { $0.kind == .resume }) else {
            throw JobHuntError.documentsMissing(handle: application.handle)
        }
        let base = try untailoredResume(
            for: user, title: application.jobTitle, company: application.companyName, budget: nil)
        return LineDiff.unified(base, resume.contentText, from: "base résumé", to: "résumé for \(application.handle)")
    }

    /// The résumé without tailoring, through the same template: every job and
    /// achievement, or (with `budget`) what fits when nothing is chosen for the posting.
    package func untailoredResume(
        for user: ActingUser, title: String, company: String, budget: PageBudget?
    ) throws -> String {
        let candidate = try candidateFacts(for: user)
        let posting = PostingFacts(id: "", title: title, company: company, description: "")
        let input = GenerationInput(
            candidate: candidate, posting: posting,
            material: RelevantMaterial(experiences: [], skills: [], coverage: CoverageReport(), usesModel: false),
            today: "", followUpDay: "")
        return renderer.resumeMarkdown(BaseResume.draft(candidate, budget: budget), input: input)
    }

    /// What the profile says, as generators are given it.
    package func candidateFacts(for user: ActingUser) throws -> CandidateFacts {
        try GenerationFacts.candidate(services: services, user: user)
    }

    /// The HTML page of one document's Markdown, as `apply` stores it.
    package func html(_ markdown: String, kind: DocumentKind, title: String) -> String {
        renderer.html(markdown, kind: kind, title: title)
    }
}
