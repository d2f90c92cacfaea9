import JobHuntDiscovery
// The settings that move job-board APIs: one base URL per API, so a mirror or
// a test server can stand in for greenhouse, lever, ashby or remoteok.
import JobHuntKernel

extension SettingsTable {
    /// One base URL per job-board API (`sources.greenhouse_url`, …), so a mirror or a
    /// test server can stand in for it; the API's path is appended to it.
    static let sourceSettings: [Setting] = SourceKind.allCases.compactMap { kind in
        guard let base = SourceEndpoints.defaultBaseURLs[kind] else { return nil }
        return Setting(
            key: sourceSettingKey(kind), kind: .url(schemes: ["http", "https"]),
            summary: "The base URL of the \(kind.rawValue) API (\(kind.rawValue):… sources)",
            defaultValue: .text(base), defaultDescription: base)
    }

    /// `sources.greenhouse_url` for greenhouse.
    static func sourceSettingKey(_ kind: SourceKind) -> String { "sources.\(kind.rawValue)_url" }
}
