// Removes what the checker rejects: a draft that claims less is better than one that invents.
// Any generator (the model's, the built-in one) and `scripts/eval apply` can run its drafts through it.
import Foundation

extension ClaimChecker {
    /// `drafts` with every unsupported claim taken out, and the claims taken out.
    ///
    /// - A skill not on the profile leaves the skills list (and a job's technologies).
    /// - A résumé entry whose `experienceID` is no experience of the profile is dropped
    ///   (an invented employer); a known one's company, title and dates are set back to
    ///   the profile's, each change reported.
    /// - A headline naming a title the person never held (nor their own headline, nor the
    ///   posting's title) is dropped.
    /// - In prose (headline, summary, bullets, letter subjects and paragraphs) a sentence
    ///   naming an unbacked skill, year, employer or title is dropped whole; `context`
    ///   lists the names that are not claims about the person (the posting's company and title).
    ///
    /// The result has nothing left for `unsupportedClaims(in:context:)` to report.
    package func removingUnsupportedClaims(from drafts: DocumentDrafts, context: [String])
        -> (drafts: DocumentDrafts, rejected: [RejectedClaim])
    {
        var rejected: [RejectedClaim] = []
        var cleaned = drafts
        func prose(_ text: String?, _ location: String) -> String? {
            guard let text else { return nil }
            let result = removingUnsupportedSentences(from: text, location: location, context: context)
            rejected += result.rejected
            return result.text
        }

        cleaned.resume.headline = prose(drafts.resume.headline, "resume.headline")
        // A headline is a title even without "as": "Principal Architect" must be one the person
        // held, their own headline, or the posting's.
        if let headline = cleaned.resume.headline, !headline.isEmpty {
            let titles = nameClaims(
                "as " + headline, location: "resume.headline", context: context + [candidate.headline ?? ""]
            )
            .filter { $0.kind == .title }
            if !titles.isEmpty {
                rejected += titles
                cleaned.resume.headline = nil
            }
        }
        cleaned.resume.summary = prose(drafts.resume.summary, "resume.summary")
        cleaned.resume.skills = drafts.resume.skills.filter { skill in
            if isKnownSkill(skill) { return true }
            rejected.append(RejectedClaim(kind: .skill, value: skill, location: "resume.skills"))
            return false
        }
        cleaned.resume.experiences = drafts.resume.experiences.enumerated().compactMap { index, entry in
            let location = "resume.experiences[\(index)]"
            guard let job = candidate.experiences.first(where: { $0.id == entry.experienceID }) else {
                rejected.append(RejectedClaim(kind: .employer, value: entry.company, location: "\(location).company"))
                return nil
            }
            var kept = entry
            for claim in entryClaims(entry, location: location) where !claim.location.contains(".bullets[") {
                rejected.append(claim)
            }
            kept.company = job.company
            kept.title = job.title
            kept.start = job.start
            kept.end = job.end
            kept.technologies = entry.technologies.filter(isKnownSkill)
            kept.bullets = entry.bullets.enumerated().compactMap { number, bullet in
                let text = prose(bullet, "\(location).bullets[\(number)]") ?? ""
                return text.isEmpty ? nil : text
            }
            return kept
        }
        for (name, keyPath) in [("cover_letter", \DocumentDrafts.coverLetter), ("follow_up", \DocumentDrafts.followUp)]
        {
            let letter = drafts[keyPath: keyPath]
            var checked = letter
            checked.subject = prose(letter.subject, "\(name).subject")
            checked.paragraphs = letter.paragraphs.enumerated().compactMap { index, paragraph in
                let text = prose(paragraph, "\(name).paragraphs[\(index)]") ?? ""
                return text.isEmpty ? nil : text
            }
            cleaned[keyPath: keyPath] = checked
        }
        return (cleaned, rejected)
    }

    /// `text` without the sentences that make an unsupported claim, and those claims.
    package func removingUnsupportedSentences(from text: String, location: String, context: [String])
        -> (text: String, rejected: [RejectedClaim])
    {
        var rejected: [RejectedClaim] = []
        // Employers and the posting's names are not skill claims: "Acme Robotics" names no robotics skill.
        let names = candidate.experiences.map(\.company) + context
        let paragraphs = text.components(separatedBy: "\n").map { paragraph in
            Self.sentences(paragraph).filter { sentence in
                let claims =
                    textClaims(Self.masking(names, in: sentence), location: location)
                    + nameClaims(sentence, location: location, context: context)
                rejected += claims
                return claims.isEmpty
            }.joined(separator: " ")
        }
        // Paragraph breaks stay; a paragraph emptied entirely leaves no blank run behind.
        var kept: [String] = []
        for paragraph in paragraphs where !(paragraph.isEmpty && (kept.last?.isEmpty ?? true)) {
            kept.append(paragraph)
        }
        while kept.last?.isEmpty == true { kept.removeLast() }
        return (kept.joined(separator: "\n"), rejected)
    }

    /// Every unsupported claim `removingUnsupportedClaims` would take out of `drafts`: the
    /// check the LLM generator runs again on its cleaned drafts (and an evaluation can run on any).
    package func unsupportedClaims(in drafts: DocumentDrafts, context: [String]) -> [RejectedClaim] {
        removingUnsupportedClaims(from: drafts, context: context).rejected
    }

    /// `sentence` with each of `names` (case-insensitive) blanked out.
    static func masking(_ names: [String], in sentence: String) -> String {
        var masked = sentence
        for name in names where !name.trimmingCharacters(in: .whitespaces).isEmpty {
            masked = masked.replacingOccurrences(of: name, with: " ", options: .caseInsensitive)
        }
        return masked
    }
}
