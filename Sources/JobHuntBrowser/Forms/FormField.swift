// A field of the page as the describe script reports it, and what it asks for.
import Foundation
import JobHuntIO

/// One input, textarea, select or radio group of the form.
struct FormField: Sendable {
    var element: WebElement
    var tag: String
    /// `text`, `email`, `tel`, `file`, `checkbox`, `radio`, `textarea`, `select`, …
    var type: String
    var name: String
    var id: String
    var autocomplete: String
    var label: String
    var required: Bool
    var options: [String]
    /// A radio group's buttons: element, label and value each.
    var buttons: [(element: WebElement, label: String, value: String)]

    init?(_ json: JSONValue) {
        guard let element = json["element"].flatMap(WebElement.init) else { return nil }
        self.element = element
        tag = json["tag"]?.string ?? ""
        type = json["type"]?.string ?? "text"
        name = json["name"]?.string ?? ""
        id = json["id"]?.string ?? ""
        autocomplete = json["autocomplete"]?.string ?? ""
        label = json["label"]?.string ?? ""
        required = json["required"]?.bool ?? false
        options = (json["options"]?.array ?? []).compactMap(\.string)
        buttons = (json["buttons"]?.array ?? []).compactMap { button in
            guard let element = button["element"].flatMap(WebElement.init) else { return nil }
            return (element, button["label"]?.string ?? "", button["value"]?.string ?? "")
        }
    }

    /// The name a receipt or question shows: `name`, else `id`.
    var key: String { name.isEmpty ? id : name }

    /// The label without its trailing required mark.
    var displayLabel: String {
        var text = label.trimmingCharacters(in: .whitespaces)
        while let last = text.last, "*✱".contains(last) || last.isWhitespace { text.removeLast() }
        return text.isEmpty ? key : text
    }

    var question: FormQuestion { FormQuestion(label: displayLabel, name: key, kind: type, options: options) }
}

/// Decides what a field asks for from its name, id, `autocomplete`, type and label,
/// in that order of trust: names and autocomplete tokens are written for machines,
/// labels for people.
enum FieldClassifier {
    static func role(of field: FormField, names: [String: FieldRole]) -> FieldRole {
        if let role = names[field.name] ?? names[field.id] { return role }
        if let role = byAutocomplete[field.autocomplete] { return role }
        let label = FormText.normalized(field.label)
        let words = [FormText.normalized(field.name), FormText.normalized(field.id), label].joined(separator: " ")
        if field.type == "file" {
            if words.contains("cover") { return .coverLetterFile }
            if matches(words, ["resume", "résumé", "cv", "curriculum"]) { return .resume }
            return .question
        }
        if field.tag == "select" || field.type == "radio" || field.type == "checkbox" { return .question }
        if field.tag == "textarea" { return words.contains("cover letter") ? .coverLetterText : .question }
        if field.type == "email" { return .email }
        if field.type == "tel" { return .phone }
        // Labels: short ones only, so "Why do you want to work here, given your location?" stays a question.
        guard label.count <= 40 else { return .question }
        for (role, phrases) in labelPhrases where matches(words, phrases) { return role }
        if label == "name" || field.name == "name" { return .fullName }
        return .question
    }

    static let byAutocomplete: [String: FieldRole] = [
        "given-name": .firstName, "family-name": .lastName, "name": .fullName, "email": .email, "tel": .phone,
        "tel-national": .phone, "organization": .company, "address-level2": .location, "url": .website,
    ]

    /// Phrases in the order they are tried: specific before general ("first name" before "name").
    static let labelPhrases: [(FieldRole, [String])] = [
        (.linkedIn, ["linkedin"]),
        (.github, ["github"]),
        (.firstName, ["first name", "first_name", "firstname", "given name", "forename"]),
        (.lastName, ["last name", "last_name", "lastname", "family name", "surname"]),
        (.fullName, ["full name", "your name"]),
        (.email, ["e-mail", "email"]),
        (.phone, ["phone", "mobile", "telephone"]),
        (.website, ["website", "portfolio", "personal site", "homepage"]),
        (.company, ["current company", "current employer", "organisation", "organization"]),
        (.location, ["location", "city", "where do you live"]),
    ]

    static func matches(_ words: String, _ phrases: [String]) -> Bool {
        phrases.contains { phrase in
            // Whole words for short tokens ("cv" must not match "cvs-pharmacy"…).
            phrase.count <= 3
                ? words.split(whereSeparator: { !$0.isLetter }).contains { $0 == phrase }
                : words.contains(phrase)
        }
    }
}
