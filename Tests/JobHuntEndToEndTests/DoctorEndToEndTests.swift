// `jobhunt doctor` against the embedded defaults and the real services: it
// must report what works, fail (exit 1) on what does not, and print no secret.
import Foundation
import JobHuntTesting
import Testing

@Suite("doctor, end to end")
struct DoctorEndToEndTests {
    static func checks(_ result: CommandResult) throws -> [String: (status: String, detail: String)] {
        let array = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: String]])
        return Dictionary(uniqueKeysWithValues: array.map { ($0["name"]!, ($0["status"]!, $0["detail"]!)) })
    }

    @Test("on the embedded defaults every check passes and the key file is created 0600")
    func embeddedDefaults() throws {
        let home = try TemporaryDirectory()
        _ = try CommandRunner.run(["migrate", "up"], environment: ["HOME": home.path])
        let result = try CommandRunner.run(
            ["doctor", "--json"], environment: ["HOME": home.path, "JOBHUNT_MODEL_DIR": try TestModel.directory().path])
        #expect(result.status == 0, "\(result.stderr)")
        let checks = try Self.checks(result)
        #expect(checks.values.allSatisfy { $0.status == "ok" }, "\(checks)")
        #expect(checks["embedding model"]?.detail.contains("loaded in") == true)
        #expect(checks["matrix kernels"]?.detail.contains("OpenBLAS") == true)
        #expect(checks["cache"]?.detail.hasPrefix("none configured") == true)
        let keyFolder = home.file(".config/jobhunt")
        let keyFiles = try FileManager.default.contentsOfDirectory(atPath: keyFolder.path).filter {
            !$0.hasSuffix(".lock")
        }
        #expect(!keyFiles.isEmpty)
        for name in keyFiles {
            let mode =
                try FileManager.default.attributesOfItem(atPath: keyFolder.appendingPathComponent(name).path)[
                    .posixPermissions] as? Int
            #expect(mode == 0o600, "\(name)")
        }
    }

    @Test("PostgreSQL, Redis and S3 all check out when configured")
    func realServices() throws {
        let s3 = try TestServices.s3
        let scratch = try ScratchDatabase(.postgres)
        let home = try TemporaryDirectory()
        let environment = [
            "HOME": home.path, "JOBHUNT_DATABASE_URL": scratch.url, "JOBHUNT_REDIS_URL": TestServices.redisURL,
            "JOBHUNT_S3_BUCKET": s3.bucket, "JOBHUNT_S3_ENDPOINT": s3.endpoint, "JOBHUNT_S3_REGION": s3.region,
            "JOBHUNT_S3_PATH_STYLE": "true", "AWS_ACCESS_KEY_ID": s3.accessKeyID,
            "AWS_SECRET_ACCESS_KEY": s3.secretAccessKey,
            "JOBHUNT_SECRET_KEY": Data(repeating: 7, count: 32).base64EncodedString(),
        ]
        #expect(try CommandRunner.run(["migrate", "up"], environment: environment).status == 0)
        let result = try CommandRunner.run(["doctor", "--json"], environment: environment)
        #expect(result.status == 0, "\(result.stdout) \(result.stderr)")
        let checks = try Self.checks(result)
        #expect(checks["database"]?.status == "ok")
        #expect(checks["database"]?.detail.contains("(postgres)") == true)
        #expect(checks["cache"]?.detail.contains("round-tripped") == true)
        #expect(checks["object store"]?.detail.hasPrefix("s3://\(s3.bucket)") == true)
        #expect(checks["encryption key"]?.detail.contains("from secret_key") == true)
        #expect(!result.stdout.contains(s3.secretAccessKey))
        #expect(!result.stdout.contains(try #require(URLComponents(string: scratch.url)?.password)))
    }

    @Test("a wrong S3 secret and an unreachable Redis fail the run with clear reasons")
    func failures() throws {
        let s3 = try TestServices.s3
        let home = try TemporaryDirectory()
        let result = try CommandRunner.run(
            ["doctor", "--json"],
            environment: [
                "HOME": home.path, "JOBHUNT_REDIS_URL": "redis://:RedisPassw0rd@127.0.0.1:1/0",
                "JOBHUNT_S3_BUCKET": s3.bucket, "JOBHUNT_S3_ENDPOINT": s3.endpoint, "JOBHUNT_S3_PATH_STYLE": "true",
                "AWS_ACCESS_KEY_ID": s3.accessKeyID, "AWS_SECRET_ACCESS_KEY": "WrongSecretValue123",
            ])
        #expect(result.status == 1)
        let checks = try Self.checks(result)
        #expect(checks["cache"]?.status == "failed")
        #expect(checks["cache"]?.detail.contains("127.0.0.1:1") == true)
        #expect(checks["object store"]?.status == "failed")
        #expect(checks["object store"]?.detail.contains("signature") == true)
        #expect(checks["encryption key"]?.status == "ok", "one failure does not stop the other checks")
        #expect(checks["embedding model"]?.status == "warning", "a missing model only warns: ranking falls back")
        for secret in ["WrongSecretValue123", "RedisPassw0rd"] {
            #expect(!result.stdout.contains(secret) && !result.stderr.contains(secret))
        }
    }
}
