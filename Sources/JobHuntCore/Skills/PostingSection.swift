// The kinds of section a job posting is made of, and the heading words that name them.

/// Where a piece of a posting's text sits, which decides whether a skill found there is
/// required, preferred or neither.
public enum PostingSection: String, Sendable, CaseIterable {
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
                "our stack", "technologies", "you should have", "you will have", "you are",
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

    /// The section a heading text names, or nil when it names none of them.
    static func named(by normalized: String, wholePhrase: Bool) -> PostingSection? {
        let padded = " \(normalized) "
        for (section, phrases) in headingPhrases {
            for phrase in phrases {
                if wholePhrase
                    ? normalized.hasPrefix(phrase + " ") || normalized == phrase : padded.contains(" \(phrase) ")
                {
                    return section
                }
            }
        }
        return nil
    }
}
