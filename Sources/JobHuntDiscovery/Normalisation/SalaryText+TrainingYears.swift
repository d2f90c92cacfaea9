// An apprentice's pay written year by year ("CHF 750 (1. Lehrjahr), CHF 1'000
// (2. Lehrjahr), CHF 1'350 (3. Lehrjahr)"): the range from the first year's
// figure to the last's, as a recruiter quotes it.
import Foundation

extension SalaryText {
    /// The year of training named right after a figure: "(1. Lehrjahr)", "im 2. Ausbildungsjahr",
    /// "(1st year)", "(year 2)", "(3e année)", and where that note ends; nil when none does.
    static func trainingYear(_ scalars: [Unicode.Scalar], after start: Int) -> (year: Int, end: Int)? {
        let stop = min(scalars.count, start + 28)
        guard start < stop else { return nil }
        let window = String(String.UnicodeScalarView(scalars[start..<stop])).lowercased()
        let range = NSRange(window.startIndex..., in: window)
        for pattern in trainingYearPatterns {
            guard let match = pattern.firstMatch(in: window, range: range),
                let yearRange = Range(match.range(at: 1), in: window), let year = Int(window[yearRange]),
                let whole = Range(match.range, in: window)
            else { continue }
            return (year, start + window[..<whole.upperBound].unicodeScalars.count)
        }
        return nil
    }

    /// A figure followed by its training year, then more figures each with the next year: the
    /// first year's figure is the minimum, the last year's the maximum. Nil unless at least two
    /// consecutive years are named, starting from the first figure's.
    static func trainingYearRange(
        _ scalars: [Unicode.Scalar], first: MoneyToken
    ) -> (minimum: Decimal, maximum: Decimal, end: Int)? {
        // "1. Lehrjahr 980 €, 2. Lehrjahr 1.080 €": when a year stands before the figure, the next
        // year's mark after it belongs to the next figure, not to this one.
        if let leading = leadingTrainingYearRange(scalars, first: first) { return leading }
        guard let opening = trainingYear(scalars, after: first.end) else { return nil }
        var year = opening.year
        var last = first.value
        var end = opening.end
        var count = 1
        while true {
            // ", CHF 1'000 (2. Lehrjahr)": a separator and the mark before the next figure.
            var index = end
            while index < scalars.count, index - end < 10, !isDigit(scalars[index]) {
                guard
                    [")", ",", ";", " ", "/", "–", "-", "\u{00A0}"].contains(scalars[index])
                        || scalars[index].isAlphabeticScalar || "$£€'".unicodeScalars.contains(scalars[index])
                else { break }
                index += 1
            }
            guard index < scalars.count, isDigit(scalars[index]), let token = MoneyToken.read(scalars, at: index),
                let next = trainingYear(scalars, after: token.end), next.year == year + 1
            else { break }
            year = next.year
            last = token.value
            end = next.end
            count += 1
        }
        return count >= 2 ? (first.value, last, end) : nil
    }

    /// The same table written year first: "Ausbildungsvergütung: 1. Jahr 1.000 €, 2. Jahr 1.100 €,
    /// 3. Jahr 1.250 € monatlich", "1. Lehrjahr 980 €, 2. Lehrjahr 1.080 €": the first year's figure is the
    /// minimum, the last's the maximum. Each figure must follow the next year's mark within a few
    /// words of the previous figure, and at least two consecutive years must be named.
    private static func leadingTrainingYearRange(
        _ scalars: [Unicode.Scalar], first: MoneyToken
    ) -> (minimum: Decimal, maximum: Decimal, end: Int)? {
        guard var year = leadingTrainingYear(scalars, before: first.start) else { return nil }
        var last = first.value
        var end = first.end
        var count = 1
        var index = end
        while index < scalars.count, index - end < 24 {
            guard isDigit(scalars[index]), !isDigit(scalars[index - 1]),
                let token = MoneyToken.read(scalars, at: index),
                leadingTrainingYear(scalars, before: token.start) == year + 1
            else {
                index += 1
                continue
            }
            year += 1
            last = token.value
            end = token.end
            index = end
            count += 1
        }
        return count >= 2 ? (first.value, last, end) : nil
    }

    /// The training year named just before a figure ("1. Jahr ", "2. Lehrjahr: ", "Year 2: ",
    /// "2nd year: "), or nil.
    static func leadingTrainingYear(_ scalars: [Unicode.Scalar], before start: Int) -> Int? {
        let begin = max(0, start - 24)
        guard begin < start else { return nil }
        let window = String(String.UnicodeScalarView(scalars[begin..<start])).lowercased()
        let range = NSRange(window.startIndex..., in: window)
        for pattern in leadingYearPatterns {
            guard let match = pattern.firstMatch(in: window, range: range),
                let yearRange = Range(match.range(at: 1), in: window), let year = Int(window[yearRange])
            else { continue }
            return year
        }
        return nil
    }

    private static let leadingYearPatterns: [NSRegularExpression] = [
        #"(?:^|[^\d.])(\d)\.\s*(?:lehrjahr|ausbildungsjahr|jahr|lj)\s*:?\s*$"#,
        #"(?:^|[^\d])(\d)(?:st|nd|rd|th)\s+(?:year|yr)\s*:?\s*$"#,
        #"\b(?:year|jahr)\s+(\d)\s*:?\s*$"#,
    ].map { try! NSRegularExpression(pattern: $0) }

    private static let trainingYearPatterns: [NSRegularExpression] = [
        #"^\s*(?:\(|,|im|in)?\s*(\d)\.?\s*(?:lehrjahr|ausbildungsjahr|lj\b)"#,
        #"^\s*(?:\(|,|in)?\s*(\d)(?:st|nd|rd|th)?\s+(?:year|yr)\b"#,
        #"^\s*(?:\(|,)?\s*(?:year|jahr)\s+(\d)\b"#,
        #"^\s*(?:\(|,)?\s*(\d)(?:e|ère|re|ème)\s+année"#,
    ].map { try! NSRegularExpression(pattern: $0) }
}
