// Measures top-k latency of `VectorIndex` over random unit vectors, with and
// without a candidate filter, in a warm process.
import Foundation
internal import JobHuntEmbeddings
import JobHuntKernel

/// Latency percentiles of `VectorIndex.search`.
package struct SearchBenchmark: Sendable {
    package struct Result: Sendable {
        /// Candidates per query; nil for an unfiltered search.
        package var candidates: Int?
        package var queries: Int
        package var p50Seconds: Double
        package var p95Seconds: Double
    }

    package let index: VectorIndex<Int>
    package let buildSeconds: Double
    private let seed: UInt64

    /// Fills an index with `vectors` random unit vectors (deterministic for a seed).
    package init(vectors: Int = 100_000, dimension: Int = SentenceEmbedder.dimension, seed: UInt64 = 42) {
        var generator = SplitMix64(seed: seed)
        let start = ProcessMetrics.now()
        var index = VectorIndex<Int>(dimension: dimension)
        for id in 0..<vectors { index.add(id: id, vector: generator.unitVector(dimension)) }
        self.index = index
        self.seed = seed
        buildSeconds = ProcessMetrics.now() - start
    }

    /// Times `queries` top-`k` searches (after a few warm-up ones); with
    /// `candidates`, each query is limited to that many random ids.
    package func run(queries: Int = 200, k: Int = 50, candidates: Int? = nil) -> Result {
        var generator = SplitMix64(seed: seed &+ 1)
        let pool = Array(0..<index.count)
        var times: [Double] = []
        for round in 0..<(queries + 5) {
            let query = generator.unitVector(index.dimension)
            let allowed = candidates.map { Set(pool.shuffled(using: &generator).prefix($0)) }
            let start = ProcessMetrics.now()
            let hits = index.search(query: query, k: k, candidates: allowed)
            let elapsed = ProcessMetrics.now() - start
            precondition(hits.count == min(k, allowed?.count ?? index.count))
            if round >= 5 { times.append(elapsed) }
        }
        return Result(
            candidates: candidates, queries: queries, p50Seconds: ProcessMetrics.percentile(times, 0.5),
            p95Seconds: ProcessMetrics.percentile(times, 0.95))
    }
}

/// A small seeded generator so benchmark data is the same on every run
/// (`package`: the match benchmark draws from it too).
package struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    package init(seed: UInt64) { state = seed }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A direction uniform on the sphere (normalised Gaussian coordinates).
    package mutating func unitVector(_ dimension: Int) -> [Float] {
        var vector = (0..<dimension).map { _ -> Float in
            let u = Float.random(in: Float.ulpOfOne...1, using: &self)
            let v = Float.random(in: 0..<1, using: &self)
            return (-2 * Foundation.log(u)).squareRoot() * Foundation.cos(2 * .pi * v)
        }
        vector = VectorMath.normalized(vector)
        return vector
    }
}
