// What to do with each field, decided before anything is typed: a run that would
// need a guess stops with the questions instead of half-filling the form.
import Foundation

/// One step of filling: the field, what it asks for, and the action.
struct FieldStep: Sendable {
    enum Action: Sendable {
        case type(String)
        case upload(path: String)
        case choose(option: String)
        case click(WebElement, label: String)
    }

    var field: FormField
    var role: FieldRole
    var action: Action
}

/// The steps for a form, or the required questions the applicant left unanswered.
struct FieldPlan: Sendable {
    var steps: [FieldStep] = []
    var unanswered: [FormQuestion] = []

    /// `coverLetterUpload` is the file to upload when the cover letter is text.
    init(fields: [FormField], applicant: ApplicantForm, platform: FormPlatform, coverLetterUpload: String?) {
        for field in fields {
            let role = FieldClassifier.role(of: field, names: platform.knownNames)
            // An answer the person wrote for this very question wins over what the role implies.
            let value =
                applicant.answer(label: field.displayLabel, name: field.key)
                ?? Self.value(for: role, applicant, coverLetterUpload: coverLetterUpload)
            guard let value, !value.isEmpty, let action = Self.action(field, value) else {
                if field.required { unanswered.append(field.question) }
                continue
            }
            steps.append(FieldStep(field: field, role: role, action: action))
        }
    }

    static func value(for role: FieldRole, _ applicant: ApplicantForm, coverLetterUpload: String?) -> String? {
        switch role {
        case .firstName: applicant.firstName
        case .lastName: applicant.lastName
        case .fullName: applicant.fullName
        case .email: applicant.email
        case .phone: applicant.phone
        case .location: applicant.location
        case .company: applicant.currentCompany
        case .linkedIn: applicant.linkedIn
        case .website: applicant.website
        case .github: applicant.github
        case .resume: applicant.resumePath
        case .coverLetterFile:
            switch applicant.coverLetter {
            case .file(let path): path
            case .text: coverLetterUpload
            case nil: nil
            }
        case .coverLetterText:
            switch applicant.coverLetter {
            case .text(let text): text
            case .file(let path): readableText(path)
            case nil: nil
            }
        case .question: nil
        }
    }

    /// The action that puts `value` into `field`, or nil when the value fits none of its
    /// choices (an answer that matches no option is treated as no answer: never guessed).
    static func action(_ field: FormField, _ value: String) -> FieldStep.Action? {
        let wanted = FormText.normalized(value)
        switch field.type {
        case "file":
            return .upload(path: value)
        case "select":
            return field.options.contains { FormText.normalized($0) == wanted } ? .choose(option: value) : nil
        case "radio":
            let button = field.buttons.first {
                FormText.normalized($0.label) == wanted || FormText.normalized($0.value) == wanted
            }
            return button.map { .click($0.element, label: $0.label) }
        case "checkbox":
            return ["yes", "true", "1", "on", "checked", "agree", "i agree"].contains(wanted)
                ? .click(field.element, label: field.displayLabel) : nil
        case "textarea":
            return .type(value)
        default:
            // A line break typed into a one-line input is Enter, which submits the form.
            return .type(value.split(whereSeparator: \.isNewline).joined(separator: " "))
        }
    }

    /// A cover letter file's text, when it is plain text (a PDF cannot go into a text box).
    static func readableText(_ path: String) -> String? {
        let kind = (path as NSString).pathExtension.lowercased()
        guard ["txt", "md", "text"].contains(kind) else { return nil }
        return try? String(contentsOfFile: path, encoding: .utf8)
    }
}
