// The object storage layer's one error type, in the seam's words whichever store failed.
import Foundation
public import JobHuntErrors

/// Every failure of an ``ObjectStore``. Messages name keys and buckets but never
/// credentials: secrets are not part of any case.
public enum ObjectStoreError: Error, Equatable, Sendable {
    case notFound(key: String)
    case noSuchBucket(bucket: String)
    /// The credentials are valid but may not do this (or the key id is unknown).
    case accessDenied(detail: String)
    /// The server computed a different signature: usually a wrong secret key.
    case signatureMismatch
    /// The session token of temporary credentials is malformed or has expired.
    case invalidSessionToken
    /// The bucket lives in another region than the one requests are signed for.
    case wrongRegion(configured: String, actual: String?)
    /// The request's time is too far from the server's (S3 allows 15 minutes).
    case clockSkew
    case invalidKey(String, reason: String)
    case invalidMetadata(name: String, reason: String)
    case invalidLocation(String)
    /// Bytes read back do not match what was written.
    case integrity(key: String, detail: String)
    /// The request never got an answer (connection refused, timeout…), after retries.
    case transport(detail: String, attempts: Int)
    /// The server kept answering with a retryable status (5xx, 429, SlowDown).
    case unavailable(status: Int, code: String?, attempts: Int)
    /// Any other answer from the server.
    case service(status: Int, code: String?, message: String)
    /// A local file or directory could not be read or written.
    case localIO(path: String, reason: String)
    case invalidConfiguration(String)
}

extension ObjectStoreError: DescribedError {
    public var problem: String {
        switch self {
        case .notFound(let key): return "no stored object has the key \(quoted(key))"
        case .noSuchBucket(let bucket): return "the bucket \(quoted(bucket)) does not exist"
        case .accessDenied(let detail): return "object storage refused access: \(detail)"
        case .signatureMismatch: return "object storage rejected the request signature"
        case .invalidSessionToken: return "object storage rejected the session token as invalid or expired"
        case .wrongRegion(let configured, let actual):
            return "the bucket is not in region \(configured)\(actual.map { " but in \($0)" } ?? "")"
        case .clockSkew: return "object storage rejected the request because this machine's clock is off"
        case .invalidKey(let key, let reason): return "cannot use object key \(quoted(key)): \(reason)"
        case .invalidMetadata(let name, let reason): return "cannot use metadata \(quoted(name)): \(reason)"
        case .invalidLocation(let text): return "\(quoted(text)) is not an s3:// or file:// object location"
        case .integrity(let key, let detail): return "object \(quoted(key)) failed its integrity check: \(detail)"
        case .transport(let detail, let attempts):
            return "could not reach object storage after \(attempts) attempt\(attempts == 1 ? "" : "s"): \(detail)"
        case .unavailable(let status, let code, let attempts):
            return "object storage kept answering \(status)\(code.map { " \($0)" } ?? "") (\(attempts) attempts)"
        case .service(let status, let code, let message):
            return
                "object storage answered \(status)\(code.map { " \($0)" } ?? "")\(message.isEmpty ? "" : ": \(message)")"
        case .localIO(let path, let reason): return "cannot use \(path): \(reason)"
        case .invalidConfiguration(let detail): return "invalid object storage settings: \(detail)"
        }
    }

    public var remedy: Remedy? {
        switch self {
        case .notFound: return "check the key, or whether the object was deleted"
        case .noSuchBucket: return "create the bucket, or fix JOBHUNT_S3_BUCKET and JOBHUNT_S3_REGION"
        case .accessDenied:
            return
                "check the access key id and that its policy allows s3:GetObject, PutObject, DeleteObject and ListBucket"
        case .signatureMismatch:
            return "check the secret access key (AWS_SECRET_ACCESS_KEY or JOBHUNT_S3_SECRET_ACCESS_KEY) and the region"
        case .wrongRegion(_, let actual):
            return "set JOBHUNT_S3_REGION (or AWS_REGION) to \(actual ?? "the bucket's region")"
        case .invalidSessionToken:
            return "get fresh temporary credentials (AWS_SESSION_TOKEN with its key pair), or unset the token"
        case .clockSkew: return "set the system clock right (e.g. enable NTP) and try again"
        case .invalidKey: return "use a key without empty, `.` or `..` segments, a leading `/`, or NUL bytes"
        case .invalidMetadata: return "use lower-case ASCII names and printable ASCII values"
        case .invalidLocation: return "use s3://bucket/key or file:///absolute/path"
        case .integrity: return "upload the object again; if it persists, check the disk or the network"
        case .transport: return "check JOBHUNT_S3_ENDPOINT and the network, then try again"
        case .unavailable: return "the service is overloaded or down; try again later"
        case .service: return "see the server's message; check the bucket, region and endpoint settings"
        case .localIO: return "check that the directory exists and that you may write to it"
        case .invalidConfiguration: return "fix the setting named in the message"
        }
    }

    private func quoted(_ text: String) -> String { "'\(text)'" }
}
