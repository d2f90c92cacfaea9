// The words that judge money in a sentence: pay words that make it about this
// role's pay, and perk, benefit and company-fact words that make it something else.
import Foundation
import JobHuntKernel

extension SalaryContext {
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

    /// Finnish compounds end in the pay too: "Peruspalkka" (basic pay), "Tehtäväkohtainen palkka".
    private static let paySuffixes = [
        "gehalt", "gehälter", "lohn", "vergütung", "salaris", "salarissen", "loon", "palkka",
    ]

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
        // lt: "Atlyginimas: 2 400 – 3 000 EUR neatskaičius mokesčių", "darbo užmokestis".
        "atlyginimas", "atlyginimą", "atlyginimo", "užmokestis",
        // Chile's and Brazil's net pay: "renta líquida de $780.000 a $850.000 mensuales", "salário
        // líquido": as "neto" and "netto" are, the take-home figure is the pay.
        "líquida", "líquido", "liquida", "liquido",
        // A contractor's pay is what they invoice: "USD 2,000 – 2,600 per month, invoiced monthly".
        "invoiced",
        // Public and collective pay scales: "spine point 23", "barème", Belgian "barema", Dutch
        // "verloning"; a "scale(s)", "band" or "grade" is asked by `namesPayScale` ("scales" is
        // also a verb: "the platform scales to …").
        "payscale", "payscales", "spine", "paybands", "barème", "bareme", "barema", "baremas",
        "verloning", "entgelt", "entgeltgruppe", "tarifgruppe", "tarifentgelt",
    ]

    /// "Union scale: $46.85/hr", "Pay band 6", "Grade 7 (£33,000)", "Scale: €38,000": a scale,
    /// band or grade is a pay scale when a pay or public-service word comes before it, a colon
    /// after it, or a figure or numeral names its step. Not "at scale", "to scale" or a "band"
    /// that plays.
    static func namesPayScale(
        _ words: [(text: String, range: Range<Int>)], at index: Int, in scalars: [Unicode.Scalar]
    ) -> Bool {
        guard scaleWords.contains(words[index].text) else { return false }
        if index > 0, scaleQualifiers.contains(words[index - 1].text) { return true }
        let end = words[index].range.upperBound
        let next = SalaryText.skipBlanks(scalars, end)
        guard next < scalars.count else { return false }
        if scalars[next] == ":" { return true }
        // "Band 5", "Grade 7", "Scale 6"; "Band B", "Grade IV" by a capital numeral or letter alone.
        if SalaryText.isDigit(scalars[next]) { return true }
        return false
    }

    private static let scaleWords: Set<String> = ["scale", "scales", "band", "bands", "grade"]

    private static let scaleQualifiers: Set<String> = [
        "union", "pay", "salary", "salaries", "wage", "wages", "incremental", "national", "collective", "agreed",
        "award", "nhs", "teachers", "teacher", "education", "council", "civil", "public", "service", "spine",
        "municipal", "government", "federal", "state", "county", "gs", "njc", "ific", "cao", "tvöd", "tv",
    ]

    /// The nouns after "this" that name the job itself: "(this posting)", "this role".
    static let thisRoleNouns: Set<String> = [
        "posting", "position", "role", "job", "opening", "vacancy", "requisition", "req",
    ]

    /// An intern's pay named as such, in the sources' languages: "Stipend", "Allowance",
    /// "Gratification" (the French legal intern pay), "Stipendija", "Uang saku", "Rimborso spese",
    /// "Ayuda al estudio", "Bolsa-auxílio", "Beca", "Stagevergoeding", "Indennità di tirocinio".
    static func isInternPayWord(_ word: String) -> Bool {
        internPayWords.contains(word) || word.hasSuffix("stipend") || word.hasSuffix("vergoeding")
    }

    private static let internPayWords: Set<String> = [
        "stipend", "stipends", "allowance", "allowances", "gratification", "gratificación", "gratificacion",
        "gratificação", "gratificacao", "stipendija", "stipendium", "stypendium", "saku", "rimborso", "ayuda",
        "bolsa", "auxílio", "auxilio", "beca", "indennità", "indennita", "praktikumsvergütung", "bourse",
    ]

    /// The words of the sentence's opening intern pay label, past "monthly", "an", "intern(ship)":
    /// "Monthly stipend of $2,000", "Internship allowance: …", "Bolsa-auxílio de R$ 1.800" (both
    /// words). Nil when the sentence opens with anything else: "Housing allowance", "Meal stipend"
    /// open with the perk and stay perks.
    static func internPayLabel(_ words: [String]) -> Range<Int>? {
        guard let first = words.firstIndex(where: { !internPayOpeners.contains($0) }),
            isInternPayWord(words[first])
        else { return nil }
        var end = first + 1
        while end < words.count, isInternPayWord(words[end]) { end += 1 }
        return first..<end
    }

    private static let internPayOpeners: Set<String> = [
        "a", "an", "the", "our", "your", "monthly", "weekly", "paid", "intern", "interns", "internship", "trainee",
        "stage", "uang", "mensile", "mensual", "mensal", "monatliche", "maandelijkse", "la", "le", "una", "uma", "de",
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
        // Swedish, Danish and Norwegian "-bidrag" is a grant or allowance paid beside the wage
        // ("friskvårdsbidrag på 3 500 kr om året", "pensionsbidrag"), never the wage itself.
        "bidrag",
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
        "stipend", "stipends", "allowance", "allowances", "budget", "budgets", "orçamento", "orçamentos",
        "presupuesto", "presupuestos", "voucher", "vouchers", "raised",
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
        // Australia's salary packaging and the UK's salary sacrifice: a tax-free part of the pay one
        // may divert to a benefit, capped by law ("Salary packaging up to $15,900 a year"), never
        // the pay itself.
        "packaging", "sacrifice",
        // Standby and on-call pay: a flat sum for being reachable, paid on top of the wage ("standby
        // is paid at $320 per week", "Rufbereitschaft 25 € pro Tag"), never the role's pay.
        "standby", "callout",
        // A firm's capital and credit are company facts, never pay: "pay truckers within 48 hours
        // from a $500k working-capital line", "share capital of €2M".
        "capital", "bidrag",
    ]

    /// Dutch "winstdeling(sregeling)" and German "Gewinnbeteiligung" are profit sharing: paid on top
    /// when the firm does well, never the role's salary ("een winstdelingsregeling tot € 2.400 per jaar").
    private static let notPayStems = [
        "stipend", "allowanc", "reimburs", "donat", "valuat", "subsid", "indemnit", "indennit", "winstdeling",
        "gewinnbeteiligung", "rufbereitschaft", "bereitschaftsdienst", "bereitschaftszulage",
    ]

    static let benefitWords: Set<String> = [
        "benefit", "insurance", "pension", "home", "office", "training", "education", "bonus", "bonuses",
        "commission", "equity", "prime", "primes", "ayuda", "vale", "sick", "leave", "vacation", "holiday",
        // Brazil's "VR de R$ 35,00 por dia": the vale-refeição, a meal card loaded by the working day.
        "vr",
        // Tips are the guests' money, not the employer's pay: "gorjetas (em média 300 € por mês)",
        // "tips average $80 a shift", "propinas", "pourboires", "Trinkgeld", "fooien", "mance", "dricks".
        "tips", "tip", "gorjetas", "gorjeta", "propinas", "propina", "pourboires", "pourboire", "trinkgeld",
        "trinkgelder", "fooien", "fooi", "mance", "dricks",
    ]

    /// A bonus by name in en, pt, es, it, fr, de: "prémio anual por objetivos até 3.000 €" is the
    /// bonus's ceiling, however many words ("anual por objetivos até") stand between the bonus and
    /// its figure, as long as no pay word does.
    static let bonusWords: Set<String> = [
        "bonus", "bonuses", "prémio", "prêmio", "premio", "prémios", "prêmios", "premios", "premi", "prämie",
        "gratificação", "gratificación",
    ]

    /// The word right after the figures that makes them something else ("$10k bonus").
    static let nextWordNotPay: Set<String> = ["bonus", "equity", "shares", "options", "rsu", "rsus"]

    /// Words a pay-only line may hold besides the figures.
    static let fillerWords: Set<String> = [
        "plus", "bonus", "and", "equity", "per", "year", "hour", "month", "week", "day", "annum", "annual",
        "yearly", "hourly", "monthly", "weekly", "daily", "up", "to", "from", "starting", "at", "least", "max",
        "maximum", "min", "minimum", "doe", "usd", "eur", "gbp", "cad", "aud", "chf", "an", "the", "of", "or",
        "hr", "yr", "mo", "pa", "brutto", "gross", "net", "pro", "jahr", "monat", "par", "mois", "heure", "por",
        "mes", "año", "ano", "hora", "uur", "maand", "jaar", "stunde", "between", "bis", "à", "tot", "a", "até",
        "benefits", "commission", "commissions", "depending", "on", "experience", "k", "eur", "options", "ote",
        "incl", "including", "excl", "tips", "overtime", "super", "superannuation", "pension", "is", "be", "will",
        "y", "e", "et", "en", "de", "van", "per", "über", "environ", "around", "approximately", "approx",
        // "USD 2,000 – 2,600 per month for a full load": the workload the figure is for.
        "full", "load", "workload",
    ]
}
