// Reading a document record by record (inside the ingest's pipeline) gives
// exactly what parsing it whole gives, and a document the record scan is not
// sure of goes the whole-document way, so its errors cannot change.
import Foundation
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Documents read record by record")
struct RecordSplittingTests {
    static let context = SourceContext(token: "acme")

    /// A Greenhouse board of `count` jobs with escapes, non-ASCII text, metadata and pay ranges.
    static func board(_ count: Int) throws -> Data {
        var jobs: [Any] = []
        for index in 0..<count {
            var job: [String: Any] = [:]
            job["id"] = 4_000_000 + index
            job["title"] = index % 9 == 4 ? " " : "Ingénieur \"\(index)\" \u{1F680}"
            job["absolute_url"] = "https://boards.example/acme/jobs/\(index)"
            job["updated_at"] = "2026-11-0\(index % 9 + 1)T10:00:00-05:00"
            job["location"] = ["name": index % 2 == 0 ? "Berlin, Germany" : "Remote\n(US)"]
            job["content"] = "&lt;p&gt;Build things \\ with Swift &amp;amp; SQL.&lt;/p&gt;\u{2028}line"
            let metadata: [String: Any] = [
                "name": "Employment Type", "value": "Full-time", "value_type": "single_select",
            ]
            job["metadata"] = [metadata]
            let pay: [String: Any] = ["min_cents": 9_000_000, "max_cents": 12_000_000, "currency_type": "EUR"]
            job["pay_input_ranges"] = index % 3 == 0 ? [pay] : []
            job["departments"] = [["name": "Platform"]]
            jobs.append(job)
        }
        let root: [String: Any] = ["jobs": jobs, "meta": ["total": count]]
        // Sorted keys: the same bytes in every process (a dictionary's order follows the
        // per-process hash seed), so a mutation that fails can be replayed.
        return try JSONSerialization.data(withJSONObject: root, options: [.sortedKeys])
    }

    static func expectSame(_ data: Data, _ parser: some RecordSplittingParser, _ note: String) throws {
        let records = try #require(try parser.records(data, context: context), "\(note): split")
        let whole = try parser.parse(data, context: context)
        #expect(records.all() == whole, "\(note)")
        #expect(records.count == whole.postings.count + whole.problems.count, "\(note)")
    }

    @Test("a Greenhouse board read job by job equals the board parsed whole")
    func greenhouseSame() throws {
        let parser = GreenhouseParser()
        try Self.expectSame(try SourceFixtures.data("greenhouse_jobs.json"), parser, "fixture")
        try Self.expectSame(try Self.board(40), parser, "generated")
        let documents = [
            #"{"jobs": []}"#, #" { "jobs" : [ null , 1, "x", [], {"id": 1} ] , "x": {"jobs": 2} } "#,
            #"{"other": [1, 2.5e-3, -0, true, false, null, {"a": [{}]}], "jobs": [{"id": "7", "title": "A\u00e9\/", "absolute_url": "u"}]}"#,
        ]
        for document in documents { try Self.expectSame(Data(document.utf8), parser, document) }
    }

    /// Each document is one the scan must leave to the whole-document parse: not valid
    /// JSON, not a board, or a construct it does not check as `JSONSerialization` would.
    @Test("a malformed or unusual document is parsed whole, reporting exactly what it reported before")
    func greenhouseWhole() throws {
        let parser = GreenhouseParser()
        let documents: [[UInt8]] = [
            Array(#"{"jobs": [{"id": 1}"#.utf8), Array(#"{"jobs": [1,]}"#.utf8), Array(#"{"jobs": [1]} x"#.utf8),
            Array(#"{"jobs": [01]}"#.utf8), Array(#"{"jobs": ["a\x"]}"#.utf8), Array(#"{"jobs": ["\ud800"]}"#.utf8),
            Array(#"{"jobs": ["\u0000"]}"#.utf8), Array(#"{"job\u0073": []}"#.utf8),
            Array(#"{"jobs": [], "jobs": []}"#.utf8), Array(#"{"jobs": {}}"#.utf8),
            Array(#"{"id": 1, "title": "One job", "absolute_url": "u"}"#.utf8), Array(#"[{"jobs": []}]"#.utf8),
            Array(#"{"jobs": [12345678901234567890]}"#.utf8), Array(#"{"jobs": [tru]}"#.utf8),
            Array(#"{"jobs": [{"id": 1e2000000}]}"#.utf8), Array(#"{"jobs": [1E+400]}"#.utf8),
            [0xEF, 0xBB, 0xBF] + Array(#"{"jobs": []}"#.utf8),
            Array(#"{"jobs": [""#.utf8) + [0xC3, 0x28] + Array(#""]}"#.utf8),
            Array(#"{"jobs": [""#.utf8) + [0x09] + Array(#""]}"#.utf8),
            Array(#"{"jobs": ["#.utf8) + Array(repeating: UInt8(ascii: "["), count: 70)
                + Array(repeating: UInt8(ascii: "]"), count: 70) + Array("]}".utf8),
        ]
        for bytes in documents {
            let data = Data(bytes)
            #expect(try parser.records(data, context: Self.context) == nil, "\(String(decoding: bytes, as: UTF8.self))")
        }
    }

    /// Soundness of the scan on many broken documents: whenever it accepts one, the
    /// whole-document parse accepts it too and gives the same result.
    @Test("whenever the scan accepts a mutated board, parsing it whole succeeds with the same result")
    func greenhouseMutations() throws {
        let parser = GreenhouseParser()
        let original = Array(try Self.board(3))
        var generator = SeededGenerator(seed: 20)
        var accepted = 0
        for round in 0..<3_000 {
            var bytes = original
            let position = Int.random(in: 0..<bytes.count, using: &generator)
            switch round % 3 {
            case 0: bytes.remove(at: position)
            case 1: bytes[position] = UInt8.random(in: 0...255, using: &generator)
            default: bytes.insert(Array(#"{}[],:"\ 0e-"#.utf8).randomElement(using: &generator)!, at: position)
            }
            let data = Data(bytes)
            guard let records = try parser.records(data, context: Self.context) else { continue }
            accepted += 1
            #expect(records.all() == (try parser.parse(data, context: Self.context)), "round \(round)")
        }
        #expect(accepted > 100, "some mutations (inside strings) keep the document valid")
    }

    @Test("JSON Lines read line by line: the same records, the same document error before any record")
    func jsonLines() throws {
        let parser = JSONLinesParser()
        let lines = try ParallelNormalisationTests.lines(30) + "\n  \nnot json\n[1]\n"
        try Self.expectSame(Data(lines.utf8), parser, "lines")
        #expect(throws: JobHuntError.self) { try parser.records(Data("\n [{\"a\": 1}]\n".utf8), context: Self.context) }
    }

    @Test("records parsed and normalised on several threads come out in order, problems in place")
    func recordsInOrder() throws {
        let data = try Self.board(70)
        let records = try #require(try GreenhouseParser().records(data, context: Self.context))
        let normaliser = PostingNormaliser(now: IngestFixture.referenceDate)
        let expected: [String] = (0..<records.count).map { index in
            switch records.read(index) {
            case .problem(let problem): "problem \(problem)"
            case .posting(let raw): "\(Result { () throws(JobHuntError) in try normaliser.normalise(raw) })"
            }
        }
        #expect(expected.filter { $0.hasPrefix("problem") }.count == 8, "every 9th title is blank")
        for (chunk, threads) in [(500, 1), (500, 2), (16, 4), (1, 3)] {
            let outcomes = ParallelRecordNormalisation(
                records, normaliser: normaliser, chunkSize: chunk, threads: threads)
            let seen: [String] = outcomes.map { outcome in
                switch outcome {
                case .problem(let problem): "problem \(problem)"
                case .normalised(let outcome): "\(outcome.result)"
                }
            }
            #expect(seen == expected, "chunk \(chunk), \(threads) threads")
        }
    }
}

/// A small deterministic generator (SplitMix64), so a failing mutation can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
