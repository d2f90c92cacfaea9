// The résumé as it would be without tailoring: every job newest first with
// all its achievements in the profile's order, every skill in the profile's
// order. What `apply diff` compares the tailored one with, and the baseline
// `scripts/eval apply` measures keyword coverage against.

package enum BaseResume {
    package static func draft(_ candidate: CandidateFacts) -> ResumeDraft {
        var seen = Set<String>()
        let skills = (candidate.skills.map(\.name) + candidate.experiences.flatMap(\.technologies)).filter {
            seen.insert($0.lowercased()).inserted
        }
        return ResumeDraft(
            headline: candidate.headline, summary: candidate.summary, skills: skills,
            experiences: candidate.experiences.map { job in
                ResumeEntry(
                    experienceID: job.id, company: job.company, title: job.title, start: job.start, end: job.end,
                    bullets: job.achievements.isEmpty
                        ? RelevanceText.sentences(job.description ?? "") : job.achievements,
                    technologies: job.technologies)
            })
    }
}
