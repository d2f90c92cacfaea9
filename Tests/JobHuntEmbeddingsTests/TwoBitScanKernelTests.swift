// Every 2-bit scan kernel this CPU can run gives the exact scores of the
// portable loop, and the codes put each value in the level its thresholds say.
import Testing

@testable import JobHuntEmbeddings

@Suite struct TwoBitScanKernelTests {
    /// Random 64-bit words from an LCG, bits past `dimension` cleared (as `encode` leaves them).
    static func codes(rows: Int, dimension: Int, seed: UInt64) -> [UInt64] {
        let words = TwoBitScan.words(dimension: dimension)
        var state = seed
        var out: [UInt64] = []
        for _ in 0..<rows {
            for _ in 0..<2 {
                for w in 0..<words {
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    let used = min(64, dimension - 64 * w)
                    out.append(used == 64 ? state : state & ((UInt64(1) << UInt64(used)) - 1))
                }
            }
        }
        return out
    }

    @Test(arguments: [384, 100, 64, 7, 1])
    func kernelsAgreeWithThePortableLoop(dimension: Int) throws {
        let rows = 37
        let words = TwoBitScan.words(dimension: dimension)
        var codes = Self.codes(rows: rows, dimension: dimension, seed: UInt64(dimension))
        // Row 0 all level 3 and row 1 all level 0: the largest and smallest sums.
        for w in 0..<words {
            let used = min(64, dimension - 64 * w)
            let all = used == 64 ? UInt64.max : (UInt64(1) << UInt64(used)) - 1
            codes[w] = all
            codes[words + w] = all
            codes[2 * words + w] = 0
            codes[3 * words + w] = 0
        }
        let query =
            ([Int8](repeating: 127, count: 1) + Int8ScanKernelTests.codes(dimension - 1, seed: 7))
            + [Int8](repeating: 0, count: words * 64 - dimension)
        let expected = (0..<rows).map { row in
            Float(
                (0..<dimension).reduce(Int32(0)) { sum, j in
                    let high = codes[row * 2 * words + j / 64] >> UInt64(j % 64) & 1
                    let low = codes[row * 2 * words + words + j / 64] >> UInt64(j % 64) & 1
                    return sum + Int32(2 * high + low) * Int32(query[j])
                })
        }
        let selected = [36, 0, 1, 17, 5, 5, 30, 2, 3]
        let portable = try #require(
            TwoBitScan.scores(kernel: "portable", codes: codes, words: words, query: query, rows: nil, count: rows))
        #expect(portable == expected)
        #expect(expected[0] == Float(3 * query.reduce(0) { $0 + Int32($1) }))
        var ran = ["portable"]
        for kernel in ["avx512-vnni", "avx2"] {
            guard
                let all = TwoBitScan.scores(
                    kernel: kernel, codes: codes, words: words, query: query, rows: nil, count: rows)
            else { continue }
            ran.append(kernel)
            #expect(all == expected, "\(kernel), every row")
            let some = TwoBitScan.scores(
                kernel: kernel, codes: codes, words: words, query: query, rows: selected, count: selected.count)
            #expect(some == selected.map { expected[$0] }, "\(kernel), selected rows")
        }
        #expect(ran.contains(Int8Scan.kernel))
    }

    @Test func encodeSplitsAtZeroAndTheThreshold() {
        let dimension = 70
        let step = TwoBitScan.threshold / Float(dimension).squareRoot()
        // Values cycling through the four levels, right at and either side of each split.
        let samples: [(Float, Int)] = [
            (-2 * step, 0), (-step * 1.001, 0), (-step, 1), (-step / 2, 1), (0, 2), (step / 2, 2), (step, 3),
        ]
        let vector = (0..<dimension).map { samples[$0 % samples.count].0 }
        var codes: [UInt64] = []
        TwoBitScan.encode(vector, into: &codes)
        #expect(codes.count == 4)
        for j in 0..<dimension {
            let high = Int(codes[j / 64] >> UInt64(j % 64) & 1)
            let low = Int(codes[2 + j / 64] >> UInt64(j % 64) & 1)
            #expect(2 * high + low == samples[j % samples.count].1, "value \(j)")
        }
        // Bits past the dimension stay clear (the kernels rely on it).
        #expect(codes[1] >> 6 == 0 && codes[3] >> 6 == 0)
    }

    @Test func unknownKernelRunsNothing() {
        #expect(TwoBitScan.scores(kernel: "sse9", codes: [0, 0], words: 1, query: [], rows: nil, count: 0) == nil)
    }
}
