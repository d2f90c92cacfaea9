// The stores the conformance suite runs against, each built fresh for one test.
import Foundation
import JobHuntIO
import JobHuntTesting
import Testing

/// Every ObjectStore implementation, plus the S3 store with each of its signers.
enum StoreKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case local
    case s3SignedByLibcurl
    case s3SignedBuiltIn
    /// `bucket.localhost:port`: libcurl resolves any `*.localhost` name to loopback itself.
    case s3VirtualHosted

    var testDescription: String { rawValue }
    var isS3: Bool { self != .local }
}

/// A store plus the key prefix this test owns; S3 tests share one bucket, so each test
/// works under its own random prefix (`t-<uuid>/`).
struct StoreUnderTest {
    let store: any ObjectStore
    let prefix: String
    let kind: StoreKind
    /// Keeps the local store's directory alive for the test's duration.
    let directory: TemporaryDirectory?

    init(_ kind: StoreKind, multipartThreshold: Int = 16 * 1024 * 1024, credentials: SigV4Credentials? = nil) throws {
        self.kind = kind
        prefix = "t-\(UUID().uuidString.lowercased())/"
        switch kind {
        case .local:
            let directory = try TemporaryDirectory()
            self.directory = directory
            store = try LocalDirectoryStore(root: directory.url.appendingPathComponent("objects-root"))
        case .s3SignedByLibcurl, .s3SignedBuiltIn, .s3VirtualHosted:
            directory = nil
            var configuration = try Self.s3Configuration(
                signing: kind == .s3SignedBuiltIn ? .builtIn : .libcurl, multipartThreshold: multipartThreshold,
                credentials: credentials)
            if kind == .s3VirtualHosted, let endpoint = configuration.endpoint,
                var parts = URLComponents(url: endpoint, resolvingAgainstBaseURL: false)
            {
                parts.host = "localhost"
                configuration.endpoint = parts.url
                configuration.addressing = .virtualHosted
            }
            store = try S3ObjectStore(configuration: configuration)
        }
    }

    /// Settings for the real S3 server (moto, signature checking on) from `TestServices`.
    static func s3Configuration(
        signing: S3ObjectStore.Configuration.Signing = .libcurl, multipartThreshold: Int = 16 * 1024 * 1024,
        credentials: SigV4Credentials? = nil
    ) throws -> S3ObjectStore.Configuration {
        let settings = try TestServices.s3
        return S3ObjectStore.Configuration(
            bucket: settings.bucket, region: settings.region, endpoint: URL(string: settings.endpoint),
            addressing: .pathStyle,
            credentials: credentials
                ?? SigV4Credentials(accessKeyID: settings.accessKeyID, secretAccessKey: settings.secretAccessKey),
            signing: signing, retry: RetryPolicy(maxAttempts: 2, baseDelay: .milliseconds(10)),
            multipartThreshold: multipartThreshold, partSize: S3ObjectStore.Configuration.minimumPartSize)
    }

    func key(_ name: String) -> String { prefix + name }
}

/// Deterministic pseudo-random bytes, so a failure reproduces.
func testBytes(_ count: Int, seed: UInt64 = 42) -> Data {
    var state = seed
    var bytes = [UInt8](repeating: 0, count: count)
    for index in bytes.indices {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        bytes[index] = UInt8(truncatingIfNeeded: state >> 33)
    }
    return Data(bytes)
}

/// The error a throwing call raised, as an ObjectStoreError, for `#expect(… == .notFound…)`.
func objectStoreError(_ body: () throws -> Void) -> ObjectStoreError? {
    do {
        try body()
        return nil
    } catch let error as ObjectStoreError {
        return error
    } catch {
        return nil
    }
}
