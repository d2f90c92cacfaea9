// How a form run ends: submitted, filled without submitting, stopped for answers
// only the person can give, or stopped by a page that guards against automation.
import Foundation

/// The end of one ``FormFiller`` run.
public enum FormOutcome: Sendable, Equatable {
    /// The form was filled and submitted; the receipt shows the page that answered.
    case submitted(FormReceipt)
    /// Dry run: everything was filled, nothing was submitted; the receipt shows the form.
    case dryRun(FormReceipt)
    /// Required questions the applicant gave no answer to. Nothing was submitted and
    /// nothing was guessed: ask the person, add the answers, run again.
    case needsAnswers([FormQuestion])
    /// The page guards against automation (or turned us away). Nothing more was done:
    /// the person finishes by hand in a browser.
    case blocked(BlockKind)
}

/// What a run filled and what the browser showed at the end.
public struct FormReceipt: Sendable, Equatable {
    /// The page's URL at the end (after submitting, the confirmation page's).
    public var finalURL: String
    public var title: String
    /// A PNG screenshot of the viewport at the end.
    public var screenshotPNG: [UInt8]
    public var fieldsFilled: [FilledField]
    /// After a submit: whether the page changed to a new document or the form went away.
    public var confirmed: Bool

    public init(finalURL: String, title: String, screenshotPNG: [UInt8], fieldsFilled: [FilledField], confirmed: Bool) {
        self.finalURL = finalURL
        self.title = title
        self.screenshotPNG = screenshotPNG
        self.fieldsFilled = fieldsFilled
        self.confirmed = confirmed
    }
}

/// One field the filler set.
public struct FilledField: Sendable, Equatable {
    /// The question as the page labels it.
    public var label: String
    /// The field's `name` (or `id` when it has no name).
    public var name: String
    public var role: FieldRole
    /// What was entered; for an upload, the file's name only.
    public var value: String

    public init(label: String, name: String, role: FieldRole, value: String) {
        self.label = label
        self.name = name
        self.role = role
        self.value = value
    }
}

/// A required question the filler could not answer from the ``ApplicantForm``.
public struct FormQuestion: Sendable, Equatable {
    public var label: String
    public var name: String
    /// `text`, `textarea`, `select`, `radio`, `checkbox`, `file`, …
    public var kind: String
    /// The choices of a select or radio group, as shown.
    public var options: [String]

    public init(label: String, name: String, kind: String, options: [String] = []) {
        self.label = label
        self.name = name
        self.kind = kind
        self.options = options
    }
}

/// Why a page stopped the run.
public enum BlockKind: String, Sendable, Equatable {
    case recaptcha, hcaptcha, turnstile
    /// A "verify you are human" or "checking your browser" interstitial.
    case robotCheck = "robot-check"
    /// HTTP 403 or an "Access denied" page.
    case accessDenied = "access-denied"
    /// HTTP 429 or a "Too many requests" page.
    case rateLimited = "rate-limited"

    /// The whole page is a refusal (not a widget inside a page that may still work).
    public var isPageLevel: Bool {
        switch self {
        case .recaptcha, .hcaptcha, .turnstile: false
        case .robotCheck, .accessDenied, .rateLimited: true
        }
    }
}

/// What a field asks for, as the filler understood it.
public enum FieldRole: String, Sendable, Equatable {
    case firstName, lastName, fullName, email, phone, location, company, linkedIn, website, github
    case resume, coverLetterFile, coverLetterText
    /// Any other question, answered from ``ApplicantForm/answers``.
    case question
}
