// Links to hosted job boards, as careers pages embed them, read back into `KIND:ARG` sources.
import Foundation
import JobHuntKernel

/// Recognises a hosted board from its public URL.
enum BoardLinks {
    /// `https://boards.greenhouse.io/acme/jobs/1` → `greenhouse:acme`, `https://acme.wd5.myworkdayjobs.com/en-US/External`
    /// → `workday:https://acme.wd5.myworkdayjobs.com/External`, …; nil for any other link.
    static func source(for link: URL) -> String? {
        guard let host = link.host?.lowercased() else { return nil }
        let path = link.path.split(separator: "/").map(String.init)
        let first = path.first.flatMap { $0.isEmpty ? nil : $0 }
        func token(_ kind: SourceKind) -> String? { first.map { "\(kind.rawValue):\($0)" } }
        switch host {
        case "boards.greenhouse.io", "job-boards.greenhouse.io", "job-boards.eu.greenhouse.io":
            return first == "embed" ? nil : token(.greenhouse)
        case "jobs.lever.co", "jobs.eu.lever.co": return token(.lever)
        case "jobs.ashbyhq.com": return token(.ashby)
        case "apply.workable.com": return first == "j" || first == "api" ? nil : token(.workable)
        case "jobs.smartrecruiters.com", "careers.smartrecruiters.com": return token(.smartrecruiters)
        default: break
        }
        if host.hasSuffix(".myworkdayjobs.com"), let parsed = WorkdayBoard.parse(url: link) {
            return "workday:\(parsed.root)/\(parsed.board.site)"
        }
        let subdomains: [(String, SourceKind)] = [
            (".recruitee.com", .recruitee), (".jobs.personio.de", .personio), (".jobs.personio.com", .personio),
            (".teamtailor.com", .teamtailor), (".breezy.hr", .breezy),
        ]
        for (suffix, kind) in subdomains where host.hasSuffix(suffix) {
            let company = String(host.dropLast(suffix.count))
            guard !company.isEmpty, !company.contains("."), company != "www", company != "app" else { return nil }
            return "\(kind.rawValue):\(company)"
        }
        return nil
    }

    /// Every `href` of a page, resolved against it, decoded once.
    static func links(in html: String, base: URL?) -> [URL] {
        var found: [URL] = []
        var rest = Substring(html)
        while let start = rest.range(of: "href=", options: .caseInsensitive) {
            rest = rest[start.upperBound...]
            guard let quote = rest.first, quote == "\"" || quote == "'" else { continue }
            rest = rest.dropFirst()
            guard let end = rest.firstIndex(of: quote) else { break }
            let text = HTMLEntities.decode(String(rest[..<end]))
            if let url = URL(string: text, relativeTo: base)?.absoluteURL { found.append(url) }
            rest = rest[end...]
        }
        return found
    }
}
