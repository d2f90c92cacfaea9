// The matching evaluation set in Tests/Eval/match is well-formed: every label
// names a real person and posting, grades are 0…3, every dev person has 60+
// graded postings of several grades, the near-misses are there, and
// every file imports through the real résumé and JSON Lines readers.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntBench
@testable import JobHuntDiscovery
@testable import JobHuntKernel
@testable import JobHuntProfiles

@Suite("Matching evaluation set (Tests/Eval/match)")
struct MatchEvalSetTests {
    static let folder = RepositoryFiles.path("Tests/Eval/match")
    static let today = CalendarDate(year: 2026, month: 11, day: 25)!

    static func load(_ name: String) throws -> EvaluationSet {
        try EvaluationSet.load(from: folder.appendingPathComponent(name, isDirectory: true))
    }

    @Test(
        "each set's labels, people and postings agree",
        arguments: [
            "dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9",
            "fresh10", "fresh11",
        ])
    func consistent(name: String) throws {
        let set = try Self.load(name)
        #expect(set.problems() == [])
        #expect(set.labels.allSatisfy { EvaluationSet.grades.contains($0.grade) })
        #expect(set.labels.count == set.people.count * set.postingIDs.count)
    }

    @Test("dev has 5+ people with 60+ graded postings each, of several grades")
    func devSize() throws {
        let set = try Self.load("dev")
        #expect(set.people.count >= 5)
        for person in set.people {
            let grades = set.grades(for: person.name)
            #expect(grades.count >= 60, "\(person.name)")
            #expect(Set(grades.values) == [0, 1, 2, 3], "\(person.name) lacks a grade")
            #expect(grades.values.filter { $0 == 3 }.count >= 3, "\(person.name)")
        }
    }

    @Test("20+ kinds of people, split by kind: no person in both sets, 9+ held out")
    func kinds() throws {
        let dev = try Self.load("dev")
        let heldOut = try Self.load("heldout")
        #expect(dev.people.count + heldOut.people.count >= 20)
        #expect(heldOut.people.count >= 9)
        // The held-out career changer's bedside jobs are near misses there too.
        #expect(heldOut.labels.contains { $0.reasons.contains("clinical-vs-informatics") && $0.grade <= 1 })
        #expect(heldOut.labels.contains { $0.reasons.contains("right-word-wrong-field") && $0.grade <= 1 })
    }

    @Test("held-out has 3+ other people and only other postings")
    func heldOutIsSeparate() throws {
        let dev = try Self.load("dev")
        let heldOut = try Self.load("heldout")
        #expect(heldOut.people.count >= 3)
        #expect(Set(heldOut.people.map(\.name)).isDisjoint(with: dev.people.map(\.name)))
        #expect(Set(heldOut.postingIDs).isDisjoint(with: dev.postingIDs))
        for person in heldOut.people { #expect(Set(heldOut.grades(for: person.name).values).contains(3)) }
    }

    @Test(
        "each fresh set: 6+ kinds in no earlier set, 100+ postings of its own, near misses never fits",
        arguments: [
            ("fresh", ["dev", "heldout"]), ("fresh2", ["dev", "heldout", "fresh"]),
            ("fresh3", ["dev", "heldout", "fresh", "fresh2"]),
            ("fresh4", ["dev", "heldout", "fresh", "fresh2", "fresh3"]),
            ("fresh5", ["dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4"]),
            ("fresh6", ["dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5"]),
            ("fresh7", ["dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6"]),
            ("fresh8", ["dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7"]),
            (
                "fresh9",
                ["dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8"]
            ),
            (
                "fresh10",
                [
                    "dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8",
                    "fresh9",
                ]
            ),
            (
                "fresh11",
                [
                    "dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8",
                    "fresh9", "fresh10",
                ]
            ),
        ])
    func freshIsSeparate(name: String, earlier: [String]) throws {
        let fresh = try Self.load(name)
        let others = try earlier.map { try Self.load($0) }
        #expect(fresh.people.count >= 6)
        #expect(fresh.postingIDs.count >= 100)
        for other in others {
            #expect(Set(fresh.people.map(\.name)).isDisjoint(with: other.people.map(\.name)))
            #expect(Set(fresh.postingIDs).isDisjoint(with: other.postingIDs))
        }
        for person in fresh.people { #expect(Set(fresh.grades(for: person.name).values).contains(3), "\(person.name)") }
        for tag in [
            "right-word-wrong-field", "right-field-wrong-level", "history-not-target", "remote-other-country",
            "salary-under-floor", "wrong-city-onsite",
        ] {
            let tagged = fresh.labels.filter { $0.reasons.contains(tag) }
            #expect(!tagged.isEmpty, "\(tag)")
            if tag.hasPrefix("right-") || tag == "history-not-target" {
                #expect(tagged.allSatisfy { $0.grade <= 1 }, "\(tag)")
            }
        }
    }

    @Test(
        "dev holds each near-miss of the issue, and none is graded a fit",
        arguments: [
            "java-vs-javascript", "react-native-vs-react", "clinical-vs-informatics", "wrong-seniority",
            "wrong-city-onsite", "salary-under-floor", "right-word-wrong-field", "right-field-wrong-level",
            "history-not-target",
        ])
    func nearMisses(tag: String) throws {
        let tagged = try Self.load("dev").labels.filter { $0.reasons.contains(tag) }
        #expect(!tagged.isEmpty)
        #expect(tagged.allSatisfy { $0.grade <= 1 }, "\(tagged.filter { $0.grade > 1 })")
    }

    @Test(
        "every résumé and posting reads through jobhunt's own readers",
        arguments: [
            "dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9",
            "fresh10", "fresh11",
        ])
    func importable(name: String) throws {
        let set = try Self.load(name)
        for person in set.people {
            let resume = try ResumeImport.read(person.resume, today: Self.today)
            // fresh10 has people who list no skills, as people do; every résumé says what work they did.
            #expect(!resume.skills.isEmpty || !resume.experiences.isEmpty, "\(person.name)")
            #expect(person.preferences.targetSalaryMin != nil, "\(person.name)")
        }
        let data = try Data(contentsOf: set.postingsFile)
        let parsed = try SourceKind.file.parser.parse(data, context: SourceContext(token: "postings.jsonl"))
        #expect(parsed.problems.isEmpty)
        #expect(parsed.postings.map(\.externalID) == set.postingIDs)
    }

    @Test("a label line that is not four fields is reported with its line")
    func malformedLabels() throws {
        let folder = try TemporaryDirectory(prefix: "jobhunt-evalset")
        try Data("profile\texternal_id\tgrade\treasons\nann\tp-1\tthree\t\n".utf8).write(to: folder.file("labels.tsv"))
        #expect(
            throws: JobHuntError.evaluationMalformed(
                folder.file("labels.tsv"), line: 2, "expected 4 tab-separated fields, grade a number")
        ) {
            _ = try EvaluationSet.labels(in: folder.file("labels.tsv"))
        }
    }
}
