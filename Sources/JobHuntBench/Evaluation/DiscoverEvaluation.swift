// Normalisation quality on a labelled set: every posting file of the set is
// parsed by its source's own parser and normalised as `discover` does, then
// compared, field by field, with the values a recruiter recorded.
import Foundation
import JobHuntDiscovery
import JobHuntKernel

/// Scores `discover`'s parsing and normalisation against `labels.jsonl` (see Tests/Eval/discover/README.md).
package struct DiscoverEvaluation {
    /// The fields scored, in report order: the `job_postings` columns a recruiter would fill in.
    package static let fields = [
        "title", "company", "city", "state", "country", "work_arrangement", "employment_type", "experience_level",
        "salary_min", "salary_max", "salary_currency", "posted_date",
    ]

    /// The clock the normaliser gets, so `is_active` never drifts (it is not scored).
    package static let referenceDate = Date(timeIntervalSince1970: 1_796_083_200)  // 2026-12-01T00:00:00Z

    /// One wrong cell, for tuning on dev.
    package struct Miss: Sendable, Encodable {
        package var posting: String
        package var field: String
        package var expected: String
        package var got: String
    }

    /// The figures for one set.
    package struct Report: Sendable, Encodable {
        package var set: String
        package var postings: Int
        /// Correct cells per field.
        package var correct: [String: Int]
        package var cells: Int
        package var cellsCorrect: Int
        /// Postings where a salary was stored, and how many of those were right in all three columns.
        package var salariesStored: Int
        package var salariesStoredRight: Int
        /// Postings whose label has a salary, and how many of those were stored right.
        package var salariesLabelled: Int
        /// Postings the parsers did not return at all (each counts as wrong in every field).
        package var missing: [String]
        package var misses: [Miss]

        package var cellAccuracy: Double { cells == 0 ? 0 : Double(cellsCorrect) / Double(cells) }
        package var salaryPrecision: Double {
            salariesStored == 0 ? 1 : Double(salariesStoredRight) / Double(salariesStored)
        }
        package var salaryRecall: Double {
            salariesLabelled == 0 ? 1 : Double(salariesStoredRight) / Double(salariesLabelled)
        }
    }

    /// The source kind of a set file, by its name: `greenhouse.json`, `jobspy.csv`, `rss.xml`, …
    static func kind(of file: String) -> SourceKind? {
        let stem = file.split(separator: ".").first.map(String.init) ?? file
        return SourceKind(rawValue: stem.split(separator: "-").first.map(String.init) ?? stem)
    }

    package static func run(set folder: URL) throws -> Report {
        let labelsURL = folder.appendingPathComponent("labels.jsonl")
        let labels = try String(contentsOf: labelsURL, encoding: .utf8).split(whereSeparator: \.isNewline)
            .map { line -> [String: Any] in
                guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                    throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: labelsURL.path])
                }
                return object
            }
        // Lever and Ashby responses never name the employer: the configured company, per file.
        let contextsURL = folder.appendingPathComponent("contexts.json")
        let contexts =
            FileManager.default.fileExists(atPath: contextsURL.path)
            ? (try JSONSerialization.jsonObject(with: Data(contentsOf: contextsURL)) as? [String: String] ?? [:]) : [:]
        let normaliser = PostingNormaliser(now: referenceDate)
        var got: [String: NormalisedPosting] = [:]
        let files = Set(labels.compactMap { $0["file"] as? String })
        for file in files.sorted() {
            guard let kind = kind(of: file) else { continue }
            let data = try Data(contentsOf: folder.appendingPathComponent(file))
            let result = try kind.parser.parse(
                data,
                context: SourceContext(
                    token: "eval", companyName: contexts[file], baseURL: URL(string: "https://careers.example/jobs")))
            for raw in result.postings {
                guard let posting = try? normaliser.normalise(raw) else { continue }
                got[file + "\u{1F}" + joinKey(raw.externalID ?? raw.url)] = posting
                got[file + "\u{1F}" + joinKey(raw.url)] = got[file + "\u{1F}" + joinKey(raw.url)] ?? posting
            }
        }
        var report = Report(
            set: folder.lastPathComponent, postings: labels.count, correct: [:], cells: 0, cellsCorrect: 0,
            salariesStored: 0, salariesStoredRight: 0, salariesLabelled: 0, missing: [], misses: [])
        for label in labels {
            let file = label["file"] as? String ?? ""
            let id = label["id"] as? String ?? ""
            let name = "\(file):\(id)"
            let posting = got[file + "\u{1F}" + joinKey(id)]
            if posting == nil { report.missing.append(name) }
            let values = posting.map(Self.values) ?? [:]
            for field in fields {
                let expected = text(label[field])
                let actual = posting == nil ? "<missing>" : values[field] ?? ""
                report.cells += 1
                if expected == actual {
                    report.cellsCorrect += 1
                    report.correct[field, default: 0] += 1
                } else {
                    report.misses.append(Miss(posting: name, field: field, expected: expected, got: actual))
                }
            }
            let salaryFields = ["salary_min", "salary_max", "salary_currency"]
            let labelled = !text(label["salary_currency"]).isEmpty
            let stored = posting?.salaryCurrency != nil
            let right = salaryFields.allSatisfy { text(label[$0]) == values[$0] ?? "" }
            if labelled { report.salariesLabelled += 1 }
            if stored {
                report.salariesStored += 1
                if right { report.salariesStoredRight += 1 }
            }
        }
        return report
    }

    /// How a label finds its posting: the id or URL as `URL` spells it, so a page whose URL has a
    /// non-ASCII host ("careers.batirhône.example", which a parser gives back in its ASCII form,
    /// "xn--batirhne-…") is still found. Only the join; no scored value goes through it.
    static func joinKey(_ id: String) -> String {
        guard id.hasPrefix("http") else { return id }
        return URL(string: id)?.absoluteString ?? id
    }

    /// The scored fields of a normalised posting as text ("" for nil).
    static func values(_ posting: NormalisedPosting) -> [String: String] {
        [
            "title": posting.title, "company": posting.company?.name ?? "", "city": posting.locationCity ?? "",
            "state": posting.locationState ?? "", "country": posting.locationCountry ?? "",
            "work_arrangement": posting.workArrangement?.rawValue ?? "",
            "employment_type": posting.employmentType?.rawValue ?? "",
            "experience_level": posting.experienceLevel?.rawValue ?? "",
            "salary_min": posting.salaryMin.map(String.init) ?? "",
            "salary_max": posting.salaryMax.map(String.init) ?? "",
            "salary_currency": posting.salaryCurrency ?? "", "posted_date": posting.postedDate?.description ?? "",
        ]
    }

    private static func text(_ value: Any?) -> String {
        switch value {
        case let string as String: string
        case let number as NSNumber: number.stringValue
        default: ""
        }
    }
}
