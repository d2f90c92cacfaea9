// Seeded synthetic embeddings for `jobhunt-bench scale-load` and
// `scale-match`: embedding a million texts with the model is out of reach on
// two cores, so each posting's vector is a cluster centre plus noise.
import Foundation
internal import JobHuntEmbeddings
import JobHuntKernel

/// Clustered unit vectors of 384 dimensions, the same for the same seed.
///
/// Real posting embeddings cluster (one job family, many near-duplicates), and
/// HNSW recall depends on that: uniform random vectors would make the index
/// look worse than it is (docs/vector-search.md). Here `clusters` centres are
/// uniform on the sphere; a posting is `normalise(centre + spread · n)` with
/// `n` Gaussian of unit expected length, so it lies about 0.78 in cosine from
/// its centre and about 0.6 from its cluster's other postings, near what
/// MiniLM gives postings of one family. A query is drawn the same way, so its
/// true neighbours are mostly one cluster's postings.
package struct ScaleVectors {
    package static let dimension = 384
    package let seed: UInt64
    package let centres: [[Float]]
    package let spread: Float

    package init(seed: UInt64, clusters: Int, spread: Float = 0.8) {
        self.seed = seed
        self.spread = spread
        var generator = SplitMix64(seed: seed ^ 0x5CA1E)
        centres = (0..<max(1, clusters)).map { _ in generator.unitVector(Self.dimension) }
    }

    /// The vector of posting `index`: its own generator, so batches can be made in any order.
    package func posting(_ index: Int) -> [Float] {
        var generator = SplitMix64(seed: seed &+ UInt64(index) &* 0x9E37_79B9)
        return near(centres[index % centres.count], &generator)
    }

    /// `count` profile-like queries, each near a centre picked by the generator.
    package func queries(_ count: Int) -> [[Float]] {
        var generator = SplitMix64(seed: seed ^ 0x0C0E_17E5)
        return (0..<count).map { _ in near(centres[Int(generator.next() % UInt64(centres.count))], &generator) }
    }

    private func near(_ centre: [Float], _ generator: inout SplitMix64) -> [Float] {
        let noise = gaussian(Self.dimension, &generator)
        let scale = spread / Float(Self.dimension).squareRoot()
        return VectorMath.normalized((0..<Self.dimension).map { centre[$0] + scale * noise[$0] })
    }

    /// Standard normal values by Box–Muller, two per pair of uniforms.
    private func gaussian(_ count: Int, _ generator: inout SplitMix64) -> [Float] {
        var values: [Float] = []
        values.reserveCapacity(count + 1)
        while values.count < count {
            let u = Float(generator.next() >> 40 | 1) / Float(1 << 24)
            let v = Float(generator.next() >> 40) / Float(1 << 24)
            let radius = (-2 * Foundation.log(u)).squareRoot()
            values.append(radius * Foundation.cos(2 * .pi * v))
            values.append(radius * Foundation.sin(2 * .pi * v))
        }
        return Array(values.prefix(count))
    }
}
