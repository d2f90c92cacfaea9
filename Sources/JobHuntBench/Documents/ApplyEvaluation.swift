// `scripts/eval apply`: for each person of a labelled match set and their
// best-matching postings, the built-in generator's documents measured —
// keyword coverage of the tailored résumé against the untailored one (the
// same page budget, nothing chosen for the posting), claims the profile does
// not support (must be 0), and printed pages.
import Foundation
import JobHuntDocuments
import JobHuntKernel
import JobHuntMatching
import JobHuntSkills

/// Measures the documents `apply` would write, writing nothing (dry runs).
package struct ApplyEvaluation {
    let services: Services
    let embedder: any Embedder
    /// Prints HTML to PDF and counts its pages; nil skips page counts.
    let pages: ((String) throws -> Int)?
    let postingsPerPerson: Int
    let taxonomy = SkillTaxonomy.standard

    package init(
        services: Services, embedder: any Embedder, postingsPerPerson: Int = 3, pages: ((String) throws -> Int)?
    ) {
        self.services = services
        self.embedder = embedder
        self.postingsPerPerson = postingsPerPerson
        self.pages = pages
    }

    package func run(_ set: EvaluationSet) throws -> ApplyEvaluationReport {
        let actors = try RankingEvaluation(services: services, embedder: embedder).prepare(set)
        let documents = DocumentService(services: services, embedder: embedder)
        var report = ApplyEvaluationReport(set: set.name, rows: [])
        for (person, actor, _) in actors {
            let matches = try MatchService.make(services: services, embedder: embedder).match(
                MatchRequest(limit: postingsPerPerson), for: actor)
            let candidate = try documents.candidateFacts(for: actor)
            for match in matches {
                let checker = ClaimChecker(
                    candidate: candidate, today: CalendarDay.today(services),
                    names: [match.companyName ?? "", match.title])
                let outcome = try documents.prepare(ApplyRequest(job: match.id.uuidString, dryRun: true), for: actor)
                let tailored = outcome.markdown[.resume] ?? ""
                let untailored = try documents.untailoredResume(
                    for: actor, title: match.title, company: match.companyName ?? "", budget: .onePage)
                let wanted = outcome.coverage.requiredCovered + outcome.coverage.requiredMissing
                let all = wanted + outcome.coverage.preferredCovered + outcome.coverage.preferredMissing
                var invented = outcome.generation.rejectedClaims.count
                var claims = outcome.generation.rejectedClaims
                for (kind, text) in outcome.markdown.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                    claims += checker.textClaims(text, location: kind.rawValue)
                }
                invented = claims.count
                report.rows.append(
                    ApplyEvaluationReport.Row(
                        profile: person.name, posting: match.title,
                        requiredCoverage: coverage(of: wanted, in: tailored),
                        requiredCoverageUntailored: coverage(of: wanted, in: untailored),
                        skillCoverage: coverage(of: all, in: tailored),
                        skillCoverageUntailored: coverage(of: all, in: untailored),
                        leadingSkills: leading(outcome.coverage.requiredCovered, in: tailored),
                        leadingSkillsUntailored: leading(outcome.coverage.requiredCovered, in: untailored),
                        inventedClaims: invented,
                        pages: try pages.map { try $0(documents.html(tailored, kind: .resume, title: person.name)) },
                        experiencesKept: outcome.kept.count,
                        claims: claims.map { "\($0.kind): \($0.value) (\($0.location))" }))
            }
        }
        return report
    }

    /// The share of the first five skills listed (the Skills section's line)
    /// that are required skills the person has, out of as many as could be
    /// there; nil when the person has none of them.
    func leading(_ covered: [String], in document: String) -> Double? {
        let wanted = Set(covered.map { taxonomy.key(for: $0) }).subtracting([""])
        guard !wanted.isEmpty else { return nil }
        let lines = document.split(separator: "\n").map(String.init)
        guard let index = lines.firstIndex(of: "## Skills"), index + 1 < lines.count else { return 0 }
        let listed = lines[index + 1].components(separatedBy: " · ").prefix(5).map { taxonomy.key(for: $0) }
        return Double(listed.filter(wanted.contains).count) / Double(min(5, wanted.count))
    }

    /// The share of `skills` (by taxonomy key) the document names; nil when the posting names none.
    func coverage(of skills: [String], in document: String) -> Double? {
        let wanted = Set(skills.map { taxonomy.key(for: $0) }).subtracting([""])
        guard !wanted.isEmpty else { return nil }
        let named = Set(taxonomy.skillNames(in: document).map { taxonomy.key(for: $0) })
        return Double(wanted.intersection(named).count) / Double(wanted.count)
    }
}

enum CalendarDay {
    /// `YYYY-MM-DD` of the services' clock, as generation dates documents.
    static func today(_ services: Services) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: services.now())
    }
}
