// RepositoryFiles, the one way tests find files: the checkout's root holds this
// package, fixtures resolve inside it, and a path that leaves it fails the test.
import Foundation
import JobHuntTesting
import Testing

@Suite("Repository files for tests")
struct RepositoryFilesTests {
    @Test("the root is this checkout and every fixture folder is committed inside it")
    func fixturesInsideTheCheckout() {
        let root = RepositoryFiles.root
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path))
        #expect(URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().path.hasPrefix(root.path + "/"))
        for folder in ["sources", "sigv4", "minilm", "jsonresume", "seed", "resumes", "jsonresume-snapshots"] {
            let url = RepositoryFiles.fixture(folder)
            var isDirectory: ObjCBool = false
            #expect(FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), "\(url.path)")
            #expect(isDirectory.boolValue, "\(url.path) is not a folder")
        }
    }

    @Test("a path that climbs out of the checkout is refused, naming the checkout")
    func climbingOutIsRefused() throws {
        let url = RepositoryFiles.root.appendingPathComponent("Tests/Fixtures/../../../elsewhere/fixtures")
        let problem = try #require(RepositoryFiles.problem(with: url))
        #expect(problem.contains("outside the checkout \(RepositoryFiles.root.path)"), "\(problem)")
        #expect(RepositoryFiles.problem(with: RepositoryFiles.root.appendingPathComponent("Tests/Fixtures")) == nil)
    }

    @Test("an absolute path elsewhere is refused; links are judged by where they lead")
    func elsewhereIsRefused() throws {
        let outside = try TemporaryDirectory()
        #expect(RepositoryFiles.problem(with: outside.url) != nil)
        // The check follows symbolic links: a link that leads into the checkout passes,
        // so one that leads out of it (a fixture folder linked to a copy elsewhere) cannot.
        let link = outside.file("checkout")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: RepositoryFiles.root)
        #expect(RepositoryFiles.problem(with: link.appendingPathComponent("Package.swift")) == nil)
        let leadsOut = RepositoryFiles.root.appendingPathComponent(".build/jobhunt-link-out-\(UUID().uuidString)")
        try FileManager.default.createSymbolicLink(at: leadsOut, withDestinationURL: outside.url)
        defer { try? FileManager.default.removeItem(at: leadsOut) }
        #expect(RepositoryFiles.problem(with: leadsOut) != nil, "a link inside the checkout that leads out")
    }
}
