// S3-only behaviour against the real server (moto with signature checking on): bad credentials,
// missing buckets, and presigned URLs fetched with the system's curl.
import Foundation
import JobHuntIO
import JobHuntTesting
import Testing

@Suite("S3 store against the S3 server")
struct S3ObjectStoreServerTests {
    @Test(
        "a wrong secret is reported as a signature mismatch, without the secret",
        arguments: [S3ObjectStore.Configuration.Signing.libcurl, .builtIn])
    func wrongSecret(signing: S3ObjectStore.Configuration.Signing) throws {
        var configuration = try StoreUnderTest.s3Configuration(signing: signing)
        configuration.credentials.secretAccessKey = "not-the-secret-\(UUID().uuidString)"
        let store = try S3ObjectStore(configuration: configuration)
        let error = objectStoreError { try store.put(Data("x".utf8), key: "t-wrong-secret/x") }
        #expect(error == .signatureMismatch)
        let text = [error?.errorDescription, error?.recoverySuggestion].compactMap { $0 }.joined()
        #expect(text.contains("secret access key"))
        #expect(!text.contains(configuration.credentials.secretAccessKey))
    }

    @Test("an unknown access key is refused clearly")
    func unknownAccessKey() throws {
        var configuration = try StoreUnderTest.s3Configuration()
        configuration.credentials.accessKeyID = "AKIAUNKNOWNKEY000000"
        let store = try S3ObjectStore(configuration: configuration)
        let error = objectStoreError { _ = try store.head(key: "t-unknown-key/x") }
        guard case .accessDenied = error else {
            Issue.record("expected accessDenied, got \(String(describing: error))")
            return
        }
    }

    @Test("a missing bucket is named in the error")
    func missingBucket() throws {
        var configuration = try StoreUnderTest.s3Configuration()
        configuration.bucket = "jobhunt-no-such-bucket-\(UUID().uuidString.prefix(8).lowercased())"
        let store = try S3ObjectStore(configuration: configuration)
        let error = objectStoreError { _ = try store.list(prefix: "") }
        #expect(error == .noSuchBucket(bucket: configuration.bucket))
    }

    /// moto cannot check presigned URLs with auth on (see Tests/Support/presigned_gateway.py), so
    /// the URL goes to a gateway that checks it with botocore and then reads the object from moto.
    @Test("a presigned URL works with plain curl and stops working once expired")
    func presignedURLWithCurl() throws {
        let subject = try StoreUnderTest(.s3SignedByLibcurl)
        let key = subject.key("shared/cover letter ü+&=%.txt")
        let data = Data("presigned content".utf8)
        try subject.store.put(data, key: key, options: PutOptions(contentType: "text/plain"))
        let gateway = try PresignedGateway(settings: try TestServices.s3)
        var configuration = try StoreUnderTest.s3Configuration()
        configuration.endpoint = gateway.endpoint

        let fresh = try S3ObjectStore(configuration: configuration).presignedURL(key: key, expiresIn: .seconds(60))
        let fetched = try runCurl(fresh)
        #expect(fetched.status == 0)
        #expect(fetched.output == data)

        // Signed two minutes ago for one minute: expired now, with no waiting in the test.
        let past = Date().addingTimeInterval(-120)
        let expired = try S3ObjectStore(
            configuration: configuration, environment: S3ObjectStore.Environment(now: { past })
        )
        .presignedURL(key: key, expiresIn: .seconds(60))
        #expect(try runCurl(expired).status == 22, "curl --fail exits 22 on an HTTP error status")

        var wrongSecret = configuration
        wrongSecret.credentials.secretAccessKey = "wrong"
        let forged = try S3ObjectStore(configuration: wrongSecret).presignedURL(key: key, expiresIn: .seconds(60))
        #expect(try runCurl(forged).status == 22)
    }

    /// Runs `/usr/bin/curl --silent --fail --noproxy '*' URL` (loopback needs no proxy) and returns
    /// its exit status and stdout.
    private func runCurl(_ url: URL) throws -> (status: Int32, output: Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = ["--silent", "--fail", "--noproxy", "*", "--max-time", "20", url.absoluteString]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = try pipe.fileHandleForReading.readToEndRetryingInterrupts()
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }
}
