// Each source format's parser, then the normaliser over every posting it read:
// the path every fetched document takes before the database.
import Foundation
import JobHuntKernel

@testable import JobHuntDiscovery

enum SourceFuzz {
    static let normaliser = PostingNormaliser(now: Date(timeIntervalSince1970: 1_796_000_000))

    static func run(_ kind: SourceKind, _ data: Data) {
        let context = SourceContext(
            token: "fuzz", companyName: "Fuzz Co", baseURL: URL(string: "https://jobs.example.com/board/"))
        guard let result = try? kind.parser.parse(data, context: context) else { return }
        for raw in result.postings {
            if let posting = try? normaliser.normalise(raw), let low = posting.salaryMin, let high = posting.salaryMax {
                check(low <= high, "\(kind) posting stored salary minimum \(low) above maximum \(high)")
            }
        }
    }
}
