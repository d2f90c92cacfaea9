// `discover match`: the acting user's profile against the active postings —
// candidates in the filters' scope, scored by the hybrid scorer, best first.
import Foundation
internal import JobHuntDatabase
import JobHuntDiscovery
import JobHuntKernel
import JobHuntProfiles
import JobHuntSkills

/// Ranks postings for the acting user and explains each rank.
///
/// The embedder is injected (the CLI passes the installed model, tests a
/// deterministic function); without one, ranking falls back to skills and
/// keywords (``MatchWeights/withoutModel``) and the caller says so once.
/// So are the services it reads the person through (``MatchReaders``), built
/// by ``make(services:embedder:taxonomy:)``, the factory every caller uses.
/// Only the acting user's profile, skills, experiences and searches are read.
///
/// ```swift
/// let service = MatchService.make(services: services, embedder: { try model.embed($0) })
/// for match in try service.match(MatchRequest(limit: 10), for: user) { print(match.rank, match.title, match.score) }
/// ```
package struct MatchService {
    let services: Services
    let readers: MatchReaders
    let embedder: (any Embedder)?
    let taxonomy: SkillTaxonomy
    /// How long a cached result is served; profile and posting changes invalidate it sooner.
    package static let cacheLifetime: Duration = .seconds(900)

    package init(
        services: Services, readers: MatchReaders, embedder: (any Embedder)? = nil, taxonomy: SkillTaxonomy = .standard
    ) {
        self.services = services
        self.readers = readers
        self.embedder = embedder
        self.taxonomy = taxonomy
    }

    /// False when matching runs without a model (skills and keywords only).
    package var usesModel: Bool { embedder != nil }

    /// The `request.limit` best postings for `user`, ranked from 1.
    package func match(_ request: MatchRequest, for user: ActingUser) throws -> [PostingMatch] {
        try outcome(request, for: user).matches
    }

    /// ``match(_:for:)`` and whether `user` told jobhunt nothing ranking can
    /// use (no title, summary, résumé text, skill or job), read from the same
    /// profile, so the caller can say why every match looks alike instead of
    /// presenting noise as a ranking.
    package func outcome(_ request: MatchRequest, for user: ActingUser) throws -> MatchOutcome {
        if request.ranking == .semantic && embedder == nil { throw JobHuntError.matchNoModel }
        // The vector file's checksum starts now and runs while the profile is read.
        if request.ranking != .keyword && embedder != nil {
            PostingVectorFile.prepare(for: try services.store.database())
        }
        var (filters, nearMisses) = try resolvedFilters(request, for: user)
        let profile = try matchProfile(
            for: user, targetTitles: filters.titles, keywords: filters.keywords,
            wantedLevels: filters.levels + filters.preferredLevels)
        filters.salaryCurrency = profile.floorCurrency
        filters.homeCountry = profile.profile.locationCountry.flatMap { CountryCodes.code(for: $0) }
        nearMisses?.salaryCurrency = filters.salaryCurrency
        nearMisses?.homeCountry = filters.homeCountry
        // Without a cache there is nothing to look up, and hashing the
        // question (JSON of filters and profile) was 1.2% of a cold match.
        let fingerprint = usesCache ? cacheFingerprint(request, filters: filters, profile: profile) : nil
        if let fingerprint, let cached = cachedMatches(for: user, fingerprint: fingerprint) {
            return MatchOutcome(matches: cached, profileIsBlank: profile.isBlank)
        }
        let (matches, agreement, skillsConfidence) = try rank(
            request, filters: filters, nearMisses: nearMisses, profile: profile, userID: user.user.id)
        if let fingerprint { storeMatches(matches, for: user, fingerprint: fingerprint) }
        return MatchOutcome(
            matches: matches, profileIsBlank: profile.isBlank, targetAgreement: agreement,
            titleReadsAim: profile.titleReadsAim, skillsConfidence: skillsConfidence)
    }

    /// The search's filters (when named) plus the request's own, and what a
    /// posting outside a saved search must pass to follow its results as a
    /// near miss (``MatchFilters/nearMisses(oneOff:)``); nil when no saved
    /// search is applied or the request asks for none.
    func resolvedFilters(_ request: MatchRequest, for user: ActingUser) throws
        -> (filters: MatchFilters, nearMisses: MatchFilters?)
    {
        guard let name = request.searchName else {
            // Filters built as a saved search's (MatchFilters.saved), as the evaluation passes them.
            let saved = request.filters.placesAdmitRemote && request.nearMisses
            return (request.filters, saved ? request.filters.nearMisses(oneOff: MatchFilters()) : nil)
        }
        let search = MatchFilters(try readers.searches.show(name, for: user))
        let filters = search.adding(request.filters)
        return (filters, request.nearMisses ? search.nearMisses(oneOff: request.filters) : nil)
    }

    func matchProfile(
        for user: ActingUser, targetTitles: [String] = [], keywords: [String] = [], wantedLevels: [String] = []
    ) throws -> MatchProfile {
        MatchProfile(
            profile: try readers.profiles.profile(for: user), skills: try readers.skills.list(for: user),
            experiences: try readers.experiences.list(for: user), targetTitles: targetTitles,
            keywords: keywords, wantedLevels: wantedLevels, taxonomy: taxonomy)
    }

    func weights(_ ranking: MatchRanking) -> MatchWeights {
        switch ranking {
        case .hybrid: embedder == nil ? .withoutModel : .hybrid
        case .semantic: .semanticOnly
        case .keyword: .keywordOnly
        }
    }

    private func rank(
        _ request: MatchRequest, filters: MatchFilters, nearMisses: MatchFilters?, profile: MatchProfile,
        userID: UUID
    ) throws -> (matches: [PostingMatch], agreement: Double?, skillsConfidence: Double) {
        let db = try services.store.database()
        let candidates = MatchCandidates(db: db, scope: filters.scope)
        // Started first: on a SQLite file it runs beside the vector work below.
        let lexical = pendingLexical(candidates, request, filters: filters, profile: profile)
        var vector: [Float]?
        var target: [Float]?
        if request.ranking != .keyword, let embedder {
            vector = try ProfileVectorStore(db: db).vector(
                userID: userID, document: profile.document, embedder: embedder)
        }
        // The target vector counts only in rankings that weigh it (the hybrid);
        // plain cosine stays the profile's alone, as the eval's baseline.
        var weights = request.weights ?? weights(request.ranking)
        if weights.target > 0, let embedder {
            target = try ProfileVectorStore(db: db, kind: .target).vector(
                userID: userID, document: profile.target, embedder: embedder)
        }
        // How far what the person wants lies from what they did; the target
        // leads when they disagree (MatchWeights.ledByTarget).
        let agreement = vector.flatMap { vector in target.flatMap { MatchCandidates.cosine(vector, $0) } }
        weights = weights.ledByTarget(agreement: agreement, titleReadsAim: profile.titleReadsAim)
        let admitted = try gather(
            candidates, lexical: lexical, filters: filters, request: request, vector: vector, target: target)
        // A saved search is a preference: the postings outside it are scored
        // too, and ordered as if they scored a little less (MatchFilters.nearMisses).
        var outside: [MatchCandidate] = []
        if let nearMisses {
            let near = MatchCandidates(db: db, scope: nearMisses.scope)
            let inside = Set(admitted.map(\.posting.id))
            outside = try gather(
                near, lexical: pendingLexical(near, request, filters: nearMisses, profile: profile),
                filters: nearMisses, request: request, vector: vector, target: target
            ).filter { !inside.contains($0.posting.id) }
        }
        // The hybrid reads what the postings nearest the aim say when the
        // profile says too little (AimPeers): a floor nobody set, and whether
        // skills can be read for this field at all.
        let peers = request.ranking == .hybrid ? AimPeers(admitted) : AimPeers([])
        let stated = filters.minSalary ?? profile.profile.targetSalaryMin
        let implied = stated == nil ? peers.impliedFloor(currency: profile.floorCurrency) : nil
        var scorer = MatchScorer(
            profile: profile, salaryFloor: stated ?? implied, now: services.now(), taxonomy: taxonomy)
        scorer.remoteNotAsked = filters.remoteOnlyThroughPlace
        scorer.floorIsImplied = implied != nil
        // Scored once; the peers (a few of the admitted) reuse their evaluations.
        let evaluations = scorer.evaluateAll(admitted + outside)
        let components = Dictionary(
            zip(admitted.map(\.posting.id), evaluations.map(\.components)), uniquingKeysWith: { first, _ in first })
        let skillsConfidence = AimPeers.skillsConfidence(peers.candidates.compactMap { components[$0.posting.id] })
        weights.skills *= skillsConfidence
        // Dealbreakers cost the hybrid only: the semantic and keyword rankings
        // stay the plain baselines the evaluation compares it with.
        let hybrid = request.ranking == .hybrid
        let scored = zip(admitted + outside, evaluations).enumerated().map { index, pair in
            (
                pair.0.posting, pair.1, hybrid ? pair.1.score(weights) : pair.1.components.score(weights),
                index >= admitted.count
            )
        }.sorted { left, right in
            let leftOrder = left.2 - (left.3 ? MatchCalibration.nearMissPenalty : 0)
            let rightOrder = right.2 - (right.3 ? MatchCalibration.nearMissPenalty : 0)
            if leftOrder != rightOrder { return leftOrder > rightOrder }
            return left.0.id.uuidString < right.0.id.uuidString
        }
        let matches = scored.prefix(request.limit).enumerated().map { index, entry in
            PostingMatch(entry.0, evaluation: entry.1, score: entry.2, rank: index + 1, outsideSearch: entry.3)
        }
        return (matches, agreement, skillsConfidence)
    }

    /// The full-text candidates, started in the background (none for semantic ranking).
    private func pendingLexical(
        _ candidates: MatchCandidates, _ request: MatchRequest, filters: MatchFilters, profile: MatchProfile
    ) -> PendingLexical? {
        guard request.ranking != .semantic else { return nil }
        return PendingLexical(
            candidates, terms: lexicalTerms(profile, filters: filters), skills: profileSkillNames(profile).sorted(),
            limit: request.candidatePool)
    }

    /// The postings in `candidates`' scope worth scoring: the nearest to the
    /// profile and to the target, the full-text matches, and the newest when
    /// those are few, loaded and kept when their text passes the keywords.
    private func gather(
        _ candidates: MatchCandidates, lexical: PendingLexical?, filters: MatchFilters, request: MatchRequest,
        vector: [Float]?, target: [Float]?
    ) throws -> [MatchCandidate] {
        let pool = request.candidatePool
        var ids: [UUID] = []
        var seen = Set<UUID>()
        func add(_ more: [UUID]) { for id in more where seen.insert(id).inserted { ids.append(id) } }
        var similarities: [UUID: Float] = [:]
        var targetSimilarities: [UUID: Float] = [:]
        let nearest = try candidates.semantic(vector, target: target, limit: pool)
        for hit in nearest.profile { similarities[hit.id] = hit.similarity }
        add(nearest.profile.map(\.id))
        // What the person wants may lie far from what they did: its
        // nearest postings are candidates too.
        for hit in nearest.target { targetSimilarities[hit.id] = hit.similarity }
        add(nearest.target.map(\.id))
        if let lexical { add(try lexical.ids()) }
        // Semantic ranking is about vectors: a posting without one would only
        // bring its neutral 0.5 and outrank real but weaker cosines.
        if ids.count < pool && request.ranking != .semantic { add(try candidates.recent(limit: pool - ids.count)) }
        return try candidates.load(
            ids, vector: vector, known: similarities, target: target, knownTarget: targetSimilarities
        ).filter { candidate in
            filters.admits(
                title: candidate.posting.title,
                text: candidate.posting.description + "\n" + (candidate.posting.requirements ?? ""))
        }
    }

    /// The person's skills and technologies as stored (canonical names, as the
    /// postings' skill arrays hold them).
    func profileSkillNames(_ profile: MatchProfile) -> Set<String> {
        Set(profile.skills.map(\.skillName) + profile.experiences.flatMap(\.technologies))
    }

    /// What the full-text candidates are searched for: skills (primary first),
    /// titles and the search's keywords.
    func lexicalTerms(_ profile: MatchProfile, filters: MatchFilters) -> [String] {
        let skills = profile.skills.filter(\.isPrimary) + profile.skills.filter { !$0.isPrimary }
        var terms = skills.map(\.skillName) + profile.experiences.flatMap(\.technologies)
        terms += profile.titles.map(\.title) + filters.keywords
        var seen = Set<String>()
        return Array(terms.filter { seen.insert($0.lowercased()).inserted }.prefix(40))
    }
}

extension PostingMatch {
    init(_ posting: StoredPosting, evaluation: MatchEvaluation, score: Double, rank: Int, outsideSearch: Bool = false) {
        self.init(
            rank: rank, id: posting.id, title: posting.title, companyName: posting.companyName,
            location: PostingMatch.location(posting), workArrangement: posting.workArrangement,
            sourcePlatform: posting.sourcePlatform, externalID: posting.externalID, sourceURL: posting.sourceURL,
            score: score.rounded4, components: evaluation.components.rounded,
            matchingSkills: evaluation.matchingSkills, missingRequiredSkills: evaluation.missingRequiredSkills,
            salaryFit: evaluation.salaryFit, locationFit: evaluation.locationFit, salaryMin: posting.salaryMin,
            salaryMax: posting.salaryMax, salaryCurrency: posting.salaryCurrency,
            experienceLevel: posting.experienceLevel, postedDate: posting.postedDate?.description,
            outsideSearch: outsideSearch, dealbreakers: evaluation.dealbreakers)
    }

    /// "City, State, Country" with the parts the posting has.
    static func location(_ posting: StoredPosting) -> String? {
        let parts = [posting.locationCity, posting.locationState, posting.locationCountry].compactMap { $0 }
            .filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}

/// What ``MatchService/outcome(_:for:)`` found: the matches, and whether the
/// profile they were ranked against says anything about the person's work.
package struct MatchOutcome: Sendable {
    package var matches: [PostingMatch]
    package var profileIsBlank: Bool
    /// Cosine of the profile and target vectors when both were used (the
    /// hybrid ranking with a model); nil otherwise and for cached results.
    package var targetAgreement: Double?
    /// The title component read an aim the person stated (``MatchWeights/ledByTarget(agreement:titleReadsAim:)``).
    package var titleReadsAim: Bool
    /// What the skills weight was multiplied by (``AimPeers/skillsConfidence(_:)``); 1 for cached results.
    package var skillsConfidence: Double

    package init(
        matches: [PostingMatch], profileIsBlank: Bool, targetAgreement: Double? = nil, titleReadsAim: Bool = false,
        skillsConfidence: Double = 1
    ) {
        self.matches = matches
        self.profileIsBlank = profileIsBlank
        self.targetAgreement = targetAgreement
        self.titleReadsAim = titleReadsAim
        self.skillsConfidence = skillsConfidence
    }
}
