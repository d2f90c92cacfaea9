// AWS Signature Version 4 for request headers: canonical request, string to sign, signing key, Authorization.
import Foundation

/// The parts of a request that SigV4 signs. `path` is as sent on the wire (already
/// percent-encoded); `query` holds decoded pairs, which the signer encodes itself.
public struct SigV4Request: Sendable {
    public var method: String
    public var path: String
    public var query: [(name: String, value: String)]
    public var headers: [(name: String, value: String)]
    /// Lower-case hex SHA-256 of the body, or `UNSIGNED-PAYLOAD`.
    public var payloadHash: String

    public init(
        method: String, path: String, query: [(name: String, value: String)] = [],
        headers: [(name: String, value: String)], payloadHash: String
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.payloadHash = payloadHash
    }
}

/// Signs requests for one region and service. Pure: the time is an argument, so tests
/// reproduce AWS's published vectors and presigned URLs can be made already expired.
///
/// ```swift
/// let signer = SigV4Signer(credentials: credentials, region: "eu-west-1", service: "s3")
/// let headers = signer.signedHeaders(for: request, at: Date())
/// ```
/// Spec: https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
public struct SigV4Signer: Sendable {
    public static let algorithm = "AWS4-HMAC-SHA256"
    public static let unsignedPayload = "UNSIGNED-PAYLOAD"
    public static let emptyPayloadHash = Hashing.hex(Hashing.sha256(Data()))

    public var credentials: SigV4Credentials
    public var region: String
    public var service: String

    public init(credentials: SigV4Credentials, region: String, service: String) {
        self.credentials = credentials
        self.region = region
        self.service = service
    }

    /// S3 signs paths exactly as sent; every other service normalises them first.
    var normalizesPath: Bool { service != "s3" }

    /// Header names lower-cased, values trimmed with inner runs of spaces squeezed, repeated
    /// names joined by commas, sorted by name. Returns the block and the `SignedHeaders` list.
    public func canonicalHeaders(_ headers: [(name: String, value: String)]) -> (block: String, names: String) {
        var merged: [String: [String]] = [:]
        for (name, value) in headers {
            let squeezed = value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
                .joined(separator: " ")
            merged[name.lowercased(), default: []].append(squeezed)
        }
        // Plain byte order of whole names: `x-amz-meta-a` sorts before `x-amz-meta-a-b`.
        let names = merged.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        let block = names.map { "\($0):\(merged[$0]!.joined(separator: ","))\n" }.joined()
        return (block, names.joined(separator: ";"))
    }

    public func canonicalRequest(_ request: SigV4Request) -> String {
        let headers = canonicalHeaders(request.headers)
        return [
            request.method,
            SigV4Encoding.canonicalPath(request.path, normalize: normalizesPath),
            SigV4Encoding.canonicalQuery(request.query),
            headers.block,
            headers.names,
            request.payloadHash,
        ].joined(separator: "\n")
    }

    public func scope(at date: Date) -> String {
        "\(SigV4Encoding.timestamp(date).prefix(8))/\(region)/\(service)/aws4_request"
    }

    public func stringToSign(canonicalRequest: String, at date: Date) -> String {
        [
            Self.algorithm, SigV4Encoding.timestamp(date), scope(at: date),
            Hashing.hex(Hashing.sha256(canonicalRequest)),
        ].joined(separator: "\n")
    }

    /// HMAC chain: "AWS4"+secret → date → region → service → "aws4_request".
    public func signingKey(at date: Date) -> [UInt8] {
        var key = Hashing.hmacSHA256(
            key: Array("AWS4\(credentials.secretAccessKey)".utf8),
            message: String(SigV4Encoding.timestamp(date).prefix(8)))
        for part in [region, service, "aws4_request"] {
            key = Hashing.hmacSHA256(key: key, message: part)
        }
        return key
    }

    public func signature(stringToSign: String, at date: Date) -> String {
        Hashing.hex(Hashing.hmacSHA256(key: signingKey(at: date), message: stringToSign))
    }

    /// The `Authorization` header value for a request whose headers already include
    /// `Host`, `X-Amz-Date` and anything else that must be signed.
    public func authorization(for request: SigV4Request, at date: Date) -> String {
        let canonical = canonicalRequest(request)
        let signature = signature(stringToSign: stringToSign(canonicalRequest: canonical, at: date), at: date)
        let names = canonicalHeaders(request.headers).names
        return "\(Self.algorithm) Credential=\(credentials.accessKeyID)/\(scope(at: date)), "
            + "SignedHeaders=\(names), Signature=\(signature)"
    }

    /// The headers to add to sign a request: `X-Amz-Date` and the session token (each unless
    /// present; the token is signed, as S3 requires) and `Authorization`.
    public func headersToAdd(for request: SigV4Request, at date: Date) -> [(name: String, value: String)] {
        var request = request
        var added: [(name: String, value: String)] = []
        if !request.headers.contains(where: { $0.name.lowercased() == "x-amz-date" }) {
            added.append(("X-Amz-Date", SigV4Encoding.timestamp(date)))
        }
        if let token = credentials.sessionToken,
            !request.headers.contains(where: { $0.name.lowercased() == "x-amz-security-token" })
        {
            added.append(("X-Amz-Security-Token", token))
        }
        request.headers += added
        added.append(("Authorization", authorization(for: request, at: date)))
        return added
    }
}
