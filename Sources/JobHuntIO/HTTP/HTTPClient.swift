// Performs HTTPRequests with libcurl: one fresh easy handle per request, so it is safe from any thread.
internal import CCurl
import Foundation

/// A blocking HTTP client. Blocking is deliberate: jobhunt is a command-line tool whose
/// callers wait for each answer anyway, and libcurl's easy interface is blocking.
///
/// ```swift
/// let response = try HTTPClient().perform(HTTPRequest(method: "GET", url: "https://example.com/"))
/// ```
public struct HTTPClient: Sendable {
    public init() {}

    public func perform(_ request: HTTPRequest) throws(HTTPError) -> HTTPResponse {
        let easy = try CurlEasy()
        let transfer = CurlTransfer(easy: easy)
        try configure(easy, transfer, for: request)
        return try withExtendedLifetime(transfer) { () throws(HTTPError) -> HTTPResponse in
            do throws(HTTPError) {
                try easy.perform()
            } catch {
                throw transfer.failure ?? error
            }
            if let failure = transfer.failure { throw failure }
            return HTTPResponse(
                status: try easy.responseCode(), headers: transfer.headers, body: transfer.body,
                url: easy.effectiveURL())
        }
    }

    private func configure(_ easy: CurlEasy, _ transfer: CurlTransfer, for request: HTTPRequest) throws(HTTPError) {
        try easy.set(CURLOPT_URL, request.url)
        // Signals are not safe in a multi-threaded process; timeouts still work without them.
        try easy.set(CURLOPT_NOSIGNAL, 1)
        try easy.set(CURLOPT_CONNECTTIMEOUT_MS, milliseconds(request.connectTimeout))
        try easy.set(CURLOPT_TIMEOUT_MS, request.timeout.map(milliseconds) ?? 0)
        if let stall = request.stallTimeout {
            // https://curl.se/libcurl/c/CURLOPT_LOW_SPEED_TIME.html: below 1 byte/s for that many seconds.
            try easy.set(CURLOPT_LOW_SPEED_LIMIT, 1)
            try easy.set(CURLOPT_LOW_SPEED_TIME, max(1, Int(stall.components.seconds)))
        }
        try easy.set(CURLOPT_PATH_AS_IS, request.pathAsIs ? 1 : 0)
        try easy.set(CURLOPT_FOLLOWLOCATION, request.followRedirects ? 1 : 0)
        try easy.set(CURLOPT_MAXREDIRS, request.maxRedirects)
        // An empty string asks for every encoding this libcurl supports and decodes it.
        // https://curl.se/libcurl/c/CURLOPT_ACCEPT_ENCODING.html
        if request.acceptCompressed { try easy.set(CURLOPT_ACCEPT_ENCODING, "") }
        transfer.maxBodyBytes = request.maxResponseBytes
        // Only HTTP(S), also after redirects: a fetched page must not be able to send us to
        // file:// or other schemes libcurl was built with (discovery follows untrusted URLs).
        try easy.set(CURLOPT_PROTOCOLS_STR, "http,https")
        try easy.set(CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        if let userAgent = request.userAgent { try easy.set(CURLOPT_USERAGENT, userAgent) }
        // An empty string disables libcurl's own reading of proxy environment variables.
        // https://curl.se/libcurl/c/CURLOPT_PROXY.html
        try easy.set(CURLOPT_PROXY, request.proxy ?? "")
        try easy.set(CURLOPT_HEADERDATA, pointer: transfer.userdata)
        try easy.check(ccurl_setopt_header_function(easy.handle, curlHeaderCallback), "setting the header callback")
        try easy.set(CURLOPT_WRITEDATA, pointer: transfer.userdata)
        try easy.check(ccurl_setopt_write_function(easy.handle, curlWriteCallback), "setting the write callback")
        try configureBody(easy, transfer, request)
        try configureDestination(transfer, request.destination)
        try configureAuthentication(easy, request.authentication)
        try easy.set(CURLOPT_HTTPHEADER, lines: request.headers.map { "\($0.name): \($0.value)" })
    }

    private func configureBody(_ easy: CurlEasy, _ transfer: CurlTransfer, _ request: HTTPRequest) throws(HTTPError) {
        let length: Int64
        switch request.body {
        case .empty:
            length = 0
        case .bytes(let data):
            transfer.source = .bytes(data, position: 0)
            length = Int64(data.count)
        case .file(let url, let offset, let requested):
            let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw .fileAccess(path: url.path, reason: errnoText()) }
            var info = stat()
            guard fstat(descriptor, &info) == 0, lseek(descriptor, off_t(offset), SEEK_SET) >= 0 else {
                close(descriptor)
                throw .fileAccess(path: url.path, reason: errnoText())
            }
            length = requested >= 0 ? requested : Int64(info.st_size) - offset
            transfer.source = .file(descriptor: descriptor, remaining: length)
        }
        switch request.method {
        case "GET":
            try easy.set(CURLOPT_HTTPGET, 1)
        case "HEAD":
            try easy.set(CURLOPT_NOBODY, 1)
        default:
            // Upload mode streams through the read callback for every method with a body;
            // CUSTOMREQUEST then names the method (PUT, POST, DELETE…).
            if case .empty = request.body, request.method != "PUT", request.method != "POST" {
                break
            }
            try easy.set(CURLOPT_UPLOAD, 1)
            try easy.set(CURLOPT_INFILESIZE_LARGE, offset: length)
            try easy.set(CURLOPT_READDATA, pointer: transfer.userdata)
            try easy.check(ccurl_setopt_read_function(easy.handle, curlReadCallback), "setting the read callback")
        }
        if request.method != "GET", request.method != "HEAD", request.method != "PUT" {
            try easy.set(CURLOPT_CUSTOMREQUEST, request.method)
        }
    }

    private func configureDestination(_ transfer: CurlTransfer, _ destination: HTTPResponseDestination)
        throws(HTTPError)
    {
        guard case .file(let url) = destination else { return }
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .fileAccess(path: url.path, reason: errnoText()) }
        transfer.sinkDescriptor = descriptor
        transfer.sinkPath = url.path
    }

    private func configureAuthentication(_ easy: CurlEasy, _ authentication: HTTPAuthentication) throws(HTTPError) {
        switch authentication {
        case .none:
            return
        case .basic(let user, let password):
            try easy.set(CURLOPT_HTTPAUTH, Int(ccurl_auth_basic))
            try easy.set(CURLOPT_USERNAME, user)
            try easy.set(CURLOPT_PASSWORD, password)
        case .awsSigV4(let provider, let accessKeyID, let secretAccessKey):
            try easy.set(CURLOPT_HTTPAUTH, Int(ccurl_auth_aws_sigv4))
            try easy.set(CURLOPT_AWS_SIGV4, provider)
            try easy.set(CURLOPT_USERNAME, accessKeyID)
            try easy.set(CURLOPT_PASSWORD, secretAccessKey)
        }
    }

    private func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}
