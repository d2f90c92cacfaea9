// The S3 store against a scripted loopback server: retries with backoff, error documents, integrity,
// and multipart aborts — faults the real server will not produce on demand.
import Foundation
import JobHuntIO
import JobHuntTesting
import Testing

/// Records the store's sleeps instead of sleeping.
final class SleepRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [Duration] = []
    var sleeps: [Duration] { lock.withLock { recorded } }
    func sleep(_ duration: Duration) { lock.withLock { recorded.append(duration) } }
}

private func errorDocument(_ code: String, _ message: String) -> String {
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>\(code)</Code><Message>\(message)</Message></Error>"
}

@Suite("S3 store faults on a scripted server")
struct S3FaultTests {
    let sleeper = SleepRecorder()

    func store(_ server: LoopbackHTTPServer, attempts: Int = 4, multipartThreshold: Int = 16 << 20) throws
        -> S3ObjectStore
    {
        let configuration = S3ObjectStore.Configuration(
            bucket: "bucket", region: "eu-west-1", endpoint: server.baseURL, addressing: .pathStyle,
            credentials: SigV4Credentials(accessKeyID: "AKIDEXAMPLE", secretAccessKey: "secret"),
            retry: RetryPolicy(maxAttempts: attempts, baseDelay: .milliseconds(100), maxDelay: .seconds(1)),
            multipartThreshold: multipartThreshold, partSize: S3ObjectStore.Configuration.minimumPartSize,
            requestTimeout: .milliseconds(500))
        let sleeper = self.sleeper
        return try S3ObjectStore(
            configuration: configuration,
            environment: S3ObjectStore.Environment(sleep: { sleeper.sleep($0) }, random: { 0.5 }))
    }

    @Test("503 is retried with exponential backoff, then reported clearly")
    func unavailableAfterRetries() throws {
        let server = try LoopbackHTTPServer(responses: [
            .text(503, errorDocument("ServiceUnavailable", "Please reduce your request rate."))
        ])
        let error = objectStoreError { _ = try store(server).get(key: "a.txt") }
        #expect(error == .unavailable(status: 503, code: "ServiceUnavailable", attempts: 4))
        #expect(server.requests.count == 4)
        // Half (the scripted jitter) of 100, 200, 400 ms.
        #expect(sleeper.sleeps == [.milliseconds(50), .milliseconds(100), .milliseconds(200)])
        #expect(error?.errorDescription == "object storage kept answering 503 ServiceUnavailable (4 attempts)")
    }

    @Test("a 503 or 429 SlowDown that clears up is invisible to the caller")
    func transientErrorsRecover() throws {
        let server = try LoopbackHTTPServer(responses: [
            .text(503, ""), .text(429, errorDocument("SlowDown", "Slow down")), .text(200, "finally"),
        ])
        let object = try store(server).get(key: "a.txt")
        #expect(object.data == Data("finally".utf8))
        #expect(server.requests.count == 3)
        #expect(sleeper.sleeps.count == 2)
    }

    @Test(
        "S3 error documents become the seam's errors, without retries",
        arguments: [
            (404, "NoSuchKey", ObjectStoreError.notFound(key: "a.txt")),
            (404, "NoSuchBucket", .noSuchBucket(bucket: "bucket")),
            (403, "SignatureDoesNotMatch", .signatureMismatch),
            (403, "RequestTimeTooSkewed", .clockSkew),
            (400, "ExpiredToken", .invalidSessionToken),
            (
                400, "XAmzContentSHA256Mismatch",
                .integrity(key: "a.txt", detail: "the server received different bytes than were sent")
            ),
            (400, "InvalidArgument", .service(status: 400, code: "InvalidArgument", message: "bad thing")),
        ])
    func errorDocuments(status: Int, code: String, expected: ObjectStoreError) throws {
        let server = try LoopbackHTTPServer(responses: [.text(status, errorDocument(code, "bad thing"))])
        #expect(objectStoreError { _ = try store(server).get(key: "a.txt") } == expected)
        #expect(server.requests.count == 1)
        #expect(sleeper.sleeps.isEmpty)
    }

    @Test("a bucket in another region is named with its real region")
    func wrongRegion() throws {
        let server = try LoopbackHTTPServer(responses: [
            .init(status: 301, headers: [("x-amz-bucket-region", "ap-south-1")]),
            .text(400, errorDocument("AuthorizationHeaderMalformed", "the region 'eu-west-1' is wrong")),
        ])
        let head = objectStoreError { _ = try store(server).head(key: "k") }
        #expect(head == .wrongRegion(configured: "eu-west-1", actual: "ap-south-1"))
        #expect(head?.recoverySuggestion == "set JOBHUNT_S3_REGION (or AWS_REGION) to ap-south-1")
        #expect(
            objectStoreError { _ = try store(server).get(key: "k") }
                == .wrongRegion(configured: "eu-west-1", actual: nil))
    }

    @Test("HEAD errors have no body, so the status decides")
    func headWithoutBody() throws {
        let server = try LoopbackHTTPServer(responses: [.init(status: 404)])
        #expect(objectStoreError { _ = try store(server).head(key: "gone") } == .notFound(key: "gone"))
    }

    @Test("a download whose bytes differ from the stored SHA-256 is refused")
    func downloadIntegrity() throws {
        let claimed = Hashing.hex(Hashing.sha256("the original"))
        let server = try LoopbackHTTPServer(responses: [
            .text(200, "tampered", headers: [("x-amz-meta-jobhunt-sha256", claimed)])
        ])
        let error = objectStoreError { _ = try store(server).get(key: "a.txt") }
        guard case .integrity(let key, _) = error else {
            Issue.record("expected an integrity error, got \(String(describing: error))")
            return
        }
        #expect(key == "a.txt")
        let files = try TemporaryDirectory()
        let toFile = objectStoreError { _ = try store(server).get(key: "a.txt", to: files.file("out")) }
        guard case .integrity = toFile else {
            Issue.record("expected an integrity error, got \(String(describing: toFile))")
            return
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: files.path).isEmpty)
    }

    @Test("uploads carry their SHA-256, are signed, and encode the key in the path")
    func uploadRequestShape() throws {
        let server = try LoopbackHTTPServer(responses: [.init(status: 200, headers: [("ETag", "\"e\"")])])
        let body = Data("hello".utf8)
        try store(server).put(body, key: "dir/my file+1.txt", options: PutOptions(contentType: "text/plain"))
        let request = try #require(server.requests.first)
        #expect(request.method == "PUT")
        #expect(request.target == "/bucket/dir/my%20file%2B1.txt")
        #expect(request.body == body)
        #expect(request.header("x-amz-content-sha256") == Hashing.hex(Hashing.sha256(body)))
        #expect(request.header("x-amz-meta-jobhunt-sha256") == Hashing.hex(Hashing.sha256(body)))
        let authorization = try #require(request.header("Authorization"))
        #expect(authorization.hasPrefix("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"))
        #expect(authorization.contains("/eu-west-1/s3/aws4_request"))
        #expect(authorization.contains("x-amz-content-sha256"))
    }

    /// libcurl 7.88.1 has no session-token option; the store sends the token as a header.
    /// Whichever signer is used, the recorded request must carry the token and a signature
    /// over it that SigV4Signer recomputes independently of libcurl.
    @Test(
        "temporary credentials send and sign X-Amz-Security-Token",
        arguments: [S3ObjectStore.Configuration.Signing.libcurl, .builtIn])
    func sessionToken(signing: S3ObjectStore.Configuration.Signing) throws {
        let server = try LoopbackHTTPServer(responses: [.init(status: 200, headers: [("Content-Length", "0")])])
        var configuration = try store(server).configuration
        configuration.credentials.sessionToken = "FQoGZXIvYXdzEXAMPLETOKEN//+="
        configuration.signing = signing
        _ = try S3ObjectStore(configuration: configuration).head(key: "k")
        let request = try #require(server.requests.first)
        #expect(request.header("X-Amz-Security-Token") == "FQoGZXIvYXdzEXAMPLETOKEN//+=")
        let authorization = try #require(request.header("Authorization"))
        #expect(authorization.contains("x-amz-security-token"))

        let date = try #require(request.header("X-Amz-Date"))
        let signedNames = try #require(
            authorization.split(separator: "SignedHeaders=").last?.split(separator: ",").first
        )
        .split(separator: ";").map(String.init)
        let signer = SigV4Signer(credentials: configuration.credentials, region: "eu-west-1", service: "s3")
        let recomputed = signer.authorization(
            for: SigV4Request(
                method: request.method, path: request.target,
                headers: signedNames.map { ($0, request.header($0) ?? "") },
                payloadHash: SigV4Signer.emptyPayloadHash),
            at: try #require(Self.parseTimestamp(date)))
        #expect(recomputed == authorization)
    }

    static func parseTimestamp(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.date(from: text)
    }

    @Test("a failed multipart upload is aborted")
    func multipartAbort() throws {
        let server = try LoopbackHTTPServer(responses: [
            .text(
                200,
                "<InitiateMultipartUploadResult><Bucket>bucket</Bucket><Key>big</Key><UploadId>UP-1</UploadId></InitiateMultipartUploadResult>"
            ),
            .text(400, errorDocument("InvalidPart", "part rejected")),
            .init(status: 204),
        ])
        let data = Data(count: S3ObjectStore.Configuration.minimumPartSize + 10)
        let error = objectStoreError {
            _ = try store(server, multipartThreshold: S3ObjectStore.Configuration.minimumPartSize).put(data, key: "big")
        }
        #expect(error == .service(status: 400, code: "InvalidPart", message: "part rejected"))
        #expect(server.requests.map(\.method) == ["POST", "PUT", "DELETE"])
        #expect(server.requests.first?.target == "/bucket/big?uploads=")
        #expect(server.requests.last?.target == "/bucket/big?uploadId=UP-1")
    }

    @Test("timeouts are retried, then reported as a transport failure")
    func timeouts() throws {
        let server = try LoopbackHTTPServer(responses: [.init(status: 200, delay: .seconds(2))])
        let error = objectStoreError { _ = try store(server, attempts: 2).head(key: "slow") }
        guard case .transport(let detail, let attempts) = error else {
            Issue.record("expected a transport error, got \(String(describing: error))")
            return
        }
        #expect(attempts == 2)
        #expect(detail.contains("timed out"))
        #expect(sleeper.sleeps.count == 1)
    }

    @Test("a server that is not there is a transport failure after retries")
    func connectionRefused() throws {
        let server = try LoopbackHTTPServer(responses: [.init(status: 200)])
        let store = try store(server, attempts: 3)
        server.stop()
        let error = objectStoreError { _ = try store.head(key: "x") }
        guard case .transport(_, let attempts) = error else {
            Issue.record("expected a transport error, got \(String(describing: error))")
            return
        }
        #expect(attempts == 3)
        #expect(error?.recoverySuggestion?.contains("JOBHUNT_S3_ENDPOINT") == true)
    }
}
