// A level class from fresh6's list of what was still missed (issue 18, seventh pass), with
// titles that are in no eval set: "Leader" after a word for a team at work is lead.
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Real data: team leaders are lead")
struct RealDataLeaderLevelTests {
    @Test(
        "a team, shift or project leader is lead; a youth or activity leader is not",
        arguments: [
            ("Shift Leader - Distribution Centre", ExperienceLevel.lead),
            ("Project Leader, Civil Works", .lead),
            ("Youth Leader (Weekends)", nil),
            ("Holiday Camp Activity Leader", nil),
        ] as [(String, ExperienceLevel?)])
    func leaders(_ title: String, _ level: ExperienceLevel?) {
        #expect(ExperienceLevelRule.fromTitle(title) == level, "\(title)")
    }

    @Test("a title's leader beats a source's coarser level field")
    func titleBeatsField() {
        let level = ExperienceLevelRule.level(title: "Dock Team Leader", field: "Associate", text: "")
        #expect(level == .lead)
    }
}
