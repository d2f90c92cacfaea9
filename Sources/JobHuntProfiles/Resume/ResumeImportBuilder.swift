// The checks every mapped résumé field goes through; each failure is recorded with its
// path and the mapping carries on, so one pass reports every problem.
import Foundation
import JobHuntKernel
import JobHuntSkills

/// Collects the rows and the issues of one import.
struct ResumeImportBuilder {
    let taxonomy: SkillTaxonomy
    let today: CalendarDate
    private(set) var issues: [JSONResumeIssue] = []

    init(taxonomy: SkillTaxonomy, today: CalendarDate) {
        self.taxonomy = taxonomy
        self.today = today
    }

    mutating func fail(_ path: String, _ problem: String) {
        issues.append(JSONResumeIssue(path: path, problem: problem))
    }

    /// Trimmed text, nil when absent or blank (JSON Resume tools often write `""`), and an
    /// issue when it is longer than the column. Length counts Unicode scalars, as
    /// PostgreSQL's VARCHAR(n) counts characters of a UTF-8 database.
    mutating func text(_ value: String?, at path: String, limit: Int? = nil) -> String? {
        guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else {
            return nil
        }
        if let limit, trimmed.unicodeScalars.count > limit {
            fail(path, "longer than \(limit) characters")
            return nil
        }
        return trimmed
    }

    /// Like `text`, but a missing value is an issue too (a NOT NULL column).
    mutating func required(_ value: String?, at path: String, limit: Int) -> String? {
        let result = text(value, at: path, limit: limit)
        if result == nil && (value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "").isEmpty {
            fail(path, "missing")
        }
        return result
    }

    /// An absolute http or https URL that fits the column.
    mutating func url(_ value: String?, at path: String) -> String? {
        guard let candidate = text(value, at: path, limit: ResumeLimits.url) else { return nil }
        guard ResumeURL.isWebURL(candidate) else {
            fail(path, "not an http(s) URL")
            return nil
        }
        return candidate
    }

    /// The first day (or with `end`, the last day) of a JSON Resume date (see `ResumeDate`).
    mutating func date(_ value: String?, at path: String, end: Bool = false) -> CalendarDate? {
        guard let candidate = text(value, at: path) else { return nil }
        guard let day = end ? ResumeDate.lastDay(of: candidate) : ResumeDate.firstDay(of: candidate) else {
            fail(path, "not a date")
            return nil
        }
        return day
    }
}

/// The URL rule for profile links.
package enum ResumeURL {
    /// True for an absolute `http`/`https` URL with a host and no blanks: what a browser
    /// can open from a résumé. Schemeless text ("example.com") is refused, not guessed at.
    package static func isWebURL(_ text: String) -> Bool {
        guard !text.contains(where: \.isWhitespace), let parts = URLComponents(string: text),
            let scheme = parts.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = parts.host, !host.isEmpty
        else { return false }
        return true
    }

    /// The host in lower case without a leading `www.`; nil for text that is no URL.
    static func host(of text: String) -> String? {
        guard let host = URLComponents(string: text)?.host?.lowercased(), !host.isEmpty else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}
