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

    @Test("a title's own level word still wins, and without the words the years decide")
    func titleAndYears() {
        #expect(level(title: "Senior Agronomist", summary: "Looking for my first job abroad.", years: 9) == .senior)
        #expect(level(title: "Agronomist", summary: "Field agronomist for canola growers.", years: 8) == .senior)
        #expect(level(title: "Agronomist", summary: "Entrylevel is not a word.", years: 3) == .mid)
    }
}
