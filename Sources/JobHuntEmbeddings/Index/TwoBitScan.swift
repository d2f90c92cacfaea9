// The coarse first pass of a search over a million rows: 2-bit codes, a
// quarter of the int8 codes' bytes, narrow the rows down to a few thousand
// that the int8 scan and the exact float re-score then order.
import CVectorScan
import Foundation

/// 2-bit codes of unit vectors and the scan over them.
///
/// At 1M rows the int8 codes are 384 MB, which streams from memory at a few
/// GB/s on a busy machine: 80 ms however fast the arithmetic. The 2-bit codes
/// are 96 MB. Each value x of a unit vector becomes one of four levels,
/// split at 0 and ±0.8 / √dimension (about 0.8 of a random unit vector's
/// spread per value); the query stays int8, so only the stored side loses
/// precision (asymmetric scoring: a cosine error of about 0.02, against
/// spreads of 0.05 between random vectors). The scan keeps the best
/// `coarseSize` rows, which the int8 scan re-orders; `TwoBitScanTests` and
/// `scripts/bench search` measure the recall on random and real embeddings.
enum TwoBitScan {
    /// Where the levels split, in units of a random unit vector's per-value spread (1 / √dimension).
    static let threshold: Float = 0.8

    /// Rows from which a search runs the 2-bit pass first: below this the int8
    /// codes are at most ~100 MB and the extra pass would only cost time.
    static let minimumRows = 262_144

    /// 64-bit words of one bit plane of a row.
    static func words(dimension: Int) -> Int { (dimension + 63) / 64 }

    /// Appends the codes of the unit vector `vector`: the high-bit plane, then the low-bit plane.
    static func encode(_ vector: [Float], into codes: inout [UInt64]) {
        let words = words(dimension: vector.count)
        let step = threshold / Float(vector.count).squareRoot()
        var high = [UInt64](repeating: 0, count: words)
        var low = [UInt64](repeating: 0, count: words)
        for (j, x) in vector.enumerated() {
            // Levels 0...3: below -step, below 0, below step, the rest.
            let code = (x >= -step ? 1 : 0) + (x >= 0 ? 1 : 0) + (x >= step ? 1 : 0)
            let bit = UInt64(1) << UInt64(j % 64)
            if code >= 2 { high[j / 64] |= bit }
            if code & 1 == 1 { low[j / 64] |= bit }
        }
        codes.append(contentsOf: high)
        codes.append(contentsOf: low)
    }

    /// How many rows the 2-bit pass keeps for the int8 scan: 16 times what
    /// the int8 scan keeps, and at least one row in 64 (15.6k of 1M).
    static func coarseSize(total: Int, size: Int) -> Int { min(total, max(16 * size, total / 64)) }

    /// The `size` best rows by 2-bit score, over the first `total` rows or those in `selected`, across the cores.
    static func shortlist(
        codes: UnsafePointer<UInt64>, dimension: Int, query: [Float], total: Int, selected: [Int]?, size: Int
    ) -> [(score: Float, row: Int)] {
        let words = words(dimension: dimension)
        let padded = paddedQuery(query, words: words)
        return padded.withUnsafeBufferPointer { q in
            selected.withUnsafeRows { rows in
                let shared = SendableCodes(codes: codes, query: q.baseAddress!, rows: rows)
                return Int8Scan.best(total: total, rows: rows, size: size) { start, end, out in
                    vector_scan_2bit(shared.codes, words, shared.query, shared.rows, start, end, out)
                }
            }
        }
    }

    /// The query's int8 codes, zero-padded to whole 64-byte words (what the kernels load).
    static func paddedQuery(_ query: [Float], words: Int) -> [Int8] {
        Int8Scan.quantize(query).codes + [Int8](repeating: 0, count: words * 64 - query.count)
    }

    /// Scores of `rows` (or rows `0..<count`) on the named kernel; nil when this CPU cannot run it.
    /// For tests, which hold every kernel to the portable one.
    static func scores(kernel: String, codes: [UInt64], words: Int, query: [Int8], rows: [Int]?, count: Int)
        -> [Float]?
    {
        var out = [Float](repeating: .nan, count: count)
        let ran = codes.withUnsafeBufferPointer { codes in
            query.withUnsafeBufferPointer { query in
                rows.withUnsafeRows { rows in
                    out.withUnsafeMutableBufferPointer { out in
                        vector_scan_2bit_with(
                            kernel, codes.baseAddress, words, query.baseAddress, rows, 0, count, out.baseAddress)
                    }
                }
            }
        }
        return ran == 1 ? out : nil
    }
}

/// The 2-bit codes and query read by the worker threads of one search.
struct SendableCodes: @unchecked Sendable {
    let codes: UnsafePointer<UInt64>
    let query: UnsafePointer<Int8>
    let rows: UnsafePointer<Int64>?
}
