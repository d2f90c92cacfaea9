// Canonical posting URLs, so variants of one page (case, trailing slash,
// tracking parameters, http vs https) compare equal.
import JobHuntKernel

/// URL normalisation for recognising the same posting page.
///
/// - scheme and host lower-cased, `http` treated as `https`, default ports and `www.` kept as
///   given except the port, which is dropped when default;
/// - fragment removed; one trailing slash removed from a non-root path;
/// - tracking parameters removed (`utm_*`, `gh_src`, `lever-source`, `lever-origin`, `source`,
///   `ref`, `trk`, `gclid`, `fbclid`, …) and the remaining ones sorted;
/// - the path's case and double slashes are kept (ZipRecruiter's `/jobs//j` is real).
package enum URLRule {
    /// The canonical form of `url`, or `url` trimmed when it is not an absolute http(s) URL.
    ///
    ///     URLRule.canonical("HTTPS://Jobs.Lever.co/acme/123/?lever-source=x")
    ///     // "https://jobs.lever.co/acme/123"
    package static func canonical(_ url: String) -> String {
        let trimmed = ColumnText.collapsed(url)
        guard let parts = parts(of: trimmed) else { return trimmed }
        var path = parts.path
        if path.count > 1, path.hasSuffix("/") { path.removeLast() }
        if path == "/" { path = "" }
        let query = parts.query.split(separator: "&").filter { item in
            let name = item.split(separator: "=", maxSplits: 1).first.map { $0.lowercased() } ?? ""
            return !name.isEmpty && !isTracking(name)
        }
        .sorted()
        var result = "https://" + parts.host
        if let port = parts.port, port != "80", port != "443" { result += ":" + port }
        result += path
        if !query.isEmpty { result += "?" + query.joined(separator: "&") }
        return result
    }

    static func isTracking(_ name: String) -> Bool {
        name.hasPrefix("utm_") || name.hasPrefix("lever-") || trackingNames.contains(name)
    }

    private static let trackingNames: Set<String> = [
        "gh_src", "source", "src", "ref", "referrer", "refid", "trk", "trackingid", "gclid", "fbclid", "msclkid",
        "mc_cid", "mc_eid", "_hsenc", "_hsmi", "hsctatracking", "igshid", "li_fat_id",
    ]

    /// The pieces of an absolute http(s) URL: lower-cased host without credentials, port, path, query.
    ///
    /// Every delimiter is ASCII, so they are found in the UTF-8 bytes: walking
    /// `Character`s (grapheme breaking) and Foundation's `range(of:)` made this a
    /// sixth of normalising a posting, since each posting's URL is parsed twice.
    static func parts(of url: String) -> (host: String, port: String?, path: String, query: Substring)? {
        guard let schemeEnd = schemeSeparator(url.utf8) else { return nil }
        let scheme = url[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        var rest = url[schemeEnd.upperBound...]
        if let hash = rest.utf8.firstIndex(of: UInt8(ascii: "#")) { rest = rest[..<hash] }
        let authorityEnd =
            rest.utf8.firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") } ?? rest.endIndex
        var authority = rest[..<authorityEnd]
        if let at = authority.utf8.lastIndex(of: UInt8(ascii: "@")) {
            authority = authority[authority.utf8.index(after: at)...]
        }
        var host = authority.lowercased()
        var port: String?
        if let colon = host.utf8.lastIndex(of: UInt8(ascii: ":")) {
            port = String(host[host.utf8.index(after: colon)...])
            host = String(host[..<colon])
        }
        guard !host.isEmpty else { return nil }
        let afterAuthority = rest[authorityEnd...]
        let queryStart = afterAuthority.utf8.firstIndex(of: UInt8(ascii: "?"))
        let path = String(afterAuthority[..<(queryStart ?? afterAuthority.endIndex)])
        let query = queryStart.map { afterAuthority[afterAuthority.utf8.index(after: $0)...] } ?? ""
        return (host, port, path, query)
    }

    /// The first "://" of `utf8`, found by a plain byte walk: the generic `firstRange(of:)`
    /// (a Z-algorithm with an allocation and generic metadata look-ups per call) cost more than
    /// the rest of the URL's parsing.
    private static func schemeSeparator(_ utf8: String.UTF8View) -> Range<String.Index>? {
        var index = utf8.startIndex
        while index < utf8.endIndex {
            if utf8[index] == UInt8(ascii: ":") {
                let first = utf8.index(after: index)
                if first < utf8.endIndex, utf8[first] == UInt8(ascii: "/") {
                    let second = utf8.index(after: first)
                    if second < utf8.endIndex, utf8[second] == UInt8(ascii: "/") {
                        return index..<utf8.index(after: second)
                    }
                }
            }
            index = utf8.index(after: index)
        }
        return nil
    }
}
