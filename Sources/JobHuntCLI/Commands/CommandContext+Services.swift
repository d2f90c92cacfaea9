// The one Services value of this process, built from the resolved
// configuration when a command first needs the database, cache, files or keys.
import Foundation
import JobHuntKernel

extension CommandContext {
    /// This invocation's services; built once, so Redis problems warn once and
    /// every service shares one database connection.
    func services() throws -> Services {
        if let servicesStorage { return servicesStorage }
        let output = self.output
        let services = Services(configuration: try configuration(), now: try clock()) { message in
            output.warn(message)
        }
        servicesStorage = services
        return services
    }

    /// The data store for the configured database URL (`--db`, environment, config file, default).
    func dataStore() throws -> DataStore {
        try services().store
    }

    /// The wall clock, or the fixed instant in `JOBHUNT_NOW` (ISO-8601), so
    /// expiry and retention can be tested and replayed.
    private func clock() throws -> @Sendable () -> Date {
        guard let text = environment["JOBHUNT_NOW"], !text.isEmpty else { return Date.init }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        guard let fixed = formatter.date(from: text) else {
            throw CLIError.usage(
                "JOBHUNT_NOW='\(text)' is not an ISO-8601 time", remedy: "use e.g. JOBHUNT_NOW=2026-03-01T00:00:00Z")
        }
        return { fixed }
    }
}
