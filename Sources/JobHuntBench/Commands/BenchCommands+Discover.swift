// `jobhunt-bench discover`: a ~100-posting discover run from a loopback
// source against the embedding of the same texts alone, measured in one process.
import Foundation
import JobHuntCLI
import JobHuntKernel

extension BenchCommands {
    enum Discover: ArgumentKeys {
        static let postings: OptionKey<Int?> = .value(
            "postings", .integer(1...100_000), valueName: "N", help: "Postings on the served board",
            defaultValue: "100")
        static let runs: OptionKey<Int?> = .value(
            "runs", .integer(1...100), valueName: "N", help: "Timed runs of each", defaultValue: "3")
        static let options: [any OptionKeyProtocol] = [postings, runs]
    }

    static let discoverSpec = CommandSpec(
        name: "discover", abstract: "A small discover run from a loopback source against embedding alone",
        discussion: """
            Serves one generated Greenhouse board from `python3 -m http.server` on 127.0.0.1, then alternately \
            embeds the board's texts with the loaded model (batches of 32) and runs discover on it into a fresh \
            SQLite file (fetch, parse, normalise, store, embed, vector file). Prints both medians and their \
            ratio; the target is at most 1.3.
            """,
        keys: Discover.self,
        run: { try discover($0) })

    package static func discover(_ context: CommandContext) throws {
        let arguments = context.arguments
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jobhunt-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let benchmark = try DiscoverBenchmark(modelDirectory: try ModelCommands.modelDirectory(context), folder: folder)
        let result = try benchmark.run(
            postings: arguments[Discover.postings] ?? 100, runs: arguments[Discover.runs] ?? 3)
        let out = context.output
        let seconds = { (runs: [Double]) in runs.map { String(format: "%.3f", $0) }.joined(separator: ", ") }
        out.print(
            "embedding alone: \(result.postings) texts, median \(String(format: "%.3f", result.embedSeconds)) s"
                + " (runs \(seconds(result.embedRuns)))")
        out.print(
            "discover (loopback greenhouse, fresh SQLite): median \(String(format: "%.3f", result.discoverSeconds)) s"
                + " (runs \(seconds(result.discoverRuns)))")
        out.print(
            "ratio: \(String(format: "%.2f", result.ratio))x the embedding alone"
                + " (target <= \(DiscoverBenchmark.target)x: \(result.ratio <= DiscoverBenchmark.target ? "met" : "MISSED"))"
        )
    }
}
