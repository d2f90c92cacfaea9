// Loads the shared job-source fixtures and parses them, for the Source*Tests suites.
import Foundation
import JobHuntDiscovery
import JobHuntKernel

enum SourceFixtures {
    /// `JOBHUNT_FIXTURES_DIR/sources` when set; otherwise `shared/fixtures/sources` in the first
    /// ancestor of this file that has it (the repository sits beside `shared/`, or deeper in a worktree).
    static func directory(filePath: String = #filePath) -> URL {
        if let root = ProcessInfo.processInfo.environment["JOBHUNT_FIXTURES_DIR"], !root.isEmpty {
            return URL(fileURLWithPath: root).appendingPathComponent("sources")
        }
        var folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("shared/fixtures/sources")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../shared/fixtures/sources").standardized
    }

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: directory().appendingPathComponent(name))
    }

    static func parse(_ name: String, with parser: some SourceParser, context: SourceContext) throws
        -> SourceParseResult
    {
        try parser.parse(data(name), context: context)
    }

    /// An ISO 8601 instant for expectations, so tests state dates the way the fixtures print them.
    static func instant(_ text: String) -> Date? { SourceDate.iso8601(text) }
}

extension SourceParseResult {
    func posting(_ externalID: String) -> RawPosting? { postings.first { $0.externalID == externalID } }
}
