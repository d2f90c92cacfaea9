// Which résumé generator (and template) an application's résumé came from,
// read from `generated_content`: `model_used` says builtin or the LLM's
// model, `generation_metadata.template` the template (docs/analytics.md).
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

extension AnalyticsService {
    /// The group of applications with no generated résumé (the person's own).
    package static let noGenerator = "none (own résumé)"

    /// `builtin` for the built-in templates (`model_used` NULL, empty, or
    /// starting with `builtin`), `llm:<model_used>` otherwise; then
    /// ` / <template>` when `generation_metadata` names one (`template`, or
    /// `template_name`).
    package static func generatorName(modelUsed: String?, metadata: String?) -> String {
        let model = (modelUsed ?? "").trimmingCharacters(in: .whitespaces)
        let base = model.isEmpty || model.lowercased().hasPrefix("builtin") ? "builtin" : "llm:\(model)"
        guard let metadata, let data = metadata.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let template = (object["template"] ?? object["template_name"]) as? String, !template.isEmpty
        else { return base }
        return "\(base) / \(template)"
    }

    /// For each of the user's applications with a generated résumé, the
    /// generator of the latest one.
    func generators(userID: UUID, db: Database) throws -> [UUID: String] {
        var result: [UUID: String] = [:]
        for row in try db.query(
            """
            SELECT g.application_id, g.model_used, g.generation_metadata FROM generated_content g
            JOIN applications a ON a.id = g.application_id
            WHERE a.user_id = \(userID) AND g.content_type = 'resume'
            ORDER BY g.created_at, g.id
            """)
        {
            result[try row.get("application_id")] = Self.generatorName(
                modelUsed: try row.optional("model_used"), metadata: try row.optional("generation_metadata"))
        }
        return result
    }
}
