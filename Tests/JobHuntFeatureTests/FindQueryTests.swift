// Parsing free text into a full-text query, the FTS5 and tsquery forms it
// takes, and reciprocal rank fusion — pure functions, no database.
import Foundation
import JobHuntDatabase
import Testing

@testable import JobHuntKernel
@testable import JobHuntMatching

@Suite("discover find: query parsing and rank fusion")
struct FindQueryTests {
    func terms(_ text: String) -> (included: [String], excluded: [String]) {
        let query = FullTextQuery(parsing: text)
        func show(_ term: FullTextQuery.Term) -> String { term.isPhrase ? "\"\(term.text)\"" : term.text }
        return (query.included.map(show), query.excluded.map(show))
    }

    @Test("words, phrases and exclusions; stop words and punctuation-only words dropped")
    func parsing() {
        #expect(
            terms(#"swift "machine  learning" -intern -"night shift""#).included == ["swift", "\"machine learning\""])
        #expect(terms(#"swift "machine  learning" -intern -"night shift""#).excluded == ["intern", "\"night shift\""])
        #expect(terms("the engineer with a Kubernetes and Go").included == ["engineer", "Kubernetes", "Go"])
        #expect(terms(#""to be or not""#).included == ["\"to be or not\""], "stop words stay inside phrases")
        #expect(terms(#"swift "unclosed phrase"#).included == ["swift", "\"unclosed phrase\""])
        #expect(terms("* : - -- ^ ( ) \"\" ' ;").included.isEmpty)
        #expect(terms("swift\u{0}ios\u{7}go").included == ["swift", "ios", "go"], "control characters separate words")
        #expect(terms("full-stack c++ node.js").included == ["full-stack", "c++", "node.js"])
        #expect(terms("Swift swift SWIFT").included == ["Swift"], "repeats are one term")
        #expect(terms("--swift").excluded == ["-swift"], "only the first minus excludes; the rest is text")
        #expect(FullTextQuery(parsing: "").isEmpty)
        #expect(FullTextQuery(parsing: "the and of").isEmpty)
        #expect(FullTextQuery(parsing: "-intern").isEmpty, "only exclusions: nothing to look for")
        let long = FullTextQuery(parsing: (1...500).map { "word\($0)" }.joined(separator: " "))
        #expect(long.included.count == FullTextQuery.maximumTerms)
    }

    @Test("the FTS5 expression quotes every term, so operators and syntax are only text")
    func fts5() {
        #expect(
            FullTextQuery(parsing: #"swift "machine learning" -intern"#).fts5Expression
                == #"("swift" OR "machine learning") NOT "intern""#)
        #expect(
            FullTextQuery(parsing: #"NEAR(a b) title:x* AND"#).fts5Expression == #""NEAR(a" OR "b)" OR "title:x*""#)
        #expect(FullTextQuery(parsing: #"say"hello"#).fts5Expression == #""say" OR "hello""#)
        #expect(FullTextQuery(parsing: #"it's"#).fts5Expression == #""it's""#)
        #expect(FullTextQuery(parsing: "go\"\"rust").fts5Expression == #""go" OR "rust""#)
    }

    @Test("the tsquery binds each term as an argument after the scope's")
    func tsquery() {
        let query = FullTextQuery(parsing: #"swift "machine learning" -intern"#)
        let scope: SQL = "p.a = \(1) AND p.b = \(2) AND "
        let built = (scope + query.postgresTSQuery).build(for: .postgres)
        #expect(
            built.text
                == "p.a = $1 AND p.b = $2 AND ((plainto_tsquery('english', $3::text) || phraseto_tsquery('english', $4::text)) && !! plainto_tsquery('english', $5::text))"
        )
        #expect(built.arguments.dropFirst(2) == [.text("swift"), .text("machine learning"), .text("intern")])
    }

    @Test("fusion: agreement beats one list's first place; ranks, similarity and ties are kept")
    func fusion() {
        let a = UUID()
        let b = UUID()
        let c = UUID()
        let d = UUID()
        let fused = RankFusion.fuse(
            text: [a, b, c],
            semantic: [PostingVectorHit(id: d, similarity: 0.9), PostingVectorHit(id: b, similarity: 0.8)])
        #expect(fused.map(\.id) == [b, a, d, c])
        #expect(fused[0].textRank == 2 && fused[0].semanticRank == 2 && fused[0].similarity == 0.8)
        #expect(abs(fused[0].score - (1 / 62.0 + 1 / 62.0)) < 1e-12)
        #expect(fused[1].score == 1 / 61.0 && fused[1].semanticRank == nil && fused[1].similarity == nil)
        #expect(fused[2].score == 1 / 61.0 && fused[2].textRank == nil, "a tie goes to the text list")
        #expect(RankFusion.fuse(text: [], semantic: []).isEmpty)
        #expect(RankFusion.fuse(text: [a, a], semantic: []).count == 1)
    }

    @Test("LIKE filters escape their wildcards")
    func likePattern() {
        #expect(FindOptions.pattern(" Acme ") == "%acme%")
        #expect(FindOptions.pattern("100%_a\\b") == "%100\\%\\_a\\\\b%")
        #expect(FindOptions.pattern("  ") == nil)
    }
}
