// `jobhunt-bench boards`: a saved search of 200 boards on a loopback farm,
// sequential then parallel in the same process (the sequential run is the
// anchor), and the slowest host alone (the bound a parallel run should meet).
import Foundation
import JobHuntCLI
import JobHuntKernel

extension BenchCommands {
    /// The options of `jobhunt-bench boards`.
    enum Boards: ArgumentKeys {
        static let boards: OptionKey<Int?> = .value(
            "boards", .integer(1...10_000), valueName: "N", help: "Boards in the search", defaultValue: "200")
        static let hosts: OptionKey<Int?> = .value(
            "hosts", .integer(1...500), valueName: "N", help: "Loopback hosts (ports) they are spread over",
            defaultValue: "20")
        static let delay: OptionKey<Int?> = .value(
            "delay-ms", .integer(0...10_000), valueName: "MS",
            help: "The slowest host's latency per request (others answer in 2/3 to 1x of it)", defaultValue: "250")
        static let jobs: OptionKey<Int?> = .value(
            "jobs", .integer(1...10_000), valueName: "N", help: "Postings per board", defaultValue: "5")
        static let concurrency: OptionKey<Int?> = .value(
            "concurrency", .integer(1...64), valueName: "N",
            help: "Sources fetched at once (sources.concurrency; 16 is the product's default)", defaultValue: "40")
        static let perHost: OptionKey<Int?> = .value(
            "per-host", .integer(1...16), valueName: "N", help: "Requests in flight per host", defaultValue: "2")
        static let options: [any OptionKeyProtocol] = [boards, hosts, delay, jobs, concurrency, perHost]
    }

    static let boardsSpec = CommandSpec(
        name: "boards", abstract: "A 200-board search on a loopback farm: sequential vs parallel vs the slowest host",
        keys: Boards.self,
        run: { try boards($0) })

    package static func boards(_ context: CommandContext) throws {
        let arguments = context.arguments
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jobhunt-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let slowest = arguments[Boards.delay] ?? 250
        let benchmark = BoardsBenchmark(
            boards: arguments[Boards.boards] ?? 200, hosts: arguments[Boards.hosts] ?? 20,
            delay: .milliseconds(slowest), jobs: arguments[Boards.jobs] ?? 5,
            concurrency: arguments[Boards.concurrency] ?? 40, perHost: arguments[Boards.perHost] ?? 2,
            folder: folder)
        let result = try benchmark.run()
        let out = context.output
        func line(_ name: String, _ run: BoardsBenchmark.Run) -> String {
            "boards: \(name) \(run.sources) boards in \(String(format: "%.2f", run.seconds)) s, "
                + "\(run.postings) postings, \(run.failed) failed; in flight at most \(run.peakPerHost) per host, "
                + "\(run.peakTotal) in all"
        }
        out.print(line("sequential  ", result.sequential))
        out.print(line("parallel    ", result.parallel))
        out.print(line("slowest host", result.slowestHost))
        out.print(
            "boards: parallel is \(String(format: "%.1f", result.sequential.seconds / result.parallel.seconds))x "
                + "the sequential run (the anchor, same process) and "
                + "\(String(format: "%.2f", result.parallel.seconds / result.slowestHost.seconds))x "
                + "the slowest host's own time (\(result.hosts) hosts, slowest answers in \(slowest) ms)")
        if result.parallel.postings != result.sequential.postings || result.parallel.failed != 0 {
            out.print("boards: the parallel run stored a different set of postings than the sequential one")
            context.exitStatus = .failure
        }
    }
}
