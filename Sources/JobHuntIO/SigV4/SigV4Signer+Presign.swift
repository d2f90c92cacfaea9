// Query-string signing (presigned URLs): the credentials travel in the URL, valid until X-Amz-Expires.
import Foundation

extension SigV4Signer {
    /// The query parameters that make a presigned request, `X-Amz-Signature` last.
    ///
    /// Only `host` is signed and the payload is `UNSIGNED-PAYLOAD`, so anyone holding the
    /// URL can make exactly this request until `date + expires`. AWS caps `expires` at 7 days.
    /// https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html
    public func presignedQuery(
        method: String, path: String, query: [(name: String, value: String)] = [], host: String,
        at date: Date, expires: Int
    ) -> [(name: String, value: String)] {
        var parameters = query
        parameters.append(("X-Amz-Algorithm", Self.algorithm))
        parameters.append(("X-Amz-Credential", "\(credentials.accessKeyID)/\(scope(at: date))"))
        parameters.append(("X-Amz-Date", SigV4Encoding.timestamp(date)))
        parameters.append(("X-Amz-Expires", String(expires)))
        if let token = credentials.sessionToken {
            parameters.append(("X-Amz-Security-Token", token))
        }
        parameters.append(("X-Amz-SignedHeaders", "host"))
        let request = SigV4Request(
            method: method, path: path, query: parameters, headers: [("host", host)],
            payloadHash: Self.unsignedPayload)
        let canonical = canonicalRequest(request)
        parameters.append(
            ("X-Amz-Signature", signature(stringToSign: stringToSign(canonicalRequest: canonical, at: date), at: date)))
        return parameters
    }
}
