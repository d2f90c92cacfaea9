// The round trip of issue 5: a JSON Resume file, imported, stored and exported again,
// keeps every mapped field (docs/json-resume.md lists which fields map).
import Foundation
import JobHuntKernel
import JobHuntProfiles
import JobHuntSkills
import Testing

@Suite("JSON Resume round trip")
struct JSONResumeRoundTripTests {
    /// A document that uses every mapped field, including the ones the sample lacks.
    static let full = #"""
        {"basics": {"name": "Ada King Lovelace", "label": "Staff Engineer", "email": "Ada@Example.com",
                    "phone": "+44 20 7946 0958", "url": "https://ada.example.com", "summary": "Engines.",
                    "location": {"city": "London", "region": "England", "countryCode": "GB"},
                    "profiles": [{"network": "LinkedIn", "username": "ada", "url": "https://www.linkedin.com/in/ada"},
                                 {"network": "GitHub", "username": "ada", "url": "https://github.com/ada"}]},
         "work": [{"name": "Engines Ltd", "position": "Staff Engineer", "startDate": "2020-01-06",
                   "highlights": ["Led the team"], "keywords": ["Go", "PostgreSQL"]},
                  {"name": "Babbage & Co", "position": "Engineer", "startDate": "2012-05-01", "endDate": "2019-12-31",
                   "summary": "Wrote the first program.", "highlights": ["Note G"]}],
         "skills": [{"name": "Databases", "level": "Advanced", "keywords": ["PostgreSQL", "Redis"]}],
         "languages": [{"language": "French", "fluency": "Conversational"}],
         "certificates": [{"name": "PMP"}]}
        """#

    /// Import, store (as the tables would hold it) and export as JSON Resume, then read the
    /// exported bytes back as a person's tool would.
    static func roundTrip(_ data: Data) throws -> (original: JSONResume, exported: JSONResume) {
        let rows = try ResumeImport.read(data, today: ResumeFixtures.today)
        let bytes = ResumeFixtures.stored(rows).rendered(as: .jsonResume)
        return (try JSONResume.read(data), try JSONResume.read(bytes))
    }

    @Test("the sample keeps every mapped field")
    func sample() throws {
        let (original, exported) = try Self.roundTrip(try ResumeFixtures.sampleData())
        try Self.expectMappedFieldsIntact(original, exported)
        // The sample's profiles are Twitter and SoundCloud, which have no column.
        #expect(exported.basics?.profiles == nil)
        #expect(exported.schema == JSONResume.schemaURL)
    }

    @Test("a document using every mapped field keeps them all")
    func full() throws {
        let (original, exported) = try Self.roundTrip(Data(Self.full.utf8))
        try Self.expectMappedFieldsIntact(original, exported)
        #expect(exported.basics?.email == "ada@example.com")  // stored lower-cased
        #expect(exported.basics?.profiles == original.basics?.profiles)
        #expect(exported.work?.first?.keywords == ["Go", "PostgreSQL"])
        #expect(exported.languages == original.languages)
        #expect(exported.certificates == original.certificates)
    }

    @Test("importing an export gives the same rows again", arguments: ["sample", "full"])
    func stable(name: String) throws {
        let data = name == "sample" ? try ResumeFixtures.sampleData() : Data(Self.full.utf8)
        let first = try ResumeImport.read(data, today: ResumeFixtures.today)
        let exported = ResumeFixtures.stored(first).rendered(as: .jsonResume)
        let second = try ResumeImport.read(exported, today: ResumeFixtures.today)
        #expect(second == first)
    }

    /// The fields docs/json-resume.md lists as mapped, compared field by field.
    static func expectMappedFieldsIntact(_ original: JSONResume, _ exported: JSONResume) throws {
        let before = try #require(original.basics)
        let after = try #require(exported.basics)
        #expect(after.name == before.name)
        #expect(after.label == before.label)
        #expect(after.email == before.email.flatMap(EmailAddress.normalized))
        #expect(after.phone == before.phone)
        #expect(after.url == before.url)
        #expect(after.summary == before.summary)
        #expect(after.location?.city == before.location?.city)
        #expect(after.location?.region == before.location?.region)
        #expect(after.location?.countryCode == before.location?.countryCode)
        let mappedProfiles = (before.profiles ?? []).filter { ResumeNetwork(network: $0.network, url: $0.url) != nil }
        #expect((after.profiles ?? []).map(\.url) == mappedProfiles.map(\.url))
        #expect((after.profiles ?? []).map(\.network) == mappedProfiles.map(\.network))

        // Work comes back most recent first; compare entry by entry after the same ordering.
        let order: (JSONResume.Work, JSONResume.Work) -> Bool = { ($0.startDate ?? "") > ($1.startDate ?? "") }
        let works = zip((original.work ?? []).sorted(by: order), (exported.work ?? []).sorted(by: order))
        #expect((original.work ?? []).count == (exported.work ?? []).count)
        for (a, b) in works {
            #expect(b.name == a.name)
            #expect(b.position == a.position)
            #expect(b.startDate == a.startDate)
            #expect(b.endDate == a.endDate)
            #expect(b.summary == a.summary)
            #expect(b.highlights == a.highlights)
        }

        // Skills come back one per row: every name and keyword under its canonical name,
        // with its level as the mapping reads it.
        let exportedLevels = Dictionary(
            (exported.skills ?? []).map { ($0.name ?? "", $0.level.flatMap(ProficiencyLevel.init(resumeLevel:))) },
            uniquingKeysWith: { first, _ in first })
        for skill in original.skills ?? [] {
            let level = skill.level.flatMap(ProficiencyLevel.init(resumeLevel:))
            for name in [skill.name].compactMap(\.self) + (skill.keywords ?? []) {
                let stored = SkillTaxonomy.standard.storedName(for: name)
                #expect(exportedLevels[stored] == .some(level), "skill \(name) as \(stored)")
            }
        }
        let exportedLanguages = (exported.languages ?? []).map(\.language)
        #expect(exportedLanguages == (original.languages ?? []).map(\.language))
    }
}
