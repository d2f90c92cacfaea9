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
        let candidate = try GenerationFacts.candidate(services: services, user: user)
        let posting = PostingFacts(
            id: resume.metadata.postingID, title: application.jobTitle, company: application.companyName,
            description: "", url: application.jobURL)
        let input = GenerationInput(
            candidate: candidate, posting: posting,
            material: RelevantMaterial(experiences: [], skills: [], coverage: CoverageReport(), usesModel: false),
            today: "", followUpDay: "")
        let base = renderer.resumeMarkdown(BaseResume.draft(candidate), input: input)
        return LineDiff.unified(base, resume.contentText, from: "base résumé", to: "résumé for \(application.handle)")
    }
}
