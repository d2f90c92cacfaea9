// "Associate" as a level word: the first rung in most fields, a qualified rank below partner
// in architecture, law and academia (ExperienceLevelRule.associateLevel).
import JobHuntDiscovery
import JobHuntKernel
import Testing

@Suite struct ExperienceLevelAssociateTests {
    @Test func associateIsEntryOutsideTheQualifiedProfessions() {
        for title in [
            "Associate Product Manager", "Sales Associate", "Warehouse Associate (Part-time)",
            "Associate Software Engineer", "Associate Solutions Architect", "Associate Cloud Architect",
            "Associate Consultant", "Retail Associate",
        ] {
            #expect(ExperienceLevelRule.fromTitle(title) == .entry, "\(title)")
        }
    }

    @Test func associateIsMidForAQualifiedProfessionalOrAlone() {
        for title in [
            "Associate Architect", "Associate Architect (RIBA)", "Architect - Associate", "Associate Attorney",
            "Litigation Associate Attorney", "Associate Solicitor", "Associate Professor of History",
            "Associate Veterinarian", "Associate Dentist", "Associate",
        ] {
            #expect(ExperienceLevelRule.fromTitle(title) == .mid, "\(title)")
        }
    }

    @Test func aHigherWordStillWins() {
        #expect(ExperienceLevelRule.fromTitle("Associate Director") == .lead)
        #expect(ExperienceLevelRule.fromTitle("Senior Associate") == .senior)
        #expect(ExperienceLevelRule.fromTitle("Senior Associate Architect") == .senior)
        #expect(ExperienceLevelRule.fromTitle("Associate Principal Architect") == .lead)
        #expect(ExperienceLevelRule.fromTitle("Junior Associate Attorney") == .entry)
    }
}
