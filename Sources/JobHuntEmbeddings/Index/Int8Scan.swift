// The int8 first pass of a vector search, over any packed code matrix: the
// in-memory VectorIndex and the memory-mapped PackedVectorFile share it.
import Foundation

/// Scores rows of int8 codes against a query in blocks across the cores,
/// keeping the best `size` by approximate cosine.
enum Int8Scan {
    /// The `size` best rows by int8 score, over the first `total` rows or those in `selected`.
    ///
    /// Scoring is memory-bound (100k rows are 38 MB of int8 to stream; a
    /// scattered candidate row costs cache and TLB misses), so the int8 copy
    /// is what makes it fast, and plain loops do as well as BLAS.
    ///
    /// - Parameters:
    ///   - codes: `dimension` codes per row, row after row.
    ///   - scales: per row, the factor that turns an int8 dot product back into a cosine share.
    ///   - query: the unit query vector.
    static func shortlist(
        codes: UnsafePointer<Int8>, scales: UnsafePointer<Float>, dimension: Int, query: [Float], total: Int,
        selected: [Int]?, size: Int
    ) -> [(score: Float, row: Int)] {
        // Query codes widened once to int16, so each product is one int16 multiply.
        let widened = quantize(query).codes.map { Int16($0) }
        // Below about 16 MB of codes one thread finishes before worker threads
        // would start (a cold process pays for creating them, and they spin).
        let blocks =
            total < 40_000 ? 1 : max(1, min(ProcessInfo.processInfo.activeProcessorCount * 4, total / 4096))
        let merged = LockedTopK(k: size)
        widened.withUnsafeBufferPointer { q in
            let shared = SendableRows(codes: codes, scales: scales, query: q.baseAddress!)
            let scan: @Sendable (Int) -> Void = { block in
                var local = TopK(k: size)
                for index in total * block / blocks..<total * (block + 1) / blocks {
                    let row = selected?[index] ?? index
                    let dot = Self.dot(shared.codes + row * dimension, shared.query, dimension)
                    local.insert(Float(dot) * shared.scales[row], row: row)
                }
                merged.merge(local)
            }
            if blocks == 1 { scan(0) } else { DispatchQueue.concurrentPerform(iterations: blocks, execute: scan) }
        }
        return merged.sorted()
    }

    /// Symmetric int8 codes of `vector` and the scale that maps 127 back to its largest magnitude.
    static func quantize(_ vector: [Float]) -> (codes: [Int8], scale: Float) {
        let scale = vector.reduce(0) { max($0, abs($1)) }
        guard scale > 0 else { return ([Int8](repeating: 0, count: vector.count), 0) }
        return (vector.map { Int8(($0 * 127 / scale).rounded()) }, scale)
    }

    /// Σ aᵢbᵢ over int8 codes, each product in int16 (127² fits) and the sum in
    /// int32 (exact: 384 · 127² fits easily); about 30% faster than widening both to int32.
    @inline(__always)
    static func dot(_ a: UnsafePointer<Int8>, _ b: UnsafePointer<Int16>, _ count: Int) -> Int32 {
        var sum: Int32 = 0
        for i in 0..<count { sum &+= Int32(Int16(a[i]) &* b[i]) }
        return sum
    }
}

/// Buffers read by the worker threads of one search.
struct SendableRows: @unchecked Sendable {
    let codes: UnsafePointer<Int8>
    let scales: UnsafePointer<Float>
    let query: UnsafePointer<Int16>
}
