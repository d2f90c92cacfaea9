// `jobhunt discover match`: the postings that fit the acting user best, each
// with its score and why; `--json` is the contract in docs/matching.md.
import Foundation
import JobHuntDiscovery
import JobHuntKernel
import JobHuntMatching

extension DiscoverCommands {
    /// The filters of `discover search add` (all but --source), plus the search, limit and ranking.
    enum Match: ArgumentKeys {
        static let search: OptionKey<String?> = .value(
            "search", .string, valueName: "NAME",
            help: "Apply this saved search's filters, read as a preference (see --help)")
        static let limit: OptionKey<Int?> = .value(
            "limit", .integer(1...1_000), valueName: "N", help: "Show the N best postings",
            defaultValue: "\(MatchRequest.defaultLimit)")
        static let onlySearch: OptionKey<Bool> = .flag(
            "only-search", help: "With --search, show only postings that pass it, never the near misses after them")
        static let ranking: OptionKey<String?> = .value(
            "ranking", .choice(MatchRanking.allCases.map(\.rawValue)), valueName: "KIND",
            help: "hybrid (default), semantic (cosine alone) or keyword (skills and titles alone)", isHidden: true)

        static let options: [any OptionKeyProtocol] =
            [search, limit, onlySearch, ranking]
            + SearchCommands.Criteria.options.filter { $0.spec.long != SavedSearchField.source.rawValue }
    }

    static let match = CommandSpec(
        name: "match",
        abstract: "Rank active postings against your profile, and say why",
        discussion: """
            Scores every candidate posting on eight parts, each 0 to 1: meaning (the embedding model's cosine of \
            your profile and the posting), aim (the same for what you say you want: your title, summary and the \
            search's titles, which leads when it parts from your history), skills (required ones weigh more), title, salary against your floor, \
            location and work arrangement, seniority, and recency; the score is their weighted mean, less 0.1 \
            for each dealbreaker (pay under your floor, a level two or more above yours: `dealbreakers` in \
            --json). --search \
            NAME applies a saved search's filters as a preference: its levels also admit the level one step \
            either side and postings that state none, and a place given without --work-type also admits remote \
            postings open to its country, each ranked below a posting like it that fits as written, and a work \
            type also admits the more flexible ones (hybrid admits remote work open to your places). Postings \
            outside the search are ranked too, as if they scored 0.1 less, and marked "outside your search" \
            (`outside_search` in --json): a clearly better fit just outside it is not hidden; --only-search \
            shows only those that pass. The criteria \
            options add filters of their own (the same options as `discover search add`), applied exactly: \
            `--search NAME --level senior` shows senior postings only. Salary floors are in your \
            --salary-currency (profile set), else your country's; pay in another currency is never converted, so \
            it neither fails a floor nor meets it. Without an embedding model, ranking uses skills and keywords \
            only, with one warning. --json writes one object per posting with every component (see \
            docs/matching.md).
            """,
        keys: Match.self,
        examples: [
            "jobhunt discover match",
            "jobhunt discover match --search 'remote swift' --limit 10",
            "jobhunt discover match --work-type remote --salary-min 120000 --json",
        ],
        run: { try runMatch($0) })

    static func runMatch(_ context: CommandContext) throws {
        let arguments = context.arguments
        let changes = try SearchCommands.changes(context)
        let filters = try SearchCommands.relabeled { try MatchFilters(changes) }
        var request = MatchRequest(
            searchName: arguments[Match.search], filters: filters,
            limit: arguments[Match.limit] ?? MatchRequest.defaultLimit,
            ranking: arguments[Match.ranking].flatMap(MatchRanking.init(rawValue:)) ?? .hybrid)
        request.nearMisses = !arguments[Match.onlySearch]
        MatchService.prepareStandardTaxonomy()
        MatchService.prepareStatedAims()
        // The model's warning, then the acting user, then the service: the
        // order `matchService` gives, with the database opened while the
        // taxonomy is built.
        let embedder = try context.installedEmbedder(otherwise: Self.noModelNote)
        let user = try context.actingUser()
        let service = MatchService.make(services: try context.services(), embedder: embedder)
        let outcome = try service.outcome(request, for: user)
        if outcome.profileIsBlank {
            context.output.warn(
                "your profile is empty, so matches are ranked by pay, place and date alone "
                    + "(run `jobhunt profile import resume.json`, or `jobhunt profile set --title TITLE` "
                    + "and `jobhunt skills add NAME`)")
        }
        let matches = outcome.matches
        if context.globals.json {
            context.output.print(try JSONWriter.encode(matches, pretty: context.output.stdoutIsTerminal))
            return
        }
        if matches.isEmpty {
            context.output.note("no active postings match (run `jobhunt discover --source KIND:ARG` to find some)")
            return
        }
        for match in matches { printMatch(match, context: context) }
    }

    /// What the warning about a missing model says ranking falls back to.
    static let noModelNote = "ranking by skills and keywords only (run `jobhunt model install --from-pypi`)"

    /// The service on the installed model; without one, one warning says how ranking changes.
    static func matchService(_ context: CommandContext) throws -> MatchService {
        let embedder = try context.installedEmbedder(otherwise: noModelNote)
        return MatchService.make(services: try context.services(), embedder: embedder)
    }

    /// Two lines: rank, score, title, company, place and id; then the reasons.
    static func printMatch(_ match: PostingMatch, context: CommandContext) {
        let style = context.output.style
        let place = [match.location, match.workArrangement].compactMap { $0 }.joined(separator: " · ")
        var head = String(format: "%2d. %.2f  ", match.rank, match.score) + style.bold(match.title)
        if let company = match.companyName { head += " — \(company)" }
        if !place.isEmpty { head += " (\(place))" }
        head += "  " + style.dim(PostingHandle.short(match.id))
        context.output.print(head)
        var reasons: [String] = []
        if !match.matchingSkills.isEmpty { reasons.append("skills: " + match.matchingSkills.joined(separator: ", ")) }
        if !match.missingRequiredSkills.isEmpty {
            reasons.append("missing: " + match.missingRequiredSkills.joined(separator: ", "))
        }
        reasons.append("salary: " + salaryText(match))
        reasons.append("location: " + locationText(match.locationFit))
        if match.dealbreakers?.contains(.levelTooHigh) == true, let level = match.experienceLevel {
            reasons.append("level: \(level), two or more above yours")
        }
        if match.outsideSearch == true { reasons.append(style.bold("outside your search")) }
        context.output.print("    " + reasons.joined(separator: " · "))
    }

    static func salaryText(_ match: PostingMatch) -> String {
        let range = SearchCommands.salary(match.salaryMin, match.salaryMax)
        let amount = range.isEmpty ? "" : " (\(range)\(match.salaryCurrency.map { " \($0)" } ?? ""))"
        return salaryFitText(match.salaryFit, given: !range.isEmpty) + amount
    }

    /// The salary verdict in words, for `match` and `show` alike.
    static func salaryFitText(_ fit: SalaryFit, given: Bool) -> String {
        switch fit {
        case .meets: "meets your floor"
        case .partly: "top of range meets your floor"
        case .below: "below your floor"
        case .unknown: "not given"
        case .otherCurrency: "in another currency than your floor (never converted)"
        case .noFloor: given ? "no floor set" : "not given"
        case .belowPeers: "no floor set; below what the postings nearest your aim pay"
        }
    }

    static func locationText(_ fit: LocationFit) -> String {
        switch fit {
        case .remote: "remote"
        case .remoteElsewhere: "remote, but in another country"
        case .sameCity: "your city"
        case .sameRegion: "your region"
        case .sameCountry: "your country, another city"
        case .relocation: "elsewhere (you would relocate)"
        case .elsewhere: "elsewhere"
        case .unknown: "unknown"
        }
    }
}
