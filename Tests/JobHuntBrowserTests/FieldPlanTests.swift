// How fields are understood and planned, without a browser: the decisions that
// make a run stop for answers instead of guessing.
import Foundation
import JobHuntIO
import Testing

@testable import JobHuntBrowser

@Suite("Field plan")
struct FieldPlanTests {
    /// A field as the describe script reports it.
    func field(
        _ name: String, tag: String = "input", type: String = "text", label: String, autocomplete: String = "",
        required: Bool = false, options: [String] = []
    ) -> FormField {
        let json: JSONValue = [
            "element": .object([WebElement.key: .string("e-\(name)")]), "tag": .string(tag), "type": .string(type),
            "name": .string(name), "id": .string(name), "autocomplete": .string(autocomplete), "label": .string(label),
            "required": .bool(required), "options": .array(options.map(JSONValue.string)), "buttons": [],
        ]
        return FormField(json)!
    }

    let applicant = ApplicantForm(
        firstName: "Ada", lastName: "Lovelace", email: "ada@example.org", phone: "+44 1", linkedIn: "https://li/ada",
        resumePath: "/tmp/cv.pdf", answers: ["Preferred pronouns": "she/her", "q_77": "Yes"])

    @Test("names, autocomplete, types and short labels decide the role")
    func roles() {
        func role(_ field: FormField, _ platform: FormPlatform = .generic) -> FieldRole {
            FieldClassifier.role(of: field, names: platform.knownNames)
        }
        #expect(role(field("first_name", label: "Vorname"), .greenhouse) == .firstName)
        #expect(role(field("x1", label: "Whatever", autocomplete: "family-name")) == .lastName)
        #expect(role(field("x2", type: "email", label: "Where we write")) == .email)
        #expect(role(field("x3", label: "Mobile number *")) == .phone)
        #expect(role(field("x4", label: "LinkedIn Profile")) == .linkedIn)
        #expect(role(field("x5", type: "file", label: "Upload your CV")) == .resume)
        #expect(role(field("x6", type: "file", label: "Cover Letter")) == .coverLetterFile)
        #expect(role(field("x7", type: "file", label: "Portfolio sample")) == .question)
        #expect(role(field("x8", tag: "textarea", label: "Cover letter")) == .coverLetterText)
        #expect(role(field("comments", tag: "textarea", label: "Additional information"), .lever) == .coverLetterText)
        #expect(role(field("urls[LinkedIn]", label: "LinkedIn URL"), .lever) == .linkedIn)
        #expect(role(field("name", label: "Full name"), .lever) == .fullName)
        #expect(role(field("x9", label: "Name")) == .fullName)
        // Long labels are questions, whatever words they contain.
        #expect(role(field("x10", label: "Tell us about a time you changed your location for a job")) == .question)
        // "cv" as a whole word only.
        #expect(role(field("x11", type: "file", label: "CVS receipts")) == .question)
    }

    @Test("answers win by label or name; required unanswered fields are listed, optional ones skipped")
    func plan() {
        let fields = [
            field("first_name", label: "First Name*", required: true),
            field("pronouns", label: "Preferred pronouns"),
            field(
                "q_77", tag: "select", type: "select", label: "Authorized to work?", required: true,
                options: ["Yes", "No"]),
            field("q_78", label: "Salary expectation *", required: true),
            field("q_79", label: "Favourite colour"),
            field("resume", type: "file", label: "Resume/CV", required: true),
            field("phone", label: "Phone"),
        ]
        let plan = FieldPlan(fields: fields, applicant: applicant, platform: .greenhouse, coverLetterUpload: nil)
        #expect(plan.unanswered == [FormQuestion(label: "Salary expectation", name: "q_78", kind: "text")])
        let planned = plan.steps.map { "\($0.field.key)=\($0.role.rawValue)" }
        #expect(
            planned == ["first_name=firstName", "pronouns=question", "q_77=question", "resume=resume", "phone=phone"])
    }

    @Test("an answer that is none of the options is no answer")
    func options() {
        let select = field(
            "q", tag: "select", type: "select", label: "Relocate?", required: true, options: ["Yes", "No"])
        #expect(FieldPlan.action(select, "maybe") == nil)
        if case .choose(let option)? = FieldPlan.action(select, "  yes ") {
            #expect(option == "  yes ")
        } else {
            Issue.record("expected a choice")
        }
        let plan = FieldPlan(
            fields: [select],
            applicant: ApplicantForm(firstName: "A", lastName: "B", email: "a@b", answers: ["Relocate": "maybe"]),
            platform: .generic, coverLetterUpload: nil)
        #expect(plan.unanswered.map(\.options) == [["Yes", "No"]])
    }

    @Test("line breaks stay in text boxes and become spaces in one-line inputs")
    func lineBreaks() {
        let box = field("letter", tag: "textarea", type: "textarea", label: "Cover letter")
        let line = field("why", label: "Why us?")
        guard case .type(let kept)? = FieldPlan.action(box, "a\nb"),
            case .type(let joined)? = FieldPlan.action(line, "a\r\nb\nc")
        else {
            Issue.record("expected typing")
            return
        }
        #expect(kept == "a\nb")
        #expect(joined == "a b c")
    }

    @Test("labels compare ignoring case, spacing and required marks")
    func normalising() {
        #expect(FormText.normalized("  Years of  experience\nwith Swift *") == "years of experience with swift")
        #expect(FormText.normalized("Full name✱") == "full name")
        #expect(applicant.answer(label: "PREFERRED PRONOUNS:", name: "p") == "she/her")
        #expect(applicant.answer(label: "Other", name: "q_77") == "Yes")
        #expect(applicant.answer(label: "Other", name: "q_99") == nil)
    }
}
