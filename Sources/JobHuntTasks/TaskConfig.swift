// What a task is told to do: flat KEY=VALUE settings stored as a JSON object
// in `task_config`, read the same whether they came from `--config k=v` or
// `--config '{"k": "v"}'`.
import Foundation
import JobHuntKernel

/// A task's configuration: string keys to string values.
package struct TaskConfig: Sendable, Equatable, Codable {
    package var values: [String: String]

    package init(_ values: [String: String] = [:]) { self.values = values }

    package subscript(_ key: String) -> String? { values[key] }

    /// Reads `KEY=VALUE` words, or one JSON object (a word starting with `{`),
    /// whose numbers and booleans become their text.
    ///
    /// - Throws: `JobHuntError` `.taskInvalidConfig` for a word that is neither.
    package init(parsing words: [String]) throws {
        var values: [String: String] = [:]
        for word in words {
            let trimmed = word.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("{") {
                guard let object = try? JSONDecoder().decode([String: Scalar].self, from: Data(trimmed.utf8)) else {
                    throw JobHuntError.taskInvalidConfig(
                        "'\(trimmed)' is not a JSON object of text, numbers and booleans")
                }
                for (key, value) in object { values[key] = value.text }
                continue
            }
            guard let equals = trimmed.firstIndex(of: "="), equals != trimmed.startIndex else {
                throw JobHuntError.taskInvalidConfig("'\(trimmed)' is not KEY=VALUE")
            }
            values[String(trimmed[..<equals])] = String(trimmed[trimmed.index(after: equals)...])
        }
        self.values = values
    }

    /// A JSON value a setting may have, kept as its text.
    private enum Scalar: Decodable {
        case value(String)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) {
                self = .value(text)
            } else if let flag = try? container.decode(Bool.self) {
                self = .value(flag ? "true" : "false")
            } else if let whole = try? container.decode(Int.self) {
                self = .value(String(whole))
            } else {
                self = .value(String(try container.decode(Double.self)))
            }
        }

        var text: String {
            switch self {
            case .value(let text): text
            }
        }
    }

    /// The keys a handler does not know, so a typo is refused rather than ignored.
    package func unknownKeys(allowed: Set<String>) -> [String] {
        values.keys.filter { !allowed.contains($0) }.sorted()
    }

    package func encode(to encoder: any Encoder) throws { try values.encode(to: encoder) }
    package init(from decoder: any Decoder) throws { values = try [String: String](from: decoder) }
}
