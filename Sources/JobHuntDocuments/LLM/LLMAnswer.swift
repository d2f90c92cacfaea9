// The JSON document the model must answer with (docs/llm.md), read with errors precise enough to
// send back to the model when it got the shape wrong: "resume.skills[2] is a number, expected a string".
import Foundation

/// Why an answer is not usable; `message` goes back to the model on the one retry.
package struct LLMAnswerError: Error, Equatable, Sendable {
    package var message: String

    package init(message: String) { self.message = message }
}

/// The model's drafts before the claim check. Mirrors `DocumentDrafts`, with `experience_id`
/// tying each résumé entry to the profile experience it rewrites:
///
/// ```json
/// {"resume": {"headline": "…", "summary": "…", "skills": ["Swift", "PostgreSQL"],
///             "experiences": [{"experience_id": "…", "company": "…", "title": "…",
///                              "start": "2019-03-01", "end": null, "bullets": ["…"]}]},
///  "cover_letter": {"greeting": "Dear …,", "paragraphs": ["…", "…"], "closing": "Kind regards,"},
///  "follow_up": {"subject": "…", "greeting": "…", "paragraphs": ["…"], "closing": "…"},
///  "notes": ["why a choice was made"]}
/// ```
package struct LLMAnswer: Sendable, Equatable {
    package var resume: ResumeDraft
    package var coverLetter: LetterDraft
    package var followUp: LetterDraft
    /// The model's reasons for its choices, kept in the metadata's checks; never stated as facts.
    package var notes: [String]

    /// The answer in `content`. Tolerates what models wrap JSON in (a ```json fence, a
    /// sentence before the object); anything else wrong is an `LLMAnswerError`.
    package static func parse(_ content: String) throws(LLMAnswerError) -> LLMAnswer {
        let json = extractObject(content)
        guard !json.isEmpty, let data = json.data(using: .utf8) else {
            throw LLMAnswerError(message: "the answer holds no JSON object; answer with one JSON object only")
        }
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data)
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "unreadable"
            throw LLMAnswerError(message: "the answer is not valid JSON (\(detail))")
        }
        guard let object = root as? [String: Any] else {
            throw LLMAnswerError(message: "the answer must be a JSON object, not \(LLMAnswerReader.kind(of: root))")
        }
        var reader = LLMAnswerReader()
        let answer = reader.answer(object)
        if let problem = reader.problems.first {
            let more = reader.problems.count > 1 ? " (and \(reader.problems.count - 1) more problems)" : ""
            throw LLMAnswerError(message: problem + more)
        }
        return answer
    }

    /// From the first `{` to the last `}`: drops fences and chatter around the object.
    static func extractObject(_ content: String) -> String {
        guard let first = content.firstIndex(of: "{"), let last = content.lastIndex(of: "}"), first < last else {
            return ""
        }
        return String(content[first...last])
    }
}

/// Walks the parsed JSON, collecting every problem with its path.
struct LLMAnswerReader {
    var problems: [String] = []

    mutating func answer(_ root: [String: Any]) -> LLMAnswer {
        let resume = object(root, "resume", at: "")
        let experiences = array(resume, "experiences", at: "resume").enumerated().map { index, value in
            let path = "resume.experiences[\(index)]"
            let entry = asObject(value, at: path)
            return ResumeEntry(
                experienceID: optionalString(entry, "experience_id", at: path) ?? "",
                company: string(entry, "company", at: path), title: string(entry, "title", at: path),
                start: string(entry, "start", at: path), end: optionalString(entry, "end", at: path),
                bullets: strings(entry, "bullets", at: path), technologies: [])
        }
        let draft = ResumeDraft(
            headline: optionalString(resume, "headline", at: "resume"),
            summary: optionalString(resume, "summary", at: "resume"), skills: strings(resume, "skills", at: "resume"),
            experiences: experiences)
        let coverLetter = letter(root, "cover_letter", subject: false)
        let followUp = letter(root, "follow_up", subject: true)
        return LLMAnswer(
            resume: draft, coverLetter: coverLetter, followUp: followUp,
            notes: strings(root, "notes", at: "", optional: true))
    }

    mutating func letter(_ root: [String: Any], _ key: String, subject: Bool) -> LetterDraft {
        let letter = object(root, key, at: "")
        let paragraphs = strings(letter, "paragraphs", at: key)
        if paragraphs.isEmpty, letter?["paragraphs"] is [Any] {
            problems.append("\(key).paragraphs is empty; write at least one paragraph")
        }
        return LetterDraft(
            subject: subject ? string(letter, "subject", at: key) : nil,
            greeting: optionalString(letter, "greeting", at: key) ?? "",
            paragraphs: paragraphs, closing: optionalString(letter, "closing", at: key) ?? "")
    }

    static func kind(of value: Any?) -> String {
        switch value {
        case nil, is NSNull: return "null"
        case is String: return "a string"
        case is NSNumber: return "a number"
        case is [Any]: return "an array"
        case is [String: Any]: return "an object"
        default: return "something else"
        }
    }

    func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// Nil when missing or not an object (reported once); the readers below skip a nil parent.
    mutating func object(_ parent: [String: Any]?, _ key: String, at path: String) -> [String: Any]? {
        guard let parent else { return nil }
        guard let value = parent[key] else {
            problems.append("\(join(path, key)) is missing")
            return nil
        }
        return asObject(value, at: join(path, key))
    }

    mutating func asObject(_ value: Any, at path: String) -> [String: Any]? {
        guard let object = value as? [String: Any] else {
            problems.append("\(path) is \(Self.kind(of: value)), expected an object")
            return nil
        }
        return object
    }

    mutating func array(_ parent: [String: Any]?, _ key: String, at path: String, optional: Bool = false) -> [Any] {
        guard let parent else { return [] }
        guard let value = parent[key], !(value is NSNull) else {
            if !optional { problems.append("\(join(path, key)) is missing") }
            return []
        }
        guard let array = value as? [Any] else {
            problems.append("\(join(path, key)) is \(Self.kind(of: value)), expected an array")
            return []
        }
        return array
    }

    mutating func strings(_ parent: [String: Any]?, _ key: String, at path: String, optional: Bool = false)
        -> [String]
    {
        array(parent, key, at: path, optional: optional).enumerated().compactMap { index, value in
            guard let text = value as? String else {
                problems.append("\(join(path, key))[\(index)] is \(Self.kind(of: value)), expected a string")
                return nil
            }
            return text
        }
    }

    mutating func string(_ parent: [String: Any]?, _ key: String, at path: String) -> String {
        guard let parent else { return "" }
        guard let value = parent[key] else {
            problems.append("\(join(path, key)) is missing")
            return ""
        }
        guard let text = value as? String else {
            problems.append("\(join(path, key)) is \(Self.kind(of: value)), expected a string")
            return ""
        }
        return text
    }

    mutating func optionalString(_ parent: [String: Any]?, _ key: String, at path: String) -> String? {
        guard let value = parent?[key], !(value is NSNull) else { return nil }
        guard let text = value as? String else {
            problems.append("\(join(path, key)) is \(Self.kind(of: value)), expected a string")
            return nil
        }
        return text
    }
}
