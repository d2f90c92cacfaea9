// Writing a packed vector file atomically (a private temporary file renamed
// into place), and the checksum that lets a reader refuse a damaged one.
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension PackedVectorFile {
    /// One row to store: its key (ascending order is required), a 16-byte tag and its vector.
    public struct Entry: Sendable {
        public var key: Int64
        public var tag: UUID
        public var vector: [Float]

        public init(key: Int64, tag: UUID, vector: [Float]) {
            self.key = key
            self.tag = tag
            self.vector = vector
        }
    }

    /// Writes `entries` (sorted by key) to `path` with `stamp`: first to a
    /// temporary file (0600) beside it, flushed, then renamed over `path`, so
    /// a reader sees the old file or the new one, never half of either.
    public static func write(
        to path: String, stamp: Stamp, entries: [Entry], dimension: Int = SentenceEmbedder.dimension
    ) throws(EmbeddingError) {
        let count = entries.count
        var buffer = [UInt8](repeating: 0, count: size(count: count, dimension: dimension))
        buffer.withUnsafeMutableBytes { raw in
            raw.copyBytes(from: magic)
            raw.storeBytes(of: UInt32(dimension).littleEndian, toByteOffset: 8, as: UInt32.self)
            raw.storeBytes(of: UInt64(count).littleEndian, toByteOffset: 16, as: UInt64.self)
            raw.storeBytes(of: stamp.generation.littleEndian, toByteOffset: 24, as: Int64.self)
            for (index, byte) in stamp.token.utf8.prefix(32).enumerated() { raw[32 + index] = byte }
            let tagsStart = headerSize + 8 * count
            let scalesStart = headerSize + 24 * count
            let codesStart = headerSize + 28 * count
            for (row, entry) in entries.enumerated() {
                precondition(entry.vector.count == dimension, "a stored vector has \(dimension) values")
                raw.storeBytes(of: entry.key.littleEndian, toByteOffset: headerSize + 8 * row, as: Int64.self)
                withUnsafeBytes(of: entry.tag.uuid) { tag in
                    UnsafeMutableRawBufferPointer(rebasing: raw[tagsStart + 16 * row..<tagsStart + 16 * (row + 1)])
                        .copyMemory(from: tag)
                }
                let (codes, scale) = Int8Scan.quantize(VectorMath.normalized(entry.vector))
                raw.storeBytes(of: scale.bitPattern.littleEndian, toByteOffset: scalesStart + 4 * row, as: UInt32.self)
                codes.withUnsafeBytes { codeBytes in
                    let start = codesStart + dimension * row
                    UnsafeMutableRawBufferPointer(rebasing: raw[start..<start + dimension]).copyMemory(from: codeBytes)
                }
            }
            raw.storeBytes(
                of: checksum(UnsafeRawBufferPointer(raw)).littleEndian, toByteOffset: checksumOffset, as: UInt64.self)
        }
        try writeAtomically(buffer, to: path)
    }

    private static func writeAtomically(_ bytes: [UInt8], to path: String) throws(EmbeddingError) {
        let temporary = "\(path).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        func failure(_ action: String) -> EmbeddingError {
            EmbeddingError(
                .invalidVector, "cannot \(action) \(temporary): \(String(cString: strerror(errno)))", path: path)
        }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure("create") }
        var written = 0
        let complete = bytes.withUnsafeBytes { raw -> Bool in
            while written < raw.count {
                let result = Glibc.write(descriptor, raw.baseAddress! + written, raw.count - written)
                if result < 0 && errno == EINTR { continue }
                guard result > 0 else { return false }
                written += result
            }
            return true
        }
        // fsync before rename: after a crash the name points at whole contents or the old file.
        let synced = complete && fsync(descriptor) == 0
        let error = failure(complete ? "flush" : "write")
        close(descriptor)
        guard synced, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw error
        }
    }

    /// A 64-bit hash of the whole file except its own checksum field: eight
    /// independent multiply-rotate lanes over 8-byte words (a few ms for 40 MB),
    /// enough to catch truncation, torn writes and flipped bits; not a MAC.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h = (
            UInt64(0x9E37_79B9_7F4A_7C15), UInt64(0x3C6E_F372_FE94_F82A), UInt64(0xDAA6_6D2C_7DDF_743F),
            UInt64(0x78DD_E6E5_FD29_F054), UInt64(0x1715_609F_7C74_6C69), UInt64(0xB54C_DA58_FBBE_E87E),
            UInt64(0x5384_5412_7B09_6493), UInt64(0xF1BB_CDCB_FA53_E0A8)
        )
        @inline(__always) func mix(_ lane: inout UInt64, _ word: UInt64) {
            lane = ((lane ^ word) &* 0xFF51_AFD7_ED55_8CCD).rotateLeft(29)
        }
        @inline(__always) func word(_ index: Int) -> UInt64 {
            // The checksum field itself counts as zero.
            index * 8 == checksumOffset ? 0 : bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)
        }
        let words = bytes.count / 8
        var index = 0
        while index + 8 <= words {
            let base = bytes.baseAddress! + index * 8
            let plain = index * 8 > checksumOffset || (index + 8) * 8 <= checksumOffset
            if plain {
                mix(&h.0, base.loadUnaligned(as: UInt64.self))
                mix(&h.1, base.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
                mix(&h.2, base.loadUnaligned(fromByteOffset: 16, as: UInt64.self))
                mix(&h.3, base.loadUnaligned(fromByteOffset: 24, as: UInt64.self))
                mix(&h.4, base.loadUnaligned(fromByteOffset: 32, as: UInt64.self))
                mix(&h.5, base.loadUnaligned(fromByteOffset: 40, as: UInt64.self))
                mix(&h.6, base.loadUnaligned(fromByteOffset: 48, as: UInt64.self))
                mix(&h.7, base.loadUnaligned(fromByteOffset: 56, as: UInt64.self))
            } else {
                mix(&h.0, word(index))
                mix(&h.1, word(index + 1))
                mix(&h.2, word(index + 2))
                mix(&h.3, word(index + 3))
                mix(&h.4, word(index + 4))
                mix(&h.5, word(index + 5))
                mix(&h.6, word(index + 6))
                mix(&h.7, word(index + 7))
            }
            index += 8
        }
        while index < words {
            mix(&h.0, word(index))
            index += 1
        }
        for offset in words * 8..<bytes.count { mix(&h.1, UInt64(bytes[offset])) }
        var result = UInt64(bytes.count)
        for lane in [h.0, h.1, h.2, h.3, h.4, h.5, h.6, h.7] { mix(&result, lane) }
        return result
    }
}

extension UInt64 {
    @inline(__always)
    fileprivate func rotateLeft(_ count: UInt64) -> UInt64 { (self << count) | (self >> (64 - count)) }
}
