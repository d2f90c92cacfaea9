// The installed embedding model for commands that work better with it but
// still work without it (discover, discover find, discover match, discover
// show): one warning when it is missing.
import Foundation
import JobHuntKernel

extension CommandContext {
    /// The kernel's installed-model embedder, or nil after one warning:
    /// `no embedding model at DIR: <otherwise>`.
    func installedEmbedder(otherwise: String) throws -> (any Embedder)? {
        let services = try services()
        guard let embedder = services.installedEmbedder() else {
            output.warn("no embedding model at \(services.configuration.modelDirectory.path): \(otherwise)")
            return nil
        }
        return embedder
    }
}
