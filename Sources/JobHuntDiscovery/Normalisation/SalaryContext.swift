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
    /// Whether a word of the sentence names pay (salary, compensation, Gehalt, salario, …).
    let aboutPay: Bool

    init(_ scalars: [Unicode.Scalar]) {
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
        aboutPay = words.contains { SalaryContext.isPayWord($0.0) }
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
        let before = words.filter { $0.range.upperBound <= mention.lowerBound && $0.range.lowerBound >= itemStart }
            .suffix(5).map(\.text)
        let afterWords = words.filter { $0.range.lowerBound >= mention.upperBound && $0.range.upperBound <= itemEnd }
            .prefix(4)
        let after = afterWords.map(\.text)
        // "$165,000-$190,000 + equity": the equity comes on top, the figures are still pay.
        let joined =
            afterWords.first.map { first in
                scalars[mention.upperBound..<first.range.lowerBound].contains { $0 == "+" || $0 == "&" }
            } ?? false
        if before.contains(where: SalaryContext.isNotPayWord) || after.contains(where: SalaryContext.isNotPayWord)
            || before.contains(where: SalaryContext.isEastAsianNotPay)
            || before.suffix(3).contains(where: SalaryContext.isBenefitBefore)
            || (!joined && after.first.map({ SalaryContext.nextWordNotPay.contains($0) }) == true)
        {
            return .notPay
        }
        if aboutPay || leading { return .pay }
        // "$120k–$150k plus bonus and equity": a line that is only the pay.
        let inside = words.filter { !mention.overlaps($0.range) }
        let other = inside.filter { !SalaryContext.fillerWords.contains($0.text) && $0.text.count > 1 }
        if inside.contains(where: { SalaryContext.isNotPayWord($0.text) || SalaryContext.isEastAsianNotPay($0.text) }) {
            return .notPay
        }
        return other.count <= 2 ? .pay : .doubtful
    }

    /// "€16.50 per hour plus shift allowance of €2 per hour", "€55k - €68k a year, €1,000 training
    /// budget": a sentence that opens with the figures and nothing but their period, before the
    /// first list separator; the perk is a later item's. Any other word in that first item
    /// ("Backed by $2M, …") keeps the old verdict. An aside in parentheses after the period is
    /// not such a word: "£29,970 - £36,483 per annum (Agenda for Change Band 5), plus …".
    private func leadingFiguresOnly(_ mention: Range<Int>) -> Bool {
        guard !words.contains(where: { $0.range.upperBound <= mention.lowerBound }) else { return false }
        let (_, end) = listItem(around: mention)
        guard end < scalars.count else { return false }
        let aside = parenthesised(mention.upperBound..<end)
        let following = words.filter { $0.range.lowerBound >= mention.upperBound && $0.range.upperBound <= end }
        return following.allSatisfy { word in
            SalaryContext.periodFillers.contains(word.text) || word.text.count == 1
                || aside.contains(word.range.lowerBound)
        }
    }

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

    /// What may follow the figures in such an opening item: their period and gross/net.
    private static let periodFillers: Set<String> = [
        "per", "a", "an", "year", "hour", "month", "week", "day", "annum", "annual", "yearly", "hourly", "monthly",
        "weekly", "daily", "hr", "yr", "mo", "pa", "gross", "brutto", "bruto", "brut", "net", "netto", "par", "mois",
        "heure", "an", "por", "mes", "hora", "año", "uur", "maand", "jaar", "pro", "stunde", "monat", "jahr",
        // "AED 25,000 per month tax free + annual flight ticket": untaxed pay is still the pay.
        "tax", "free", "taxfree", "untaxed",
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
        "plus", "and", "et", "und", "en", "y", "e", "sowie", "mais", "più", "piu", "oltre",
    ]

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

    /// "plus 13. Monatsgehalt", "am 1. Januar": a German ordinal, one or two digits after a blank.
    private static func endsInOrdinal(_ text: Substring) -> Bool {
        let digits = text.reversed().prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count) else { return false }
        let before = text.dropLast(digits.count).last
        return before == nil || before == " " || before == "\u{00A0}"
    }

    private static let abbreviations: Set<String> = [
        "rs", "ca", "approx", "aprox", "env", "inkl", "zzgl", "max", "min", "máx", "mín", "bzw", "vs", "no", "nr",
        // "DKK 45.000 pr. måned", "41.000 kr. pr. måned": the Danish and Norwegian "per" and crown.
        "pr", "kr",
        // "Rp. 8.500.000", "KSh. 95,000", "Dhs. 20,000", "Fr. 88'000.-", "14 tys. zł": currency marks and the
        // Polish thousand.
        "rp", "ksh", "dhs", "tys", "fr",
    ]

    /// Words that make a sentence about this role's pay, in en, fr, de, es, pt and nl.
    static func isPayWord(_ word: String) -> Bool {
        if payWords.contains(word) { return true }
        // "給与：月給", "연봉은": Japanese, Chinese and Korean run words together and add particles.
        if word.unicodeScalars.first.map({ $0.value >= 0x1100 }) == true {
            return eastAsianPayStems.contains { word.contains($0) }
        }
        // "Lohnband", "Lohnspanne", "Lohnstufe", but not "lohnt sich" (it pays off).
        if word.hasPrefix("lohn"), !word.hasPrefix("lohnt"), !word.hasPrefix("lohnen") { return true }
        // German and Dutch compounds end in the pay: "Bruttojahresgehalt", "Monatslohn", "jaarsalaris".
        return payStems.contains { word.hasPrefix($0) } || paySuffixes.contains { word.hasSuffix($0) }
    }

    private static let paySuffixes = ["gehalt", "gehälter", "lohn", "vergütung", "salaris", "salarissen", "loon"]

    private static let payWords: Set<String> = [
        "pay", "pays", "paying", "paid", "salary", "earns", "verdient", "verdien", "verdienen", "gagnez", "ganarás",
        "ganhas", "salaries", "base", "ote", "range", "wage", "wages", "rate", "rates",
        "earn",
        "earnings", "package", "gross", "tc", "oti", "brut", "bruts", "brute", "brutto", "bruto", "lohn", "loon",
        "sueldo", "tjm", "taux", "stundenlohn", "jahresgehalt", "monatsgehalt", "pago", "paga", "salário",
        "salarios", "salaris", "gage", "honoraire", "honoraires", "verdienst", "bezoldiging", "inschaling",
        "schaal", "remuneratie", "ctc", "brutos", "brutas", "bruta", "vencimento", "ordenado",
        "honorarios", "nómina", "salaire", "salaires", "paie", "paye", "rémunéré", "rémunérée", "payé", "payée",
        "netto", "neto", "uurloon", "maandloon", "lön", "lønn", "løn", "timlön", "månadslön", "grundlön",
        "lönen", "lønnen", "timelønn", "månedsløn", "stawka", "wynagrodzenie", "ral", "compenso", "lordo", "lordi",
        "lorda", "lorde", "netti", "kyuyo", "kyuryo", "gekkyu", "nenshu", "nenpo", "jikyu", "nikkyu",
        // Czech, Turkish and Finnish: "Mzda: 42 000 Kč měsíčně", "Maaş: 85.000 TL", "Palkka: 4 200 €/kk".
        "mzda", "mzdy", "mzdu", "mzdou", "plat", "maaş", "maas", "brüt", "ücret", "palkka", "palkkaa",
        // sv, no, da, fi, pl, vi, id, tr: "Ingångslön", "Grunnlønn", "Kuukausipalkka", "Pensja", "Lương",
        // "Gaji", "Maaşı".
        "ingångslön", "lönespann", "grunnlønn", "fastlønn", "årslønn", "grundløn", "årsløn", "tuntipalkka",
        "kuukausipalkka", "pensja", "płaca", "zarobki", "wynagrodzenia", "podstawa", "lương", "gaji", "upah",
        "penghasilan", "maaşı", "ücreti",
        // hr, lv, et, ro, hu, th: "Plaća", "Atalgojums", "Brutopalk", "Salariu", "Bruttó", "เงินเดือน".
        "plaća", "plaću", "plaće", "atalgojums", "alga", "palk", "brutopalk", "kuupalk", "töötasu", "bér",
        "órabér", "fizetés", "bruttó", "nettó", "เงินเดือน",
    ]

    /// Pay words in Japanese, Chinese and Korean, looked for inside a run of their script.
    private static let eastAsianPayStems = [
        "給与", "給料", "月給", "年収", "年俸", "時給", "日給", "週給", "賃金", "報酬", "基本給", "月収", "薪资", "薪酬",
        "工资", "月薪", "年薪", "연봉", "월급", "급여", "시급", "임금", "보수", "일급", "주급",
    ]

    private static let payStems = [
        "salar", "compensat", "remunera", "rémunér", "vergütung", "gehalt", "retribu", "remunera", "stipendio",
    ]

    /// Money near these (before or after) is a perk, a benefit or a company fact, not pay.
    static func isNotPayWord(_ word: String) -> Bool {
        if notPayWords.contains(word) { return true }
        // Italian "stipendio" is the salary itself, not a stipend.
        if word == "stipendio" || word == "stipendi" { return false }
        // German and Dutch compounds end in the perk: "Weiterbildungsbudget", "Essenszuschuss".
        return notPayStems.contains { word.hasPrefix($0) } || notPaySuffixes.contains { word.hasSuffix($0) }
    }

    private static let notPaySuffixes = [
        "budget", "zuschuss", "gutschein", "gutscheine", "vergoeding", "ticket", "stipend", "allowance", "pauschale",
        "cheques", "cheque", "chèques", "bonnen", "vales",
    ]

    /// "식대 월 20만원 지원", "住宅手当：月3万円", "賞与 年100万円": an allowance, a bonus or a company fact
    /// named before the money in Japanese, Chinese or Korean (looked for inside the run of script). After
    /// the pay it is an aside ("月給28万円（夜勤手当別途）": the night allowance is paid on top).
    static func isEastAsianNotPay(_ word: String) -> Bool {
        guard word.unicodeScalars.first.map({ $0.value >= 0x1100 }) == true else { return false }
        return eastAsianNotPay.contains { word.contains($0) }
    }

    private static let eastAsianNotPay = [
        "手当", "交通費", "賞与", "ボーナス", "補助", "福利", "売上", "資本金", "資金調達", "津贴", "补贴", "奖金", "融资", "营收",
        "수당", "식대", "지원금", "보너스", "상여", "성과급", "인센티브", "복지", "교통비", "매출", "투자", "자본금",
    ]

    /// Money right after these is a benefit, not pay ("fertility benefit up to $10,000 per year").
    static func isBenefitBefore(_ word: String) -> Bool { benefitWords.contains(word) }

    private static let notPayWords: Set<String> = [
        "stipend", "stipends", "allowance", "allowances", "budget", "budgets", "voucher", "vouchers", "raised",
        "valued", "valuation", "funding", "funded", "billion", "million", "millions", "billions", "revenue",
        "revenues", "arr", "match", "matching", "matched", "donation", "donations", "donate", "perk", "perks",
        "marketplace", "compute", "credits", "grant", "grants", "signing", "relocation", "referral", "learning",
        "wellness", "gym", "equipment", "coworking", "series", "seed", "investors", "invested", "investment", "gmv",
        "aum", "meal", "meals", "lunch", "restaurant", "cheques", "chèques", "essensgutschein", "zuschuss",
        "jobticket", "vergoeding", "thuiswerkvergoeding", "reiskosten", "auxílio", "childcare", "daycare",
        "commuter", "transit", "tuition", "conference", "conferences", "fertility", "internet", "phone",
        "ticket", "tickets", "mutuelle", "dotación", "fundraise", "fundraising", "comida", "alimentación",
        "restaurante", "refeição", "alimentação", "maaltijd", "lunchvergoeding", "essenszuschuss", "kantine",
        "formation", "formación", "formação", "opleidingsbudget", "weiterbildung", "fahrrad", "jobrad", "sign",
        "retention", "sachbezug", "eindejaarsuitkering", "vakantiegeld", "urlaubsgeld", "weihnachtsgeld",
        "assets", "trillion", "backed", "mrd", "mio", "miljoen", "miljard", "millones", "milhões",
        // Reimbursements and meal tickets in it, es, pt, fr, de: "Rimborso spese: 800 € al mese".
        "rimborso", "rimborsi", "reembolso", "reembolsos", "remboursement", "erstattung", "buoni", "pasto",
        // What a practice or a firm bills or sells, not what it pays: "Associates bill $600,000+ a
        // year", "annual turnover of USD 120 million".
        "bill", "bills", "billed", "billing", "billings", "collections", "turnover", "umsatz", "omzet",
        // Company facts and perks in pl, sv, no, da, fi, tr, id, vi: "obrót 3 mln zł", "omsättning",
        // "liikevaihto", "ciro", "pendanaan", "doanh thu"; "premia" and "bonus" words are perks.
        "obrót", "obrotu", "przychód", "przychody", "przychodów", "finansowanie", "inwestycji", "dofinansowanie",
        "omsättning", "omsetning", "omsætning", "liikevaihto", "rahoitus", "ciro", "yatırım", "pendanaan",
        "investasi", "tunjangan", "doanh", "vốn", "thưởng", "phụ", "trợ",
        // A course the employer pays for: "We pay for your HSE Part 1 course (worth £12,500)."
        "course", "courses",
        // The Hungarian flexible-benefit allowance: "Cafeteria: évi 400 000 Ft".
        "cafeteria",
    ]

    private static let notPayStems = [
        "stipend", "allowanc", "reimburs", "donat", "valuat", "subsid", "indemnit", "indennit",
    ]

    private static let benefitWords: Set<String> = [
        "benefit", "insurance", "pension", "home", "office", "training", "education", "bonus", "bonuses",
        "commission", "equity", "prime", "primes", "ayuda", "vale", "sick", "leave", "vacation", "holiday",
    ]

    /// The word right after the figures that makes them something else ("$10k bonus").
    private static let nextWordNotPay: Set<String> = ["bonus", "equity", "shares", "options", "rsu", "rsus"]

    /// Words a pay-only line may hold besides the figures.
    private static let fillerWords: Set<String> = [
        "plus", "bonus", "and", "equity", "per", "year", "hour", "month", "week", "day", "annum", "annual",
        "yearly", "hourly", "monthly", "weekly", "daily", "up", "to", "from", "starting", "at", "least", "max",
        "maximum", "min", "minimum", "doe", "usd", "eur", "gbp", "cad", "aud", "chf", "an", "the", "of", "or",
        "hr", "yr", "mo", "pa", "brutto", "gross", "net", "pro", "jahr", "monat", "par", "mois", "heure", "por",
        "mes", "año", "ano", "hora", "uur", "maand", "jaar", "stunde", "between", "bis", "à", "tot", "a", "até",
        "benefits", "commission", "commissions", "depending", "on", "experience", "k", "eur", "options", "ote",
        "incl", "including", "excl", "tips", "overtime", "super", "superannuation", "pension", "is", "be", "will",
        "y", "e", "et", "en", "de", "van", "per", "über", "environ", "around", "approximately", "approx",
    ]
}
