// Where the second figure of a range starts: after "-", "–", "to", "bis", "à", "tot",
// "do", "till", or after pay that rises ("rising to £34,000", "steigend auf").
import Foundation
import JobHuntKernel

extension SalaryText {
    /// Past " - ", "–", " — ", " to ", " bis ", " à ", " a ", " tot ", " até " between two
    /// figures, or nil when none.
    static func rangeSeparatorEnd(_ scalars: [Unicode.Scalar], _ start: Int) -> Int? {
        var index = skipBlanks(scalars, start)
        guard index < scalars.count else { return nil }
        if let end = progressionEnd(scalars, index) { return end }
        switch scalars[index] {
        // "28万円～35万円", "6,000만원 ~ 8,000만원": the wave dashes of Japanese and Korean too.
        case "-", "\u{2013}", "\u{2014}", "\u{2212}", "~", "\u{FF5E}", "\u{301C}":
            return skipBlanks(scalars, index + 1)
        default:
            break
        }
        guard index > start else { return nil }  // a word separator needs a blank before it
        var word = ""
        while index < scalars.count, scalars[index].isAlphabeticScalar, word.unicodeScalars.count < 6 {
            word.unicodeScalars.append(scalars[index])
            index += 1
        }
        guard rangeWords.contains(word.lowercased()), index < scalars.count,
            scalars[index] == " " || scalars[index] == "\u{00A0}"
        else { return nil }
        return skipBlanks(scalars, index)
    }

    /// ", rising to £34,000", "increasing to", "steigend auf": pay that grows with time is a range
    /// from the first figure to the last.
    private static func progressionEnd(_ scalars: [Unicode.Scalar], _ start: Int) -> Int? {
        var index = start
        if index < scalars.count, scalars[index] == "," { index = skipBlanks(scalars, index + 1) }
        // Asked at every comma and word of a sentence with money: a window whose first letter
        // starts no phrase is answered without building it.
        guard index < scalars.count else { return nil }
        if scalars[index].value < 0x80, !progressionInitials.contains(scalars[index].value | 0x20) { return nil }
        let window = ScalarText.lowered(scalars[index..<min(scalars.count, index + 24)])
        for phrase in progressionPhrases where window.hasPrefix(phrase + " ") {
            return skipBlanks(scalars, index + phrase.unicodeScalars.count + 1)
        }
        return nil
    }

    /// "$22.75/hour during training, rising to $26.40/hour": a progression a few words after the
    /// first figure (no other figure, mark or sentence end between), read like one right after it.
    static func laterProgression(_ scalars: [Unicode.Scalar], _ start: Int) -> Int? {
        var index = start
        var words = 0
        while index < scalars.count, words < 8 {
            let scalar = scalars[index]
            if isDigit(scalar) || "$€£¥₹.;!?(".unicodeScalars.contains(scalar) { return nil }
            let wordStart = scalar.isAlphabeticScalar && index > start && scalars[index - 1] == " "
            if scalar == "," || wordStart {
                if let end = progressionEnd(scalars, index) { return end }
                if wordStart { words += 1 }
            }
            index += 1
        }
        return nil
    }

    /// The ASCII letters a progression phrase can start with, lower-cased: each phrase's first
    /// scalar once decomposed ("é" is "e" and an accent), since `hasPrefix` compares characters
    /// by canonical equivalence.
    private static let progressionInitials: Set<UInt32> = Set(
        progressionPhrases.compactMap { $0.decomposedStringWithCanonicalMapping.unicodeScalars.first?.value })

    private static let progressionPhrases = [
        "rising to", "increasing to", "progressing to", "growing to", "going up to", "steigend auf",
        "évoluant à", "evoluant à", "pouvant évoluer à", "oplopend tot", "aumentando a", "subiendo a",
    ]

    private static let rangeWords: Set<String> = [
        "to", "and", "bis", "und", "à", "a", "tot", "até", "et", "y", "e", "en", "au",
        // pl, sv, no/da, vi, id, tr: "od 9 000 do 11 500 zł", "30 000 till 35 000 kr", "20 đến 30 triệu".
        "do", "till", "til", "đến", "hingga", "sampai", "ile",
        // ro: "între 7.500 și 9.000 lei" (with the comma below or the older cedilla).
        "și", "şi",
    ]

    static func skipBlanks(_ scalars: [Unicode.Scalar], _ start: Int) -> Int {
        var index = start
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\u{00A0}" { index += 1 }
        return index
    }
}
