// Measures top-k latency and recall of `VectorIndex` over random unit
// vectors, with and without a candidate filter, in a warm process, beside
// NumPy's exact search over the same vectors.
import Foundation
internal import JobHuntEmbeddings
import JobHuntKernel

/// Latency percentiles and recall of `VectorIndex.search`.
package struct SearchBenchmark: Sendable {
    package struct Result: Sendable {
        /// Candidates per query; nil for an unfiltered search.
        package var candidates: Int?
        package var queries: Int
        package var p50Seconds: Double
        package var p95Seconds: Double
        /// Mean and worst recall@k against an exact float32 scan, over the first few queries.
        package var recall: (mean: Double, worst: Double, queries: Int)?
    }

    package let index: VectorIndex<Int>
    package let buildSeconds: Double
    private let seed: UInt64
    /// Real query embeddings (from `init(embeddings:)`), used in turn instead of random queries.
    private var fixedQueries: [[Float]]? = nil

    /// The instructions the int8 scan runs on this CPU.
    package static var kernel: String { VectorIndex<Int>.scanKernel }

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

    /// Fills an index from real model embeddings: a vector cache of `scripts/bench
    /// match` (`match-v1-s…-n<rows>-e<embedded>-q<queries>-….f32`: `rows` posting
    /// vectors, of which the first `embedded` were embedded directly, then
    /// `queries` query vectors). Past the file's rows, each vector mixes two
    /// embedded ones as the match corpus does (0.8 a + 0.2 b + 0.1 noise), so a
    /// million vectors keep the clustering of real postings. The queries are the
    /// file's, in turn.
    /// Nil when `file` is not such a cache.
    package init?(embeddings file: URL, vectors: Int, seed: UInt64 = 42) {
        let dimension = SentenceEmbedder.dimension
        let name = file.lastPathComponent
        func field(_ letter: Character) -> Int? {
            name.split(separator: "-").first { $0.first == letter && Int($0.dropFirst()) != nil }
                .flatMap { Int($0.dropFirst()) }
        }
        guard let data = try? Data(contentsOf: file), let rows = field("n"), let embedded = field("e"),
            let queryCount = field("q"), embedded > 0,
            data.count == (rows + queryCount) * dimension * 4
        else { return nil }
        let floats = data.withUnsafeBytes { Array($0.bindMemory(to: Float.self)) }
        func row(_ i: Int) -> [Float] { Array(floats[i * dimension..<(i + 1) * dimension]) }
        var generator = SplitMix64(seed: seed)
        let start = ProcessMetrics.now()
        var index = VectorIndex<Int>(dimension: dimension)
        for id in 0..<vectors {
            if id < rows {
                index.add(id: id, vector: row(id))
                continue
            }
            let a = row(Int(generator.next() % UInt64(embedded)))
            let b = row(Int(generator.next() % UInt64(embedded)))
            let noise = generator.unitVector(dimension)
            index.add(id: id, vector: (0..<dimension).map { 0.8 * a[$0] + 0.2 * b[$0] + 0.1 * noise[$0] })
        }
        self.index = index
        self.seed = seed
        fixedQueries = (rows..<(rows + queryCount)).map(row)
        buildSeconds = ProcessMetrics.now() - start
    }

    /// Query `round` of a run: the next real query, or a random one from `generator`.
    private func query(_ round: Int, _ generator: inout SplitMix64) -> [Float] {
        guard let fixedQueries else { return generator.unitVector(index.dimension) }
        return fixedQueries[round % fixedQueries.count]
    }

    /// The unfiltered queries `run` times, in order (the NumPy anchor answers the same ones).
    package func queries(_ count: Int) -> [[Float]] {
        var generator = SplitMix64(seed: seed &+ 1)
        return (0..<(count + 5)).map { query($0, &generator) }
    }

    /// Times `queries` top-`k` searches (after a few warm-up ones); with
    /// `candidates`, each query is limited to that many random ids. Recall is
    /// checked on the first `recallQueries` against an exact scan of every stored vector.
    package func run(queries: Int = 200, k: Int = 50, candidates: Int? = nil, recallQueries: Int = 20) -> Result {
        var generator = SplitMix64(seed: seed &+ 1)
        let pool = Array(0..<index.count)
        var times: [Double] = []
        var recalls: [Double] = []
        for round in 0..<(queries + 5) {
            let query = query(round, &generator)
            let allowed = candidates.map { Set(pool.shuffled(using: &generator).prefix($0)) }
            let start = ProcessMetrics.now()
            let hits = index.search(query: query, k: k, candidates: allowed)
            let elapsed = ProcessMetrics.now() - start
            precondition(hits.count == min(k, allowed?.count ?? index.count))
            if round >= 5 { times.append(elapsed) }
            if round >= 5, recalls.count < recallQueries {
                let exact = Set(exactTop(query: query, k: k, candidates: allowed))
                recalls.append(Double(hits.filter { exact.contains($0.id) }.count) / Double(exact.count))
            }
        }
        return Result(
            candidates: candidates, queries: queries, p50Seconds: ProcessMetrics.percentile(times, 0.5),
            p95Seconds: ProcessMetrics.percentile(times, 0.95),
            recall: recalls.isEmpty
                ? nil : (recalls.reduce(0, +) / Double(recalls.count), recalls.min() ?? 0, recalls.count))
    }

    /// The true top `k` ids: every stored (unit) vector's float32 cosine, sorted.
    func exactTop(query: [Float], k: Int, candidates: Set<Int>?) -> [Int] {
        let unit = VectorMath.normalized(query)
        var scored: [(score: Float, id: Int)] = []
        scored.reserveCapacity(candidates?.count ?? index.count)
        for id in candidates.map(Array.init) ?? Array(0..<index.count) {
            guard let vector = index.vector(for: id) else { continue }
            scored.append((VectorMath.dot(vector, unit), id))
        }
        return scored.sorted { $0.score > $1.score || ($0.score == $1.score && $0.id < $1.id) }.prefix(k).map(\.id)
    }

    /// Writes the stored vectors, then `queries`, as raw little-endian float32
    /// rows: what the NumPy anchor reads.
    package func writeVectors(to url: URL, queries: [[Float]]) throws {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600])
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var buffer: [Float] = []
        buffer.reserveCapacity(1024 * index.dimension)
        func flush() throws {
            try handle.write(contentsOf: buffer.withUnsafeBufferPointer { Data(buffer: $0) })
            buffer.removeAll(keepingCapacity: true)
        }
        for id in 0..<index.count {
            buffer.append(contentsOf: index.vector(for: id) ?? [])
            if buffer.count >= 1024 * index.dimension { try flush() }
        }
        for query in queries { buffer.append(contentsOf: VectorMath.normalized(query)) }
        try flush()
    }
}

/// The anchor the issue sets vector search against: NumPy's exact float32
/// top-k (`M @ q`, `argpartition`, sort the k) on the same vectors and
/// queries, measured by `python3` in the same benchmark invocation.
package enum NumPySearchAnchor {
    /// The snippet: argv = file, rows, dimension, queries, k; prints "p50 p95" in seconds.
    static let script = """
        import sys, time
        import numpy as np
        path, rows, dim, queries, k = sys.argv[1], *map(int, sys.argv[2:6])
        data = np.fromfile(path, dtype="<f4").reshape(rows + queries, dim)
        matrix, qs = np.ascontiguousarray(data[:rows]), data[rows:]
        times = []
        for i, q in enumerate(qs):
            start = time.perf_counter()
            s = matrix @ q
            top = np.argpartition(-s, k)[:k]
            top = top[np.argsort(-s[top])]
            if i >= 5:
                times.append(time.perf_counter() - start)
        times.sort()
        print(times[(len(times) - 1) // 2], times[min(len(times) - 1, int(len(times) * 0.95))])
        """

    /// NumPy's p50 and p95 over the file's queries (the first 5 untimed), or why there are none.
    package static func measure(file: URL, rows: Int, dimension: Int, queries: Int, k: Int) -> Result<
        (p50: Double, p95: Double), AnchorUnavailable
    > {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file.path, "\(rows)", "\(dimension)", "\(queries)", "\(k)"]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { return .failure(AnchorUnavailable(reason: "cannot start python3: \(error)")) }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let failure = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let fields = text.split(separator: " ").compactMap {
            Double($0.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        guard process.terminationStatus == 0, fields.count == 2 else {
            let reason = failure.split(separator: "\n").last.map(String.init) ?? "exit \(process.terminationStatus)"
            return .failure(AnchorUnavailable(reason: "python3 with NumPy: \(reason)"))
        }
        return .success((fields[0], fields[1]))
    }

    /// Why the anchor did not run (no python3, no NumPy).
    package struct AnchorUnavailable: Error {
        package var reason: String
    }
}

/// The absolute targets for an unfiltered top-50, measured on this project's 2-core machine.
package enum SearchTarget {
    /// 4.5 ms for 100,000 vectors (about twice NumPy's exact float32 there), 40 ms for 1,000,000.
    package static func p50Seconds(vectors: Int) -> Double? {
        switch vectors {
        case 100_000: 0.0045
        case 1_000_000: 0.040
        default: nil
        }
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
