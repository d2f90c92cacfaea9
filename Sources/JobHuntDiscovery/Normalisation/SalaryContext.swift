// Decides whether money in one sentence is this role's pay: the sentence is
// about pay, or is nothing but the figures; money near a perk, a benefit or a
// company fact is not pay whatever the sentence says.
import Foundation
import JobHuntKernel

/// One sentence's words, to judge the money mentions in it.
struct SalaryContext {
    enum Verdict { case pay, notPay, doubtful }

    private let scalars: [Unicode.Scalar]
    /// Lower-cased words with where each starts and ends.
    private let words: [(text: String, range: Range<Int>)]
    /// Whether a word of the sentence names pay (salary, compensation, Gehalt, salario, …), a
    /// pay scale ("Union scale:", "Education scales", "Band 5"), or, in an internship, the
    /// intern's stipend as the sentence's subject.
    let aboutPay: Bool
    /// The sentence opens with an intern's pay word ("Gratification : 700 € par mois", "Stipend:
    /// $2,000/month", "Uang saku Rp 3.500.000"): in an internship those words are the pay, not a perk.
    let internPay: Bool
    /// Where that opening pay word stands ("Bolsa-auxílio"): only there is a stipend word the pay;
    /// a later "auxílio-transporte" is still a perk.
    private let internLabel: Range<Int>?
    /// Where the words naming a pay scale start ("Union scale", "Education scales", "Band 5").
    private let payScales: Set<Int>

    /// `underPayHeading`: the sentence is in the first line under a heading that names pay
    /// ("Compensation", "Pay", "Package", "Rates"), so it is about pay as if it named it.
    init(_ scalars: [Unicode.Scalar], internship: Bool = false, underPayHeading: Bool = false) {
        self.scalars = scalars
        var words: [(String, Range<Int>)] = []
        var index = 0
        while index < scalars.count {
            guard scalars[index].isAlphabeticScalar else {
                index += 1
                continue
            }
            let start = index
            while index < scalars.count, scalars[index].isAlphabeticScalar { index += 1 }
            words.append((ScalarText.lowered(scalars[start..<index]), start..<index))
        }
        self.words = words
        let internLabel = internship ? SalaryContext.internPayLabel(words.map(\.0)) : nil
        self.internLabel = internLabel.map { words[$0.lowerBound].1.lowerBound..<words[$0.upperBound - 1].1.upperBound }
        let internPay = internLabel != nil
        self.internPay = internPay
        let scales = Set(
            words.indices.filter { SalaryContext.namesPayScale(words, at: $0, in: scalars) }.map {
                words[$0].1.lowerBound
            })
        self.payScales = scales
        aboutPay =
            underPayHeading || internPay || !scales.isEmpty || words.contains { SalaryContext.isPayWord($0.0) }
    }

    /// "2nd shift (this posting) $21.00 - $23.50 per hour": a short row of a pay table that says
    /// which row is this job's. Other rows ("Weekend night shift $24.50 - $27.00 per hour") stay
    /// doubtful: they are the pay of other shifts or places.
    func marksThisRole(besides mention: Range<Int>) -> Bool {
        let named = words.indices.dropLast().contains { index in
            words[index].text == "this" && SalaryContext.thisRoleNouns.contains(words[index + 1].text)
        }
        guard named else { return false }
        let other = words.filter {
            !mention.overlaps($0.range) && !SalaryContext.fillerWords.contains($0.text) && $0.text.count > 1
        }
        return other.count <= 5
    }

    /// Pay when the sentence is about pay (or is only figures) and nothing near the money says
    /// it is something else; not pay when a perk or company fact sits next to it; else doubtful.
    func verdict(for mention: Range<Int>) -> Verdict {
        // In a sentence about pay, a perk in another item of a list is that item's: "€3.900 en
        // €5.100 bruto per maand, 8% vakantiegeld", "R$ 11.500 por mês + PLR + vale-refeição".
        // A sentence that opens with the figures and their period, then lists perks, is read item by
        // item too: "€16.50 per hour plus shift allowance of €2 per hour".
        let leading = !aboutPay && leadingFiguresOnly(mention)
        let (itemStart, itemEnd) = aboutPay || leading ? listItem(around: mention) : (0, scalars.count)
        // In an intern's pay sentence the stipend words are the pay itself.
        let judged = internLabel.map { label in words.filter { !label.contains($0.range.lowerBound) } } ?? words
        // "Pay and perks: $58,000 – $66,000 a year, a $2,000 licensing stipend": a label naming pay,
        // right before the figure, heads the list that follows; its other words are not the figure's.
        let labelEnd = payLabel(before: mention)
        let beforeWords = judged.filter {
            $0.range.upperBound <= mention.lowerBound && $0.range.lowerBound >= max(itemStart, labelEnd ?? 0)
        }.suffix(5)
        let before = beforeWords.map(\.text)
        var afterWords = judged.filter { $0.range.lowerBound >= mention.upperBound && $0.range.upperBound <= itemEnd }
            .prefix(4)
        // "72.000 – 86.000 € brutto (inkl. Weihnachtsgeld)", "£48,000 including car allowance": what
        // the figure is said to include is part of it, not money beside it.
        if let included = afterWords.firstIndex(where: { SalaryContext.inclusionWords.contains($0.text) }) {
            afterWords = afterWords[..<included]
        }
        let after = afterWords.map(\.text)
        // "Department of Education scales: €46,000 – €86,000": a pay word between a benefit word
        // and the money makes the money that pay's ("Education scales"), not an education benefit.
        let near = Array(beforeWords.suffix(3))
        let lastPay = near.lastIndex { SalaryContext.isPayWord($0.text) || payScales.contains($0.range.lowerBound) }
        let benefitWindow = near[((lastPay ?? -1) + 1)...].map(\.text)
        // A bonus named earlier in the item, with no pay word after it, owns the figure
        // (SalaryContext.bonusWords).
        let item = Array(beforeWords)
        let lastItemPay = item.lastIndex {
            SalaryContext.isPayWord($0.text) || payScales.contains($0.range.lowerBound)
        }
        let bonusOwned = item[((lastItemPay ?? -1) + 1)...].contains { SalaryContext.bonusWords.contains($0.text) }
        // "$165,000-$190,000 + equity": the equity comes on top, the figures are still pay.
        let joined =
            afterWords.first.map { first in
                scalars[mention.upperBound..<first.range.lowerBound].contains { $0 == "+" || $0 == "&" }
            } ?? false
        if before.contains(where: SalaryContext.isNotPayWord) || after.contains(where: SalaryContext.isNotPayWord)
            || amountInBenefits(after: mention, before: itemEnd)
            || before.contains(where: SalaryContext.isEastAsianNotPay)
            || benefitWindow.contains(where: SalaryContext.isBenefitBefore) || (aboutPay && bonusOwned)
            || (!joined && after.first.map({ SalaryContext.nextWordNotPay.contains($0) }) == true)
        {
            return .notPay
        }
        if aboutPay || leading { return .pay }
        // "$120k–$150k plus bonus and equity": a line that is only the pay.
        let inside = judged.filter { !mention.overlaps($0.range) }
        let other = inside.filter { !SalaryContext.fillerWords.contains($0.text) && $0.text.count > 1 }
        if inside.contains(where: { SalaryContext.isNotPayWord($0.text) || SalaryContext.isEastAsianNotPay($0.text) }) {
            return .notPay
        }
        return other.count <= 2 ? .pay : .doubtful
    }

    /// "S$1,200 a year in flexible benefits", "$500 in wellness credits": a figure (and its period)
    /// followed by "in" and, within three words, what it is spent as, is that perk's worth, not pay.
    private func amountInBenefits(after mention: Range<Int>, before end: Int) -> Bool {
        let following = words.filter { $0.range.lowerBound >= mention.upperBound && $0.range.upperBound <= end }
            .map(\.text).drop { SalaryContext.periodFillers.contains($0) }
        guard following.first == "in" else { return false }
        return following.dropFirst().prefix(3).contains {
            SalaryContext.inKindWords.contains($0) || SalaryContext.isNotPayWord($0)
        }
    }

    /// Just past the colon of a label naming pay that stands right before the figure ("Pay and
    /// perks:", "Salary & benefits:"): nothing but blanks or a currency mark between the colon and
    /// the figure, and a pay word among the label's last four words.
    private func payLabel(before mention: Range<Int>) -> Int? {
        guard
            let colon = (max(0, mention.lowerBound - 8)..<mention.lowerBound).last(where: { scalars[$0] == ":" }),
            !words.contains(where: {
                $0.range.lowerBound > colon && $0.range.upperBound <= mention.lowerBound && $0.text.count > 3
            })
        else { return nil }
        let label = Array(words.filter { $0.range.upperBound <= colon }.suffix(4))
        guard let pay = label.firstIndex(where: { SalaryContext.isPayWord($0.text) }) else { return nil }
        // "Salary packaging:" names a perk of the pay, not the pay: a perk word in the label must be
        // another item of it, after "and", "&" or a comma ("Pay and perks", "Salary & benefits").
        let marks = "&+,".unicodeScalars
        let joined =
            (label[pay].range.upperBound..<colon).contains { marks.contains(scalars[$0]) }
            || label[(pay + 1)...].contains { SalaryContext.listWords.contains($0.text) }
        let perk = label.contains {
            SalaryContext.isNotPayWord($0.text) || SalaryContext.benefitWords.contains($0.text)
        }
        return perk && !joined ? nil : colon + 1
    }

    /// "including" in the sources' languages: what follows is inside the figure before it.
    static let inclusionWords: Set<String> = [
        "incl", "inkl", "including", "inclusive", "inklusive", "einschließlich", "einschl", "inclusief",
        "incluido", "incluidos", "incluidas", "incluye", "incluindo", "incluso", "inclus", "compris", "comprese",
        "compresa", "compreso",
    ]

    /// What an amount "in …" is given as.
    private static let inKindWords: Set<String> = ["benefits", "benefit", "perks", "credit", "credits", "points"]

    /// "€16.50 per hour plus shift allowance of €2 per hour", "€55k - €68k a year, €1,000 training
    /// budget": a sentence that opens with the figures and nothing but their period, before the
    /// first list separator; the perk is a later item's. Any other word in that first item
    /// ("Backed by $2M, …") keeps the old verdict. An aside in parentheses after the period is
    /// not such a word: "£29,970 - £36,483 per annum (Agenda for Change Band 5), plus …".
    private func leadingFiguresOnly(_ mention: Range<Int>) -> Bool {
        // "Ofrecemos S/ 5,200 mensuales más …", "We offer $24 per hour, …": an offer verb alone
        // before the figures opens them as plainly as nothing does.
        guard
            words.allSatisfy({
                $0.range.upperBound > mention.lowerBound || SalaryContext.offerOpeners.contains($0.text)
            })
        else { return false }
        let (_, end) = listItem(around: mention)
        guard end < scalars.count else { return false }
        let aside = parenthesised(mention.upperBound..<end)
        var following = words.filter { $0.range.lowerBound >= mention.upperBound && $0.range.upperBound <= end }
        // "R165 – R190 per hour depending on trade test results", "$20 – $25/hr DOE": what the
        // figure depends on qualifies it, like an aside in parentheses.
        if let qualifier = following.firstIndex(where: { SalaryContext.dependsOpeners.contains($0.text) }) {
            following = Array(following[..<qualifier])
        }
        return following.allSatisfy { word in
            SalaryContext.periodFillers.contains(word.text) || word.text.count == 1
                || aside.contains(word.range.lowerBound)
        }
    }

    /// Words that open what the figures depend on: "depending on experience", "DOE",
    /// "commensurate with …", "dependent on …", "según experiencia", "je nach Erfahrung".
    private static let dependsOpeners: Set<String> = [
        "depending", "dependent", "doe", "commensurate", "según", "segun", "selon", "je", "abhängig",
        "afhankelijk", "conforme", "dependendo",
    ]

    /// The positions inside parentheses within `range`.
    private func parenthesised(_ range: Range<Int>) -> IndexSet {
        var inside = IndexSet()
        var depth = 0
        for index in range {
            if scalars[index] == "(" {
                depth += 1
            } else if scalars[index] == ")" {
                depth = max(0, depth - 1)
            } else if depth > 0 {
                inside.insert(index)
            }
        }
        return inside
    }

    /// The words that may open such a sentence before the figures: "we offer", "ofrecemos",
    /// "nous offrons", "wir bieten", "oferecemos", "offriamo", "wij bieden".
    private static let offerOpeners: Set<String> = [
        "we", "offer", "ofrecemos", "ofrece", "nous", "offrons", "wir", "bieten", "oferecemos", "offriamo", "wij",
        "bieden",
    ]

    /// What may follow the figures in such an opening item: their period and gross/net, and
    /// "fixed" ("₹45,000 – ₹55,000 per month fixed, plus monthly sales incentives": the fixed part
    /// is the pay, the incentives a later item's).
    private static let periodFillers: Set<String> = [
        "per", "a", "an", "year", "hour", "month", "week", "day", "annum", "annual", "yearly", "hourly", "monthly",
        "weekly", "daily", "hr", "yr", "mo", "pa", "gross", "brutto", "bruto", "brut", "net", "netto", "par", "mois",
        "heure", "an", "por", "mes", "hora", "año", "uur", "maand", "jaar", "pro", "stunde", "monat", "jahr",
        "fixed", "mensuales", "mensual", "mensal", "mensais", "mensuel", "mensuels", "monatlich", "maandelijks",
        "mensile", "mensili", "anual", "anuales", "annuel", "annuels", "brutos", "bruta", "brutas",
        // "AED 25,000 per month tax free + annual flight ticket": untaxed pay is still the pay.
        "tax", "free", "taxfree", "untaxed",
        // "£52,000 - £58,000 basic, a £5,400 car allowance": the basic is the pay, the allowance a
        // later item; "€1,400 – €1,600 net per month for the season, plus …": a seasonal post's
        // monthly pay, the season its length.
        "basic", "base", "for", "the", "season", "during",
        // "USD 2,000 – 2,600 per month for a full load": the full workload the figure is for is
        // its basis, as "bei 100 %" or "full-time" is, not another item.
        "full", "load", "workload",
    ]

    /// The bounds of the list item holding the money: from just after the last separator before
    /// it (`,` `;` `+` `&` or "plus", "and", "et", "und", "en", "y", "e") to the first one after it.
    private func listItem(around mention: Range<Int>) -> (Int, Int) {
        func isSeparator(_ index: Int) -> Bool {
            let scalar = scalars[index]
            // A comma between digits groups thousands ("120,000"), it separates nothing.
            if scalar == ",",
                index > 0, index + 1 < scalars.count, SalaryText.isDigit(scalars[index - 1]),
                SalaryText.isDigit(scalars[index + 1])
            {
                return false
            }
            return scalar == "," || scalar == ";" || scalar == "+" || scalar == "&"
        }
        var start = 0
        for index in stride(from: mention.lowerBound - 1, through: 0, by: -1) where isSeparator(index) {
            start = index + 1
            break
        }
        if let word = words.last(where: {
            $0.range.upperBound <= mention.lowerBound && $0.range.lowerBound >= start
                && SalaryContext.listWords.contains($0.text)
        }) {
            start = word.range.upperBound
        }
        var end = scalars.count
        if let index = (mention.upperBound..<scalars.count).first(where: isSeparator) { end = index }
        if let word = words.first(where: {
            $0.range.lowerBound >= mention.upperBound && $0.range.upperBound <= end
                && SalaryContext.listWords.contains($0.text)
        }) {
            end = word.range.lowerBound
        }
        return (start, end)
    }

    /// Words that join the items of a list.
    private static let listWords: Set<String> = [
        "plus", "and", "et", "und", "en", "y", "e", "sowie", "mais", "più", "piu", "oltre", "más",
    ]
}
