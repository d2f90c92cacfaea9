// The byte-wise (ASCII) paths of the title, company and salary rules split and
// search exactly as the Character-wise rules they shortcut, and non-ASCII text
// still takes those.
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

    /// Pieces a salary sentence split turns on: marks, blanks, every ASCII line end and
    /// control byte near them, abbreviations and ordinals before a dot, currency stems in any
    /// case, and (for the sentence split) non-ASCII letters, dashes, a combining accent and the
    /// Unicode line ends.
    static let asciiPieces = [
        ".", "!", "?", ";", " ", "\t", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{1C}", "\u{1F}", "Rs", "ca", "max",
        "13", "1", "2026", "Monatsgehalt", "EUR", "Euro", "dollars", "LPA", "kr", "rs", "Franc", "$120k", "60.000", "a",
        "pay", "X", "lakh", "ZLOTY", "yen",
    ]
    static let otherPieces = ["–", "é", "’", "\u{301}", "€", "\u{A0}", "Ö", "\u{85}", "\u{2028}", "\u{2029}"]

    /// `count` strings of up to `length` pieces, the same every run (a linear congruential generator).
    static func samples(_ pieces: [String], count: Int, length: Int) -> [String] {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in (0..<next(length)).map { _ in pieces[next(pieces.count)] }.joined() }
    }

    @Test func salarySentencesAreTheSameOnBothPaths() {
        let fixed = [
            "", "\r\n", "Pay: $120k. Rs. 12,00,000 a year!", "plus 13. Monatsgehalt; ca. 4.500 EUR? yes",
            "a shift of 14. $16.50 per hour.\r\nNext line\u{0B}and\u{0C}more", "Trailing.", "No mark at all",
            "max. 60k\t. after tab.\u{1C}. after a file separator", "Salary: $100k–$160k a year. Perks.\nWe’re here.",
            "Gehalt: 60.000 €. Danach.\u{2028}Neue Zeile. ok", ".\u{301} not a mark. é.\n\u{301}x. y",
        ]
        let mixed = Self.samples(Self.asciiPieces + Self.otherPieces, count: 4000, length: 14)
        for text in fixed + Self.samples(Self.asciiPieces, count: 4000, length: 14) + mixed {
            #expect(
                SalaryContext.sentences(of: text) == SalaryContext.characterSentences(of: text),
                "\(text.debugDescription)")
        }
    }

    @Test func currencyWordsAreFoundAlikeOnBothPaths() throws {
        // Curly quotes, dashes, bullets and no-break spaces are stepped over as bytes.
        let inert = ["’", "“", "”", "–", "—", "•", "…", "\u{A0}", "™", "·", "é", "É", "ü", "ß", "Ñ", "ç"]
        #expect(inert.allSatisfy { CurrencyWords.isInert($0.unicodeScalars.first!.value) })
        // Letters of a stem (and their capitals), a capital that lower-cases to two scalars, and
        // combining accents are not: those texts go to Foundation.
        for other in ["ó", "Ó", "ł", "Ł", "č", "đ", "İ", "\u{301}", "€", "円"] {
            #expect(!CurrencyWords.isInert(other.unicodeScalars.first!.value), "\(other.debugDescription)")
        }
        for text in [
            "", "e", "’", "EURO", "in Rs 5", "Rs.", "10 LPA", "40 kr/h", "no money here", "R–s 5", "Rs\u{A0}5",
        ]
            + Self.samples(Self.asciiPieces, count: 4000, length: 6)
            + Self.samples(Self.asciiPieces + inert + ["d", "lar", "z", "euros"], count: 4000, length: 8)
        {
            let bytes = try #require(
                CurrencyWords.occurInBytes(text.unicodeScalars, capacity: text.utf8.count), "\(text.debugDescription)")
            #expect(bytes == CurrencyWords.occurLowercased(text), "\(text.debugDescription)")
        }
        #expect(CurrencyWords.occurInBytes("8 000 zł".unicodeScalars, capacity: 9) == nil)
        #expect(CurrencyWords.occurInBytes("ó".unicodeScalars, capacity: 2) == nil)
        #expect(CurrencyWords.occurInBytes("Euro\u{301}".unicodeScalars, capacity: 6) == nil)
        #expect(CurrencyWords.occur(in: "8 000 zł brutto"))
        #expect(CurrencyWords.occur(in: "8 000 euros • brutto"[...]))
    }

    /// Skipping the lines without money before the split keeps every sentence with money.
    @Test func salaryLinesWithoutMoneyAreSkippedWithoutLosingASentence() {
        let pieces = Self.asciiPieces + Self.otherPieces + ["$", "£5", "USD", "zł", "R450", "S/", "euros"]
        for text in Self.samples(pieces, count: 4000, length: 16) {
            let all = SalaryContext.sentences(of: text).filter(SalaryText.mayHoldMoney)
            let skipping = SalaryContext.sentences(of: text, linesWhere: SalaryText.lineMayHoldMoney)
            #expect(skipping.filter(SalaryText.mayHoldMoney) == all, "\(text.debugDescription)")
        }
    }
}
