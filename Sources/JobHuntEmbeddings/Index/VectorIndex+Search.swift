// Top-k search: blocks of rows (all of them, or only the candidates' rows)
// are scored on the int8 copy on every core, each block keeping its best few
// times k in a heap; the merged shortlist is re-scored exactly in float32.
import Foundation

extension VectorIndex {
    /// The `k` ids most similar to `query`, best first (ties by insertion order).
    ///
    /// - Parameter candidates: when given, only these ids can be returned.
    // Pre-specialised for the id types callers use: from another module a generic
    // call would otherwise hash every candidate id through witness tables.
    @_specialize(exported:true,where ID == String)
    @_specialize(exported:true,where ID == Int)
    @_specialize(exported:true,where ID == UUID)
    public func search(query: [Float], k: Int, candidates: Set<ID>? = nil) -> [VectorMatch<ID>] {
        precondition(query.count == dimension, "query has \(query.count) values, index has \(dimension)")
        guard k > 0, count > 0 else { return [] }
        let unit = VectorMath.normalized(query)
        // Candidate rows in row order, so ties resolve as they do without a filter
        // and memory is walked forwards.
        let selected: [Int]? = candidates.map { candidates in
            var rows = candidates.compactMap { self.rows[$0] }
            rows.sort()
            return rows
        }
        let total = selected?.count ?? count
        guard total > 0 else { return [] }
        // Int8 scores err by about 1e-3; re-scoring 4k (at least k + 64) exactly
        // leaves far more margin than that between rank k and the shortlist's end.
        let shortlist = shortlist(query: unit, total: total, selected: selected, size: max(4 * k, k + 64))
        var best = TopK(k: k)
        storage.withUnsafeBufferPointer { matrix in
            unit.withUnsafeBufferPointer { q in
                for (_, row) in shortlist.sorted(by: { $0.row < $1.row }) {
                    best.insert(
                        VectorMath.dot(matrix.baseAddress! + row * dimension, q.baseAddress!, count: dimension),
                        row: row)
                }
            }
        }
        return best.sorted().map { VectorMatch(id: ids[$0.row], score: $0.score) }
    }

    /// The `size` best rows by int8 score, over the first `total` rows or those in `selected`,
    /// scored in blocks across the cores.
    ///
    /// Scoring is memory-bound (100k rows are 38 MB of int8 to stream; a
    /// scattered candidate row costs cache and TLB misses), so the int8 copy
    /// is what makes it fast (see `Int8Scan`).
    func shortlist(query: [Float], total: Int, selected: [Int]?, size: Int) -> [(score: Float, row: Int)] {
        guard total >= TwoBitScan.minimumRows else {
            return int8Shortlist(query: query, selected: selected, total: total, size: size)
        }
        // Past a few hundred thousand rows the int8 codes no longer fit in any
        // cache and the scan waits on memory: the 2-bit pass reads a quarter of
        // the bytes and hands the int8 scan its best few thousand rows.
        let coarseRows = coarse.withUnsafeBufferPointer { codes in
            TwoBitScan.shortlist(
                codes: codes.baseAddress!, dimension: dimension, query: query, total: total, selected: selected,
                size: TwoBitScan.coarseSize(total: total, size: size))
        }.map(\.row).sorted()
        return int8Shortlist(query: query, selected: coarseRows, total: coarseRows.count, size: size)
    }

    /// The int8 pass of `shortlist`.
    private func int8Shortlist(query: [Float], selected: [Int]?, total: Int, size: Int) -> [(score: Float, row: Int)] {
        quantized.withUnsafeBufferPointer { matrix in
            scales.withUnsafeBufferPointer { scales in
                Int8Scan.shortlist(
                    codes: matrix.baseAddress!, scales: scales.baseAddress!, dimension: dimension, query: query,
                    total: total, selected: selected, size: size)
            }
        }
    }
}

/// The k highest scores seen, as a min-heap on (score, -row).
struct TopK {
    let k: Int
    private(set) var entries: [(score: Float, row: Int)] = []

    init(k: Int) {
        self.k = k
        entries.reserveCapacity(k)
    }

    /// Whether `score` could enter: the heap has room, or it beats the lowest
    /// score kept (ties are left to `insert`, which breaks them by row).
    @inline(__always)
    func accepts(_ score: Float) -> Bool { entries.count < k || score >= entries[0].score }

    /// True when `a` ranks below `b`: lower score, or equal score and later row.
    @inline(__always)
    private static func below(_ a: (score: Float, row: Int), _ b: (score: Float, row: Int)) -> Bool {
        a.score < b.score || (a.score == b.score && a.row > b.row)
    }

    @inline(__always)
    mutating func insert(_ score: Float, row: Int) {
        if entries.count < k {
            entries.append((score, row))
            var child = entries.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard Self.below(entries[child], entries[parent]) else { break }
                entries.swapAt(child, parent)
                child = parent
            }
        } else if Self.below(entries[0], (score, row)) {
            entries[0] = (score, row)
            var parent = 0
            while true {
                let left = 2 * parent + 1
                let right = left + 1
                var smallest = parent
                if left < entries.count, Self.below(entries[left], entries[smallest]) { smallest = left }
                if right < entries.count, Self.below(entries[right], entries[smallest]) { smallest = right }
                if smallest == parent { break }
                entries.swapAt(parent, smallest)
                parent = smallest
            }
        }
    }

    /// Best first.
    func sorted() -> [(score: Float, row: Int)] {
        entries.sorted { Self.below($1, $0) }
    }
}
