// The first line of a "Who is hiring?" comment, "Acme | Senior Engineer | Berlin | ONSITE |
// €80k–€95k | https://acme.example/jobs", split and sorted into the fields it names.
import Foundation
import JobHuntKernel

/// What a comment's first line says, part by part.
///
/// The company is the first part. Each other part is, in this order of tests: a link; pay
/// (the normaliser's salary reader finds a figure with a currency in it); a bare workplace word
/// (`REMOTE`, `Onsite`, `Hybrid`); a phrase with a workplace word in it ("Remote (US/EU)"),
/// kept as a location for the place rules; an employment type (`Full-time`, `Contract`); a place
/// the place rules recognise (a country, a region, "City, ST"); else the first such part is
/// the title, a later one the location when there is none yet, and the rest are kept as tags
/// ("VISA", "Equity").
struct HackerNewsHeader {
    var company: String?
    var companyDomain: String?
    var title: String?
    var locations: [String] = []
    var workplace: String?
    var employmentType: String?
    var salary: RawSalary?
    var link: String?
    var extras: [String] = []

    /// Nil when the first line has no `|`: free prose is not the thread's format.
    init?(html: String) {
        let firstHTML = Self.firstParagraph(html)
        let line = HTMLText.text(fromHTML: firstHTML)
        let parts = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard line.contains("|"), parts.count >= 2 else { return nil }
        link = Self.links(in: firstHTML).first
        (company, companyDomain) = Self.company(parts[0])
        for part in parts.dropFirst() { sort(part) }
    }

    private mutating func sort(_ part: String) {
        if Self.isLink(part) {
            link = link ?? (part.contains("://") ? part : "https://" + part)
        } else if let pay = PayText.salary(part) {
            if salary == nil { salary = pay } else { extras.append(part) }
        } else if WorkplaceRule.arrangement(named: part) != nil {
            workplace = workplace ?? part
        } else if LocationText.splitWorkplace(part).0 != nil {
            locations.append(part)
        } else if EmploymentTypeRule.named(part) != nil {
            employmentType = employmentType ?? part
        } else if Self.isPlace(part) {
            locations.append(part)
        } else if title == nil {
            title = part
        } else if locations.isEmpty {
            locations.append(part)
        } else {
            extras.append(part)
        }
    }

    /// A place the rules name beyond a bare word: a country, a region, an area, or "City, ST".
    /// "Machine Learning Engineer, Data Engineer" reads as a city and a state to the place rules, so
    /// only a place whose country they recognise (or an area, "EMEA") counts.
    static func isPlace(_ text: String) -> Bool {
        guard let place = LocationRule.place(in: text) else { return false }
        if place.area != nil { return true }
        guard let country = place.country else { return false }
        return CountryCodes.name(for: country) != nil
    }

    /// "Acme (https://acme.example)", "Acme (YC W20)": the name, and the domain when the brackets hold a link.
    static func company(_ text: String) -> (String, String?) {
        guard let open = text.firstIndex(of: "("), text.hasSuffix(")") else { return (text, nil) }
        let inside = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
        guard isLink(inside) else { return (text, nil) }
        let name = text[..<open].trimmingCharacters(in: .whitespaces)
        return (name.isEmpty ? text : name, SourceURL.domain(inside.contains("://") ? inside : "https://" + inside))
    }

    /// A URL, or a bare domain ("acme.example", "www.acme.com/jobs"): labels of letters, digits and
    /// dashes, the last all letters; "Node.js" and "Vue.js" are tools, not sites.
    static func isLink(_ text: String) -> Bool {
        if text.contains("://") { return !text.contains(" ") }
        guard !text.contains(" "), let host = text.split(separator: "/").first else { return false }
        let labels = host.lowercased().split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let last = labels.last, last.count >= 2, last.allSatisfy(\.isLetter), last != "js"
        else { return false }
        return labels.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }
    }

    /// The comment's first line: Algolia writes the first paragraph bare, the others after `<p>`.
    static func firstParagraph(_ html: String) -> String {
        var text = Substring(html)
        while text.hasPrefix("<p>") { text = text.dropFirst(3) }
        guard let end = text.range(of: "<p>", options: .caseInsensitive) else { return String(text) }
        return String(text[..<end.lowerBound])
    }

    /// Every `href` of the HTML, entity-decoded (`https:&#x2F;&#x2F;…` → `https://…`), http(s) only.
    static func links(in html: String) -> [String] {
        var found: [String] = []
        var rest = Substring(html)
        while let start = rest.range(of: "href=\"") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(of: "\"") else { break }
            let link = HTMLEntities.decode(String(rest[..<end]))
            if link.hasPrefix("http://") || link.hasPrefix("https://") { found.append(link) }
            rest = rest[end...]
        }
        return found
    }
}
