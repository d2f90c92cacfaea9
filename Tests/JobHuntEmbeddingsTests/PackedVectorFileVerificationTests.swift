// A vector file opened with its checksum checked in the background: an intact
// file searches as one checked at once; a bit flip in the codes, which the
// opening checks cannot see, makes `shortlist` throw instead of answering.
import Foundation
import JobHuntEmbeddings
import Testing

@Suite struct PackedVectorFileVerificationTests {
    static func write(_ count: Int) throws -> (path: String, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vectors-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("file").path
        let entries = VectorIndexTests.vectors(count, seed: 5).enumerated().map { row, vector in
            PackedVectorFile.Entry(key: Int64(row * 2 + 1), tag: UUID(), vector: vector)
        }
        try PackedVectorFile.write(
            to: path, stamp: PackedVectorFile.Stamp(token: "test", generation: 1), entries: entries)
        return (path, folder)
    }

    @Test func intactFileSearchesTheSameEitherWay() throws {
        let (path, folder) = try Self.write(500)
        defer { try? FileManager.default.removeItem(at: folder) }
        let query = VectorMath.normalized(VectorIndexTests.vectors(1, seed: 77)[0])
        let now = try PackedVectorFile(path: path).shortlist(query: query, rows: nil, size: 40)
        let later = try PackedVectorFile(path: path, verification: .background)
        try later.verify()
        #expect(try later.shortlist(query: query, rows: nil, size: 40).map(\.row) == now.map(\.row))
    }

    @Test func flippedCodeIsCaughtBeforeTheScanAnswers() throws {
        let (path, folder) = try Self.write(500)
        defer { try? FileManager.default.removeItem(at: folder) }
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        bytes[bytes.count - 10] ^= 0x01  // a code byte of the last row
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(throws: EmbeddingError.self) { try PackedVectorFile(path: path) }
        let deferred = try PackedVectorFile(path: path, verification: .background)
        let query = VectorMath.normalized(VectorIndexTests.vectors(1, seed: 77)[0])
        #expect(throws: EmbeddingError.self) { try deferred.shortlist(query: query, rows: nil, size: 40) }
        #expect(throws: EmbeddingError.self) { try deferred.verify() }
    }
}
