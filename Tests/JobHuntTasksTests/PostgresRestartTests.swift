// Workers outlive a PostgreSQL restart: their statements fail while the
// server is down, they wait with backoff, reconnect, and finish the queue.
import Foundation
import JobHuntBench
import JobHuntDatabase
import JobHuntTesting
import Testing

@Suite("Worker reconnection")
struct PostgresRestartTests {
    @Test("PostgreSQL restarted while 4 workers run: they reconnect with backoff and finish the queue")
    func restart() throws {
        let server = try ThrowawayPostgres()
        let folder = try TemporaryDirectory(prefix: "jobhunt-restart")
        let benchmark = WorkerBenchmark(
            databaseURL: server.url, executable: try WorkerProcesses.bench(), folder: folder.url)
        let result = try benchmark.run(
            tasks: 1500, workers: 4, sleepMilliseconds: 5, environment: WorkerProcesses.environment(home: folder)
        ) {
            Thread.sleep(forTimeInterval: 1)
            try server.stop()
            Thread.sleep(forTimeInterval: 1.5)
            try server.start()
        }
        #expect(result.failedProcesses == 0, "\(result.stderr)")
        #expect(result.distinctTasks == 1500)
        #expect(result.unfinished == 0)
        // A task whose effect committed as the server went down may run again
        // (its handler saw the error); the queue itself never loses or repeats a completion.
        #expect(result.effects >= 1500 && result.effects <= 1504)
        #expect(result.stderr.contains("trying again in"), "the workers never saw the restart")
    }
}
