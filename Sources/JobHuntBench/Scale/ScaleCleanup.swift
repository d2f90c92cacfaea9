// `jobhunt-bench scale-cleanup`: does `jobhunt cleanup` deleting half a
// million expired postings block the people reading? A reader runs the match
// query (`discover match`'s vector search, the plan the policy picks) in a
// loop, first alone, then while a `jobhunt cleanup` process runs.
import Foundation
internal import JobHuntDatabase
internal import JobHuntEmbeddings
import JobHuntKernel
import JobHuntMatching

/// The reader's latency without and during a cleanup, and the cleanup's own figures.
package struct ScaleCleanup {
    package struct Result: Sendable {
        package var alone: MatchBenchmark.Latency
        package var during: MatchBenchmark.Latency
        package var aloneMax: Double
        package var duringMax: Double
        package var cleanupSeconds: Double
        package var deleted: Int
        package var remaining: Int
        package var cleanupStatus: Int32
        package var cleanupOutput: String
        package var loadBefore: String
        package var loadAfter: String
    }

    let databaseURL: String
    let jobhunt: URL
    let folder: URL
    let queries: [[Float]]

    package init(databaseURL: String, jobhunt: URL, folder: URL, queries: [[Float]]) {
        self.databaseURL = databaseURL
        self.jobhunt = jobhunt
        self.folder = folder
        self.queries = queries
    }

    /// Reads for `baselineSeconds` alone, then for as long as `jobhunt cleanup` runs.
    package func run(baselineSeconds: Double, batchSize: Int) throws -> Result {
        let db = try Database(location: DatabaseLocation(databaseURL))
        defer { db.close() }
        let search = PostgresVectorSearch(db: db)
        let scope = MatchBenchmark.scopes[1].scope
        var next = 0
        func read() throws -> Double {
            let start = ProcessMetrics.now()
            _ = try search.nearest(to: queries[next % queries.count], limit: 50, scope: scope)
            next += 1
            return ProcessMetrics.now() - start
        }
        let before = try db.scalar("SELECT count(*) FROM job_postings", as: Int.self) ?? 0
        let loadBefore = BenchCommands.loadAverage()
        var alone: [Double] = []
        let until = ProcessMetrics.now() + baselineSeconds
        while ProcessMetrics.now() < until { alone.append(try read()) }

        let process = Process()
        process.executableURL = jobhunt
        process.arguments = ["cleanup", "--json"]
        process.environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": folder.path, "XDG_DATA_HOME": folder.appendingPathComponent("data").path,
            "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path,
            "XDG_STATE_HOME": folder.appendingPathComponent("state").path,
            "XDG_CACHE_HOME": folder.appendingPathComponent("cache").path,
            "JOBHUNT_DATABASE_URL": databaseURL, "JOBHUNT_CLEANUP_BATCH_SIZE": String(batchSize),
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        let cleanupStart = ProcessMetrics.now()
        try process.run()
        // Drained on another thread so a full pipe never stalls the cleanup.
        let collected = OutputCollector(output.fileHandleForReading)
        var during: [Double] = []
        while process.isRunning { during.append(try read()) }
        process.waitUntilExit()
        let cleanupSeconds = ProcessMetrics.now() - cleanupStart
        let after = try db.scalar("SELECT count(*) FROM job_postings", as: Int.self) ?? 0
        return Result(
            alone: MatchBenchmark.Latency(alone), during: MatchBenchmark.Latency(during), aloneMax: alone.max() ?? 0,
            duringMax: during.max() ?? 0, cleanupSeconds: cleanupSeconds, deleted: before - after, remaining: after,
            cleanupStatus: process.terminationStatus, cleanupOutput: collected.text(),
            loadBefore: loadBefore, loadAfter: BenchCommands.loadAverage())
    }
}

/// Reads a pipe to its end on a background thread.
final class OutputCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func text() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}
