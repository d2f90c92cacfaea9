// Owns one libcurl easy handle and turns every CURLcode into an HTTPError at one choke point.
internal import CCurl
import Foundation

/// A `CURL *` with its option lists; freed in `deinit`.
///
/// Strings handed to `curl_easy_setopt` are copied by libcurl (since 7.17), but header
/// lists are not: the handle keeps them alive until it is cleaned up.
/// https://curl.se/libcurl/c/curl_easy_setopt.html
final class CurlEasy {
    let handle: UnsafeMutableRawPointer
    private var lists: [UnsafeMutablePointer<curl_slist>] = []
    private let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)

    init() throws(HTTPError) {
        try CurlGlobal.ensure()
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        guard let handle = curl_easy_init() else {
            errorBuffer.deallocate()
            throw .transport(code: Int(CURLE_FAILED_INIT.rawValue), message: "libcurl could not create a handle")
        }
        self.handle = handle
        _ = ccurl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer)
    }

    deinit {
        curl_easy_cleanup(handle)
        for list in lists { curl_slist_free_all(list) }
        errorBuffer.deallocate()
    }

    /// The one place a libcurl return code becomes an error.
    func check(_ code: CURLcode, _ operation: @autoclosure () -> String) throws(HTTPError) {
        guard code != CURLE_OK else { return }
        let detail = String(cString: errorBuffer)
        let message = detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail
        switch code {
        case CURLE_OPERATION_TIMEDOUT:
            throw .timedOut(message: message)
        case CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
            throw .couldNotConnect(message: message)
        case CURLE_URL_MALFORMAT, CURLE_UNSUPPORTED_PROTOCOL:
            throw .invalidURL(message: message)
        case CURLE_TOO_MANY_REDIRECTS:
            throw .tooManyRedirects(message: message)
        default:
            throw .transport(code: Int(code.rawValue), message: "\(operation()): \(message)")
        }
    }

    func set(_ option: CURLoption, _ value: Int) throws(HTTPError) {
        try check(ccurl_setopt_long(handle, option, value), "setting option \(option.rawValue)")
    }

    func set(_ option: CURLoption, _ value: String) throws(HTTPError) {
        try check(ccurl_setopt_string(handle, option, value), "setting option \(option.rawValue)")
    }

    func set(_ option: CURLoption, offset value: Int64) throws(HTTPError) {
        try check(ccurl_setopt_off(handle, option, curl_off_t(value)), "setting option \(option.rawValue)")
    }

    func set(_ option: CURLoption, pointer value: UnsafeMutableRawPointer?) throws(HTTPError) {
        try check(ccurl_setopt_pointer(handle, option, value), "setting option \(option.rawValue)")
    }

    /// Sets a string list (e.g. `CURLOPT_HTTPHEADER`); the handle frees it later.
    func set(_ option: CURLoption, lines: [String]) throws(HTTPError) {
        var list: UnsafeMutablePointer<curl_slist>? = nil
        for line in lines {
            guard let appended = curl_slist_append(list, line) else {
                if let list { curl_slist_free_all(list) }
                throw .transport(code: Int(CURLE_OUT_OF_MEMORY.rawValue), message: "out of memory building headers")
            }
            list = appended
        }
        guard let list else { return }
        lists.append(list)
        try check(ccurl_setopt_slist(handle, option, list), "setting option \(option.rawValue)")
    }

    func perform() throws(HTTPError) {
        try check(curl_easy_perform(handle), "performing the request")
    }

    func responseCode() throws(HTTPError) -> Int {
        var code = 0
        try check(ccurl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &code), "reading the response code")
        return code
    }

    /// The last URL used, after redirects; nil if libcurl cannot say.
    func effectiveURL() -> String? {
        var pointer: UnsafeMutablePointer<CChar>? = nil
        guard ccurl_getinfo_string(handle, CURLINFO_EFFECTIVE_URL, &pointer) == CURLE_OK, let pointer else {
            return nil
        }
        return String(cString: pointer)
    }
}
