// The guard against invented experience: every skill, employer, title and
// date a draft states must be somewhere in the profile. Generators run it on
// their own drafts; `scripts/eval apply` runs it on every document it makes.
import Foundation
import JobHuntSkills

/// Checks drafts against one person's facts.
///
/// What counts as "in the profile": a skill on the skills list, in a job's
/// technologies, or named in the person's own words (summary, job
/// descriptions, achievements); an employer, title and dates only as the
/// experience with that id has them; a year only if some job starts or ends
/// in it, the person's own words name it, or it is this year (a letter's date).
package struct ClaimChecker: Sendable {
    let candidate: CandidateFacts
    let taxonomy: SkillTaxonomy
    let skillKeys: Set<String>
    let years: Set<String>
    /// Names that are not claims wherever they appear: the posting's company
    /// and title and the person's employers ("Northwind Logistics" names no
    /// skill of the person's).
    let names: [String]

    /// `names` are the posting's company and title, which letters name freely;
    /// the candidate's employers are added here.
    package init(
        candidate: CandidateFacts, today: String, names: [String] = [], taxonomy: SkillTaxonomy = .standard
    ) {
        self.candidate = candidate
        self.taxonomy = taxonomy
        // The person's own employers are facts too: "Acme Robotics" claims no robotics.
        let employers = candidate.experiences.map(\.company)
        self.names = Array(Set(names + employers)).filter { !$0.isEmpty }.sorted { ($0.count, $0) > ($1.count, $1) }
        var keys = Set(candidate.skills.map { taxonomy.key(for: $0.name) })
        var prose = [candidate.summary ?? "", candidate.headline ?? ""]
        var years = Set([String(today.prefix(4))])
        for job in candidate.experiences {
            keys.formUnion(job.technologies.map { taxonomy.key(for: $0) })
            prose += [job.title, job.description ?? ""] + job.achievements
            years.insert(String(job.start.prefix(4)))
            if let end = job.end { years.insert(String(end.prefix(4))) }
        }
        let told = prose.joined(separator: "\n")
        keys.formUnion(taxonomy.skillNames(in: told).map { taxonomy.key(for: $0) })
        years.formUnion(Self.years(in: told))
        keys.remove("")
        self.skillKeys = keys
        self.years = years
    }

    /// Every unsupported claim in `drafts`, in document order.
    package func rejectedClaims(in drafts: DocumentDrafts) -> [RejectedClaim] {
        var rejected = resumeClaims(drafts.resume)
        for (name, letter) in [("cover_letter", drafts.coverLetter), ("follow_up", drafts.followUp)] {
            let texts = [letter.subject ?? ""] + letter.paragraphs
            for (index, text) in texts.enumerated() {
                let place = index == 0 ? "\(name).subject" : "\(name).paragraphs[\(index - 1)]"
                rejected += textClaims(text, location: place)
            }
        }
        return rejected
    }

    /// The résumé's skills, its entries field by field, and its prose.
    func resumeClaims(_ resume: ResumeDraft) -> [RejectedClaim] {
        var rejected: [RejectedClaim] = []
        for skill in resume.skills where !isKnownSkill(skill) {
            rejected.append(RejectedClaim(kind: .skill, value: skill, location: "resume.skills"))
        }
        for text in [resume.headline, resume.summary].compactMap({ $0 }) {
            rejected += textClaims(text, location: "resume.summary")
        }
        for (index, entry) in resume.experiences.enumerated() {
            rejected += entryClaims(entry, location: "resume.experiences[\(index)]")
        }
        return rejected
    }

    func entryClaims(_ entry: ResumeEntry, location: String) -> [RejectedClaim] {
        guard let job = candidate.experiences.first(where: { $0.id == entry.experienceID }) else {
            return [RejectedClaim(kind: .employer, value: entry.company, location: "\(location).company")]
        }
        var rejected: [RejectedClaim] = []
        if !Self.same(entry.company, job.company) {
            rejected.append(RejectedClaim(kind: .employer, value: entry.company, location: "\(location).company"))
        }
        if !Self.same(entry.title, job.title) {
            rejected.append(RejectedClaim(kind: .title, value: entry.title, location: "\(location).title"))
        }
        if entry.start != job.start {
            rejected.append(RejectedClaim(kind: .date, value: entry.start, location: "\(location).start"))
        }
        if entry.end != job.end {
            rejected.append(RejectedClaim(kind: .date, value: entry.end ?? "present", location: "\(location).end"))
        }
        for skill in entry.technologies where !isKnownSkill(skill) {
            rejected.append(RejectedClaim(kind: .skill, value: skill, location: "\(location).technologies"))
        }
        for (number, bullet) in entry.bullets.enumerated() {
            rejected += textClaims(bullet, location: "\(location).bullets[\(number)]")
        }
        return rejected
    }

    /// Skills the text names that the profile does not, and years no job has.
    /// Text in “curly quotes” is the posting's or company's own words, quoted,
    /// not a claim about the person, and is skipped; so are the posting's
    /// company name and title.
    package func textClaims(_ text: String, location: String) -> [RejectedClaim] {
        var text = Self.unquoted(text)
        for name in names { text = text.replacingOccurrences(of: name, with: " ", options: .caseInsensitive) }
        var rejected: [RejectedClaim] = []
        for name in taxonomy.skillNames(in: text) where !isKnownSkill(name) {
            rejected.append(RejectedClaim(kind: .skill, value: name, location: location))
        }
        for year in Self.years(in: text) where !years.contains(year) {
            rejected.append(RejectedClaim(kind: .date, value: year, location: location))
        }
        return rejected
    }

    package func isKnownSkill(_ name: String) -> Bool { skillKeys.contains(taxonomy.key(for: name)) }

    static func same(_ a: String, _ b: String) -> Bool {
        a.trimmingCharacters(in: .whitespaces).caseInsensitiveCompare(b.trimmingCharacters(in: .whitespaces))
            == .orderedSame
    }

    /// The text without its “…” quotations.
    static func unquoted(_ text: String) -> String {
        var out = ""
        var quoted = false
        for character in text {
            if character == "“" {
                quoted = true
            } else if character == "”" {
                quoted = false
            } else if !quoted {
                out.append(character)
            }
        }
        return out
    }

    /// Four-digit years 1950–2099 standing alone as words.
    static func years(in text: String) -> [String] {
        let words = text.split { !$0.isNumber }
        return words.map(String.init).filter { word in
            word.count == 4 && (word.hasPrefix("19") || word.hasPrefix("20")) && (Int(word) ?? 0) >= 1950
        }
    }
}
