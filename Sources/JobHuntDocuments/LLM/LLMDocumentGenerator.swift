// Writes the documents with an OpenAI-compatible model, and trusts none of it: the answer must parse
// (one retry with the parser's error), every claim is checked against the profile and unbacked ones
// are removed, and when the model cannot give a usable answer the built-in generator writes instead.
import Foundation
import JobHuntIO

/// `--generator llm`: `ChatCompletionsClient` behind the `DocumentGenerator` seam.
///
/// What happens, in order (docs/llm.md):
/// 1. The model gets `LLMPrompt.system` (rules and the JSON shape) and the input as JSON.
/// 2. An answer that is not that shape is sent back once with the parser's message; a second
///    bad answer, or a server that is down, busy past its retries or answering garbage, makes
///    the `fallback` (the built-in generator) write the documents, with a warning.
/// 3. Each résumé entry is tied to a profile experience (`experience_id`, else the company).
/// 4. `ClaimChecker.removingUnsupportedClaims` takes out every skill, employer, title and date
///    the profile does not back; they are listed in `metadata.rejectedClaims`.
///
/// Mistakes only the person can fix (an unusable `llm.url`, a refused API key, an unknown
/// model) are thrown instead: falling back would hide them.
package struct LLMDocumentGenerator: DocumentGenerator {
    package var kind: GeneratorKind { .llm }
    let client: ChatCompletionsClient
    let temperature: Double
    let fallback: any DocumentGenerator

    package init(client: ChatCompletionsClient, temperature: Double, fallback: any DocumentGenerator) {
        self.client = client
        self.temperature = temperature
        self.fallback = fallback
    }

    package func generate(_ input: GenerationInput) throws -> DocumentDrafts {
        var messages = LLMPrompt.messages(for: input)
        var usage = TokenUsage()
        var latency = Duration.zero
        var failures: [String] = []
        for attempt in 1...2 {
            let completion: ChatCompletion
            do throws(LLMError) {
                completion = try client.complete(
                    ChatRequest(messages: messages, temperature: temperature, jsonObject: true))
            } catch {
                if Self.needsTheUser(error) { throw error }
                return try fellBack(input, reason: error.problem, usage: usage)
            }
            usage = usage + completion.usage
            latency += completion.latency
            let answer: LLMAnswer
            do throws(LLMAnswerError) {
                answer = try LLMAnswer.parse(completion.content)
            } catch {
                let cut = completion.finishReason == "length" ? " (the answer was cut at the token limit)" : ""
                failures.append("attempt \(attempt): \(error.message)\(cut)")
                messages += [.assistant(completion.content), .user(LLMPrompt.correction(error))]
                continue
            }
            let run = Run(
                attempt: attempt, completion: completion, usage: usage, latency: latency, prompt: messages,
                failures: failures)
            return try drafts(from: answer, input: input, run: run)
        }
        return try fellBack(
            input, reason: "its answer was not the JSON asked for twice (\(failures.joined(separator: "; ")))",
            usage: usage)
    }

    /// What one successful exchange cost and how it went.
    struct Run {
        var attempt: Int
        var completion: ChatCompletion
        var usage: TokenUsage
        var latency: Duration
        var prompt: [ChatMessage]
        var failures: [String]
    }

    /// The checked drafts and their metadata, or the fallback's when nothing of the résumé survives.
    func drafts(from answer: LLMAnswer, input: GenerationInput, run: Run) throws -> DocumentDrafts {
        let resume = ResumeDraft(
            headline: answer.resume.headline, summary: answer.resume.summary, skills: answer.resume.skills,
            experiences: answer.resume.experiences.map { Self.tied($0, to: input.candidate.experiences) })
        let raw = DocumentDrafts(
            resume: resume, coverLetter: answer.coverLetter, followUp: answer.followUp,
            metadata: GenerationMetadata(generator: .llm))
        let context = [input.posting.company, input.posting.title]
        // The person's employers name no skill either ("Acme Robotics" is no robotics claim).
        let checker = ClaimChecker(
            candidate: input.candidate, today: input.today,
            names: context + input.candidate.experiences.map(\.company))
        let (checked, rejected) = checker.removingUnsupportedClaims(from: raw, context: context)
        if checked.resume.experiences.isEmpty, !input.candidate.experiences.isEmpty {
            return try fellBack(
                input, reason: "none of the model's résumé entries is an experience on the profile", usage: run.usage)
        }
        var drafts = checked
        var metadata = GenerationMetadata(
            generator: .llm, model: run.completion.model.isEmpty ? client.endpoint.model : run.completion.model,
            prompt: LLMPrompt.transcript(run.prompt), promptTokens: run.usage.promptTokens,
            completionTokens: run.usage.completionTokens,
            latencyMilliseconds: Int(run.latency.components.seconds * 1000)
                + Int(run.latency.components.attoseconds / 1_000_000_000_000_000),
            temperature: temperature, rejectedClaims: rejected)
        metadata.checks =
            [
                "json: parsed on attempt \(run.attempt)"
                    + (run.failures.isEmpty ? "" : " (\(run.failures.joined(separator: "; ")))"),
                "json mode: " + (run.completion.usedJSONMode ? "on" : "off (the server refused response_format)"),
                "http: \(run.completion.attempts) request(s) for the accepted answer",
                "claims: \(rejected.count) unsupported claim(s) removed",
                "claims after removal: \(checker.unsupportedClaims(in: drafts, context: context).count) unsupported",
            ] + answer.notes.map { "model note: \($0)" }
        if !rejected.isEmpty {
            metadata.warnings.append(
                "removed \(rejected.count) claim(s) the profile does not back: "
                    + rejected.map { "\($0.kind.rawValue) '\($0.value)'" }.joined(separator: ", "))
        }
        if drafts.coverLetter.paragraphs.isEmpty {
            metadata.warnings.append("the cover letter had nothing left after the claim check; write it by hand")
        }
        drafts.metadata = metadata
        return drafts
    }

    /// The built-in generator's drafts, saying why the model's were not used.
    func fellBack(_ input: GenerationInput, reason: String, usage: TokenUsage) throws -> DocumentDrafts {
        var drafts = try fallback.generate(input)
        drafts.metadata.checks.append(
            "llm: \(client.endpoint.model) at \(client.endpoint.displayURL) gave no usable documents; "
                + "the built-in generator wrote these (\(usage.totalTokens) tokens spent)")
        drafts.metadata.warnings.append(
            "the model could not be used (\(reason)); the built-in generator wrote these documents instead")
        return drafts
    }

    /// The entry with `experienceID` set to the profile experience it rewrites: the id the model
    /// gave when it is one, else the experience at the company it named; unknown stays unknown.
    static func tied(_ entry: ResumeEntry, to experiences: [ExperienceFact]) -> ResumeEntry {
        var tied = entry
        if let known = experiences.first(where: { $0.id == entry.experienceID }) {
            tied.technologies = known.technologies
            return tied
        }
        let sameCompany = experiences.filter { NameMatch.same($0.company, entry.company) }
        let match = sameCompany.first { NameMatch.same($0.title, entry.title) } ?? sameCompany.first
        if let match {
            tied.experienceID = match.id
            tied.technologies = match.technologies
        }
        return tied
    }

    /// Configuration the person must fix: an unusable URL, a refused key, an unknown path or model.
    static func needsTheUser(_ error: LLMError) -> Bool {
        switch error {
        case .invalidURL: return true
        case .serverError(let status, _, _, _, _): return [400, 401, 403, 404, 422].contains(status)
        default: return false
        }
    }
}
