// `jobhunt-bench ingest` (hidden): postings per second for parse + normalise +
// upsert on generated Greenhouse postings, on SQLite and PostgreSQL, against
// the issue's SQLite target and the per-posting baseline run in the same process.
import Foundation
import JobHuntCLI
import JobHuntKernel

extension BenchCommands {
    /// The options of `jobhunt-bench ingest`.
    enum Ingest: ArgumentKeys {
        static let postings: OptionKey<Int?> = .value(
            "postings", .integer(1...10_000_000), valueName: "N", help: "Generated postings", defaultValue: "50000")
        static let engine: OptionKey<String?> = .value(
            "engine", .choice(["sqlite", "postgres", "all"]), valueName: "ENGINE",
            help: "Which engines to measure (postgres needs --postgres)", defaultValue: "all")
        static let postgres: OptionKey<String?> = .value(
            "postgres", .string, valueName: "URL",
            help: "A PostgreSQL server to create throwaway databases on (dropped afterwards)",
            environment: "JOBHUNT_TEST_POSTGRES_URL")
        static let database: OptionKey<String?> = .value(
            "database", .string, valueName: "URL",
            help: "Measure this empty database only, without a baseline, instead of throwaway ones")
        static let batch: OptionKey<Int?> = .value(
            "batch", .integer(1...100_000), valueName: "N", help: "Postings per transaction", defaultValue: "500")
        static let noBaseline: OptionKey<Bool> = .flag("no-baseline", help: "Skip the per-posting baseline run")
        static let options: [any OptionKeyProtocol] = [postings, engine, postgres, database, batch, noBaseline]
    }

    static let ingestSpec = CommandSpec(
        name: "ingest", abstract: "Postings/s for parse + normalise + upsert (embedding excluded)",
        keys: Ingest.self,
        run: { try ingest($0) })

    package static func ingest(_ context: CommandContext) throws {
        let arguments = context.arguments
        // Never the user's own database: the benchmark fills throwaway ones unless told otherwise.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jobhunt-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let postings = arguments[Ingest.postings] ?? 50_000
        let batch = arguments[Ingest.batch] ?? 500
        func services(_ url: String) -> Services {
            Services(configuration: Configuration(databaseURL: url, dataDirectory: folder))
        }
        if let url = arguments[Ingest.database] {
            let result = try IngestBenchmark(services: services(url)).run(postings: postings, batchSize: batch)
            report(result, engine: services(url).store.isEmbedded ? "SQLite" : "PostgreSQL", context: context)
            return
        }
        let engine = arguments[Ingest.engine] ?? "all"
        let baseline = !arguments[Ingest.noBaseline]
        var anchor: IngestBenchmark.Result?
        if engine != "postgres" {
            let main = BenchmarkDatabase.sqlite(in: folder, name: "bench.sqlite3")
            let base = BenchmarkDatabase.sqlite(in: folder, name: "baseline.sqlite3")
            let result = try IngestBenchmark(
                services: services(main.url), baseline: baseline ? services(base.url) : nil
            )
            .run(postings: postings, batchSize: batch)
            report(result, engine: "SQLite", context: context)
            anchor = result
        }
        if engine != "sqlite" {
            guard let server = arguments[Ingest.postgres], !server.isEmpty else {
                context.output.print(
                    "ingest on PostgreSQL: skipped (pass --postgres URL or set JOBHUNT_TEST_POSTGRES_URL)")
                return
            }
            let main = try BenchmarkDatabase.postgres(server: server)
            defer { main.close() }
            let base = try baseline ? BenchmarkDatabase.postgres(server: server) : nil
            defer { base?.close() }
            let before = try BenchmarkDatabase.postgres(server: server)
            defer { before.close() }
            let result = try IngestBenchmark(
                services: services(main.url), baseline: base.map { services($0.url) },
                sequential: services(before.url)
            )
            .run(postings: postings, batchSize: batch)
            report(result, engine: "PostgreSQL", context: context)
            if let anchor { compare(result, anchor: anchor, context: context) }
        }
    }

    /// The issue's PostgreSQL target is 10,000/s where the SQLite path made
    /// 5,274/s: about 1.9x the SQLite run measured seconds earlier on the same
    /// machine, which is what a ratio can check on a machine of another speed.
    ///
    /// On a machine shared with other work, wall time mostly measures the
    /// queue for a core, so the same comparison is also made on CPU time: the
    /// rate two idle cores would give if this process ran on one and the
    /// server's backend on the other (`IngestBenchmark.Result.cpuBound`).
    private static func compare(
        _ result: IngestBenchmark.Result, anchor: IngestBenchmark.Result, context: CommandContext
    ) {
        let needed = IngestBenchmark.postgresTarget / IngestBenchmark.issueSQLiteAnchor
        func line(_ what: String, _ ratio: Double) -> String {
            "PostgreSQL against the SQLite run above, \(what): \(String(format: "%.2f", ratio))x (target >= "
                + "\(String(format: "%.2f", needed))x, i.e. \(Int(IngestBenchmark.postgresTarget))/s where SQLite made "
                + "\(Int(IngestBenchmark.issueSQLiteAnchor))/s: \(ratio >= needed ? "met" : "MISSED"))"
        }
        context.output.print(line("wall time", result.postingsPerSecond / anchor.postingsPerSecond))
        guard let postgres = result.cpuBound, let sqlite = anchor.cpuBound else { return }
        let before = result.sequentialCPUBound.map { String(format: ", before %.0f/s", $0) } ?? ""
        context.output.print(
            "CPU-bound rates (two idle cores, this process on one, the server's backend on the other): SQLite "
                + String(format: "%.0f/s, PostgreSQL %.0f/s", sqlite, postgres) + before)
        context.output.print(line("CPU-bound", postgres / sqlite))
    }

    private static func report(_ result: IngestBenchmark.Result, engine: String, context: CommandContext) {
        let out = context.output
        let rate = result.postingsPerSecond
        let verdict =
            engine == "SQLite"
            ? " (target >= \(Int(IngestBenchmark.sqliteTarget))/s: \(rate >= IngestBenchmark.sqliteTarget ? "met" : "MISSED"))"
            : ""
        out.print(
            "ingest on \(engine): \(result.postings) postings in \(seconds(result.totalSeconds))"
                + " -> \(String(format: "%.0f", rate)) postings/s\(verdict)")
        if let pipelined = result.pipelined {
            let split =
                result.split.map { "split into jobs \(phase($0)), parse + " } ?? "parse \(phase(result.parse)), "
            out.print(
                "  \(split)normalise + upsert pipelined \(phase(pipelined))"
                    + " (parse whole alone \(phase(result.parse)), normalise alone \(phase(result.normalise)));"
                    + " new \(result.summary.new), failed \(result.summary.failed)")
        } else {
            out.print(
                "  parse \(phase(result.parse)), normalise \(phase(result.normalise)), upsert \(phase(result.upsert));"
                    + " new \(result.summary.new), failed \(result.summary.failed)")
        }
        if let parallel = result.parallelNormalise {
            // As `discover` runs it: the same postings normalised on every core (checked equal).
            let sqlite = result.parallelPostingsPerSecond.map {
                "; parse + this + upsert -> \(String(format: "%.0f", $0)) postings/s"
            }
            out.print(
                "  normalise on \(result.threads) threads (as discover does; same postings): \(phase(parallel))"
                    + (sqlite ?? ""))
        }
        if let before = result.sequentialUpsert, let beforeRate = result.sequentialPostingsPerSecond {
            out.print(
                "  before (schema up to 030, normalise then upsert in turn; same postings, same process): upsert"
                    + " \(phase(before)) -> \(String(format: "%.0f", beforeRate)) postings/s;"
                    + " now \(String(format: "%.2f", rate / beforeRate))x overall"
                    + "; new \(result.sequentialSummary?.new ?? 0), failed \(result.sequentialSummary?.failed ?? 0)")
        }
        guard let base = result.baselineUpsert, let baseRate = result.baselinePostingsPerSecond else { return }
        out.print(
            "  baseline (one posting per statement, same postings, same process): upsert \(phase(base))"
                + " -> \(String(format: "%.0f", baseRate)) postings/s; bulk is \(String(format: "%.2f", rate / baseRate))x"
                + " overall, \(String(format: "%.2f", base.seconds / result.upsert.seconds))x on upsert"
                + "; baseline new \(result.baselineSummary?.new ?? 0), failed \(result.baselineSummary?.failed ?? 0)")
    }

    private static func seconds(_ value: Double) -> String { String(format: "%.2f s", value) }

    /// Wall time, and this process's CPU time (on a shared machine wall time includes waiting for a core).
    private static func phase(_ phase: IngestBenchmark.Phase) -> String {
        let server = phase.serverCPUSeconds.map { ", server CPU \(seconds($0))" } ?? ""
        return "\(seconds(phase.seconds)) (CPU \(seconds(phase.cpuSeconds))\(server))"
    }
}
