// The named weight tensors of a BERT encoder, as pointers into the mapped
// safetensors file (no copies, but for the stacked Q/K/V), each checked for
// name, dtype and shape.

/// One encoder layer's weights; matrices are PyTorch `Linear` layout `[out, in]`.
struct LayerWeights: @unchecked Sendable {
    /// Query, key and value stacked into one `[3h, h]` matrix (and `[3h]` bias),
    /// so one wide product replaces three narrow ones.
    var queryKeyValue: UnsafePointer<Float>
    var queryKeyValueBias: UnsafePointer<Float>
    var attentionOutput: UnsafePointer<Float>
    var attentionOutputBias: UnsafePointer<Float>
    var attentionNormWeight: UnsafePointer<Float>
    var attentionNormBias: UnsafePointer<Float>
    var intermediate: UnsafePointer<Float>
    var intermediateBias: UnsafePointer<Float>
    var output: UnsafePointer<Float>
    var outputBias: UnsafePointer<Float>
    var outputNormWeight: UnsafePointer<Float>
    var outputNormBias: UnsafePointer<Float>
}

/// All weights of the model; valid while `file` and `stacked` are alive.
struct BertWeights: @unchecked Sendable {
    let file: SafeTensors
    let stacked: OwnedFloats
    var wordEmbeddings: UnsafePointer<Float>
    var positionEmbeddings: UnsafePointer<Float>
    var tokenTypeEmbeddings: UnsafePointer<Float>
    var embeddingNormWeight: UnsafePointer<Float>
    var embeddingNormBias: UnsafePointer<Float>
    var layers: [LayerWeights]

    /// Binds every tensor; keys have no `bert.` prefix in this model's file.
    init(file: SafeTensors, configuration c: ModelConfiguration) throws(EmbeddingError) {
        self.file = file
        let h = c.hiddenSize
        let i = c.intermediateSize
        wordEmbeddings = try file.floats("embeddings.word_embeddings.weight", shape: [c.vocabularySize, h])
        positionEmbeddings = try file.floats("embeddings.position_embeddings.weight", shape: [c.maxPositions, h])
        tokenTypeEmbeddings = try file.floats(
            "embeddings.token_type_embeddings.weight", shape: [c.typeVocabularySize, h])
        embeddingNormWeight = try file.floats("embeddings.LayerNorm.weight", shape: [h])
        embeddingNormBias = try file.floats("embeddings.LayerNorm.bias", shape: [h])
        // The one copy made at load: 1.8 MB per layer, a few milliseconds in all.
        let perLayer = 3 * h * h + 3 * h
        stacked = OwnedFloats(count: perLayer * c.layerCount)
        layers = []
        for index in 0..<c.layerCount {
            let p = "encoder.layer.\(index)."
            let base = stacked.pointer + index * perLayer
            for (part, name) in ["query", "key", "value"].enumerated() {
                let weight = try file.floats(p + "attention.self.\(name).weight", shape: [h, h])
                let bias = try file.floats(p + "attention.self.\(name).bias", shape: [h])
                (base + part * h * h).update(from: weight, count: h * h)
                (base + 3 * h * h + part * h).update(from: bias, count: h)
            }
            layers.append(
                LayerWeights(
                    queryKeyValue: UnsafePointer(base),
                    queryKeyValueBias: UnsafePointer(base + 3 * h * h),
                    attentionOutput: try file.floats(p + "attention.output.dense.weight", shape: [h, h]),
                    attentionOutputBias: try file.floats(p + "attention.output.dense.bias", shape: [h]),
                    attentionNormWeight: try file.floats(p + "attention.output.LayerNorm.weight", shape: [h]),
                    attentionNormBias: try file.floats(p + "attention.output.LayerNorm.bias", shape: [h]),
                    intermediate: try file.floats(p + "intermediate.dense.weight", shape: [i, h]),
                    intermediateBias: try file.floats(p + "intermediate.dense.bias", shape: [i]),
                    output: try file.floats(p + "output.dense.weight", shape: [h, i]),
                    outputBias: try file.floats(p + "output.dense.bias", shape: [h]),
                    outputNormWeight: try file.floats(p + "output.LayerNorm.weight", shape: [h]),
                    outputNormBias: try file.floats(p + "output.LayerNorm.bias", shape: [h])))
        }
    }
}

/// Heap floats freed with their owner.
final class OwnedFloats: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Float>

    init(count: Int) { pointer = .allocate(capacity: count) }

    deinit { pointer.deallocate() }
}
