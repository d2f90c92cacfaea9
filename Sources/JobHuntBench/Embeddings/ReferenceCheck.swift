// Checks a release build against fixtures/minilm/public.jsonl: the tests run
// a debug build, and the optimiser vectorises the kernels differently there.
import Foundation
internal import JobHuntEmbeddings
import JobHuntKernel

/// Token ids and embeddings compared with sentence-transformers' reference file.
package struct ReferenceCheck: Sendable {
    package var records: Int
    /// Ids of records whose token ids differ.
    package var idMismatches: [String]
    package var lowestCosine: Float
    package var lowestCosineID: String

    /// Reads `public.jsonl` (one JSON object per `\n`-terminated line) and embeds every text in one call.
    package init(referenceFile: URL, embedder: SentenceEmbedder) throws {
        let data = try Data(contentsOf: referenceFile)
        var ids: [String] = []
        var texts: [String] = []
        var expectedIDs: [[Int32]] = []
        var expectedVectors: [[Float]] = []
        for line in data.split(separator: UInt8(ascii: "\n")) {
            guard let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                let id = object["id"] as? String, let text = object["text"] as? String,
                let inputIDs = object["input_ids"] as? [NSNumber], let embedding = object["embedding"] as? [NSNumber]
            else { continue }
            ids.append(id)
            texts.append(text)
            expectedIDs.append(inputIDs.map(\.int32Value))
            expectedVectors.append(embedding.map(\.floatValue))
        }
        let vectors = try embedder.embed(texts)
        records = texts.count
        idMismatches = texts.indices.filter { embedder.tokenizer.encode(texts[$0]) != expectedIDs[$0] }.map { ids[$0] }
        lowestCosine = 1
        lowestCosineID = ""
        for index in texts.indices {
            let cosine = VectorMath.cosine(vectors[index], expectedVectors[index])
            if cosine < lowestCosine { (lowestCosine, lowestCosineID) = (cosine, ids[index]) }
        }
    }
}
