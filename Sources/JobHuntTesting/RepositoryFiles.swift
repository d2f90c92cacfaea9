// Finds the files tests read inside this checkout: the repository root, from this
// source file's own path, and the fixtures in Tests/Fixtures. A path that resolves
// outside the checkout fails the test, so a fresh clone tests itself.
import Foundation
import Testing

/// Paths inside the repository, for tests.
///
///     let board = RepositoryFiles.fixture("sources/greenhouse_jobs.json")
///     let set = RepositoryFiles.path("Tests/Eval/match/dev")
///
/// Nothing here reads the environment or looks beside the checkout: what a test
/// needs is committed (Tests/Fixtures/README.md says where each folder came from).
package enum RepositoryFiles {
    /// The checkout: the nearest folder above this source file that holds `Package.swift`.
    package static let root: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                return folder.resolvingSymlinksInPath()
            }
            folder.deleteLastPathComponent()
        }
        preconditionFailure("no Package.swift above \(#filePath): JobHuntTesting is built outside its repository")
    }()

    /// `Tests/Fixtures/<relative>`; see `path(_:)`.
    package static func fixture(
        _ relative: String, fileID: String = #fileID, filePath: String = #filePath, line: Int = #line,
        column: Int = #column
    ) -> URL {
        path("Tests/Fixtures/" + relative, fileID: fileID, filePath: filePath, line: line, column: column)
    }

    /// `<root>/<relative>`; fails the calling test when it resolves outside the checkout.
    package static func path(
        _ relative: String, fileID: String = #fileID, filePath: String = #filePath, line: Int = #line,
        column: Int = #column
    ) -> URL {
        checked(root.appendingPathComponent(relative), fileID: fileID, filePath: filePath, line: line, column: column)
    }

    /// `url` unchanged, after recording an issue against the caller when it (with `..`
    /// and symbolic links resolved) is not inside the checkout.
    @discardableResult
    package static func checked(
        _ url: URL, fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column
    ) -> URL {
        if let message = problem(with: url) {
            Issue.record(
                Comment(rawValue: message),
                sourceLocation: SourceLocation(fileID: fileID, filePath: filePath, line: line, column: column))
        }
        return url
    }

    /// Why a test may not read `url` — it resolves, with `..` and symbolic links
    /// followed, outside the checkout — or nil when it may.
    package static func problem(with url: URL) -> String? {
        let resolved = url.standardizedFileURL.resolvingSymlinksInPath().path
        guard !contains(resolved) else { return nil }
        return "\(url.path) resolves to \(resolved), outside the checkout \(root.path): tests may read only "
            + "files committed to the repository (put fixtures in Tests/Fixtures)"
    }

    /// Whether an absolute, resolved path is the root or below it.
    static func contains(_ path: String) -> Bool {
        let base = root.path
        return path == base || path.hasPrefix(base.hasSuffix("/") ? base : base + "/")
    }
}
