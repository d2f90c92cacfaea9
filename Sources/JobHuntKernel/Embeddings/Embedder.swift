// The seam features embed text through: the installed model in the product
// (`Services.installedEmbedder()`), a function in tests and the evaluation.
// Features depend on this protocol, never on JobHuntEmbeddings.

/// Turns texts into vectors: one per text, in order.
///
/// Implementers owe: exactly one vector per input text, in the input's
/// order, each of the same dimension (384 for all-MiniLM-L6-v2, which
/// ingest checks); the same text always gives the same vector. Throwing
/// fails the whole batch: callers report it and store nothing from it.
///
///     let vectors = try embedder.embed(["Swift developer", "Nurse"])  // 2 × 384
package protocol Embedder {
    func embed(_ texts: [String]) throws -> [[Float]]
}

/// A function as an embedder: fake models in tests, a loaded model in the evaluation.
package struct EmbeddingFunction: Embedder {
    private let body: ([String]) throws -> [[Float]]

    package init(_ body: @escaping ([String]) throws -> [[Float]]) { self.body = body }

    package func embed(_ texts: [String]) throws -> [[Float]] { try body(texts) }
}
