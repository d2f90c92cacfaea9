// The BERT hyper-parameters read from config.json, checked against what this
// implementation supports.
import Foundation

/// The shape of a BERT encoder, as config.json states it.
struct ModelConfiguration: Sendable, Equatable {
    var vocabularySize: Int
    var hiddenSize: Int
    var layerCount: Int
    var headCount: Int
    var intermediateSize: Int
    var maxPositions: Int
    var typeVocabularySize: Int
    var layerNormEpsilon: Float

    var headSize: Int { hiddenSize / headCount }

    init(path: String) throws(EmbeddingError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw EmbeddingError(.modelNotFound, "cannot read \(path)", path: path)
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw EmbeddingError(.invalidModelFile, "\(path) is not a JSON object", path: path)
        }
        func integer(_ key: String) throws(EmbeddingError) -> Int {
            guard let value = object[key] as? NSNumber, value.intValue > 0 else {
                throw EmbeddingError(.invalidModelFile, "\(path) lacks a positive \(key)", path: path)
            }
            return value.intValue
        }
        vocabularySize = try integer("vocab_size")
        hiddenSize = try integer("hidden_size")
        layerCount = try integer("num_hidden_layers")
        headCount = try integer("num_attention_heads")
        intermediateSize = try integer("intermediate_size")
        maxPositions = try integer("max_position_embeddings")
        typeVocabularySize = try integer("type_vocab_size")
        layerNormEpsilon = (object["layer_norm_eps"] as? NSNumber)?.floatValue ?? 1e-12
        let activation = object["hidden_act"] as? String ?? "gelu"
        guard activation == "gelu", hiddenSize % headCount == 0 else {
            throw EmbeddingError(
                .invalidModelFile, "\(path): unsupported model (activation \(activation), hidden \(hiddenSize))",
                path: path)
        }
    }
}
