// Where tests find the all-MiniLM-L6-v2 model files and the reference
// fixtures. A test that needs them fails (never skips) when they are missing,
// with a message naming the script that installs them.
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

    /// `shared/fixtures/minilm`: `JOBHUNT_FIXTURES_DIR`, else a `shared/fixtures`
    /// beside the checkout or one of its parents.
    package static func fixturesDirectory(filePath: String = #filePath) throws -> URL {
        if let path = ProcessInfo.processInfo.environment["JOBHUNT_FIXTURES_DIR"], !path.isEmpty {
            return URL(fileURLWithPath: path).appendingPathComponent("minilm")
        }
        var folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("shared/fixtures/minilm")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("public.jsonl").path) {
                return candidate
            }
            folder.deleteLastPathComponent()
        }
        throw Missing(
            description: "fixtures/minilm not found beside the checkout (set JOBHUNT_FIXTURES_DIR to shared/fixtures)")
    }
}
