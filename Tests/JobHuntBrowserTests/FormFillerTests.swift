// The fillers against fixture pages shaped like the real hosted forms, in a real
// headless Chromium; the test server records what each form posts.
import Foundation
import JobHuntBrowser
import JobHuntTesting
import Testing

extension BrowserSuites {
    @Suite("Form filler", .enabled(if: BrowserTests.canRun, BrowserTests.skipReason), .serialized)
    final class FormFillerTests {
        let server: FormServer
        let browser: Browser
        let files: TemporaryDirectory
        /// Bytes no text round trip would keep: every byte value, then a PDF-looking header.
        let resumeBytes = Data((0...255).map(UInt8.init) + Array("%PDF-1.7 résumé\r\n\u{0}end".utf8))

        init() throws {
            server = try FormServer()
            browser = try Browser.start(BrowserTests.configuration)
            files = try TemporaryDirectory()
            try resumeBytes.write(to: files.file("ada-resume.pdf"))
        }

        deinit { browser.close() }

        func applicant(answers: [String: String] = [:], coverLetter: ApplicantForm.CoverLetter? = nil)
            -> ApplicantForm
        {
            ApplicantForm(
                firstName: "Ada", lastName: "Lovelace", email: "ada@example.org", phone: "+44 20 7946 0000",
                location: "London, UK", currentCompany: "Analytical Engines Ltd",
                linkedIn: "https://www.linkedin.com/in/ada-lovelace", website: "https://ada.example.org",
                github: "https://github.com/ada", resumePath: files.file("ada-resume.pdf").path,
                coverLetter: coverLetter, answers: answers)
        }

        func filler() -> FormFiller { FormFiller(browser: browser) }

        @Test(
            "Greenhouse: every field, the résumé byte for byte, a text cover letter uploaded as a file")
        func greenhouse() throws {
            let outcome = try filler().run(
                url: server.url("greenhouse.html"),
                applicant: applicant(
                    answers: [
                        "Are you legally authorized to work in the country where this job is located?": "Yes"
                    ], coverLetter: .text("Dear team,\nI would like to apply.")),
                platform: .greenhouse)
            guard case .submitted(let receipt) = outcome else {
                Issue.record("expected a submission, got \(outcome)")
                return
            }
            #expect(receipt.confirmed)
            #expect(receipt.title == "Application received")
            #expect(receipt.finalURL == server.url("submit/greenhouse"))
            #expect(receipt.screenshotPNG.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            let posted = try #require(try server.submissions().last)
            #expect(posted.path == "/submit/greenhouse")
            #expect(posted.fields["first_name"] == ["Ada"])
            #expect(posted.fields["last_name"] == ["Lovelace"])
            #expect(posted.fields["email"] == ["ada@example.org"])
            #expect(posted.fields["phone"] == ["+44 20 7946 0000"])
            #expect(posted.fields["candidate-location"] == ["London, UK"])
            #expect(posted.fields["question_28510150002"] == ["https://www.linkedin.com/in/ada-lovelace"])
            #expect(posted.fields["question_28510151002"] == ["https://ada.example.org"])
            #expect(posted.fields["question_28510152002"] == ["1"])
            #expect(posted.fields["question_28510153002"] == [""])
            #expect(posted.fields["fingerprint"] == ["gh-fixture"])
            #expect(posted.files["resume"]?.first?.filename == "ada-resume.pdf")
            #expect(posted.files["resume"]?.first?.bytes == resumeBytes)
            #expect(posted.files["cover_letter"]?.first?.filename == "cover-letter.txt")
            #expect(
                posted.files["cover_letter"]?.first?.bytes
                    == Data("Dear team,\nI would like to apply.".utf8))
            let roles = Dictionary(
                receipt.fieldsFilled.map { ($0.name, $0.role) }, uniquingKeysWith: { $1 })
            #expect(roles["question_28510150002"] == .linkedIn)
            #expect(roles["resume"] == .resume)
            #expect(receipt.fieldsFilled.first { $0.name == "resume" }?.value == "ada-resume.pdf")
        }

        @Test("Lever: name, contact, org, links, the card question, comments and the résumé")
        func lever() throws {
            let letter = files.file("letter.txt")
            try Data("Hello Lever,\nplease consider me.".utf8).write(to: letter)
            let outcome = try filler().run(
                url: server.url("lever.html"),
                applicant: applicant(
                    answers: ["Which time zone do you work in?": "Europe/London"],
                    coverLetter: .file(path: letter.path)),
                platform: .lever)
            guard case .submitted(let receipt) = outcome else {
                Issue.record("expected a submission, got \(outcome)")
                return
            }
            #expect(receipt.confirmed)
            let posted = try #require(try server.submissions().last)
            #expect(posted.path == "/submit/lever")
            #expect(posted.fields["name"] == ["Ada Lovelace"])
            #expect(posted.fields["email"] == ["ada@example.org"])
            #expect(posted.fields["phone"] == ["+44 20 7946 0000"])
            #expect(posted.fields["location"] == ["London, UK"])
            #expect(posted.fields["org"] == ["Analytical Engines Ltd"])
            #expect(posted.fields["urls[LinkedIn]"] == ["https://www.linkedin.com/in/ada-lovelace"])
            #expect(posted.fields["urls[GitHub]"] == ["https://github.com/ada"])
            #expect(posted.fields["urls[Portfolio]"] == ["https://ada.example.org"])
            #expect(
                posted.fields["cards[5a1c3f2e-0000-4000-8000-00000000c0de][field0]"] == ["Europe/London"])
            #expect(posted.fields["cards[5a1c3f2e-0000-4000-8000-00000000c0de][baseTemplate]"] == ["{}"])
            // A textarea posts CRLF line ends (HTML's form encoding normalises them).
            #expect(posted.fields["comments"] == ["Hello Lever,\r\nplease consider me."])
            #expect(posted.fields["accountId"] == ["0000-fixture"])
            #expect(posted.files["resume"]?.first?.bytes == resumeBytes)
        }

        @Test("generic: labels and autocomplete only; radio answer; the honeypot stays empty")
        func generic() throws {
            let outcome = try filler().run(
                url: server.url("generic.html"),
                applicant: applicant(
                    answers: ["Years of experience with Swift": "7", "Do you need visa sponsorship?": "No"],
                    coverLetter: .text("I build compilers.")))
            guard case .submitted = outcome else {
                Issue.record("expected a submission, got \(outcome)")
                return
            }
            let posted = try #require(try server.submissions().last)
            #expect(posted.path == "/submit/generic")
            #expect(posted.fields["f1"] == ["Ada"])
            #expect(posted.fields["f2"] == ["Lovelace"])
            #expect(posted.fields["f3"] == ["ada@example.org"])
            #expect(posted.fields["f4"] == ["+44 20 7946 0000"])
            #expect(posted.files["f5"]?.first?.bytes == resumeBytes)
            #expect(posted.fields["f6"] == ["https://www.linkedin.com/in/ada-lovelace"])
            #expect(posted.fields["f7"] == ["I build compilers."])
            #expect(posted.fields["f8"] == ["7"])
            #expect(posted.fields["f9"] == ["no"])
            #expect(posted.fields["trap"] == [""])
        }

        @Test("an unanswerable required question is listed, never guessed, and nothing is submitted")
        func needsAnswers() throws {
            let before = try server.submissions().count
            let outcome = try filler().run(url: server.url("generic.html"), applicant: applicant())
            guard case .needsAnswers(let questions) = outcome else {
                Issue.record("expected questions, got \(outcome)")
                return
            }
            #expect(
                questions.map(\.label) == [
                    "Years of experience with Swift", "Do you need visa sponsorship?",
                ])
            #expect(questions.last?.kind == "radio")
            #expect(questions.last?.options == ["Yes", "No"])
            // An answer that is none of the options is no answer either.
            let wrong = try filler().run(
                url: server.url("generic.html"),
                applicant: applicant(answers: [
                    "Years of experience with Swift": "7", "Do you need visa sponsorship?": "Maybe",
                ]))
            #expect(
                wrong
                    == .needsAnswers([
                        FormQuestion(
                            label: "Do you need visa sponsorship?", name: "f9", kind: "radio",
                            options: ["Yes", "No"])
                    ]))
            #expect(try server.submissions().count == before)
        }

        @Test("dry run fills everything, takes a screenshot and does not submit")
        func dryRun() throws {
            let before = try server.submissions().count
            let outcome = try filler().run(
                url: server.url("greenhouse.html"),
                applicant: applicant(answers: [
                    "Are you legally authorized to work in the country where this job is located?": "No"
                ]), platform: .greenhouse, dryRun: true)
            guard case .dryRun(let receipt) = outcome else {
                Issue.record("expected a dry run, got \(outcome)")
                return
            }
            #expect(receipt.finalURL == server.url("greenhouse.html"))
            #expect(receipt.screenshotPNG.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            #expect(
                receipt.fieldsFilled.contains { $0.name == "question_28510152002" && $0.value == "No" })
            let value = try browser.session.property(
                "value", of: browser.session.findElement(css: "#first_name"))
            #expect(value == .string("Ada"))
            #expect(try server.submissions().count == before)
        }

        @Test("kept cookies are set on the form's site before it loads, and read back after")
        func cookies() throws {
            let kept = WebDriverCookie(name: "platform_session", value: "abc123", path: "/")
            let outcome = try filler().run(
                url: server.url("greenhouse.html"),
                applicant: applicant(answers: [
                    "Are you legally authorized to work in the country where this job is located?": "Yes"
                ]), platform: .greenhouse, dryRun: true, cookies: [kept])
            guard case .dryRun = outcome else {
                Issue.record("expected a dry run, got \(outcome)")
                return
            }
            #expect(try browser.session.executeScript("return document.cookie") == "platform_session=abc123")
            let cookie = try #require(try browser.session.cookies().first { $0.name == "platform_session" })
            #expect(cookie.value == "abc123")
            #expect(cookie.domain == "127.0.0.1")
            try browser.session.deleteAllCookies()
            #expect(try browser.session.cookies().isEmpty)
        }

        @Test("CAPTCHA, 403 and 429 pages stop the run as blocked")
        func blocked() throws {
            let before = try server.submissions().count
            #expect(
                try filler().run(url: server.url("captcha.html"), applicant: applicant())
                    == .blocked(.hcaptcha))
            #expect(
                try filler().run(url: server.url("blocked"), applicant: applicant())
                    == .blocked(.accessDenied))
            #expect(try server.submissions().count == before)
            // After submitting: the server answers 429.
            #expect(
                try filler().run(url: server.url("limited.html"), applicant: applicant())
                    == .blocked(.rateLimited))
            #expect(try server.submissions().last?.path == "/submit/limited")
            // A challenge that appears only when submit is pressed.
            let count = try server.submissions().count
            #expect(
                try filler().run(url: server.url("challenge-on-submit.html"), applicant: applicant())
                    == .blocked(.recaptcha))
            #expect(try server.submissions().count == count)
        }
    }

    @Suite("Form platform")
    struct FormPlatformTests {
        @Test("the filler is chosen by host; a Lever posting's form is its /apply page")
        func choice() throws {
            let greenhouse = try #require(
                URL(string: "https://job-boards.greenhouse.io/example/jobs/4012345"))
            #expect(FormPlatform.choose(for: greenhouse) == .greenhouse)
            #expect(
                FormPlatform.choose(for: URL(string: "https://boards.greenhouse.io/example/jobs/1")!)
                    == .greenhouse)
            let lever = try #require(
                URL(string: "https://jobs.lever.co/example/5ac7a6f2-0000-4000-8000-000000000000"))
            #expect(FormPlatform.choose(for: lever) == .lever)
            #expect(
                FormPlatform.lever.formURL(for: lever).absoluteString.hasSuffix("-000000000000/apply"))
            let applying = lever.appendingPathComponent("apply")
            #expect(FormPlatform.lever.formURL(for: applying) == applying)
            #expect(
                FormPlatform.choose(for: URL(string: "https://careers.example.com/apply?job=1")!)
                    == .generic)
            #expect(
                FormPlatform.choose(for: URL(string: "https://greenhouse.io.evil.example/jobs")!)
                    == .generic)
        }
    }
}
