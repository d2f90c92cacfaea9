// Work history on both engines: add, list newest first, edit in part, remove
// by id prefix, the date rules, and one user never reaching another's jobs.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntKernel
@testable import JobHuntProfiles

@Suite("Experience service")
struct ExperienceServiceTests {
    /// A fixed "today" so the future-start rule is tested without the wall clock.
    static let now = Date(timeIntervalSince1970: 1_780_000_000)  // 2026-05-28
    static var today: CalendarDate { CalendarDate(utcDayOf: now) }

    static func past(_ company: String, _ start: String, _ end: String) -> NewExperience {
        NewExperience(companyName: company, jobTitle: "Engineer", startDate: .day(start), endDate: .day(end))
    }

    @Test("a job round-trips with lists tidied and technologies canonical", arguments: TestEngine.allCases)
    func roundTrip(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine, now: Self.now)
        let me = try fixture.user()
        let new = NewExperience(
            companyName: " Acme ", jobTitle: "Staff Engineer", startDate: .day("2021-03-01"), isCurrent: true,
            description: "Databases.\r\nAnd queues.", achievements: ["Cut build time by 60%", " Led 4 people "],
            technologies: ["k8s", "Swift", "kubernetes", "postgres", "Some  Inhouse Tool"])
        let job = try fixture.experiences.add(new, for: me)
        #expect(job.userID == me.user.id)
        #expect(job.companyName == "Acme")
        #expect(job.isCurrent && job.endDate == nil)
        #expect(job.description == "Databases.\nAnd queues.")
        #expect(job.achievements == ["Cut build time by 60%", "Led 4 people"])
        #expect(job.technologies == ["Kubernetes", "Swift", "PostgreSQL", "Some Inhouse Tool"])
        #expect(try fixture.experiences.list(for: me) == [job])
        #expect(try fixture.experiences.experience(job.shortID, for: me) == job)
    }

    @Test("list is newest first: current jobs, then by start date", arguments: TestEngine.allCases)
    func ordering(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine, now: Self.now)
        let me = try fixture.user()
        let service = fixture.experiences
        try service.add(Self.past("Oldest", "2010-01-01", "2012-06-30"), for: me)
        try service.add(
            NewExperience(companyName: "Current", jobTitle: "Lead", startDate: .day("2015-01-01"), isCurrent: true),
            for: me)
        try service.add(Self.past("Recent", "2022-02-01", "2024-01-31"), for: me)
        try service.add(Self.past("Middle", "2016-05-01", "2019-01-31"), for: me)
        try service.add(Self.past("Middle short", "2016-05-01", "2016-12-31"), for: me)
        let order = try service.list(for: me).map(\.companyName)
        #expect(order == ["Current", "Recent", "Middle", "Middle short", "Oldest"])
    }

    static let badDates: [(String, NewExperience, String, String)] = [
        (
            "end before start", past("A", "2020-05-01", "2020-04-30"), "end_date",
            "2020-04-30 is before the start date, 2020-05-01"
        ),
        (
            "current with an end",
            NewExperience(
                companyName: "A", jobTitle: "B", startDate: .day("2020-01-01"), endDate: .day("2021-01-01"),
                isCurrent: true), "end_date", "a current job has no end date"
        ),
        (
            "past job without an end", NewExperience(companyName: "A", jobTitle: "B", startDate: .day("2020-01-01")),
            "end_date", "a past job needs an end date"
        ),
        (
            "current job starting tomorrow",
            NewExperience(
                companyName: "A", jobTitle: "B", startDate: .day("2026-05-29"), isCurrent: true), "start_date",
            "2026-05-29 is in the future for a current job"
        ),
        ("a year typo", past("A", "0202-01-01", "2021-01-01"), "start_date", "0202-01-01 is before 1900"),
        (
            "blank company",
            NewExperience(companyName: " ", jobTitle: "B", startDate: .day("2020-01-01"), isCurrent: true),
            "company_name", "is empty"
        ),
        (
            "long title",
            NewExperience(
                companyName: "A", jobTitle: String(repeating: "t", count: 201), startDate: .day("2020-01-01"),
                isCurrent: true), "job_title", "is 201 characters long, more than the 200 allowed"
        ),
    ]

    @Test("the date rules and lengths refuse a job and name the field", arguments: badDates.indices)
    func refused(index: Int) throws {
        let (name, new, field, words) = Self.badDates[index]
        let fixture = try ProfileFixture(.sqlite, now: Self.now)
        let me = try fixture.user()
        let error = try #require(throws: JobHuntError.self, "\(name)") { try fixture.experiences.add(new, for: me) }
        #expect(error.field == field, "\(name)")
        #expect(error.errorDescription == "\(field): \(words)", "\(name)")
        #expect(try fixture.experiences.list(for: me).isEmpty, "\(name): nothing written")
    }

    @Test("a current job may start today, a past job may end in the future", arguments: TestEngine.allCases)
    func boundaries(engine: TestEngine) throws {
        let today = CalendarDate(utcDayOf: Date())
        let fixture = try ProfileFixture(engine)
        let me = try fixture.user()
        try fixture.experiences.add(
            NewExperience(companyName: "Started today", jobTitle: "B", startDate: today, isCurrent: true), for: me)
        try fixture.experiences.add(Self.past("Contract", "2025-01-01", "2099-12-31"), for: me)
        try fixture.experiences.add(
            NewExperience(
                companyName: "One day", jobTitle: "B", startDate: .day("2020-01-01"), endDate: .day("2020-01-01")),
            for: me)
        #expect(try fixture.experiences.list(for: me).count == 3)
    }

    @Test("edit changes only what it names; ending and resuming a job", arguments: TestEngine.allCases)
    func edit(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine, now: Self.now)
        let me = try fixture.user()
        let job = try fixture.experiences.add(
            NewExperience(
                companyName: "Acme", jobTitle: "Engineer", startDate: .day("2021-03-01"), isCurrent: true,
                achievements: ["Shipped"], technologies: ["Swift"]), for: me)
        var ending = ExperienceChanges()
        ending.endDate = .set(.day("2025-06-01"))
        let ended = try fixture.experiences.edit(String(job.shortID.prefix(4)), ending, for: me)
        #expect(!ended.isCurrent && ended.endDate == .day("2025-06-01"))
        #expect(ended.companyName == "Acme" && ended.achievements == ["Shipped"] && ended.technologies == ["Swift"])

        var resuming = ExperienceChanges()
        resuming.isCurrent = true
        resuming.jobTitle = "Senior Engineer"
        resuming.technologies = .set(["golang"])
        resuming.achievements = .clear
        let resumed = try fixture.experiences.edit(job.id.uuidString, resuming, for: me)
        #expect(resumed.isCurrent && resumed.endDate == nil)
        #expect(resumed.jobTitle == "Senior Engineer" && resumed.technologies == ["Go"] && resumed.achievements.isEmpty)

        var contradiction = ExperienceChanges()
        contradiction.isCurrent = true
        contradiction.endDate = .set(.day("2025-01-01"))
        let error = try #require(throws: JobHuntError.self) {
            try fixture.experiences.edit(job.shortID, contradiction, for: me)
        }
        #expect(error.code == .profileConflict)
        var tooEarly = ExperienceChanges()
        tooEarly.startDate = .day("2030-01-01")
        #expect(throws: JobHuntError.self) { try fixture.experiences.edit(job.shortID, tooEarly, for: me) }
        #expect(try fixture.experiences.experience(job.shortID, for: me) == resumed, "refused edits wrote nothing")
    }

    @Test("remove by id prefix; short, unknown and ambiguous references are refused", arguments: TestEngine.allCases)
    func remove(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine, now: Self.now)
        let me = try fixture.user()
        let jobs = try (0..<20).map { index in
            try fixture.experiences.add(Self.past("Company \(index)", "2001-01-01", "2002-01-01"), for: me)
        }
        let short = try #require(throws: JobHuntError.self) { try fixture.experiences.remove("abc", for: me) }
        #expect(short.code == .profileNotFound && short.errorDescription == "'abc' is not an experience id")
        let unknown = try #require(throws: JobHuntError.self) { try fixture.experiences.remove("ffff0000", for: me) }
        #expect(unknown.errorDescription == "no such experience 'ffff0000'")
        #expect(unknown.remedy?.hints == [.listExperiences])
        // Two ids sharing their first four characters, written as another tool would.
        let db = try fixture.rawDatabase()
        for id in ["abcd0000-0000-4000-8000-000000000001", "abcd1111-0000-4000-8000-000000000002"] {
            try db.execute(
                """
                INSERT INTO user_experiences (id, user_id, company_name, job_title, start_date, end_date, is_current)
                VALUES (\(UUID(uuidString: id)!), \(me.user.id), 'Twin', 'Engineer', \(CalendarDate.day("2003-01-01")), \(CalendarDate.day("2004-01-01")), \(false))
                """)
        }
        let ambiguous = try #require(throws: JobHuntError.self) { try fixture.experiences.remove("abcd", for: me) }
        #expect(ambiguous.code == .profileAmbiguous && ambiguous.errorDescription == "'abcd' matches 2 experiences")
        #expect(try fixture.experiences.remove("ABCD1", for: me).id.uuidString.lowercased().hasPrefix("abcd1111"))
        let removed = try fixture.experiences.remove(jobs[3].shortID.uppercased(), for: me)
        #expect(removed == jobs[3])
        #expect(try fixture.experiences.list(for: me).count == 20)
        #expect(throws: JobHuntError.self) { try fixture.experiences.remove(jobs[3].shortID, for: me) }
    }

    @Test(
        "another user's job is 'no such experience' for every verb, and stays unchanged", arguments: TestEngine.allCases
    )
    func isolation(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine, now: Self.now)
        let ada = try fixture.user("ada@example.com")
        let bob = try fixture.user("bob@example.com")
        let adas = try fixture.experiences.add(Self.past("Ada's Co", "2010-01-01", "2015-01-01"), for: ada)
        #expect(try fixture.experiences.list(for: bob).isEmpty)
        var changes = ExperienceChanges()
        changes.companyName = "Hijacked"
        for reference in [adas.id.uuidString, adas.shortID] {
            for attempt: () throws -> Void in [
                { _ = try fixture.experiences.experience(reference, for: bob) },
                { _ = try fixture.experiences.edit(reference, changes, for: bob) },
                { _ = try fixture.experiences.remove(reference, for: bob) },
            ] {
                let error = try #require(throws: JobHuntError.self) { try attempt() }
                #expect(error.code == .profileNotFound)
                #expect(error.errorDescription == "no such experience '\(reference)'")
            }
        }
        #expect(try fixture.experiences.list(for: ada) == [adas])
    }
}
