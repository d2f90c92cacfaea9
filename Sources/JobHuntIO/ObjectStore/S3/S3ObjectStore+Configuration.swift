// Settings for an S3 bucket, handed in by the core (which maps its configuration onto them), and the retry policy.
import Foundation

extension S3ObjectStore {
    /// Nested (`S3ObjectStore.Configuration`) because JobHuntKernel has its own `S3Configuration`:
    /// the user's settings, which the kernel turns into this.
    public struct Configuration: Sendable {
        public enum Addressing: Sendable, Equatable {
            /// `https://endpoint/bucket/key`: what moto, MinIO and most S3-compatible servers want.
            case pathStyle
            /// `https://bucket.endpoint/key`: what AWS prefers (and requires for new buckets' DNS).
            case virtualHosted
        }

        /// Which signer authenticates ordinary requests.
        public enum Signing: Sendable, Equatable {
            /// libcurl's `CURLOPT_AWS_SIGV4`, with the workarounds in docs/storage.md; requests it
            /// cannot sign correctly still go through ``SigV4Signer``.
            case libcurl
            /// ``SigV4Signer`` for every request.
            case builtIn
        }

        public var bucket: String
        public var region: String
        /// `nil` means AWS: `https://s3.<region>.amazonaws.com`.
        public var endpoint: URL?
        public var addressing: Addressing
        public var credentials: SigV4Credentials
        public var signing: Signing
        public var retry: RetryPolicy
        /// Objects larger than this go up in parts.
        public var multipartThreshold: Int
        /// Bytes per part; S3 requires at least 5 MiB for every part but the last.
        public var partSize: Int
        public var connectTimeout: Duration
        /// For one request (one part, for multipart uploads).
        public var requestTimeout: Duration
        /// A request during which no byte moves for this long is abandoned and retried like
        /// a lost connection: a server that stalls costs seconds per attempt, not `requestTimeout`.
        public var stallTimeout: Duration

        public static let minimumPartSize = 5 * 1024 * 1024

        public init(
            bucket: String, region: String = "us-east-1", endpoint: URL? = nil, addressing: Addressing = .virtualHosted,
            credentials: SigV4Credentials, signing: Signing = .libcurl, retry: RetryPolicy = RetryPolicy(),
            multipartThreshold: Int = 16 * 1024 * 1024, partSize: Int = 8 * 1024 * 1024,
            connectTimeout: Duration = .seconds(10), requestTimeout: Duration = .seconds(300),
            stallTimeout: Duration = .seconds(30)
        ) {
            self.bucket = bucket
            self.region = region
            self.endpoint = endpoint
            self.addressing = addressing
            self.credentials = credentials
            self.signing = signing
            self.retry = retry
            self.multipartThreshold = multipartThreshold
            self.partSize = partSize
            self.connectTimeout = connectTimeout
            self.requestTimeout = requestTimeout
            self.stallTimeout = stallTimeout
        }
    }

    /// What the S3 store needs from the outside world, injectable so tests neither sleep nor
    /// depend on the wall clock.
    public struct Environment: Sendable {
        public var now: @Sendable () -> Date
        public var sleep: @Sendable (Duration) -> Void
        public var random: @Sendable () -> Double

        public init(
            now: @escaping @Sendable () -> Date = { Date() },
            sleep: @escaping @Sendable (Duration) -> Void = { duration in
                let (seconds, attoseconds) = duration.components
                Thread.sleep(forTimeInterval: Double(seconds) + Double(attoseconds) / 1e18)
            },
            random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }
        ) {
            self.now = now
            self.sleep = sleep
            self.random = random
        }
    }
}

/// Exponential backoff with full jitter
/// (https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/).
public struct RetryPolicy: Sendable, Equatable {
    /// Tries in all, the first included; 1 disables retries.
    public var maxAttempts: Int
    public var baseDelay: Duration
    public var maxDelay: Duration

    public init(maxAttempts: Int = 4, baseDelay: Duration = .milliseconds(200), maxDelay: Duration = .seconds(5)) {
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }

    /// The wait before retry number `retry` (1-based): uniform in 0…min(max, base·2^(retry-1)),
    /// `random` being a number in 0..<1.
    public func delay(beforeRetry retry: Int, random: Double) -> Duration {
        let ceiling = min(maxDelay, baseDelay * (1 << min(retry - 1, 30)))
        return ceiling * random
    }
}
