// A saved search whose sources include one that misbehaves over real loopback
// HTTP: it hangs, answers 429 with Retry-After, redirects in a loop, sends
// 50 MB, or sends gzip that inflates to 2 GiB. The run must end in bounded
// time and memory (the child's peak RSS, VmHWM), report that source in
// one line, and store every posting of the well-behaved sources of the search.
import Foundation
import JobHuntTesting
import Testing

@Suite("faults: hostile job sources")
struct HostileSourceTests {
    enum Fault: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case hangs, tooManyRequests, redirectLoop, fiftyMegabytes, gzipBomb
        var testDescription: String { rawValue }
    }

    /// Peak memory allowed: the binary's own ~51 MiB and the 20 MiB body cap
    /// with its decoding (measured 70–71 MiB at the cap); 2 GiB inflated, or
    /// 50 MB held and parsed, go far past it.
    static let peakLimitMiB = 120

    @Test("the run ends in bounded time and memory and stores the other sources", arguments: Fault.allCases)
    func hostileSource(fault: Fault) throws {
        let good = try LoopbackHTTPServer(responses: [.init(status: 200, body: HostileBodies.greenhouseBoard(40))])
        let alsoGood = try LoopbackHTTPServer(responses: [
            .init(status: 200, body: HostileBodies.greenhouseBoard(25, board: "orbital"))
        ])
        let hostile = try Self.server(for: fault)
        defer {
            good.stop()
            alsoGood.stop()
            hostile.stop()
        }
        let home = try FaultHome(.sqlite, settings: ["JOBHUNT_SOURCES_TIMEOUT": "2"])
        let bad = "greenhouse:\(hostile.baseURL.absoluteString)/v1/boards/hostile/jobs"
        let sources = [
            "greenhouse:\(good.baseURL.absoluteString)/v1/boards/tessellate/jobs", bad,
            "greenhouse:\(alsoGood.baseURL.absoluteString)/v1/boards/orbital/jobs",
        ]
        let add = try home.run(["discover", "search", "add", "mixed"] + sources.flatMap { ["--source", $0] })
        #expect(add.status == 0, "\(add.stderr)")

        let child = try home.start(["discover", "--search", "mixed", "--json"])
        let exit = child.wait(timeout: 120)
        #expect(exit.code == 1, "one source failed, so the run fails: \(exit)")
        #expect(exit.seconds < Self.timeLimit(fault), "\(exit)")
        #expect(exit.peakKiB < Self.peakLimitMiB * 1024, "\(exit)")
        let lines = exit.stderr.split(separator: "\n").filter { $0.contains(bad) }
        #expect(lines.count == 1, "one line names the bad source: \(exit.stderr)")
        #expect(lines.first?.contains(Self.expected(fault)) == true, "\(exit.stderr)")
        #expect(try home.count("job_postings") == 65, "both good sources stored: \(exit.stderr)")
        #expect(try home.integrity() == "ok")
        let summaries = try #require(try JSONSerialization.jsonObject(with: Data(exit.stdout.utf8)) as? [[String: Any]])
        #expect(summaries.map { $0["new"] as? Int } == [40, 0, 25], "\(exit.stdout)")
        Self.recordFigure(fault, exit, line: lines.first.map(String.init) ?? "")

        if fault == .tooManyRequests {
            // Retry-After: 3 honoured between tries, and only maxAttempts tries.
            let times = hostile.requests.count
            #expect(times == 4, "four tries, then the error")
        }
        if fault == .redirectLoop { #expect(hostile.requests.count == 6, "the first request and five redirects") }
    }

    @Test("the gzip bomb is a real one: it inflates to exactly what it says")
    func gzipBombIsValid() throws {
        let (small, inflated) = HostileBodies.gzipBomb(periods: 5000)
        let folder = try TemporaryDirectory()
        try small.write(to: folder.file("small.gz"))
        let check = try CommandRunner.runShell(
            "gzip -t \"$F\" && gzip -dc \"$F\" | wc -c", environment: ["F": folder.file("small.gz").path])
        #expect(check.status == 0, "gzip accepts it, CRC and length included: \(check.stderr)")
        #expect(Int(check.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) == inflated)
        let big = HostileBodies.gzipBomb()
        #expect(big.inflatedBytes > 2_000_000_000 && big.body.count < 14_000_000)
    }

    static func server(for fault: Fault) throws -> LoopbackHTTPServer {
        switch fault {
        case .hangs:
            // Answers only after 30 s; the client gives up after sources.timeout (2 s) per try.
            return try LoopbackHTTPServer(responses: [.init(status: 200, body: Data("{}".utf8), delay: .seconds(30))])
        case .tooManyRequests:
            return try LoopbackHTTPServer(responses: [
                .init(status: 429, headers: [("Retry-After", "3")], body: Data("slow down".utf8))
            ])
        case .redirectLoop:
            return try LoopbackHTTPServer(route: { request in
                .init(status: 302, headers: [("Location", request.target)])
            })
        case .fiftyMegabytes:
            let body = Data(repeating: UInt8(ascii: " "), count: 50 * 1024 * 1024)
            return try LoopbackHTTPServer(responses: [.init(status: 200, body: body)])
        case .gzipBomb:
            return try LoopbackHTTPServer(responses: [
                .init(
                    status: 200, headers: [("Content-Encoding", "gzip"), ("Content-Type", "application/json")],
                    body: HostileBodies.gzipBomb().body)
            ])
        }
    }

    /// What the one line about the bad source says.
    static func expected(_ fault: Fault) -> String {
        switch fault {
        case .hangs: "after 4 tries"
        case .tooManyRequests: "answered HTTP 429 (4 tries)"
        case .redirectLoop: "redirected more than 5 times"
        case .fiftyMegabytes, .gzipBomb: "is larger than the"
        }
    }

    /// Seconds the whole run may take: four tries of 2 s and backoff for the
    /// hang (the default timeout would be 60 s a try), three waits of 3 s for
    /// 429, six paced requests for the loop; the bodies end at the 20 MB cap.
    static func timeLimit(_ fault: Fault) -> Double {
        switch fault {
        case .hangs: 40
        case .tooManyRequests: 30
        case .redirectLoop: 30
        case .fiftyMegabytes, .gzipBomb: 20
        }
    }

    /// The figures docs/reliability.md quotes, on stdout of the test run.
    static func recordFigure(_ fault: Fault, _ exit: ChildExit, line: String) {
        print(
            "fault-figure hostile-source \(fault.rawValue): \(String(format: "%.1f", exit.seconds)) s, peak \(exit.peakKiB / 1024) MiB; \(line)"
        )
    }
}
