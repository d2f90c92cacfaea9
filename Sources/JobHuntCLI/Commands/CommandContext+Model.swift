// The installed embedding model as the core's embedder, for the commands
// that work with or without one (discover, discover match, discover show).
import Foundation
import JobHuntCore

extension CommandContext {
    /// The model in the configured model directory as an embedder, or nil
    /// when it is not installed; callers say once what that means for them.
    func installedEmbedder() throws -> (embedder: PostingIngestor.Embedder?, directory: URL) {
        let directory = try configuration().modelDirectory
        guard FileManager.default.fileExists(atPath: directory.appendingPathComponent("model.safetensors").path) else {
            return (nil, directory)
        }
        let model = try SentenceEmbedder(modelDirectory: directory)
        return ({ texts in try model.embed(texts) }, directory)
    }
}
