// The registry of job-board APIs: for each kind with an API, where it lives, the
// path below that, and where the company's name goes. Fetching builds URLs from
// it, the CLI builds the `sources.*_url` settings from it, and a later
// `discover company` can probe each kind's endpoint for a guessed slug with it.
import Foundation
import JobHuntKernel

/// One kind's public, keyless job API.
package struct SourceAPI: Sendable, Equatable {
    /// Where a board's name goes in the URL.
    package enum CompanyPlace: Sendable, Equatable {
        /// In the path, as `{token}`: `/v1/boards/{token}/jobs`.
        case path
        /// In the host, when the base is one of these public hosts: `https://recruitee.com`
        /// becomes `https://acme.recruitee.com`. Any other base (a mirror, a test server)
        /// gets the name as its first path segment instead, so one server answers for every company.
        case subdomain(publicHosts: [String])
    }

    package var kind: SourceKind
    /// The public base URL, the default of `sources.<kind>_url`.
    package var defaultBase: String
    /// The path and query below the base; `{token}` is the board's name where `company` is `.path`.
    package var path: String
    package var company: CompanyPlace
    /// What the endpoint answers with, for docs and messages.
    package var summary: String

    /// Every kind with an API, in the order docs list them.
    package static let all: [SourceAPI] = [
        SourceAPI(
            kind: .greenhouse, defaultBase: "https://boards-api.greenhouse.io",
            path: "/v1/boards/{token}/jobs?content=true", company: .path, summary: "Greenhouse job board API"),
        SourceAPI(
            kind: .lever, defaultBase: "https://api.lever.co", path: "/v0/postings/{token}?mode=json",
            company: .path, summary: "Lever postings API"),
        SourceAPI(
            kind: .ashby, defaultBase: "https://api.ashbyhq.com",
            path: "/posting-api/job-board/{token}?includeCompensation=true", company: .path,
            summary: "Ashby posting API"),
        SourceAPI(
            kind: .remoteok, defaultBase: "https://remoteok.com", path: "/api", company: .path,
            summary: "Remote OK API"),
        SourceAPI(
            kind: .workday, defaultBase: "https://wd5.myworkdayjobs.com", path: "/wday/cxs/{tenant}/{site}/jobs",
            company: .subdomain(publicHosts: []), summary: "Workday candidate-experience (cxs) search"),
        SourceAPI(
            kind: .workable, defaultBase: "https://apply.workable.com",
            path: "/api/v1/widget/accounts/{token}?details=true", company: .path,
            summary: "Workable job widget API"),
        SourceAPI(
            kind: .smartrecruiters, defaultBase: "https://api.smartrecruiters.com",
            path: "/v1/companies/{token}/postings", company: .path, summary: "SmartRecruiters Posting API"),
        SourceAPI(
            kind: .recruitee, defaultBase: "https://recruitee.com", path: "/api/offers/",
            company: .subdomain(publicHosts: ["recruitee.com"]), summary: "Recruitee careers-site offers API"),
        SourceAPI(
            kind: .personio, defaultBase: "https://jobs.personio.de", path: "/xml?language=en",
            company: .subdomain(publicHosts: ["jobs.personio.de", "jobs.personio.com"]),
            summary: "Personio positions XML feed"),
        SourceAPI(
            kind: .teamtailor, defaultBase: "https://teamtailor.com", path: "/jobs.json",
            company: .subdomain(publicHosts: ["teamtailor.com", "na.teamtailor.com"]),
            summary: "Teamtailor career-site JSON Feed"),
        SourceAPI(
            kind: .breezy, defaultBase: "https://breezy.hr", path: "/json",
            company: .subdomain(publicHosts: ["breezy.hr"]), summary: "Breezy HR careers JSON"),
        SourceAPI(
            kind: .hn, defaultBase: "https://hn.algolia.com", path: "/api/v1/items/{token}", company: .path,
            summary: "Algolia Hacker News API"),
    ]

    /// The API of `kind`, nil for kinds without one (`jsonld`, `rss`, `jobspy`, `file`).
    package static func of(_ kind: SourceKind) -> SourceAPI? { all.first { $0.kind == kind } }

    /// The URL of the board named `token` under `base`, for kinds whose URL is base + path.
    ///
    ///     recruitee, "https://recruitee.com", "acme"   → https://acme.recruitee.com/api/offers/
    ///     recruitee, "http://127.0.0.1:8080", "acme"   → http://127.0.0.1:8080/acme/api/offers/
    ///     greenhouse, "https://boards-api.greenhouse.io", "acme" → …/v1/boards/acme/jobs?content=true
    package func url(base: String, token: String) -> String {
        let encoded = Self.encode(token)
        let base = Self.trimmingTrailingSlashes(base)
        switch company {
        case .path:
            return base + path.replacingOccurrences(of: "{token}", with: encoded)
        case .subdomain(let hosts):
            return Self.companyRoot(base: base, company: encoded, publicHosts: hosts) + path
        }
    }

    /// What a board finder asks to learn whether `slug` has a board of this kind: the same URL
    /// a fetch of `KIND:slug` starts with, and the source spec to print when it answers with
    /// postings (count them with `kind.parser`). Nil for kinds a slug cannot name: Workday needs
    /// a site besides the tenant (read it from the careers page), Remote OK and HN are not boards.
    package func probe(slug: String, base: String? = nil) -> (url: String, spec: String)? {
        guard ![.workday, .remoteok, .hn].contains(kind) else { return nil }
        return (url(base: base ?? defaultBase, token: slug), "\(kind.rawValue):\(slug)")
    }

    /// `https://acme.recruitee.com` for a public host, `base/acme` for any other.
    static func companyRoot(base: String, company: String, publicHosts: [String]) -> String {
        if var components = URLComponents(string: base), let host = components.host?.lowercased(),
            publicHosts.contains(host)
        {
            components.host = company.lowercased() + "." + host
            if let root = components.string { return trimmingTrailingSlashes(root) }
        }
        return base + "/" + company
    }

    static func encode(_ token: String) -> String {
        token.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? token
    }

    static func trimmingTrailingSlashes(_ base: String) -> String {
        var base = Substring(base)
        while base.hasSuffix("/") { base = base.dropLast() }
        return String(base)
    }
}
