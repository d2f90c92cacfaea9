// Finding skills in free text: the classic traps, each with positive and negative cases.
import Testing

@testable import JobHuntKernel
@testable import JobHuntSkills

/// One extraction case: a text and exactly the skills it should yield, in order of first mention.
struct SkillTextCase: Sendable, CustomTestStringConvertible {
    var text: String
    var skills: [String]
    var testDescription: String { "\"\(text)\" → \(skills)" }

    init(_ text: String, _ skills: [String]) {
        self.text = text
        self.skills = skills
    }
}

@Suite("Skill extraction traps")
struct SkillExtractionTests {
    static let taxonomy = SkillTaxonomy.standard

    @Test(
        "longest match wins and names never match inside larger names",
        arguments: [
            SkillTextCase("JavaScript and TypeScript", ["JavaScript", "TypeScript"]),
            SkillTextCase("Java, JavaScript", ["Java", "JavaScript"]),
            SkillTextCase("Java and JavaScript developers", ["Java", "JavaScript"]),
            SkillTextCase("React Native apps", ["React Native"]),
            SkillTextCase("React and React Native", ["React", "React Native"]),
            SkillTextCase("built with react-native", ["React Native"]),
            SkillTextCase("Next.js on React", ["Next.js", "React"]),
            SkillTextCase("Spring Boot services", ["Spring Boot"]),
            SkillTextCase("SQL Server and SQL", ["Microsoft SQL Server", "SQL"]),
            SkillTextCase("ASP.NET Core", ["ASP.NET"]),
            SkillTextCase("TS/SCI clearance", ["Security Clearance"]),
            SkillTextCase("Nursing Informatics, not clinical nursing", ["Nursing Informatics"]),
            SkillTextCase("Clinical Informatics", ["Health Informatics"]),
        ])
    func longestMatch(_ testCase: SkillTextCase) {
        #expect(Self.taxonomy.skillNames(in: testCase.text) == testCase.skills)
    }

    @Test(
        "punctuation inside names",
        arguments: [
            SkillTextCase("C++ and C# on .NET", ["C++", "C#", ".NET"]),
            SkillTextCase("C/C++ firmware", ["C", "C++", "Embedded Systems"]),
            SkillTextCase("Node.js, Vue.js.", ["Node.js", "Vue.js"]),
            SkillTextCase("We use CI/CD pipelines", ["CI/CD"]),
            SkillTextCase("CI / CD", ["CI/CD"]),
            SkillTextCase("scikit-learn and scikit learn", ["scikit-learn"]),
            SkillTextCase("Security+ certified", ["CompTIA Security+"]),
            SkillTextCase("A/B testing", ["A/B Testing"]),
            SkillTextCase("FP&A lead", ["FP&A"]),
            SkillTextCase("Python/Django", ["Python", "Django"]),
            SkillTextCase("vue.js but not Vue.jsx", ["Vue.js"]),
        ])
    func punctuation(_ testCase: SkillTextCase) {
        #expect(Self.taxonomy.skillNames(in: testCase.text) == testCase.skills)
    }

    @Test(
        "Go only as the language, never the verb",
        arguments: [
            SkillTextCase("Python, Go and Rust", ["Python", "Go", "Rust"]),
            SkillTextCase("Services written in Go.", ["Go"]),
            SkillTextCase("Go developer", ["Go"]),
            SkillTextCase("- Go\n- Python", ["Go", "Python"]),
            SkillTextCase("Golang", ["Go"]),
            SkillTextCase("Go (Golang)", ["Go"]),
            SkillTextCase("Go or Kotlin", ["Go", "Kotlin"]),
            SkillTextCase("We go fast", []),
            SkillTextCase("Go to the office twice a week", []),
            SkillTextCase("ready to go", []),
            SkillTextCase("Go live in March", []),
            SkillTextCase("Go and talk to customers", []),
            SkillTextCase("go, Python", ["Python"]),
            SkillTextCase("Go-getter attitude", []),
            SkillTextCase("Go-to-market launch", ["Product Marketing"]),
        ])
    func go(_ testCase: SkillTextCase) {
        #expect(Self.taxonomy.skillNames(in: testCase.text) == testCase.skills)
    }

    @Test(
        "R only as a capital R in a list",
        arguments: [
            SkillTextCase("Python, R, SQL", ["Python", "R", "SQL"]),
            SkillTextCase("R and Python", ["R", "Python"]),
            SkillTextCase("Proficiency in R", ["R"]),
            SkillTextCase("SAS or R", ["SAS", "R"]),
            SkillTextCase("R&D team", []),
            SkillTextCase("Form R of the tax return", []),
            SkillTextCase("r and python", ["Python"]),
            SkillTextCase("Plan B, Plan C", []),
            SkillTextCase("Reporting to C-level executives", []),
            SkillTextCase("C-suite presence", []),
            SkillTextCase("Vitamin C.", []),
            SkillTextCase("C, C++ and C#", ["C", "C++", "C#"]),
        ])
    func r(_ testCase: SkillTextCase) {
        #expect(Self.taxonomy.skillNames(in: testCase.text) == testCase.skills)
    }

    @Test(
        "ordinary words need the skill's capitals and, at a sentence start, a list",
        arguments: [
            SkillTextCase("iOS apps in Swift and SwiftUI", ["iOS", "Swift", "SwiftUI"]),
            SkillTextCase("Swift turnaround on tickets", []),
            SkillTextCase("a swift response", []),
            SkillTextCase("Swift, Kotlin", ["Swift", "Kotlin"]),
            SkillTextCase("You will excel at communication", ["Communication"]),
            SkillTextCase("Excel at speed.", []),
            SkillTextCase("Advanced Excel skills", ["Excel"]),
            SkillTextCase("Excel skills required", ["Excel"]),
            SkillTextCase("Word, Excel and Outlook", ["Microsoft Word", "Excel", "Microsoft Outlook"]),
            SkillTextCase("a word of caution: the outlook is good", []),
            SkillTextCase("Java, Spring, Hibernate", ["Java", "Spring", "Hibernate"]),
            SkillTextCase("starting in Spring 2026", []),
            SkillTextCase("spring cleaning", []),
            SkillTextCase("ML engineers", ["Machine Learning"]),
            SkillTextCase("500 ml of saline, 5 mL doses", []),
            SkillTextCase("rust on the pipes", []),
            SkillTextCase("RN license required", ["Registered Nurse"]),
            SkillTextCase("TS or JS", ["JavaScript"]),
            SkillTextCase("the rest of the team", []),
            SkillTextCase("We react quickly to incidents", []),
            SkillTextCase("React quickly to incidents", []),
            SkillTextCase("React, Redux", ["React", "Redux"]),
            SkillTextCase("an unreal pace", []),
            SkillTextCase("networking events; Networking and DNS", ["Networking", "DNS"]),
            SkillTextCase("every 5s, then Lean 5S", ["Lean Manufacturing"]),
            SkillTextCase("in a collaborative environment", []),
        ])
    func ambiguousWords(_ testCase: SkillTextCase) {
        #expect(Self.taxonomy.skillNames(in: testCase.text) == testCase.skills)
    }

    @Test(
        "plurals, possessives, hyphens and letter case",
        arguments: [
            SkillTextCase("Python's ecosystem", ["Python"]),
            SkillTextCase("Kubernetes' scheduler and K8s", ["Kubernetes"]),
            SkillTextCase("REST APIs and microservices", ["REST APIs", "Microservices"]),
            SkillTextCase("design systems", ["Design Systems"]),
            SkillTextCase("data lakes", ["Data Warehousing"]),
            SkillTextCase("paint on canvas, eat mandarins", []),
            SkillTextCase("Type Script", []),
            SkillTextCase("machine-learning and Machine Learning", ["Machine Learning"]),
            SkillTextCase("POSTGRES, postgres, PostgreSQL", ["PostgreSQL"]),
            SkillTextCase("front-end work", ["Frontend Development"]),
            SkillTextCase("Ingénieur·e C++/Rust à Zürich", ["C++", "Rust"]),
            SkillTextCase("my_python_script", []),
            SkillTextCase("Python3", ["Python"]),
        ])
    func variants(_ testCase: SkillTextCase) {
        #expect(Self.taxonomy.skillNames(in: testCase.text) == testCase.skills)
    }

    @Test("mentions count every place, with UTF-8 offsets, in order of first mention")
    func countsAndPlaces() throws {
        let text = "Go, Python and python — then PYTHON and Go."
        let mentions = Self.taxonomy.mentions(in: text)
        #expect(mentions.map(\.name) == ["Go", "Python"])
        #expect(mentions.map(\.count) == [2, 3])
        let bytes = Array(text.utf8)
        for mention in mentions {
            for range in mention.ranges {
                let found = String(decoding: bytes[range], as: UTF8.self)
                #expect(Self.taxonomy.canonicalName(for: found) == mention.name, "\(found)")
            }
        }
        let python = try #require(mentions.last)
        #expect(python.ranges.first == 4..<10)
        #expect(python.category == .technical)
    }

    @Test("the same text always gives the same mentions")
    func deterministic() {
        let text = "Senior engineer: Go, Kubernetes, PostgreSQL, Terraform, AWS; React and TypeScript a plus."
        let first = Self.taxonomy.mentions(in: text)
        for _ in 0..<5 { #expect(Self.taxonomy.mentions(in: text) == first) }
        #expect(SkillTaxonomy(SkillCatalog.all).mentions(in: text) == first)
    }

    @Test("empty and skill-free texts find nothing")
    func nothing() {
        #expect(Self.taxonomy.mentions(in: "").isEmpty)
        #expect(Self.taxonomy.mentions(in: "\n\n  \t").isEmpty)
        #expect(Self.taxonomy.mentions(in: "We are a friendly team in a sunny city.").isEmpty)
    }
}
