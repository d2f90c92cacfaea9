// Cold processes for `jobhunt-bench match`: the vector search alone
// (`jobhunt-bench match-query`) and the real `discover match` with a saved search's
// filters, each spawned afresh and timed from spawn to exit.
import Foundation
import JobHuntCLI
import JobHuntKernel

extension BenchCommands {
    /// The issue's target for a cold `discover match` process over 100k SQLite postings.
    static let coldTargetSeconds = 0.060

    /// Spawns `jobhunt-bench match-query` against the filled SQLite file, once
    /// untimed (page cache), then `cold-runs` times, and prints wall-time percentiles.
    static func coldQueryRuns(_ context: CommandContext, databaseURL: String, corpus: MatchBenchmarkCorpus, folder: URL)
        throws
    {
        let runs = context.arguments[Match.coldRuns] ?? 10
        guard runs > 0 else { return }
        var commands: [[String]] = []
        for run in 0...runs {
            let queryFile = folder.appendingPathComponent("query-\(run).f32")
            try corpus.queries[run % corpus.queries.count].withUnsafeBytes { Data($0) }.write(to: queryFile)
            commands.append(["match-query", "--database", databaseURL, "--query", queryFile.path])
        }
        let times = try spawnTimed(commands, environment: context.environment, executable: benchExecutable)
        report(
            context,
            "cold process, vector search only (bench match-query: open, schema check, saved-search scope, top 50 rows read)",
            times)
    }

    /// Imports `--resume` into a fresh home, runs `discover match` once to
    /// store the profile vector, then times `cold-runs` fresh processes with
    /// and without a saved search's filters.
    static func coldMatchRuns(_ context: CommandContext, databaseURL: String, folder: URL) throws {
        let runs = context.arguments[Match.coldRuns] ?? 10
        guard runs > 0 else { return }
        guard let resume = context.arguments[Match.resume] else {
            context.output.print("SQLite cold discover match: skipped (pass --resume FILE)")
            return
        }
        var environment = context.environment
        let home = folder.appendingPathComponent("home")
        try FileManager.default.createDirectory(
            at: home, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        environment["HOME"] = home.path
        for key in ["XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "JOBHUNT_DATABASE_URL", "JOBHUNT_REDIS_URL"] {
            environment[key] = nil
        }
        _ = try spawnTimed(
            [["--db", databaseURL, "profile", "import", resume]], environment: environment, warmUp: false)
        let plain = ["--db", databaseURL, "discover", "match", "--limit", "20"]
        let filtered = plain + ["--work-type", "remote", "--salary-min", "90000"]
        for (label, command) in [("no filters", plain), ("--work-type remote --salary-min 90000", filtered)] {
            let times = try spawnTimed(Array(repeating: command, count: runs + 1), environment: environment)
            report(context, "cold `discover match --limit 20` (\(label))", times)
        }
    }

    /// This executable, `jobhunt-bench`.
    static var benchExecutable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// The product binary the cold runs time: `jobhunt`, built beside `jobhunt-bench`.
    static var productExecutable: String {
        URL(fileURLWithPath: benchExecutable).deletingLastPathComponent().appendingPathComponent("jobhunt").path
    }

    /// Runs each command as a new process of `executable` (`jobhunt` unless
    /// given); the first only warms caches unless `warmUp` is false.
    static func spawnTimed(
        _ commands: [[String]], environment: [String: String], warmUp: Bool = true,
        executable: String = productExecutable
    ) throws -> (wall: [Double], cpu: [Double]) {
        var times: [Double] = []
        var cpu: [Double] = []
        for (index, arguments) in commands.enumerated() {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            let start = ProcessMetrics.now()
            let cpuStart = ProcessMetrics.childrenCPUSeconds()
            let waitForExit = try process.launchAwaitingExit()
            waitForExit()
            let elapsed = ProcessMetrics.now() - start
            let cpuUsed = ProcessMetrics.childrenCPUSeconds() - cpuStart
            guard process.terminationStatus == 0 else {
                throw CLIError.failure(
                    "`jobhunt \(arguments.joined(separator: " "))` exited with \(process.terminationStatus)")
            }
            if index > 0 || !warmUp {
                times.append(elapsed)
                cpu.append(cpuUsed)
            }
        }
        return (times, cpu)
    }

    /// The 1-minute load average, so a reader can tell a busy machine's wall times.
    static func loadAverage() -> String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first.map(String.init)
            ?? "unknown"
    }

    static func report(_ context: CommandContext, _ label: String, _ measured: (wall: [Double], cpu: [Double])) {
        let times = measured.wall
        let p50 = ProcessMetrics.percentile(times, 0.5)
        context.output.print(
            "SQLite \(label): p50 \(ms(p50)), p95 \(ms(ProcessMetrics.percentile(times, 0.95))), max \(ms(times.max() ?? 0))"
                + " over \(times.count) runs (target <= \(ms(coldTargetSeconds)): \(p50 <= coldTargetSeconds ? "met" : "MISSED"));"
                + " CPU (user + system) p50 \(ms(ProcessMetrics.percentile(measured.cpu, 0.5))), load average \(loadAverage())"
        )
    }
}
