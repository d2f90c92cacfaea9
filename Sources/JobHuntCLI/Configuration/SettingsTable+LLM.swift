// The settings that choose how `jobhunt apply` writes documents: the built-in generator,
// or any OpenAI-compatible model server (llama.cpp's server, Ollama, vLLM, OpenAI).
import Foundation
import JobHuntIO
import JobHuntKernel

extension SettingsTable {
    /// `generator.kind` and the `llm.*` settings; the key is a secret like the S3 keys.
    static let generatorSettings: [Setting] = [
        Setting(
            key: "generator.kind", kind: .choice(["builtin", "llm"]),
            summary: "How `apply` writes documents: builtin (offline, deterministic) or llm (llm.url's model)",
            defaultValue: .text("builtin"), defaultDescription: "builtin"),
        Setting(
            key: "llm.url", kind: .url(schemes: ["http", "https"]),
            summary: "The root URL of an OpenAI-compatible server; /v1/chat/completions is appended"),
        Setting(
            key: "llm.model",
            summary: "The model name the server is asked for (e.g. qwen2.5:7b-instruct)"),
        Setting(
            key: "llm.api_key", isSecret: true,
            summary: "Sent as a bearer token; local servers usually need none"),
        Setting(
            key: "llm.timeout_seconds", kind: .number(1...3600),
            summary: "How long one request to the model server may take, in seconds",
            defaultValue: .text("120"), defaultDescription: "120"),
        Setting(
            key: "llm.temperature", kind: .number(0...2),
            summary: "Sampling temperature sent to the model; lower is more repeatable",
            defaultValue: .text("0.2"), defaultDescription: "0.2"),
    ]
}

extension ConfiguredSettings {
    /// The model server `llm.*` describes, or nil while `llm.url` or `llm.model` is unset.
    package var llmEndpoint: LLMEndpoint? {
        guard let url = value("llm.url"), let model = value("llm.model") else { return nil }
        let seconds = value("llm.timeout_seconds").flatMap(Double.init) ?? 120
        return LLMEndpoint(
            url: url, model: model, apiKey: value("llm.api_key"),
            timeout: .milliseconds(Int((seconds * 1000).rounded())))
    }

    /// `llm.temperature` as a number (its default when unset).
    package var llmTemperature: Double { value("llm.temperature").flatMap(Double.init) ?? 0.2 }

    /// True when `generator.kind` is `llm`.
    package var prefersLLMGenerator: Bool { value("generator.kind") == "llm" }
}
