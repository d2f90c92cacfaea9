// `jobhunt analytics sources`: what is working, per source platform and
// discovery source, or per title, level, work arrangement or generator.
import Foundation
import JobHuntAnalytics
import JobHuntKernel

extension AnalyticsCommands {
    enum Sources: ArgumentKeys {
        static let by: OptionKey<String?> = .value(
            "by", .choice(SourceDimension.names), valueName: "WHAT",
            help: "Group by platform, source, title, level, work-type or generator (default: platform and source)")
        static let options: [any OptionKeyProtocol] = [by, csv]
    }

    static let sources = CommandSpec(
        name: "sources",
        abstract: "What is working: results per source, title, level, work type or résumé generator",
        discussion: """
            For each group: postings found (stored postings; none for generator), your \
            applications sent, how many reached interviewed and offered, and the response rate. \
            Without --by, two tables: per source platform (job_postings.source_platform) and per \
            discovery source (job_posting_sources.source_key, the --source that found it). \
            --by title groups by the application's job_title; level and work-type by the \
            posting's experience_level and work_arrangement; generator by the résumé that was \
            generated for the application (generated_content.model_used: builtin or llm:MODEL, \
            and generation_metadata's template). Applications made elsewhere are '(none)'. \
            --json and --csv rows are {dimension, value, jobs_discovered, applications_submitted, \
            interviews_scheduled, offers_received, response_rate}, dimension naming the column.
            """,
        keys: Sources.self,
        examples: [
            "jobhunt analytics sources", "jobhunt analytics sources --by title",
            "jobhunt analytics sources --by generator --json",
        ],
        run: { context in
            let format = try OutputFormat(context)
            let service = try service(context)
            let user = try context.actingUser()
            try service.ensureRolledUp(for: user)
            let dimensions =
                context.arguments[Sources.by].flatMap(SourceDimension.init).map { [$0] } ?? [.platform, .source]
            let groups = try dimensions.map { ($0, try service.sources(by: $0, for: user)) }
            let rows = groups.flatMap(\.1)
            switch format {
            case .json: context.output.print(try JSONWriter.encode(rows, pretty: context.output.stdoutIsTerminal))
            case .csv: context.output.print(CSVText.render(header: SourceRow.columns, rows: rows.map(\.cells)))
            case .text:
                for (index, (dimension, rows)) in groups.enumerated() {
                    if index > 0 { context.output.print("") }
                    AnalyticsText.sources(rows, dimension: dimension, context: context)
                }
            }
        })
}
