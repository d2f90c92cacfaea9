// Warm `discover match` for `jobhunt-bench match`: MatchService in this process
// (model loaded, vector file built, profile and target vectors stored) over the
// filled 100k-posting SQLite file, with the target vector on (the hybrid as
// shipped) and off (its weight folded into the profile cosine), so the cost of
// the second vector search is measured beside the whole call (issue 19).
import Foundation
import JobHuntCLI
import JobHuntDiscovery
import JobHuntKernel
import JobHuntMatching
import JobHuntProfiles

extension BenchCommands {
    /// The issue's target for a warm `discover match` over 100k postings.
    static let warmTargetSeconds = 0.150

    /// Imports `--resume` as a new user of the filled file, ranks once untimed
    /// (stores both vectors, builds the vector file), then times `cold-runs`
    /// × 2 calls of `discover match --limit 20`'s service, per variant.
    static func warmMatchRuns(_ context: CommandContext, databaseURL: String, folder: URL) throws {
        let runs = 2 * (context.arguments[Match.coldRuns] ?? 10)
        guard runs > 0, let resume = context.arguments[Match.resume] else {
            context.output.print("SQLite warm discover match: skipped (pass --resume FILE)")
            return
        }
        let model = try SentenceEmbedder(modelDirectory: try ModelCommands.modelDirectory(context))
        let embedder = EmbeddingFunction { texts in try model.embed(texts) }
        let services = Services(configuration: Configuration(databaseURL: databaseURL, dataDirectory: folder))
        let account = try AccountService(services: services).createUser(
            email: "warm-\(UUID().uuidString.prefix(8).lowercased())@bench.example.com", password: nil)
        let actor = ActingUser(user: account, sessionID: nil)
        _ = try ProfileTransferService(services: services).importResume(
            try Data(contentsOf: URL(fileURLWithPath: resume)), for: actor, options: ProfileImportOptions(replace: true)
        )
        let service = MatchService.make(services: services, embedder: embedder)
        var withoutTarget = MatchWeights.hybrid
        withoutTarget.semantic += withoutTarget.target
        withoutTarget.target = 0
        // A saved search (remote, senior, a floor) read as a preference: its near misses are a
        // second candidate search (MatchFilters.nearMisses), timed beside the search without them.
        let saved = try MatchFilters.saved(
            SavedSearchChanges(lists: [.workType: ["remote"], .level: ["senior"]], minSalary: 90_000))
        var searchOnly = MatchRequest(filters: saved, limit: 20)
        searchOnly.nearMisses = false
        let variants: [(String, MatchRequest)] = [
            ("target vector on", MatchRequest(limit: 20)),
            ("target vector off", MatchRequest(limit: 20, weights: withoutTarget)),
            ("a saved search, near misses ranked", MatchRequest(filters: saved, limit: 20)),
            ("a saved search, --only-search", searchOnly),
        ]
        for (label, request) in variants {
            _ = try service.match(request, for: actor)
            var times: [Double] = []
            var cpu: [Double] = []
            for _ in 0..<runs {
                let start = ProcessMetrics.now()
                let cpuStart = ProcessMetrics.cpuSeconds()
                _ = try service.match(request, for: actor)
                times.append(ProcessMetrics.now() - start)
                cpu.append(ProcessMetrics.cpuSeconds() - cpuStart)
            }
            let p50 = ProcessMetrics.percentile(times, 0.5)
            context.output.print(
                "SQLite warm `discover match --limit 20` (MatchService in process, \(label)): p50 \(ms(p50)), "
                    + "p95 \(ms(ProcessMetrics.percentile(times, 0.95))) over \(runs) calls "
                    + "(target <= \(ms(warmTargetSeconds)): \(p50 <= warmTargetSeconds ? "met" : "MISSED")); "
                    + "CPU (user + system) p50 \(ms(ProcessMetrics.percentile(cpu, 0.5))), load average \(loadAverage())"
            )
        }
    }
}
