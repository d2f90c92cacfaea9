// Initialises libcurl's global state exactly once per process, before the first handle.
internal import CCurl

/// `curl_global_init` is not thread-safe and must run before any other libcurl call
/// (https://curl.se/libcurl/c/curl_global_init.html). A Swift `static let` is initialised
/// lazily under `swift_once`, which makes the first caller run it and everyone else wait.
enum CurlGlobal {
    static let initialised: CURLcode = curl_global_init(Int(CURL_GLOBAL_DEFAULT))

    /// Call before creating a handle; cheap after the first time.
    static func ensure() throws(HTTPError) {
        let code = initialised
        guard code == CURLE_OK else {
            throw .transport(code: Int(code.rawValue), message: "libcurl could not initialise")
        }
    }
}
