// The free-text level and fluency words of JSON Resume, mapped onto the
// proficiency levels `user_skills.proficiency_level` stores.
import JobHuntKernel

extension ProficiencyLevel {
    /// JSON Resume's `skills[].level` is free text; the usual words map, anything else is
    /// nil rather than a guess ("Master" and "Expert" are both expert).
    package init?(resumeLevel text: String) {
        switch ProficiencyLevel.word(text) {
        case "beginner", "novice", "basic", "elementary", "junior": self = .beginner
        case "intermediate", "competent", "proficient", "mid", "mid-level": self = .intermediate
        case "advanced", "senior", "strong": self = .advanced
        case "master", "expert": self = .expert
        default: return nil
        }
    }

    /// `languages[].fluency` is free text too; native and fluent speakers are experts.
    package init?(fluency text: String) {
        switch ProficiencyLevel.word(text) {
        case "native speaker", "native", "bilingual", "native or bilingual", "native or bilingual proficiency",
            "mother tongue", "fluent", "full professional", "full professional proficiency", "c2":
            self = .expert
        case "professional working", "professional working proficiency", "advanced", "c1": self = .advanced
        case "limited working", "limited working proficiency", "conversational", "intermediate", "b1", "b2":
            self = .intermediate
        case "elementary", "elementary proficiency", "beginner", "basic", "a1", "a2": self = .beginner
        default: return nil
        }
    }

    /// The word export writes to `skills[].level`; import maps it back to the same case.
    package var resumeLevel: String {
        switch self {
        case .beginner: "Beginner"
        case .intermediate: "Intermediate"
        case .advanced: "Advanced"
        case .expert: "Expert"
        }
    }

    /// The word export writes to `languages[].fluency`; import maps it back to the same case.
    package var fluency: String {
        switch self {
        case .beginner: "Elementary"
        case .intermediate: "Conversational"
        case .advanced: "Professional working"
        case .expert: "Native speaker"
        }
    }

    private static func word(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }
}
