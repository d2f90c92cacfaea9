// Splitting postings into requirement, preferred and other sections, and sorting
// their skills into required_skills and preferred_skills.
import Testing

@testable import JobHuntKernel
@testable import JobHuntSkills

/// A posting and the section expected at the first place each marker word appears.
struct SectionCase: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var expected: [(String, PostingSection)]
    var testDescription: String { name }
}

/// A posting and the skills it should require and prefer.
struct PostingSkillsCase: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var required: [String]
    var preferred: [String]
    var testDescription: String { name }
}

@Suite("Posting sections and skills")
struct SkillPostingTests {
    static let sectionCases: [SectionCase] = [
        SectionCase(
            name: "markdown headings",
            text: """
                We build robots (intro).
                ## What you'll do
                Ship features (duty).
                ## Requirements
                - Five years (must).
                ## Nice to have
                - Rust (bonus).
                ## Benefits
                - Dental (perk).
                """,
            expected: [
                ("intro", .general), ("duty", .responsibilities), ("must", .requirements), ("bonus", .preferred),
                ("perk", .other),
            ]),
        SectionCase(
            name: "plain, bold and colon headings, typographic apostrophes",
            text: """
                What you’ll need:
                • Python (need)
                **Preferred Qualifications**
                • Kafka (pref)
                Bonus points
                * Go (points)
                Minimum Qualifications
                1. SQL (minimum)
                About us
                We are nice (about)
                """,
            expected: [
                ("need", .requirements), ("pref", .preferred), ("points", .preferred), ("minimum", .requirements),
                ("about", .other),
            ]),
        SectionCase(
            name: "bullets and long lines are never headings; labels speak for their own line",
            text: """
                Qualifications
                - Python preferred (cue)
                - Experience with Go (still)
                Nice to have: Kafka (label)
                Salary: $120k (salary)
                We need Terraform (after)
                Experience with distributed systems at scale is what we expect from you every day (long)
                """,
            expected: [
                ("cue", .preferred), ("still", .requirements), ("label", .preferred), ("salary", .other),
                ("after", .requirements), ("long", .requirements),
            ]),
        SectionCase(
            name: "sentence cues inside a paragraph",
            text: "You know SQL (first). Kafka is a plus (second). Go is required, Rust a plus (third).",
            expected: [("first", .general), ("second", .preferred), ("third", .general)]),
    ]

    @Test("lines and sentences get their section", arguments: sectionCases)
    func sections(_ testCase: SectionCase) throws {
        let outline = PostingOutline(testCase.text)
        let bytes = Array(testCase.text.utf8)
        for (marker, section) in testCase.expected {
            let needle = Array("(\(marker))".utf8)
            let offset = try #require(
                bytes.indices.first { bytes[$0...].starts(with: needle) }, "no marker \(marker)")
            #expect(outline.section(at: offset) == section, "\(marker)")
        }
    }

    static let skillCases: [PostingSkillsCase] = [
        PostingSkillsCase(
            name: "requirements and nice-to-have sections",
            text: """
                About Tessellate
                We use Python everywhere and love Haskell.
                Requirements
                - 5+ years of Python and PostgreSQL
                - Kubernetes (k8s) in production
                Nice to have
                - Go, Rust
                - Kubernetes operators
                Benefits
                - Free Spanish lessons
                """,
            required: ["Python", "PostgreSQL", "Kubernetes"], preferred: ["Go", "Rust"]),
        PostingSkillsCase(
            name: "no headings: every skill is required except those marked a plus",
            text: "We need a nurse with BLS and ACLS. Epic experience is a plus. Spanish preferred.",
            required: ["BLS", "ACLS"], preferred: ["Epic", "Spanish"]),
        PostingSkillsCase(
            name: "responsibilities count as required, the intro does not once headings exist",
            text: """
                Our platform runs on AWS.
                What you'll do
                - Build services in Go
                You have
                - Experience with Terraform
                Bonus
                - AWS certifications, e.g. AWS Certified Solutions Architect
                """,
            required: ["Go", "Terraform"], preferred: ["AWS", "AWS Certified Solutions Architect"]),
        PostingSkillsCase(
            name: "a skill both required and preferred is required",
            text: "Requirements:\n- SQL\nPreferred:\n- SQL tuning, Tableau",
            required: ["SQL"], preferred: ["Query Optimization", "Tableau"]),
        PostingSkillsCase(
            name: "inline labels in one paragraph line",
            text: "Must have: Java, Spring Boot\nNice to have: Kotlin\nLocation: Remote",
            required: ["Java", "Spring Boot"], preferred: ["Kotlin"]),
        PostingSkillsCase(
            name: "near-misses stay apart",
            text: "Requirements\n- JavaScript and React\nNice to have\n- React Native",
            required: ["JavaScript", "React"], preferred: ["React Native"]),
        PostingSkillsCase(
            name: "a denied requirement is preferred even though it says must",
            text: "Requirements\n- AWS IAM & KMS\n- Threat modelling\n- German is a plus, not a must",
            required: ["AWS", "Identity and Access Management", "Threat Modeling"], preferred: ["German"]),
        PostingSkillsCase(
            name: "a tools heading lists requirements",
            text: "Bright Canopy makes payroll software.\nTools\n- SQL\n- dbt\nYou have\n- A driver's licence",
            required: ["SQL", "dbt", "Driver's License"], preferred: []),
        PostingSkillsCase(
            name: "benefits words are not skills",
            text: "Great team. We offer mental health support, dental, and a learning budget.",
            required: [], preferred: []),
        PostingSkillsCase(
            name: "Windows line ends and capitalised headings",
            text: "REQUIREMENTS:\r\n- Python\r\nNICE TO HAVE:\r\n- Go\r\n",
            required: ["Python"], preferred: ["Go"]),
        PostingSkillsCase(name: "nothing to find", text: "Great team, great perks.", required: [], preferred: []),
    ]

    @Test("skills are sorted into required and preferred", arguments: skillCases)
    func postingSkills(_ testCase: PostingSkillsCase) {
        let skills = SkillTaxonomy.standard.postingSkills(in: testCase.text)
        #expect(skills.required == testCase.required)
        #expect(skills.preferred == testCase.preferred)
    }

    @Test("the outline covers every non-blank line and reports requirement headings")
    func outlineShape() {
        let outline = PostingOutline("Intro\n\nRequirements\n- SQL\n")
        #expect(outline.hasRequirementHeadings)
        #expect(outline.parts.map(\.section) == [.general, .requirements, .requirements])
        #expect(!PostingOutline("Just text. Nothing else.").hasRequirementHeadings)
        #expect(PostingOutline("").parts.isEmpty)
        #expect(PostingOutline("x").section(at: 99) == .general)
    }
}
