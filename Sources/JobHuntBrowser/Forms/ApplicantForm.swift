// What a person puts into an application form, as plain values: the layer knows
// nothing of jobhunt's profiles; the caller (the submission service) fills this in.
import Foundation

/// The answers a filler may type into an application form. Anything absent is left
/// empty; a required field left empty stops the run as ``FormOutcome/needsAnswers(_:)``.
public struct ApplicantForm: Sendable, Equatable {
    public var firstName: String
    public var lastName: String
    /// The name as one field asks for it; `nil` joins first and last.
    public var preferredFullName: String?
    public var email: String
    public var phone: String?
    /// Where the person lives, as a city field wants it ("Berlin, Germany").
    public var location: String?
    public var currentCompany: String?
    public var linkedIn: String?
    public var website: String?
    public var github: String?
    /// A local file to upload as the résumé (PDF, DOCX…).
    public var resumePath: String?
    public var coverLetter: CoverLetter?
    /// Answers to the form's other questions, keyed by the question's label as shown
    /// ("Years of experience with Swift") or by the field's name; compared ignoring case,
    /// spacing and a trailing `*`. A select or radio answer names the option's text or value.
    public var answers: [String: String]

    public enum CoverLetter: Sendable, Equatable {
        /// A file to upload (or, for a text box, to read when it is plain text).
        case file(path: String)
        /// Text to type (or, for an upload field, to upload as a .txt file).
        case text(String)
    }

    public init(
        firstName: String, lastName: String, preferredFullName: String? = nil, email: String, phone: String? = nil,
        location: String? = nil, currentCompany: String? = nil, linkedIn: String? = nil, website: String? = nil,
        github: String? = nil, resumePath: String? = nil, coverLetter: CoverLetter? = nil,
        answers: [String: String] = [:]
    ) {
        self.firstName = firstName
        self.lastName = lastName
        self.preferredFullName = preferredFullName
        self.email = email
        self.phone = phone
        self.location = location
        self.currentCompany = currentCompany
        self.linkedIn = linkedIn
        self.website = website
        self.github = github
        self.resumePath = resumePath
        self.coverLetter = coverLetter
        self.answers = answers
    }

    public var fullName: String { preferredFullName ?? "\(firstName) \(lastName)" }

    /// The answer to a question with this label or field name, if the person gave one.
    func answer(label: String, name: String) -> String? {
        let wanted = [FormText.normalized(label), FormText.normalized(name)].filter { !$0.isEmpty }
        return answers.first { wanted.contains(FormText.normalized($0.key)) }?.value
    }
}

/// Text comparisons for labels and answers.
enum FormText {
    /// Lower case, single spaces, no trailing required marks or colons.
    static func normalized(_ text: String) -> String {
        var words = text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        while let last = words.last, "*✱:".contains(last) || last.isWhitespace { words.removeLast() }
        return words
    }
}
