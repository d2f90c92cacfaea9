// Top-k search against a brute-force ranking, candidate filtering, updates,
// and the stored blob format.
import Foundation
import JobHuntEmbeddings
import Testing

@Suite struct VectorIndexTests {
    /// Deterministic pseudo-random vectors (an LCG: tests need repeatability, not quality).
    static func vectors(_ count: Int, dimension: Int = 384, seed: UInt64 = 1) -> [[Float]] {
        var state = seed
        return (0..<count).map { _ in
            (0..<dimension).map { _ in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return Float(Int64(bitPattern: state >> 11) % 2001 - 1000) / 1000
            }
        }
    }

    /// The reference: every cosine, sorted best first, ties by id.
    static func bruteForce(_ vectors: [[Float]], query: [Float], k: Int, allowed: Set<Int>? = nil) -> [Int] {
        let ids = vectors.indices.filter { allowed?.contains($0) ?? true }
        let scored: [(id: Int, score: Float)] = ids.map { ($0, VectorMath.cosine(vectors[$0], query)) }
        let ranked = scored.sorted { a, b in a.score > b.score || (a.score == b.score && a.id < b.id) }
        return ranked.prefix(k).map(\.id)
    }

    static func index(_ vectors: [[Float]]) -> VectorIndex<Int> {
        var index = VectorIndex<Int>()
        for (id, vector) in vectors.enumerated() { index.add(id: id, vector: vector) }
        return index
    }

    @Test func topKEqualsBruteForce() {
        let data = Self.vectors(3_000)
        let index = Self.index(data)
        for query in Self.vectors(5, seed: 99) {
            let hits = index.search(query: query, k: 50)
            #expect(hits.map(\.id) == Self.bruteForce(data, query: query, k: 50))
            #expect(zip(hits, hits.dropFirst()).allSatisfy { $0.score >= $1.score })
            #expect(abs(hits[0].score - VectorMath.cosine(data[hits[0].id], query)) < 1e-5)
        }
    }

    @Test func candidatesRestrictTheResultAndMatchBruteForce() {
        let data = Self.vectors(2_000)
        let index = Self.index(data)
        let allowed = Set((0..<2_000).filter { $0 % 7 == 3 })
        let query = Self.vectors(1, seed: 5)[0]
        let hits = index.search(query: query, k: 20, candidates: allowed.union([50_000]))
        #expect(hits.map(\.id) == Self.bruteForce(data, query: query, k: 20, allowed: allowed))
        #expect(hits.allSatisfy { allowed.contains($0.id) })
    }

    @Test func fewerCandidatesThanKReturnsThemAllAndEmptyReturnsNothing() {
        let index = Self.index(Self.vectors(100))
        let query = Self.vectors(1, seed: 8)[0]
        #expect(Set(index.search(query: query, k: 10, candidates: [4, 9]).map(\.id)) == [4, 9])
        #expect(index.search(query: query, k: 10, candidates: []).isEmpty)
        #expect(VectorIndex<Int>().search(query: query, k: 10).isEmpty)
    }

    @Test func replacingAndRemovingKeepIdsAndRowsConsistent() {
        let data = Self.vectors(10)
        var index = Self.index(data)
        index.add(id: 3, vector: data[7])
        index.remove(id: 0)
        index.remove(id: 42)
        #expect(index.count == 9)
        #expect(!index.contains(0))
        let hits = index.search(query: data[7], k: 2)
        #expect(Set(hits.map(\.id)) == [3, 7])
        #expect(hits.allSatisfy { $0.score > 0.9999 })
        #expect(index.vector(for: 9).map { VectorMath.cosine($0, data[9]) }! > 0.9999)
    }

    @Test func blobIsLittleEndianFloat32AndRoundTrips() throws {
        var vector = [Float](repeating: 0, count: 384)
        vector[0] = 1
        vector[383] = -0.5
        let blob = VectorBlob.encode(vector)
        #expect(blob.count == 1536)
        #expect(Array(blob.prefix(4)) == [0x00, 0x00, 0x80, 0x3F])
        #expect(Array(blob.suffix(4)) == [0x00, 0x00, 0x00, 0xBF])
        #expect(try VectorBlob.decode(blob) == vector)
    }

    @Test func malformedBlobsAreRejected() {
        #expect(throws: EmbeddingError.self) { try VectorBlob.decode(Data(count: 1535)) }
        var nan = VectorBlob.encode([Float](repeating: 0, count: 384))
        nan.replaceSubrange(0..<4, with: [0x00, 0x00, 0xC0, 0x7F])
        let error = #expect(throws: EmbeddingError.self) { try VectorBlob.decode(nan) }
        #expect(error?.code == .invalidVector)
    }

    @Test func indexBuildsFromStoredBlobs() throws {
        let data = Self.vectors(20)
        let index = try VectorIndex<String>(
            blobs: data.enumerated().map { ("job-\($0.offset)", VectorBlob.encode($0.element)) })
        #expect(index.search(query: data[11], k: 1).first?.id == "job-11")
    }
}
