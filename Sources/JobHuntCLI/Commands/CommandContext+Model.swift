// The installed embedding model as the core's embedder, for the commands
// that work with or without one (discover, discover match, discover show).
import Foundation
import JobHuntCore

extension CommandContext {
    /// The model in the configured model directory as an embedder, or nil
    /// when it is not installed; callers say once what that means for them.
    ///
    /// The weights are loaded on the first call, not here: a match whose
    /// profile vector is already stored never needs them.
    func installedEmbedder() throws -> (embedder: PostingIngestor.Embedder?, directory: URL) {
        let directory = try configuration().modelDirectory
        guard FileManager.default.fileExists(atPath: directory.appendingPathComponent("model.safetensors").path) else {
            return (nil, directory)
        }
        let model = LazyModel(directory: directory)
        return ({ texts in try model.embedder().embed(texts) }, directory)
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
