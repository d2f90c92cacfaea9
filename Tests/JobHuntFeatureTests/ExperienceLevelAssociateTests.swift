// "Associate" as a level word: the first rung in most fields (law and dentistry included, as
// the labelled discover sets read them), a rank above the qualified one in architecture and
// academia (ExperienceLevelRule.associateLevel).
import JobHuntDiscovery
import JobHuntKernel
import Testing

@Suite struct ExperienceLevelAssociateTests {
    @Test func associateIsEntryOutsideTheQualifiedProfessions() {
        for title in [
            "Associate Product Manager", "Sales Associate", "Warehouse Associate (Part-time)",
            "Associate Software Engineer", "Associate Solutions Architect", "Associate Cloud Architect",
            "Associate Consultant", "Retail Associate", "Associate Attorney", "Associate Dentist", "Associate",
        ] {
            #expect(ExperienceLevelRule.fromTitle(title) == .entry, "\(title)")
        }
    }

    @Test func associateIsMidWhereItIsARankAboveQualifying() {
        for title in [
            "Associate Architect", "Associate Architect (RIBA)", "Architect - Associate",
            "Associate Professor of History", "Associate, Architecture",
        ] {
            #expect(ExperienceLevelRule.fromTitle(title) == .mid, "\(title)")
        }
    }

    @Test func aHigherWordStillWins() {
        #expect(ExperienceLevelRule.fromTitle("Associate Director") == .lead)
        #expect(ExperienceLevelRule.fromTitle("Senior Associate") == .senior)
        #expect(ExperienceLevelRule.fromTitle("Senior Associate Architect") == .senior)
        #expect(ExperienceLevelRule.fromTitle("Associate Principal Architect") == .lead)
        #expect(ExperienceLevelRule.fromTitle("Junior Associate Architect") == .entry)
    }
}
