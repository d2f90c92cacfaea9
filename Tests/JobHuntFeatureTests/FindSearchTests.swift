// `PostingFinder` on both engines: full-text ranking, phrases and exclusions,
// fusion with a deterministic embedder, filters, snippets and hostile text.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntKernel
@testable import JobHuntMatching

@Suite("discover find: hybrid search on both engines")
struct FindSearchTests {
    @Test("words only: bm25 / ts_rank_cd order, active postings unless --all", arguments: TestEngine.allCases)
    func fullText(engine: TestEngine) throws {
        let fixture = try FindFixture(engine)
        let finder = fixture.finder(embedder: nil)
        let found = try finder.find("swift")
        #expect(fixture.keys(found) == ["ios", "server"])
        #expect(found.map(\.textRank) == [1, 2])
        #expect(found.allSatisfy { $0.semanticRank == nil && $0.similarity == nil })
        #expect(found.map(\.rank) == [1, 2])
        #expect(found[0].score == 1 / 61.0)
        #expect(fixture.keys(try finder.find("swift", options: FindOptions(includeInactive: true))).contains("closed"))
        #expect(try finder.find("swift", options: FindOptions(limit: 1)).count == 1)
        #expect(try finder.find("quantum").isEmpty)
    }

    @Test("phrases keep word order; exclusions remove postings", arguments: TestEngine.allCases)
    func phrasesAndExclusions(engine: TestEngine) throws {
        let fixture = try FindFixture(engine)
        let finder = fixture.finder(embedder: nil)
        #expect(Set(fixture.keys(try finder.find(#""machine learning""#))) == ["ml", "intern"])
        #expect(try finder.find(#""models machine""#).isEmpty)
        #expect(fixture.keys(try finder.find(#""machine learning" -intern"#)) == ["ml"])
        #expect(fixture.keys(try finder.find(#"python -"machine learning""#)).isEmpty)
        #expect(fixture.keys(try finder.find("python sql")).first == "intern", "more matched words rank higher")
    }

    @Test(
        "fusion: both lists first, meaning-only hits kept, unrelated postings below the floor dropped",
        arguments: TestEngine.allCases)
    func hybrid(engine: TestEngine) throws {
        let fixture = try FindFixture(engine)
        let found = try fixture.finder().find("iphone")
        let keys = fixture.keys(found)
        #expect(keys.first == "ios", "the only posting in both lists")
        #expect(found[0].textRank == 1 && [1, 2].contains(found[0].semanticRank))
        #expect(Set(keys) == ["ios", "mobile", "server"])
        let server = try #require(found.first { $0.id == fixture.ids["server"] })
        #expect(server.textRank == nil && server.semanticRank == 3, "Swift on Linux never says iPhone")
        let expected = ConceptEmbedding.cosine("iphone", FindFixture.postings[2].1 + "\n\n" + FindFixture.postings[2].2)
        #expect(abs((server.similarity ?? 0) - expected) < 1e-3, "\(server.similarity ?? 0) vs \(expected)")
        #expect(found.first { $0.id == fixture.ids["mobile"] }?.textRank == nil)
        #expect(!keys.contains("nurse") && !keys.contains("ml"), "unrelated postings are under the similarity floor")
        #expect(!keys.contains("closed"))
        #expect(zip(found, found.dropFirst()).allSatisfy { $0.score >= $1.score })
        #expect(found.map(\.rank) == Array(1...found.count))
    }

    @Test("the text embedded leaves out what is excluded")
    func meaning() {
        let query = FullTextQuery(parsing: #"python "machine learning" -intern"#)
        #expect(
            PostingFinder.meaning(of: #"python "machine learning" -intern"#, query: query) == "python machine learning")
        #expect(PostingFinder.meaning(of: "iphone apps", query: FullTextQuery(parsing: "iphone apps")) == "iphone apps")
    }

    @Test("company, location and work type filter both halves in SQL", arguments: TestEngine.allCases)
    func filters(engine: TestEngine) throws {
        let fixture = try FindFixture(engine)
        let finder = fixture.finder()
        #expect(fixture.keys(try finder.find("swift iphone", options: FindOptions(company: "acm"))) == ["ios"])
        #expect(
            Set(fixture.keys(try finder.find("swift", options: FindOptions(location: "berlin")))) == ["ios", "server"])
        #expect(fixture.keys(try finder.find("swift", options: FindOptions(workArrangement: .onsite))) == ["server"])
        #expect(try finder.find("swift", options: FindOptions(company: "%")).isEmpty, "% is a literal, not a wildcard")
    }

    @Test(
        "snippets highlight matched words; a meaning-only hit shows the description's opening",
        arguments: TestEngine.allCases)
    func snippets(engine: TestEngine) throws {
        let fixture = try FindFixture(engine)
        let found = try fixture.finder().find("iphone")
        let ios = try #require(found.first { $0.id == fixture.ids["ios"] })
        #expect(ios.snippet.contains("[iPhone]"), "\(ios.snippet)")
        let mobile = try #require(found.first { $0.id == fixture.ids["mobile"] })
        #expect(mobile.textRank == nil)
        #expect(mobile.snippet == "Ship apple mobile apps for millions of users.")
        #expect(ios.companyName == "Acme" && ios.location == "Berlin, DE" && ios.externalID == "ios")
        #expect(ios.sourceURL == "https://example.com/ios" && ios.sourcePlatform == "greenhouse")
    }

    @Test("hostile text is searched for, never interpreted, on both engines", arguments: TestEngine.allCases)
    func hostile(engine: TestEngine) throws {
        let fixture = try FindFixture(engine)
        let finder = fixture.finder()
        for text in [
            "NEAR(swift", "NEAR(swift ios, 2)", "swift AND OR NOT", "title:swift", "{title description}: swift",
            "^swift", "swift*", "'; DROP TABLE job_postings; --", #"" OR 1=1 --"#, "$1 $2 ?", "swift\u{0}ios",
            #"\"swift\""#, "💥 swift", String(repeating: "swift ", count: 5_000),
        ] {
            #expect(throws: Never.self, "\(text.prefix(40))") { try finder.find(text) }
        }
        for text in ["swift*", #""swift"#, "'swift'", "swift)", "SWIFT"] {
            #expect(
                Set(fixture.keys(try finder.find(text, options: FindOptions(minimumSimilarity: 2))))
                    == ["ios", "server"], "\(text)")
        }
        for text in ["", "   ", "*", "-swift", "the", #""""#, "- -- ---", ":", "(((((", "\u{0}"] {
            #expect(throws: JobHuntError.findNoSearchTerms, "\(text)") { try finder.find(text) }
        }
        #expect(try fixture.services.store.database().scalar("SELECT COUNT(*) FROM job_postings", as: Int.self) == 7)
    }

    @Test("a failing or misshapen embedder is a JobHuntError")
    func badEmbedder() throws {
        let fixture = try FindFixture(.sqlite)
        #expect(throws: JobHuntError.self) { try fixture.finder(embedder: { _ in [[1, 2, 3]] }).find("swift") }
        struct Broken: Error {}
        let error = #expect(throws: JobHuntError.self) {
            try fixture.finder(embedder: { _ in throw Broken() }).find("swift")
        }
        #expect(error?.code == .findEmbedderFailed)
    }

    @Test("PostgreSQL answers @@ from idx_job_postings_fts: the query repeats the index expression")
    func usesGINIndex() throws {
        let fixture = try FindFixture(.postgres)
        let db = try fixture.services.store.database()
        try db.execute("SET enable_seqscan = off")
        let statement = PostgresTextSearch.statement(
            FullTextQuery(parsing: #"swift "machine learning" -intern"#), limit: 10,
            scope: FindOptions(includeInactive: true).scope)
        try db.execute("SET plan_cache_mode = force_generic_plan")
        let plan = try db.query("EXPLAIN \(sql: statement)").map {
            try $0.get("QUERY PLAN", as: String.self)
        }
        #expect(plan.contains { $0.contains("Bitmap Index Scan on idx_job_postings_fts") }, "\(plan)")
    }
}
