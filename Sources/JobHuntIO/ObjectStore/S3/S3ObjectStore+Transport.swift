// Signs and sends S3 operations, retries what is worth retrying, and maps S3's errors into ObjectStoreError.
import Foundation

extension S3ObjectStore {
    /// Sends `operation` until it succeeds, fails for good, or runs out of attempts.
    func send(_ operation: S3Operation) throws(ObjectStoreError) -> HTTPResponse {
        let policy = configuration.retry
        var attempt = 0
        while true {
            attempt += 1
            let response: HTTPResponse
            do {
                response = try client.perform(request(for: operation))
            } catch {
                guard error.isTransient, attempt < policy.maxAttempts else {
                    throw .transport(detail: error.errorDescription ?? "\(error)", attempts: attempt)
                }
                environment.sleep(policy.delay(beforeRetry: attempt, random: environment.random()))
                continue
            }
            if response.isSuccess { return response }
            let document = S3ErrorDocument(response.body)
            if isRetryable(status: response.status, code: document?.code) {
                guard attempt < policy.maxAttempts else {
                    throw .unavailable(status: response.status, code: document?.code, attempts: attempt)
                }
                environment.sleep(policy.delay(beforeRetry: attempt, random: environment.random()))
                continue
            }
            throw error(
                status: response.status, document: document, key: operation.key,
                bucketRegion: response.header("x-amz-bucket-region"))
        }
    }

    func isRetryable(status: Int, code: String?) -> Bool {
        status >= 500 || status == 429 || code == "SlowDown" || code == "RequestTimeout"
    }

    /// `bucketRegion` is S3's `x-amz-bucket-region` header, sent with wrong-region answers.
    func error(status: Int, document: S3ErrorDocument?, key: String?, bucketRegion: String? = nil) -> ObjectStoreError {
        if let bucketRegion, bucketRegion != configuration.region, [301, 400].contains(status) {
            return .wrongRegion(configured: configuration.region, actual: bucketRegion)
        }
        switch document?.code {
        case "NoSuchKey": return .notFound(key: key ?? "")
        case "NoSuchBucket": return .noSuchBucket(bucket: configuration.bucket)
        case "AccessDenied", "AllAccessDisabled": return .accessDenied(detail: document?.message ?? "access denied")
        case "InvalidAccessKeyId":
            return .accessDenied(detail: "the access key id \(configuration.credentials.accessKeyID) is not known")
        case "SignatureDoesNotMatch": return .signatureMismatch
        case "RequestTimeTooSkewed": return .clockSkew
        case "InvalidToken", "ExpiredToken", "TokenRefreshRequired": return .invalidSessionToken
        case "PermanentRedirect", "AuthorizationHeaderMalformed":
            return .wrongRegion(configured: configuration.region, actual: nil)
        case "BadDigest", "InvalidDigest", "XAmzContentSHA256Mismatch":
            return .integrity(key: key ?? "", detail: "the server received different bytes than were sent")
        case let code?:
            return .service(status: status, code: code, message: document?.message ?? "")
        case nil:
            // HEAD answers carry no body, so the status is all there is.
            switch status {
            case 404: return key.map { .notFound(key: $0) } ?? .noSuchBucket(bucket: configuration.bucket)
            case 403: return .accessDenied(detail: "the server answered 403 Forbidden")
            default: return .service(status: status, code: nil, message: "")
            }
        }
    }

    /// Builds the HTTP request, signed by libcurl where it can be and by us where it cannot.
    func request(for operation: S3Operation) -> HTTPRequest {
        var headers = operation.headers
        // libcurl 7.88.1 sends no x-amz-content-sha256 for s3 and signs every body as empty;
        // S3 needs the header and signs with its value, so we send the real hash.
        headers.append(("x-amz-content-sha256", operation.payloadHash))
        // libcurl 7.88.1 has no option for a session token; sent as a plain header it is
        // signed like any other (checked against moto with STS AssumeRole credentials).
        if let token = configuration.credentials.sessionToken {
            headers.append(("X-Amz-Security-Token", token))
        }
        let query = SigV4Encoding.canonicalQuery(operation.query)
        var request = HTTPRequest(
            method: operation.method,
            url: "\(scheme)://\(authority)\(operation.path)\(query.isEmpty ? "" : "?" + query)",
            headers: headers, body: operation.body, destination: operation.destination,
            connectTimeout: configuration.connectTimeout, timeout: configuration.requestTimeout,
            // Keys may hold `./` and `../` segments, which libcurl would otherwise squash.
            pathAsIs: true, stallTimeout: configuration.stallTimeout)
        if mustSignOurselves(headers) {
            headers.append(("Host", authority))
            let signable = SigV4Request(
                method: operation.method, path: operation.path, query: operation.query, headers: headers,
                payloadHash: operation.payloadHash)
            request.headers = headers + signer.headersToAdd(for: signable, at: environment.now())
        } else {
            let credentials = configuration.credentials
            request.authentication = .awsSigV4(
                provider: "aws:amz:\(configuration.region):s3", accessKeyID: credentials.accessKeyID,
                secretAccessKey: credentials.secretAccessKey)
        }
        return request
    }

    /// Whether libcurl's signer cannot be trusted with this request; each reason says why.
    func mustSignOurselves(_ headers: [(name: String, value: String)]) -> Bool {
        if configuration.signing == .builtIn { return true }
        // libcurl 7.88.1 sorts header names that prefix one another wrongly (it compares
        // "name:value" strings, so `x-amz-meta-a-b` lands before `x-amz-meta-a`), and S3
        // then computes a different signature.
        let names = headers.map { $0.name.lowercased() }
        return names.contains { name in names.contains { $0 != name && $0.hasPrefix(name) } }
    }
}
