// The seam every document generator sits behind: the built-in offline one
// (`BuiltinGenerator`) and any other (an OpenAI-compatible model) take the
// same facts and return the same drafts, so storage, rendering, the claim
// check and the commands never know which one wrote a document.

/// Which generator wrote a set of drafts (`--generator`, `generation_metadata.generator`).
package enum GeneratorKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Deterministic, offline, from the profile's own words.
    case builtin
    /// An OpenAI-compatible chat-completions server.
    case llm
}

/// Writes a résumé, a cover letter and a follow-up e-mail for one posting.
///
/// Implementers owe:
/// - claims only from `input.candidate`: no skill, employer, title or date
///   that is not in the profile (``ClaimChecker`` verifies; a generator may
///   drop what it rejects and list it in `metadata.rejectedClaims`);
/// - the résumé's experiences drawn from `input.material.kept` (which jobs and
///   bullets come from relevance; the built-in generator lists the kept jobs
///   newest first, as readers and ATS parsers expect);
/// - a filled ``GenerationMetadata`` (kind, model, prompt, tokens, latency,
///   temperature, checks, rejected claims, warnings).
///
/// Throwing means no drafts at all; the caller stores nothing. A generator
/// that can recover (a malformed answer, a dead server) falls back itself
/// and says so in `metadata.warnings`.
package protocol DocumentGenerator: Sendable {
    var kind: GeneratorKind { get }
    func generate(_ input: GenerationInput) throws -> DocumentDrafts
}
