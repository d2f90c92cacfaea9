// What the model is told: the rules and the answer's JSON shape (system), then the person, the
// posting and the material ranked for it as structured JSON (user). Built from plain values, so the
// same input always makes the same prompt, which is stored as `generation_prompt`.
import Foundation
import JobHuntIO

package enum LLMPrompt {
    /// The rules and the shape; docs/llm.md quotes the shape.
    package static let system = """
        You write job-application documents: a résumé tailored to one job posting, a cover letter and a \
        follow-up e-mail for a week later. You are given the candidate and the posting as JSON.

        Rules:
        - State only facts in the candidate JSON. Never add a skill, employer, job title, date, degree or \
        number that is not there. Missing skills stay missing; do not claim them, even to match the posting.
        - Use each experience's experience_id, company, title, start and end exactly as given (dates YYYY-MM-DD, \
        end null for a current job). Draw bullets from that experience's achievements and description, most \
        relevant to the posting first; rephrasing is fine, new facts are not.
        - List the candidate's skills that the posting asks for first (material.skills is that order).
        - The cover letter names the company and the role, connects two or three of the candidate's most \
        relevant achievements to what the posting asks for, and says why this company. No keyword stuffing.
        - Answer with one JSON object and nothing else, in exactly this shape:
        {"resume": {"headline": string, "summary": string, "skills": [string],
                    "experiences": [{"experience_id": string, "company": string, "title": string,
                                     "start": "YYYY-MM-DD", "end": "YYYY-MM-DD" or null, "bullets": [string]}]},
         "cover_letter": {"greeting": string, "paragraphs": [string], "closing": string},
         "follow_up": {"subject": string, "greeting": string, "paragraphs": [string], "closing": string},
         "notes": [string]}
        "notes" says briefly why you chose what you chose (which experiences, which skills first).
        """

    /// What the user message carries: the candidate, the posting, the material ranked for it, the dates.
    struct Payload: Encodable {
        var candidate: CandidateFacts
        var posting: PostingFacts
        var material: Material
        var today: String
        var followUpDay: String

        enum CodingKeys: String, CodingKey {
            case candidate, posting, material, today
            case followUpDay = "follow_up_day"
        }
    }

    /// The ranked material, without scores: which experiences fit the page and in what order.
    struct Material: Encodable {
        struct Kept: Encodable {
            var experienceID: String
            var achievements: [String]

            enum CodingKeys: String, CodingKey {
                case achievements
                case experienceID = "experience_id"
            }
        }

        var experiences: [Kept]
        var skills: [String]
        var missingRequiredSkills: [String]

        enum CodingKeys: String, CodingKey {
            case experiences, skills
            case missingRequiredSkills = "missing_required_skills_do_not_claim"
        }
    }

    /// The conversation for `input`: the system rules, then the input as JSON.
    package static func messages(for input: GenerationInput) -> [ChatMessage] {
        [.system(system), .user(userMessage(input))]
    }

    /// The conversation as one text, stored as `generation_prompt`.
    package static func transcript(_ messages: [ChatMessage]) -> String {
        messages.map { "[\($0.role.rawValue)]\n\($0.content)" }.joined(separator: "\n\n")
    }

    static func userMessage(_ input: GenerationInput) -> String {
        let material = Material(
            experiences: input.material.kept.map { ranked in
                Material.Kept(
                    experienceID: ranked.experience.id,
                    achievements: ranked.achievements.filter(\.kept).map(\.text))
            },
            skills: input.material.skills, missingRequiredSkills: input.material.coverage.requiredMissing)
        let payload = Payload(
            candidate: input.candidate, posting: input.posting, material: material, today: input.today,
            followUpDay: input.followUpDay)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let json = (try? encoder.encode(payload)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return "Write the three documents for this candidate and posting.\n\n" + json
    }

    /// The message that asks again after an unusable answer, quoting the parser.
    static func correction(_ error: LLMAnswerError) -> String {
        "Your answer could not be used: \(error.message). Answer again with only the JSON object, "
            + "in exactly the shape described, and nothing before or after it."
    }
}
