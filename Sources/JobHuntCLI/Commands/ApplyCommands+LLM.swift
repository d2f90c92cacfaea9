// `--generator llm` / `generator.kind = "llm"`: the model server `llm.*` names, behind the
// documents service's generator seam, with the built-in generator as its fallback.
import Foundation
import JobHuntDocuments
import JobHuntIO
import JobHuntKernel

extension ApplyCommands {
    /// `--generator` when given, else `generator.kind`.
    static func generatorKind(_ flag: String?, _ context: CommandContext) throws -> GeneratorKind {
        let name = try flag ?? context.configuredSettings().value("generator.kind") ?? GeneratorKind.builtin.rawValue
        return GeneratorKind(rawValue: name) ?? .builtin
    }

    /// The LLM generator for the configured server; a one-line usage error while `llm.url`
    /// or `llm.model` is unset.
    static func llmGenerator(_ context: CommandContext) throws -> LLMDocumentGenerator {
        let settings = try context.configuredSettings()
        guard let endpoint = settings.llmEndpoint else {
            let missing = ["llm.url", "llm.model"].filter { settings.value($0) == nil }.joined(separator: " and ")
            throw CLIError.usage(
                "the llm generator needs \(missing)",
                remedy: "set JOBHUNT_LLM_URL and JOBHUNT_LLM_MODEL (or `jobhunt config set llm.url "
                    + "http://127.0.0.1:8080` and `jobhunt config set llm.model NAME`), or use --generator builtin")
        }
        return LLMDocumentGenerator(
            client: ChatCompletionsClient(endpoint: endpoint), temperature: settings.llmTemperature,
            fallback: BuiltinGenerator())
    }
}
