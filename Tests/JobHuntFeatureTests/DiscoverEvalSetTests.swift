// The discover evaluation set in Tests/Eval/discover is well-formed: at least
// 150 labelled postings over every source kind, dev and held-out disjoint,
// every label found by the real parsers, and the scorer counts as it says.
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntBench
@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Discover evaluation set (Tests/Eval/discover)")
struct DiscoverEvalSetTests {
    static let folder = RepositoryFiles.path("Tests/Eval/discover")

    /// Issue 22's kinds: dev and held-out were generated from blocks before these kinds existed, so
    /// only the hand-written fresh4 (written by tools/fresh4.py with tools/newkinds.py's writers)
    /// measures them; `everyKind` checks that it does.
    static let notInBlockSets: Set<SourceKind> = [
        .workday, .workable, .smartrecruiters, .recruitee, .personio, .teamtailor, .breezy, .hn,
    ]

    static func labels(_ name: String) throws -> [[String: Any]] {
        let url = folder.appendingPathComponent(name).appendingPathComponent("labels.jsonl")
        return try String(contentsOf: url, encoding: .utf8).split(whereSeparator: \.isNewline).map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test("150+ postings over every source kind, dev and held-out sharing none")
    func size() throws {
        let dev = try Self.labels("dev")
        let heldout = try Self.labels("heldout")
        #expect(dev.count + heldout.count >= 150)
        let key = { (label: [String: Any]) in "\(label["file"] ?? "")|\(label["id"] ?? "")" }
        #expect(Set(dev.map(key)).isDisjoint(with: Set(heldout.map(key))))
        #expect(
            Set(dev.map { $0["id"] as? String ?? "" }).isDisjoint(with: Set(heldout.map { $0["id"] as? String ?? "" })))
        for labels in [dev, heldout] {
            let kinds = Set(labels.compactMap { ($0["file"] as? String).flatMap(DiscoverEvaluation.kind(of:)) })
            #expect(
                kinds == Set(SourceKind.allCases.filter { $0 != .file }).subtracting(Self.notInBlockSets), "\(kinds)")
            #expect(labels.contains { $0["salary_currency"] is NSNull })
            #expect(Set(labels.compactMap { $0["language"] as? String }).count >= 5)
        }
    }

    @Test(
        "every labelled posting is found by its source's parser",
        arguments: [
            "dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9",
            "fresh10", "fresh11", "fresh12", "fresh13", "fresh14",
            "fresh15", "fresh16",
        ])
    func everyPostingParses(name: String) throws {
        let report = try DiscoverEvaluation.run(set: Self.folder.appendingPathComponent(name, isDirectory: true))
        #expect(report.missing == [])
        #expect(report.postings == (try Self.labels(name)).count)
        #expect(report.cells == report.postings * DiscoverEvaluation.fields.count)
        #expect(report.cellsCorrect == report.correct.values.reduce(0, +))
        #expect(report.misses.count == report.cells - report.cellsCorrect)
        #expect(report.salariesStoredRight <= report.salariesStored)
    }

    @Test("fresh4 has 150+ postings over all sixteen source kinds, in six languages, with and without pay")
    func everyKind() throws {
        let labels = try Self.labels("fresh4")
        #expect(labels.count >= 150)
        let kinds = Set(labels.compactMap { ($0["file"] as? String).flatMap(DiscoverEvaluation.kind(of:)) })
        #expect(kinds == Set(SourceKind.allCases), "\(kinds)")
        for kind in SourceKind.allCases {
            #expect(labels.filter { ($0["file"] as? String).flatMap(DiscoverEvaluation.kind(of:)) == kind }.count >= 8)
        }
        #expect(
            Set(labels.compactMap { $0["language"] as? String }).isSuperset(of: ["en", "fr", "de", "es", "pt", "nl"]))
        #expect(labels.contains { $0["salary_currency"] is NSNull })
        #expect(Set(labels.compactMap { $0["salary_currency"] as? String }).count >= 15)
    }
}
