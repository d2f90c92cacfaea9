// Running `jobhunt-bench match`: build or load the corpus, fill a throwaway
// SQLite file (and PostgreSQL when given), time each scope, spawn cold processes.
import Foundation
import JobHuntCLI
import JobHuntKernel

extension BenchCommands {
    /// The issue's floor for HNSW recall@50 against the exact scan.
    static let recallTarget = 0.95

    package static func match(_ context: CommandContext) throws {
        let arguments = context.arguments
        let out = context.output
        let count = arguments[Match.postings] ?? 100_000
        let embedded = min(count, arguments[Match.embedded] ?? 20_000)
        let queries = arguments[Match.queries] ?? 100
        let seed = UInt64(arguments[Match.seed] ?? 1)
        let modelDirectory = try ModelCommands.modelDirectory(context)
        let digest =
            try ModelFiles(directory: modelDirectory).status().first { $0.name == "model.safetensors" }?.sha256
            ?? "unknown"
        let cacheDirectory =
            arguments[Match.cache].map { URL(fileURLWithPath: $0) } ?? defaultCacheDirectory(context)
        let cacheFile = cacheDirectory.appendingPathComponent(
            MatchBenchmarkCorpus.cacheName(
                count: count, embedded: embedded, queries: queries, seed: seed, modelDigest: digest))
        var embedder: SentenceEmbedder?
        let corpus = try MatchBenchmarkCorpus(
            count: count, embedded: embedded, queries: queries, seed: seed, cacheFile: cacheFile
        ) { texts in
            if embedder == nil { embedder = try SentenceEmbedder(modelDirectory: modelDirectory) }
            return try embedder!.embed(texts)
        }
        out.print(
            "corpus: \(count) postings, \(embedded) embedded by the model and \(count - embedded) mixed from them, "
                + "\(queries) profile queries; "
                + (corpus.fromCache
                    ? "vectors from \(cacheFile.path)"
                    : "embedded in \(String(format: "%.1f", corpus.embedSeconds)) s, cached at \(cacheFile.path)"))
        let benchmark = MatchBenchmark(corpus: corpus)

        let kept = arguments[Match.keep].map { URL(fileURLWithPath: $0, isDirectory: true) }
        let folder =
            kept ?? FileManager.default.temporaryDirectory.appendingPathComponent("jobhunt-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { if kept == nil { try? FileManager.default.removeItem(at: folder) } }
        let sqliteURL = "sqlite:" + folder.appendingPathComponent("bench.sqlite3").path
        let fill = try benchmark.fill(databaseURL: sqliteURL)
        out.print("SQLite: filled in \(String(format: "%.1f", fill.seconds)) s")
        let sqlite = try benchmark.runSQLite(
            databaseURL: sqliteURL, baselineQueries: arguments[Match.baselineQueries] ?? 10)
        let sideFile = folder.appendingPathComponent("bench.sqlite3-vectors").path
        let size = (try? FileManager.default.attributesOfItem(atPath: sideFile)[.size] as? NSNumber)?.intValue ?? 0
        out.print("SQLite: vector file built by the first search in \(ms(sqlite.build)), \(size / 1_048_576) MB")
        for result in sqlite.results {
            out.print(
                "SQLite \(result.scope) [\(result.candidates) candidates]: vector file p50 \(ms(result.fast.p50)), p95 \(ms(result.fast.p95)) (\(result.fast.queries) queries);"
                    + " baseline (every BLOB) p50 \(ms(result.baseline.p50)), p95 \(ms(result.baseline.p95)) (\(result.baseline.queries) queries);"
                    + " \(String(format: "%.0f", result.baseline.p50 / result.fast.p50))x faster at p50")
        }
        try coldQueryRuns(context, databaseURL: sqliteURL, corpus: corpus, folder: folder)
        try coldMatchRuns(context, databaseURL: sqliteURL, folder: folder)

        guard let postgres = arguments[Match.postgres] else {
            out.print("PostgreSQL: skipped (pass --postgres URL)")
            return
        }
        let pgFill = try benchmark.fill(databaseURL: postgres)
        out.print(
            pgFill.reused
                ? "PostgreSQL: reused the corpus already loaded"
                : "PostgreSQL: filled in \(String(format: "%.1f", pgFill.seconds)) s, HNSW index built in \(String(format: "%.1f", pgFill.indexSeconds ?? 0)) s"
        )
        for result in try benchmark.runPostgres(databaseURL: postgres) {
            let recall = result.recallMean ?? 0
            out.print(
                "PostgreSQL \(result.scope) [\(result.candidates) candidates]: chosen plan \(result.plan ?? "?") p50 \(ms(result.fast.p50)), p95 \(ms(result.fast.p95));"
                    + " exact p50 \(ms(result.baseline.p50)), p95 \(ms(result.baseline.p95));"
                    + " HNSW p50 \(ms(result.index?.p50 ?? 0)), p95 \(ms(result.index?.p95 ?? 0));"
                    + " HNSW recall@50 mean \(String(format: "%.3f", recall)), min \(String(format: "%.2f", result.recallMin ?? 0))"
                    + " (target >= \(recallTarget): \(recall >= recallTarget ? "met" : "MISSED"))")
        }
    }

    /// `$XDG_CACHE_HOME/jobhunt/bench`, else `~/.cache/jobhunt/bench`.
    static func defaultCacheDirectory(_ context: CommandContext) -> URL {
        let base =
            context.environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache")
        return base.appendingPathComponent("jobhunt/bench")
    }
}
