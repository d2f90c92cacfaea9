// The int8 first pass of a vector search, over any packed code matrix: the
// in-memory VectorIndex and the memory-mapped PackedVectorFile share it.
import CVectorScan
import Foundation

/// Scores rows of int8 codes against a query in blocks across the cores,
/// keeping the best `size` by approximate cosine.
enum Int8Scan {
    /// Rows scored per call into the kernel: the scores fit in L1 beside the rows streaming past.
    static let chunk = 1024
    /// Rows below which one thread finishes before a second would start (a cold
    /// process pays for creating it, and on a busy machine it waits for a core).
    static let parallelRows = 32_768

    /// The kernel the scan runs on this CPU ("avx512-vnni", "avx2" or "portable").
    static var kernel: String { String(cString: vector_scan_kernel()) }

    /// The `size` best rows by int8 score, over the first `total` rows or those in `selected`.
    ///
    /// The dot products run in CVectorScan, on the widest integer instructions
    /// this CPU has (AVX-512 VNNI: one instruction per 64 code bytes). What
    /// remains is memory traffic (100k rows are 38 MB of codes) and the
    /// selection (``TopSelection``: a histogram pass, no heap).
    ///
    /// - Parameters:
    ///   - codes: `dimension` codes per row, row after row.
    ///   - scales: per row, the factor that turns an int8 dot product back into a cosine share.
    ///   - query: the unit query vector.
    static func shortlist(
        codes: UnsafePointer<Int8>, scales: UnsafePointer<Float>, dimension: Int, query: [Float], total: Int,
        selected: [Int]?, size: Int
    ) -> [(score: Float, row: Int)] {
        let quantized = quantize(query).codes
        return quantized.withUnsafeBufferPointer { q in
            // `[Int]` is `[Int64]` on the 64-bit platforms this builds for.
            selected.withUnsafeRows { rows in
                let shared = SendableRows(codes: codes, scales: scales, query: q.baseAddress!, rows: rows)
                return best(total: total, rows: rows, size: size) { start, end, out in
                    vector_scan_int8(
                        shared.codes, shared.scales, dimension, shared.query, shared.rows, start, end, out)
                }
            }
        }
    }

    /// The `size` best of `total` rows by `score`, which writes the scores of
    /// positions `start..<end` to `out`: blocks of positions run across the
    /// cores into one array, and ``TopSelection`` picks the best (rows
    /// `rows[i]` when given, else position numbers).
    static func best(
        total: Int, rows: UnsafePointer<Int64>?, size: Int,
        score: @escaping @Sendable (_ start: Int, _ end: Int, _ out: UnsafeMutablePointer<Float>) -> Void
    ) -> [(score: Float, row: Int)] {
        guard total > 0, size > 0 else { return [] }
        let blocks =
            total < parallelRows ? 1 : max(1, min(ProcessInfo.processInfo.activeProcessorCount * 2, total / 16_384))
        let scores = UnsafeMutablePointer<Float>.allocate(capacity: total)
        defer { scores.deallocate() }
        let shared = SendableScores(pointer: scores)
        let scan: @Sendable (Int) -> Void = { block in
            var start = total * block / blocks
            let end = total * (block + 1) / blocks
            while start < end {
                let stop = min(start + chunk, end)
                score(start, stop, shared.pointer + start)
                start = stop
            }
        }
        if blocks == 1 { scan(0) } else { DispatchQueue.concurrentPerform(iterations: blocks, execute: scan) }
        return TopSelection.best(scores: scores, count: total, rows: rows, size: size)
    }

    /// Scores of `rows` (or rows `0..<count`) on the named kernel; nil when this CPU cannot run it.
    /// For tests, which hold every kernel to the portable one.
    static func scores(
        kernel: String, codes: [Int8], scales: [Float], dimension: Int, query: [Int8], rows: [Int]?, count: Int
    ) -> [Float]? {
        var out = [Float](repeating: .nan, count: count)
        let ran = codes.withUnsafeBufferPointer { codes in
            scales.withUnsafeBufferPointer { scales in
                query.withUnsafeBufferPointer { query in
                    rows.withUnsafeRows { rows in
                        out.withUnsafeMutableBufferPointer { out in
                            vector_scan_int8_with(
                                kernel, codes.baseAddress, scales.baseAddress, dimension, query.baseAddress, rows, 0,
                                count, out.baseAddress)
                        }
                    }
                }
            }
        }
        return ran == 1 ? out : nil
    }

    /// Symmetric int8 codes of `vector` and the scale that maps 127 back to its largest magnitude.
    static func quantize(_ vector: [Float]) -> (codes: [Int8], scale: Float) {
        let scale = vector.reduce(0) { max($0, abs($1)) }
        guard scale > 0 else { return ([Int8](repeating: 0, count: vector.count), 0) }
        return (vector.map { Int8(($0 * 127 / scale).rounded()) }, scale)
    }
}

extension Optional where Wrapped == [Int] {
    /// The rows as the C kernel's `int64_t` pointer (nil for "every row").
    func withUnsafeRows<R>(_ body: (UnsafePointer<Int64>?) -> R) -> R {
        guard let rows = self else { return body(nil) }
        return rows.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: Int64.self) { body($0.baseAddress) }
        }
    }
}

/// The score array the worker threads of one search write, each its own range.
struct SendableScores: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Float>
}

/// A row selection read by the worker threads of one search.
struct SendableSelection: @unchecked Sendable {
    let rows: UnsafePointer<Int64>?
}

/// Buffers read by the worker threads of one search.
struct SendableRows: @unchecked Sendable {
    let codes: UnsafePointer<Int8>
    let scales: UnsafePointer<Float>
    let query: UnsafePointer<Int8>
    let rows: UnsafePointer<Int64>?
}
