// docs/configuration.md and the settings table must not drift apart: every
// key and every environment variable in the table is documented.
import Foundation
import JobHuntCLI
import Testing

@Suite("Configuration reference")
struct ConfigurationDocumentationTests {
    @Test func everySettingAndVariableIsDocumented() throws {
        let docs = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/configuration.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        for setting in SettingsTable.all {
            #expect(text.contains("| `\(setting.key)` |"), "\(setting.key) missing from the table")
            for name in setting.environment {
                #expect(text.contains("`\(name)`"), "\(name) missing")
            }
            let row = try #require(text.split(separator: "\n").first { $0.hasPrefix("| `\(setting.key)` |") })
            #expect(row.hasSuffix("| yes |") == setting.isSecret, "\(setting.key)'s secret column")
        }
    }
}
