// `jobhunt apply`: prepares an application for one posting (the application,
// pending, and its résumé, cover letter and follow-up e-mail), and lets the
// person read, edit, approve and remake those documents.
import Foundation
import JobHuntApplications
internal import JobHuntDatabase
import JobHuntKernel

/// The acting user's application documents.
///
/// Its collaborators are handed in: the embedder (nil without a model), the
/// generator (built-in unless the CLI chose another), the templates (the CLI
/// resolves the override directory) and the PDF printer (nil when no browser
/// is installed: PDFs are then skipped and the outcome says so). Files go to
/// the kernel's object store first, then the rows in one transaction, so a
/// failed run leaves nothing a rerun trips over.
package struct DocumentService {
    let services: Services
    let embedder: (any Embedder)?
    let generator: any DocumentGenerator
    let renderer: DocumentRenderer
    let printer: (any PDFPrinter)?

    package init(
        services: Services, embedder: (any Embedder)?, generator: any DocumentGenerator = BuiltinGenerator(),
        templates: TemplateSet = .builtin, printer: (any PDFPrinter)? = nil
    ) {
        self.services = services
        self.embedder = embedder
        self.generator = generator
        self.renderer = DocumentRenderer(templates: templates)
        self.printer = printer
    }

    /// Creates (or reuses) the application for the posting `request.job` names
    /// and stores its documents. An application that already has documents is
    /// refused with a hint to `apply regenerate`; one tracked without documents
    /// (`status add`) is reused. A dry run reads and generates, and writes nothing.
    /// With `keepExisting`, documents already there are reported, not refused.
    package func prepare(_ request: ApplyRequest, for user: ActingUser) throws -> ApplyOutcome {
        let facts = try GenerationFacts.load(request.job, services: services, embedder: embedder, user: user)
        if facts.candidate.experiences.isEmpty && facts.candidate.skills.isEmpty {
            throw JobHuntError.documentsBlankProfile
        }
        let applications = ApplicationService(services: services)
        let existing = try applications.application(forPosting: facts.stored.id, for: user)
        if let existing, case let stored = try documents(of: existing.id, user: user), !stored.isEmpty {
            if request.keepExisting { return ApplyOutcome.existing(existing, documents: stored) }
            throw JobHuntError.documentsExist(
                handle: existing.handle, title: existing.jobTitle, company: existing.companyName)
        }
        let built = try build(facts, formats: request.formats)
        guard !request.dryRun else { return built.outcome(application: existing, documents: [], dryRun: true) }
        let application =
            try existing
            ?? applications.add(NewApplication(source: .posting(facts.stored.id.uuidString)), for: user).application
        let stored = try store(built, application: application, replacing: [], user: user)
        let updated = try applications.application(application.id.uuidString, for: user)
        var outcome = built.outcome(application: updated, documents: stored, dryRun: false)
        outcome.reused = existing != nil
        return outcome
    }

    /// Makes the application's documents again from the current profile and
    /// posting, replacing them; edited ones only with `force`.
    package func regenerate(
        _ reference: String, formats: Set<DocumentFormat>?, force: Bool, for user: ActingUser
    ) throws -> ApplyOutcome {
        let applications = ApplicationService(services: services)
        let application = try applications.application(reference, for: user)
        let old = try documents(of: application.id, user: user)
        let edited = old.filter(\.userEdited).map(\.kind.label)
        if !edited.isEmpty && !force { throw JobHuntError.documentsEdited(handle: application.handle, kinds: edited) }
        guard let posting = application.jobPostingID else {
            throw JobHuntError.documentsNoPosting(handle: application.handle)
        }
        let facts = try GenerationFacts.load(
            posting.uuidString, services: services, embedder: embedder, user: user)
        let chosen = formats ?? old.first.map { Set($0.metadata.formats) } ?? Set(DocumentFormat.allCases)
        let built = try build(facts, formats: chosen)
        let stored = try store(built, application: application, replacing: old, user: user)
        let updated = try applications.application(application.id.uuidString, for: user)
        return built.outcome(application: updated, documents: stored, dryRun: false)
    }

    /// The application's documents, résumé first; an error when it has none.
    package func documents(_ reference: String, for user: ActingUser) throws -> (Application, [GeneratedDocument]) {
        let application = try ApplicationService(services: services).application(reference, for: user)
        let documents = try documents(of: application.id, user: user)
        guard !documents.isEmpty else { throw JobHuntError.documentsMissing(handle: application.handle) }
        return (application, documents)
    }

    func documents(of applicationID: UUID, user: ActingUser) throws -> [GeneratedDocument] {
        try DocumentRows.documents(of: applicationID, userID: user.user.id, db: try services.store.database())
    }

    /// Generates and renders, writing nothing.
    func build(_ facts: GenerationFacts, formats: Set<DocumentFormat>) throws -> BuiltDocuments {
        let today = CalendarDate(utcDayOf: services.now())
        let followUp = CalendarDate(utcDayOf: today.startOfDayUTC.addingTimeInterval(7 * 86_400))
        let material = try RelevanceRanker(embedder: embedder).rank(
            candidate: facts.candidate, posting: facts.posting, coverage: facts.coverage, today: today.description)
        let input = GenerationInput(
            candidate: facts.candidate, posting: facts.posting, material: material, today: today.description,
            followUpDay: followUp.description)
        let drafts = try generator.generate(input)
        var built = BuiltDocuments(input: input, drafts: drafts)
        for (kind, markdown) in renderer.markdown(drafts, input: input) {
            built.markdown[kind] = markdown
            let rendered = try files(markdown, kind: kind, title: title(kind, input: input), formats: formats)
            built.files[kind] = rendered.files
            built.pdfSkipped = built.pdfSkipped || rendered.pdfSkipped
        }
        return built
    }

    /// One document's files in `formats` (Markdown always); PDF skipped without a printer.
    func files(
        _ markdown: String, kind: DocumentKind, title: String, formats: Set<DocumentFormat>
    ) throws -> (files: [DocumentFormat: [UInt8]], pdfSkipped: Bool) {
        var files: [DocumentFormat: [UInt8]] = [.md: Array(markdown.utf8)]
        guard formats.contains(.html) || formats.contains(.pdf) else { return (files, false) }
        let html = renderer.html(markdown, kind: kind, title: title)
        if formats.contains(.html) { files[.html] = Array(html.utf8) }
        guard formats.contains(.pdf) else { return (files, false) }
        guard let printer else { return (files, true) }
        files[.pdf] = try printer.pdf(fromHTML: html)
        return (files, false)
    }

    func title(_ kind: DocumentKind, input: GenerationInput) -> String {
        "\(input.candidate.name) — \(kind.label) — \(input.posting.title) at \(input.posting.company)"
    }
}
