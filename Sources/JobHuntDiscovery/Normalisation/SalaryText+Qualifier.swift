// Whether a single figure is a floor or a ceiling: "up to", "bis zu", "from",
// "ab", "starting salary", "Mindestlohn", "to start", "以上", in the sources' languages.
import Foundation
import JobHuntKernel

extension SalaryText {
    enum Qualifier { case upTo, from }

    private static let minimumNouns = ["mindestlohn", "mindestgehalt", "mindestentgelt", "mindestverdienst"]

    private static let minimumWords: Set<String> = [
        "minimum", "minimal", "minimaal", "mínimo", "minimo", "plancher", "floor", "minimumsalaris",
    ]

    /// "upp till", "från", "od", "từ", "最大", "최소": the qualifiers of the other languages the sources
    /// use, matched as whole words (Latin) or at the end of a run of CJK or Hangul text.
    private static func localQualifier(_ words: String) -> Qualifier? {
        func ends(_ phrase: String) -> Bool {
            if phrase.unicodeScalars.first.map({ $0.value >= 0x1100 }) == true { return words.hasSuffix(phrase) }
            return words == phrase || words.hasSuffix(" " + phrase)
        }
        if localUpTo.contains(where: ends) { return .upTo }
        if localFrom.contains(where: ends) { return .from }
        return nil
    }

    private static let localUpTo = [
        "upp till", "opp til", "op til", "inntil", "do", "tối đa", "hingga", "sampai", "maksimal", "maks",
        "enintään", "en fazla", "azami", "最大", "最高", "최대",
    ]

    private static let localFrom = [
        "från", "fra", "od", "từ", "mulai", "mulai dari", "dari", "minimal", "vähintään", "en az", "asgari", "最低",
        "최소", "최저",
    ]

    /// "$20/hour to start", "28万円以上", "5,000만원 이상", "3 000 € alkaen": a qualifier written after
    /// the figure (and its period).
    static func qualifier(_ scalars: [Unicode.Scalar], after end: Int) -> Qualifier? {
        let stop = min(scalars.count, end + 24)
        guard end < stop else { return nil }
        let window = ScalarText.lowered(scalars[end..<stop])
        let words = window.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).prefix(3).map(String.init)
        guard let first = words.first, Int(first) == nil else { return nil }
        let phrase = words.prefix(2).joined(separator: " ")
        if ["to start", "to begin", "or more", "and up", "and above", "or above", "or higher"].contains(phrase)
            || ["starting", "alkaen", "itibaren"].contains(first)
            || ["以上", "から", "이상", "부터"].contains(where: { first.hasPrefix($0) })
        {
            return .from
        }
        if ["or less", "at most"].contains(phrase) || ["まで", "以下", "까지", "이하"].contains(where: { first.hasPrefix($0) })
        {
            return .upTo
        }
        return nil
    }

    static func qualifier(_ scalars: [Unicode.Scalar], before start: Int) -> Qualifier? {
        let window = ScalarText.lowered(scalars[max(0, start - 20)..<start])
        let words = window.split(whereSeparator: { !$0.isLetter }).suffix(2).joined(separator: " ")
        let upTo = [
            "up to", "upto", "maximum", "max", "exceed", "jusqu à", "bis zu", "hasta", "até", "tot", "maximaal",
            "maximal", "höchstens", "hooguit", "fino a", "massimo", "maximo", "máximo",
        ]
        // Whole words only: "admin" does not end in "min", nor "lab" in "ab".
        func ends(_ phrase: String) -> Bool { words == phrase || words.hasSuffix(" " + phrase) }
        if upTo.contains(where: ends) { return .upTo }
        if let local = localQualifier(words) { return local }
        // "Starting salary £30,500": the pay a new hire starts on, a floor the role grows from (two
        // of the three blind sets that wrote it labelled it so; the third was relabelled to match).
        let from = [
            "from", "at least", "starting at", "starts at", "start at", "starting from", "starts from", "minimum",
            "min", "à partir de", "partir de", "ab", "desde", "vanaf", "a partir de", "starting salary",
            "starting pay", "starting wage", "starting rate",
        ]
        if from.contains(where: ends) { return .from }
        // "Das kollektivvertragliche Mindestgehalt beträgt 3.900 €", "salaire minimum de …": a
        // floor named a few words before the figure fills only the minimum.
        let wider = ScalarText.lowered(scalars[max(0, start - 40)..<start])
            .split(whereSeparator: { !$0.isLetter }).suffix(4)
        if wider.contains(where: { $0.hasPrefix("mindest") || minimumWords.contains(String($0)) }) { return .from }
        // "Der Mindestlohn für diese Position beträgt € 18,40": the noun itself ("Mindestlohn",
        // "Mindestgehalt") still names a floor a few words further back; "mindestens" there
        // belongs to something else ("mindestens 3 Jahre Erfahrung").
        // "Das Mindestentgelt laut KV Hotel- und Gastgewerbe beträgt € 2.050": the agreement's name
        // may stand between the noun and the figure.
        let wide = ScalarText.lowered(scalars[max(0, start - 96)..<start]).split(whereSeparator: { !$0.isLetter })
        if wide.suffix(9).contains(where: { word in minimumNouns.contains { word.hasPrefix($0) } }) { return .from }
        return nil
    }
}
