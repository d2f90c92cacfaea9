// Fills an application form in a headless Chromium: checks for challenges, plans
// every field, stops for unanswered questions, fills, and (unless dry-running)
// submits and checks again. It never solves or evades a challenge.
import Foundation
import JobHuntIO

#if canImport(Glibc)
    import Glibc
#endif

/// Fills hosted (Greenhouse, Lever) and generic application forms.
///
/// ```swift
/// let browser = try Browser.start(configuration)
/// defer { browser.close() }
/// switch try FormFiller(browser: browser).run(url: posting, applicant: form, dryRun: true) {
/// case .dryRun(let receipt): save(receipt.screenshotPNG)
/// case .needsAnswers(let questions): ask(questions)
/// case .blocked(let kind): tellPersonToFinishByHand(kind)
/// case .submitted: break
/// }
/// ```
public struct FormFiller: Sendable {
    public let browser: Browser

    public init(browser: Browser) { self.browser = browser }

    /// Opens `url` and fills its form for `applicant`. `platform` nil chooses by URL
    /// (``FormPlatform/choose(for:)``). With `dryRun`, stops before submitting.
    /// `cookies` (a platform session kept from an earlier run) are set on the form's
    /// site before the form loads; `browser.session.cookies()` reads them back after.
    public func run(
        url: String, applicant: ApplicantForm, platform: FormPlatform? = nil, dryRun: Bool = false,
        cookies: [WebDriverCookie] = []
    ) throws(BrowserError) -> FormOutcome {
        guard let parsed = URL(string: url), parsed.scheme != nil else {
            throw .formNotFound(detail: "'\(url)' is not a URL")
        }
        let platform = platform ?? FormPlatform.choose(for: parsed)
        let session = browser.session
        let formURL = platform.formURL(for: parsed).absoluteString
        try session.navigate(to: formURL)
        if !cookies.isEmpty {
            // WebDriver sets cookies only for the page's own site: load it, set them, load again.
            for cookie in cookies { try session.addCookie(cookie) }
            try session.navigate(to: formURL)
        }
        if let kind = try blockKind() { return .blocked(kind) }

        let described = try session.executeScript(FormScripts.describeFields, arguments: [selector(platform)])
        guard let list = described.array else { throw .formNotFound(detail: "no form on \(url)") }
        let fields = list.compactMap(FormField.init)
        guard !fields.isEmpty else { throw .formNotFound(detail: "the form on \(url) has no fields") }

        let upload = try CoverLetterUpload(applicant.coverLetter, in: browser.configuration)
        defer { upload?.remove() }
        let plan = FieldPlan(
            fields: fields, applicant: applicant, platform: platform, coverLetterUpload: upload?.path)
        guard plan.unanswered.isEmpty else { return .needsAnswers(plan.unanswered) }

        var filled: [FilledField] = []
        for step in plan.steps { filled.append(try fill(step)) }
        // The browser's own validation catches what the plan could not see (patterns, lengths).
        let invalid = Set(
            (try session.executeScript(FormScripts.invalidRequired, arguments: [selector(platform)])
                .array ?? []).compactMap(\.string))
        let stillOpen = fields.filter { invalid.contains($0.key) }.map(\.question)
        guard stillOpen.isEmpty else { return .needsAnswers(stillOpen) }
        if let kind = try blockKind() { return .blocked(kind) }
        if dryRun { return .dryRun(try receipt(filled, confirmed: false)) }

        let confirmed = try submit(platform)
        // A refusal page always counts; a challenge widget only while the form is still
        // unanswered: a confirmation page may carry a site-wide invisible reCAPTCHA badge.
        if let kind = try blockKind(), !confirmed || kind.isPageLevel { return .blocked(kind) }
        return .submitted(try receipt(filled, confirmed: confirmed))
    }

    private func selector(_ platform: FormPlatform) -> JSONValue {
        platform.formSelector.map(JSONValue.string) ?? .null
    }

    private func blockKind() throws(BrowserError) -> BlockKind? {
        try browser.session.executeScript(FormScripts.detectBlock).string.flatMap(BlockKind.init(rawValue:))
    }

    private func fill(_ step: FieldStep) throws(BrowserError) -> FilledField {
        let session = browser.session
        let element = step.field.element
        let shown: String
        switch step.action {
        case .type(let text):
            try session.clear(element)
            try session.sendKeys(text, to: element)
            shown = text
        case .upload(let path):
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw .file(path: path, reason: "no readable file to upload for '\(step.field.displayLabel)'")
            }
            try session.sendKeys(path, to: element)
            shown = (path as NSString).lastPathComponent
        case .choose(let option):
            guard
                let chosen = try session.executeScript(
                    FormScripts.chooseOption, arguments: [element.json, .string(option)]
                )
                .string
            else {
                throw .formNotFound(detail: "'\(step.field.displayLabel)' has no option '\(option)'")
            }
            shown = chosen
        case .click(let button, let label):
            try session.click(button)
            shown = label
        }
        return FilledField(label: step.field.displayLabel, name: step.field.key, role: step.role, value: shown)
    }

    /// Clicks submit and waits (up to the page-load timeout) for a new page or for the
    /// form to go away; returns whether either happened (false at once when a challenge appears).
    private func submit(_ platform: FormPlatform) throws(BrowserError) -> Bool {
        let session = browser.session
        let found = try session.executeScript(
            FormScripts.findSubmit,
            arguments: [selector(platform), platform.submitSelector.map(JSONValue.string) ?? .null])
        guard let button = WebElement(found) else { throw .formNotFound(detail: "the form has no submit button") }
        try session.executeScript(FormScripts.markDocument)
        try session.click(button)
        let deadline = ContinuousClock.now + browser.configuration.pageLoadTimeout
        while ContinuousClock.now < deadline {
            // While the old page unloads a script may fail; the next poll sees the new one.
            if let state = try? session.executeScript(FormScripts.submitState, arguments: [selector(platform)]),
                state["fresh"]?.bool == true || state["formGone"]?.bool == true
            {
                return true
            }
            // A challenge shown instead of sending: no point waiting for a page that will not come.
            if let kind = try? blockKind(), !kind.isPageLevel { return false }
            usleep(100_000)
        }
        return false
    }

    private func receipt(_ filled: [FilledField], confirmed: Bool) throws(BrowserError) -> FormReceipt {
        let session = browser.session
        return FormReceipt(
            finalURL: try session.currentURL(), title: try session.title(), screenshotPNG: try session.screenshot(),
            fieldsFilled: filled, confirmed: confirmed)
    }
}

/// A text cover letter written to a private file for an upload field, removed after the run.
struct CoverLetterUpload {
    let folder: URL
    var path: String { folder.appendingPathComponent("cover-letter.txt").path }

    init?(_ letter: ApplicantForm.CoverLetter?, in configuration: BrowserConfiguration) throws(BrowserError) {
        guard case .text(let text) = letter else { return nil }
        let base = configuration.temporaryDirectory ?? FileManager.default.temporaryDirectory
        folder = base.appendingPathComponent("jobhunt-upload-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(
                at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .file(path: folder.path, reason: error.localizedDescription)
        }
        try ChromiumPrinter.writePrivate(Data(text.utf8), to: URL(fileURLWithPath: path))
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
