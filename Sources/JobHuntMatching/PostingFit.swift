// `discover show`: one posting in full and how it fits the acting user —
// skills covered and missing, words worth adding to a resume, the score.
import Foundation
import JobHuntDiscovery
import JobHuntKernel

/// How one posting fits one profile, for `discover show`.
///
/// JSON keys: `score`, `uses_model`, `components`, `required_skills_covered`,
/// `required_skills_missing`, `preferred_skills_covered`,
/// `preferred_skills_missing`, `keywords_to_add`, `salary_fit`, `location_fit`,
/// `dealbreakers`.
package struct PostingFit: Sendable, Equatable, Encodable {
    package var score: Double
    /// False when no model is installed: `semantic` is then neutral and left out of `score`.
    package var usesModel: Bool
    package var components: MatchComponents
    package var requiredSkillsCovered: [String]
    package var requiredSkillsMissing: [String]
    package var preferredSkillsCovered: [String]
    package var preferredSkillsMissing: [String]
    /// Posting skills the person has (on their skills list or in a job's
    /// technologies) that their resume text, summary and job descriptions never
    /// name: true, and worth saying in a resume tailored to this posting.
    package var keywordsToAdd: [String]
    package var salaryFit: SalaryFit
    package var locationFit: LocationFit
    /// What rules the posting out whatever else fits, each taken off `score`.
    package var dealbreakers: [Dealbreaker]

    enum CodingKeys: String, CodingKey {
        case score
        case usesModel = "uses_model"
        case components
        case requiredSkillsCovered = "required_skills_covered"
        case requiredSkillsMissing = "required_skills_missing"
        case preferredSkillsCovered = "preferred_skills_covered"
        case preferredSkillsMissing = "preferred_skills_missing"
        case keywordsToAdd = "keywords_to_add"
        case salaryFit = "salary_fit"
        case locationFit = "location_fit"
        case dealbreakers
    }
}

/// A posting, where it was listed, and its fit: what `discover show --json` writes.
package struct PostingDetails: Sendable, Equatable, Encodable {
    package var posting: StoredPosting
    package var sources: [PostingSource]
    package var fit: PostingFit
}

extension MatchService {
    /// The posting `reference` names (id, unique id prefix, PLATFORM:EXTERNAL_ID or URL)
    /// and its fit against `user`'s profile.
    package func details(of reference: String, for user: ActingUser) throws -> PostingDetails {
        let db = try services.store.database()
        let lookup = PostingLookup(db: db)
        let posting = try lookup.posting(reference)
        let profile = try matchProfile(for: user)
        var candidate: MatchCandidate?
        if let embedder {
            let vector = try ProfileVectorStore(db: db).vector(
                userID: user.user.id, document: profile.document, embedder: embedder)
            let target = try ProfileVectorStore(db: db, kind: .target).vector(
                userID: user.user.id, document: profile.target, embedder: embedder)
            if vector != nil || target != nil {
                candidate = try MatchCandidates(db: db, scope: .active).load(
                    [posting.id], vector: vector, known: [:], target: target
                ).first
            }
        }
        let scorer = MatchScorer(profile: profile, salaryFloor: nil, now: services.now(), taxonomy: taxonomy)
        let evaluation = scorer.evaluate(
            posting, similarity: candidate?.similarity, targetSimilarity: candidate?.targetSimilarity)
        let told = MatchFilters.folded(profile.narrative)
        let toAdd = evaluation.matchingSkills.filter { !MatchFilters.containsWord(MatchFilters.folded($0), in: told) }
        let fit = PostingFit(
            score: evaluation.score(weights(.hybrid)).rounded4, usesModel: usesModel,
            components: evaluation.components.rounded, requiredSkillsCovered: evaluation.matchingRequiredSkills,
            requiredSkillsMissing: evaluation.missingRequiredSkills,
            preferredSkillsCovered: evaluation.matchingPreferredSkills,
            preferredSkillsMissing: evaluation.missingPreferredSkills,
            keywordsToAdd: toAdd, salaryFit: evaluation.salaryFit, locationFit: evaluation.locationFit,
            dealbreakers: evaluation.dealbreakers)
        return PostingDetails(posting: posting, sources: try lookup.sources(of: posting.id), fit: fit)
    }
}
