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

    /// How many sources a discover run fetches at once, and how hard it may press one host.
    static let sourceConcurrencySettings: [Setting] = [
        Setting(
            key: "sources.concurrency", kind: .integer(1...64),
            summary: "Sources a discover run fetches at once (1 fetches them one after another)",
            defaultValue: .text("16"), defaultDescription: "16"),
        Setting(
            key: "sources.per_host", kind: .integer(1...16),
            summary: "Requests in flight to one host at once during a discover run",
            defaultValue: .text("2"), defaultDescription: "2"),
        Setting(
            key: "sources.timeout", kind: .integer(1...3600),
            summary: "Seconds one request to a job source may take, body included (a hanging source is cut off)",
            defaultValue: .text("60"), defaultDescription: "60"),
    ]

    /// `sources.greenhouse_url` for greenhouse.
    static func sourceSettingKey(_ kind: SourceKind) -> String { "sources.\(kind.rawValue)_url" }
}
