// How JSON Resume fields become rows: names, networks, location, years of experience,
// levels and skills.
import Foundation
import JobHuntKernel
import JobHuntProfiles
import Testing

@Suite("JSON Resume mapping")
struct JSONResumeMappingTests {
    @Test(
        "a name splits at its first blank",
        arguments: [
            ("Ada King Lovelace", "Ada", "King Lovelace"), ("Richard Hendriks", "Richard", "Hendriks"),
            ("Cher", "Cher", nil), ("  Grace \t Murray   Hopper ", "Grace", "Murray Hopper"), ("", nil, nil),
        ] as [(String, String?, String?)])
    func nameSplitting(name: String, first: String?, last: String?) {
        let parts = ResumeImport.splitName(name)
        #expect(parts.first == first)
        #expect(parts.last == last)
    }

    @Test(
        "LinkedIn and GitHub are found by network name or by URL host",
        arguments: [
            ("LinkedIn", nil, ResumeNetwork.linkedin), ("linkedin", nil, .linkedin), ("Linked In", nil, .linkedin),
            ("GITHUB", nil, .github), ("GitHub", "https://example.com", .github),
            (nil, "https://www.linkedin.com/in/ada", .linkedin), ("Work", "https://uk.linkedin.com/in/ada", .linkedin),
            ("Code", "https://github.com/ada", .github), (nil, "https://WWW.GitHub.com/ada", .github),
            ("Twitter", "https://twitter.com/ada", nil), (nil, "https://ada.github.io", nil),
            (nil, "https://notlinkedin.com/ada", nil), (nil, nil, nil),
        ] as [(String?, String?, ResumeNetwork?)])
    func networks(network: String?, url: String?, expected: ResumeNetwork?) {
        #expect(ResumeNetwork(network: network, url: url) == expected)
    }

    @Test("profiles become URLs; a bare username becomes the network's URL; the first of a network wins")
    func profileURLs() throws {
        let rows = try ResumeFixtures.importing(
            #"""
            {"basics": {"profiles": [
              {"network": "Twitter", "url": "https://twitter.com/ada"},
              {"network": "GitHub", "username": "ada-l"},
              {"network": "Professional", "url": "https://www.linkedin.com/in/ada"},
              {"network": "LinkedIn", "url": "https://www.linkedin.com/in/someone-else"}]}}
            """#)
        #expect(rows.profile.githubURL == "https://github.com/ada-l")
        #expect(rows.profile.linkedinURL == "https://www.linkedin.com/in/ada")
        #expect(ResumeNetwork.username(in: "https://www.linkedin.com/in/ada/") == "ada")
        #expect(ResumeNetwork.username(in: "https://github.com/ada-l?tab=repos") == "ada-l")
        #expect(ResumeNetwork.username(in: "https://github.com") == nil)
    }

    @Test("location: city, region as state, countryCode or else the country name")
    func location() throws {
        let coded = try ResumeFixtures.importing(
            #"{"basics": {"location": {"city": "Lyon", "region": "Auvergne-Rhône-Alpes", "countryCode": "FR", "country": "France"}}}"#
        )
        #expect(coded.profile.locationCity == "Lyon")
        #expect(coded.profile.locationState == "Auvergne-Rhône-Alpes")
        #expect(coded.profile.locationCountry == "FR")
        let named = try ResumeFixtures.importing(#"{"basics": {"location": {"country": "France"}}}"#)
        #expect(named.profile.locationCountry == "France")
    }

    @Test(
        "years of experience count overlapping jobs once and gaps not at all",
        arguments: [
            ([("2010-01-01", "2014-12-31"), ("2013-01-01", "2016-12-31")], 7),  // naive sum: 9
            ([("2010-01-01", "2014-12-31"), ("2013-01-01", "2016-12-31"), ("2018-01-01", "2018-12-31")], 8),
            ([("2012-01-01", "2012-12-31"), ("2012-03-01", "2012-06-30")], 1),  // nested
            ([("2013-12-01", "2014-11-30")], 1), ([("2013-12-01", "2014-11-29")], 0),
            ([("2015-01-01", "2015-12-31"), ("2016-01-01", "2016-12-31")], 2),  // adjacent
            ([("2020-01-01", nil), ("2021-01-01", "2022-01-01")], 6),  // current: to 2026-11-25
            ([], 0),
        ] as [([(String, String?)], Int)])
    func yearsOfExperience(spans: [(String, String?)], years: Int) {
        let rows = spans.map { start, end in
            ResumeExperience(
                companyName: "C", jobTitle: "T", startDate: ResumeFixtures.day(start),
                endDate: end.map(ResumeFixtures.day), isCurrent: end == nil)
        }
        #expect(ResumeImport.yearsOfExperience(rows, today: ResumeFixtures.today) == years)
    }

    @Test("years of experience are left unset by a résumé without work")
    func noWork() throws {
        #expect(try ResumeFixtures.importing(#"{"basics": {"name": "Ada"}}"#).profile.yearsExperience == nil)
    }

    @Test(
        "skill levels map from JSON Resume's words; unknown words are nil",
        arguments: [
            ("Beginner", ProficiencyLevel.beginner), ("novice", .beginner), ("Intermediate", .intermediate),
            ("ADVANCED", .advanced), ("Master", .expert), ("Expert", .expert), (" master ", .expert),
            ("Wizard", nil), ("", nil), ("5", nil),
        ] as [(String, ProficiencyLevel?)])
    func levels(word: String, level: ProficiencyLevel?) {
        #expect(ProficiencyLevel(resumeLevel: word) == level)
    }

    @Test("export's level and fluency words map back to the same level", arguments: ProficiencyLevel.allCases)
    func levelWordsRoundTrip(level: ProficiencyLevel) {
        #expect(ProficiencyLevel(resumeLevel: level.resumeLevel) == level)
        #expect(ProficiencyLevel(fluency: level.fluency) == level)
    }

    @Test("skills: names and keywords canonicalised, parent level inherited, one per uniqueness key")
    func skills() throws {
        let rows = try ResumeFixtures.importing(
            #"""
            {"skills": [{"name": "Databases", "level": "Advanced", "keywords": ["Postgres", "postgresql", "Redis"]},
                        {"name": "Javascript", "keywords": ["JS", "k8s"]},
                        {"name": "Kubernetes", "level": "Master"},
                        {"name": "Leadership", "level": "Wizard"}],
             "languages": [{"language": "Spanish", "fluency": "Conversational"}, {"language": "Klingon"}],
             "certificates": [{"name": "PMP"}]}
            """#)
        #expect(
            rows.skills == [
                ResumeSkill(name: "Databases", category: .technical, level: .advanced),
                ResumeSkill(name: "PostgreSQL", category: .technical, level: .advanced),
                ResumeSkill(name: "Redis", category: .technical, level: .advanced),
                ResumeSkill(name: "JavaScript", category: .technical),
                ResumeSkill(name: "Kubernetes", category: .technical, level: .expert),
                ResumeSkill(name: "Leadership", category: .soft),
                ResumeSkill(name: "Spanish", category: .language, level: .intermediate),
                ResumeSkill(name: "Klingon", category: .language),
                ResumeSkill(name: "PMP", category: .certification),
            ])
    }

    @Test("work entries: highlights are achievements, keywords are technologies, no endDate is current")
    func experiences() throws {
        let rows = try ResumeFixtures.importing(
            #"""
            {"work": [{"name": " Hooli ", "position": "Engineer", "startDate": "2019-03", "summary": "Built things.",
                       "description": "A big company", "highlights": ["Shipped", " "], "keywords": ["golang", "Go", "k8s"]},
                      {"name": "Pied Piper", "position": "CEO", "startDate": "2013", "endDate": "2014-06"}],
             "volunteer": [{"organization": "CoderDojo", "position": "Teacher", "startDate": "2012-01-01"}]}
            """#)
        #expect(
            rows.experiences == [
                ResumeExperience(
                    companyName: "Hooli", jobTitle: "Engineer", startDate: ResumeFixtures.day("2019-03-01"),
                    isCurrent: true, description: "Built things.", achievements: ["Shipped"],
                    technologiesUsed: ["Go", "Kubernetes"]),
                ResumeExperience(
                    companyName: "Pied Piper", jobTitle: "CEO", startDate: ResumeFixtures.day("2013-01-01"),
                    endDate: ResumeFixtures.day("2014-06-30")),
            ])
        #expect(rows.profile.yearsExperience == 9)  // 546 days in 2013-14 and 2,827 from 2019-03 to today
    }

    @Test("the sample maps onto user, profile, one experience and its skills")
    func sample() throws {
        let rows = try ResumeImport.read(try ResumeFixtures.sampleData(), today: ResumeFixtures.today)
        #expect(rows.user == ResumeUser(email: "richard.hendriks@mail.com", firstName: "Richard", lastName: "Hendriks"))
        #expect(rows.profile.currentTitle == "Programmer")
        #expect(rows.profile.phone == "(912) 555-4321")
        #expect(rows.profile.portfolioURL == "http://richardhendricks.example.com")
        #expect(rows.profile.linkedinURL == nil && rows.profile.githubURL == nil)
        #expect(rows.profile.locationCountry == "US")
        #expect(rows.profile.yearsExperience == 1)
        #expect(rows.experiences.map(\.companyName) == ["Pied Piper"])
        #expect(
            rows.skills.map(\.name) == [
                "Web Development", "HTML", "CSS", "JavaScript", "Compression", "Mpeg", "MP4", "GIF", "English",
            ])
        #expect(rows.skills.allSatisfy { $0.level == .expert })
    }
}
