// The generator and model-server settings: read from the environment and the file, checked, the API
// key never shown, and turned into the endpoint the LLM generator talks to.
import Foundation
import JobHuntCLI
import JobHuntIO
import JobHuntTesting
import Testing

@Suite("LLM settings")
struct LLMSettingsTests {
    @Test("JOBHUNT_LLM_* build the endpoint; the key is masked in config show and --json")
    func environmentAndRedaction() throws {
        let sandbox = try ConfigSandbox()
        let env = [
            "JOBHUNT_LLM_URL": "http://127.0.0.1:8080", "JOBHUNT_LLM_MODEL": "qwen2.5",
            "JOBHUNT_LLM_API_KEY": "sk-very-secret-llm-key", "JOBHUNT_GENERATOR_KIND": "llm",
            "JOBHUNT_LLM_TIMEOUT_SECONDS": "45",
        ]
        let settings = try sandbox.resolve(env)
        let endpoint = try #require(settings.llmEndpoint)
        #expect(endpoint.url == "http://127.0.0.1:8080")
        #expect(endpoint.model == "qwen2.5")
        #expect(endpoint.apiKey == "sk-very-secret-llm-key")
        #expect(endpoint.timeout == .seconds(45))
        #expect(settings.prefersLLMGenerator)
        #expect(settings.llmTemperature == 0.2)
        #expect(!endpoint.description.contains("sk-very-secret-llm-key"))

        for json in [false, true] {
            let output = try sandbox.run(["config", "show"], globals: GlobalOptions(json: json), environment: env)
            #expect(!output.stdout.contains("sk-very-secret-llm-key"))
            #expect(!output.stderr.contains("sk-very-secret-llm-key"))
            #expect(output.stdout.contains("********"))
            #expect(output.stdout.contains("qwen2.5"))
        }
    }

    @Test("defaults: builtin generator, no endpoint until url and model are both set")
    func defaults() throws {
        let sandbox = try ConfigSandbox()
        let settings = try sandbox.resolve()
        #expect(!settings.prefersLLMGenerator)
        #expect(settings.value("generator.kind") == "builtin")
        #expect(settings.llmEndpoint == nil)
        #expect(try sandbox.resolve(["JOBHUNT_LLM_URL": "http://h:1"]).llmEndpoint == nil)
    }

    @Test("the file takes an integer timeout and a quoted temperature; bad values are one-line errors")
    func fileValuesAndValidation() throws {
        let sandbox = try ConfigSandbox()
        try sandbox.write(
            "[generator]\nkind = \"llm\"\n[llm]\nurl = \"http://10.0.0.5:11434\"\nmodel = \"m\"\n"
                + "timeout_seconds = 300\ntemperature = \"0.7\"\n")
        let settings = try sandbox.resolve()
        #expect(settings.llmEndpoint?.timeout == .seconds(300))
        #expect(settings.llmTemperature == 0.7)

        let wrongKind = try #require(throws: CLIError.self) { try sandbox.resolve(["JOBHUNT_GENERATOR_KIND": "gpt"]) }
        #expect(wrongKind.problem.contains("'gpt' is not one of builtin, llm"))
        let wrongTemperature = try #require(throws: CLIError.self) {
            try sandbox.resolve(["JOBHUNT_LLM_TEMPERATURE": "3"])
        }
        #expect(wrongTemperature.problem.contains("'3' is not a number from 0 to 2"))
    }

    @Test("config set writes a whole number as a TOML integer and warns that the key is a secret")
    func configSet() throws {
        let sandbox = try ConfigSandbox()
        _ = try sandbox.run(["config", "set"], positionals: ["KEY": "llm.timeout_seconds", "VALUE": "90"])
        let keyOutput = try sandbox.run(
            ["config", "set"], positionals: ["KEY": "llm.api_key", "VALUE": "sk-in-a-file"])
        let text = try String(contentsOf: sandbox.defaultConfigFile, encoding: .utf8)
        #expect(text.contains("timeout_seconds = 90\n"))
        #expect(!keyOutput.stdout.contains("sk-in-a-file") && !keyOutput.stderr.contains("sk-in-a-file"))
        #expect(keyOutput.stderr.contains("JOBHUNT_LLM_API_KEY"))
    }
}
