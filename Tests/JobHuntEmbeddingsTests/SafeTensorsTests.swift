// A wrong, truncated or corrupt model.safetensors fails at load with an error
// that names the file and the problem, never with garbage vectors.
import Foundation
import JobHuntEmbeddings
import JobHuntTesting
import Testing

@Suite struct SafeTensorsTests {
    /// A model directory whose config and vocab are real and whose weights are `weights`.
    func modelDirectory(weights: Data) throws -> TemporaryDirectory {
        let source = try TestModel.directory()
        let folder = try TemporaryDirectory()
        for name in ["config.json", "vocab.txt"] {
            try FileManager.default.copyItem(
                at: source.appendingPathComponent(name), to: folder.file(name))
        }
        try weights.write(to: folder.file("model.safetensors"))
        return folder
    }

    func loadError(weights: Data) throws -> EmbeddingError? {
        let folder = try modelDirectory(weights: weights)
        return #expect(throws: EmbeddingError.self) { try SentenceEmbedder(modelDirectory: folder.url) }
    }

    /// The first `count` bytes of the real file.
    func realPrefix(_ count: Int) throws -> Data {
        let handle = try FileHandle(forReadingFrom: TestModel.directory().appendingPathComponent("model.safetensors"))
        defer { try? handle.close() }
        return try handle.read(upToCount: count) ?? Data()
    }

    /// A safetensors file with one header and `dataBytes` zero bytes of data.
    func synthetic(header: String, dataBytes: Int) -> Data {
        var data = Data()
        var length = UInt64(header.utf8.count).littleEndian
        withUnsafeBytes(of: &length) { data.append(contentsOf: $0) }
        data.append(contentsOf: Array(header.utf8))
        data.append(Data(count: dataBytes))
        return data
    }

    @Test func truncatedFileNamesTheTensorThatRunsPastTheEnd() throws {
        let error = try loadError(weights: realPrefix(50_000_000))
        #expect(error?.code == .invalidModelFile)
        #expect(error?.errorDescription?.contains("truncated") == true)
    }

    @Test func fileShorterThanItsHeaderIsRejected() throws {
        let error = try loadError(weights: realPrefix(4_000))
        #expect(error?.code == .invalidModelFile)
        #expect(error?.errorDescription?.contains("header length") == true)
    }

    @Test func headerThatIsNotJSONIsRejected() throws {
        let error = try loadError(weights: synthetic(header: "{not json", dataBytes: 16))
        #expect(error?.errorDescription?.contains("not a JSON object") == true)
    }

    @Test func sizeThatDisagreesWithShapeIsRejected() throws {
        let header = #"{"a":{"dtype":"F32","shape":[4,4],"data_offsets":[0,32]}}"#
        let error = try loadError(weights: synthetic(header: header, dataBytes: 32))
        #expect(error?.errorDescription?.contains("tensor a has 32 bytes for shape [4, 4]") == true)
    }

    @Test func otherModelIsRejectedByMissingTensorName() throws {
        let header = #"{"bert.embeddings.word_embeddings.weight":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}"#
        let error = try loadError(weights: synthetic(header: header, dataBytes: 8))
        #expect(error?.errorDescription?.contains("has no tensor embeddings.word_embeddings.weight") == true)
    }

    @Test func wrongDtypeIsRejected() throws {
        let header =
            #"{"embeddings.word_embeddings.weight":{"dtype":"F16","shape":[30522,384],"data_offsets":[0,23440896]}}"#
        let error = try loadError(weights: synthetic(header: header, dataBytes: 23_440_896))
        #expect(error?.errorDescription?.contains("is F16 [30522, 384], expected F32 [30522, 384]") == true)
    }
}
