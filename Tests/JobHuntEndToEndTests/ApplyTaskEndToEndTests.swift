// The worker's résumé and cover-letter tasks through the built binary: a
// queued task regenerates an application's documents as `apply regenerate`
// would, and a task that cannot succeed (edited documents) fails at once
// instead of retrying.
import Foundation
import JobHuntTesting
import Testing

@Suite("apply tasks on the worker", .serialized)
struct ApplyTaskEndToEndTests {
    @Test("resume_generation regenerates; edited documents fail the task for good", arguments: TestEngine.allCases)
    func generationTasks(engine: TestEngine) throws {
        let e2e = try ApplyEndToEnd(engine, store: .local)
        let outcome = try e2e.object(["apply", try e2e.topPosting(), "--format", "md"])
        let application = try #require(outcome["application"] as? [String: Any])
        let id = try #require(application["id"] as? String)
        let before = try documentIDs(e2e)
        #expect(before.count == 3)

        let queued = try e2e.run(["tasks", "add", "resume_generation", "--app", String(id.suffix(8))])
        #expect(queued.status == 0, "\(queued.stderr)")
        let task = queued.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let worker = try e2e.run(["--json", "worker", "--once"])
        #expect(worker.status == 0, "\(worker.stderr)")
        let line = try #require(
            try JSONSerialization.jsonObject(with: Data(worker.stdout.utf8)) as? [String: Any])
        #expect(line["task"] as? String == task)
        #expect(line["outcome"] as? String == "completed", "\(worker.stdout)")
        let after = try documentIDs(e2e)
        #expect(after.count == 3, "regenerated documents replace the old rows")
        #expect(after.isDisjoint(with: before), "every document was written again")
        let result = try ApplyTaskEndToEndTests.result(try e2e.object(["tasks", "show", task]))
        let written = try #require(result["documents"] as? [String: String])
        #expect(Set(written.keys) == ["resume", "cover_letter", "follow_up_email"])
        #expect(written["resume"]?.hasPrefix("file://") == true)

        #expect(try e2e.run(["apply", "edit", id, "--cover-letter"]).status == 0)
        let letter = try e2e.run(["tasks", "add", "cover_letter_generation", "--app", id])
        #expect(letter.status == 0, "\(letter.stderr)")
        let refused = try e2e.run(["worker", "--once"])
        #expect(refused.status == 0)
        #expect(refused.stdout.contains("cover_letter_generation failed attempt 1"), "\(refused.stdout)")
        let failed = try e2e.status.objects(["tasks", "list", "--status", "failed"])
        #expect(failed.count == 1)
        #expect(failed.first?["retry_count"] as? Int == 0, "an edited document is not retried")
        #expect(try documentIDs(e2e) == after, "the edited documents are kept")
    }

    /// `result_data` of a `tasks show --json` object, stored as JSON text or an object.
    static func result(_ task: [String: Any]) throws -> [String: Any] {
        if let object = task["result_data"] as? [String: Any] { return object }
        let text = try #require(task["result_data"] as? String, "result_data: \(task)")
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func documentIDs(_ e2e: ApplyEndToEnd) throws -> Set<String> {
        let db = try e2e.status.scratch.open()
        defer { db.close() }
        return Set(try db.query("SELECT id FROM generated_content").map { try $0.get("id", as: String.self) })
    }
}
