// The default generator: offline and deterministic. It writes nothing the
// person did not: the résumé is their own jobs, dates and achievements,
// chosen and ordered for the posting; the letters join those achievements to
// the posting's words with fixed phrases.

/// Same input, same drafts, byte for byte: no clock, no randomness, no model.
package struct BuiltinGenerator: DocumentGenerator {
    package var kind: GeneratorKind { .builtin }

    package init() {}

    package func generate(_ input: GenerationInput) throws -> DocumentDrafts {
        var drafts = DocumentDrafts(
            resume: resume(input), coverLetter: BuiltinLetters.coverLetter(input),
            followUp: BuiltinLetters.followUp(input), metadata: GenerationMetadata(generator: .builtin))
        let checker = ClaimChecker(
            candidate: input.candidate, today: input.today, names: [input.posting.company, input.posting.title])
        let rejected = checker.rejectedClaims(in: drafts)
        drafts.metadata.rejectedClaims = rejected
        drafts.metadata.checks = [
            "claims: \(rejected.count) rejected",
            "relevance: \(input.material.usesModel ? "embeddings, skills and shared words" : "skills and shared words")",
            "experiences kept: \(input.material.kept.count) of \(input.material.experiences.count)",
        ]
        if !input.material.usesModel {
            drafts.metadata.warnings.append(
                "no embedding model is installed: relevance comes from skills and shared words alone")
        }
        return drafts
    }

    /// The kept jobs newest first, each with its kept bullets most relevant first.
    func resume(_ input: GenerationInput) -> ResumeDraft {
        let covered = Set(
            (input.material.coverage.requiredCovered + input.material.coverage.preferredCovered)
                .map { $0.lowercased() })
        let kept = stableSorted(input.material.kept) { a, b in
            (a.experience.end ?? "9999", a.experience.start) > (b.experience.end ?? "9999", b.experience.start)
        }
        let entries = kept.map { ranked in
            let job = ranked.experience
            let technologies = stableSorted(job.technologies) {
                covered.contains($0.lowercased()) && !covered.contains($1.lowercased())
            }
            return ResumeEntry(
                experienceID: job.id, company: job.company, title: job.title, start: job.start, end: job.end,
                bullets: ranked.achievements.filter(\.kept).map(\.text), technologies: technologies)
        }
        return ResumeDraft(
            headline: input.candidate.headline, summary: input.candidate.summary, skills: input.material.skills,
            experiences: entries)
    }
}
