// The installed embedding model for commands that work better with it but
// still work without it (discover, discover find, discover match, discover
// show): one warning when it is missing.
import Foundation
import JobHuntKernel

extension CommandContext {
    /// The model in the configured directory as a batch embedding function,
    /// or nil after one warning: `no embedding model at DIR: <otherwise>`.
    ///
    /// The weights are loaded on the first call, not here: a match whose
    /// profile vector is already stored never needs them.
    func installedEmbedder(otherwise: String) throws -> (([String]) throws -> [[Float]])? {
        let directory = try configuration().modelDirectory
        guard FileManager.default.fileExists(atPath: directory.appendingPathComponent("model.safetensors").path) else {
            output.warn("no embedding model at \(directory.path): \(otherwise)")
            return nil
        }
        let model = LazyModel(directory: directory)
        return { texts in try model.embedder().embed(texts) }
    }
}

/// Loads the model once, when first asked.
private final class LazyModel {
    let directory: URL
    private var loaded: SentenceEmbedder?

    init(directory: URL) { self.directory = directory }

    func embedder() throws -> SentenceEmbedder {
        if let loaded { return loaded }
        let model = try SentenceEmbedder(modelDirectory: directory)
        loaded = model
        return model
    }
}
