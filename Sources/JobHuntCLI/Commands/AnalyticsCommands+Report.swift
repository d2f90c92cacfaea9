// `jobhunt analytics report --html FILE`: the whole picture as one
// self-contained HTML file, readable by its owner alone.
import Foundation
import JobHuntAnalytics
import JobHuntKernel

extension AnalyticsCommands {
    enum Report: ArgumentKeys {
        static let html: OptionKey<String?> = .value(
            "html", .path, valueName: "FILE", help: "Write the report as HTML to FILE (created 0600)")
        static let weeks: OptionKey<Int?> = .value(
            "weeks", .integer(1...104), valueName: "N", help: "Chart the last N weeks", defaultValue: "12")
        static let days: OptionKey<Int?> = .value(
            "days", .integer(1...366), valueName: "N", help: "Source health over the last N days", defaultValue: "30")
        static let options: [any OptionKeyProtocol] = [html, weeks, days]
    }

    static let report = CommandSpec(
        name: "report",
        abstract: "Write the analytics as one self-contained HTML file",
        discussion: """
            One HTML file with everything inline (styles and SVG charts; no scripts, nothing \
            fetched from the network), laid out for the screen and for print: the headline \
            figures, applications per week, the funnel, this week against last, results per \
            source platform, discovery source and résumé generator, and source health. FILE is \
            replaced atomically and readable by you alone.
            """,
        keys: Report.self,
        examples: ["jobhunt analytics report --html ~/jobhunt-report.html"],
        run: { context in
            guard let path = context.arguments[Report.html] else {
                throw CLIError.usage("analytics report needs a file", remedy: "add --html FILE")
            }
            let report = try service(context).report(
                weeks: context.arguments[Report.weeks] ?? 12, days: context.arguments[Report.days] ?? 30,
                for: try context.actingUser())
            let file = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
            try PrivateFileWriter.save(report.html, to: file)
            if context.globals.json {
                context.printJSON(.object([("file", .string(file.path))]))
            } else {
                context.output.note("wrote the report to \(file.path)")
            }
        })
}
