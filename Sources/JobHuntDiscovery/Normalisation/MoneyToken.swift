// Reads one amount of money in text: an optional currency mark, a number with
// US or European separators, a k/m multiplier, and an optional trailing code.
import Foundation
import JobHuntKernel

/// One figure with its marks, as positions in a scalar array.
struct MoneyToken {
    var value: Decimal
    var multiplier: Decimal
    var hasMultiplier: Bool
    /// "$200K+": the figure is a floor.
    var orMore = false
    var symbol: String?
    var code: String?
    /// The currency was a word ("euros", "dollars", "zł"), which counts only in a sentence about pay
    /// ("lift 50 pounds" is a weight).
    var currencyWord = false
    /// Where the token begins (its currency mark, if any) and ends.
    var start: Int
    var end: Int

    /// The token whose number starts at `digit` (or whose currency mark ends just before it).
    static func read(_ scalars: [Unicode.Scalar], at digit: Int) -> MoneyToken? {
        var index = digit
        var prefixSymbol: String?
        var prefixCode: String?
        var start = digit
        // A mark may precede the number directly or after one blank: "$120k", "€ 60.000", "USD 90,000".
        if let mark = markBefore(scalars, digit) {
            (prefixSymbol, prefixCode, start) = mark
        } else if let current = scalars[safe: index], !SalaryText.isDigit(current) {
            return nil
        }
        guard let (value, afterNumber) = number(scalars, from: index) else { return nil }
        index = afterNumber
        // "CHF 78'000.–", "Fr. 28.-": the Swiss dash for no centimes ends the figure.
        if let mark = scalars[safe: index], mark == "." || mark == ",",
            let dash = scalars[safe: index + 1], dash == "–" || dash == "-" || dash == "—",
            !(scalars[safe: index + 2].map(SalaryText.isDigit) ?? false)
        {
            index += 2
        }
        var multiplier: Decimal = 1
        var hasMultiplier = false
        // "28万円", "6,000만원", "3천만원": Japanese, Chinese and Korean units of ten thousand (and a
        // thousand, a hundred million), which may follow one another.
        var unitEnd = index
        var unitFactor: Decimal = 1
        while let next = scalars[safe: unitEnd], let factor = eastAsianUnits[next] {
            unitFactor *= factor
            unitEnd += 1
        }
        if unitEnd > index {
            multiplier = unitFactor
            hasMultiplier = true
            index = unitEnd
        }
        if !hasMultiplier, let next = scalars[safe: index], next == "k" || next == "K" || next == "m" || next == "M",
            !(scalars[safe: index + 1]?.isAlphabeticScalar ?? false)
        {
            multiplier = next == "k" || next == "K" ? 1000 : 1_000_000
            hasMultiplier = true
            index += 1
        }
        // "55-65 K€": a blank before the K only counts when a currency sign follows it at once.
        if !hasMultiplier, scalars[safe: index] == " ", let next = scalars[safe: index + 1], next == "K" || next == "k",
            let sign = scalars[safe: index + 2], trailingSymbols[sign] != nil
        {
            multiplier = 1000
            hasMultiplier = true
            index += 2
        }
        // "40 mil €", "R$ 7 mil", "20 – 30 triệu VND", "Rp 8,5 juta", "14 tys. zł", "85 bin TL": thousands
        // and millions as words.
        if !hasMultiplier, let (factor, wordEnd) = scaleWord(scalars, SalaryText.skipBlanks(scalars, index)) {
            multiplier = factor
            hasMultiplier = true
            index = wordEnd
        }
        // Indian pay in lakhs ("12 LPA", "18 lakhs") and crores: a multiplier and, for LPA, a year.
        if !hasMultiplier,
            let (factor, wordEnd) = indianUnit(
                scalars, SalaryText.skipBlanks(scalars, index), rupee: prefixSymbol == "₹" || prefixCode == "INR")
        {
            multiplier = factor
            hasMultiplier = true
            index = wordEnd
        }
        var orMore = false
        // Footnote marks ("$140,000*", "†", "¹") and a "+" ("$200K+") end the figure.
        while let next = scalars[safe: index], footnoteMarks.contains(next) || next == "+" {
            if next == "+" { orMore = true }
            index += 1
        }
        var token = MoneyToken(
            value: value * multiplier, multiplier: multiplier, hasMultiplier: hasMultiplier, orMore: orMore,
            symbol: prefixSymbol, code: prefixCode, start: start, end: index)
        // "18-24 LPA", "12 lakhs": lakhs and crores are counted in rupees only.
        if hasMultiplier, multiplier >= 100_000, multiplier != 1_000_000, prefixSymbol == nil, prefixCode == nil {
            token.code = "INR"
        }
        // A trailing mark: "75.000 €", "200,000 USD".
        let after = SalaryText.skipBlanks(scalars, index)
        if let next = scalars[safe: after], let symbol = trailingSymbols[next] {
            token.symbol = token.symbol ?? symbol
            token.end = after + 1
        } else if let code = codeAt(scalars, after) {
            token.code = code
            token.end = after + 3
        } else if token.symbol == nil, token.code == nil, let (word, end) = CurrencyWords.after(scalars, after) {
            // "24.000 y 27.000 euros", "8 000 zł", "50,000 US dollars".
            if CurrencyWords.isCountryMark(word) { token.symbol = word } else { token.code = word }
            token.currencyWord = true
            // "3.950 kr. á mánuði": the abbreviation's dot belongs to the crown.
            token.end = word == "kr" && scalars[safe: end] == "." ? end + 1 : end
        } else if token.symbol == nil, token.code == nil,
            let (symbol, end) = CLDRCurrencySymbols.symbol(startingAt: after, in: scalars)
        {
            // "50.000 ден.", "1 200 000 Kz", "35 000 ج.م.": CLDR's symbols written after the figure.
            token.symbol = symbol
            token.currencyWord = CLDRCurrencySymbols.isLetters(symbol)
            token.end = end
        }
        // "Br 15,000", "den. 30.000": a symbol of letters is a word somewhere, so it counts, like a
        // currency word, only in a sentence about pay.
        if let symbol = token.symbol, CLDRCurrencySymbols.isLetters(symbol),
            CurrencyRule.symbols[symbol.uppercased()] == nil, symbol != "Rs", symbol != "Rs."
        {
            token.currencyWord = true
        }
        return token
    }

    static func isCodeLetter(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x41 && scalar.value <= 0x5A }

    private static let footnoteMarks: Set<Unicode.Scalar> = ["*", "†", "‡", "¹", "²", "³", "⁾"]

    private static let symbolScalars: Set<Unicode.Scalar> = [
        "$", "£", "€", "¥", "₹", "₩", "₪", "₺", "₱", "₦", "₫", "₴", "₸", "₽", "₼", "₾", "৳", "฿", "₵", "₨",
        // The Costa Rican colón: "₡650.000 mensuales".
        "₡",
    ]
    /// Signs written after the figure: "75.000 €", "20.000.000₫", "28万円", "6,000만원", "85.000 ₺".
    private static let trailingSymbols: [Unicode.Scalar: String] = [
        "€": "€", "£": "£", "$": "$", "₫": "₫", "円": "円", "원": "원", "₺": "₺", "₴": "₴", "₸": "₸", "₽": "₽",
        "₼": "₼", "₾": "₾", "₦": "₦", "₩": "₩", "৳": "৳", "฿": "฿", "₵": "₵", "₨": "₨", "¥": "¥", "₡": "₡",
    ]

    /// 万/萬 and 만 (ten thousand), 千 and 천 (a thousand), 億 and 억 (a hundred million).
    private static let eastAsianUnits: [Unicode.Scalar: Decimal] = [
        "万": 10_000, "萬": 10_000, "만": 10_000, "千": 1_000, "천": 1_000, "億": 100_000_000, "억": 100_000_000,
    ]

    /// A currency mark ending right before `digit` (one blank allowed): `$`, `US$`, `C$`, `£`, `EUR`, `CHF`.
    private static func markBefore(_ scalars: [Unicode.Scalar], _ digit: Int) -> (String?, String?, Int)? {
        var end = digit
        if end > 0, scalars[end - 1] == " " || scalars[end - 1] == "\u{00A0}" { end -= 1 }
        guard end > 0 else { return nil }
        let last = scalars[end - 1]
        if symbolScalars.contains(last) {
            var start = end - 1
            while start > 0, end - start <= 3, isCodeLetter(scalars[start - 1]) { start -= 1 }
            if start > 0, scalars[start - 1].isAlphabeticScalar { start = end - 1 }
            let symbol = String(String.UnicodeScalarView(scalars[start..<end]))
            if CurrencyRule.symbols[symbol.uppercased()] != nil || CLDRCurrencySymbols.isSymbol(symbol)
                || symbol.count == 1
            {
                return (symbol, nil, start)
            }
            return (String(last), nil, end - 1)
        }
        // "$U 120.000": Uruguay's peso (`CurrencyRule.symbols`).
        if end >= 2, scalars[end - 1] == "U", scalars[end - 2] == "$" { return ("$U", nil, end - 2) }
        // "S/ 4,500", "S/. 4500": Peru's sol.
        var slash = end - 1
        if slash > 0, scalars[slash] == "." { slash -= 1 }
        if slash >= 1, scalars[slash] == "/", scalars[slash - 1] == "S",
            slash == 1 || !scalars[slash - 2].isAlphabeticScalar
        {
            return ("S/", nil, slash - 1)
        }
        // "R450 000", "R28 000 per month", "R 14 500 per month": the rand's R on the figure or a
        // blank before it, not ending a word; read as the rand only in a South African posting
        // (`CurrencyRule`).
        if scalars[end - 1] == "R", end == 1 || !scalars[end - 2].isAlphabeticScalar {
            return ("R", nil, end - 1)
        }
        // "Rs. 12,00,000", "Rs 8 lakh": the rupee written out.
        if end >= 2, scalars[end - 1] == "." || scalars[end - 1] == "s" {
            let letters = scalars[end - 1] == "." ? end - 1 : end
            if letters >= 2, scalars[letters - 2] == "R", scalars[letters - 1] == "s",
                letters == 2 || !scalars[letters - 3].isAlphabeticScalar
            {
                return (scalars[end - 1] == "." ? "Rs." : "Rs", nil, letters - 2)
            }
        }
        if end >= 3, let code = codeAt(scalars, end - 3) {
            guard end - 3 == 0 || !scalars[end - 4].isAlphabeticScalar else { return nil }
            return (nil, code, end - 3)
        }
        return letterMark(scalars, end)
            ?? CLDRCurrencySymbols.symbol(endingAt: end, in: scalars).map { ($0.symbol, nil, $0.start) }
    }

    /// "KSh 95,000", "Rp. 8.500.000", "RM 4,500", "Dhs 20,000", "د.إ 25,000": a currency written
    /// in letters (a dot allowed) ending at `end`, a whole word that ``CurrencyRule`` knows.
    private static func letterMark(_ scalars: [Unicode.Scalar], _ end: Int) -> (String?, String?, Int)? {
        var start = end
        while start > 0, end - start < 4, scalars[start - 1].isAlphabeticScalar || scalars[start - 1] == "." {
            start -= 1
        }
        while start < end, scalars[start] == "." { start += 1 }
        guard start < end, start == 0 || !scalars[start - 1].isAlphabeticScalar else { return nil }
        let mark = String(String.UnicodeScalarView(scalars[start..<end]))
        guard CurrencyRule.symbols[mark.uppercased()] != nil else { return nil }
        return (mark, nil, start)
    }

    /// A known ISO code of exactly three capitals at `index`, not part of a longer word.
    private static func codeAt(_ scalars: [Unicode.Scalar], _ index: Int) -> String? {
        guard index + 3 <= scalars.count, (index..<index + 3).allSatisfy({ isCodeLetter(scalars[$0]) }) else {
            return nil
        }
        if let next = scalars[safe: index + 3], next.isAlphabeticScalar { return nil }
        return CurrencyRule.code(String(String.UnicodeScalarView(scalars[index..<index + 3])))
    }

    /// Digits with separators read by group: a last group of exactly 3 digits means the
    /// separators group thousands ("60.000" is sixty thousand, "120,000" too); 1–2 digits after
    /// the last separator are a fraction ("32.50"). A separator not followed by a digit ends it.
    private static func number(_ scalars: [Unicode.Scalar], from start: Int) -> (Decimal, Int)? {
        var groups: [[UInt8]] = [[]]
        var separators: [Unicode.Scalar] = []
        var index = start
        while index < scalars.count {
            let scalar = scalars[index]
            if SalaryText.isDigit(scalar) {
                groups[groups.count - 1].append(UInt8(scalar.value - 0x30))
                index += 1
            } else if scalar == "," || scalar == "." || scalar == "'" || scalar == "\u{202F}" || scalar == "\u{2009}"
                || ((scalar == " " || scalar == "\u{00A0}") && groupFollows(scalars, index + 1, groups)),
                let next = scalars[safe: index + 1], SalaryText.isDigit(next)
            {
                separators.append(scalar)
                groups.append([])
                index += 1
            } else {
                break
            }
        }
        guard !groups[0].isEmpty else { return nil }
        var fraction: [UInt8] = []
        if groups.count > 1, let last = groups.last, last.count != 3 {
            if last.count <= 2, separators.last == "." || separators.last == "," {
                fraction = last
                groups.removeLast()
            } else {
                // "2026.1234": not money; keep the part before the odd group.
                groups = [groups[0]]
                index = start + groups[0].count
            }
        }
        var value = Decimal(0)
        for digit in groups.joined() { value = value * 10 + Decimal(Int(digit)) }
        var scale = Decimal(1)
        for digit in fraction {
            scale /= 10
            value += Decimal(Int(digit)) * scale
        }
        return (value, index)
    }
}

extension MoneyToken {
    /// "LPA", "lakh(s)", "lac(s)" (100,000) and "crore"/"cr" (10,000,000) after a figure.
    /// "₹35L": a bare "L" is a lakh only on a figure marked as rupees.
    fileprivate static func indianUnit(_ scalars: [Unicode.Scalar], _ start: Int, rupee: Bool) -> (Decimal, Int)? {
        var index = start
        var word = ""
        while index < scalars.count, scalars[index].isAlphabeticScalar, word.count < 7 {
            word.unicodeScalars.append(scalars[index])
            index += 1
        }
        if index < scalars.count, scalars[index].isAlphabeticScalar { return nil }
        switch word.lowercased() {
        case "lpa", "lakh", "lakhs", "lac", "lacs": return (100_000, word.lowercased() == "lpa" ? start + 1 : index)
        case "crore", "crores": return (10_000_000, index)
        case "l" where rupee: return (100_000, index)
        default: return nil
        }
    }

    /// A thousand or a million as a whole word after a figure: "mil" (es, pt), "triệu" (vi), "juta"
    /// and "ribu" (id), "tys." (pl), "bin" (tr), "mln" (pl and others). Lower case only, so "MIL"
    /// or "Bin" as names stay words.
    fileprivate static func scaleWord(_ scalars: [Unicode.Scalar], _ start: Int) -> (Decimal, Int)? {
        var index = start
        var word = String.UnicodeScalarView()
        while index < scalars.count, scalars[index].isAlphabeticScalar, word.count < 8 {
            word.append(scalars[index])
            index += 1
        }
        if index < scalars.count, scalars[index].isAlphabeticScalar { return nil }
        guard let factor = scaleWords[String(word)] else { return nil }
        if String(word) == "tys", scalars[safe: index] == "." { index += 1 }
        return (factor, index)
    }

    private static let scaleWords: [String: Decimal] = [
        "mil": 1000, "triệu": 1_000_000, "juta": 1_000_000, "jt": 1_000_000, "ribu": 1000, "rb": 1000,
        "tys": 1000, "tysięcy": 1000, "bin": 1000, "mln": 1_000_000,
        // Italian: "tra 32 e 36 mila euro".
        "mila": 1000,
        // Hungarian: "900 ezer – 1,1 millió Ft".
        "ezer": 1000, "millió": 1_000_000,
    ]

    /// A blank groups thousands ("4 000", "45 000 €") only after one to three digits and
    /// before exactly three, so "5 10" or "2026 1000" stay apart.
    fileprivate static func groupFollows(_ scalars: [Unicode.Scalar], _ start: Int, _ groups: [[UInt8]]) -> Bool {
        guard let current = groups.last, (1...3).contains(current.count), groups.count == 1 || current.count == 3
        else { return false }
        for offset in 0..<3 {
            guard let scalar = scalars[safe: start + offset], SalaryText.isDigit(scalar) else { return false }
        }
        return !(scalars[safe: start + 3].map(SalaryText.isDigit) ?? false)
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
