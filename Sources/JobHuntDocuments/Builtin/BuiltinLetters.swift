// The built-in cover letter and follow-up e-mail: fixed sentences around the
// person's own achievements and the posting's and company's own words
// (quoted, so the claim check knows they are not the person's claims).

enum BuiltinLetters {
    static func coverLetter(_ input: GenerationInput) -> LetterDraft {
        let posting = input.posting
        var opening = "I am writing to apply for the \(posting.title) role at \(posting.company)."
        let strengths = Array(input.material.coverage.requiredCovered.prefix(4))
        if let headline = input.candidate.headline, !headline.isEmpty {
            let years = input.candidate.yearsExperience.map { " with \($0) years of experience" } ?? ""
            opening += " I am \(article(headline)) \(headline)\(years)."
        }
        if !strengths.isEmpty {
            opening += " I bring hands-on experience with \(list(strengths)), which your posting asks for."
        }
        var paragraphs = [opening]
        let top = Array(input.material.topAchievements.prefix(3))
        if !top.isEmpty {
            let sentences = top.map { achievement -> String in
                let asked = achievement.skills.isEmpty ? "" : "You ask for \(list(achievement.skills)): "
                let at = asked.isEmpty ? "At" : "at"
                return "\(asked)\(at) \(achievement.company), I \(lowered(achievement.text))"
            }
            paragraphs.append(
                "A few things I have done that match what you describe: " + sentences.joined(separator: " "))
        }
        paragraphs.append(whyCompany(input))
        paragraphs.append(
            "I would welcome a conversation about how I can help \(posting.company). My résumé, tailored to this role, is attached."
        )
        return LetterDraft(
            greeting: "Dear \(posting.company) hiring team,", paragraphs: paragraphs, closing: "Kind regards,")
    }

    /// The company's description of itself, else the posting's first line, quoted.
    static func whyCompany(_ input: GenerationInput) -> String {
        let company = input.posting.company
        if let about = firstSentence(input.posting.companyDescription ?? "") {
            return "What draws me to \(company) is how you describe yourselves: “\(about)” "
                + "That, and this role's focus, is why I would like to join."
        }
        if let pitch = firstSentence(input.posting.description) {
            return "What draws me to \(company) is the work itself, as your posting puts it: “\(pitch)”"
        }
        return "What draws me to \(company) is the work this role describes."
    }

    static func followUp(_ input: GenerationInput) -> LetterDraft {
        let posting = input.posting
        var paragraphs = [
            "On \(LetterDate.long(input.today)) I applied for the \(posting.title) role at \(posting.company), and I am writing to follow up."
        ]
        if let best = input.material.topAchievements.first {
            paragraphs.append(
                "I remain very interested in the role. As a reminder of what I would bring: at \(best.company), I \(lowered(best.text))"
            )
        } else {
            paragraphs.append("I remain very interested in the role.")
        }
        paragraphs.append(
            "I am happy to share more detail or to talk at a time that suits you. Thank you for considering my application."
        )
        return LetterDraft(
            subject: "Following up on my application: \(posting.title)", greeting: "Hello \(posting.company) team,",
            paragraphs: paragraphs, closing: "Best regards,")
    }

    /// "Go, SQL and Kubernetes".
    static func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }

    /// "Reduced latency" → "reduced latency."; "AWS migration" keeps its capitals.
    static func lowered(_ text: String) -> String {
        var sentence = text.trimmingCharacters(in: .whitespaces)
        if let first = sentence.split(separator: " ").first, first.count > 1,
            first.first?.isUppercase == true, first.dropFirst().allSatisfy(\.isLowercase)
        {
            sentence = sentence.prefix(1).lowercased() + sentence.dropFirst()
        }
        if let last = sentence.last, !".!?".contains(last) { sentence += "." }
        return sentence
    }

    static func article(_ word: String) -> String {
        guard let first = word.lowercased().first else { return "a" }
        return "aeio".contains(first) ? "an" : "a"
    }

    /// The first sentence of at most 240 characters, or nil.
    static func firstSentence(_ text: String) -> String? {
        let line = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .first { $0.split(separator: " ").count >= 4 }
        guard let line else { return nil }
        let end = line.range(of: ". ").map { String(line[..<$0.lowerBound]) + "." } ?? line
        guard end.count <= 240 else { return String(end.prefix(237)) + "…" }
        return end
    }
}
