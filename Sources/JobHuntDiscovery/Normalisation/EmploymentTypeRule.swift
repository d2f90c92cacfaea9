// Maps every source's employment type spelling onto the seed's four values,
// falling back to the title ("Warehouse Associate (Part-time)").
import JobHuntKernel

/// `employment_type` from the source's field, then the title, then a type the text states as
/// the job's (``EmploymentTypeText``).
///
/// Temporary, seasonal, per-diem and freelance work are `contract` (paid for a stretch, not
/// employed open-ended); permanent is `full-time`; volunteer and "other" are nil, since unpaid
/// work fits none of the four values. A list ("FULL_TIME, TEMPORARY") takes its first known value.
package enum EmploymentTypeRule {
    ///
    /// A fixed term in the title outranks the hours in the field: "Comptable fournisseurs – CDD 6
    /// mois" with Recruitee's `fulltime` is a six-month contract worked full-time, `contract`, as a
    /// fixed term outranks hours in the text (``EmploymentTypeText``); so does pay stated as a
    /// contractor's in the text.
    package static func employmentType(field: String?, title: String, text: String? = nil) -> EmploymentType? {
        if let type = fromField(field) {
            if type == .fullTime || type == .partTime, fromTitle(title) == .contract { return .contract }
            // "Full-Time" beside "USD 1,100 – 1,300 per month, paid as a contractor invoice": the
            // field gives the hours, the pay sentence the engagement, and a contractor working full
            // hours is still on a contract (We Work Remotely's job type is only the hours).
            if type == .fullTime || type == .partTime, let text, EmploymentTypeText.statesContractorPay(text) {
                return .contract
            }
            return type
        }
        return fromTitle(title) ?? text.flatMap(EmploymentTypeText.stated)
    }

    private static func fromField(_ field: String?) -> EmploymentType? {
        guard let field else { return nil }
        for value in field.split(whereSeparator: { ",;/|".contains($0) }) {
            if let type = named(value) { return type }
        }
        return named(field)
    }

    /// One spelling: `Full-time`, `FULL_TIME`, `FullTime`, `fulltime`, `per-hour-wage` is not one.
    package static func named(_ value: some StringProtocol) -> EmploymentType? {
        // Poland's B2B: a contractor invoicing the employer (its letters alone would be "bb").
        if ColumnText.folded(String(value)) == "b2b" { return .contract }
        switch value.lowercased().filter(\.isLetter) {
        // The sources' other languages too: CDI/CDD, Vollzeit/Teilzeit/befristet, jornada completa,
        // tempo integral, voltijd/deeltijd, CLT/PJ (Brazil), UoP/B2B (Poland).
        case "fulltime", "full", "permanent", "regular", "fte", "salaried", "fulltimeemployee", "cdi", "tempsplein",
            "vollzeit", "festanstellung", "unbefristet", "jornadacompleta", "tiempocompleto", "indefinido",
            "tempointegral", "efetivo", "clt", "voltijd", "vastcontract", "uop", "umowaopracę":
            return .fullTime
        case "parttime", "part", "parttimeemployee", "tempspartiel", "teilzeit", "minijob", "mediajornada",
            "tiempoparcial", "jornadaparcial", "tempoparcial", "meioperíodo", "meioperiodo", "deeltijd",
            // Casual and zero-hours work is paid by the shift with no set hours: part of a week.
            "casual", "zerohours", "zerohour", "zerohourscontract":
            return .partTime
        case "contract", "contractor", "contracttohire", "temporary", "temp", "seasonal", "perdiem",
            "freelance", "freelancer", "fixedterm", "interim", "consultant", "contractual", "cdd", "intérim",
            "maternitycover",
            "befristet", "temporal", "temporário", "temporario", "pj", "tijdelijk", "autónomo", "autonomo":
            return .contract
        // A working student (Personio's `working_student`, "Werkstudent") is employed part-time
        // beside a degree, at most 20 hours a week in term: not an internship.
        case "werkstudent", "werkstudentin", "workingstudent":
            return .partTime
        case "intern", "internship", "coop", "workstudy", "apprenticeship", "trainee", "stage",
            "alternance", "apprentissage", "praktikum", "ausbildung", "prácticas", "practicas", "becario",
            "estágio", "estagio", "stagiair", "stageplaats":
            return .internship
        default:
            return nil
        }
    }

    /// A type the title spells out: "(Part-time)", "Intern", "Contract", "Freelance".
    static func fromTitle(_ title: String) -> EmploymentType? {
        let words = title.lowercasedWords(digits: false, keep: "-")
        for (index, word) in words.enumerated() {
            switch word {
            case "part-time", "parttime", "teilzeit", "deeltijd", "temps-partiel": return .partTime
            case "full-time", "fulltime", "vollzeit", "cdi", "voltijd": return .fullTime
            case "werkstudent", "werkstudentin": return .partTime
            case "intern", "internship", "co-op", "stagiaire", "praktikum", "praktikant", "praktikantin",
                "becario", "becaria", "prácticas", "estágio", "estagiário", "estagiária", "stagiair", "alternance",
                "magang", "apprenticeship":
                return .internship
            case let subject
            where (subject == "contract" || subject == "contracts") && isContractSubject(words, at: index):
                continue
            case "contract", "contractor", "freelance", "temporary", "temp", "cdd", "befristet", "freelancer":
                return .contract
            case "part" where index + 1 < words.count && words[index + 1] == "time": return .partTime
            case "full" where index + 1 < words.count && words[index + 1] == "time": return .fullTime
            default: continue
            }
        }
        return nil
    }

    /// "Smart Contract Auditor", "Contract Manager", "Contracts Administrator": contracts are the
    /// job's subject, not its terms, when a word before makes them a thing ("smart") or a job's
    /// noun follows them. "Audit Trainee (SAICA Training Contract)", "Learnership Contract": the
    /// agreement a trainee is employed under (articles in South Africa and the UK), not a fixed
    /// engagement; the source's field says the hours.
    static func isContractSubject(_ words: [Substring], at index: Int) -> Bool {
        if index > 0,
            ["smart", "government", "federal", "public", "training", "learnership"].contains(words[index - 1])
        {
            return true
        }
        guard index + 1 < words.count else { return false }
        return contractJobNouns.contains(words[index + 1])
    }

    private static let contractJobNouns: Set<Substring> = [
        "manager", "management", "administrator", "administration", "specialist", "analyst", "negotiator",
        "auditor", "audit", "lawyer", "attorney", "counsel", "officer", "coordinator", "engineer", "developer",
        "developers", "review", "reviewer", "compliance", "estimator", "accountant", "associate", "paralegal",
        "security", "solicitor", "director", "lead",
    ]
}
