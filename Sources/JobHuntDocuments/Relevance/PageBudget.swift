// How much fits on the résumé: an estimate in printed lines of the built-in
// layout (A4, 10.5 pt), so three jobs with their best bullets stay on one page
// and a long history drops its least relevant jobs and bullets, not its newest.

/// Lines available and what each part of the résumé costs.
package struct PageBudget: Sendable, Equatable {
    /// Printed lines on the page(s).
    package var lines: Int
    /// Characters of a bullet on one printed line.
    package var lineWidth: Int
    /// Bullets kept for the most relevant job, the next, and any other.
    package var bullets: [Int]
    package var maximumExperiences: Int
    package var skills: Int

    /// One A4 page of the built-in template.
    package static let onePage = PageBudget(
        lines: 50, lineWidth: 100, bullets: [4, 3, 2], maximumExperiences: 5, skills: 16)

    /// Marks the experiences and achievements kept, in relevance order:
    /// each job costs its heading and dates, each bullet its wrapped lines; a
    /// job that would not fit with at least one bullet is left out.
    func keep(_ ranked: [RankedExperience], candidate: CandidateFacts) -> [RankedExperience] {
        var left = lines - 6 - cost(candidate.summary ?? "") - 3
        var kept = 0
        return ranked.map { entry in
            var entry = entry
            let allowance = bullets[min(kept, bullets.count - 1)]
            let heading = 3 + (entry.experience.technologies.isEmpty ? 0 : 2)
            let first = entry.achievements.first.map { cost($0.text) } ?? 0
            guard kept < maximumExperiences, left >= heading + first else { return entry }
            left -= heading
            entry.kept = true
            kept += 1
            for index in entry.achievements.indices where index < allowance {
                let price = cost(entry.achievements[index].text)
                guard index == 0 || left >= price else { break }
                left -= price
                entry.achievements[index].kept = true
            }
            return entry
        }
    }

    /// Printed lines of a paragraph or bullet.
    func cost(_ text: String) -> Int {
        text.isEmpty ? 0 : (text.count + lineWidth - 1) / lineWidth
    }
}
