// Which object store a deployment uses: the S3 bucket when `s3.bucket` is set,
// otherwise a folder under the data directory.
import Foundation
package import JobHuntIO

extension Services {
    /// The configured object store; built on each call (it holds no connection).
    package func objectStore() throws -> any ObjectStore {
        guard let s3 = configuration.s3 else {
            return try LocalDirectoryStore(root: configuration.filesDirectory)
        }
        guard let accessKeyID = s3.accessKeyID, let secret = s3.secretAccessKey else {
            throw ObjectStoreError.invalidConfiguration(
                "S3 credentials are missing for bucket \(s3.bucket): set s3.access_key_id and s3.secret_access_key, "
                    + "or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY")
        }
        var endpoint: URL?
        if let text = s3.endpoint {
            guard let url = URL(string: text), url.scheme == "http" || url.scheme == "https", url.host != nil else {
                throw ObjectStoreError.invalidConfiguration("s3.endpoint '\(text)' is not an http(s) URL")
            }
            endpoint = url
        }
        var settings = S3ObjectStore.Configuration(
            bucket: s3.bucket, region: s3.region, endpoint: endpoint,
            addressing: s3.pathStyle ? .pathStyle : .virtualHosted,
            credentials: SigV4Credentials(
                accessKeyID: accessKeyID, secretAccessKey: secret, sessionToken: s3.sessionToken))
        if let stall = s3.stallSeconds { settings.stallTimeout = .seconds(stall) }
        return try S3ObjectStore(configuration: settings)
    }
}
