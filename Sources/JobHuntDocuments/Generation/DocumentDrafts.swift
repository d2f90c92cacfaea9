// What a generator returns: structured drafts, not finished files. Templates
// turn them into Markdown (and Markdown into HTML and PDF), so every
// generator's output looks the same and a claim check can read each field.

/// The three documents and how they were made.
package struct DocumentDrafts: Sendable, Equatable, Codable {
    package var resume: ResumeDraft
    package var coverLetter: LetterDraft
    package var followUp: LetterDraft
    package var metadata: GenerationMetadata

    package init(resume: ResumeDraft, coverLetter: LetterDraft, followUp: LetterDraft, metadata: GenerationMetadata) {
        self.resume = resume
        self.coverLetter = coverLetter
        self.followUp = followUp
        self.metadata = metadata
    }

    enum CodingKeys: String, CodingKey {
        case resume, metadata
        case coverLetter = "cover_letter"
        case followUp = "follow_up"
    }
}

/// A résumé's content: who, a summary, skills, and jobs with their bullets.
package struct ResumeDraft: Sendable, Equatable, Codable {
    package var headline: String?
    package var summary: String?
    /// Skills to list, in order; every one must be on the profile.
    package var skills: [String]
    package var experiences: [ResumeEntry]

    package init(headline: String?, summary: String?, skills: [String], experiences: [ResumeEntry]) {
        self.headline = headline
        self.summary = summary
        self.skills = skills
        self.experiences = experiences
    }
}

/// One job on the résumé. Company, title and dates must be the profile's.
package struct ResumeEntry: Sendable, Equatable, Codable {
    /// The profile experience's id, so a check can compare field by field.
    package var experienceID: String
    package var company: String
    package var title: String
    /// `YYYY-MM-DD`.
    package var start: String
    /// `YYYY-MM-DD`, nil for a current job.
    package var end: String?
    package var bullets: [String]
    package var technologies: [String]

    package init(
        experienceID: String, company: String, title: String, start: String, end: String?, bullets: [String],
        technologies: [String]
    ) {
        self.experienceID = experienceID
        self.company = company
        self.title = title
        self.start = start
        self.end = end
        self.bullets = bullets
        self.technologies = technologies
    }

    enum CodingKeys: String, CodingKey {
        case company, title, start, end, bullets, technologies
        case experienceID = "experience_id"
    }
}

/// A letter or e-mail: subject (e-mail only), greeting, paragraphs, sign-off.
package struct LetterDraft: Sendable, Equatable, Codable {
    package var subject: String?
    package var greeting: String
    package var paragraphs: [String]
    package var closing: String

    package init(subject: String? = nil, greeting: String, paragraphs: [String], closing: String) {
        self.subject = subject
        self.greeting = greeting
        self.paragraphs = paragraphs
        self.closing = closing
    }
}
