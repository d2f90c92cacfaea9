// Issue 18's failure classes for places, dates, encodings and older exports.
import Foundation
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel
@testable import JobHuntSkills

@Suite("Real data: places, dates, encodings, older exports")
struct RealDataSourceTests {
    static let context = SourceContext(token: "export.csv")

    @Test("Lever's bare city keeps its city with the country field")
    func leverCity() {
        let places = LocationRule.places(addresses: [RawAddress(country: "GB")], locations: ["London"])
        #expect(LocationRule.primary(of: places) == PostingPlace(city: "London", country: "GB"))
    }

    @Test("a country-only first place gives way to a city in that country")
    func finerPlaceWins() {
        let places = LocationRule.places(addresses: [], locations: ["Canada Only", "Montréal, QC"])
        let primary = LocationRule.primary(of: places)
        #expect(primary?.city == "Montréal")
        #expect(primary?.state == "QC")
        #expect(primary?.country == "CA")
    }

    @Test("'United States - Remote Flexibility' is the country, remote")
    func remoteFlexibility() {
        let place = LocationRule.place(in: "United States - Remote Flexibility")
        #expect(place?.city == nil)
        #expect(place?.country == "US")
        #expect(place?.workplace == .remote)
    }

    @Test("Indeed's French region codes become names; unknown codes with digits are dropped")
    func regionCodes() {
        #expect(LocationRule.place(in: "Paris, A8, FR")?.state == "Île-de-France")
        #expect(LocationRule.place(in: "Lille, HDF, FR")?.state == "Hauts-de-France")
        #expect(LocationRule.place(in: "Somewhere, Z9, DE")?.state == nil)
        #expect(LocationRule.place(in: "Sydney, NSW, Australia")?.state == "NSW")
    }

    @Test("Greenhouse reads 'Location Type' and 'Employment Type' metadata")
    func greenhouseMetadata() throws {
        let json = """
            {"jobs": [{"id": 1, "title": "Analyst", "absolute_url": "https://x.example/1",
              "location": {"name": "Austin, TX"}, "content": "",
              "metadata": [{"name": "Location Type", "value": "Remote"},
                           {"name": "Employment Type", "value": "Part-time"}]}]}
            """
        let posting = try #require(
            try GreenhouseParser().parse(Data(json.utf8), context: SourceContext(token: "x")).postings.first)
        #expect(posting.workplace == "Remote")
        #expect(posting.employmentType == "Part-time")
    }

    @Test("impossible dates are refused, not rolled over", arguments: ["2026-02-30", "2025-13-45", "2026-04-31"])
    func impossibleDates(_ text: String) {
        #expect(SourceDate.iso8601(text) == nil)
        #expect(SourceDate.iso8601("2024-02-29") != nil)
    }

    @Test("a JobSpy row with an impossible date loads without it, with a warning")
    func jobSpyDateWarning() throws {
        let csv = "id,site,job_url,title,date_posted\n\"a\",\"indeed\",\"https://x.example/a\",\"A\",\"2026-02-30\"\n"
        let posting = try #require(try JobSpyParser().parse(Data(csv.utf8), context: Self.context).postings.first)
        #expect(posting.postedAt == nil)
        #expect(posting.warnings == ["date_posted \"2026-02-30\" is not a real date; left empty"])
    }

    @Test("an older JobSpy export without an id column is keyed by job_url")
    func jobSpyWithoutID() throws {
        let csv =
            "site,job_url,title\n\"indeed\",\"https://x.example/a\",\"A\"\n\"linkedin\",\"https://x.example/b\",\"B\"\n"
        let result = try JobSpyParser().parse(Data(csv.utf8), context: Self.context)
        #expect(result.postings.map(\.externalID) == ["https://x.example/a", "https://x.example/b"])
        #expect(result.problems.isEmpty)
    }

    @Test("a Latin-1 JobSpy file is decoded, with a note; a file mixing encodings is refused with its line")
    func jobSpyEncodings() throws {
        var latin1 = Data("site,job_url,title,location\n\"indeed\",\"https://x.example/a\",\"A\",\"Lab".utf8)
        latin1.append(0xE8)  // è in Latin-1 / Windows-1252
        latin1.append(contentsOf: Array("ge, FR\"\n".utf8))
        let result = try JobSpyParser().parse(latin1, context: Self.context)
        #expect(result.postings.first?.locations == ["Labège, FR"])
        #expect(result.notes == ["the file is not UTF-8; read as Windows-1252"])
        var mixed = Data("site,job_url,title\n\"indeed\",\"https://x.example/a\",\"Café\"\n\"indeed\",\"u\",\"".utf8)
        mixed.append(0xE8)
        mixed.append(contentsOf: Array("\"\n".utf8))
        #expect(
            throws: JobHuntError.sourceUnreadable(
                source: "jobspy",
                reason: "line 3 is not valid UTF-8 and the file mixes encodings (save it as UTF-8 and retry)")
        ) { try JobSpyParser().parse(mixed, context: Self.context) }
    }

    @Test("names garbled by a double decode are repaired only when the bytes show it")
    func mojibake() {
        #expect(TextEncoding.repairingMojibake("Gda\u{C5}\u{84}sk") == "Gdańsk")
        #expect(TextEncoding.repairingMojibake("MÃ¼nchen") == "München")
        #expect(TextEncoding.repairingMojibake("Labège") == "Labège")
        #expect(TextEncoding.repairingMojibake("Zürich, 120 000 €") == "Zürich, 120 000 €")
        #expect(TextEncoding.repairingMojibake("Gdańsk") == "Gdańsk")
    }

    @Test("a currency code in the text is kept")
    func currencyCode() {
        let salary = SalaryRule.salary(
            raw: RawPosting(sourcePlatform: "file", url: "u", title: "t"),
            text: "Salary range: 15 000 – 19 000 PLN monthly (B2B).", country: "PL")
        #expect(salary == YearlySalary(minimum: 180_000, maximum: 228_000, currency: "PLN"))
    }

    @Test("market segments are not seniority; other languages' seniority words are")
    func levels() {
        #expect(ExperienceLevelRule.fromTitle("Technical Consultant, Mid-Market") == nil)
        #expect(ExperienceLevelRule.fromTitle("Engenheiro de Software Sênior") == .senior)
        #expect(ExperienceLevelRule.fromTitle("Engenheiro de Dados Pleno") == .mid)
        #expect(ExperienceLevelRule.fromTitle("Medior Backend Developer") == .mid)
    }
}

@Suite("Real data: skills")
struct RealDataSkillTests {
    @Test("a single letter glued to a word is not a skill; listed, it still is")
    func singleLetters() {
        let taxonomy = SkillTaxonomy.standard
        #expect(!taxonomy.skillNames(in: "Install C•CURE access control panels.").contains("C"))
        #expect(!taxonomy.skillNames(in: "Report to the C-level team.").contains("C"))
        #expect(taxonomy.skillNames(in: "Requirements\n- C, Python and Rust").contains("C"))
        #expect(taxonomy.skillNames(in: "Experience with C and Rust").contains("C"))
    }

    @Test("skills under a benefits or company heading in other languages count for nothing")
    func benefitsInOtherLanguages() {
        let text = """
            Profil recherché
            - Python
            Avantages
            - Formation Kubernetes offerte
            """
        let skills = SkillTaxonomy.standard.postingSkills(in: text)
        #expect(skills.required == ["Python"])
        let german = SkillTaxonomy.standard.postingSkills(in: "Anforderungen\n- Java\nWir bieten\n- Docker-Schulungen")
        #expect(german.required == ["Java"])
    }
}

@Suite("Real data: dates in every source")
struct RealDataDateTests {
    @Test("a JSON-LD page and an RSS feed with impossible dates load without them, with a warning each")
    func warnings() throws {
        let page = """
            <script type="application/ld+json">{"@type": "JobPosting", "title": "Nurse", "url": "https://x.example/1",
            "datePosted": "2026-02-30", "validThrough": "2026-13-01", "hiringOrganization": {"name": "Clinic"}}</script>
            """
        let posting = try #require(
            try JSONLDParser().parse(
                Data(page.utf8), context: SourceContext(token: "x", baseURL: URL(string: "https://x.example/"))
            ).postings.first)
        #expect(posting.postedAt == nil && posting.expiresAt == nil)
        #expect(
            posting.warnings == [
                "datePosted \"2026-02-30\" is not a real date; left empty",
                "validThrough \"2026-13-01\" is not a real date; left empty",
            ])
        let feed = """
            <rss version="2.0"><channel><item><title>Co: Job</title><link>https://x.example/j</link>
            <pubDate>Mon, 30 Feb 2026 10:00:00 +0000</pubDate></item></channel></rss>
            """
        let item = try #require(
            try FeedParser().parse(Data(feed.utf8), context: SourceContext(token: "x")).postings.first)
        #expect(item.postedAt == nil)
        #expect(item.warnings == ["pubDate \"Mon, 30 Feb 2026 10:00:00 +0000\" is not a real date; left empty"])
    }
}
