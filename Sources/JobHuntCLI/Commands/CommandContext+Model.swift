// The installed embedding model for commands that work better with it but
// still work without it (discover, discover find): one warning when it is missing.
import Foundation
import JobHuntCore

extension CommandContext {
    /// The model in the configured directory as a batch embedding function,
    /// or nil after one warning: `no embedding model at DIR: <otherwise>`.
    func installedEmbedder(otherwise: String) throws -> (([String]) throws -> [[Float]])? {
        let directory = try configuration().modelDirectory
        guard FileManager.default.fileExists(atPath: directory.appendingPathComponent("model.safetensors").path) else {
            output.warn("no embedding model at \(directory.path): \(otherwise)")
            return nil
        }
        let embedder = try SentenceEmbedder(modelDirectory: directory)
        return { texts in try embedder.embed(texts) }
    }
}
