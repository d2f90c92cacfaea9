// `scripts/bench boards`: one saved search's worth of boards (200 by default)
// on a loopback farm, run one at a time and then in parallel in the same process,
// and the slowest host's boards alone: the parallel run should take about as long
// as the slowest host, not the sum of every host.
import Foundation
import JobHuntDiscovery
import JobHuntKernel

/// Runs `DiscoveryService` over a `BoardFarm`, each run on a fresh SQLite file.
package struct BoardsBenchmark {
    package struct Run {
        package var seconds: Double
        package var sources: Int
        package var postings: Int
        package var failed: Int
        package var peakPerHost: Int
        package var peakTotal: Int
    }

    package struct Result {
        package var sequential: Run
        package var parallel: Run
        package var slowestHost: Run
        package var hosts: Int
        package var slowestDelay: Duration
    }

    let boards: Int
    let hosts: Int
    let delay: Duration
    let jobs: Int
    let concurrency: Int
    let perHost: Int
    let folder: URL

    package init(boards: Int, hosts: Int, delay: Duration, jobs: Int, concurrency: Int, perHost: Int, folder: URL) {
        self.boards = boards
        self.hosts = hosts
        self.delay = delay
        self.jobs = jobs
        self.concurrency = concurrency
        self.perHost = perHost
        self.folder = folder
    }

    /// Host `h` answers after `delay × (2 + h mod 3) / 3`: from two thirds of `delay` to
    /// `delay` and a third, so one host class is clearly the slowest, as on the real web.
    func hostDelay(_ host: Int) -> Duration { delay * (2 + host % 3) / 3 }

    package func run() throws -> Result {
        let slowest = (0..<hosts).max { hostDelay($0) < hostDelay($1) } ?? 0
        let all = (0..<boards).map { ($0, $0 % hosts) }
        let sequential = try measure(all, concurrency: 1, name: "sequential")
        let parallel = try measure(all, concurrency: concurrency, name: "parallel")
        let alone = try measure(all.filter { $0.1 == slowest }, concurrency: concurrency, name: "slowest")
        return Result(
            sequential: sequential, parallel: parallel, slowestHost: alone, hosts: hosts,
            slowestDelay: hostDelay(slowest))
    }

    /// One run of `boards` (board number, host) on a fresh farm and a fresh database.
    private func measure(_ boards: [(Int, Int)], concurrency: Int, name: String) throws -> Run {
        let farm = try BoardFarm(delays: (0..<hosts).map(hostDelay), jobsPerBoard: jobs)
        defer { farm.stop() }
        let database = BenchmarkDatabase.sqlite(in: folder, name: "discover-\(name).sqlite3")
        let services = Services(configuration: Configuration(databaseURL: database.url, dataDirectory: folder))
        let specs = try boards.map { board, host in
            try SourceSpec(parsing: "greenhouse:" + farm.url(board: "board-\(board)", host: host))
        }
        var service = DiscoveryService(services: services, version: "bench", embedder: nil)
        service.fetchPolicy.concurrentSources = concurrency
        service.fetchPolicy.concurrentPerHost = perHost
        // The farm is ours: pacing would measure the pacer (1 request a second per host), not the pool.
        service.fetchPolicy.requestsPerWindow = 1_000_000
        let started = ContinuousClock.now
        let summaries = try service.run(specs)
        let elapsed = ContinuousClock.now - started
        let (seconds, attoseconds) = elapsed.components
        return Run(
            seconds: Double(seconds) + Double(attoseconds) / 1e18, sources: summaries.count,
            postings: summaries.reduce(0) { $0 + $1.counts.new }, failed: summaries.filter { $0.error != nil }.count,
            peakPerHost: farm.peakInFlight.max() ?? 0, peakTotal: farm.peakTotalInFlight)
    }
}
