// The byte-wise (ASCII) paths of the title and company rules split exactly
// as the Character-wise rules they shortcut, and non-ASCII text still takes those.
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite struct NormalisationASCIIPathTests {
    static let titles = [
        "Senior Backend Engineer (Part-time)", "VP, Engineering", "Sr. Data Analyst II - Remote/Hybrid",
        "Co-op: Software Developer 2026", "  Warehouse\r\nAssociate\t3rd shift  ", "", "---", "C++ / C# Dev",
        "Ingénieur logiciel Senior", "Développeur(se) Full-Time", "Kelvin \u{212A}-Team Lead", "Σenior Ξngineer",
    ]

    @Test(arguments: titles) func titleWordsMatchTheCharacterSplit(title: String) {
        let lowered = title.lowercased()
        let withDigits = lowered.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let withHyphen = lowered.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        #expect(title.lowercasedWords(digits: true).map(String.init) == withDigits)
        #expect(title.lowercasedWords(digits: false, keep: "-").map(String.init) == withHyphen)
    }

    @Test func nameKeysAreTheSameOnBothPaths() {
        #expect(CompanyRule.nameKey("Tessellate Robotics, Inc.") == "tessellate robotics")
        #expect(CompanyRule.nameKey("Smith & Co.") == "smith")
        #expect(CompanyRule.nameKey("O'Neil L.L.C.") == "oneil")
        #expect(CompanyRule.nameKey("AT&T") == "at and t")
        #expect(CompanyRule.nameKey("Benchmark Company 7, Inc.") == "benchmark company 7")
        // Non-ASCII names go through Character rules: the typographic apostrophe is dropped too.
        #expect(CompanyRule.nameKey("O’Neil Société GmbH") == "oneil société")
    }

    @Test func urlPartsAreFoundInTheBytes() throws {
        let parts = try #require(URLRule.parts(of: "HTTPS://user@Jobs.Example.COM:8443/a/b/?x=1&y=2#frag"))
        #expect(parts.host == "jobs.example.com")
        #expect(parts.port == "8443")
        #expect(parts.path == "/a/b/")
        #expect(parts.query == "x=1&y=2")
        #expect(URLRule.parts(of: "ftp://example.com/x") == nil)
        #expect(URLRule.parts(of: "https:///path") == nil)
        #expect(
            URLRule.canonical("https://Exämple.com/Stellen/Jöb/?utm_source=x#top") == "https://exämple.com/Stellen/Jöb")
    }
}
