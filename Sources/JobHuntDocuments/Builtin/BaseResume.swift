// The résumé as it would be without tailoring: jobs newest first with their
// achievements in the profile's order, skills in the profile's order. With no
// budget, every job and achievement (what `apply diff` compares with); with
// the page budget, what fits a page when nothing is chosen for the posting
// (the baseline `scripts/eval apply` measures keyword coverage against).

package enum BaseResume {
    package static func draft(_ candidate: CandidateFacts, budget: PageBudget? = nil) -> ResumeDraft {
        var seen = Set<String>()
        var skills = (candidate.skills.map(\.name) + candidate.experiences.flatMap(\.technologies)).filter {
            seen.insert($0.lowercased()).inserted
        }
        var jobs = candidate.experiences.map { job in
            let texts = job.achievements.isEmpty ? RelevanceText.sentences(job.description ?? "") : job.achievements
            return RankedExperience(
                experience: job, score: 0, kept: true,
                achievements: texts.map {
                    RankedAchievement(text: $0, company: job.company, score: 0, skills: [], kept: true)
                })
        }
        if let budget {
            jobs = budget.keep(
                jobs.map { job in
                    var job = job
                    job.kept = false
                    job.achievements = job.achievements.map {
                        var a = $0
                        a.kept = false
                        return a
                    }
                    return job
                }, candidate: candidate
            ).filter(\.kept)
            skills = Array(skills.prefix(budget.skills))
        }
        return ResumeDraft(
            headline: candidate.headline, summary: candidate.summary, skills: skills,
            experiences: jobs.map { ranked in
                let job = ranked.experience
                return ResumeEntry(
                    experienceID: job.id, company: job.company, title: job.title, start: job.start, end: job.end,
                    bullets: ranked.achievements.filter(\.kept).map(\.text), technologies: job.technologies)
            })
    }
}
