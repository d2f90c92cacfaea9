// Every int8 scan kernel this CPU can run gives the exact scores of the
// portable loop: widths that are and are not multiples of the vector size,
// extreme codes, and a scattered row selection.
import Testing

@testable import JobHuntEmbeddings

@Suite struct Int8ScanKernelTests {
    /// Codes in [-127, 127] (what quantisation produces), from an LCG.
    static func codes(_ count: Int, seed: UInt64) -> [Int8] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int8(Int64(state >> 33) % 255 - 127)
        }
    }

    @Test(arguments: [384, 100, 64, 7, 1])
    func kernelsAgreeWithThePortableLoop(dimension: Int) throws {
        let rows = 37
        var codes = Self.codes(rows * dimension, seed: UInt64(dimension))
        // One row of all +127 and one of all -127: the largest sums either kernel must keep exact.
        for j in 0..<dimension {
            codes[j] = 127
            codes[dimension + j] = -127
        }
        let query = [Int8](repeating: 127, count: 1) + Self.codes(dimension - 1, seed: 7)
        let scales = (0..<rows).map { Float($0 + 1) / 8 }
        let expected = (0..<rows).map { row in
            Float((0..<dimension).reduce(Int32(0)) { $0 + Int32(codes[row * dimension + $1]) * Int32(query[$1]) })
                * scales[row]
        }
        let selected = [36, 0, 1, 17, 5, 5, 30, 2, 3]
        let portable = try #require(
            Int8Scan.scores(
                kernel: "portable", codes: codes, scales: scales, dimension: dimension, query: query, rows: nil,
                count: rows))
        #expect(portable == expected)
        var ran = ["portable"]
        for kernel in ["avx512-vnni", "avx2"] {
            guard
                let all = Int8Scan.scores(
                    kernel: kernel, codes: codes, scales: scales, dimension: dimension, query: query, rows: nil,
                    count: rows)
            else { continue }
            ran.append(kernel)
            #expect(all == expected, "\(kernel), every row")
            let some = Int8Scan.scores(
                kernel: kernel, codes: codes, scales: scales, dimension: dimension, query: query, rows: selected,
                count: selected.count)
            #expect(some == selected.map { expected[$0] }, "\(kernel), selected rows")
        }
        // The kernel searches run on is one of those just checked.
        #expect(ran.contains(Int8Scan.kernel))
    }

    @Test func unknownKernelRunsNothing() {
        #expect(
            Int8Scan.scores(kernel: "sse9", codes: [1], scales: [1], dimension: 1, query: [1], rows: nil, count: 1)
                == nil)
    }
}
