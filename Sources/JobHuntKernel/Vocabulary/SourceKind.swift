// The source kinds `--source KIND:ARG` names; Discovery gives each its parser.
import Foundation

/// A source format; the raw value is the `KIND` in `--source KIND:ARG`.
package enum SourceKind: String, CaseIterable, Sendable {
    case greenhouse, lever, ashby, jsonld, rss, remoteok, jobspy, file
    /// Employer boards with a public, keyless job API (issue 22).
    case workday, workable, smartrecruiters, recruitee, personio, teamtailor, breezy
    /// Hacker News "Ask HN: Who is hiring?" for one month, through the Algolia HN API.
    case hn
}
