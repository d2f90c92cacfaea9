// Reads the seed schema (Tests/Fixtures/seed): the design document the migrations implement.
import Foundation
import JobHuntTesting

enum SeedSchemaFile {
    /// The text of the first `.txt` file in Tests/Fixtures/seed.
    static func text() throws -> String {
        let folder = RepositoryFiles.fixture("seed")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
            .sorted()
        guard let first = names.first else { throw CocoaError(.fileNoSuchFile) }
        return try String(contentsOf: folder.appendingPathComponent(first), encoding: .utf8)
    }
}
