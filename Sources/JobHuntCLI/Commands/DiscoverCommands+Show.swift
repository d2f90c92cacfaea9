// `jobhunt discover show JOB`: one posting in full, where it was listed, and
// how it fits the acting user's profile.
import Foundation
import JobHuntKernel
import JobHuntMatching

extension DiscoverCommands {
    /// The positional of `discover show`.
    enum Show: ArgumentKeys {
        static let job: PositionalKey<String> = .required(
            "JOB", help: "Posting id or handle, PLATFORM:EXTERNAL_ID or URL")
        static let positionals: [any PositionalKeyProtocol] = [job]
    }

    static let show = CommandSpec(
        name: "show",
        abstract: "Show one posting and how it fits your profile",
        discussion: """
            JOB is a posting id, the handle `discover match`, `find` and `list` print (the id's \
            last 8 characters), any unique start or end of the id (at least 4 characters), or \
            PLATFORM:EXTERNAL_ID as a source lists it \
            (greenhouse:4012345), or its URL. Prints the posting (company, place, salary, dates, every source \
            that listed it, the description), then the fit: required and preferred skills you \
            have and lack, skills you have that your resume text never names (worth adding to a \
            resume for this job), and the match components. --json writes {posting, sources, fit}.
            """,
        keys: Show.self,
        examples: ["jobhunt discover show 0193a4f2", "jobhunt discover show greenhouse:4012345 --json"],
        run: { context in
            let service = try matchService(context)
            let details = try service.details(
                of: context.arguments[Show.job], for: try context.actingUser())
            if context.globals.json {
                context.output.print(try JSONWriter.encode(details, pretty: context.output.stdoutIsTerminal))
                return
            }
            printDetails(details, context: context)
        })

    static func printDetails(_ details: PostingDetails, context: CommandContext) {
        let posting = details.posting
        let fit = details.fit
        let place = [posting.locationCity, posting.locationState, posting.locationCountry].compactMap { $0 }
            .joined(separator: ", ")
        var lines: [(String, String)] = [
            ("id", posting.id.uuidString.lowercased()), ("title", posting.title),
            ("company", posting.companyName ?? ""), ("location", place),
            ("arrangement", posting.workArrangement ?? ""), ("employment", posting.employmentType ?? ""),
            ("level", posting.experienceLevel ?? ""),
            ("salary", salary(posting) + salarySourceText(posting.salarySource)),
            ("salary evidence", posting.salaryEvidence ?? ""),
            ("posted", posting.postedDate?.description ?? ""), ("expires", posting.expiresDate?.description ?? ""),
            ("active", posting.isActive ? "yes" : "no"), ("url", posting.sourceURL),
        ]
        for source in details.sources {
            lines.append(("source", "\(source.sourcePlatform):\(source.externalID)  \(source.sourceURL)"))
        }
        lines += [
            ("score", String(format: "%.2f", fit.score) + (fit.usesModel ? "" : " (no model: skills and keywords)")),
            ("components", componentsText(fit.components, usesModel: fit.usesModel)),
            ("required", skillsText(covered: fit.requiredSkillsCovered, missing: fit.requiredSkillsMissing)),
            ("preferred", skillsText(covered: fit.preferredSkillsCovered, missing: fit.preferredSkillsMissing)),
            ("add to resume", fit.keywordsToAdd.joined(separator: ", ")),
            ("salary fit", salaryFitText(fit.salaryFit, given: posting.salaryMin != nil || posting.salaryMax != nil)),
            ("location fit", locationText(fit.locationFit)),
        ]
        let width = lines.map(\.0.count).max() ?? 0
        for (label, value) in lines where !value.isEmpty {
            context.output.print(label.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + value)
        }
        context.output.print("")
        context.output.print(posting.description)
        if let requirements = posting.requirements, !requirements.isEmpty, !posting.description.contains(requirements) {
            context.output.print("")
            context.output.print(requirements)
        }
    }

    /// " (from the text)" or " (from the source's pay fields)": a salary read from a sentence is a reading.
    static func salarySourceText(_ source: String?) -> String {
        switch source {
        case "text": " (from the text)"
        case "structured": " (from the source's pay fields)"
        default: ""
        }
    }

    static func skillsText(covered: [String], missing: [String]) -> String {
        var parts: [String] = []
        if !covered.isEmpty { parts.append("have " + covered.joined(separator: ", ")) }
        if !missing.isEmpty { parts.append("missing " + missing.joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }

    static func componentsText(_ c: MatchComponents, usesModel: Bool) -> String {
        var parts = [
            ("skills", c.skills), ("title", c.title), ("salary", c.salary), ("location", c.location),
            ("seniority", c.seniority), ("recency", c.recency),
        ]
        if usesModel { parts.insert(("semantic", c.semantic), at: 0) }
        return parts.map { "\($0.0) \(String(format: "%.2f", $0.1))" }.joined(separator: " · ")
    }
}
