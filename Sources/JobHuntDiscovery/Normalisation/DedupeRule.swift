// The cross-source identity of a job: the same normalised company, title and
// location on two sources is one posting.
import JobHuntKernel

/// The dedupe key, exactly the fixtures README's rule: normalised (company, title, location),
/// case-folded with whitespace collapsed.
///
/// - company: `CompanyRule.nameKey` ("Tessellate Robotics, Inc." and "Tessellate Robotics" agree);
/// - title: case-folded, whitespace collapsed, nothing else — "Warehouse Associate (Part-time)"
///   and "Warehouse Associate" stay apart, as the README's strict rule wants;
/// - location: the primary place's key ("austin, tx, us", "remote us"), so "Austin, TX" and
///   "Austin, TX, US" agree; empty when the posting names no place.
///
/// Without a company there is no key: two nameless postings must never merge.
package enum DedupeRule {
    package static func key(companyKey: String?, title: String, place: PostingPlace?) -> String? {
        guard let companyKey, !companyKey.isEmpty else { return nil }
        let location = place?.key ?? ""
        return [companyKey, ColumnText.folded(title), location].joined(separator: "\u{1F}")
    }
}
