// ProfileService on both engines: saving, partial edits, clearing, the salary
// rule against the stored row, one row per user, and nobody else's profile.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntKernel
@testable import JobHuntProfiles

@Suite("Profile service")
struct ProfileServiceTests {
    static func fullChanges() -> ProfileChanges {
        var changes = ProfileChanges()
        changes.currentTitle = .set("Staff Engineer")
        changes.yearsExperience = .set(12)
        changes.locationCity = .set("London")
        changes.locationState = .set("England")
        changes.locationCountry = .set("United Kingdom")
        changes.willingToRelocate = true
        changes.targetSalaryMin = .set(90_000)
        changes.targetSalaryMax = .set(120_000)
        changes.preferredWorkType = .set("hybrid")
        changes.linkedinURL = .set("https://www.linkedin.com/in/ada")
        changes.githubURL = .set("github.com/ada")
        changes.portfolioURL = .set("https://ada.example.org")
        changes.phone = .set("+44 20 7946 0000")
        changes.summary = .set("Builds databases that stay up.")
        return changes
    }

    @Test("a new user has a blank, unsaved profile", arguments: TestEngine.allCases)
    func blank(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine)
        let me = try fixture.user()
        let profile = try fixture.profiles.profile(for: me)
        #expect(!profile.isStored)
        #expect(profile == UserProfile(userID: me.user.id))
    }

    @Test("every field round-trips, normalised", arguments: TestEngine.allCases)
    func roundTrip(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine)
        let me = try fixture.user()
        let saved = try fixture.profiles.update(Self.fullChanges(), for: me)
        #expect(saved.isStored)
        #expect(saved.userID == me.user.id)
        #expect(saved.currentTitle == "Staff Engineer")
        #expect(saved.yearsExperience == 12)
        #expect(saved.locationCity == "London" && saved.locationState == "England")
        #expect(saved.locationCountry == "United Kingdom")
        #expect(saved.willingToRelocate)
        #expect(saved.targetSalaryMin == 90_000 && saved.targetSalaryMax == 120_000)
        #expect(saved.preferredWorkType == .hybrid)
        #expect(saved.githubURL == "https://github.com/ada")
        #expect(saved.phone == "+44 20 7946 0000")
        #expect(saved.summary == "Builds databases that stay up.")
        #expect(saved.createdAt != nil && saved.updatedAt != nil)
        #expect(try fixture.profiles.profile(for: me) == saved)
    }

    @Test("an edit changes only its fields; a clear stores NULL", arguments: TestEngine.allCases)
    func partialEdit(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine)
        let me = try fixture.user()
        let before = try fixture.profiles.update(Self.fullChanges(), for: me)
        var changes = ProfileChanges()
        changes.currentTitle = .set("Principal Engineer")
        changes.clear(.portfolioURL)
        changes.clear(.phone)
        changes.willingToRelocate = false
        let after = try fixture.profiles.update(changes, for: me)
        var expected = before
        expected.currentTitle = "Principal Engineer"
        expected.portfolioURL = nil
        expected.phone = nil
        expected.willingToRelocate = false
        expected.updatedAt = after.updatedAt
        #expect(after == expected)
        let db = try fixture.rawDatabase()
        let sealed = try db.scalar(
            "SELECT phone_encrypted FROM user_profiles WHERE user_id = \(me.user.id)", as: Data.self)
        #expect(sealed == nil, "clearing the phone removes the sealed value too")
    }

    @Test(
        "salary minimum is checked against the stored maximum, and nothing is written", arguments: TestEngine.allCases)
    func salaryAgainstStored(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine)
        let me = try fixture.user()
        let before = try fixture.profiles.update(Self.fullChanges(), for: me)
        var changes = ProfileChanges()
        changes.targetSalaryMin = .set(150_000)
        changes.currentTitle = .set("Should not be saved")
        let error = try #require(throws: JobHuntError.self) { try fixture.profiles.update(changes, for: me) }
        #expect(error.field == "target_salary_min")
        #expect(error.errorDescription == "target_salary_min: 150000 is more than the maximum, 120000")
        #expect(try fixture.profiles.profile(for: me) == before)
        var clearMax = ProfileChanges()
        clearMax.clear(.targetSalaryMax)
        clearMax.targetSalaryMin = .set(150_000)
        #expect(try fixture.profiles.update(clearMax, for: me).targetSalaryMin == 150_000)
    }

    @Test("repeated updates keep one row per user (unique_user_profile)", arguments: TestEngine.allCases)
    func oneRow(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine)
        let me = try fixture.user()
        var changes = ProfileChanges()
        var ids = Set<UUID?>()
        for years in [1, 2, 3] {
            changes.yearsExperience = .set(years)
            ids.insert(try fixture.profiles.update(changes, for: me).id)
        }
        #expect(ids.count == 1)
        let count = try fixture.rawDatabase().scalar(
            "SELECT COUNT(*) FROM user_profiles WHERE user_id = \(me.user.id)", as: Int.self)
        #expect(count == 1)
        #expect(try fixture.profiles.profile(for: me).yearsExperience == 3)
    }

    @Test("one user's profile is invisible to and untouched by another", arguments: TestEngine.allCases)
    func isolation(engine: TestEngine) throws {
        let fixture = try ProfileFixture(engine)
        let ada = try fixture.user("ada@example.com")
        let bob = try fixture.user("bob@example.com")
        let adas = try fixture.profiles.update(Self.fullChanges(), for: ada)
        #expect(!(try fixture.profiles.profile(for: bob)).isStored)
        var changes = ProfileChanges()
        changes.currentTitle = .set("Bob's title")
        changes.clear(.phone)
        _ = try fixture.profiles.update(changes, for: bob)
        #expect(try fixture.profiles.profile(for: ada) == adas)
        #expect(try fixture.profiles.profile(for: bob).currentTitle == "Bob's title")
    }

    @Test("the profile's JSON uses the seed's column names and lower-case ids")
    func json() throws {
        var profile = UserProfile(userID: UUID(uuidString: "0194F1C2-3B4A-7C8D-9E0F-A1B2C3D4E5F6")!)
        profile.id = UUID(uuidString: "0194F1C2-3B4A-7C8D-9E0F-000000000001")
        profile.preferredWorkType = .remote
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let object = try #require(
            try JSONSerialization.jsonObject(with: encoder.encode(profile)) as? [String: Any])
        #expect(object["user_id"] as? String == "0194f1c2-3b4a-7c8d-9e0f-a1b2c3d4e5f6")
        #expect(object["id"] as? String == "0194f1c2-3b4a-7c8d-9e0f-000000000001")
        #expect(object["preferred_work_type"] as? String == "remote")
        #expect(object["phone"] is NSNull)
        #expect(object["phone_encrypted"] == nil)
        let columns: Set<String> = [
            "id", "user_id", "resume_file_url", "resume_text", "linkedin_url", "github_url", "portfolio_url", "phone",
            "location_city", "location_state", "location_country", "willing_to_relocate", "years_experience",
            "current_title", "target_salary_min", "target_salary_max", "target_salary_currency", "preferred_work_type",
            "summary", "created_at", "updated_at",
        ]
        #expect(Set(object.keys) == columns)
        #expect(try JSONDecoder().decode(UserProfile.self, from: encoder.encode(profile)) == profile)
    }
}
