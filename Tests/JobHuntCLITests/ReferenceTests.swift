// docs/commands.md must be what the command table generates today.
import Foundation
import Testing

@testable import JobHuntCLI

@Suite struct ReferenceTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func committedReferenceIsCurrent() throws {
        let file = Self.repository.appendingPathComponent("docs/commands.md")
        let committed = try String(contentsOf: file, encoding: .utf8)
        let generated = ReferenceRenderer.markdown(CommandTable.root) + "\n"
        #expect(committed == generated, "docs/commands.md is stale: run scripts/gen-docs and commit the result")
    }

    @Test func referenceCoversVisibleCommandsOnly() {
        let text = ReferenceRenderer.markdown(TestTable.root)
        for heading in ["## jobhunt profile experience add", "## jobhunt discover match", "## jobhunt migrate down"] {
            #expect(text.contains("\n\(heading)\n"))
        }
        #expect(!text.contains("secret"))
        #expect(!text.contains("debug-dump"))
        #expect(
            text.contains("| `-n, --limit N` | Most results to show. Default: 20. Environment: JOBHUNT_TEST_LIMIT. |"))
        #expect(text.contains("```\njobhunt discover match [OPTIONS] QUERY [FILES...]\n```"))
        #expect(text.contains("## Global options"))
    }

    @Test func hiddenReferenceCommandPrintsIt() {
        let result = run(["reference"])
        #expect(result.stdout == ReferenceRenderer.markdown(TestTable.root) + "\n")
        #expect(!run(["--help"]).stdout.contains("reference"))
    }
}
