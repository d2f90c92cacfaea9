// Runs Tests/Support/presigned_gateway.py: a loopback server that checks presigned URLs with botocore
// and serves the objects from the S3 test server (moto cannot check query-string signatures itself).
import Foundation
import JobHuntTesting

final class PresignedGateway {
    let process = Process()
    let port: Int

    var endpoint: URL { URL(string: "http://127.0.0.1:\(port)")! }

    /// The Python with boto3 that `scripts/services` uses for moto; `JOBHUNT_TEST_PYTHON` overrides it.
    static var python: String {
        TestServices.value("JOBHUNT_TEST_PYTHON") ?? "/opt/jobhunt-tools/venv/bin/python"
    }

    init(settings: TestServices.S3Settings, filePath: String = #filePath) throws {
        let script = URL(fileURLWithPath: filePath).deletingLastPathComponent()
            .appendingPathComponent("../Support/presigned_gateway.py").standardized
        process.executableURL = URL(fileURLWithPath: Self.python)
        process.arguments = [script.path]
        // Without proxy variables: its boto3 talks to moto on loopback directly.
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.lowercased().hasSuffix("_proxy") }
        environment["GATEWAY_UPSTREAM"] = settings.endpoint
        environment["GATEWAY_REGION"] = settings.region
        environment["GATEWAY_ACCESS_KEY_ID"] = settings.accessKeyID
        environment["GATEWAY_SECRET_ACCESS_KEY"] = settings.secretAccessKey
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        // Its stderr must not be the test runner's: a child holding that pipe open keeps
        // `swift test | …` waiting after the tests end.
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        // The script prints "PORT <n>" once it listens; read byte by byte up to the newline.
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data([10]) {
            line.append(byte)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("PORT "), let port = Int(text.dropFirst(5)) else {
            kill(process.processIdentifier, SIGKILL)
            throw GatewayError(
                description: "the presigned-URL gateway did not start (\(Self.python) \(script.path)): \(text)")
        }
        self.port = port
    }

    deinit {
        // SIGKILL, not terminate(): Foundation starts children with SIGTERM blocked, so a
        // Python server would ignore it and waitUntilExit would hang.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}

struct GatewayError: Error, CustomStringConvertible {
    let description: String
}
