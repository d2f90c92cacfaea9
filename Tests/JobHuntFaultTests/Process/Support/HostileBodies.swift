// Bodies a job source can send: a Greenhouse board of any size (the good
// source, and the long ingest a kill lands in), and a gzip stream that
// inflates to gigabytes from a few megabytes.
import Foundation

enum HostileBodies {
    /// A Greenhouse board of `count` distinct jobs; `board` keeps boards apart
    /// (Greenhouse job ids are global, so each board numbers its own from a
    /// different start).
    static func greenhouseBoard(_ count: Int, board: String = "tessellate") -> Data {
        let first = board.unicodeScalars.reduce(0) { ($0 * 31 + Int($1.value)) % 100_000 } * 10_000
        let cities = ["Berlin, Germany", "London, United Kingdom", "Remote", "New York, NY", "Lisbon, Portugal"]
        let jobs = (first + 1...first + count).map { number in
            """
            {"id": \(number), "absolute_url": "https://boards.example/\(board)/jobs/\(number)", \
            "title": "Data Engineer \(number) at \(board)", "updated_at": "2026-11-20T10:00:00Z", \
            "content": "&lt;p&gt;Build pipelines in Swift and SQL for team \(number % 37).&lt;/p&gt;", \
            "location": {"name": "\(cities[number % cities.count])"}}
            """
        }
        return Data(("{\"jobs\": [" + jobs.joined(separator: ",\n") + "]}").utf8)
    }

    /// A valid gzip member whose deflate stream (one fixed-Huffman block: a
    /// literal zero, then copies of length 258 at distance 1) inflates to
    /// `1 + 258 × (1 + 8 × periods)` zero bytes; the trailer's CRC-32 and
    /// length are those of that output. 1,040,447 periods: 2 GiB from 13.5 MB.
    static func gzipBomb(periods: Int = 1_040_447) -> (body: Data, inflatedBytes: Int) {
        var bits = BitWriter()
        bits.write(1, count: 1)  // BFINAL
        bits.write(1, count: 2)  // BTYPE 01: fixed Huffman
        bits.writeCode(0b0011_0000, count: 8)  // literal 0
        bits.writeLengthDistance()  // 24 bits so far: byte-aligned
        var period = BitWriter()
        for _ in 0..<8 { period.writeLengthDistance() }  // 104 bits = 13 bytes
        precondition(bits.bytes.count == 3 && bits.pending == 0 && period.bytes.count == 13 && period.pending == 0)
        var body = Data([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff])
        body.append(contentsOf: bits.bytes)
        let block = Data(period.bytes)
        body.reserveCapacity(body.count + block.count * periods + 16)
        var chunk = Data()
        for _ in 0..<4096 { chunk.append(block) }
        for _ in 0..<(periods / 4096) { body.append(chunk) }
        for _ in 0..<(periods % 4096) { body.append(block) }
        body.append(0)  // end of block: seven zero bits, padded
        let inflated = 1 + 258 * (1 + 8 * periods)
        for value in [crc32OfZeros(inflated), UInt32(truncatingIfNeeded: inflated)] {
            withUnsafeBytes(of: value.littleEndian) { body.append(contentsOf: $0) }
        }
        return (body, inflated)
    }

    /// Deflate's bits, least significant first; Huffman codes go most significant bit first.
    struct BitWriter {
        var bytes: [UInt8] = []
        var current: UInt8 = 0
        var pending = 0

        mutating func write(_ value: UInt32, count: Int) {
            for index in 0..<count { bit(UInt8((value >> index) & 1)) }
        }

        mutating func writeCode(_ code: UInt32, count: Int) {
            for index in (0..<count).reversed() { bit(UInt8((code >> index) & 1)) }
        }

        /// Length 258 (symbol 285, 8 bits 11000101) at distance 1 (code 0, 5 bits).
        mutating func writeLengthDistance() {
            writeCode(0b1100_0101, count: 8)
            writeCode(0, count: 5)
        }

        private mutating func bit(_ bit: UInt8) {
            current |= bit << pending
            pending += 1
            if pending == 8 {
                bytes.append(current)
                current = 0
                pending = 0
            }
        }
    }

    /// The CRC-32 of `count` zero bytes without reading them: feeding one zero
    /// byte is a linear map of the register, raised to the `count` by squaring.
    static func crc32OfZeros(_ count: Int) -> UInt32 {
        var table = [UInt32](repeating: 0, count: 256)
        for index in 0..<256 {
            var value = UInt32(index)
            for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
            table[index] = value
        }
        // A linear map of 32 bits as the images of each bit.
        typealias Map = [UInt32]
        func apply(_ map: Map, _ value: UInt32) -> UInt32 {
            var result: UInt32 = 0
            for bit in 0..<32 where (value >> bit) & 1 == 1 { result ^= map[bit] }
            return result
        }
        func compose(_ outer: Map, _ inner: Map) -> Map { inner.map { apply(outer, $0) } }
        var step: Map = (0..<32).map { bit in
            let register = UInt32(1) << bit
            return table[Int(register & 0xff)] ^ (register >> 8)
        }
        var total: Map = (0..<32).map { UInt32(1) << $0 }
        var remaining = count
        while remaining > 0 {
            if remaining & 1 == 1 { total = compose(step, total) }
            step = compose(step, step)
            remaining >>= 1
        }
        return apply(total, 0xFFFF_FFFF) ^ 0xFFFF_FFFF
    }
}
