// Orders a person's experiences and achievements by how well they answer one
// posting: embedding similarity of each achievement to the posting's stated
// needs, the posting's skills it names (read by the matcher's skill reading,
// passed in as the coverage), and the posting's words it shares.
import Foundation
import JobHuntKernel
import JobHuntSkills

/// Ranks the material for one posting. Pure: the embedder is given (nil when
/// no model is installed), so a test can rank without a database.
package struct RelevanceRanker {
    let embedder: (any Embedder)?
    let taxonomy: SkillTaxonomy
    let budget: PageBudget

    package init(embedder: (any Embedder)?, taxonomy: SkillTaxonomy = .standard, budget: PageBudget = .onePage) {
        self.embedder = embedder
        self.taxonomy = taxonomy
        self.budget = budget
    }

    /// `coverage` comes from the matcher (`discover show`'s covered and missing
    /// skills); its `keywordsAbsent` is filled here.
    package func rank(
        candidate: CandidateFacts, posting: PostingFacts, coverage: CoverageReport, today: String
    ) throws -> RelevantMaterial {
        let known = ClaimChecker(candidate: candidate, today: today, taxonomy: taxonomy)
        let weights = skillWeights(coverage)
        let postingText = [posting.title, posting.description, posting.requirements ?? ""].joined(separator: "\n")
        let postingWords = RelevanceText.words(postingText)
        let items = candidate.experiences.map { job in
            job.achievements.isEmpty ? RelevanceText.sentences(job.description ?? "") : job.achievements
        }
        let semantic = try semanticScores(items.flatMap { $0 }, needs: PostingNeeds.lines(of: posting))
        var cursor = 0
        var ranked: [RankedExperience] = []
        for (job, texts) in zip(candidate.experiences, items) {
            var achievements: [RankedAchievement] = []
            for text in texts {
                let skills = taxonomy.skillNames(in: text).filter { weights[taxonomy.key(for: $0)] != nil }
                let skillScore = min(1, skills.reduce(0) { $0 + (weights[taxonomy.key(for: $1)] ?? 0) } / 2)
                let overlap = RelevanceText.overlap(text, with: postingWords)
                let score =
                    semantic.map { 0.6 * $0[cursor] + 0.3 * skillScore + 0.1 * overlap }
                    ?? 0.6 * skillScore + 0.4 * overlap
                achievements.append(
                    RankedAchievement(
                        text: text, company: job.company, score: rounded(score), skills: skills, kept: false))
                cursor += 1
            }
            achievements = stableSorted(achievements) { $0.score > $1.score }
            let techs = job.technologies.reduce(0.0) { $0 + (weights[taxonomy.key(for: $1)] ?? 0) }
            let best = achievements.first?.score ?? 0
            let score = rounded(0.7 * best + 0.3 * min(1, techs / 3))
            ranked.append(RankedExperience(experience: job, score: score, kept: false, achievements: achievements))
        }
        ranked = stableSorted(ranked) { ($0.score, $0.experience.start) > ($1.score, $1.experience.start) }
        return RelevantMaterial(
            experiences: budget.keep(ranked, candidate: candidate), skills: orderedSkills(candidate, coverage),
            coverage: withAbsentKeywords(coverage, postingText: postingText, known: known),
            usesModel: embedder != nil)
    }

    /// Required skills weigh 1, preferred ½, by taxonomy key.
    func skillWeights(_ coverage: CoverageReport) -> [String: Double] {
        var weights: [String: Double] = [:]
        for name in coverage.preferredCovered + coverage.preferredMissing { weights[taxonomy.key(for: name)] = 0.5 }
        for name in coverage.requiredCovered + coverage.requiredMissing { weights[taxonomy.key(for: name)] = 1 }
        weights[""] = nil
        return weights
    }

    /// Each text's best cosine against any need, mapped from [0.1, 0.7] to [0, 1]; nil without a model.
    func semanticScores(_ texts: [String], needs: [String]) throws -> [Double]? {
        guard let embedder, !texts.isEmpty, !needs.isEmpty else { return embedder == nil ? nil : texts.map { _ in 0 } }
        let vectors = try embedder.embed(needs + texts)
        let needVectors = vectors.prefix(needs.count)
        return vectors.dropFirst(needs.count).map { vector in
            let best = needVectors.map { RelevanceText.cosine(vector, $0) }.max() ?? 0
            return min(1, max(0, (best - 0.1) / 0.6))
        }
    }

    /// The posting's required skills the person has, then its preferred ones,
    /// then their other skills (primary first, then by years); the profile's spelling.
    func orderedSkills(_ candidate: CandidateFacts, _ coverage: CoverageReport) -> [String] {
        let own = candidate.skills.map(\.name) + candidate.experiences.flatMap(\.technologies)
        var spelling: [String: String] = [:]
        for name in own where spelling[taxonomy.key(for: name)] == nil { spelling[taxonomy.key(for: name)] = name }
        let rest = stableSorted(candidate.skills) {
            ($0.isPrimary ? 1 : 0, $0.years ?? 0) > ($1.isPrimary ? 1 : 0, $1.years ?? 0)
        }.map(\.name)
        var seen = Set<String>()
        var ordered: [String] = []
        for name in coverage.requiredCovered + coverage.preferredCovered + rest + own {
            let key = taxonomy.key(for: name)
            guard !key.isEmpty, let mine = spelling[key], seen.insert(key).inserted else { continue }
            ordered.append(mine)
        }
        return Array(ordered.prefix(budget.skills))
    }

    /// Skills the posting names (most often first) that the profile never does.
    func withAbsentKeywords(_ coverage: CoverageReport, postingText: String, known: ClaimChecker) -> CoverageReport {
        var report = coverage
        let mentioned = taxonomy.mentions(in: postingText).sorted { ($0.count, $1.name) > ($1.count, $0.name) }
        var seen = Set<String>()
        var absent: [String] = []
        for name in coverage.requiredMissing + coverage.preferredMissing + mentioned.map(\.name)
        where !known.isKnownSkill(name) && seen.insert(taxonomy.key(for: name)).inserted {
            absent.append(name)
        }
        report.keywordsAbsent = Array(absent.prefix(20))
        return report
    }

    func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}

/// Sorts by `before`, keeping the input order among equals (Swift's sort is not stable).
func stableSorted<T>(_ items: [T], by before: (T, T) -> Bool) -> [T] {
    items.enumerated().sorted { a, b in
        if before(a.element, b.element) { return true }
        if before(b.element, a.element) { return false }
        return a.offset < b.offset
    }.map(\.element)
}
