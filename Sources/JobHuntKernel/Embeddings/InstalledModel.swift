// The installed all-MiniLM-L6-v2 as an Embedder, built here once for every
// caller (the CLI's commands today, a worker tomorrow) rather than by each.
import Foundation
internal import JobHuntEmbeddings

extension Services {
    /// The model in `configuration.modelDirectory` as an embedder, or nil when
    /// none is installed there (features then rank and search without it).
    ///
    /// The weights load on the first `embed`, not here: a match whose profile
    /// vector is already stored never needs them.
    package func installedEmbedder() -> (any Embedder)? {
        let directory = configuration.modelDirectory
        guard FileManager.default.fileExists(atPath: directory.appendingPathComponent("model.safetensors").path) else {
            return nil
        }
        return InstalledModel(directory: directory)
    }
}

/// Loads the model once, when first asked to embed.
final class InstalledModel: Embedder {
    let directory: URL
    private var loaded: SentenceEmbedder?

    init(directory: URL) { self.directory = directory }

    func embed(_ texts: [String]) throws -> [[Float]] {
        try model().embed(texts)
    }

    private func model() throws -> SentenceEmbedder {
        if let loaded { return loaded }
        let model = try SentenceEmbedder(modelDirectory: directory)
        loaded = model
        return model
    }
}
