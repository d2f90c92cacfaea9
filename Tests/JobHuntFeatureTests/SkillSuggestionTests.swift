// Suggestions from a person's own text, related skills, and extraction that stays
// sound on odd input.
import Testing

@testable import JobHuntKernel
@testable import JobHuntSkills

@Suite("Skill suggestions and robustness")
struct SkillSuggestionTests {
    let taxonomy = SkillTaxonomy.standard

    @Test("suggestions skip skills already on the profile in any spelling, most mentioned first")
    func suggestions() {
        let resume = """
            Built Go services on k8s. Ran PostgreSQL. Wrote Terraform for Kubernetes clusters.
            Skills: Go, Python, Kubernetes, Terraform, Terraform modules
            """
        let names = taxonomy.suggestions(in: resume, excluding: ["postgres", "golang"]).map(\.name)
        #expect(names == ["Kubernetes", "Terraform", "Python"])
        #expect(taxonomy.suggestions(in: resume, excluding: [String]()).map(\.name).first == "Kubernetes")
        #expect(taxonomy.suggestions(in: "", excluding: ["Go"]).isEmpty)
    }

    @Test("related skills are linked, not merged")
    func related() {
        #expect(taxonomy.related(to: "react native").map(\.name) == ["React"])
        #expect(taxonomy.related(to: "Next.js").map(\.name) == ["React"])
        #expect(taxonomy.related(to: "Underwater Basket Weaving").isEmpty)
        #expect(taxonomy.key(for: "React Native") != taxonomy.key(for: "React"))
    }

    static let oddTexts: [String] = [
        "C++++", "C#C#", "+C", "#", "/", "&", ".", ".NET.", "..NET", "Node.", "Node.js.js", "CI/", "/CD", "C/", "R&",
        "\r\nGo\r\n", "Go\u{2028}R", "😀 Python 😀", "Pyth\u{0301}on", "e\u{0301}Swift", "\u{FEFF}Java", "Ｊａｖａ",
        "\u{00A0}Excel\u{00A0}", String(repeating: "Go, ", count: 500), String(repeating: "a", count: 10_000),
        "•\n•\n• \n## \n**\n:\n- : \n1.", "Nice to have:", "Requirements\n", "\u{0}SQL\u{0}", "ﬁ SQL",
    ]

    @Test("odd input never breaks extraction, and every place found reads as its skill", arguments: oddTexts)
    func oddInput(_ text: String) {
        let bytes = Array(text.utf8)
        for mention in taxonomy.mentions(in: text) {
            for range in mention.ranges {
                #expect(range.lowerBound >= 0 && range.upperBound <= bytes.count)
                let found = String(decoding: bytes[range], as: UTF8.self)
                #expect(taxonomy.canonicalName(for: found) == mention.name, "\(found) for \(mention.name)")
            }
        }
        let skills = taxonomy.postingSkills(in: text)
        #expect(Set(skills.required).isDisjoint(with: skills.preferred))
    }

    @Test("pseudo-random byte soup never breaks extraction")
    func byteSoup() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let alphabet = Array("Go R C++ C# .NET Node.js CI/CD & / + # . , ; : \n\t-•’é😀 Swift Excel k8s and or in".utf8)
        for _ in 0..<200 {
            var bytes: [UInt8] = []
            for _ in 0..<200 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let pick = Int(state >> 33)
                bytes.append(pick % 7 == 0 ? UInt8(truncatingIfNeeded: pick >> 8) : alphabet[pick % alphabet.count])
            }
            let text = String(decoding: bytes, as: UTF8.self)
            let count = text.utf8.count
            for mention in taxonomy.mentions(in: text) {
                #expect(mention.ranges.allSatisfy { $0.lowerBound >= 0 && $0.upperBound <= count && !$0.isEmpty })
            }
            _ = taxonomy.postingSkills(in: text)
        }
    }
}
