// The best `size` of a block of scores, by a radix pass over their bits
// instead of a heap: the selection step of the int8 and 2-bit scans.
import Foundation

/// Picks the `size` best (score, row) pairs of a score array: higher score
/// first, ties by lower row, exactly the order `TopK` keeps.
///
/// A heap fed 100k scores for the best 3,200 (a broad `discover match`)
/// spent more than the AVX-512 dot products did (issue 20: 5.4% of a cold
/// match against 3.4%): thousands of sift-downs per block, then a merge of
/// every block's heap under a lock. Here the scores are written to one
/// array, a histogram of the top 16 bits of their order-preserving keys
/// finds the bucket holding the `size`-th best, and only that bucket's
/// entries are sorted: two linear passes and a sort of a few hundred.
enum TopSelection {
    /// A key that orders as the float does (for every non-NaN score; -0 is
    /// read as +0, which compares equal to it), so its high bits bucket scores
    /// in order.
    @inline(__always)
    static func key(_ score: Float) -> UInt32 {
        let bits = (score == 0 ? 0 : score).bitPattern
        return bits & 0x8000_0000 != 0 ? ~bits : bits | 0x8000_0000
    }

    /// True when `a` ranks before `b`: higher score, or equal score and lower row.
    @inline(__always)
    static func before(_ a: (score: Float, row: Int), _ b: (score: Float, row: Int)) -> Bool {
        a.score > b.score || (a.score == b.score && a.row < b.row)
    }

    /// The best `size` of `scores[0..<count]`, best first; the row of
    /// position `i` is `rows[i]` when given, else `i`.
    static func best(scores: UnsafePointer<Float>, count: Int, rows: UnsafePointer<Int64>?, size: Int)
        -> [(score: Float, row: Int)]
    {
        guard count > 0, size > 0 else { return [] }
        func row(_ index: Int) -> Int { rows.map { Int($0[index]) } ?? index }
        guard size < count else {
            return (0..<count).map { (scores[$0], row($0)) }.sorted(by: before)
        }
        var histogram = [Int32](repeating: 0, count: 1 << 16)
        histogram.withUnsafeMutableBufferPointer { buckets in
            for index in 0..<count { buckets[Int(key(scores[index]) >> 16)] += 1 }
        }
        // The bucket holding the size-th best, walking down from the highest.
        var boundary = histogram.count - 1
        var above = 0
        while above + Int(histogram[boundary]) < size {
            above += Int(histogram[boundary])
            boundary -= 1
        }
        var kept: [(score: Float, row: Int)] = []
        kept.reserveCapacity(size)
        var edge: [(score: Float, row: Int)] = []
        edge.reserveCapacity(Int(histogram[boundary]))
        for index in 0..<count {
            let bucket = Int(key(scores[index]) >> 16)
            if bucket > boundary {
                kept.append((scores[index], row(index)))
            } else if bucket == boundary {
                edge.append((scores[index], row(index)))
            }
        }
        edge.sort(by: before)
        kept.append(contentsOf: edge.prefix(size - above))
        kept.sort(by: before)
        return kept
    }
}
