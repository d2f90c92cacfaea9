// Removes what a board writes after an employer's name about the company rather
// than as its name: "Modal Freight (YC W24)", "Cedro Health (Series B)",
// "Warung Cloud (Series B, $18M)". Hacker News "Who is hiring" lines do this.
import JobHuntKernel

/// The employer's name without a trailing aside of accelerator batches and funding facts.
///
///     CompanyName.withoutFundingAside("Ferntree (YC W24, $12M Series A)")  // "Ferntree"
///     CompanyName.withoutFundingAside("Acme (UK) Ltd")                      // unchanged
///
/// Only an aside every item of which is such a fact is removed; any other parenthesis is part
/// of the name ("Acme (Europe)", "Smith (Holdings)"), and a name that would be left empty keeps it.
enum CompanyName {
    static func withoutFundingAside(_ name: String) -> String {
        // Nearly every name ends in a letter: answered from its last byte, nothing built.
        guard name.utf8.last(where: { $0 != 0x20 }) == UInt8(ascii: ")") else { return name }
        let trimmed = ColumnText.collapsed(name)
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return name }
        let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
        let items = inside.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "/" })
        guard !items.isEmpty, items.allSatisfy(isFundingFact) else { return name }
        // "(A)", "(2024)": letters and years alone are no batch; an accelerator or a round is named.
        let words = inside.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard
            words.contains(where: { anchors.contains(String($0)) || $0.hasSuffix("backed") || $0.hasSuffix("funded") })
        else { return name }
        var rest = trimmed[..<open]
        while let last = rest.last, last == " " || last == "-" || last == "," { rest = rest.dropLast() }
        return rest.isEmpty ? name : String(rest)
    }

    /// "YC W24", "Y Combinator S21", "Techstars '23", "Series B", "seed", "$18M", "$12M Series
    /// A", "VC-backed", "a16z-funded", "bootstrapped".
    static func isFundingFact(_ item: Substring) -> Bool {
        let words = item.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{00A0}" })
            .map(String.init)
        guard !words.isEmpty, words.count <= 6 else { return false }
        return words.allSatisfy { word in
            fundingWords.contains(word) || isBatch(word) || isAmount(word) || word.hasSuffix("backed")
                || word.hasSuffix("funded")
        }
    }

    private static let anchors: Set<String> = [
        "yc", "combinator", "techstars", "antler", "seedcamp", "ef", "series", "seed", "preseed", "bootstrapped",
        "raised", "vc", "a16z",
    ]

    private static let fundingWords: Set<String> = [
        "yc", "y", "combinator", "techstars", "antler", "seedcamp", "500", "startups", "entrepreneur", "first",
        "ef", "a16z", "sequoia", "series", "a", "b", "c", "d", "e", "f", "seed", "pre", "preseed", "stage",
        "bootstrapped", "profitable", "raised", "funding", "round", "backed", "funded", "vc", "winter", "summer",
        "fall", "spring", "batch", "alum", "alumni", "and",
    ]

    /// A batch: "w24", "s25", "f24", "x25", "'23", "2024".
    private static func isBatch(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        let digits = scalars.drop { !("0"..."9").contains($0) }
        guard !digits.isEmpty, digits.allSatisfy({ ("0"..."9").contains($0) }) else { return false }
        let prefix = String(String.UnicodeScalarView(scalars.prefix(scalars.count - digits.count)))
        return ["w", "s", "f", "x", "'", "’", ""].contains(prefix) && [2, 4].contains(digits.count)
    }

    /// "$18m", "€12m", "$1.2b", "20m": an amount raised.
    private static func isAmount(_ word: String) -> Bool {
        var body = Substring(word)
        if let first = body.first, "$€£".contains(first) { body = body.dropFirst() }
        guard let last = body.last, "mkb".contains(last) else { return false }
        body = body.dropLast()
        return !body.isEmpty && body.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
    }
}
