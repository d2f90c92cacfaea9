// The BERT forward pass over a packed batch: the tokens of every text laid end
// to end with no padding, so dense layers do no wasted work and attention runs
// per text over exactly its own tokens (no mask needed).
import Dispatch

/// all-MiniLM-L6-v2's encoder and mean pooling.
///
/// Parallelism is ours, not OpenBLAS's: each worker runs single-threaded
/// `sgemm`s on its own block of rows (dense layers) or its own (text, head)
/// pairs (attention). Splitting by rows keeps every product large, and
/// OpenBLAS's own threads would synchronise (and spin) on each of the many
/// small per-head products.
final class BertEncoder: @unchecked Sendable {
    let configuration: ModelConfiguration
    let weights: BertWeights
    let threads: Int

    init(configuration: ModelConfiguration, weights: BertWeights, threads: Int) {
        self.configuration = configuration
        self.weights = weights
        self.threads = max(1, threads)
    }

    /// Unit-length sentence embeddings for `batch`, each the L2-normalised mean
    /// of its last hidden states over all its tokens, `[CLS]` and `[SEP]` included.
    ///
    /// - Parameter workers: threads to share this batch among (at most `threads`).
    func embed(_ batch: [[Int32]], workspace: Workspace, workers requested: Int) -> [[Float]] {
        let workers = max(1, min(requested, threads))
        let shares = workers == 1 ? 1 : workers * 4
        let h = configuration.hiddenSize
        var offsets: [Int] = []
        var total = 0
        for ids in batch {
            offsets.append(total)
            total += ids.count
        }
        let longest = batch.map(\.count).max() ?? 0
        workspace.reserve(tokens: total, longest: longest, workers: shares, configuration: configuration)
        let blocks = rowBlocks(total, workers: workers)
        let packed = PackedBatch(ids: batch, offsets: offsets, tokens: total)
        Workers.run(threads: workers, items: blocks.count) {
            embedTokens(packed, rows: blocks[$0], workspace: workspace)
        }
        for layer in weights.layers {
            Workers.run(threads: workers, items: blocks.count) {
                projectQueryKeyValue(layer, rows: blocks[$0], workspace: workspace)
            }
            Workers.run(threads: workers, items: shares) { attend(packed, share: $0, of: shares, workspace: workspace) }
            Workers.run(threads: workers, items: blocks.count) {
                finishLayer(layer, rows: blocks[$0], workspace: workspace)
            }
        }
        let x = workspace.hidden
        return zip(batch, offsets).map { ids, offset in
            var mean = [Float](repeating: 0, count: h)
            for row in 0..<ids.count {
                let v = x + (offset + row) * h
                for i in 0..<h { mean[i] += v[i] }
            }
            return VectorMath.normalized(mean)
        }
    }

    /// Contiguous row ranges, four per worker so a worker slowed by another
    /// process on its core does not hold up the rest (attention is dealt into
    /// four shares per worker likewise), none under 64 rows.
    private func rowBlocks(_ total: Int, workers: Int) -> [Range<Int>] {
        let count = workers == 1 ? 1 : max(1, min(workers * 4, total / 64))
        return (0..<count).map { total * $0 / count..<total * ($0 + 1) / count }
    }

    /// Word + position + token-type (all type 0) embeddings, then LayerNorm.
    private func embedTokens(_ batch: PackedBatch, rows: Range<Int>, workspace: Workspace) {
        let h = configuration.hiddenSize
        let x = workspace.hidden
        var text = batch.offsets.lastIndex { $0 <= rows.lowerBound } ?? 0
        for token in rows {
            while text + 1 < batch.offsets.count, batch.offsets[text + 1] <= token { text += 1 }
            let position = token - batch.offsets[text]
            let row = x + token * h
            let word = weights.wordEmbeddings + Int(batch.ids[text][position]) * h
            let place = weights.positionEmbeddings + position * h
            let type = weights.tokenTypeEmbeddings
            for i in 0..<h { row[i] = word[i] + place[i] + type[i] }
        }
        Kernels.layerNorm(
            x + rows.lowerBound * h, rows: rows.count, width: h, weight: weights.embeddingNormWeight,
            bias: weights.embeddingNormBias, epsilon: configuration.layerNormEpsilon)
    }

    /// Q, K and V of `rows` side by side in one [tokens, 3h] buffer, straight from the mapped weights.
    private func projectQueryKeyValue(_ layer: LayerWeights, rows: Range<Int>, workspace: Workspace) {
        let h = configuration.hiddenSize
        let width = 3 * h
        let x = workspace.hidden + rows.lowerBound * h
        let qkv = workspace.queryKeyValue + rows.lowerBound * width
        Kernels.fillBias(qkv, rows: rows.count, width: width, stride: width, bias: layer.queryKeyValueBias)
        BLAS.gemm(
            m: rows.count, n: width, k: h, a: x, lda: h, b: layer.queryKeyValue, ldb: h, transposeB: true, beta: 1,
            c: qkv, ldc: width)
    }

    /// Output projection, residual, LayerNorm, GELU feed-forward, residual, LayerNorm:
    /// `x = LN(x + Wₒ·ctx + bₒ)`, then `x = LN(x + W₂·gelu(W₁·x + b₁) + b₂)`.
    private func finishLayer(_ layer: LayerWeights, rows: Range<Int>, workspace: Workspace) {
        let h = configuration.hiddenSize
        let i = configuration.intermediateSize
        let n = rows.count
        let x = workspace.hidden + rows.lowerBound * h
        let context = workspace.context + rows.lowerBound * h
        let inner = workspace.intermediate + rows.lowerBound * i
        let epsilon = configuration.layerNormEpsilon
        Kernels.addBias(x, rows: n, width: h, stride: h, bias: layer.attentionOutputBias)
        BLAS.gemm(
            m: n, n: h, k: h, a: context, lda: h, b: layer.attentionOutput, ldb: h, transposeB: true, beta: 1, c: x,
            ldc: h)
        Kernels.layerNorm(
            x, rows: n, width: h, weight: layer.attentionNormWeight, bias: layer.attentionNormBias, epsilon: epsilon)
        BLAS.gemm(
            m: n, n: i, k: h, a: x, lda: h, b: layer.intermediate, ldb: h, transposeB: true, beta: 0, c: inner, ldc: i)
        Kernels.gelu(inner, rows: n, width: i, bias: layer.intermediateBias)
        Kernels.addBias(x, rows: n, width: h, stride: h, bias: layer.outputBias)
        BLAS.gemm(m: n, n: h, k: i, a: inner, lda: i, b: layer.output, ldb: i, transposeB: true, beta: 1, c: x, ldc: h)
        Kernels.layerNorm(
            x, rows: n, width: h, weight: layer.outputNormWeight, bias: layer.outputNormBias, epsilon: epsilon)
    }
}

/// The texts of one forward pass, packed end to end.
struct PackedBatch: @unchecked Sendable {
    var ids: [[Int32]]
    /// Row of each text's first token.
    var offsets: [Int]
    var tokens: Int
}
