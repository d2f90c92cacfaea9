// A loopback farm of Greenhouse-shaped boards on many hosts (one listening port
// each), every answer held back by the host's delay as a network would: what
// `scripts/bench boards` and the parallel-discovery tests run against.
import Foundation
import JobHuntIO

#if canImport(Glibc)
    import Glibc
#endif

/// Serves `GET /v1/boards/{token}/jobs` on `hosts` loopback ports, each connection on a
/// thread of its own (so overlapping requests really overlap), and counts the requests
/// in flight per host: the figure a per-host limit is checked against, seen by the server.
///
/// A token starting with `missing` answers 404, as Greenhouse does for an unknown board.
package final class BoardFarm: @unchecked Sendable {
    /// One port per host: the fetcher's unit of politeness is `host:port`.
    package let ports: [UInt16]
    private let delays: [Duration]
    private let jobsPerBoard: Int
    private let listeners: [Int32]
    private let lock = NSLock()
    private var inFlight: [Int]
    private var peaks: [Int]
    private var served: [Int]
    private var total = 0
    private var totalPeak = 0
    private var stopped = false

    /// - Parameter delays: how long each host holds every answer; its count is the number of hosts.
    package init(delays: [Duration], jobsPerBoard: Int = 5) throws {
        self.delays = delays
        self.jobsPerBoard = jobsPerBoard
        inFlight = Array(repeating: 0, count: delays.count)
        peaks = inFlight
        served = inFlight
        var listeners: [Int32] = []
        var ports: [UInt16] = []
        for _ in delays {
            let (listener, port) = try Self.listen()
            listeners.append(listener)
            ports.append(port)
        }
        self.listeners = listeners
        self.ports = ports
        for (host, listener) in listeners.enumerated() {
            Thread.detachNewThread { [weak self] in
                while true {
                    let connection = accept(listener, nil, nil)
                    guard connection >= 0 else {
                        close(listener)
                        return
                    }
                    guard let self else {
                        close(connection)
                        return
                    }
                    Thread.detachNewThread { [self] in
                        self.handle(connection, host: host)
                        close(connection)
                    }
                }
            }
        }
    }

    deinit { stop() }

    /// The board's URL on `host` (0-based), as a `greenhouse:` source argument.
    package func url(board: String, host: Int) -> String {
        "http://127.0.0.1:\(ports[host])/v1/boards/\(board)/jobs?content=true"
    }

    /// The most requests each host had in flight at once.
    package var peakInFlight: [Int] { lock.withLock { peaks } }
    /// The most requests the whole farm had in flight at once.
    package var peakTotalInFlight: Int { lock.withLock { totalPeak } }
    /// Requests answered per host.
    package var requests: [Int] { lock.withLock { served } }

    /// Stops accepting; safe to call twice.
    package func stop() {
        let wasOpen = lock.withLock {
            defer { stopped = true }
            return !stopped
        }
        guard wasOpen else { return }
        for listener in listeners { shutdown(listener, Int32(SHUT_RDWR)) }
    }

    private func handle(_ connection: Int32, host: Int) {
        var buffer = Data()
        var chunk = [UInt8](repeating: 0, count: 16_384)
        while buffer.range(of: Data("\r\n\r\n".utf8)) == nil {
            let count = recv(connection, &chunk, chunk.count, 0)
            guard count > 0 else { return }
            buffer.append(contentsOf: chunk[0..<count])
        }
        lock.withLock {
            inFlight[host] += 1
            total += 1
            peaks[host] = max(peaks[host], inFlight[host])
            totalPeak = max(totalPeak, total)
        }
        let line = String(decoding: buffer.prefix(while: { $0 != 13 }), as: UTF8.self)
        let target = line.split(separator: " ").dropFirst().first.map(String.init) ?? "/"
        let (seconds, attoseconds) = delays[host].components
        Thread.sleep(forTimeInterval: Double(seconds) + Double(attoseconds) / 1e18)
        let parts = target.split(separator: "?")[0].split(separator: "/")
        let token = parts.count >= 3 ? String(parts[2]) : ""
        let (status, body): (Int, Data) =
            token.isEmpty || token.hasPrefix("missing")
            ? (404, Data(#"{"status":404,"error":"Job not found"}"#.utf8)) : (200, board(token))
        let head =
            "HTTP/1.1 \(status) \(status == 200 ? "OK" : "Not Found")\r\nConnection: close\r\n"
            + "Content-Type: application/json\r\nContent-Length: \(body.count)\r\n\r\n"
        // Out of flight before the answer leaves: once the client has it, it may ask again at once.
        lock.withLock {
            inFlight[host] -= 1
            total -= 1
            served[host] += 1
        }
        send(connection, Data(head.utf8) + body)
    }

    /// A Greenhouse `jobs?content=true` document whose ids and URLs are the board's own.
    private func board(_ token: String) -> Data {
        let jobs: [[String: Any]] = (0..<jobsPerBoard).map { index in
            // board-17's jobs are 17000, 17001, …: distinct across the farm, the same every run.
            let id = (Int(token.filter(\.isNumber)) ?? 0) * 1000 + index
            return [
                "id": id, "title": "Backend Engineer \(index) at \(token)",
                "absolute_url": "https://job-boards.greenhouse.io/\(token)/jobs/\(index)",
                "location": ["name": index % 2 == 0 ? "Remote - US" : "Berlin, Germany"],
                "company_name": "Farm \(token)", "updated_at": "2026-11-30T10:00:00Z",
                "content": "&lt;p&gt;Build services in Go and PostgreSQL for \(token).&lt;/p&gt;",
            ]
        }
        return (try? JSONSerialization.data(withJSONObject: ["jobs": jobs, "meta": ["total": jobs.count]])) ?? Data()
    }

    private func send(_ connection: Int32, _ data: Data) {
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let sent = Glibc.send(
                    connection, raw.baseAddress!.advanced(by: offset), raw.count - offset, Int32(MSG_NOSIGNAL))
                guard sent > 0 else { return }
                offset += sent
            }
        }
    }

    private static func listen() throws -> (Int32, UInt16) {
        do {
            return try LoopbackSocket.bind(listening: 128)
        } catch {
            throw FarmError(error.description)
        }
    }

    package struct FarmError: Error, CustomStringConvertible {
        package let description: String
        init(_ description: String) { self.description = description }
    }
}
