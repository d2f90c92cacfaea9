// Generated postings and their embeddings for `jobhunt-bench match`: short
// posting texts (title, skills, domain, place) embedded by the real model,
// cached on disk by seed and model digest, plus profile-like query vectors.
import Foundation
internal import JobHuntEmbeddings
import JobHuntKernel

/// N postings with attributes the filters use, and a vector for each.
///
/// Embedding 100k texts takes minutes on two cores, so only `embedded` of
/// them are embedded; each further posting's vector mixes two real
/// embeddings of the same job family with a little Gaussian noise
/// (`0.8·a + 0.2·b + 0.1·n`, normalised). Those vectors lie among real
/// embeddings, as near-duplicate postings do, which is what HNSW recall
/// depends on; random unit vectors would not (docs/vector-search.md).
package struct MatchBenchmarkCorpus {
    package let seed: UInt64
    package let postings: [GeneratedPosting]
    /// `postings.count × 384` floats, row after row.
    package let vectors: [Float]
    /// Profile-like query vectors (real embeddings).
    package let queries: [[Float]]
    package let embedded: Int
    /// Seconds spent embedding; zero when the vectors came from the cache.
    package let embedSeconds: Double
    package let fromCache: Bool

    /// One generated posting's filterable attributes and the text that was embedded.
    package struct GeneratedPosting: Sendable {
        package var title: String
        package var text: String
        package var family: Int
        package var level: String
        package var arrangement: String
        package var city: String
        package var country: String
        package var salaryMin: Int
        package var salaryMax: Int
        package var isActive: Bool
    }

    /// Builds the corpus, reading vectors from `cacheFile` when it holds them
    /// and writing them there (0600) otherwise.
    package init(
        count: Int, embedded: Int, queries queryCount: Int, seed: UInt64, cacheFile: URL?,
        embed: ([String]) throws -> [[Float]]
    ) throws {
        self.seed = seed
        var generator = SplitMix64(seed: seed)
        postings = (0..<count).map { _ in MatchBenchmarkText.posting(&generator) }
        let queryTexts = (0..<queryCount).map { _ in MatchBenchmarkText.profile(&generator) }
        self.embedded = min(embedded, count)
        let dimension = SentenceEmbedder.dimension
        let expected = (count + queryCount) * dimension * 4
        if let cacheFile, let data = try? Data(contentsOf: cacheFile), data.count == expected {
            let floats = data.withUnsafeBytes { Array($0.bindMemory(to: Float.self)) }
            vectors = Array(floats[0..<count * dimension])
            queries = (0..<queryCount).map { Array(floats[(count + $0) * dimension..<(count + $0 + 1) * dimension]) }
            embedSeconds = 0
            fromCache = true
            return
        }
        let start = ProcessMetrics.now()
        let base = try embed(postings.prefix(self.embedded).map(\.text))
        let embeddedQueries = try embed(queryTexts)
        embedSeconds = ProcessMetrics.now() - start
        var byFamily: [Int: [Int]] = [:]
        for (index, posting) in postings.prefix(self.embedded).enumerated() {
            byFamily[posting.family, default: []].append(index)
        }
        var flat: [Float] = []
        flat.reserveCapacity(count * dimension)
        for (index, posting) in postings.enumerated() {
            if index < self.embedded {
                flat += base[index]
                continue
            }
            let family = byFamily[posting.family] ?? Array(0..<self.embedded)
            let a = base[family[Int(generator.next() % UInt64(family.count))]]
            let b = base[family[Int(generator.next() % UInt64(family.count))]]
            let noise = generator.unitVector(dimension)
            flat += VectorMath.normalized((0..<dimension).map { 0.8 * a[$0] + 0.2 * b[$0] + 0.1 * noise[$0] })
        }
        vectors = flat
        queries = embeddedQueries
        fromCache = false
        if let cacheFile {
            var bytes = Data(capacity: expected)
            flat.withUnsafeBytes { bytes.append(contentsOf: $0) }
            for query in embeddedQueries { query.withUnsafeBytes { bytes.append(contentsOf: $0) } }
            try? FileManager.default.createDirectory(
                at: cacheFile.deletingLastPathComponent(), withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
            if FileManager.default.createFile(
                atPath: cacheFile.path, contents: nil, attributes: [.posixPermissions: 0o600])
            {
                try bytes.write(to: cacheFile)
            }
        }
    }

    /// The vector of posting `index`.
    package func vector(_ index: Int) -> [Float] {
        let dimension = SentenceEmbedder.dimension
        return Array(vectors[index * dimension..<(index + 1) * dimension])
    }

    /// The cache file name for these parameters and a model digest.
    package static func cacheName(count: Int, embedded: Int, queries: Int, seed: UInt64, modelDigest: String) -> String
    {
        "match-v1-s\(seed)-n\(count)-e\(embedded)-q\(queries)-\(modelDigest.prefix(16)).f32"
    }
}

extension SplitMix64 {
    /// One of `items`, uniformly.
    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
}
