// The kinds of section a job posting is made of, and the heading words that name them.

/// Where a piece of a posting's text sits, which decides whether a skill found there is
/// required, preferred or neither.
package enum PostingSection: String, Sendable, CaseIterable {
    /// "Requirements", "What you'll need", "Qualifications", "Must have", "You have".
    case requirements
    /// "Nice to have", "Bonus", "Preferred", "Pluses"; also a sentence that says "is a plus".
    case preferred
    /// "Responsibilities", "What you'll do", "The role": the work itself, so its skills count as required.
    case responsibilities
    /// "About us", "Benefits", "How to apply": nothing there is asked of the candidate.
    case other
    /// Text under no recognised heading, such as an introduction or a posting without headings.
    case general
}

extension PostingSection {
    /// Heading phrases per section, lower case with apostrophes dropped and punctuation as
    /// blanks ("What you'll need:" is matched as "what youll need"). Checked in the order
    /// below, so "Preferred Qualifications" is preferred and "Benefits and Bonus" is other.
    static let headingPhrases: [(PostingSection, [String])] = [
        (
            .other,
            [
                "benefits", "perks", "what we offer", "we offer", "compensation", "salary", "pay range", "about us",
                "about the company", "who we are", "our company", "company overview", "how to apply",
                "equal opportunity", "eeo", "diversity", "why join", "why work", "life at", "our values",
                "our culture", "interview process", "hiring process", "application process", "accommodations",
                "whats in it for you", "what you get", "our offer", "total rewards",
                // Benefits and company blurbs in fr, de, es, pt, nl (issue 18: skills were read from them).
                "avantages", "nous offrons", "ce que nous offrons", "qui sommes nous", "wir bieten", "was wir bieten",
                "über uns", "benefits für dich", "beneficios", "ofrecemos", "lo que ofrecemos", "sobre nosotros",
                "benefícios", "o que oferecemos", "oferecemos", "sobre nós", "wat bieden wij", "wij bieden",
                "over ons", "arbeidsvoorwaarden",
            ]
        ),
        (
            .preferred,
            [
                "nice to have", "nice to haves", "bonus", "bonus points", "preferred", "pluses", "a plus", "plus",
                "desired", "desirable", "good to have", "great to have", "would be great", "even better",
                "extra credit", "optional", "ideally", "stand out", "would love",
            ]
        ),
        (
            .requirements,
            [
                "requirements", "requirement", "required", "qualifications", "qualification", "what youll need",
                "what you need", "what you will need", "what were looking for", "what we are looking for",
                "what we look for", "who you are", "about you", "you have", "you bring", "what you bring",
                "what youll bring", "must have", "must haves", "minimum", "skills", "experience", "your profile",
                "your background", "ideal candidate", "looking for", "competencies", "essential", "tech stack",
                "our stack", "technologies", "you should have", "you will have", "you are", "tools", "tooling", "stack",
                "profil recherché", "votre profil", "ton profil", "anforderungen", "dein profil", "ihr profil",
                "das bringst du mit", "requisitos", "tu perfil", "o teu perfil", "seu perfil", "wat vragen wij",
                "wat breng je mee", "jouw profiel", "functie eisen",
            ]
        ),
        (
            .responsibilities,
            [
                "responsibilities", "responsibility", "what youll do", "what you will do", "what youll be doing",
                "the role", "about the role", "your role", "role overview", "duties", "day to day", "in this role",
                "the job", "about the job", "job description", "your impact", "the opportunity", "your mission",
                "what you will be doing", "key tasks", "tasks",
            ]
        ),
    ]

    /// Phrases that make one sentence preferred wherever it stands ("Kafka is a plus").
    static let preferredCues = [
        "a plus", "nice to have", "preferred", "a bonus", "bonus points", "ideally", "desirable", "an advantage",
        "would be great", "not required", "is a big plus", "bonus if",
    ]

    /// Phrases that keep a sentence required even if it also names a preference.
    static let requiredCues = ["required", "must", "mandatory", "essential"]

    /// Phrases that deny a requirement, which make a sentence preferred whatever else it says
    /// ("German is a plus, not a must").
    static let deniedRequirementCues = [
        "not a must", "not required", "not mandatory", "not essential", "not a requirement",
    ]

    /// The section a heading's words name, or nil when they name none. With `wholePhrase`
    /// the phrase must open the heading ("Nice to have"), otherwise it may stand anywhere in
    /// it ("Your qualifications:"); when several match, the earlier section in `headingPhrases` wins.
    static func named(by words: [Substring], wholePhrase: Bool) -> PostingSection? {
        var best: Int?
        for start in wholePhrase ? Array(words.indices.prefix(1)) : Array(words.indices) {
            for (phrase, rank) in headingIndex[String(words[start])] ?? [] where best.map({ rank < $0 }) ?? true {
                if words[start...].starts(with: phrase) { best = rank }
            }
        }
        return best.map { headingPhrases[$0].0 }
    }

    /// Whether `words` contain one of `phrases` (an index from `phraseIndex`).
    static func contains(_ words: [Substring], _ phrases: [String: [[Substring]]]) -> Bool {
        for start in words.indices {
            for phrase in phrases[String(words[start])] ?? [] where words[start...].starts(with: phrase) {
                return true
            }
        }
        return false
    }

    /// Heading phrases by first word, each with the rank of its section in `headingPhrases`.
    private static let headingIndex: [String: [([Substring], Int)]] = {
        var index: [String: [([Substring], Int)]] = [:]
        for (rank, (_, phrases)) in headingPhrases.enumerated() {
            for phrase in phrases {
                let words = phrase.split(separator: " ")
                index[String(words[0]), default: []].append((words, rank))
            }
        }
        return index
    }()

    static let preferredCueIndex = phraseIndex(preferredCues)
    static let requiredCueIndex = phraseIndex(requiredCues)
    static let deniedRequirementCueIndex = phraseIndex(deniedRequirementCues)

    private static func phraseIndex(_ phrases: [String]) -> [String: [[Substring]]] {
        var index: [String: [[Substring]]] = [:]
        for phrase in phrases {
            let words = phrase.split(separator: " ")
            index[String(words[0]), default: []].append(words)
        }
        return index
    }
}
