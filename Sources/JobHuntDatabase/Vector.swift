// Embedding vectors as a bindable value, and their two storage encodings:
// pgvector's text literal and SQLite's packed little-endian float32 BLOB.
import Foundation

/// An embedding vector to bind or decode (`vector(384)` / 1536-byte BLOB).
///
/// A wrapper rather than `[Float]` itself so that `[String]` keeps its
/// text-array meaning and arrays of numbers are never guessed at.
public struct Vector: Sendable, Equatable {
    public var values: [Float]

    public init(_ values: [Float]) { self.values = values }

    /// Little-endian float32, 4 bytes per dimension: the SQLite BLOB layout.
    public var littleEndianBytes: Data {
        var data = Data(capacity: values.count * 4)
        for value in values {
            withUnsafeBytes(of: value.bitPattern.littleEndian) { data.append(contentsOf: $0) }
        }
        return data
    }

    /// Decodes the SQLite BLOB layout; nil when the length is not a multiple of 4.
    public init?(littleEndianBytes data: Data) {
        guard data.count % 4 == 0 else { return nil }
        var values = [Float](repeating: 0, count: data.count / 4)
        data.withUnsafeBytes { raw in
            for index in values.indices {
                let bits = raw.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self)
                values[index] = Float(bitPattern: UInt32(littleEndian: bits))
            }
        }
        self.values = values
    }

    /// pgvector's text form: `[0.1,0.2,0.3]`.
    public var pgvectorLiteral: String {
        "[" + values.map { "\($0)" }.joined(separator: ",") + "]"
    }

    /// Parses pgvector's text form; nil on anything else.
    public init?(pgvectorLiteral text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("["), trimmed.hasSuffix("]") else { return nil }
        let body = trimmed.dropFirst().dropLast()
        if body.trimmingCharacters(in: .whitespaces).isEmpty {
            self.values = []
            return
        }
        var values: [Float] = []
        for part in body.split(separator: ",") {
            guard let value = Float(part.trimmingCharacters(in: .whitespaces)) else { return nil }
            values.append(value)
        }
        self.values = values
    }
}
