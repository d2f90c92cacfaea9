// The hosted forms jobhunt knows by shape, chosen by URL, and the generic fallback.
import Foundation

/// Which filler fills a form: the known field names of a hosting platform (checked
/// against its real forms, see Tests/Fixtures/forms/README.md) on top of the generic
/// label, name and autocomplete matching that every filler uses for the rest.
public enum FormPlatform: String, Sendable, CaseIterable {
    /// Greenhouse hosted boards: boards.greenhouse.io and job-boards.greenhouse.io.
    case greenhouse
    /// Lever hosted postings: jobs.lever.co/<company>/<id>/apply.
    case lever
    /// Any other form: labels, names and autocomplete attributes only.
    case generic

    /// The platform hosting `url`, by host name; `.generic` for anything else.
    public static func choose(for url: URL) -> FormPlatform {
        let host = (url.host ?? "").lowercased()
        if host == "boards.greenhouse.io" || host == "job-boards.greenhouse.io"
            || host.hasSuffix(".greenhouse.io") && host.contains("boards")
        {
            return .greenhouse
        }
        if host == "jobs.lever.co" || host == "jobs.eu.lever.co" { return .lever }
        return .generic
    }

    /// The URL of the form itself: a Lever posting's form lives at `<posting>/apply`.
    public func formURL(for url: URL) -> URL {
        guard self == .lever, url.host?.hasSuffix("lever.co") == true, url.lastPathComponent != "apply" else {
            return url
        }
        return url.appendingPathComponent("apply")
    }

    /// The form on the page, as a CSS selector (the describe script falls back to the largest form).
    var formSelector: String? {
        switch self {
        case .greenhouse: "#application-form, #application_form, form#application"
        case .lever: "#application-form, form.application-form"
        case .generic: nil
        }
    }

    /// The submit control, tried before the generic `[type=submit]` search.
    var submitSelector: String? {
        switch self {
        case .greenhouse: "#submit_app, .application--submit button[type=submit]"
        case .lever: "#btn-submit"
        case .generic: nil
        }
    }

    /// Field names (or ids) whose meaning the platform fixes.
    var knownNames: [String: FieldRole] {
        switch self {
        case .greenhouse:
            [
                "first_name": .firstName, "last_name": .lastName, "email": .email, "phone": .phone,
                "resume": .resume, "cover_letter": .coverLetterFile, "cover_letter_text": .coverLetterText,
                "candidate-location": .location,
                // The older boards.greenhouse.io form names every field inside job_application[…].
                "job_application[first_name]": .firstName, "job_application[last_name]": .lastName,
                "job_application[email]": .email, "job_application[phone]": .phone,
                "job_application[location]": .location,
            ]
        case .lever:
            [
                "name": .fullName, "email": .email, "phone": .phone, "org": .company, "location": .location,
                "resume": .resume, "comments": .coverLetterText, "urls[LinkedIn]": .linkedIn,
                "urls[GitHub]": .github, "urls[Portfolio]": .website, "urls[Other]": .website,
            ]
        case .generic:
            [:]
        }
    }
}
