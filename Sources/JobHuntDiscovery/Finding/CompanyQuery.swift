// What `discover company` was given: a company name, its web domain, or its careers
// page; and the board names ("slugs") worth trying for it.
import Foundation
import JobHuntKernel

/// The company to look for, and how.
package struct CompanyQuery: Sendable, Equatable {
    /// At most this many slugs are tried, so a company costs at most two requests per board API.
    package static let maxSlugs = 2

    /// The input as given, trimmed.
    package var text: String
    /// The page to read for links to hosted boards and for schema.org JobPostings (a URL input).
    package var careersPage: URL?
    /// Board names to try at each API, most likely first.
    package var slugs: [String]

    /// `Acme Robotics GmbH` → slugs `acmerobotics`, `acme-robotics`; `acme-robotics.com` →
    /// `acme-robotics`, `acmerobotics`; `https://careers.acme.com/jobs` → the page, slug `acme`.
    package init?(_ input: String) {
        text = input.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return nil }
        let lower = text.lowercased()
        var words: [String]
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            guard let url = URL(string: text), let host = url.host, !host.isEmpty else { return nil }
            careersPage = url
            words = Self.nameWords(ofHost: host)
        } else if !lower.contains(" "), lower.contains("."), !lower.hasSuffix(".") {
            words = Self.nameWords(ofHost: lower.split(separator: "/").first.map(String.init) ?? lower)
        } else {
            // "B.V.", "S.A.": a legal form written with dots is one word.
            words = Self.words(lower.replacingOccurrences(of: ".", with: ""))
        }
        while words.count > 1, let last = words.last, Self.legalForms.contains(last) { words.removeLast() }
        var slugs: [String] = []
        for slug in [words.joined(), words.joined(separator: "-")] where !slug.isEmpty && !slugs.contains(slug) {
            slugs.append(slug)
        }
        self.slugs = Array(slugs.prefix(Self.maxSlugs))
        guard !self.slugs.isEmpty else { return nil }
    }

    /// `careers.acme-robotics.co.uk` → `acme`, `robotics`: the name label, split at dashes.
    static func nameWords(ofHost host: String) -> [String] {
        var labels = host.lowercased().split(separator: ".").map(String.init)
        if labels.first == "www" || labels.first == "careers" || labels.first == "jobs" { labels.removeFirst() }
        // The name is the label before the public suffix: acme.com, acme.co.uk, acme.com.au.
        if labels.count >= 3, ["co", "com", "org", "net", "ac", "gov"].contains(labels[labels.count - 2]) {
            labels.removeLast()
        }
        guard labels.count >= 2 else { return labels.flatMap(words) }
        return words(labels[labels.count - 2])
    }

    /// Letters and digits in runs; accents folded ("Société Générale" → societe, generale), `&` dropped.
    static func words(_ text: String) -> [String] {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en"))
        return folded.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) }).map(String.init)
    }

    /// Legal forms that boards leave out of their names.
    static let legalForms: Set<String> = [
        "inc", "llc", "ltd", "limited", "gmbh", "ag", "sa", "sas", "sarl", "bv", "nv", "ab", "as", "oy", "se",
        "plc", "corp", "corporation", "co", "company", "kg", "srl", "spa", "pty", "lda", "sl",
    ]
}
