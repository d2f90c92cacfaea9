// The variables templates are filled with (docs/apply.md lists them). Every
// document gets the base set; the résumé and the letters add their own.

enum RenderContext {
    /// `name`, `email`, `headline`, `location`, `links`, `contact_line`,
    /// `company`, `role`, `posting_url`, `date`, `send_on`.
    static func base(_ input: GenerationInput) -> [String: TemplateValue] {
        let person = input.candidate
        let contact = ([person.email, person.location ?? ""] + person.links).filter { !$0.isEmpty }
        return [
            "name": .text(person.name), "email": .text(person.email), "headline": .text(person.headline),
            "location": .text(person.location), "links": .texts(person.links),
            "contact_line": .text(contact.joined(separator: " · ")), "company": .text(input.posting.company),
            "role": .text(input.posting.title), "posting_url": .text(input.posting.url),
            "date": .text(LetterDate.long(input.today)), "send_on": .text(LetterDate.long(input.followUpDay)),
        ]
    }

    /// `summary`, `skills`, `skills_line`, `experiences` (each: `title`,
    /// `company`, `start`, `end`, `dates`, `bullets`, `technologies`,
    /// `technologies_line`).
    static func resume(_ draft: ResumeDraft) -> [String: TemplateValue] {
        let entries = draft.experiences.map { entry -> TemplateValue in
            .object([
                "title": .text(entry.title), "company": .text(entry.company), "start": .text(entry.start),
                "end": .text(entry.end ?? "present"),
                "dates": .text("\(LetterDate.short(entry.start)) – \(LetterDate.short(entry.end))"),
                "bullets": .texts(entry.bullets), "technologies": .texts(entry.technologies),
                "technologies_line": .text(entry.technologies.joined(separator: ", ")),
            ])
        }
        return [
            "headline": .text(draft.headline), "summary": .text(draft.summary), "skills": .texts(draft.skills),
            "skills_line": .text(draft.skills.joined(separator: " · ")), "experiences": .list(entries),
        ]
    }

    /// `subject`, `greeting`, `paragraphs`, `closing`.
    static func letter(_ draft: LetterDraft) -> [String: TemplateValue] {
        [
            "subject": .text(draft.subject), "greeting": .text(draft.greeting), "paragraphs": .texts(draft.paragraphs),
            "closing": .text(draft.closing),
        ]
    }
}
