// Top-k search: score every row with one BLAS product, or only the candidate
// rows with SIMD dot products when the SQL filters left few, then keep the
// best k in a heap.
import Foundation

extension VectorIndex {
    /// The `k` ids most similar to `query`, best first (ties by insertion order).
    ///
    /// - Parameter candidates: when given, only these ids can be returned.
    public func search(query: [Float], k: Int, candidates: Set<ID>? = nil) -> [VectorMatch<ID>] {
        precondition(query.count == dimension, "query has \(query.count) values, index has \(dimension)")
        guard k > 0, count > 0 else { return [] }
        let unit = VectorMath.normalized(query)
        var best = TopK(k: k)
        storage.withUnsafeBufferPointer { matrix in
            unit.withUnsafeBufferPointer { q in
                let base = matrix.baseAddress!
                if let candidates {
                    // Rows of the candidates, in row order so ties resolve as without a filter.
                    var selected = candidates.compactMap { rows[$0] }
                    selected.sort()
                    for row in selected {
                        best.insert(VectorMath.dot(base + row * dimension, q.baseAddress!, count: dimension), row: row)
                    }
                } else {
                    let scores = Self.scoreAll(base, rows: count, dimension: dimension, query: q.baseAddress!)
                    for (row, score) in scores.enumerated() { best.insert(score, row: row) }
                }
            }
        }
        return best.sorted().map { VectorMatch(id: ids[$0.row], score: $0.score) }
    }
}

extension VectorIndex {
    /// `matrix · query`, in blocks of rows shared among the cores. The product is
    /// memory-bound (100k rows are 150 MB to stream), so plain SIMD dot products
    /// do as well as BLAS here, without touching OpenBLAS's process-wide threads.
    static func scoreAll(_ matrix: UnsafePointer<Float>, rows: Int, dimension: Int, query: UnsafePointer<Float>)
        -> [Float]
    {
        let blocks = max(1, min(ProcessInfo.processInfo.activeProcessorCount * 4, rows / 4096))
        return [Float](unsafeUninitializedCapacity: rows) { out, initialized in
            let scores = SendablePointer(out.baseAddress!)
            let a = SendablePointer(UnsafeMutablePointer(mutating: matrix))
            let x = SendablePointer(UnsafeMutablePointer(mutating: query))
            DispatchQueue.concurrentPerform(iterations: blocks) { block in
                for row in rows * block / blocks..<rows * (block + 1) / blocks {
                    scores.pointer[row] = VectorMath.dot(a.pointer + row * dimension, x.pointer, count: dimension)
                }
            }
            initialized = rows
        }
    }
}

/// A pointer handed to worker threads that write disjoint parts of it.
struct SendablePointer: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Float>
    init(_ pointer: UnsafeMutablePointer<Float>) { self.pointer = pointer }
}

/// The k highest scores seen, as a min-heap on (score, -row).
struct TopK {
    let k: Int
    private var heap: [(score: Float, row: Int)] = []

    init(k: Int) {
        self.k = k
        heap.reserveCapacity(k)
    }

    /// True when `a` ranks below `b`: lower score, or equal score and later row.
    @inline(__always)
    private static func below(_ a: (score: Float, row: Int), _ b: (score: Float, row: Int)) -> Bool {
        a.score < b.score || (a.score == b.score && a.row > b.row)
    }

    @inline(__always)
    mutating func insert(_ score: Float, row: Int) {
        if heap.count < k {
            heap.append((score, row))
            var child = heap.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard Self.below(heap[child], heap[parent]) else { break }
                heap.swapAt(child, parent)
                child = parent
            }
        } else if Self.below(heap[0], (score, row)) {
            heap[0] = (score, row)
            var parent = 0
            while true {
                var smallest = parent
                for child in [2 * parent + 1, 2 * parent + 2] where child < heap.count {
                    if Self.below(heap[child], heap[smallest]) { smallest = child }
                }
                if smallest == parent { break }
                heap.swapAt(parent, smallest)
                parent = smallest
            }
        }
    }

    /// Best first.
    func sorted() -> [(score: Float, row: Int)] {
        heap.sorted { Self.below($1, $0) }
    }
}
