// Measures embedding throughput the way the anchor was measured:
// batch 32, a warm-up, then the median of several runs over a fixed text set.
import Foundation
internal import JobHuntEmbeddings
import JobHuntKernel

/// Throughput, load time and memory of `SentenceEmbedder` on one set of texts.
package struct EmbeddingBenchmark: Sendable {
    package struct Result: Sendable {
        package var texts: Int
        /// Model ids including `[CLS]` and `[SEP]`, as the anchor counts "real tokens".
        package var tokens: Int
        /// Median wall time of one pass over every text, tokenisation included.
        package var seconds: Double
        package var tokenizeSeconds: Double
        package var runs: [Double]
        /// CPU seconds of the median run, all threads together.
        package var cpuSeconds: Double
        package var textsPerSecond: Double { Double(texts) / seconds }
        package var tokensPerSecond: Double { Double(tokens) / seconds }
    }

    package let embedder: SentenceEmbedder
    /// Seconds from nothing to a usable embedder (map weights, read vocab and config).
    package let loadSeconds: Double
    /// Seconds of the first `embed` of one short text after loading (pages the weights in).
    package let firstEmbeddingSeconds: Double

    /// Loads the model, timing it, and embeds one text to time the cold first call.
    package init(modelDirectory: URL, threads: Int? = nil, batchSize: Int = 32) throws(EmbeddingError) {
        let start = ProcessMetrics.now()
        embedder = try SentenceEmbedder(modelDirectory: modelDirectory, threads: threads, batchSize: batchSize)
        let loaded = ProcessMetrics.now()
        _ = try embedder.embed(["warm up"])
        loadSeconds = loaded - start
        firstEmbeddingSeconds = ProcessMetrics.now() - loaded
    }

    /// Embeds `texts` once to warm up, then `runs` times, and reports the median.
    package func run(_ texts: [String], runs: Int = 3) throws(EmbeddingError) -> Result {
        _ = try embedder.embed(Array(texts.prefix(embedder.batchSize)))
        var times: [Double] = []
        var tokenizeTimes: [Double] = []
        var cpuTimes: [Double] = []
        var tokens = 0
        for _ in 0..<max(1, runs) {
            let cpuStart = ProcessMetrics.cpuSeconds()
            let start = ProcessMetrics.now()
            let ids = texts.map(embedder.tokenizer.encode)
            let tokenized = ProcessMetrics.now()
            _ = try embedder.embed(tokenized: ids)
            times.append(ProcessMetrics.now() - start)
            cpuTimes.append(ProcessMetrics.cpuSeconds() - cpuStart)
            tokenizeTimes.append(tokenized - start)
            tokens = ids.reduce(0) { $0 + $1.count }
        }
        return Result(
            texts: texts.count, tokens: tokens, seconds: ProcessMetrics.percentile(times, 0.5),
            tokenizeSeconds: ProcessMetrics.percentile(tokenizeTimes, 0.5), runs: times,
            cpuSeconds: cpuTimes[times.firstIndex(of: ProcessMetrics.percentile(times, 0.5)) ?? 0])
    }
}

/// The targets: ratios to anchors measured on the same machine in the
/// same invocation (`scripts/bench` runs them, scripts/lib/bench/anchors.py),
/// never figures typed in from another machine; and absolute limits that do
/// not depend on the machine's speed.
package enum EmbeddingTargets {
    /// jobhunt's texts/s over sentence-transformers' (PyTorch CPU, 2 threads, batch 32).
    package static let shortRatio = 2.0
    package static let longRatio = 1.5
    /// NumPy's exact top-k p50 over jobhunt's (2× as fast).
    package static let searchRatio = 2.0
    package static let loadSeconds = 0.050
    package static let peakResidentBytes = 300 * 1024 * 1024
}

/// An anchor's figures, as scripts/lib/bench/anchors.py prints them (JSON).
package struct AnchorFigures: Decodable, Sendable {
    package struct Set: Decodable, Sendable {
        package var texts: Int
        package var seconds: Double
        package var textsPerSecond: Double
        /// CPU seconds of all its threads in the median run.
        package var cpuSeconds: Double?

        enum CodingKeys: String, CodingKey {
            case texts, seconds
            case textsPerSecond = "texts_per_second"
            case cpuSeconds = "cpu_seconds"
        }
    }

    /// sentence-transformers: "short" and "long".
    package var sets: [String: Set]?
    package var torch: String?
    package var sentenceTransformers: String?
    package var threads: Int?
    /// NumPy exact top-k.
    package var numpy: String?
    package var p50Seconds: Double?

    enum CodingKeys: String, CodingKey {
        case sets, torch, threads, numpy
        case sentenceTransformers = "sentence_transformers"
        case p50Seconds = "p50_seconds"
    }

    /// Reads the JSON file `path`.
    package init(path: String) throws {
        self = try JSONDecoder().decode(Self.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
