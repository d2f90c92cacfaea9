// Employers and titles in prose: the phrases that say whom a person worked for and as what, checked
// against the profile's jobs and the posting's own company and title. Also the sentence splitter the
// removal step drops whole sentences with.
import Foundation

extension ClaimChecker {
    /// Employers and titles `text` attributes to the person that the profile does not back.
    ///
    /// "I led payments at Globex" is an employer claim unless Globex is a job on the profile
    /// or in `context` (the posting's company and title, which a letter names); "as a Staff
    /// Engineer" a title claim unless every word of it is in one title the person held or
    /// the posting's. Names that are skills the profile has ("with Python") are not employers.
    package func nameClaims(_ text: String, location: String, context: [String]) -> [RejectedClaim] {
        var rejected: [RejectedClaim] = []
        var seen = Set<String>()
        let employers = candidate.experiences.map(\.company) + context
        for name in Self.organisationCandidates(in: text) where seen.insert("e:" + name.lowercased()).inserted {
            if employers.contains(where: { NameMatch.same($0, name) }) { continue }
            // A skill ("with Python") is not an employer; an unknown one is `textClaims`' to report.
            if taxonomy.skill(named: name) != nil { continue }
            rejected.append(RejectedClaim(kind: .employer, value: name, location: location))
        }
        let titles = candidate.experiences.map(\.title) + context
        for title in Self.titleCandidates(in: text) where seen.insert("t:" + title.lowercased()).inserted {
            let words = NameMatch.words(title).filter { !Self.titleFiller.contains($0) }
            if words.isEmpty || titles.contains(where: { Set(NameMatch.words($0)).isSuperset(of: words) }) { continue }
            rejected.append(RejectedClaim(kind: .title, value: title, location: location))
        }
        return rejected
    }

    /// Words that qualify a title without changing the job: "as an experienced engineer".
    static let titleFiller: Set<String> = [
        "a", "an", "the", "my", "experienced", "seasoned", "skilled", "strong", "passionate", "proven",
        "dedicated", "hands", "on", "former", "current", "your", "next", "this", "that",
    ]

    /// The nouns job titles end in.
    static let roleNouns =
        "engineer|developer|manager|director|lead|architect|scientist|designer|analyst|consultant|intern|"
        + "administrator|specialist|officer|head|president|vp|cto|ceo|cfo|programmer|researcher|technician|"
        + "coordinator|owner|strategist|recruiter|writer|editor|accountant|associate|principal"

    /// Capitalised words that follow "at", "for", "with" without naming an organisation.
    static let notOrganisations: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "i", "you", "we", "they", "it", "this", "that", "these", "those", "my", "our", "your", "their",
        "best", "regards", "kind", "thanks", "thank", "sincerely", "dear", "hello", "hi", "team", "hiring",
    ]

    /// Sentences of one paragraph, their end punctuation kept. A full stop ends a sentence only
    /// before a blank and a capital (or the end), so "Node.js", "e.g. this" and "3.5" stay whole.
    package static func sentences(_ paragraph: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        let characters = Array(paragraph)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            current.append(character)
            if ".!?".contains(character) {
                var next = index + 1
                while next < characters.count, characters[next] == " " { next += 1 }
                let atEnd = next >= characters.count
                let startsSentence =
                    !atEnd && next > index + 1 && (characters[next].isUppercase || characters[next].isNumber)
                if atEnd || startsSentence {
                    sentences.append(current.trimmingCharacters(in: .whitespaces))
                    current = ""
                    index = next
                    continue
                }
            }
            index += 1
        }
        let rest = current.trimmingCharacters(in: .whitespaces)
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }

    /// Capitalised names after "at", "for", "with", "from" or "joined": where a sentence says
    /// whom the person worked for ("I led payments at Globex Corp").
    static func organisationCandidates(in sentence: String) -> [String] {
        let pattern =
            #"\b(?:at|for|with|from|joined)\s+((?:[A-Z][\w&'.\-]*)(?:\s+(?:[A-Z][\w&'.\-]*|of|and|&))*)"#
        return matches(of: pattern, in: sentence, options: []).compactMap { found in
            var words = found.split(separator: " ").map(String.init)
            // Trailing connectives belong to the sentence, not the name.
            while let last = words.last, ["of", "and", "&"].contains(last) { words.removeLast() }
            let name = words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ".,;:'"))
            guard !name.isEmpty, !notOrganisations.contains(name.lowercased()),
                !notOrganisations.contains(words.first?.lowercased() ?? "")
            else { return nil }
            return name
        }
    }

    /// Titles after "as a", "as an", "as the", "as", "promoted to" or "worked as": "as a Staff Engineer".
    static func titleCandidates(in sentence: String) -> [String] {
        let pattern =
            #"\b(?:as|promoted to|hired as)\s+(?:a\s+|an\s+|the\s+|my\s+)?((?:[\w\-]+\s+){0,3}(?:"# + roleNouns
            + #"))\b"#
        return matches(of: pattern, in: sentence, options: [.caseInsensitive])
    }

    /// The first capture group of each match.
    static func matches(of pattern: String, in text: String, options: NSRegularExpression.Options) -> [String] {
        guard let expression = try? NSRegularExpression(pattern: pattern, options: options) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
