// `jobhunt-bench analytics`: the weekly query on 100,000 applications × 10
// users on a throwaway PostgreSQL database, against the issue's 50 ms target.
import Foundation
import JobHuntCLI
import JobHuntKernel

extension BenchCommands {
    enum Analytics: ArgumentKeys {
        static let postgres: OptionKey<String?> = .value(
            "postgres", .string, valueName: "URL",
            help: "A PostgreSQL server to create a throwaway database on (dropped afterwards)",
            environment: "JOBHUNT_TEST_POSTGRES_URL")
        static let applications: OptionKey<Int?> = .value(
            "applications", .integer(1...10_000_000), valueName: "N", help: "Applications in all",
            defaultValue: "100000")
        static let users: OptionKey<Int?> = .value(
            "users", .integer(1...1000), valueName: "N", help: "Users sharing them", defaultValue: "10")
        static let runs: OptionKey<Int?> = .value(
            "runs", .integer(1...100_000), valueName: "N", help: "Timed queries per figure", defaultValue: "200")
        static let database: OptionKey<String?> = .value(
            "database", .string, valueName: "URL",
            help: "Fill and measure this database instead of a throwaway one (scripts/bench scale)")
        static let options: [any OptionKeyProtocol] = [postgres, applications, users, runs, database]
    }

    static let analyticsSpec = CommandSpec(
        name: "analytics", abstract: "The weekly analytics query on 100k applications × 10 users (PostgreSQL)",
        keys: Analytics.self,
        run: { try analytics($0) })

    package static func analytics(_ context: CommandContext) throws {
        let arguments = context.arguments
        let given = arguments[Analytics.database]
        guard let server = given ?? arguments[Analytics.postgres] else {
            throw CLIError.usage(
                "the analytics benchmark needs PostgreSQL",
                remedy: "give --postgres URL or set JOBHUNT_TEST_POSTGRES_URL")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jobhunt-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try given == nil ? BenchmarkDatabase.postgres(server: server) : nil
        defer { database?.close() }
        let services = Services(
            configuration: Configuration(databaseURL: database?.url ?? server, dataDirectory: folder))
        let applications = arguments[Analytics.applications] ?? 100_000
        let users = arguments[Analytics.users] ?? 10
        let result = try AnalyticsBenchmark(services: services, users: users, applications: applications)
            .run(runs: arguments[Analytics.runs] ?? 200)
        context.output.print(
            String(
                format: "analytics bench: %d applications × %d users on PostgreSQL, filled in %.1f s",
                applications / users * users, users, result.fillSeconds))
        for (label, p50, p95, runs) in result.timings {
            let target = label.hasPrefix("weekly query") ? "; target < 50 ms" : ""
            let figures = String(format: "p50 %7.2f ms  p95 %7.2f ms  (%d runs", p50, p95, runs) + target + ")"
            context.output.print(
                "analytics bench: \(label.padding(toLength: 32, withPad: " ", startingAt: 0)) \(figures)")
        }
        context.output.print("analytics bench: EXPLAIN (ANALYZE, BUFFERS) of the 8-week query for one user:")
        for line in result.plan { context.output.print("    " + line) }
    }
}
