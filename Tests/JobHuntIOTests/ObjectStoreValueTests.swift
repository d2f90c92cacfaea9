// Pure values of the object storage layer: locations, user keys, retry delays, digests, signer output.
import Foundation
import JobHuntIO
import Testing

@Suite("Object storage values")
struct ObjectStoreValueTests {
    @Test(
        "s3:// and file:// locations parse and print back",
        arguments: [
            "s3://bucket/users/1/my cv.pdf", "s3://b/a/../b?x#y",
            "file:///var/data/objects/users/x/r%C3%A9sum%C3%A9.pdf",
        ])
    func locationsRoundTrip(text: String) throws {
        #expect(try ObjectLocation(parsing: text).description == text)
    }

    @Test(
        "malformed locations are refused",
        arguments: [
            "s3://bucket", "s3:///key", "http://x/y", "file:relative", "file://otherhost/path", "",
        ])
    func badLocations(text: String) {
        #expect(throws: ObjectStoreError.invalidLocation(text)) { try ObjectLocation(parsing: text) }
    }

    @Test("user keys live under users/<uuid>/")
    func userKeys() throws {
        let id = try #require(UUID(uuidString: "0190A5B2-7C3D-7E4F-8A9B-0C1D2E3F4A5B"))
        #expect(ObjectKey.user(id, "resumes/cv.pdf") == "users/0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b/resumes/cv.pdf")
    }

    @Test("backoff doubles up to the cap, scaled by jitter")
    func backoff() {
        let policy = RetryPolicy(maxAttempts: 10, baseDelay: .milliseconds(100), maxDelay: .seconds(1))
        #expect(
            (1...6).map { policy.delay(beforeRetry: $0, random: 1) }.map { $0 / .milliseconds(1) } == [
                100, 200, 400, 800, 1000, 1000,
            ])
        #expect(policy.delay(beforeRetry: 3, random: 0) == .zero)
    }

    @Test("SHA-256 and HMAC-SHA256 match published vectors")
    func digests() {
        // FIPS 180-2 "abc" and RFC 4231 test case 2.
        #expect(
            Hashing.hex(Hashing.sha256("abc")) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            Hashing.hex(Hashing.hmacSHA256(key: Array("Jefe".utf8), message: "what do ya want for nothing?"))
                == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        var hasher = SHA256Hasher()
        hasher.update(Data("a".utf8))
        hasher.update(Data("bc".utf8))
        #expect(Hashing.hex(hasher.finalize()) == Hashing.hex(Hashing.sha256("abc")))
        #expect(Hashing.bytes(hex: "00ff10") == [0, 255, 16])
        #expect(Hashing.bytes(hex: "0g") == nil)
    }

    /// AWS's documented presigned-URL example (S3 API reference, "Authenticating Requests:
    /// Using Query Parameters"): GET /test.txt on examplebucket, 2013-05-24, 86400 s.
    @Test("presigned query signing reproduces AWS's documented example")
    func presignExample() {
        let signer = SigV4Signer(
            credentials: SigV4Credentials(
                accessKeyID: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
            region: "us-east-1", service: "s3")
        let query = signer.presignedQuery(
            method: "GET", path: "/test.txt", host: "examplebucket.s3.amazonaws.com",
            at: Date(timeIntervalSince1970: 1_369_353_600), expires: 86_400)
        #expect(query.last?.value == "aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404")
    }

    @Test("credentials never print their secrets")
    func redactedCredentials() {
        let credentials = SigV4Credentials(accessKeyID: "AKID", secretAccessKey: "s3cr3t", sessionToken: "t0k3n")
        let printed = "\(credentials) \(String(reflecting: credentials))"
        #expect(!printed.contains("s3cr3t") && !printed.contains("t0k3n"))
        #expect(printed.contains("AKID"))
    }
}
