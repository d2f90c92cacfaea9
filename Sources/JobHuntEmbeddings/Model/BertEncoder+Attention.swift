// Scaled dot-product attention over a packed batch: each (text, head) pair is
// two small products and a softmax, shared out among the workers.

extension BertEncoder {
    /// Writes `softmax(Q·Kᵀ/√d)·V` for one share of the (text, head) pairs into the context buffer.
    func attend(_ batch: PackedBatch, share: Int, of shares: Int, workspace: Workspace) {
        let h = configuration.hiddenSize
        let d = configuration.headSize
        let heads = configuration.headCount
        let width = 3 * h
        let qkv = workspace.queryKeyValue
        let scores = workspace.scores(worker: share)
        let inverseSums = UnsafeMutablePointer<Float>.allocate(capacity: batch.ids.map(\.count).max() ?? 0)
        defer { inverseSums.deallocate() }
        let scale = 1 / Float(d).squareRoot()
        // Pairs are dealt round-robin; texts arrive sorted by length, so shares stay even.
        for pair in stride(from: share, to: batch.ids.count * heads, by: shares) {
            let text = pair / heads
            let head = pair % heads
            let n = batch.ids[text].count
            let offset = batch.offsets[text]
            let q = qkv + offset * width + head * d
            BLAS.gemm(
                m: n, n: n, k: d, alpha: scale, a: q, lda: width, b: q + h, ldb: width, transposeB: true, beta: 0,
                c: scores, ldc: n)
            Kernels.softmaxNumerators(scores, rows: n, width: n, stride: n, inverseSums: inverseSums)
            let context = workspace.context + offset * h + head * d
            BLAS.gemm(
                m: n, n: d, k: n, a: scores, lda: n, b: q + 2 * h, ldb: width, transposeB: false, beta: 0,
                c: context, ldc: h)
            Kernels.scaleRows(context, rows: n, width: d, stride: h, scales: inverseSums)
        }
    }
}
