// The RSS/Atom parser against the WWR-style feed fixture and an inline Atom feed.
import Foundation
import JobHuntKernel
import Testing

@testable import JobHuntDiscovery

@Suite("RSS and Atom source")
struct SourceFeedTests {
    let context = SourceContext(token: "https://remoteroles.example/remote-jobs.rss")

    func result() throws -> SourceParseResult {
        try SourceFixtures.parse("remote_rss.xml", with: FeedParser(), context: context)
    }

    @Test("five items load; the title splits into company and job title")
    func items() throws {
        let result = try result()
        #expect(result.postings.count == 5)
        #expect(result.problems.isEmpty)
        let first = try #require(result.postings.first)
        #expect(first.sourcePlatform == "rss")
        #expect(first.companyName == "Pinecrest Data")
        #expect(first.title == "Senior Data Engineer")
        #expect(first.url == "https://remoteroles.example/remote-jobs/pinecrest-data-senior-data-engineer")
        #expect(first.externalID == first.url)
        #expect(first.companyLogoURL == "https://remoteroles.example/logos/pinecrest-data.png")
        #expect(first.locations == ["Anywhere in the World"])
        #expect(first.tags == ["Back-End Programming", "Python", "Airflow", "Snowflake"])
        #expect(first.employmentType == "Full-Time")
        #expect(first.postedAt == SourceFixtures.instant("2026-02-23T14:05:12Z"))
        #expect(first.expiresAt == SourceFixtures.instant("2026-03-25T14:05:12Z"))
        #expect(first.descriptionHTML?.hasPrefix("<p><strong>Headquarters:</strong>") == true)
        #expect(first.descriptionHTML?.contains("$120k–$150k") == true)
    }

    @Test("XML entities, flag emoji and the escaped &nbsp; are decoded exactly once")
    func escaping() throws {
        let result = try result()
        #expect(result.postings.last?.companyName == "Marlow & Pike")
        let kelpwise = try #require(result.postings.first { $0.companyName == "Kelpwise" })
        #expect(kelpwise.locations == ["Europe Only", "🇩🇪 Germany, 🇳🇱 Netherlands, 🇵🇹 Portugal"])
        #expect(kelpwise.expiresAt == SourceFixtures.instant("2026-02-05T09:00:00Z"))
        let driftlock = try #require(result.postings.first { $0.companyName == "Driftlock Security" })
        #expect(driftlock.descriptionHTML?.contains("tenants.&nbsp;No salary") == true)
        #expect(result.postings[1].employmentType == "Contract")
    }

    @Test("an item with its own company element keeps its title whole")
    func companyElement() throws {
        let feed = """
            <rss version="2.0"><channel><item><title>Lead: Platform</title><company>Acme</company>
            <link>https://x.example/1</link></item></channel></rss>
            """
        let job = try #require(try FeedParser().parse(Data(feed.utf8), context: context).postings.first)
        #expect(job.title == "Lead: Platform")
        #expect(job.companyName == "Acme")
        #expect(job.externalID == "https://x.example/1")
    }

    @Test("Atom entries: alternate link, published date, author name, HTML content")
    func atom() throws {
        let feed = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Jobs</title>
            <entry><id>urn:job:1</id><title>Rust Engineer</title>
              <link rel="self" href="https://x.example/feed/1"/><link rel="alternate" href="https://x.example/jobs/1"/>
              <updated>2026-02-20T10:00:00Z</updated><published>2026-02-18T09:00:00+01:00</published>
              <author><name>Ferrowave</name><email>jobs@ferrowave.example</email></author>
              <category term="rust"/><content type="html">&lt;p&gt;Build &amp;amp; ship.&lt;/p&gt;</content></entry>
            <entry><id>urn:job:2</id><link href="https://x.example/jobs/2"/><summary>No title here</summary></entry>
            </feed>
            """
        let result = try FeedParser().parse(Data(feed.utf8), context: context)
        let job = try #require(result.postings.first)
        #expect(result.postings.count == 1)
        #expect(job.externalID == "urn:job:1")
        #expect(job.url == "https://x.example/jobs/1")
        #expect(job.companyName == "Ferrowave")
        #expect(job.title == "Rust Engineer")
        #expect(job.tags == ["rust"])
        #expect(job.postedAt == SourceFixtures.instant("2026-02-18T08:00:00Z"))
        #expect(job.descriptionHTML == "<p>Build &amp; ship.</p>")
        #expect(result.problems == [SourceRecordProblem(position: 2, recordID: "urn:job:2", reason: "no title")])
    }

    @Test("a feed of several megabytes parses (XMLParser(data:) fails on Linux: corelibs-foundation 4851)")
    func largeFeed() throws {
        let fixture = String(decoding: try SourceFixtures.data("remote_rss.xml"), as: UTF8.self)
        let start = try #require(fixture.range(of: "<item>")).lowerBound
        let end = try #require(fixture.range(of: "</channel>")).lowerBound
        let feed = fixture[..<start] + String(repeating: String(fixture[start..<end]), count: 1000) + fixture[end...]
        #expect(feed.utf8.count > 2_000_000)
        let result = try FeedParser().parse(Data(feed.utf8), context: context)
        #expect(result.postings.count == 5000)
        #expect(result.problems.isEmpty)
    }

    @Test("broken XML and a non-feed document are document errors")
    func documentErrors() {
        #expect(throws: JobHuntError.self) {
            try FeedParser().parse(Data("<rss><channel><item></channel>".utf8), context: context)
        }
        #expect(throws: JobHuntError.sourceUnreadable(source: "rss", reason: "expected an RSS 2.0 or Atom feed")) {
            try FeedParser().parse(Data("<html><body/></html>".utf8), context: context)
        }
    }

    /// `scripts/fuzz source-rss` found it (docs/reliability.md, Fuzzing): FoundationXML on Linux
    /// crashed the process on an element name with bytes that are not UTF-8.
    @Test("bytes that are not UTF-8 in a feed read as UTF-8 are a document error, not a crash")
    func invalidUTF8Name() {
        let prefix = Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">\n  <chan".utf8)
        let feed = prefix + Data([0xEF, 0x01, 0x00, 0x00]) + Data("nel><title>x</title></channel></rss>\n".utf8)
        #expect(
            throws: JobHuntError.sourceUnreadable(
                source: "rss", reason: "not well-formed XML: bytes that are not UTF-8 (line 3)")
        ) {
            try FeedParser().parse(feed, context: context)
        }
        // The second crash: a misspelt declaration (`UTF-8@`) got past a check that trusted any name but UTF-8.
        let misspelt =
            Data("<?xml version=\"1.0\" encoding=\"UTF-8@\"?>\n<rss version=\"2.0\">\n  <ch".utf8)
            + Data([0xDE, 0x01]) + Data("annel></channel></rss>\n".utf8)
        #expect(
            throws: JobHuntError.sourceUnreadable(
                source: "rss", reason: "not well-formed XML: bytes that are not UTF-8 (line 3)")
        ) {
            try FeedParser().parse(misspelt, context: context)
        }
        let noDeclaration = Data("<rss><channel><title>caf".utf8) + Data([0xE9]) + Data("</title></channel></rss>".utf8)
        #expect(throws: JobHuntError.self) { try FeedParser().parse(noDeclaration, context: context) }
    }

    /// `scripts/fuzz source-rss` found it too: a processing instruction with no data (`<?x?>`),
    /// well-formed XML, crashed FoundationXML on Linux (`strlen(NULL)`).
    @Test("a processing instruction without data is read past, in RSS and Personio alike")
    func processingInstructionWithoutData() throws {
        let feed =
            Data(
                "<?x?>\n<rss version=\"2.0\"><channel><?y?><item><title>Acme: Baker</title><link>https://x.example/1</link>"
                    .utf8) + Data("<guid>1</guid></item></channel></rss>\n".utf8)
        let result = try FeedParser().parse(feed, context: context)
        #expect(result.postings.map(\.title) == ["Baker"])
        #expect(throws: JobHuntError.self) {
            try PersonioParser().parse(Data("<?x?><workzag-jobs><position><?q?>".utf8), context: context)
        }
        // Line numbers stay: the instruction is blanked byte for byte.
        #expect(XMLInput.readable(Data("<?x?>\n<a/>".utf8)) == Data("     \n<a/>".utf8))
        #expect(XMLInput.readable(Data("<?xml version=\"1.0\"?><a/>".utf8)) == Data("<?xml version=\"1.0\"?><a/>".utf8))
    }

    @Test("a feed that declares ISO-8859-1 still reads, its bytes converted by the XML layer")
    func declaredLatin1() throws {
        let head = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss version=\"2.0\"><channel><item>"
        let feed =
            Data((head + "<title>Caf").utf8) + Data([0xE9])
            + Data(": Cook</title><link>https://example.com/1</link></item></channel></rss>".utf8)
        let result = try FeedParser().parse(feed, context: context)
        #expect(result.postings.first?.companyName == "Caf\u{E9}")
        #expect(result.postings.first?.title == "Cook")
    }
}
