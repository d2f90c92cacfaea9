// The public face of the model: text in, 384 unit-length floats out.
import Foundation

/// all-MiniLM-L6-v2 sentence embeddings computed in process.
///
/// Loading maps the weights and reads the vocabulary (milliseconds, no copy of
/// the 90 MB of weights); `embed` tokenises, groups texts by length into
/// batches packed without padding, runs the encoder on OpenBLAS and returns
/// L2-normalised vectors in input order, so a dot product is the cosine.
///
///     let embedder = try SentenceEmbedder(modelDirectory: directory)
///     let vectors = try embedder.embed(["Senior Swift engineer", "iOS developer"])
///     let cosine = zip(vectors[0], vectors[1]).map(*).reduce(0, +)
public final class SentenceEmbedder: @unchecked Sendable {
    /// Dimensions of every vector this model returns.
    public static let dimension = 384
    public let modelDirectory: URL
    public let tokenizer: BertTokenizer
    /// Texts per forward pass; 32 keeps peak memory near 200 MB at 256 tokens.
    public let batchSize: Int
    let encoder: BertEncoder
    private let workspace = Workspace()
    /// Workspaces for small batches run side by side, one per worker.
    private let workspaces = WorkspacePool()
    private let lock = NSLock()

    /// - Parameter threads: workers for the forward pass; nil means every core.
    public init(modelDirectory: URL, threads: Int? = nil, batchSize: Int = 32) throws(EmbeddingError) {
        try BLAS.prepare()
        self.modelDirectory = modelDirectory
        self.batchSize = max(1, batchSize)
        let files = ModelFiles(directory: modelDirectory)
        try files.checkPresent()
        let configuration = try ModelConfiguration(path: files.url(of: "config.json").path)
        tokenizer = try BertTokenizer(
            vocabulary: files.url(of: "vocab.txt"), maxLength: min(256, configuration.maxPositions))
        guard tokenizer.vocabularySize == configuration.vocabularySize else {
            throw EmbeddingError(
                .invalidModelFile,
                "vocab.txt has \(tokenizer.vocabularySize) entries but config.json says \(configuration.vocabularySize)",
                path: files.url(of: "vocab.txt").path)
        }
        let tensors = try SafeTensors(path: files.url(of: "model.safetensors").path)
        encoder = BertEncoder(
            configuration: configuration, weights: try BertWeights(file: tensors, configuration: configuration),
            threads: threads ?? ProcessInfo.processInfo.activeProcessorCount)
        // Each worker calls sgemm on its own share; OpenBLAS's own threads would only contend.
        BLAS.setThreadCount(1)
    }

    /// One unit vector per text, in order.
    public func embed(_ texts: [String]) throws(EmbeddingError) -> [[Float]] {
        try embed(tokenized: texts.map(tokenizer.encode))
    }

    /// Embeds texts already turned into ids by `tokenizer` (benchmarks time the two apart).
    public func embed(tokenized: [[Int32]]) throws(EmbeddingError) -> [[Float]] {
        let limit = Int32(encoder.configuration.vocabularySize)
        for ids in tokenized where ids.count > tokenizer.maxLength || ids.contains(where: { $0 < 0 || $0 >= limit }) {
            throw EmbeddingError(.invalidVector, "token ids out of range for this model")
        }
        // Longest first, so each batch holds texts of similar length.
        let order = tokenized.indices.sorted { tokenized[$0].count > tokenized[$1].count }
        var batches: [ArraySlice<Int>] = []
        var start = 0
        while start < order.count {
            batches.append(order[start..<min(start + batchSize, order.count)])
            start += batchSize
        }
        let results = BatchResults(count: tokenized.count)
        lock.lock()
        defer { lock.unlock() }
        // A big batch is shared among the workers row by row; small ones (short
        // texts) are too small to split well, so whole batches go to different
        // workers instead, each with its own workspace.
        let isBig = { (batch: ArraySlice<Int>) in batch.reduce(0) { $0 + tokenized[$1].count } >= Self.bigBatchTokens }
        for batch in batches where isBig(batch) {
            let vectors = encoder.embed(batch.map { tokenized[$0] }, workspace: workspace, workers: encoder.threads)
            results.store(vectors, at: batch)
        }
        let small = batches.filter { !isBig($0) }
        if !small.isEmpty {
            let encoder = encoder
            let pool = workspaces
            Workers.run(threads: encoder.threads, items: small.count) { index in
                let workspace = pool.take()
                defer { pool.give(workspace) }
                let batch = small[index]
                results.store(encoder.embed(batch.map { tokenized[$0] }, workspace: workspace, workers: 1), at: batch)
            }
        }
        return results.vectors
    }

    /// Batches with at least this many tokens are split across workers; smaller
    /// ones run whole, one per worker (at 32 texts: an average under 64 tokens).
    static let bigBatchTokens = 2048

    /// Cosine similarity of two texts.
    public func similarity(_ a: String, _ b: String) throws(EmbeddingError) -> Float {
        let vectors = try embed([a, b])
        return VectorMath.dot(vectors[0], vectors[1])
    }
}
