// `jobhunt apply JOB --generator llm` through the built binary against the fake model server: the
// stored prompt, model and metadata (tokens, temperature, checks, rejected claims), and the fallback
// to the built-in generator when the model's answer is never usable.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@Suite("apply --generator llm end to end")
struct ApplyLLMEndToEndTests {
    /// A profile with two jobs and three skills, imported as JSON Resume.
    static let resume = """
        {"basics": {"name": "Ada Example", "email": "ada@example.com", "label": "Backend engineer",
                    "summary": "Backend engineer who likes fast APIs."},
         "work": [
           {"name": "Acme Robotics", "position": "Senior Software Engineer", "startDate": "2019-03-01",
            "highlights": ["Cut p99 latency of the order API from 900 ms to 120 ms with Swift.",
                           "Designed the PostgreSQL schema for robot events."]},
           {"name": "Initech", "position": "Software Engineer", "startDate": "2015-06-01", "endDate": "2019-02-28",
            "highlights": ["Built Python reconciliation jobs that replaced manual checks."]}],
         "skills": [{"name": "Swift"}, {"name": "PostgreSQL"}, {"name": "Python"}]}
        """

    /// The model's answer: faithful, except a skill, an employer, a title and a date it invents.
    static let answer = """
        {"resume": {"headline": "Backend engineer", "summary": "Backend engineer who likes fast APIs.",
                    "skills": ["Swift", "Kubernetes", "PostgreSQL"],
                    "experiences": [
                      {"experience_id": "?", "company": "Acme Robotics", "title": "Principal Engineer",
                       "start": "2019-03-01", "end": null,
                       "bullets": ["Cut p99 latency of the order API from 900 ms to 120 ms with Swift."]},
                      {"experience_id": "?", "company": "Hooli", "title": "VP Engineering",
                       "start": "2012-01-01", "end": "2014-12-31", "bullets": ["Led 40 engineers."]}]},
         "cover_letter": {"greeting": "Dear Globex team,", "closing": "Kind regards,",
                          "paragraphs": ["I am applying for the Backend Engineer role at Globex.",
                                         "At Acme Robotics I cut the order API's p99 latency with Swift. I ran Kubernetes in 2012."]},
         "follow_up": {"subject": "Following up", "greeting": "Hello,", "closing": "Best,",
                       "paragraphs": ["I wanted to follow up on my application."]},
         "notes": ["Acme first."]}
        """

    func prepared(_ engine: TestEngine) throws -> (StatusEndToEnd, UUID) {
        let run = try StatusEndToEnd(engine)
        let file = run.home.file("resume.json")
        try Self.resume.write(to: file, atomically: true, encoding: .utf8)
        let imported = try run.run(["profile", "import", file.path])
        #expect(imported.status == 0, "\(imported.stderr)")
        let posting = try run.posting("Backend Engineer", company: "Globex", externalID: "llm-1")
        return (run, posting)
    }

    func storedRows(_ run: StatusEndToEnd) throws -> [[String: String?]] {
        let db = try run.scratch.open()
        defer { db.close() }
        return try db.query(
            "SELECT content_type, model_used, generation_prompt, generation_metadata FROM generated_content ORDER BY content_type"
        ).map { row in
            [
                "type": try row.optional("content_type"), "model": try row.optional("model_used"),
                "prompt": try row.optional("generation_prompt"),
                "metadata": (try row.optional("generation_metadata") as JSONText?)?.text,
            ]
        }
    }

    @Test(
        "the model's documents are stored with prompt, model and metadata; invented claims are gone",
        arguments: TestEngine.allCases)
    func modelDocuments(engine: TestEngine) throws {
        let (run, posting) = try prepared(engine)
        let server = try FakeLLMServer(
            script: [.content("not json at all"), .content(Self.answer)], apiKey: "sk-e2e-secret")
        var env = run.environment
        env["JOBHUNT_LLM_URL"] = server.url
        env["JOBHUNT_LLM_MODEL"] = "fake-7b"
        env["JOBHUNT_LLM_API_KEY"] = "sk-e2e-secret"
        env["JOBHUNT_LLM_TEMPERATURE"] = "0.4"
        let result = try run.run(
            ["apply", posting.uuidString.lowercased(), "--generator", "llm", "--format", "md"], as: env)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("sk-e2e-secret") && !result.stderr.contains("sk-e2e-secret"))
        #expect(result.stderr.contains("removed"), "the rejected claims are a warning: \(result.stderr)")

        let rows = try storedRows(run)
        #expect(rows.count == 3)
        for row in rows {
            #expect(row["model"] == "fake-7b")
            let prompt = try #require(row["prompt"] ?? nil)
            #expect(prompt.contains("\"company\" : \"Globex\""))
            #expect(prompt.contains("[user]\nYour answer could not be used"))
            let text = try #require(row["metadata"] ?? nil)
            let stored = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            let generation = try #require(stored["generation"] as? [String: Any])
            #expect(generation["generator"] as? String == "llm")
            #expect(generation["temperature"] as? Double == 0.4)
            #expect((generation["prompt_tokens"] as? Int ?? 0) > 0)
            #expect(generation["latency_ms"] is Int)
            let checks = generation["checks"] as? [String] ?? []
            #expect(checks.contains { $0.hasPrefix("json: parsed on attempt 2") })
            let rejected = generation["rejected_claims"] as? [[String: Any]] ?? []
            let found = Set(rejected.compactMap { "\($0["kind"] ?? ""):\($0["value"] ?? "")" })
            for claim in ["skill:Kubernetes", "employer:Hooli", "title:Principal Engineer", "date:2012"] {
                #expect(found.contains(claim), "\(claim) missing from \(found.sorted())")
            }
        }
        let show = try run.run(["apply", "show", try applicationID(run), "--resume"], as: env)
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("Acme Robotics") && show.stdout.contains("Senior Software Engineer"))
        #expect(
            !show.stdout.contains("Hooli") && !show.stdout.contains("Kubernetes") && !show.stdout.contains("Principal"))
        let sent = try server.requests()
        #expect(sent.count == 2)
        #expect(sent.first?.header("Authorization") == "Bearer sk-e2e-secret")
        #expect(sent.first?.json["temperature"] as? Double == 0.4)
    }

    @Test("an answer that is never usable falls back to the built-in generator with a warning")
    func fallback() throws {
        let (run, posting) = try prepared(.sqlite)
        let server = try FakeLLMServer(script: [.content("I cannot help with that.")])
        var env = run.environment
        env["JOBHUNT_GENERATOR_KIND"] = "llm"
        env["JOBHUNT_LLM_URL"] = server.url
        env["JOBHUNT_LLM_MODEL"] = "fake-7b"
        let result = try run.run(["apply", posting.uuidString.lowercased(), "--format", "md"], as: env)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("the built-in generator wrote these documents instead"), "\(result.stderr)")
        #expect(try server.requests().count == 2)
        for row in try storedRows(run) {
            #expect(row["model"] == "builtin")
            let text = try #require(row["metadata"] ?? nil)
            #expect(text.contains("\"generator\":\"builtin\"") || text.contains("\"generator\" : \"builtin\""))
        }
    }

    @Test("llm without llm.url is a one-line usage error; a server that is down falls back")
    func misconfigured() throws {
        let (run, posting) = try prepared(.sqlite)
        let missing = try run.run(["apply", posting.uuidString.lowercased(), "--generator", "llm", "--dry-run"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("the llm generator needs llm.url and llm.model"), "\(missing.stderr)")

        var env = run.environment
        env["JOBHUNT_LLM_URL"] = "http://127.0.0.1:1"
        env["JOBHUNT_LLM_MODEL"] = "fake-7b"
        let down = try run.run(
            ["apply", posting.uuidString.lowercased(), "--generator", "llm", "--format", "md"], as: env)
        #expect(down.status == 0, "\(down.stderr)")
        #expect(down.stderr.contains("no model server answers at http://127.0.0.1:1"), "\(down.stderr)")
    }

    func applicationID(_ run: StatusEndToEnd) throws -> String {
        let db = try run.scratch.open()
        defer { db.close() }
        let row = try #require(try db.query("SELECT id FROM applications").first)
        let id: UUID = try row.get("id")
        return id.uuidString.lowercased()
    }
}
