// `jobhunt-bench normalise` (hidden): the normaliser's CPU per posting on the
// ingest benchmark's board and the eval sets' postings, and a dump of every
// output for checking that a faster build changes nothing.
import Foundation
import JobHuntCLI
import JobHuntKernel

extension BenchCommands {
    /// The options of `jobhunt-bench normalise`.
    enum Normalise: ArgumentKeys {
        static let postings: OptionKey<Int?> = .value(
            "postings", .integer(0...1_000_000), valueName: "N", help: "Generated board postings",
            defaultValue: "10000")
        static let sets: OptionKey<String?> = .value(
            "sets", .path, valueName: "DIR", help: "A folder of labelled sets, e.g. Tests/Eval/discover")
        static let rounds: OptionKey<Int?> = .value(
            "rounds", .integer(1...10_000), valueName: "N", help: "Times each group is normalised",
            defaultValue: "3")
        static let dump: OptionKey<String?> = .value(
            "dump", .path, valueName: "FILE", help: "Write every normalised posting to FILE (for diffing builds)")
        static let options: [any OptionKeyProtocol] = [postings, sets, rounds, dump]
    }

    static let normaliseSpec = CommandSpec(
        name: "normalise", abstract: "CPU per posting of the normaliser alone, on generated and eval postings",
        discussion: """
            Parses the ingest benchmark's generated Greenhouse board and every posting file of the sets under \
            --sets once, then normalises each group --rounds times on one thread and prints CPU microseconds \
            per posting. --dump writes every normalised posting in full, one a line, so the output of two \
            builds can be compared with diff.
            """,
        keys: Normalise.self,
        examples: ["jobhunt-bench normalise --sets Tests/Eval/discover --rounds 5"],
        run: { try normalise($0) })

    package static func normalise(_ context: CommandContext) throws {
        let arguments = context.arguments
        let benchmark = try NormaliseBenchmark(
            boardPostings: arguments[Normalise.postings] ?? 10_000,
            setsFolder: arguments[Normalise.sets].map { URL(fileURLWithPath: $0, isDirectory: true) })
        if let path = arguments[Normalise.dump] {
            try Data(benchmark.dump().utf8).write(to: URL(fileURLWithPath: path))
        }
        for group in benchmark.run(rounds: arguments[Normalise.rounds] ?? 3) {
            let figures = String(
                format: "CPU %.2f s (wall %.2f s), %.1f µs CPU a posting", group.cpuSeconds, group.seconds,
                group.cpuMicrosecondsPerPosting)
            context.output.print("\(group.name): \(group.postings) postings x \(group.rounds) rounds, \(figures)")
        }
    }
}
