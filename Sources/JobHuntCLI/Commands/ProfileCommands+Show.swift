// `jobhunt profile show`: the acting user's profile as a card for people, or
// as one JSON object keyed by the seed's column names.
import Foundation
import JobHuntKernel
import JobHuntProfiles

extension ProfileCommands {
    static let show = CommandSpec(
        name: "show",
        abstract: "Show your profile",
        discussion: """
            With --json, prints one object with the seed's user_profiles columns and summary; \
            phone is the decrypted number, and id is null until the profile is first saved.
            """,
        examples: ["jobhunt profile show", "jobhunt profile show --json"],
        run: { context in
            let acting = try context.actingUser()
            let services = try context.services()
            let profile = try ProfileService(services: services).profile(for: acting)
            if context.globals.json {
                context.output.print(try JSONWriter.encode(profile, pretty: context.output.stdoutIsTerminal))
                return
            }
            let jobs = try ExperienceService(services: services).list(for: acting)
            for line in card(profile, user: acting.user, jobs: jobs, style: context.output.style) {
                context.output.print(line)
            }
            if !profile.isStored {
                context.output.note("no profile yet: start with `jobhunt profile set --title TITLE --years N`")
            }
        })

    /// The lines of the card: who, then each field that is set, then the summary and work history.
    static func card(_ profile: UserProfile, user: UserAccount, jobs: [Experience], style: Style) -> [String] {
        var fields: [(String, String)] = []
        func add(_ label: String, _ value: String?) { if let value { fields.append((label, value)) } }
        add("Title", profile.currentTitle)
        add("Aim read", aimLine(profile, jobs: jobs))
        add("Experience", profile.yearsExperience.map { $0 == 1 ? "1 year" : "\($0) years" })
        let place = [profile.locationCity, profile.locationState, profile.locationCountry].compactMap { $0 }
        let moving = profile.willingToRelocate ? "willing to relocate" : nil
        add("Location", place.isEmpty ? moving : place.joined(separator: ", ") + (moving.map { " (\($0))" } ?? ""))
        // Unset, the summary's own words are what matching reads (StatedWorkType): say so.
        add(
            "Work type",
            profile.preferredWorkType?.rawValue
                ?? StatedWorkType.read(profile.summary).map { "\($0.rawValue) (read from the summary)" })
        add(
            "Salary",
            salary(min: profile.targetSalaryMin, max: profile.targetSalaryMax).map { range in
                range + (profile.targetSalaryCurrency.map { " \($0)" } ?? "")
            })
        add("Phone", profile.phone)
        add("LinkedIn", profile.linkedinURL)
        add("GitHub", profile.githubURL)
        add("Portfolio", profile.portfolioURL)
        add("Resume", profile.resumeFileURL)
        add("Resume text", profile.resumeText.map { "\($0.split(whereSeparator: \.isWhitespace).count) words" })
        let width = fields.map(\.0.count).max() ?? 0
        var lines = [style.bold(user.displayName) + (user.displayName == user.email ? "" : " <\(user.email)>")]
        lines += fields.map { "  " + $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.1 }
        if let summary = profile.summary {
            lines +=
                ["", style.bold("Summary")]
                + summary.split(separator: "\n", omittingEmptySubsequences: false)
                .map { "  " + $0 }
        }
        if !jobs.isEmpty {
            lines += ["", style.bold("Work history")]
            let periods = jobs.map(ExperienceCommands.period)
            let width = periods.map(\.count).max() ?? 0
            lines += zip(periods, jobs).map { period, job in
                "  " + period.padding(toLength: width, withPad: " ", startingAt: 0)
                    + "  \(job.jobTitle), \(job.companyName)"
            }
        }
        return lines
    }

    /// What `discover match` reads as the person's aim from their summary,
    /// title and latest job (``StatedAim``), so a misreading can be seen and
    /// corrected (set the title, or a saved search's titles); nil when
    /// nothing was read.
    static func aimLine(_ profile: UserProfile, jobs: [Experience]) -> String? {
        let latest = jobs.sorted { ($0.isCurrent ? 1 : 0, $0.startDate) > ($1.isCurrent ? 1 : 0, $1.startDate) }.first
        let aim = StatedAim(profile: profile, latestEntry: latest?.description)
        guard !aim.isEmpty else { return nil }
        var parts: [String] = []
        if !aim.aims.isEmpty { parts.append(aim.aims.joined(separator: "; ")) }
        if !aim.leftBehind.isEmpty { parts.append("leaving: " + aim.leftBehind.joined(separator: "; ")) }
        return parts.joined(separator: " (") + (parts.count > 1 ? ")" : "")
    }

    private static func salary(min: Int?, max: Int?) -> String? {
        switch (min, max) {
        case let (min?, max?): return "\(min) – \(max)"
        case let (min?, nil): return "from \(min)"
        case let (nil, max?): return "up to \(max)"
        case (nil, nil): return nil
        }
    }
}
