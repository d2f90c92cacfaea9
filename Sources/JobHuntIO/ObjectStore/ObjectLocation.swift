// The URL form the database stores for an object: `s3://bucket/key` or `file:///path`.
import Foundation

/// Where an object lives, independent of any store instance.
///
/// S3 keys are written raw after the bucket, as the AWS CLI writes them
/// (`s3://jobs/users/…/my cv.pdf`), so any key round-trips: a bucket name never holds `/`.
/// File paths are percent-encoded as `file://` URLs.
public enum ObjectLocation: Sendable, Equatable, CustomStringConvertible {
    case s3(bucket: String, key: String)
    case file(path: String)

    /// Parses `s3://bucket/key` or `file:///absolute/path`.
    public init(parsing text: String) throws(ObjectStoreError) {
        if text.hasPrefix("s3://") {
            let rest = text.dropFirst("s3://".count)
            guard let slash = rest.firstIndex(of: "/"), slash != rest.startIndex,
                rest.index(after: slash) != rest.endIndex
            else { throw .invalidLocation(text) }
            self = .s3(bucket: String(rest[..<slash]), key: String(rest[rest.index(after: slash)...]))
        } else if text.hasPrefix("file://"), let url = URL(string: text), url.isFileURL, url.path.hasPrefix("/"),
            (url.host ?? "").isEmpty || url.host == "localhost"
        {
            self = .file(path: url.path)
        } else {
            throw .invalidLocation(text)
        }
    }

    public var description: String {
        switch self {
        case .s3(let bucket, let key): return "s3://\(bucket)/\(key)"
        case .file(let path): return URL(fileURLWithPath: path).absoluteString
        }
    }
}
