// `jobhunt-bench scale-load|scale-match|scale-cleanup`: the parts of
// `scripts/bench scale` the other benchmarks lack (a million postings with
// vectors, the match query over them, cleanup beside a reader). The script runs
// them on one PostgreSQL database, between `ingest`, `analytics`, `queue` and
// timed `jobhunt status list` processes on the same database.
import Foundation
import JobHuntCLI
import JobHuntKernel

extension BenchCommands {
    /// The options the scale commands share.
    enum Scale: ArgumentKeys {
        static let database: OptionKey<String?> = .value(
            "database", .string, valueName: "URL", help: "The scale database (PostgreSQL; the script creates it)")
        static let postings: OptionKey<Int?> = .value(
            "postings", .integer(1...20_000_000), valueName: "N", help: "Generated postings", defaultValue: "1000000")
        static let expired: OptionKey<Int?> = .value(
            "expired", .integer(0...10_000_000), valueName: "N",
            help: "Of them, created 400 days ago for cleanup to delete (default: half)")
        static let clusters: OptionKey<Int?> = .value(
            "clusters", .integer(1...1_000_000), valueName: "N",
            help: "Vector clusters (default: one per 1,000 postings)")
        static let seed: OptionKey<Int?> = .value(
            "seed", .integer(0...1_000_000), valueName: "N", help: "Generator seed", defaultValue: "1")
        static let batch: OptionKey<Int?> = .value(
            "batch", .integer(1...100_000), valueName: "N", help: "Rows per COPY", defaultValue: "5000")
        static let cleanupBatch: OptionKey<Int?> = .value(
            "cleanup-batch", .integer(1...100_000), valueName: "N", help: "cleanup.batch_size for the cleanup run",
            defaultValue: "1000")
        static let memory: OptionKey<String?> = .value(
            "maintenance-work-mem", .string, valueName: "SIZE", help: "For the index builds", defaultValue: "4GB")
        static let parallel: OptionKey<Int?> = .value(
            "parallel-workers", .integer(0...8), valueName: "N", help: "max_parallel_maintenance_workers",
            defaultValue: "1")
        static let queries: OptionKey<Int?> = .value(
            "queries", .integer(1...10_000), valueName: "N", help: "Timed queries per scope and plan",
            defaultValue: "20")
        static let seconds: OptionKey<Int?> = .value(
            "seconds", .integer(1...3600), valueName: "N", help: "The reader's run without cleanup", defaultValue: "30")
        static let options: [any OptionKeyProtocol] = [
            database, postings, expired, clusters, seed, batch, cleanupBatch, memory, parallel, queries, seconds,
        ]
    }

    static let scaleLoadSpec = CommandSpec(
        name: "scale-load", abstract: "Load generated postings with clustered vectors by COPY, then build the indexes",
        keys: Scale.self, run: { try scaleLoad($0) })
    static let scaleMatchSpec = CommandSpec(
        name: "scale-match", abstract: "Match query p50/p95 (chosen, exact, HNSW) and recall@50 on the scale database",
        keys: Scale.self, run: { try scaleMatch($0) })
    static let scaleCleanupSpec = CommandSpec(
        name: "scale-cleanup", abstract: "A match reader's p50/p95 alone and while `jobhunt cleanup` runs",
        keys: Scale.self, run: { try scaleCleanup($0) })

    static func scaleDatabase(_ context: CommandContext) throws -> String {
        guard let url = context.arguments[Scale.database], url.hasPrefix("postgres") else {
            throw CLIError.usage(
                "the scale benchmark needs --database postgresql://…", remedy: "run scripts/bench scale")
        }
        return url
    }

    static func scaleVectors(_ context: CommandContext) -> ScaleVectors {
        let postings = context.arguments[Scale.postings] ?? 1_000_000
        return ScaleVectors(
            seed: UInt64(context.arguments[Scale.seed] ?? 1),
            clusters: context.arguments[Scale.clusters] ?? max(1, postings / 1000))
    }

    package static func scaleLoad(_ context: CommandContext) throws {
        let url = try scaleDatabase(context)
        let arguments = context.arguments
        let postings = arguments[Scale.postings] ?? 1_000_000
        let vectors = scaleVectors(context)
        let load = ScaleLoad(
            databaseURL: url, vectors: vectors, batchSize: arguments[Scale.batch] ?? 5_000,
            maintenanceWorkMem: arguments[Scale.memory] ?? "4GB", parallelWorkers: arguments[Scale.parallel] ?? 1)
        let out = context.output
        // Progress on stderr, as it happens: scripts/bench prints stdout only when the command ends.
        let result = try load.run(count: postings, expired: arguments[Scale.expired] ?? postings / 2, now: Date()) {
            FileHandle.standardError.write(Data(($0 + "\n").utf8))
        }
        let loaded =
            result.loadSeconds > 0
            ? "by binary COPY in "
                + String(format: "%.1f s -> %.0f postings/s", result.loadSeconds, result.postingsPerSecond)
            : "already loaded (--reuse)"
        let hnsw = result.hnswSeconds.map { String(format: "built in %.1f s", $0) } ?? "already built"
        let text = result.textIndexSeconds.map { String(format: "built in %.1f s", $0) } ?? "already built"
        out.print(
            "scale load: \(result.postings) postings (\(vectors.centres.count) vector clusters) \(loaded)"
                + "; HNSW (m 32, ef_construction 128, maintenance_work_mem \(arguments[Scale.memory] ?? "4GB"), "
                + "max_parallel_maintenance_workers \(arguments[Scale.parallel] ?? 1)) \(hnsw), "
                + "\(result.hnswBytes / 1_048_576) MB; full-text GIN \(text)"
                + "; job_postings with indexes \(result.tableBytes / 1_048_576) MB; load average \(loadAverage())")
    }

    package static func scaleMatch(_ context: CommandContext) throws {
        let url = try scaleDatabase(context)
        let vectors = scaleVectors(context)
        let queries = vectors.queries(context.arguments[Scale.queries] ?? 20)
        let benchmark = MatchBenchmark(corpus: MatchBenchmarkCorpus(queries: queries, seed: vectors.seed))
        let out = context.output
        out.print("scale match: \(queries.count) queries per scope and plan, load average \(loadAverage())")
        for result in try benchmark.runPostgres(databaseURL: url) {
            let recall = result.recallMean ?? 0
            out.print(
                "scale match \(result.scope) [\(result.candidates) candidates]: chosen plan \(result.plan ?? "?") p50 \(ms(result.fast.p50)), p95 \(ms(result.fast.p95));"
                    + " exact p50 \(ms(result.baseline.p50)), p95 \(ms(result.baseline.p95));"
                    + " HNSW p50 \(ms(result.index?.p50 ?? 0)), p95 \(ms(result.index?.p95 ?? 0));"
                    + " HNSW recall@50 mean \(String(format: "%.3f", recall)), min \(String(format: "%.2f", result.recallMin ?? 0))"
                    + " (target >= \(recallTarget): \(recall >= recallTarget ? "met" : "MISSED")); load average \(loadAverage())"
            )
        }
        for scope in [MatchBenchmark.scopes[0], MatchBenchmark.scopes[1]] {
            let plans = try ScaleMatchPlans.explain(
                databaseURL: url, query: queries[0], scope: scope.scope, efSearch: 400)
            out.print("scale match: EXPLAIN (ANALYZE, BUFFERS) exact scan, \(scope.name):")
            for line in plans.exact { out.print("    " + line) }
            out.print("scale match: EXPLAIN (ANALYZE, BUFFERS) HNSW (ef_search 400, iterative scan), \(scope.name):")
            for line in plans.index { out.print("    " + line) }
        }
    }

    package static func scaleCleanup(_ context: CommandContext) throws {
        let url = try scaleDatabase(context)
        let vectors = scaleVectors(context)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jobhunt-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let jobhunt = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.deletingLastPathComponent()
            .appendingPathComponent("jobhunt")
        let cleanup = ScaleCleanup(
            databaseURL: url, jobhunt: jobhunt, folder: folder, queries: vectors.queries(100))
        let result = try cleanup.run(
            baselineSeconds: Double(context.arguments[Scale.seconds] ?? 30),
            batchSize: context.arguments[Scale.cleanupBatch] ?? 1000)
        let out = context.output
        out.print(
            "scale cleanup: reader (match query, saved-search scope, chosen plan) alone: p50 \(ms(result.alone.p50)),"
                + " p95 \(ms(result.alone.p95)), max \(ms(result.aloneMax)) over \(result.alone.queries) queries"
                + " (load average \(result.loadBefore))")
        out.print(
            "scale cleanup: the same reader during `jobhunt cleanup`: p50 \(ms(result.during.p50)),"
                + " p95 \(ms(result.during.p95)), max \(ms(result.duringMax)) over \(result.during.queries) queries;"
                + " p95 ratio \(String(format: "%.2f", result.during.p95 / max(result.alone.p95, 1e-9)))x")
        out.print(
            "scale cleanup: `jobhunt cleanup` exited \(result.cleanupStatus) after "
                + String(format: "%.1f s", result.cleanupSeconds)
                + ", \(result.deleted) postings deleted (\(String(format: "%.0f", Double(result.deleted) / result.cleanupSeconds))/s),"
                + " \(result.remaining) left; load average \(result.loadAfter)")
        out.print("scale cleanup: its output: " + result.cleanupOutput.replacingOccurrences(of: "\n", with: " "))
        if result.cleanupStatus != 0 { context.exitStatus = .failure }
    }
}
