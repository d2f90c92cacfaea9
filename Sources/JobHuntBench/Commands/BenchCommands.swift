// `jobhunt-bench embed|search|ingest|match|eval-match`: the embedding,
// vector-search, ingest, match and ranking-quality benchmarks that `scripts/bench`
// and `scripts/eval` run on a release build, with each figure
// set against the issue's anchor and target. A binary of its own, so the
// product `jobhunt` carries none of this code.
import Foundation
import JobHuntCLI
internal import JobHuntEmbeddings
import JobHuntKernel

/// The `jobhunt-bench` command table.
package enum BenchCommands {
    /// The options of `jobhunt-bench embed`.
    enum Embed: ArgumentKeys {
        static let short: OptionKey<String?> = .value(
            "short", .path, valueName: "FILE", help: "Short texts, one per line")
        static let long: OptionKey<String?> = .value("long", .path, valueName: "FILE", help: "Long texts, one per line")
        static let reference: OptionKey<String?> = .value(
            "reference", .path, valueName: "FILE",
            help: "fixtures/minilm/public.jsonl: check ids and cosine in this build")
        static let threads: OptionKey<Int?> = .value(
            "threads", .integer(1...256), valueName: "N", help: "Worker threads (default: all cores)")
        static let batch: OptionKey<Int?> = .value(
            "batch", .integer(1...1024), valueName: "N", help: "Texts per forward pass", defaultValue: "32")
        static let runs: OptionKey<Int?> = .value(
            "runs", .integer(1...100), valueName: "N", help: "Timed runs per set", defaultValue: "3")
        static let anchor: OptionKey<String?> = .value(
            "anchor", .path, valueName: "FILE",
            help: "sentence-transformers' figures from this machine (scripts/lib/bench/anchors.py embed)")
        static let options: [any OptionKeyProtocol] = [short, long, reference, threads, batch, runs, anchor]
    }

    /// The options of `jobhunt-bench search`.
    enum Search: ArgumentKeys {
        static let vectors: OptionKey<Int?> = .value(
            "vectors", .integer(1...10_000_000), valueName: "N", help: "Stored vectors", defaultValue: "100000")
        static let queries: OptionKey<Int?> = .value(
            "queries", .integer(1...100_000), valueName: "N", help: "Timed queries", defaultValue: "200")
        static let k: OptionKey<Int?> = .value(
            "k", .integer(1...10_000), valueName: "N", help: "Results per query", defaultValue: "50")
        static let candidates: OptionKey<Int?> = .value(
            "candidates", .integer(1...10_000_000), valueName: "N", help: "Candidate-set size", defaultValue: "10000")
        static let noAnchor: OptionKey<Bool> = .flag(
            "no-anchor", help: "Skip the NumPy anchor (python3 with NumPy, same vectors and queries)")
        static let embeddings: OptionKey<String?> = .value(
            "embeddings", .path, valueName: "FILE",
            help: "Real embeddings instead of random vectors: a vector cache of `scripts/bench match`")
        static let options: [any OptionKeyProtocol] = [vectors, queries, k, candidates, noAnchor, embeddings]
    }

    package static let root = CommandSpec(
        name: "jobhunt-bench", abstract: "Run the embedding, vector-search, ingest and match benchmarks",
        subcommands: [
            CommandSpec(
                name: "embed", abstract: "Texts/s, tokens/s, load time and peak RSS of the embedder",
                keys: Embed.self,
                run: { try embed($0) }),
            CommandSpec(
                name: "search", abstract: "Top-k latency over random unit vectors",
                keys: Search.self,
                run: { try search($0) }),
            ingestSpec,
            matchSpec,
            matchQuerySpec,
            evalMatchSpec,
            evalApplySpec,
            analyticsSpec,
            evalDiscoverSpec,
            normaliseSpec,
            discoverSpec,
            boardsSpec,
            workerSpec,
            queueSpec,
            scaleLoadSpec,
            scaleMatchSpec,
            scaleCleanupSpec,
            HelpCommand.spec,
        ])

    package static func embed(_ context: CommandContext) throws {
        let arguments = context.arguments
        let benchmark = try EmbeddingBenchmark(
            modelDirectory: try ModelCommands.modelDirectory(context), threads: arguments[Embed.threads],
            batchSize: arguments[Embed.batch] ?? 32)
        let out = context.output
        let anchor = try arguments[Embed.anchor].map(AnchorFigures.init(path:))
        out.print("model load: \(ms(benchmark.loadSeconds)) (target <= \(ms(EmbeddingTargets.loadSeconds)))")
        out.print("first embedding after load: \(ms(benchmark.firstEmbeddingSeconds))")
        // Which kernels ran is half of any figure below: the same CPU embeds 1.65x
        // faster with SkylakeX's than with Haswell's (docs/embeddings.md).
        out.print("matrix kernels: \(try MatrixKernel.current().summary)")
        if let anchor {
            out.print(
                "anchor: sentence-transformers \(anchor.sentenceTransformers ?? "?") on PyTorch \(anchor.torch ?? "?"),"
                    + " \(anchor.threads.map(String.init) ?? "?") threads, batch 32, measured just before")
        } else {
            out.print("anchor: none (scripts/bench embed runs it when `scripts/bench --anchors` has made its venv)")
        }
        let sets: [(name: String, path: String?, target: Double)] = [
            ("short", arguments[Embed.short], EmbeddingTargets.shortRatio),
            ("long", arguments[Embed.long], EmbeddingTargets.longRatio),
        ]
        for set in sets {
            guard let path = set.path else { continue }
            let texts = try lines(path)
            let result = try benchmark.run(texts, runs: arguments[Embed.runs] ?? 3)
            var versus = ""
            if let reference = anchor?.sets?[set.name], reference.textsPerSecond > 0 {
                let ratio = result.textsPerSecond / reference.textsPerSecond
                versus =
                    "; \(String(format: "%.2f", ratio))x sentence-transformers' \(String(format: "%.1f", reference.textsPerSecond)) texts/s"
                    + " (target >= \(set.target)x: \(ratio >= set.target ? "met" : "MISSED"))"
            }
            out.print(
                "\(set.name): \(result.texts) texts, \(result.tokens) tokens, median \(String(format: "%.3f", result.seconds)) s"
                    + " -> \(String(format: "%.1f", result.textsPerSecond)) texts/s,"
                    + " \(String(format: "%.0f", result.tokensPerSecond)) tokens/s\(versus)"
                    + "; tokenize \(ms(result.tokenizeSeconds)); runs \(result.runs.map { String(format: "%.3f", $0) })"
            )
            // On a shared machine wall time includes waiting for a core; CPU time does not.
            let perCPUSecond = Double(result.texts) / result.cpuSeconds
            var cpuVersus = ""
            if let reference = anchor?.sets?[set.name], let cpu = reference.cpuSeconds, cpu > 0 {
                let theirs = Double(reference.texts) / cpu
                cpuVersus =
                    "; \(String(format: "%.2f", perCPUSecond / theirs))x sentence-transformers'"
                    + " \(String(format: "%.1f", theirs)) per CPU-second"
            }
            out.print(
                "  \(set.name) CPU: \(String(format: "%.3f", result.cpuSeconds)) s in the median run"
                    + " (\(String(format: "%.0f", 100 * result.cpuSeconds / result.seconds))% of wall time);"
                    + " \(String(format: "%.1f", perCPUSecond)) texts per CPU-second\(cpuVersus)")
        }
        let rss = ProcessMetrics.peakResidentBytes()
        if let reference = arguments[Embed.reference] {
            let check = try ReferenceCheck(referenceFile: URL(fileURLWithPath: reference), embedder: benchmark.embedder)
            out.print(
                "reference: \(check.records) texts, \(check.idMismatches.count) with different token ids"
                    + "\(check.idMismatches.isEmpty ? "" : " \(check.idMismatches)"), lowest cosine "
                    + "\(check.lowestCosine) (\(check.lowestCosineID); must be >= 0.9999: "
                    + "\(check.lowestCosine >= 0.9999 && check.idMismatches.isEmpty ? "ok" : "FAILED"))")
            if check.lowestCosine < 0.9999 || !check.idMismatches.isEmpty { context.exitStatus = .failure }
        }
        out.print(
            "peak RSS: \(rss / 1_048_576) MB (target <= \(EmbeddingTargets.peakResidentBytes / 1_048_576) MB: "
                + "\(rss <= EmbeddingTargets.peakResidentBytes ? "met" : "MISSED"))")
    }

    package static func search(_ context: CommandContext) throws {
        let arguments = context.arguments
        let vectors = arguments[Search.vectors] ?? 100_000
        let embeddings = arguments[Search.embeddings]
        let benchmark: SearchBenchmark
        if let embeddings {
            guard let real = SearchBenchmark(embeddings: URL(fileURLWithPath: embeddings), vectors: vectors) else {
                throw CLIError.failure(
                    "\(embeddings) is not a vector cache of `scripts/bench match`",
                    remedy: "pass a match-v1-…-n…-e…-q….f32 file from $XDG_CACHE_HOME/jobhunt/bench")
            }
            benchmark = real
        } else {
            benchmark = SearchBenchmark(vectors: vectors)
        }
        let out = context.output
        out.print(
            "index: \(vectors) \(embeddings == nil ? "random" : "real (embedded and mixed)") unit vectors of 384,"
                + " built in \(ms(benchmark.buildSeconds));"
                + " int8 scan kernel: \(SearchBenchmark.kernel)")
        let queries = arguments[Search.queries] ?? 200
        let k = arguments[Search.k] ?? 50
        // The anchor first, on the same vectors and unfiltered queries, seconds before jobhunt's own run.
        let anchor = arguments[Search.noAnchor] ? nil : try numPyAnchor(benchmark, queries: queries, k: k, out: out)
        for candidates in [nil, arguments[Search.candidates] ?? 10_000] where candidates ?? 0 < vectors {
            let result = benchmark.run(queries: queries, k: k, candidates: candidates)
            let label = candidates.map { "top-\(k) among \($0) candidates" } ?? "top-\(k), no filter"
            var line =
                "\(label): p50 \(ms(result.p50Seconds)), p95 \(ms(result.p95Seconds)) over \(result.queries) queries"
            if let recall = result.recall {
                line +=
                    "; recall@\(k) \(String(format: "%.4f", recall.mean)) (worst \(String(format: "%.2f", recall.worst)),"
                    + " \(recall.queries) queries; target >= 0.99: \(recall.mean >= 0.99 ? "met" : "MISSED"))"
            }
            if candidates == nil {
                if let anchor {
                    let ratio = anchor / result.p50Seconds
                    line += "; \(String(format: "%.2f", ratio))x NumPy (target >= 2x: \(ratio >= 2 ? "met" : "MISSED"))"
                }
                if let target = SearchTarget.p50Seconds(vectors: vectors) {
                    line += "; target p50 <= \(ms(target)): \(result.p50Seconds <= target ? "met" : "MISSED")"
                }
            }
            out.print(line)
        }
        out.print("peak RSS: \(ProcessMetrics.peakResidentBytes() / 1_048_576) MB")
    }

    /// NumPy's exact p50 on the benchmark's vectors, printed; nil (with the reason printed) when it cannot run.
    static func numPyAnchor(_ benchmark: SearchBenchmark, queries: Int, k: Int, out: any Output) throws -> Double? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "jobhunt-bench-search-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("vectors.f32")
        let questions = benchmark.queries(queries)
        try benchmark.writeVectors(to: file, queries: questions)
        switch NumPySearchAnchor.measure(
            file: file, rows: benchmark.index.count, dimension: benchmark.index.dimension, queries: questions.count,
            k: k)
        {
        case .success(let anchor):
            out.print(
                "anchor: NumPy exact float32 top-\(k), no filter: p50 \(ms(anchor.p50)), p95 \(ms(anchor.p95))"
                    + " over \(queries) queries (same vectors and queries, this run)")
            return anchor.p50
        case .failure(let unavailable):
            out.print("anchor: NumPy not measured (\(unavailable.reason)); ratios omitted")
            return nil
        }
    }

    static func lines(_ path: String) throws -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError.failure("cannot read \(path)", remedy: "pass a file of one text per line")
        }
        return data.split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self) }
    }

    static func ms(_ seconds: Double) -> String { String(format: "%.2f ms", seconds * 1000) }
}
