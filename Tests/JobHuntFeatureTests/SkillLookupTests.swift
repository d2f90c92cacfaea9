// Canonicalising typed skill names: case- and alias-insensitive, unknown names kept
// as typed, and one uniqueness key per skill.
import Testing

@testable import JobHuntKernel
@testable import JobHuntSkills

@Suite("Skill lookup")
struct SkillLookupTests {
    let taxonomy = SkillTaxonomy.standard

    @Test(
        "typed names canonicalise in any case and by alias",
        arguments: [
            ("postgres", "PostgreSQL"), ("psql", "PostgreSQL"), ("PostgreSQL", "PostgreSQL"), ("K8S", "Kubernetes"),
            ("k8s", "Kubernetes"), ("js", "JavaScript"), ("ECMAScript", "JavaScript"), ("golang", "Go"), ("go", "Go"),
            ("ML", "Machine Learning"), ("ml", "Machine Learning"), ("machine-learning", "Machine Learning"),
            ("TS", "TypeScript"), ("GCP", "Google Cloud"), ("  node.JS ", "Node.js"), ("nodejs", "Node.js"),
            ("c++", "C++"), ("c#", "C#"), (".net", ".NET"), ("ci/cd", "CI/CD"), ("CI / CD", "CI/CD"),
            ("react native", "React Native"), ("React", "React"), ("java", "Java"), ("javascript", "JavaScript"),
            ("RN", "Registered Nurse"), ("excel", "Excel"), ("swift", "Swift"), ("r", "R"), ("sklearn", "scikit-learn"),
            ("AWS", "AWS"), ("amazon web services", "AWS"), ("Spanish", "Spanish"), ("pmp", "PMP"),
            ("team player", "Teamwork"), ("ux/ui", "UI/UX Design"), ("Front-End Development", "Frontend Development"),
        ])
    func canonicalises(typed: String, expected: String) {
        #expect(taxonomy.canonicalName(for: typed) == expected)
    }

    @Test(
        "a bracketed abbreviation or note: the whole first, then the name outside, then the text inside",
        arguments: [
            ("Registered Nurse (RN)", "Registered Nurse"), ("Amazon Web Services (AWS)", "AWS"),
            ("Excel (advanced)", "Excel"), ("Kubernetes (EKS, GKE)", "Kubernetes"),
            ("Basket Weaving (Python scripting)", nil), ("Underwater (Basket) Weaving", nil),
        ] as [(String, String?)])
    func bracketedNames(typed: String, expected: String?) {
        #expect(taxonomy.canonicalName(for: typed) == expected)
    }

    @Test("unknown names are nil and stored as typed, trimmed", arguments: ["Underwater Basket Weaving", "Zxqv"])
    func unknownNames(typed: String) {
        #expect(taxonomy.canonicalName(for: typed) == nil)
        #expect(taxonomy.storedName(for: "  \(typed)  ") == typed)
    }

    @Test("stored names collapse inner blanks of unknown names and canonicalise known ones")
    func storedNames() {
        #expect(taxonomy.storedName(for: " Underwater   Basket\tWeaving ") == "Underwater Basket Weaving")
        #expect(taxonomy.storedName(for: "postgres") == "PostgreSQL")
    }

    @Test("the uniqueness key is shared by every spelling of a skill and only by it")
    func keys() {
        #expect(taxonomy.key(for: "k8s") == taxonomy.key(for: "Kubernetes"))
        #expect(taxonomy.key(for: "Postgres") == taxonomy.key(for: "postgresql"))
        #expect(taxonomy.key(for: "Java") != taxonomy.key(for: "JavaScript"))
        #expect(taxonomy.key(for: "React") != taxonomy.key(for: "React Native"))
        #expect(taxonomy.key(for: "C") != taxonomy.key(for: "C++"))
        #expect(taxonomy.key(for: "C#") != taxonomy.key(for: "C++"))
        #expect(taxonomy.key(for: "Foo-Bar") == taxonomy.key(for: "  foo bar "))
        #expect(taxonomy.key(for: "!!!") == "!!!")
    }

    @Test("a taxonomy built from a custom table reports spellings claimed twice")
    func reportsConflicts() {
        let custom = SkillTaxonomy([
            Skill("Alpha", .technical, aliases: ["shared"]), Skill("Beta", .technical, aliases: ["Shared"]),
        ])
        #expect(custom.conflicts == ["Shared: Alpha, Beta"])
        #expect(custom.canonicalName(for: "shared") == "Alpha")
    }
}
