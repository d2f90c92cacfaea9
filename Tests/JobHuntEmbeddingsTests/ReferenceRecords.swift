// Reads fixtures/minilm/public.jsonl: texts with the ids and embedding that
// sentence-transformers produced for them.
import Foundation
import JobHuntTesting

struct ReferenceRecord: Sendable {
    var id: String
    var category: String
    var text: String
    var inputIDs: [Int32]
    var embedding: [Float]

    /// Every record, read line by line on `\n` only (the texts hold U+2028 and friends).
    static let all: [ReferenceRecord] = {
        guard let folder = try? TestModel.fixturesDirectory(),
            let data = try? Data(contentsOf: folder.appendingPathComponent("public.jsonl"))
        else { return [] }
        return data.split(separator: UInt8(ascii: "\n")).compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                let id = object["id"] as? String, let text = object["text"] as? String,
                let ids = object["input_ids"] as? [NSNumber], let embedding = object["embedding"] as? [NSNumber]
            else { return nil }
            return ReferenceRecord(
                id: id, category: object["category"] as? String ?? "", text: text,
                inputIDs: ids.map { $0.int32Value }, embedding: embedding.map { $0.floatValue })
        }
    }()

    /// Fails (never skips) when the fixtures are missing.
    static func load() throws -> [ReferenceRecord] {
        _ = try TestModel.fixturesDirectory()
        guard all.count == 210 else { throw TestModel.Missing(description: "public.jsonl: read \(all.count) of 210") }
        return all
    }
}
