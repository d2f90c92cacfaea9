// `jobhunt config show`: every setting, redacted, with its source; a table for
// people or a JSON array for scripts.
import Foundation

extension ConfigCommands {
    /// One row of `config show --json`; `value` is already redacted.
    struct SettingRow: Encodable {
        var key: String
        var value: String?
        var source: String

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(key, forKey: .key)
            try container.encode(value, forKey: .value)  // null, not absent, when unset
            try container.encode(source, forKey: .source)
        }

        enum CodingKeys: String, CodingKey {
            case key
            case value
            case source
        }
    }

    static func showSettings(_ context: CommandContext) throws {
        let settings = try context.configuredSettings()
        let rows = settings.settings.map {
            SettingRow(key: $0.key, value: $0.value == nil ? nil : $0.displayValue, source: $0.source.description)
        }
        if context.globals.json {
            context.output.print(try jsonText(rows))
            return
        }
        let file = settings.paths.configFile.path
        context.output.note("config file: \(file)" + (settings.configFileExists ? "" : " (does not exist)"))
        let table = [["KEY", "VALUE", "SOURCE"]] + rows.map { [$0.key, $0.value ?? "(not set)", $0.source] }
        for line in aligned(table) { context.output.print(line) }
    }

    /// Pretty, key-sorted JSON, the same shape every time.
    static func jsonText(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Left-aligned columns two spaces apart; the last column is not padded.
    static func aligned(_ rows: [[String]]) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
    }
}
