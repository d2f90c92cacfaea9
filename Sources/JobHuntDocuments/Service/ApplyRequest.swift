// What `apply JOB` asks for and what it tells back.
import Foundation
import JobHuntApplications

/// One posting to prepare an application for.
package struct ApplyRequest: Sendable {
    /// Anything `discover show` accepts: id, unique prefix, PLATFORM:EXTERNAL_ID, URL.
    package var job: String
    /// Markdown is always kept (it is what `show` prints and `edit` opens).
    package var formats: Set<DocumentFormat>
    package var dryRun: Bool
    /// When the posting's application already has documents, report them
    /// instead of refusing (scripts that run apply every day).
    package var keepExisting: Bool

    package init(
        job: String, formats: Set<DocumentFormat> = Set(DocumentFormat.allCases), dryRun: Bool = false,
        keepExisting: Bool = false
    ) {
        self.job = job
        self.formats = formats
        self.dryRun = dryRun
        self.keepExisting = keepExisting
    }
}

/// What `apply` did: the application, its stored documents (none on a dry
/// run), the coverage report, the jobs kept and how the drafts were made.
package struct ApplyOutcome: Sendable, Encodable {
    package var application: Application?
    package var documents: [GeneratedDocument]
    /// The Markdown of each document, also on a dry run.
    package var markdown: [DocumentKind: String]
    package var coverage: CoverageReport
    package var kept: [KeptExperience]
    package var generation: GenerationMetadata
    /// True when the posting's application existed (tracked with `status add`) and was reused.
    package var reused: Bool
    /// True when nothing was generated: the documents already there are reported (`keepExisting`).
    package var existing = false
    /// True when PDF was asked for and no printer was available.
    package var pdfSkipped: Bool
    package var dryRun: Bool

    /// The stored documents of `application`, as a rerun with `keepExisting` reports them.
    static func existing(_ application: Application, documents: [GeneratedDocument]) -> ApplyOutcome {
        let metadata = documents.first?.metadata
        return ApplyOutcome(
            application: application, documents: documents,
            markdown: Dictionary(uniqueKeysWithValues: documents.map { ($0.kind, $0.contentText) }),
            coverage: metadata?.coverage ?? CoverageReport(), kept: metadata?.kept ?? [],
            generation: metadata?.generation ?? GenerationMetadata(generator: .builtin), reused: true,
            existing: true, pdfSkipped: false, dryRun: false)
    }

    enum CodingKeys: String, CodingKey {
        case application, documents, coverage, kept, generation, reused, markdown, existing
        case pdfSkipped = "pdf_skipped"
        case dryRun = "dry_run"
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(application, forKey: .application)
        try c.encode(documents, forKey: .documents)
        try c.encode(coverage, forKey: .coverage)
        try c.encode(kept, forKey: .kept)
        try c.encode(generation, forKey: .generation)
        try c.encode(reused, forKey: .reused)
        try c.encode(existing, forKey: .existing)
        try c.encode(pdfSkipped, forKey: .pdfSkipped)
        try c.encode(dryRun, forKey: .dryRun)
        if dryRun {
            try c.encode(
                Dictionary(uniqueKeysWithValues: markdown.map { ($0.key.rawValue, $0.value) }), forKey: .markdown)
        }
    }
}

/// Drafts rendered and not yet stored.
struct BuiltDocuments {
    var input: GenerationInput
    var drafts: DocumentDrafts
    var markdown: [DocumentKind: String] = [:]
    var files: [DocumentKind: [DocumentFormat: [UInt8]]] = [:]
    var pdfSkipped = false

    var kept: [KeptExperience] {
        input.material.kept.map {
            KeptExperience(
                id: $0.experience.id, company: $0.experience.company, title: $0.experience.title, score: $0.score)
        }
    }

    func outcome(application: Application?, documents: [GeneratedDocument], dryRun: Bool) -> ApplyOutcome {
        ApplyOutcome(
            application: application, documents: documents, markdown: markdown,
            coverage: input.material.coverage, kept: kept, generation: drafts.metadata, reused: false,
            pdfSkipped: pdfSkipped, dryRun: dryRun)
    }
}
