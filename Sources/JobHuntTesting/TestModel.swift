// Where tests find the all-MiniLM-L6-v2 model files and the reference
// fixtures (Tests/Fixtures/minilm). A test that needs them fails (never skips)
// when they are missing; for the model, the message names the script that installs it.
import Foundation

/// The embedding model and its reference outputs, for tests.
///
/// The model is installed by `scripts/setup.d/50-model.sh` into
/// `${JOBHUNT_TOOLS_DIR:-/opt/jobhunt-tools}/models/all-MiniLM-L6-v2`;
/// `JOBHUNT_TEST_MODEL_DIR` points elsewhere.
package enum TestModel {
    package struct Missing: Error, CustomStringConvertible {
        package let description: String
        package init(description: String) { self.description = description }
    }

    /// The model directory; throws when config.json, vocab.txt or model.safetensors is absent.
    package static func directory() throws -> URL {
        let environment = ProcessInfo.processInfo.environment
        let path =
            environment["JOBHUNT_TEST_MODEL_DIR"].flatMap { $0.isEmpty ? nil : $0 }
            ?? "\(environment["JOBHUNT_TOOLS_DIR"] ?? "/opt/jobhunt-tools")/models/all-MiniLM-L6-v2"
        let url = URL(fileURLWithPath: path, isDirectory: true)
        for name in ["config.json", "vocab.txt", "model.safetensors"]
        where !FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path) {
            throw Missing(
                description: "model file \(name) not found in \(path) (run `scripts/setup.d/50-model.sh`, "
                    + "or set JOBHUNT_TEST_MODEL_DIR)")
        }
        return url
    }

    /// Tests/Fixtures/minilm; throws when its `public.jsonl` is absent.
    package static func fixturesDirectory() throws -> URL {
        let folder = RepositoryFiles.fixture("minilm")
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("public.jsonl").path) else {
            throw Missing(
                description: "\(folder.path)/public.jsonl not found (it is committed: is the checkout whole?)")
        }
        return folder
    }
}
