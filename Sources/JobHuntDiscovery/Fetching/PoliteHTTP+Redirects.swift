// Where a redirect leads: the Location header resolved against the URL that
// answered, and refused unless it is http or https.
import Foundation
internal import JobHuntIO
import JobHuntKernel

extension PoliteHTTP {
    /// The absolute URL a 3xx response sends us to.
    ///
    /// libcurl used to follow redirects itself, which skipped robots.txt and
    /// the rate limit of the host redirected to; following them here puts every
    /// hop through `get`'s checks. Only http and https targets are followed, so
    /// a page cannot send us to `file://` or another scheme.
    static func redirectTarget(of response: HTTPResponse, from url: String) throws(JobHuntError) -> String {
        guard let location = response.header("Location")?.trimmingCharacters(in: .whitespaces),
            !location.isEmpty
        else {
            throw .fetchStatus(url: url, status: response.status, attempts: 1)
        }
        guard let base = URL(string: url), let target = URL(string: location, relativeTo: base)?.absoluteURL else {
            throw .fetchInvalidURL(url: location, reason: "\(url) redirects to a URL that cannot be read")
        }
        let scheme = target.scheme?.lowercased() ?? ""
        guard scheme == "http" || scheme == "https" else {
            throw .fetchInvalidURL(
                url: target.absoluteString,
                reason: "\(url) redirects to a \(scheme) URL; only http and https are followed")
        }
        guard target.host?.isEmpty == false else {
            throw .fetchInvalidURL(url: target.absoluteString, reason: "\(url) redirects to a URL without a host")
        }
        return target.absoluteString
    }
}
