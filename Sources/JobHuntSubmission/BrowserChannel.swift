// Submitting through the employer's own hosted form (Greenhouse, Lever, or a
// generic one) in a headless Chromium: the profile typed in, the résumé
// uploaded, and a stop, never a workaround, at a CAPTCHA or a question only
// the person can answer.
import Foundation
import JobHuntBrowser
import JobHuntIO
import JobHuntKernel

/// Fills and submits the application form at the application's `job_url`.
///
/// Every run starts a fresh Chromium (`Browser.start`) and closes it. The
/// platform's cookies from an earlier run come from `browser_sessions`
/// (encrypted with the key that seals phone numbers) and go back there after
/// it. The receipt keeps the final page's URL and title and a PNG screenshot
/// stored in the object store next to the application's documents.
package struct BrowserChannel: SubmissionChannel {
    let services: Services
    let configuration: BrowserConfiguration

    package init(services: Services, configuration: BrowserConfiguration) {
        self.services = services
        self.configuration = configuration
    }

    package var kind: SubmissionChannelKind { .browser }

    /// The form's URL (`--to`, else `job_url`), the résumé to upload, the platform to pace by.
    package func prepare(_ plan: inout SubmissionPlan, request: SubmissionRequest, sender: UserAccount) throws {
        let handle = plan.application.handle
        guard let text = request.recipient ?? plan.application.jobURL, let url = URL(string: text),
            ["http", "https"].contains(url.scheme?.lowercased() ?? ""), let host = url.host
        else {
            throw JobHuntError.submissionIncomplete(
                "to", "\(handle) has no web address of an application form", remedy: "give the form's URL with --to URL"
            )
        }
        guard plan.document(.resume) != nil else {
            throw JobHuntError.submissionIncomplete(
                "resume", "\(handle) has no résumé to upload",
                remedy: "generate the documents with \(.regenerateDocuments(application: handle))")
        }
        plan.recipient = text
        plan.platform = "browser:" + Self.platformName(url, host: host)
    }

    package func send(_ plan: SubmissionPlan) throws -> SubmissionReceipt {
        try run(plan, dryRun: false)
    }

    /// Fills the form without submitting it: what a send would type and upload.
    package func rehearse(_ plan: SubmissionPlan) throws -> SubmissionReceipt? {
        try run(plan, dryRun: true)
    }

    /// `greenhouse`, `lever`, or the form's host: the `platform_metrics` and `browser_sessions` name.
    static func platformName(_ url: URL, host: String) -> String {
        let platform = FormPlatform.choose(for: url)
        return platform == .generic ? host.lowercased() : platform.rawValue
    }

    private func run(_ plan: SubmissionPlan, dryRun: Bool) throws -> SubmissionReceipt {
        guard let text = plan.recipient, let url = URL(string: text), let host = url.host else {
            preconditionFailure("prepare checked the URL")
        }
        let platform = Self.platformName(url, host: host)
        let files = try TemporaryFiles()
        defer { files.remove() }
        let applicant = try ApplicantProfile(services: services).form(for: plan, files: files)
        let sessions = BrowserSessionStore(services: services)
        let cookies = try sessions.cookies(userID: plan.application.userID, platform: platform, now: plan.now)
        let browser = try Browser.start(configuration)
        defer { browser.close() }
        let outcome = try FormFiller(browser: browser).run(
            url: text, applicant: applicant, dryRun: dryRun, cookies: cookies)
        if !dryRun, let kept = try? browser.session.cookies(), !kept.isEmpty {
            try sessions.keep(kept, userID: plan.application.userID, platform: platform, now: services.now())
        }
        switch outcome {
        case .needsAnswers(let questions):
            throw JobHuntError.submissionNeedsAnswers(
                plan.application,
                questions: questions.map { question in
                    question.options.isEmpty
                        ? question.label : "\(question.label) (\(question.options.joined(separator: " / ")))"
                })
        case .blocked(let kind):
            if !dryRun { try PlatformDetections(services: services).record(platform: platform, at: services.now()) }
            throw JobHuntError.submissionBlocked(plan.application, why: kind.rawValue)
        case .dryRun(let receipt):
            return SubmissionReceipt(
                response: "filled, not submitted (dry run)",
                data: ["final_url": receipt.finalURL, "title": receipt.title],
                lines: Self.lines(receipt))
        case .submitted(let receipt):
            let screenshot = try store(receipt.screenshotPNG, plan: plan)
            let response =
                receipt.confirmed
                ? "submitted: \(receipt.title) (\(receipt.finalURL))"
                : "submitted, but the page did not change: \(receipt.title) (\(receipt.finalURL))"
            return SubmissionReceipt(
                response: response,
                data: [
                    "final_url": receipt.finalURL, "title": receipt.title, "screenshot": screenshot,
                    "confirmed": receipt.confirmed ? "true" : "false", "fields_filled": "\(receipt.fieldsFilled.count)",
                ],
                lines: Self.lines(receipt))
        }
    }

    static func lines(_ receipt: FormReceipt) -> [String] {
        receipt.fieldsFilled.map { "\($0.label.isEmpty ? $0.name : $0.label): \($0.value)" }
    }

    /// The final page's screenshot, beside the application's documents.
    private func store(_ png: [UInt8], plan: SubmissionPlan) throws -> String {
        let store = try services.objectStore()
        let stamp = Int(plan.now.timeIntervalSince1970)
        let key = ObjectKey.user(
            plan.application.userID,
            "applications/\(plan.application.id.uuidString.lowercased())/submission-\(stamp).png")
        _ = try store.put(Data(png), key: key, options: PutOptions(contentType: "image/png"))
        return try store.location(of: key).description
    }
}
