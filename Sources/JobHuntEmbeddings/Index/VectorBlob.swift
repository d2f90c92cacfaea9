// The byte form of an embedding as the databases store it: 384 little-endian
// float32 values, 1,536 bytes (a BLOB in SQLite).
import Foundation

/// Encoding and decoding of stored embeddings.
public enum VectorBlob {
    public static let dimension = SentenceEmbedder.dimension
    public static let byteCount = dimension * MemoryLayout<Float>.size

    /// The 1,536-byte little-endian form of `vector` (which must have 384 values).
    public static func encode(_ vector: [Float]) -> Data {
        precondition(vector.count == dimension, "an embedding has \(dimension) values, not \(vector.count)")
        var data = Data(count: byteCount)
        data.withUnsafeMutableBytes { raw in
            for (index, value) in vector.enumerated() {
                raw.storeBytes(of: value.bitPattern.littleEndian, toByteOffset: index * 4, as: UInt32.self)
            }
        }
        return data
    }

    /// The vector stored in `bytes`; throws when the length is not 1,536 or a value is not finite.
    public static func decode(_ bytes: Data) throws(EmbeddingError) -> [Float] {
        guard bytes.count == byteCount else {
            throw EmbeddingError(.invalidVector, "stored embedding has \(bytes.count) bytes, expected \(byteCount)")
        }
        let vector = bytes.withUnsafeBytes { raw in
            (0..<dimension).map {
                Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 4, as: UInt32.self)))
            }
        }
        guard vector.allSatisfy(\.isFinite) else {
            throw EmbeddingError(.invalidVector, "stored embedding holds a value that is not a finite number")
        }
        return vector
    }
}
