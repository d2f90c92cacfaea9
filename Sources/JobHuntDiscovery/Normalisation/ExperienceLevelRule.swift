// Decides experience_level from the title's seniority words, then the source's
// own level field, then the years of experience the text asks for.
import JobHuntKernel

/// `experience_level`: title first (the strongest signal), then the source's level field
/// (JobSpy `job_level`), then "N+ years of experience" in the text.
///
/// Title words, highest winning ("Senior Associate" is senior, "Associate Director" lead):
/// - executive: Chief, CEO/CTO/CFO/COO/CMO/CPO/CISO, VP, Vice President, SVP, EVP, President
/// - lead: Principal, Lead, Head (of), Director, Distinguished, Fellow
/// - senior: Senior, Sr, Staff, level III and above
/// - mid: Mid, Intermediate, level II
/// - entry: Intern, Junior, Jr, Associate, Entry, Graduate, Trainee, Apprentice, level I
///
/// Years: fewer than 2 entry, 2–4 mid, 5 or more senior; text never implies lead or executive.
package enum ExperienceLevelRule {
    package static func level(title: String, field: String?, text: String) -> ExperienceLevel? {
        fromTitle(title) ?? field.flatMap(fromField) ?? YearsOfExperience.minimum(in: text).map(fromYears)
    }

    /// The highest seniority word in a title.
    package static func fromTitle(_ title: String) -> ExperienceLevel? {
        let words = title.lowercasedWords(digits: true)
        var best: ExperienceLevel?
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1] : ""
            var level: ExperienceLevel?
            switch word {
            case "chief", "ceo", "cto", "cfo", "coo", "cmo", "cpo", "ciso", "cio", "vp", "svp", "evp", "president":
                level = .executive
            case "vice" where next == "president":
                level = .executive
            case "principal", "lead", "head", "director", "distinguished", "fellow":
                level = .lead
            case "senior", "sr", "staff", "iii", "iv", "v", "sênior", "sénior":
                level = word == "v" && index != words.count - 1 ? nil : .senior
            case "mid", "intermediate", "ii", "pleno", "medior":
                level = word == "mid" && next == "market" ? nil : .mid  // "Account Executive, Mid-Market"
            case "intern", "internship", "junior", "jr", "associate", "entry", "graduate", "trainee",
                "apprentice", "i", "júnior", "stage", "stagiaire", "praktikant", "becario", "estágio", "estagiário",
                "alternance", "alternant":
                level = word == "i" && index != words.count - 1 ? nil : .entry
            default:
                level = nil
            }
            if let level, best.map({ level > $0 }) ?? true { best = level }
        }
        return best
    }

    /// A source's own level: LinkedIn's "Entry level", "Mid-Senior level", "Director", "Executive".
    package static func fromField(_ field: String) -> ExperienceLevel? {
        switch field.lowercased().filter(\.isLetter) {
        case "internship", "intern", "entrylevel", "entry", "junior": return .entry
        case "associate", "mid", "midlevel", "intermediate": return .mid
        case "midseniorlevel", "midsenior", "senior", "seniorlevel", "experienced": return .senior
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
