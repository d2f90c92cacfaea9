// The S3 store: any S3-compatible bucket over libcurl, addressed path-style or virtual-hosted.
import Foundation

/// Objects in an S3 bucket. See docs/storage.md for addressing, signing (and the libcurl
/// 7.88.1 workarounds), retries, integrity checks and multipart uploads.
///
/// ```swift
/// let store = try S3ObjectStore(configuration: S3ObjectStore.Configuration(
///     bucket: "jobhunt", region: "eu-west-1", credentials: credentials))
/// try store.put(pdf, key: ObjectKey.user(userID, "resumes/cv.pdf"), options: .init(contentType: "application/pdf"))
/// ```
public struct S3ObjectStore: ObjectStore {
    public let configuration: Configuration
    let environment: Environment
    let client = HTTPClient()
    /// `http` or `https`.
    let scheme: String
    /// Host and port as the endpoint gives them, before any bucket prefix.
    let endpointAuthority: String

    public init(configuration: Configuration, environment: Environment = Environment())
        throws(ObjectStoreError)
    {
        guard !configuration.bucket.isEmpty, !configuration.bucket.contains("/") else {
            throw .invalidConfiguration("the bucket name '\(configuration.bucket)' is empty or holds '/'")
        }
        guard configuration.partSize >= Configuration.minimumPartSize else {
            throw .invalidConfiguration("the multipart part size must be at least 5 MiB")
        }
        guard configuration.retry.maxAttempts >= 1 else {
            throw .invalidConfiguration("retries need at least one attempt")
        }
        let endpoint = configuration.endpoint ?? URL(string: "https://s3.\(configuration.region).amazonaws.com")!
        guard let scheme = endpoint.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = endpoint.host, !host.isEmpty
        else {
            throw .invalidConfiguration(
                "the S3 endpoint '\(endpoint.absoluteString)' is not an http(s) URL with a host")
        }
        self.configuration = configuration
        self.environment = environment
        self.scheme = scheme
        endpointAuthority = endpoint.port.map { "\(host):\($0)" } ?? host
    }

    /// The `Host` the request goes to.
    var authority: String {
        configuration.addressing == .pathStyle ? endpointAuthority : "\(configuration.bucket).\(endpointAuthority)"
    }

    /// The key percent-encoded segment by segment (RFC 3986, `/` kept). libcurl 7.88.1 does
    /// not encode paths for SigV4, so the path we send must already be its canonical form.
    func objectPath(_ key: String) -> String {
        bucketPath + "/" + SigV4Encoding.encode(key, keepSlash: true)
    }

    var bucketPath: String { configuration.addressing == .pathStyle ? "/\(configuration.bucket)" : "" }

    var signer: SigV4Signer {
        SigV4Signer(credentials: configuration.credentials, region: configuration.region, service: "s3")
    }

    public func location(of key: String) throws(ObjectStoreError) -> ObjectLocation {
        try ObjectKey.validate(key)
        return .s3(bucket: configuration.bucket, key: key)
    }

    /// Signed with ``SigV4Signer`` (libcurl signs only requests it sends); valid from now
    /// (`S3ObjectStore.Environment.now`) for `expiresIn`, which S3 caps at 7 days.
    public func presignedURL(key: String, expiresIn: Duration) throws(ObjectStoreError) -> URL {
        try ObjectKey.validate(key)
        let seconds = Int(expiresIn.components.seconds)
        guard (1...604_800).contains(seconds) else {
            throw .invalidConfiguration("a presigned URL must expire within 1 second to 7 days")
        }
        let path = objectPath(key)
        let query = signer.presignedQuery(
            method: "GET", path: path, host: authority, at: environment.now(), expires: seconds)
        let text = "\(scheme)://\(authority)\(path)?\(SigV4Encoding.canonicalQuery(query))"
        guard let url = URL(string: text) else { throw .invalidKey(key, reason: "it does not make a valid URL") }
        return url
    }
}
