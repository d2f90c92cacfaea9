// Splits a posting's text into the sentences salary is read from: lines, then
// ". ", "! ", "? ", "; ", never at the dot of "60.000", "Rs." or "13. Monatsgehalt".
import Foundation
import JobHuntKernel

extension SalaryContext {
    /// Splits text into sentences: lines, then `. `, `! `, `? `, `; ` (a dot inside a number,
    /// "60.000", does not end a sentence).
    ///
    /// Walked as bytes, line by line: a line that is all ASCII is split on its bytes, where a
    /// `Character` is one byte (grapheme breaking on every step was an eighth of normalising a
    /// posting); any other line is walked as `Character`s, as the whole text once was. Lines
    /// end at the bytes 0x0A–0x0D, which are always `Character`s (or "\r\n") of their own;
    /// a text with one of the other line ends (U+0085, U+2028, U+2029) is walked whole.
    ///
    /// `lineMayHold` skips a line before it is split: only lines it accepts give sentences. A
    /// sentence never spans lines, so a caller that wants only sentences with some mark loses
    /// none by skipping the lines without it.
    static func sentences(
        of text: String, linesWhere lineMayHold: (Substring) -> Bool = { _ in true }
    ) -> [Substring] {
        let utf8 = text.utf8
        guard !hasUnicodeLineEnd(utf8) else { return characterSentences(of: text, linesWhere: lineMayHold) }
        func isNewline(_ byte: UInt8) -> Bool { byte >= 0x0A && byte <= 0x0D }
        var result: [Substring] = []
        var position = utf8.startIndex
        while position < utf8.endIndex {
            guard !isNewline(utf8[position]) else {
                position = utf8.index(after: position)
                continue
            }
            var end = position
            var ascii = true
            while end < utf8.endIndex, !isNewline(utf8[end]) {
                if utf8[end] >= 0x80 { ascii = false }
                end = utf8.index(after: end)
            }
            if !lineMayHold(text[position..<end]) {
                // skipped whole
            } else if ascii {
                asciiLineSentences(text[position..<end], into: &result)
            } else {
                lineSentences(text[position..<end], into: &result)
            }
            position = end
        }
        return result
    }

    /// The split walked as `Character`s, whole: the reference the byte walk must equal.
    static func characterSentences(
        of text: String, linesWhere lineMayHold: (Substring) -> Bool = { _ in true }
    ) -> [Substring] {
        var result: [Substring] = []
        for line in text.split(whereSeparator: \.isNewline) where lineMayHold(line) {
            lineSentences(line, into: &result)
        }
        return result
    }

    /// One line's sentences, walked as `Character`s.
    private static func lineSentences(_ line: Substring, into result: inout [Substring]) {
        var start = line.startIndex
        var index = line.startIndex
        while index < line.endIndex {
            let next = line.index(after: index)
            let character = line[index]
            if character == "." || character == "!" || character == "?" || character == ";",
                next == line.endIndex || line[next].isWhitespace,
                line[index] != "."
                    || !(endsInAbbreviation(line[start..<index])
                        || (endsInOrdinal(line[start..<index]) && letterFollows(line[next...])))
            {
                result.append(line[start..<next])
                start = next
            }
            index = next
        }
        if start < line.endIndex { result.append(line[start...]) }
    }

    /// One all-ASCII line's sentences, walked as bytes: whitespace after a mark is then a
    /// blank or a tab (the line holds no line end).
    private static func asciiLineSentences(_ line: Substring, into result: inout [Substring]) {
        let utf8 = line.utf8
        var start = utf8.startIndex
        var at = utf8.startIndex
        while at < utf8.endIndex {
            let byte = utf8[at]
            let next = utf8.index(after: at)
            defer { at = next }
            guard byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0x3B else { continue }
            guard next == utf8.endIndex || utf8[next] == 0x20 || utf8[next] == 0x09 else { continue }
            if byte == 0x2E {
                let before = line[start..<at]
                if endsInAbbreviation(before) || (endsInOrdinal(before) && letterFollows(line[next...])) { continue }
            }
            result.append(line[start..<next])
            start = next
        }
        if start < utf8.endIndex { result.append(line[start...]) }
    }

    /// Whether the text has U+0085, U+2028 or U+2029, the line ends that are not ASCII.
    private static func hasUnicodeLineEnd(_ utf8: String.UTF8View) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in utf8 {
            if previous.1 == 0xC2 && byte == 0x85 { return true }
            if previous.0 == 0xE2 && previous.1 == 0x80 && (byte == 0xA8 || byte == 0xA9) { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    /// "13. Monatsgehalt", "1. Januar": an ordinal is followed by a word; "a shift of 14. €16.50 per
    /// hour" ends a sentence.
    private static func letterFollows(_ text: Substring) -> Bool {
        text.first(where: { !$0.isWhitespace })?.isLetter ?? false
    }

    /// The first non-empty line under each heading that names pay: a line of at most three words,
    /// all of them pay words ("Compensation", "Pay", "Package", "Rates", "Salary:", "Your pay")
    /// but for "your", "our", "the", "and". A recruiter reads "Package\n£42,500 per annum on a days
    /// pattern, …" as the pay, though the line itself names none; a heading that names anything
    /// else ("Compensation & Benefits", "Perks") heads no pay line.
    static func linesUnderPayHeading(_ text: String) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var headed = false
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            if headed { result.append(line.startIndex..<line.endIndex) }
            headed = isPayHeading(trimmed)
        }
        return result
    }

    private static func isPayHeading(_ line: String) -> Bool {
        guard line.count <= 40 else { return false }
        var body = Substring(line)
        if body.last == ":" { body = body.dropLast() }
        let words = body.split(separator: " ").map { $0.lowercased() }
        guard (1...3).contains(words.count), words.allSatisfy({ $0.allSatisfy(\.isLetter) }) else { return false }
        return words.contains(where: isPayWord)
            && words.allSatisfy { isPayWord($0) || ["your", "our", "the", "and"].contains($0) }
    }

    /// A contractor's rate labelled "Budget:" (WWR and freelance boards): money after it is the
    /// rate when the sentence opens with that label and the figure is per hour or per day.
    static func isRateBudget(_ sentence: Substring) -> Bool {
        let lowered = sentence.drop(while: { !$0.isLetter }).lowercased()
        return ["budget:", "budget :", "project budget:", "rate budget:", "day rate budget:", "hourly budget:"]
            .contains { lowered.hasPrefix($0) }
    }

    /// "Rs. 12,00,000", "ca. 4.500 €", "max. 60k", Peru's "S/. 3,200": a dot after these ends no
    /// sentence.
    ///
    /// Asked at every dot of a sentence with money, so the word is found by stepping back from
    /// the end (at most seven letters) rather than through a reversed collection and a copy.
    private static func endsInAbbreviation(_ text: Substring) -> Bool {
        if text.hasSuffix("S/") { return true }
        // "50.000 ден. месечно", "٣٥٬٠٠٠ ج.م. في الشهر": a CLDR currency symbol's own dot.
        if let last = text.unicodeScalars.last, CLDRCurrencySymbols.dottedLastScalars.contains(last) {
            let run = text.reversed().prefix { !$0.isWhitespace && !$0.isNumber }
            if run.count < CLDRCurrencySymbols.longest, CLDRCurrencySymbols.isSymbol(String(run.reversed()) + ".") {
                return true
            }
        }
        var start = text.endIndex
        var letters = 0
        while start > text.startIndex {
            let before = text.index(before: start)
            guard text[before].isLetter else { break }
            letters += 1
            if letters > 6 { return false }
            start = before
        }
        guard letters > 0 else { return false }
        return abbreviations.contains(text[start...].lowercased())
    }

    /// "plus 13. Monatsgehalt", "am 1. Januar", "CHF 750 (1. Lehrjahr)": a German ordinal, one or two
    /// digits after a blank or an opening parenthesis.
    private static func endsInOrdinal(_ text: Substring) -> Bool {
        let digits = text.reversed().prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count) else { return false }
        let before = text.dropLast(digits.count).last
        return before == nil || before == " " || before == "\u{00A0}" || before == "("
    }

    static let abbreviations: Set<String> = [
        "rs", "ca", "approx", "aprox", "env", "inkl", "zzgl", "max", "min", "máx", "mín", "bzw", "vs", "no", "nr",
        // "DKK 45.000 pr. måned", "41.000 kr. pr. måned": the Danish and Norwegian "per" and crown.
        "pr", "kr",
        // "Rp. 8.500.000", "KSh. 95,000", "Dhs. 20,000", "Fr. 88'000.-", "14 tys. zł": currency marks and the
        // Polish thousand.
        "rp", "ksh", "dhs", "tys", "fr",
    ]
}
