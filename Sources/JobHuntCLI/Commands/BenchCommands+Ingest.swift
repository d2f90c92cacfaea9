// `jobhunt bench ingest` (hidden): postings per second for parse + normalise +
// upsert on generated Greenhouse postings, against the issue's SQLite target.
import Foundation
import JobHuntCore

extension BenchCommands {
    static let ingestSpec = CommandSpec(
        name: "ingest", abstract: "Postings/s for parse + normalise + upsert (embedding excluded)",
        options: [
            .value(
                "postings", .integer(1...10_000_000), valueName: "N", help: "Generated postings",
                defaultValue: "50000"),
            .value(
                "database", .string, valueName: "URL",
                help: "An empty database to fill (default: a new SQLite file in a temporary folder)"),
            .value(
                "batch", .integer(1...100_000), valueName: "N", help: "Postings per transaction", defaultValue: "500"),
        ],
        run: { try ingest($0) })

    public static func ingest(_ context: CommandContext) throws {
        let arguments = context.arguments
        // Never the user's own database: the benchmark fills a throwaway one unless told otherwise.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jobhunt-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = arguments.string("database") ?? "sqlite:" + folder.appendingPathComponent("bench.sqlite3").path
        let services = Services(configuration: Configuration(databaseURL: url, dataDirectory: folder))
        let result = try IngestBenchmark(services: services).run(
            postings: arguments.integer("postings") ?? 50_000, batchSize: arguments.integer("batch") ?? 500)
        let engine = services.store.isEmbedded ? "SQLite" : "PostgreSQL"
        let rate = result.postingsPerSecond
        let verdict =
            services.store.isEmbedded
            ? " (target >= \(Int(IngestBenchmark.sqliteTarget))/s: \(rate >= IngestBenchmark.sqliteTarget ? "met" : "MISSED"))"
            : ""
        context.output.print(
            "ingest on \(engine): \(result.postings) postings in \(String(format: "%.2f", result.totalSeconds)) s"
                + " -> \(String(format: "%.0f", rate)) postings/s\(verdict)")
        context.output.print(
            "  parse \(String(format: "%.2f", result.parseSeconds)) s, normalise \(String(format: "%.2f", result.normaliseSeconds)) s,"
                + " upsert \(String(format: "%.2f", result.ingestSeconds)) s; new \(result.summary.new), failed \(result.summary.failed)"
        )
    }
}
