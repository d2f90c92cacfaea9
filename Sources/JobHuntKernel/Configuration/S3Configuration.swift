// The S3 (or S3-compatible) bucket that replaces the local file directory.
import Foundation

/// A bucket and the credentials to reach it.
///
/// Credentials are optional because a caller may get them another way later
/// (an instance role); the S3 client reports their absence when it needs them.
/// `description` masks the secret access key and the session token.
package struct S3Configuration: Sendable, Equatable {
    package var bucket: String
    /// `http(s)://host[:port]` of an S3-compatible server; nil means AWS itself.
    package var endpoint: String?
    package var region: String
    /// Address objects as `endpoint/bucket/key` instead of `bucket.endpoint/key`,
    /// which most self-hosted servers (MinIO, moto) need.
    package var pathStyle: Bool
    package var accessKeyID: String?
    package var secretAccessKey: String?
    package var sessionToken: String?
    /// Seconds without a byte moving before a request is abandoned and retried; nil: the client's default.
    package var stallSeconds: Int?

    package init(
        bucket: String,
        endpoint: String? = nil,
        region: String = "us-east-1",
        pathStyle: Bool = false,
        accessKeyID: String? = nil,
        secretAccessKey: String? = nil,
        sessionToken: String? = nil,
        stallSeconds: Int? = nil
    ) {
        self.bucket = bucket
        self.endpoint = endpoint
        self.region = region
        self.pathStyle = pathStyle
        self.accessKeyID = accessKeyID
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
        self.stallSeconds = stallSeconds
    }
}
