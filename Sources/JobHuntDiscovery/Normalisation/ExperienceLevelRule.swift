// Decides experience_level from the title's seniority words, then the years of
// experience the text asks for, then the source's own level field.
import JobHuntKernel

/// `experience_level`: title first (the strongest signal), then "N+ years of experience" in the
/// text, then the source's level field (JobSpy `job_level`, SmartRecruiters `experienceLevel`).
/// The years come before the field because a field is a coarse bucket an ATS form offers
/// ("Mid-Senior level" spans three years to ten), while the years are what this employer asks:
/// "3 anni di esperienza" under "Mid-Senior Level" is a mid-level hire, as fresh12's and
/// fresh13's labelling rules read it.
///
/// Title words, highest winning ("Senior Associate" is senior, "Associate Director" lead):
/// - executive: Chief … Officer, Chief of Staff, CEO/CTO/CFO/COO/CMO/CPO/CISO, VP, Vice President, SVP,
///   EVP, President
/// - lead: Principal, Lead, Head (of), Director, Distinguished, Fellow, Team/Shift/… Leader, any other
///   Chief ("Chief Flight Instructor")
/// - senior: Senior, Sr, Staff, level III and above
/// - mid: Mid, Intermediate, level II
/// - entry: Intern, Junior, Jr, Associate (not "Research Associate", a job's name), Entry (as "Entry
///   Level" or the title's last word; not "Customs Entry Specialist", "Data Entry Clerk"), Graduate,
///   Trainee, Apprentice, level I
///
/// "Associate" is entry ("Associate Product Manager", "Sales Associate", "Associate Attorney")
/// except where it is a rank above the qualified one: "Associate Architect" and "Associate
/// Professor" are `mid`, unless a technical-ladder word makes it software's first rung
/// ("Associate Solutions Architect") (``associateLevel(_:)``).
///
/// Years: fewer than 2 entry, 2–4 mid, 5 or more senior; text never implies lead or executive.
package enum ExperienceLevelRule {
    package static func level(title: String, field: String?, text: String) -> ExperienceLevel? {
        if let level = fromTitle(title) { return level }
        // A field that names one of the stored levels itself ("senior", as the
        // `file:` format and jobhunt's own exports write it) is no coarse
        // bucket: it is what was recorded, and years in the text do not undo it.
        if let field, let exact = ExperienceLevel(rawValue: field.trimmingCharacters(in: .whitespaces).lowercased()) {
            return exact
        }
        return YearsOfExperience.minimum(in: text).map(fromYears) ?? field.flatMap(fromField)
    }

    /// The highest seniority word in a title.
    package static func fromTitle(_ title: String) -> ExperienceLevel? {
        let words = title.lowercasedWords(digits: true)
        var best: ExperienceLevel?
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1] : ""
            let third = index + 2 < words.count ? words[index + 2] : ""
            var level: ExperienceLevel?
            switch word {
            case "chief":
                // "Chief Technology Officer", "Chief of Staff" lead a company; "Chief Flight Instructor",
                // "Chief Engineer" (of a ship), "Chief Pilot" lead a crew or a school.
                let officer = next == "of" || next == "executive" || words[(index + 1)...].contains("officer")
                level = officer || index + 1 == words.count ? .executive : .lead
            case "ceo", "cto", "cfo", "coo", "cmo", "cpo", "ciso", "cio", "vp", "svp", "evp", "president":
                level = .executive
            case "vice" where next == "president":
                level = .executive
            case "principal", "lead", "head", "director", "distinguished", "fellow":
                level = .lead
            case "leader" where index > 0 && leaderOf.contains(words[index - 1]):
                level = .lead  // "Team Leader", "Shift Leader"; not "Youth Leader" or "Activity Leader"
            case "working" where next == "student" || next == "students":
                level = .entry  // the English for "Werkstudent"
            case "chef" where ["de", "d"].contains(next) && chefOf.contains(third):
                level = .lead  // "Chef de projet", "Chef d'équipe"; not a cook ("Chef de partie")
            case _ where localLead(word):
                level = .lead
            case "geschäftsführer", "geschäftsführerin", "geschäftsführung", "pdg", "presidente", "président",
                "présidente":
                level = .executive
            case "staff":
                // "Staff Engineer" is a rung of the technical ladder; "Staff Accountant", "Staff Nurse"
                // are the regular role.
                level = words[(index + 1)...].contains(where: isTechnicalLadderWord) ? .senior : nil
            case let numeral
            where ["ii", "iii", "iv", "v"].contains(numeral) && index > 0
                && qualificationWords.contains(words[index - 1]):
                // "Educator – Cert III": Australia's Certificate III is a qualification; "Early Childhood
                // Educator (ECE II)": Alberta's ECE Level 2 certification.
                level = nil
            case let numeral
            where ["ii", "iii", "iv", "v"].contains(numeral) && index > 0 && words[index - 1] == "level"
                && words.contains(where: { certifiedWords.contains($0) }):
                // "Certified Dental Assistant (Level II)": the grade of the certificate held (British
                // Columbia's CDA, a "Certified … Level II" technician), not a rung of the employer's ladder.
                level = nil
            case "senior", "sr", "iii", "iv", "v", "sênior", "sénior", "viši", "viša", "više", "višji", "višja",
                "starszy", "starsza", "starší", "staršia", "vecākais", "vecākā", "vyresnysis", "vyresnioji":
                level = word == "v" && index != words.count - 1 ? nil : .senior
            case _ where word.count > 7 && word.hasPrefix("vanem") && !word.hasPrefix("vanemad"):
                level = .senior  // Estonian compounds: "Vanemarendaja", "Vanemraamatupidaja"
            case "mid", "intermediate", "ii", "pleno", "medior":
                level = word == "mid" && next == "market" ? nil : .mid  // "Account Executive, Mid-Market"
            case "intern", "internship", "junior", "jr", "associate", "entry", "graduate", "trainee",
                "apprentice", "i", "júnior", "stage", "stagiaire", "praktikant", "becario", "estágio", "estagiário",
                "alternance", "alternant", "werkstudent", "werkstudentin", "azubi", "auszubildender",
                "auszubildende", "prácticas", "practicas", "pasantía", "pasante", "stagiair", "estagiária",
                "aprendiz", "débutant", "débutante", "einsteiger", "berufseinsteiger", "praktikum",
                // id, hr/sr/sl, pl, cs, hu, fi, it: "Magang", "Pripravnik", "Stażysta", "Gyakornok".
                "magang", "pripravnik", "pripravnica", "stażysta", "stażystka", "praktykant",
                "praktykantka", "stážista", "stážistka", "gyakornok", "harjoittelija", "tirocinante", "stagista",
                // Switzerland's apprentice: "Lernende:r Detailhandelsfachfrau EFZ", "Lehrling".
                "lernende", "lernender", "lehrling":
                // "Clinical Research Associate", "Research Associate": the name of the job, not a rung.
                let researchAssociate = word == "associate" && index > 0 && words[index - 1] == "research"
                // "Entry Level", "Accountant (Entry)": a rung; "Customs Entry Specialist", "Data Entry
                // Clerk": an entry is the document or record the job makes, named before the job noun.
                let entryRecord = word == "entry" && next != "level" && index + 1 < words.count
                level =
                    (word == "i" && index != words.count - 1) || entryRecord
                    ? nil : researchAssociate ? nil : word == "associate" ? associateLevel(words) : .entry
            default:
                level = nil
            }
            if let level, best.map({ level > $0 }) ?? true { best = level }
        }
        return best
    }

    /// "Associate" in a title: `mid` in the professions where it is a rank earned after
    /// qualifying (``promotedAssociates``) with nothing on the technical ladder, else `entry`.
    /// In an architecture practice an associate is a licensed architect promoted above
    /// "Architect" (issue 19: an "Associate Architect" filed `entry` sat two rungs from the
    /// returning architect's "senior or staff"), and an associate professor is past assistant
    /// professor. An "Associate Attorney" or "Associate Dentist" is any qualified employee
    /// who is not a partner or owner, new graduates included, so the labelled discover sets
    /// read them as `entry`, and so does this rule; in software "Associate ... Architect" is
    /// the first rung.
    static func associateLevel(_ words: [Substring]) -> ExperienceLevel {
        let others = words.filter { $0 != "associate" }
        // "Junior Associate Architect", "Graduate Associate": the title says first rung itself.
        if others.contains(where: { ["junior", "jr", "trainee", "graduate", "intern"].contains($0) }) { return .entry }
        guard others.contains(where: { word in promotedAssociates.contains { word.hasPrefix($0) } }) else {
            return .entry
        }
        let technical = others.contains { word in
            isTechnicalLadderWord(word) && !word.hasPrefix("architect")
        }
        return technical ? .entry : .mid
    }

    /// The words before "Leader" that make it the person who leads others at work ("Team
    /// Leader", "Shift Leader", "Project Leader"); a "Youth Leader" or "Activity Leader" leads
    /// the people a service is for, and is often a first job.
    private static let leaderOf: Set<Substring> = [
        "team", "shift", "group", "project", "section", "unit", "site", "store", "crew", "line", "area",
        "department", "programme", "program", "technical", "tech", "squad", "cell", "production", "warehouse",
    ]

    /// Words before a numeral that make it a qualification's level, not a rung: "Cert III",
    /// "Certificate IV", "NVQ Level III" is read as "level" and left to the ladder.
    private static let qualificationWords: Set<Substring> = [
        "cert", "certificate", "certification", "nvq", "diploma", "part", "phase", "type", "class", "schedule",
        "ece",
    ]

    /// Words of a title that name a certificate held, after which "Level II" grades that certificate.
    private static let certifiedWords: Set<Substring> = ["certified", "certificated", "licensed", "registered"]

    /// Stems of the professions where "Associate" is a promotion, not a first job.
    private static let promotedAssociates = ["architect", "professor"]

    /// A shift or crew's supervisor or foreman, in English and the sources' other languages, and
    /// lead in those languages: "Teamleiter", "Projektleiterin", "Leitung",
    /// "Jefe de Proyecto", "Teamleider", "Hoofd", "Directeur", "Responsable", "Responsabile",
    /// "Kierownik". German and Dutch write the role into one word, so "-leiter", "-leider" and
    /// "-direktor" count at the end of a compound ("Lagerleiter", "Hoteldirektor"), but not
    /// "Begleiter" (a companion) or "Halbleiter".
    static func localLead(_ word: Substring) -> Bool {
        if localLeadWords.contains(word) { return true }
        // "Zugbegleiter", "Kinderbegeleider": a companion or carer, whatever comes before.
        guard word.count > 6, !notLeadCompounds.contains(where: { word.hasSuffix($0) }) else { return false }
        return ["leiter", "leiterin", "leitung", "leider", "leidster", "direktor", "direktorin"].contains {
            word.hasSuffix($0)
        }
    }

    private static let localLeadWords: Set<Substring> = [
        "supervisor", "supervisora", "foreman", "forewoman", "vorarbeiter", "vorarbeiterin", "polier", "encargado",
        "encargada", "capataz", "contremaître", "contremaitre", "ploegleider", "meestergast",
        "leiter", "leiterin", "leitung", "leider", "jefe", "jefa", "chefe", "hoofd", "directeur", "directrice",
        "directora", "diretor", "diretora", "responsable", "líder", "lider", "direktor", "direktorin",
        "responsabile", "direttore", "direttrice", "dyrektor", "kierownik", "kierowniczka",
        // A school's head in sv, no, da, de ("Rektor till Vänerskolan", "Rektorin"): the English
        // "Head Teacher", which "head" already makes lead.
        "rektor", "rektorin",
    ]

    private static let chefOf: Set<Substring> = [
        "projet", "projets", "équipe", "equipe", "service", "chantier", "produit", "cuisine", "groupe", "mission",
        "atelier", "département", "departement", "proyecto", "equipo",
    ]

    /// Compounds ending in these are not leads: a German or Dutch companion or carer ("Begleiter",
    /// "Kinderbegeleider", "begeleidster") and a semiconductor ("Halbleiter").
    private static let notLeadCompounds: [Substring] = [
        "begleiter", "begleiterin", "halbleiter", "begeleider", "begeleidster",
    ]

    /// Words after "Staff" that put it on the technical ladder (engineering, science, design,
    /// product): "Staff Software Engineer", "Staff Data Scientist", "Staff Product Designer".
    static func isTechnicalLadderWord(_ word: Substring) -> Bool {
        technicalLadder.contains(word) || technicalStems.contains { word.hasPrefix($0) }
    }

    private static let technicalStems = [
        "engineer", "scientist", "develop", "design", "architect", "research", "programm", "software", "data",
        "product", "infrastructur", "platform", "secur", "machine", "analytic",
    ]

    private static let technicalLadder: Set<Substring> = [
        "ml", "ai", "site", "backend", "frontend", "front", "fullstack", "full", "cloud", "systems", "technical",
        "sre", "devops", "mobile", "ios", "android", "web", "applied", "firmware", "hardware", "solutions", "ux",
        "ui", "quality", "qa", "test", "network", "database", "game", "graphics", "compiler", "embedded",
        "reliability", "privacy", "engineering", "swe", "tpm",
    ]

    /// A source's own level: LinkedIn's "Entry level", "Mid-Senior level", "Director", "Executive".
    package static func fromField(_ field: String) -> ExperienceLevel? {
        switch field.lowercased().filter(\.isLetter) {
        // Recruitee's `student_college`, Personio's `student`: still studying.
        case "internship", "intern", "entrylevel", "entry", "junior", "student", "studentcollege",
            "studenthighschool":
            return .entry
        case "associate", "mid", "midlevel", "intermediate": return .mid
        // Personio's "experienced" is its one tier between entry and executive: not senior.
        case "midseniorlevel", "midsenior", "senior", "seniorlevel": return .senior
        case "director", "lead", "manager", "principal": return .lead
        case "executive", "vp", "cxo": return .executive
        default: return nil
        }
    }

    /// The threshold mapping for "N years of experience".
    package static func fromYears(_ years: Int) -> ExperienceLevel {
        switch years {
        case ..<2: .entry
        case 2..<5: .mid
        default: .senior
        }
    }
}
