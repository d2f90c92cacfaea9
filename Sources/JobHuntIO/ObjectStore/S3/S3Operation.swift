// One S3 API call before signing: method, path, query, headers, body, and where the answer goes.
import Foundation

struct S3Operation {
    var method: String
    var path: String
    var query: [(name: String, value: String)] = []
    var headers: [(name: String, value: String)] = []
    var body: HTTPBody = .empty
    /// Hex SHA-256 of the body; sent as `x-amz-content-sha256` and signed.
    var payloadHash: String = SigV4Signer.emptyPayloadHash
    var destination: HTTPResponseDestination = .memory
    /// The object the call is about, for "not found" messages.
    var key: String?
}
