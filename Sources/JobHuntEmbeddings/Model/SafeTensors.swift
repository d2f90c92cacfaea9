// Reads a .safetensors file: an 8-byte little-endian header length, a JSON
// header naming each tensor's dtype, shape and byte range, then the data.
import Foundation

/// A validated safetensors file, memory-mapped.
///
/// Every tensor's byte range is checked to lie inside the file and to match
/// its dtype and shape, so a truncated or corrupt file fails here, with the
/// tensor named, rather than as garbage embeddings later.
/// Format: https://github.com/huggingface/safetensors#format
final class SafeTensors: @unchecked Sendable {
    struct Tensor: Equatable {
        var dtype: String
        var shape: [Int]
        /// Byte range relative to the start of the data section.
        var range: Range<Int>
    }

    let file: MappedFile
    let tensors: [String: Tensor]
    private let dataStart: Int

    static let elementSizes: [String: Int] = [
        "F64": 8, "F32": 4, "F16": 2, "BF16": 2, "I64": 8, "I32": 4, "I16": 2, "I8": 1, "U8": 1, "BOOL": 1,
    ]

    init(path: String) throws(EmbeddingError) {
        file = try MappedFile(path: path)
        let bytes = file.bytes
        func invalid(_ why: String) -> EmbeddingError {
            EmbeddingError(.invalidModelFile, "\(path) is not a valid safetensors file: \(why)", path: path)
        }
        guard bytes.count >= 8 else { throw invalid("shorter than its 8-byte header length") }
        var headerLength: UInt64 = 0
        for index in (0..<8).reversed() { headerLength = headerLength << 8 | UInt64(bytes[index]) }
        guard headerLength > 1, headerLength <= 100_000_000, Int(headerLength) <= bytes.count - 8 else {
            throw invalid("header length \(headerLength) does not fit a file of \(bytes.count) bytes")
        }
        dataStart = 8 + Int(headerLength)
        let header = Data(bytes[8..<dataStart])
        guard let object = try? JSONSerialization.jsonObject(with: header), let entries = object as? [String: Any]
        else { throw invalid("header is not a JSON object") }
        let dataSize = bytes.count - dataStart
        var tensors: [String: Tensor] = [:]
        for (name, value) in entries where name != "__metadata__" {
            guard let entry = value as? [String: Any], let dtype = entry["dtype"] as? String,
                let shape = (entry["shape"] as? [NSNumber])?.map(\.intValue),
                let offsets = (entry["data_offsets"] as? [NSNumber])?.map(\.intValue), offsets.count == 2
            else { throw invalid("tensor \(name) lacks dtype, shape or data_offsets") }
            guard let size = Self.elementSizes[dtype] else {
                throw invalid("tensor \(name) has unknown dtype \(dtype)")
            }
            guard shape.allSatisfy({ $0 >= 0 }), offsets[0] >= 0, offsets[0] <= offsets[1] else {
                throw invalid("tensor \(name) has a negative shape or reversed offsets")
            }
            guard offsets[1] <= dataSize else {
                throw invalid(
                    "tensor \(name) ends at byte \(offsets[1]) of a \(dataSize)-byte data section (truncated file?)")
            }
            guard shape.reduce(size, *) == offsets[1] - offsets[0] else {
                throw invalid("tensor \(name) has \(offsets[1] - offsets[0]) bytes for shape \(shape) of \(dtype)")
            }
            tensors[name] = Tensor(dtype: dtype, shape: shape, range: offsets[0]..<offsets[1])
        }
        self.tensors = tensors
    }

    /// The float32 data of `name`, checked to have `shape`.
    func floats(_ name: String, shape: [Int]) throws(EmbeddingError) -> UnsafePointer<Float> {
        guard let tensor = tensors[name] else {
            throw EmbeddingError(
                .invalidModelFile, "\(file.path) has no tensor \(name) (not all-MiniLM-L6-v2?)", path: file.path)
        }
        guard tensor.dtype == "F32", tensor.shape == shape else {
            throw EmbeddingError(
                .invalidModelFile,
                "\(file.path): tensor \(name) is \(tensor.dtype) \(tensor.shape), expected F32 \(shape)",
                path: file.path)
        }
        let start = dataStart + tensor.range.lowerBound
        guard start % MemoryLayout<Float>.alignment == 0 else {
            throw EmbeddingError(.invalidModelFile, "\(file.path): tensor \(name) is misaligned", path: file.path)
        }
        return (file.bytes.baseAddress! + start).assumingMemoryBound(to: Float.self)
    }
}
