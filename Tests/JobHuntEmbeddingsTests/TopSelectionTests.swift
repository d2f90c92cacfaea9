// The histogram selection of the int8 and 2-bit scans keeps exactly the rows
// a full sort keeps, in the same order: higher score first, ties by row.
import Testing

@testable import JobHuntEmbeddings

@Suite struct TopSelectionTests {
    /// `count` scores from an LCG, rounded to `levels` steps in [-1, 1] so
    /// that many tie (as int8 scores do), with -0 and +0 among them.
    static func scores(_ count: Int, levels: Int, seed: UInt64) -> [Float] {
        var state = seed
        return (0..<count).map { index in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let step = Int(state >> 33) % (2 * levels + 1) - levels
            if step == 0 { return index % 2 == 0 ? -0.0 : 0.0 }
            return Float(step) / Float(levels)
        }
    }

    /// What the selection must return: every (score, row) sorted, the first `size`.
    static func reference(_ scores: [Float], rows: [Int64]?, size: Int) -> [(score: Float, row: Int)] {
        let pairs = scores.indices.map { index in (score: scores[index], row: rows.map { Int($0[index]) } ?? index) }
        return Array(pairs.sorted(by: TopSelection.before).prefix(size))
    }

    @Test(arguments: [
        (10_000, 1_000, 3_200), (10_000, 20, 800), (5_000, 100_000, 1), (300, 7, 299), (300, 7, 300),
        (300, 7, 1_000),
    ])
    func keepsWhatASortKeeps(count: Int, levels: Int, size: Int) {
        let scores = Self.scores(count, levels: levels, seed: UInt64(count + levels + size))
        // Rows scattered and descending, so that ties are not broken by position by accident.
        let rows = (0..<count).map { Int64(7 * (count - $0)) }
        for selection in [nil, rows] {
            let picked = scores.withUnsafeBufferPointer { buffer in
                selection.withUnsafeRowsForTest { rowPointer in
                    TopSelection.best(scores: buffer.baseAddress!, count: count, rows: rowPointer, size: size)
                }
            }
            let expected = Self.reference(scores, rows: selection, size: size)
            #expect(picked.count == expected.count)
            #expect(picked.map(\.row) == expected.map(\.row))
            #expect(picked.map(\.score) == expected.map(\.score))
        }
    }

    @Test func keysOrderAsTheScoresDo() {
        let values: [Float] = [-1, -0.5, -Float.leastNonzeroMagnitude, -0.0, 0, Float.leastNonzeroMagnitude, 0.25, 1]
        for (a, b) in zip(values, values.dropFirst()) {
            if a == b {
                #expect(TopSelection.key(a) == TopSelection.key(b))
            } else {
                #expect(TopSelection.key(a) < TopSelection.key(b), "\(a) < \(b)")
            }
        }
    }
}

extension Optional where Wrapped == [Int64] {
    fileprivate func withUnsafeRowsForTest<R>(_ body: (UnsafePointer<Int64>?) -> R) -> R {
        guard let rows = self else { return body(nil) }
        return rows.withUnsafeBufferPointer { body($0.baseAddress) }
    }
}
