// An HTTP request as a value: method, URL, headers, where the body comes from and where the answer goes.
import Foundation

/// Everything libcurl needs for one exchange. Building it does no I/O, so it can be
/// retried by performing the same value again (a file body is re-read from its start).
public struct HTTPRequest: Sendable {
    public var method: String
    /// The URL exactly as sent; with `pathAsIs` libcurl does not squash `/./` or `/../`.
    public var url: String
    /// Header lines in order; duplicates are sent as given.
    public var headers: [(name: String, value: String)]
    public var body: HTTPBody
    public var destination: HTTPResponseDestination
    /// How long to wait for the TCP (and TLS) connection.
    public var connectTimeout: Duration
    /// How long the whole exchange may take, body included; `nil` waits forever.
    public var timeout: Duration?
    /// Send the path byte for byte (`CURLOPT_PATH_AS_IS`): object keys may contain dot segments.
    public var pathAsIs: Bool
    public var followRedirects: Bool
    public var authentication: HTTPAuthentication
    /// A proxy URL, or `nil` for none. libcurl would otherwise read `http_proxy` and friends
    /// from the environment itself, and JobHuntIO takes its configuration only as values.
    public var proxy: String?
    /// Sent as `User-Agent`; `nil` sends none (libcurl's default is to send none).
    public var userAgent: String?
    /// How many redirects `followRedirects` may take before the request fails with
    /// `tooManyRedirects`, so a redirect loop ends instead of spinning.
    public var maxRedirects: Int
    /// Advertise every encoding libcurl can decode (gzip, deflate, …) and hand back the
    /// decoded body: job boards send large JSON that compresses tenfold.
    public var acceptCompressed: Bool
    /// Abort once the (decoded) in-memory body passes this many bytes, so a hostile or
    /// broken server cannot make us buffer without end; `nil` means no cap. A 2xx body
    /// streamed to a file destination is not capped.
    public var maxResponseBytes: Int?
    /// Abort (as a timeout, which callers may retry) once less than one byte a second has
    /// moved for this long: a server that accepted the request and went quiet is found in
    /// seconds, while a large upload that keeps moving may still take up to `timeout`.
    public var stallTimeout: Duration?

    public init(
        method: String, url: String, headers: [(name: String, value: String)] = [], body: HTTPBody = .empty,
        destination: HTTPResponseDestination = .memory, connectTimeout: Duration = .seconds(10),
        timeout: Duration? = .seconds(300), pathAsIs: Bool = false, followRedirects: Bool = false,
        authentication: HTTPAuthentication = .none, proxy: String? = nil, userAgent: String? = nil,
        maxRedirects: Int = 10, acceptCompressed: Bool = false, maxResponseBytes: Int? = nil,
        stallTimeout: Duration? = nil
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.destination = destination
        self.connectTimeout = connectTimeout
        self.timeout = timeout
        self.pathAsIs = pathAsIs
        self.followRedirects = followRedirects
        self.authentication = authentication
        self.proxy = proxy
        self.userAgent = userAgent
        self.maxRedirects = maxRedirects
        self.acceptCompressed = acceptCompressed
        self.maxResponseBytes = maxResponseBytes
        self.stallTimeout = stallTimeout
    }
}

/// Where a request body comes from; files are streamed, never loaded whole.
public enum HTTPBody: Sendable {
    case empty
    case bytes(Data)
    /// `length` bytes of a file starting at `offset` (a multipart upload sends slices).
    case file(URL, offset: Int64, length: Int64)

    /// The whole of a file; its size is read when the request is performed.
    public static func file(_ url: URL) -> HTTPBody { .file(url, offset: 0, length: -1) }
}

/// Where a successful (2xx) response body goes. Other statuses always land in memory,
/// so a caller can read the server's error document instead of finding it in a file
/// (which is then left empty: it is opened before the status is known).
public enum HTTPResponseDestination: Sendable {
    case memory
    /// Written to this path (created 0600, truncated); the caller owns renaming it.
    case file(URL)
}

/// How libcurl authenticates the request.
public enum HTTPAuthentication: Sendable {
    case none
    case basic(user: String, password: String)
    /// libcurl's own AWS SigV4 signer (`CURLOPT_AWS_SIGV4`), e.g. provider `aws:amz:us-east-1:s3`.
    /// https://curl.se/libcurl/c/CURLOPT_AWS_SIGV4.html
    case awsSigV4(provider: String, accessKeyID: String, secretAccessKey: String)
}
