// A person who says they are starting out is at entry level, whatever the
// years on their résumé add up to (FirstJobWords).
import Foundation
import Testing

@testable import JobHuntKernel
@testable import JobHuntMatching
@testable import JobHuntProfiles

@Suite("Matching: a person starting out is at entry level")
struct FirstJobLevelTests {
    func level(title: String, summary: String, years: Int) -> ExperienceLevel? {
        var profile = UserProfile(userID: UUID())
        profile.currentTitle = title
        profile.summary = summary
        profile.yearsExperience = years
        return MatchProfile(profile: profile, skills: [], experiences: []).level
    }

    @Test("a graduate's first job outweighs years counted from summers on the family farm")
    func graduate() {
        let summary =
            "New agronomy graduate from the University of Saskatchewan, raised on a grain farm. I'm looking "
            + "for my first job as a field agronomist around Saskatoon."
        #expect(level(title: "BSc Agriculture (Agronomy), 2026", summary: summary, years: 8) == .entry)
        #expect(level(title: "Graduate", summary: "Looking for an entry-level role in payroll.", years: 3) == .entry)
    }

    @Test("a changer happy to start the new work at its first rung, or training for it, is entry")
    func startingOver() {
        let summary =
            "Six years selling cars. Looking for something in claims handling, happy to start as a trainee."
        #expect(level(title: "Car Sales Consultant", summary: summary, years: 6) == .entry)
        let bottom = "Happy to start at the bottom in logistics."
        #expect(level(title: "Sales Consultant", summary: bottom, years: 9) == .entry)
        #expect(level(title: "Sales Consultant", summary: "Want to start a logistics firm.", years: 9) == .senior)
        let training = "Seven years designing pumps; now I want to train as a trade mark attorney."
        #expect(level(title: "Design Engineer", summary: training, years: 7) == .entry)
    }

    @Test("back after a break, years that make senior make mid as well; a title's level word stays")
    func returner() {
        func profile(title: String, summary: String, years: Int) -> MatchProfile {
            var profile = UserProfile(userID: UUID())
            profile.currentTitle = title
            profile.summary = summary
            profile.yearsExperience = years
            return MatchProfile(profile: profile, skills: [], experiences: [])
        }
        let back = "Audiologist coming back to practice after four years at home; HCPC registration restored."
        let audiologist = profile(title: "Audiologist", summary: back, years: 11)
        #expect(audiologist.ownLevels == [.mid, .senior])
        let working = profile(title: "Audiologist", summary: "Audiologist in a hospital clinic.", years: 11)
        #expect(working.ownLevels == [.senior], "no break said")
        let titled = profile(title: "Senior Audiologist", summary: back, years: 11)
        #expect(titled.ownLevels == [.senior], "the title says it")
        let early = profile(title: "Audiologist", summary: "Returning to work after a career break.", years: 3)
        #expect(early.ownLevels == [.mid])
        let scorer = MatchScorer(profile: audiologist, salaryFloor: nil, now: MatchScorerTests.now)
        #expect(scorer.seniorityFit("mid") == 1 && scorer.seniorityFit("senior") == 1)
        #expect(scorer.seniorityFit("lead") == MatchCalibration.seniorityStepUp)
    }

    @Test("a title's own level word still wins, and without the words the years decide")
    func titleAndYears() {
        #expect(level(title: "Senior Agronomist", summary: "Looking for my first job abroad.", years: 9) == .senior)
        #expect(level(title: "Agronomist", summary: "Field agronomist for canola growers.", years: 8) == .senior)
        #expect(level(title: "Agronomist", summary: "Entrylevel is not a word.", years: 3) == .mid)
    }
}

@Suite("Matching: a level word in the aim a person states is the level they seek")
struct AimLevelTests {
    func profile(summary: String, years: Int, search: [String] = []) -> MatchProfile {
        var profile = UserProfile(userID: UUID())
        profile.currentTitle = "Carpenter & Joiner"
        profile.summary = summary
        profile.yearsExperience = years
        return MatchProfile(profile: profile, skills: [], experiences: [], wantedLevels: search)
    }

    @Test("twelve years on the tools, and the aim is a trainee's job: measured from entry")
    func traineeAim() {
        let carpenter = profile(
            summary: "Time served carpenter, 12 yrs on site. Want to get off the tools into an estimator or "
                + "trainee QS job around Sheffield.", years: 12)
        #expect(carpenter.level == .senior)
        #expect(carpenter.wantedLevels == [.entry])
        let scorer = MatchScorer(profile: carpenter, salaryFloor: nil, now: MatchScorerTests.now)
        #expect(scorer.seniorityFit("entry") == 1)
        #expect(scorer.dealbreakers(salary: .noFloor, level: "senior") == [.levelTooHigh])
    }

    @Test("a search's levels win; an aim with no level word, or 'data entry', states none")
    func searchAndNoLevel() {
        let summary = "Looking for a data entry or admin job in Liverpool."
        #expect(profile(summary: summary, years: 2).wantedLevels.isEmpty)
        let aim = "Want to move into a trainee estimator job."
        #expect(profile(summary: aim, years: 12, search: ["mid"]).wantedLevels == [.mid])
        #expect(profile(summary: "Want to move into estimating.", years: 12).wantedLevels.isEmpty)
    }
}
