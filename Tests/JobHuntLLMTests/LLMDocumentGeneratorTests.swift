// The LLM generator against the fake model server: what it sends, how it retries a malformed answer,
// when it falls back to the built-in generator, and the claims it removes and records.
import Foundation
import JobHuntDocuments
import JobHuntIO
import JobHuntTesting
import Testing

@Suite("LLM document generator")
struct LLMDocumentGeneratorTests {
    func generator(_ server: FakeLLMServer, url: String? = nil, apiKey: String? = nil) -> LLMDocumentGenerator {
        let endpoint = LLMEndpoint(url: url ?? server.url, model: "fake-7b", apiKey: apiKey, maxAttempts: 2)
        return LLMDocumentGenerator(
            client: ChatCompletionsClient(endpoint: endpoint, sleep: { _ in }), temperature: 0.3,
            fallback: BuiltinGenerator())
    }

    @Test("a valid answer becomes the drafts; prompt, model, tokens, temperature and checks are recorded")
    func validAnswer() throws {
        let server = try FakeLLMServer(script: [.content(LLMFixture.answer())], apiKey: "sk-gen")
        let drafts = try generator(server, apiKey: "sk-gen").generate(LLMFixture.input)
        #expect(drafts.resume.experiences.map(\.experienceID) == ["exp-acme", "exp-initech"])
        #expect(drafts.resume.experiences.first?.technologies == ["Swift", "PostgreSQL"])
        #expect(drafts.coverLetter.paragraphs.count == 2)
        #expect(drafts.followUp.subject == "Following up: Staff Backend Engineer")
        let metadata = drafts.metadata
        #expect(metadata.generator == .llm)
        #expect(metadata.model == "fake-7b")
        #expect(metadata.temperature == 0.3)
        #expect((metadata.promptTokens ?? 0) > 0 && (metadata.completionTokens ?? 0) > 0)
        #expect(metadata.latencyMilliseconds != nil)
        #expect(metadata.rejectedClaims.isEmpty)
        #expect(metadata.warnings.isEmpty)
        #expect(metadata.checks.contains("json: parsed on attempt 1"))
        #expect(metadata.checks.contains("claims: 0 unsupported claim(s) removed"))
        #expect(metadata.checks.contains("claims after removal: 0 unsupported"))
        #expect(metadata.checks.contains { $0.hasPrefix("model note: Acme first") })
        let prompt = try #require(metadata.prompt)
        #expect(prompt.hasPrefix("[system]\nYou write job-application documents"))
        #expect(prompt.contains("\"experience_id\" : \"exp-acme\""))
        #expect(prompt.contains("\"missing_required_skills_do_not_claim\" : [\n      \"Kubernetes\""))

        let sent = try #require(try server.requests().first)
        #expect(sent.header("Authorization") == "Bearer sk-gen")
        #expect(sent.json["model"] as? String == "fake-7b")
        #expect(sent.json["temperature"] as? Double == 0.3)
        #expect(sent.json["stream"] as? Bool == false)
        #expect(sent.messageContents.count == 2)
        let user = try #require(sent.messageContents.last)
        // The profile and posting go as structured JSON.
        let json = try #require(user.firstIndex(of: "{").map { String(user[$0...]) })
        let payload = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let candidate = try #require(payload["candidate"] as? [String: Any])
        #expect(candidate["name"] as? String == "Ada Example")
        #expect((payload["posting"] as? [String: Any])?["company"] as? String == "Globex Logistics")
    }

    @Test("invalid JSON content is sent back once with the parser's error, then the valid answer is used")
    func invalidThenValid() throws {
        let server = try FakeLLMServer(script: [
            .content("Sure! Here you go: {\"resume\": {\"skills\": [1]"), .content(LLMFixture.answer()),
        ])
        let drafts = try generator(server).generate(LLMFixture.input)
        #expect(drafts.metadata.generator == .llm)
        #expect(drafts.metadata.checks.first?.hasPrefix("json: parsed on attempt 2 (attempt 1: the answer") == true)
        let sent = try server.requests()
        #expect(sent.count == 2)
        let retry = sent[1].messageContents
        #expect(retry.count == 4)
        #expect(retry[2] == "Sure! Here you go: {\"resume\": {\"skills\": [1]")
        #expect(retry[3].hasPrefix("Your answer could not be used: the answer holds no JSON object"))
        #expect(drafts.metadata.prompt?.contains("[assistant]\nSure! Here you go") == true)
    }

    @Test("a wrong shape is named by path in the correction")
    func wrongShapeMessage() throws {
        let server = try FakeLLMServer(script: [
            .content(#"{"resume": {"skills": ["Swift", 3], "experiences": []}, "cover_letter": {}}"#),
            .content(LLMFixture.answer()),
        ])
        _ = try generator(server).generate(LLMFixture.input)
        let correction = try #require(try server.requests().last?.messageContents.last)
        #expect(correction.contains("resume.skills[1] is a number, expected a string"))
    }

    @Test("always-invalid content falls back to the built-in generator with a warning")
    func alwaysInvalid() throws {
        let server = try FakeLLMServer(script: [.content("I cannot do that.")])
        let drafts = try generator(server).generate(LLMFixture.input)
        let builtin = try BuiltinGenerator().generate(LLMFixture.input)
        #expect(drafts.metadata.generator == .builtin)
        #expect(drafts.resume == builtin.resume)
        #expect(drafts.coverLetter == builtin.coverLetter)
        #expect(
            drafts.metadata.warnings.last?.hasPrefix("the model could not be used (its answer was not the JSON") == true
        )
        #expect(
            drafts.metadata.checks.last?.hasPrefix(
                "llm: fake-7b at \(server.url)/v1/chat/completions gave no usable documents") == true)
        #expect(try server.requests().count == 2)
    }

    @Test("invented skills, employers, titles and dates are removed and listed in rejected_claims")
    func inventions() throws {
        let server = try FakeLLMServer(script: [.content(LLMFixture.inventingAnswer)])
        let drafts = try generator(server).generate(LLMFixture.input)
        #expect(drafts.metadata.generator == .llm)
        #expect(drafts.resume.skills == ["Swift", "PostgreSQL"])
        #expect(drafts.resume.experiences.map(\.company) == ["Acme Robotics", "Initech"])
        #expect(drafts.resume.experiences.first?.title == "Senior Software Engineer")
        let kinds = Set(drafts.metadata.rejectedClaims.map(\.kind))
        #expect(kinds == [.skill, .employer, .title, .date])
        #expect(drafts.metadata.rejectedClaims.contains { $0.kind == .employer && $0.value == "Hooli" })
        #expect(
            drafts.metadata.warnings.first?.hasPrefix("removed \(drafts.metadata.rejectedClaims.count) claim(s)")
                == true)
        #expect(drafts.metadata.checks.contains("claims after removal: 0 unsupported"))
        let stored = try JSONEncoder().encode(drafts.metadata)
        let object = try #require(try JSONSerialization.jsonObject(with: stored) as? [String: Any])
        #expect((object["rejected_claims"] as? [Any])?.count == drafts.metadata.rejectedClaims.count)
    }

    @Test("a server that is down or keeps failing falls back; a refused key is an error to fix")
    func serverFailures() throws {
        let down = LLMDocumentGenerator(
            client: ChatCompletionsClient(
                endpoint: LLMEndpoint(url: "http://127.0.0.1:1", model: "fake-7b"), sleep: { _ in }),
            temperature: 0.3, fallback: BuiltinGenerator())
        let fallback = try down.generate(LLMFixture.input)
        #expect(fallback.metadata.generator == .builtin)
        #expect(fallback.metadata.warnings.last?.contains("no model server answers at http://127.0.0.1:1") == true)

        let busy = try FakeLLMServer(script: [.status(503)])
        #expect(try generator(busy).generate(LLMFixture.input).metadata.generator == .builtin)
        #expect(try busy.requests().count == 2)

        let locked = try FakeLLMServer(script: [.content(LLMFixture.answer())], apiKey: "sk-right")
        #expect(throws: LLMError.self) { try generator(locked, apiKey: "sk-wrong").generate(LLMFixture.input) }
    }

    @Test("the answer parser accepts a fenced object and numbers every problem's path")
    func parser() throws {
        let fenced = "```json\n" + LLMFixture.answer() + "\n```"
        #expect(try LLMAnswer.parse(fenced).resume.experiences.count == 2)
        #expect(
            throws: LLMAnswerError(message: "the answer holds no JSON object; answer with one JSON object only")
        ) { try LLMAnswer.parse("I'd rather not.") }
        let missing = #expect(throws: LLMAnswerError.self) { try LLMAnswer.parse(#"{"resume": {}}"#) }
        #expect(missing?.message.hasPrefix("resume.experiences is missing (and ") == true)
    }
}
