// How a set of drafts was made, stored as `generated_content.generation_metadata`
// (and `generation_prompt`, `model_used` beside it) so a person can see why a
// document says what it says.

/// Who wrote the drafts, with what, at what cost, and what was checked.
///
/// JSON keys are snake_case; absent numbers are null (the built-in generator
/// has no tokens, latency or temperature).
package struct GenerationMetadata: Sendable, Equatable, Codable {
    package var generator: GeneratorKind
    /// The model's name (`llm.model`), nil for the built-in generator.
    package var model: String?
    /// What the model was sent, nil for the built-in generator.
    package var prompt: String?
    package var promptTokens: Int?
    package var completionTokens: Int?
    /// Milliseconds the generation took (not stored by the built-in one, to keep runs identical).
    package var latencyMilliseconds: Int?
    package var temperature: Double?
    /// The checks that ran, e.g. `claims: 0 rejected`, `json: parsed on attempt 2`.
    package var checks: [String]
    package var rejectedClaims: [RejectedClaim]
    package var warnings: [String]

    package init(
        generator: GeneratorKind, model: String? = nil, prompt: String? = nil, promptTokens: Int? = nil,
        completionTokens: Int? = nil, latencyMilliseconds: Int? = nil, temperature: Double? = nil,
        checks: [String] = [], rejectedClaims: [RejectedClaim] = [], warnings: [String] = []
    ) {
        self.generator = generator
        self.model = model
        self.prompt = prompt
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
        self.latencyMilliseconds = latencyMilliseconds
        self.temperature = temperature
        self.checks = checks
        self.rejectedClaims = rejectedClaims
        self.warnings = warnings
    }

    enum CodingKeys: String, CodingKey {
        case generator, model, prompt, temperature, checks, warnings
        case promptTokens = "prompt_tokens"
        case completionTokens = "completion_tokens"
        case latencyMilliseconds = "latency_ms"
        case rejectedClaims = "rejected_claims"
    }
}

/// A claim a draft made that the profile does not support, and where it was.
package struct RejectedClaim: Sendable, Equatable, Hashable, Codable {
    package enum Kind: String, Sendable, Hashable, Codable {
        case skill, employer, title, date
    }

    package var kind: Kind
    /// What the draft said.
    package var value: String
    /// Where: `resume.skills`, `resume.experiences[1].title`, `cover_letter.paragraphs[0]`.
    package var location: String

    package init(kind: Kind, value: String, location: String) {
        self.kind = kind
        self.value = value
        self.location = location
    }
}
