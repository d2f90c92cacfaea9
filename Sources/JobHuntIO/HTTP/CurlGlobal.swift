// Opens libcurl and initialises its global state exactly once per process, before the first handle.
internal import CCurl

/// `curl_global_init` is not thread-safe and must run before any other libcurl call
/// (https://curl.se/libcurl/c/curl_global_init.html). A Swift `static let` is initialised
/// lazily under `swift_once`, which makes the first caller run it and everyone else wait.
/// libcurl itself is opened here, not linked (Sources/CCurl/include/CCurl.h says why), so
/// a machine without it hears so on its first request, in one line naming the package.
enum CurlGlobal {
    static let initialised: HTTPError? = {
        var reason = [CChar](repeating: 0, count: 512)
        guard ccurl_open(&reason, reason.count) != 0 else {
            return .transport(
                code: Int(CURLE_FAILED_INIT.rawValue),
                message: "\(reason.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }): install libcurl4")
        }
        let code = curl_global_init(Int(CURL_GLOBAL_DEFAULT))
        guard code == CURLE_OK else {
            return .transport(code: Int(code.rawValue), message: "libcurl could not initialise")
        }
        return nil
    }()

    /// Call before creating a handle; cheap after the first time.
    static func ensure() throws(HTTPError) {
        if let failure = initialised { throw failure }
    }
}
