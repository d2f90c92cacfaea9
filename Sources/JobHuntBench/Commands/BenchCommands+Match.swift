// `jobhunt-bench match` (hidden): the match query's vector search over 100k
// generated postings on SQLite and PostgreSQL, against a same-process baseline,
// with HNSW recall and the wall time of cold processes.
import Foundation
import JobHuntCLI
import JobHuntKernel

extension BenchCommands {
    /// The options of `jobhunt-bench match`.
    enum Match: ArgumentKeys {
        static let postings: OptionKey<Int?> = .value(
            "postings", .integer(1...10_000_000), valueName: "N", help: "Generated postings", defaultValue: "100000")
        static let embedded: OptionKey<Int?> = .value(
            "embedded", .integer(1...10_000_000), valueName: "N",
            help: "Postings embedded by the model; the rest mix two real embeddings", defaultValue: "20000")
        static let queries: OptionKey<Int?> = .value(
            "queries", .integer(1...10_000), valueName: "N", help: "Timed queries per scope", defaultValue: "100")
        static let baselineQueries: OptionKey<Int?> = .value(
            "baseline-queries", .integer(1...10_000), valueName: "N",
            help: "Queries for the slow SQLite baseline (every BLOB decoded)", defaultValue: "10")
        static let coldRuns: OptionKey<Int?> = .value(
            "cold-runs", .integer(0...1_000), valueName: "N", help: "Cold processes to time", defaultValue: "10")
        static let postgres: OptionKey<String?> = .value(
            "postgres", .string, valueName: "URL",
            help: "A PostgreSQL database the benchmark may empty and fill (skipped when absent)")
        static let seed: OptionKey<Int?> = .value(
            "seed", .integer(0...1_000_000), valueName: "N", help: "Generator seed", defaultValue: "1")
        static let resume: OptionKey<String?> = .value(
            "resume", .path, valueName: "FILE",
            help: "A JSON Resume to import, then time cold `discover match` processes (examples/resume.json)")
        static let cache: OptionKey<String?> = .value(
            "cache", .path, valueName: "DIR",
            help: "Where embedded vectors are cached (default: $XDG_CACHE_HOME/jobhunt/bench)")
        static let keep: OptionKey<String?> = .value(
            "keep", .path, valueName: "DIR",
            help: "Build the SQLite database in DIR and keep it (for profiling cold runs by hand)")
        static let options: [any OptionKeyProtocol] = [
            postings, embedded, queries, baselineQueries, coldRuns, postgres, seed, resume, cache, keep,
        ]
    }

    /// The options of `jobhunt-bench match-query`.
    enum MatchQuery: ArgumentKeys {
        static let database: OptionKey<String?> = .value(
            "database", .string, valueName: "URL", help: "The filled benchmark database")
        static let query: OptionKey<String?> = .value(
            "query", .path, valueName: "FILE", help: "384 little-endian float32 values")
        static let scope: OptionKey<Int?> = .value(
            "scope", .integer(0...2), valueName: "N", help: "Which benchmark scope", defaultValue: "1")
        static let options: [any OptionKeyProtocol] = [database, query, scope]
    }

    static let matchSpec = CommandSpec(
        name: "match", abstract: "Vector search latency and recall for discover match, on both engines",
        keys: Match.self,
        run: { try match($0) })

    /// One cold search, run as a child process by `jobhunt-bench match`.
    static let matchQuerySpec = CommandSpec(
        name: "match-query", abstract: "One cold vector search (run by bench match)",
        keys: MatchQuery.self,
        run: { try matchQuery($0) })

    package static func matchQuery(_ context: CommandContext) throws {
        let arguments = context.arguments
        guard let url = arguments[MatchQuery.database], let file = arguments[MatchQuery.query],
            let data = FileManager.default.contents(atPath: file)
        else { throw CLIError.failure("bench match-query needs --database and a readable --query", remedy: nil) }
        let query = data.withUnsafeBytes { Array($0.bindMemory(to: Float.self)) }
        let services = Services(
            configuration: Configuration(
                databaseURL: url, dataDirectory: URL(fileURLWithPath: file).deletingLastPathComponent()))
        let rows = try MatchBenchmark.coldQuery(
            services: services, query: query, scope: arguments[MatchQuery.scope] ?? 1)
        context.output.print("\(rows) postings")
    }
}
