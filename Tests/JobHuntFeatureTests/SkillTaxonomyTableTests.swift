// Walks the curated skills table: unique names, unambiguous aliases, known related
// names, seed categories only, and every findable spelling finds its own skill.
import Testing

@testable import JobHuntKernel
@testable import JobHuntSkills

@Suite("Skills taxonomy table")
struct SkillTaxonomyTableTests {
    let taxonomy = SkillTaxonomy.standard

    @Test("holds a few hundred skills in every category")
    func size() {
        // "A few hundred": broad enough for every field jobhunt users come from, small enough to curate.
        #expect((300...1000).contains(taxonomy.skills.count), "\(taxonomy.skills.count) skills")
        for category in SkillCategory.allCases {
            #expect(taxonomy.skills.contains { $0.category == category }, "no \(category) skill")
        }
    }

    @Test("categories are exactly the seed's skill_category values")
    func seedCategories() {
        #expect(SkillCategory.allCases.map(\.rawValue) == ["technical", "soft", "language", "certification"])
        let used = Set(taxonomy.skills.map(\.category.rawValue))
        #expect(used.isSubset(of: ["technical", "soft", "language", "certification"]))
    }

    @Test("no spelling belongs to two skills, and no two skills share a name")
    func noConflicts() {
        #expect(taxonomy.conflicts == [])
        let keys = taxonomy.skills.map { SkillTaxonomy.spellingKey($0.name) }
        #expect(Set(keys).count == keys.count)
    }

    @Test("no skill lists the same spelling twice")
    func noRepeatedSpellings() {
        for skill in taxonomy.skills {
            let keys = skill.terms.map { SkillTaxonomy.spellingKey($0.text) }
            #expect(Set(keys).count == keys.count, "\(skill.name) repeats a spelling: \(keys)")
        }
    }

    @Test("names are tidy and fit user_skills.skill_name")
    func tidyNames() {
        for skill in taxonomy.skills {
            #expect(skill.name.count <= 100)
            #expect(skill.name == skill.name.split(separator: " ").joined(separator: " "), "\(skill.name)")
            for term in skill.terms {
                #expect(!SkillTaxonomy.spellingKey(term.text).isEmpty, "\(skill.name): empty spelling \(term.text)")
            }
        }
    }

    @Test("related names are other skills of the table")
    func relatedNamesExist() {
        let names = Set(taxonomy.skills.map(\.name))
        for skill in taxonomy.skills {
            for related in skill.related {
                #expect(names.contains(related), "\(skill.name) relates to unknown \(related)")
                #expect(related != skill.name)
            }
        }
    }

    @Test("every findable spelling, written alone, finds its own skill and nothing else")
    func spellingsFindThemselves() {
        for skill in taxonomy.skills {
            for term in skill.terms where term.rule != .lookupOnly {
                #expect(taxonomy.skillNames(in: term.text) == [skill.name], "\(term.text) should find \(skill.name)")
            }
        }
    }

    @Test("every spelling, typed, canonicalises to its skill")
    func spellingsCanonicalise() {
        for skill in taxonomy.skills {
            for term in skill.terms {
                #expect(taxonomy.canonicalName(for: term.text) == skill.name, "\(term.text)")
                #expect(taxonomy.canonicalName(for: term.text.uppercased()) == skill.name, "\(term.text) in capitals")
            }
        }
    }
}
