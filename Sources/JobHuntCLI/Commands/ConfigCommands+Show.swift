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
            context.output.print(try JSONWriter.encode(rows, pretty: context.output.stdoutIsTerminal))
            return
        }
        let file = settings.paths.configFile.path
        context.output.note("config file: \(file)" + (settings.configFileExists ? "" : " (does not exist)"))
        context.printTable(
            TextTable(
                columns: [.init("KEY"), .init("VALUE"), .init("SOURCE")],
                rows: rows.map { [$0.key, $0.value ?? "(not set)", $0.source] }))
    }
}
