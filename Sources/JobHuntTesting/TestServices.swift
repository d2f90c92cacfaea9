// Where the test suite finds the real services started by `scripts/services up`:
// the process environment first, then the env file that script writes, then
// the script's fixed loopback defaults. A test that needs a service fails
// (never skips) when the service is not there.
import Foundation

/// Settings for the real PostgreSQL, Redis and S3 servers the tests use.
///
/// `scripts/services up` starts them on loopback, non-default ports and writes
/// `$JOBHUNT_SERVICES_DIR/env` (default `/tmp/jobhunt-services/env`);
/// `scripts/services env` prints the same lines as `export` statements.
package enum TestServices {
    /// PostgreSQL 18 with pgvector, as a libpq URL.
    package static var postgresURL: String {
        value("JOBHUNT_TEST_POSTGRES_URL") ?? "postgresql://jobhunt:jobhunt-test-password@127.0.0.1:54329/jobhunt"
    }

    /// Redis, as `redis://host:port/db`.
    package static var redisURL: String {
        value("JOBHUNT_TEST_REDIS_URL") ?? "redis://127.0.0.1:63799/0"
    }

    /// The S3-compatible server (moto with signature checking on).
    package static var s3: S3Settings {
        get throws {
            guard let key = value("JOBHUNT_TEST_S3_ACCESS_KEY_ID"),
                let secret = value("JOBHUNT_TEST_S3_SECRET_ACCESS_KEY")
            else {
                throw ServiceUnavailable(
                    "S3 test credentials are not set (run `scripts/services up`, which writes \(envFile.path))")
            }
            return S3Settings(
                endpoint: value("JOBHUNT_TEST_S3_ENDPOINT") ?? "http://127.0.0.1:59009",
                region: value("JOBHUNT_TEST_S3_REGION") ?? "us-east-1",
                bucket: value("JOBHUNT_TEST_S3_BUCKET") ?? "jobhunt-test",
                accessKeyID: key,
                secretAccessKey: secret)
        }
    }

    package struct S3Settings: Sendable {
        package var endpoint: String
        package var region: String
        package var bucket: String
        package var accessKeyID: String
        package var secretAccessKey: String
    }

    package struct ServiceUnavailable: Error, CustomStringConvertible {
        package let description: String
        package init(_ description: String) { self.description = description }
    }

    /// The folder `scripts/services` keeps its state in.
    package static var servicesDirectory: URL {
        URL(fileURLWithPath: ProcessInfo.processInfo.environment["JOBHUNT_SERVICES_DIR"] ?? "/tmp/jobhunt-services")
    }

    static var envFile: URL { servicesDirectory.appendingPathComponent("env") }

    /// A setting from the environment, else from the services env file.
    package static func value(_ name: String) -> String? {
        if let value = ProcessInfo.processInfo.environment[name], !value.isEmpty { return value }
        return fileValues[name]
    }

    private static var fileValues: [String: String] {
        guard let text = try? String(contentsOf: envFile, encoding: .utf8) else { return [:] }
        var values: [String: String] = [:]
        for line in text.split(separator: "\n") {
            var line = line.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("export ") { line.removeFirst("export ".count) }
            guard !line.hasPrefix("#"), let equals = line.firstIndex(of: "=") else { continue }
            var value = String(line[line.index(after: equals)...])
            if value.count >= 2, value.first == "'" || value.first == "\"", value.last == value.first {
                value = String(value.dropFirst().dropLast())
            }
            values[String(line[..<equals])] = value
        }
        return values
    }
}
