// Locates files the tests read: this target's fixtures and the project's
// shared folder (seed schema, fixtures) that sits beside the repository.
import Foundation

enum SharedFiles {
    /// The repository root, found from this source file's path.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func fixture(_ name: String) -> URL {
        repository.appendingPathComponent("Tests/JobHuntCoreTests/Fixtures/\(name)")
    }

    /// `../shared` beside the repository, or `JOBHUNT_SHARED_DIR`.
    static var shared: URL {
        if let path = ProcessInfo.processInfo.environment["JOBHUNT_SHARED_DIR"] { return URL(fileURLWithPath: path) }
        return repository.deletingLastPathComponent().appendingPathComponent("shared")
    }

    /// The seed schema text: the specification the migrations implement.
    static func seedSchema() throws -> String {
        let folder = shared.appendingPathComponent("seed")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
            .sorted()
        guard let first = names.first else { throw CocoaError(.fileNoSuchFile) }
        return try String(contentsOf: folder.appendingPathComponent(first), encoding: .utf8)
    }
}
