// A Workday career site: its tenant, its site, and the data-centre host it is served from,
// read from `workday:TENANT/SITE`, `workday:HOST/TENANT/SITE` or a careers URL.
import Foundation
import JobHuntKernel

/// Where a Workday board's candidate-experience (`cxs`) API answers.
///
/// Workday serves each tenant from a data centre (`wd1` … `wd503`) as
/// `https://{tenant}.{dc}.myworkdayjobs.com`, with the search at
/// `/wday/cxs/{tenant}/{site}/jobs` and each posting at
/// `/wday/cxs/{tenant}/{site}{externalPath}`.
package struct WorkdayBoard: Sendable, Equatable {
    /// The data-centre host from the argument (`wd5.myworkdayjobs.com` or the tenant's own
    /// `acme.wd5.myworkdayjobs.com`); nil means the configured `sources.workday_url`.
    package var host: String?
    package var tenant: String
    package var site: String

    package init(host: String? = nil, tenant: String, site: String) {
        self.host = host
        self.tenant = tenant
        self.site = site
    }

    /// `TENANT/SITE` or `HOST/TENANT/SITE`; nil for anything else.
    package init?(token: String) {
        let parts = token.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 || parts.count == 3, parts.allSatisfy(Self.isName) else { return nil }
        host = parts.count == 3 ? parts[0].lowercased() : nil
        tenant = parts[parts.count - 2]
        site = parts[parts.count - 1]
        if let host, !host.contains(".") { return nil }
    }

    /// The board and the root (scheme, host, port) of a Workday URL: the API's own
    /// (`…/wday/cxs/acme/External/jobs`) or a careers page (`https://acme.wd5.myworkdayjobs.com/en-US/External`),
    /// whose tenant is the host's first label and whose site is the first path segment that is not a locale.
    package static func parse(url: URL) -> (root: String, board: WorkdayBoard)? {
        guard let components = URLComponents(url: url, resolvingAgainstBaseURL: false),
            let scheme = components.scheme, let host = components.host
        else { return nil }
        let root = "\(scheme)://\(host)" + (components.port.map { ":\($0)" } ?? "")
        let segments = url.path.split(separator: "/").map(String.init)
        if let index = segments.firstIndex(of: "cxs"), index > 0, segments[index - 1] == "wday",
            segments.count > index + 2
        {
            return (root, WorkdayBoard(host: host, tenant: segments[index + 1], site: segments[index + 2]))
        }
        guard let tenant = host.split(separator: ".").first.map(String.init),
            let site = segments.first(where: { !isLocale($0) })
        else { return nil }
        return (root, WorkdayBoard(host: host, tenant: tenant, site: site))
    }

    /// `https://acme.wd5.myworkdayjobs.com`: the argument's host, else the configured base;
    /// a Workday data-centre host gets the tenant in front, any other (a mirror) is used as is.
    package func root(base: String) -> String {
        if let host { return "https://" + tenantHost(host) }
        guard var components = URLComponents(string: base), let baseHost = components.host else {
            return SourceAPI.trimmingTrailingSlashes(base)
        }
        components.host = tenantHost(baseHost)
        return SourceAPI.trimmingTrailingSlashes(components.string ?? base)
    }

    /// The search endpoint (POST).
    package func searchURL(root: String) -> String { apiRoot(root) + "/jobs" }

    /// One posting's detail (GET) from its `externalPath` (`/job/Berlin/Engineer_R-123`).
    package func detailURL(root: String, externalPath: String) -> String { apiRoot(root) + externalPath }

    private func apiRoot(_ root: String) -> String {
        root + "/wday/cxs/" + SourceAPI.encode(tenant) + "/" + SourceAPI.encode(site)
    }

    private func tenantHost(_ host: String) -> String {
        let lower = host.lowercased()
        let isWorkday = lower.hasSuffix(".myworkdayjobs.com") || lower.hasSuffix(".myworkdaysite.com")
        guard isWorkday, !lower.hasPrefix(tenant.lowercased() + ".") else { return host }
        return tenant.lowercased() + "." + lower
    }

    /// Letters, digits, `-`, `_`, `.` and a port's `:`; what tenants, sites and hosts are made of.
    static func isName(_ text: String) -> Bool {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_.:"))
        return !text.isEmpty && !text.hasPrefix(".") && text.unicodeScalars.allSatisfy(allowed.contains)
    }

    /// `en-US`, `de`, `fr-CA`: the language segment careers URLs start with.
    static func isLocale(_ segment: String) -> Bool {
        let parts = segment.split(separator: "-")
        guard let language = parts.first, language.count == 2, language.allSatisfy(\.isLetter) else { return false }
        return parts.count == 1 || (parts.count == 2 && parts[1].count == 2 && parts[1].allSatisfy(\.isLetter))
    }
}
