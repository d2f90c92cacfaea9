// Maps every source's employment type spelling onto the seed's four values,
// falling back to the title ("Warehouse Associate (Part-time)").
import JobHuntKernel

/// `employment_type` from the source's field, then the title.
///
/// Temporary, seasonal, per-diem and freelance work are `contract` (paid for a stretch, not
/// employed open-ended); permanent is `full-time`; volunteer and "other" are nil, since unpaid
/// work fits none of the four values. A list ("FULL_TIME, TEMPORARY") takes its first known value.
package enum EmploymentTypeRule {
    package static func employmentType(field: String?, title: String) -> EmploymentType? {
        if let field {
            for value in field.split(whereSeparator: { ",;/|".contains($0) }) {
                if let type = named(value) { return type }
            }
            if let type = named(field) { return type }
        }
        return fromTitle(title)
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
            "tiempoparcial", "jornadaparcial", "tempoparcial", "meioperíodo", "meioperiodo", "deeltijd":
            return .partTime
        case "contract", "contractor", "contracttohire", "temporary", "temp", "seasonal", "perdiem",
            "freelance", "freelancer", "fixedterm", "interim", "consultant", "contractual", "cdd", "intérim",
            "befristet", "temporal", "temporário", "temporario", "pj", "tijdelijk", "autónomo", "autonomo":
            return .contract
        case "intern", "internship", "coop", "workstudy", "apprenticeship", "trainee", "werkstudent", "stage",
            "alternance", "apprentissage", "praktikum", "ausbildung", "prácticas", "practicas", "becario",
            "estágio", "estagio", "stagiair", "stageplaats", "workingstudent":
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
            case "intern", "internship", "co-op", "stagiaire", "praktikum", "praktikant", "praktikantin",
                "werkstudent", "werkstudentin", "becario", "becaria", "prácticas", "estágio", "estagiário",
                "estagiária", "stagiair", "alternance":
                return .internship
            case "contract", "contractor", "freelance", "temporary", "temp", "cdd", "befristet", "freelancer":
                return .contract
            case "part" where index + 1 < words.count && words[index + 1] == "time": return .partTime
            case "full" where index + 1 < words.count && words[index + 1] == "time": return .fullTime
            default: continue
            }
        }
        return nil
    }
}
