// Finds the read-only shared fixtures (`shared/fixtures/<name>`) from a test file's own path.
import Foundation

enum FixtureLocator {
    /// `JOBHUNT_FIXTURES_DIR` wins; otherwise the first ancestor of the repository that holds
    /// `shared/fixtures/<name>` (the repo sits beside `shared/` in /work, or deeper in a worktree).
    static func directory(_ name: String, filePath: String = #filePath) -> URL {
        if let root = ProcessInfo.processInfo.environment["JOBHUNT_FIXTURES_DIR"], !root.isEmpty {
            return URL(fileURLWithPath: root).appendingPathComponent(name)
        }
        var folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("shared/fixtures").appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        // The layout the repository documents: ../shared/fixtures beside the checkout.
        return URL(fileURLWithPath: filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../shared/fixtures").appendingPathComponent(name).standardized
    }
}
