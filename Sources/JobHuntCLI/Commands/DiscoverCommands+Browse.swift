// `jobhunt discover list` and `jobhunt discover stats`: read-only views of the
// stored postings and of how scraping went.
import Foundation
import JobHuntDiscovery
import JobHuntKernel

extension DiscoverCommands {
    /// The options of `discover list`.
    enum List: ArgumentKeys {
        static let all: OptionKey<Bool> = .flag("all", help: "Include inactive (expired or withdrawn) postings")
        static let limit: OptionKey<Int?> = .value(
            "limit", .integer(1...1_000_000), valueName: "N", help: "Show at most N postings")
        static let options: [any OptionKeyProtocol] = [all, limit]
    }

    /// The options of `discover stats`.
    enum Stats: ArgumentKeys {
        static let days: OptionKey<Int?> = .value(
            "days", .integer(1...3650), valueName: "N", help: "How many days back, today included", defaultValue: "7")
        static let options: [any OptionKeyProtocol] = [days]
    }

    static let list = CommandSpec(
        name: "list",
        aliases: ["ls"],
        abstract: "List stored postings, newest first",
        discussion: """
            Postings are shared by everyone on the database. Newest first means by posted date, \
            then by when jobhunt stored them. --json writes every job_postings column except \
            `embedding` (384 numbers), plus `company_name`; the table shows the last 8 \
            characters of each id, which `discover show` accepts.
            """,
        keys: List.self,
        examples: ["jobhunt discover list --limit 20", "jobhunt discover list --all --json"],
        run: { context in
            let postings = try PostingBrowser(services: try context.services()).list(
                includeInactive: context.arguments[List.all], limit: context.arguments[List.limit])
            if context.globals.json {
                context.output.print(try JSONWriter.encode(postings, pretty: context.output.stdoutIsTerminal))
                return
            }
            if postings.isEmpty {
                context.output.note(
                    context.arguments[List.all]
                        ? "no postings stored yet (run `jobhunt discover --source KIND:ARG` to find some)"
                        : "no active postings (run `jobhunt discover --source KIND:ARG`, or add --all for inactive ones)"
                )
                return
            }
            var table = TextTable(columns: [
                .init("ID"), .init("TITLE"), .init("COMPANY"), .init("LOCATION"), .init("ARRANGEMENT"),
                .init("SALARY", alignment: .right), .init("POSTED"),
            ])
            for posting in postings {
                table.append([
                    PostingHandle.short(posting.id), posting.title, posting.companyName ?? "",
                    [posting.locationCity, posting.locationState, posting.locationCountry].compactMap { $0 }
                        .joined(separator: ", "),
                    posting.workArrangement ?? "", salary(posting), posting.postedDate?.description ?? "",
                ])
            }
            context.printTable(table)
        })

    /// `120000–150000 USD`, one bound, or empty.
    static func salary(_ posting: StoredPosting) -> String {
        let range = SearchCommands.salary(posting.salaryMin, posting.salaryMax)
        guard !range.isEmpty else { return "" }
        return posting.salaryCurrency.map { "\(range) \($0)" } ?? range
    }

    static let stats = CommandSpec(
        name: "stats",
        abstract: "Show scrape metrics per platform and day, and posting counts",
        discussion: """
            For each platform and day (UTC) of the last N days: jobs scraped, successful and \
            failed scrapes, rate-limit hits and average response time. Then how many stored \
            postings each source platform has, active and inactive (all time).
            """,
        keys: Stats.self,
        examples: ["jobhunt discover stats", "jobhunt discover stats --days 30 --json"],
        run: { context in
            let stats = try PostingBrowser(services: try context.services()).stats(
                days: context.arguments[Stats.days] ?? 7)
            if context.globals.json {
                context.output.print(try JSONWriter.encode(stats, pretty: context.output.stdoutIsTerminal))
                return
            }
            var metrics = TextTable(columns: [
                .init("PLATFORM"), .init("DATE"), .init("SCRAPED", alignment: .right), .init("OK", alignment: .right),
                .init("FAILED", alignment: .right), .init("RATE LIMITED", alignment: .right),
                .init("AVG MS", alignment: .right),
            ])
            for metric in stats.metrics {
                metrics.append([
                    metric.platformName, metric.metricDate.description, "\(metric.totalJobsScraped)",
                    "\(metric.successfulScrapes)", "\(metric.failedScrapes)", "\(metric.rateLimitHits)",
                    metric.averageResponseTimeMS.map { "\($0)" } ?? "",
                ])
            }
            if stats.metrics.isEmpty {
                context.output.note("no scrape metrics since \(stats.since)")
            } else {
                context.printTable(metrics)
                context.output.print("")
            }
            var postings = TextTable(columns: [
                .init("SOURCE"), .init("ACTIVE", alignment: .right), .init("INACTIVE", alignment: .right),
            ])
            for count in stats.postings {
                postings.append([count.sourcePlatform, "\(count.active)", "\(count.inactive)"])
            }
            context.printTable(postings)
        })
}
