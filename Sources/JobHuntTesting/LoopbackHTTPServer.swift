// A tiny HTTP/1.1 server on 127.0.0.1 that answers with scripted responses and records every request,
// for testing HTTP clients against real sockets (retries, error bodies, headers) without a real service.
import Foundation
import JobHuntIO

#if canImport(Glibc)
    import Glibc
#endif

/// One connection per request (`Connection: close`); requests are answered in order from
/// the script, and the last scripted response repeats once the script runs out.
///
/// ```swift
/// let server = try LoopbackHTTPServer(responses: [.init(status: 503), .init(status: 200, body: Data("ok".utf8))])
/// // point a client at server.baseURL …
/// #expect(server.requests.count == 2)
/// ```
package final class LoopbackHTTPServer: @unchecked Sendable {
    package struct Response: Sendable {
        package var status: Int
        package var headers: [(name: String, value: String)]
        package var body: Data
        /// Wait this long before answering, to make a client time out.
        package var delay: Duration

        package init(
            status: Int, headers: [(name: String, value: String)] = [], body: Data = Data(), delay: Duration = .zero
        ) {
            self.status = status
            self.headers = headers
            self.body = body
            self.delay = delay
        }

        /// A response whose body is text, e.g. an XML error document.
        package static func text(_ status: Int, _ body: String, headers: [(name: String, value: String)] = [])
            -> Response
        {
            Response(status: status, headers: headers, body: Data(body.utf8))
        }
    }

    package struct Request: Sendable {
        package var method: String
        /// The request target as sent: path and query, still percent-encoded.
        package var target: String
        package var headers: [(name: String, value: String)]
        package var body: Data

        package func header(_ name: String) -> String? {
            headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
        }
    }

    package let port: UInt16
    private let listener: Int32
    private let lock = NSLock()
    private var script: [Response]
    private var recorded: [Request] = []
    private var stopped = false

    /// `http://127.0.0.1:<port>`.
    package var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }

    /// Every request received so far, in order.
    package var requests: [Request] { lock.withLock { recorded } }

    package convenience init(responses: [Response]) throws {
        precondition(!responses.isEmpty, "script at least one response")
        try self.init(script: responses, route: nil)
    }

    /// Answers each request with `route(request)` instead of a script, for clients whose
    /// requests depend on earlier answers (paged APIs, a list then each item's detail).
    package convenience init(route: @escaping @Sendable (Request) -> Response) throws {
        try self.init(script: [Response(status: 500)], route: route)
    }

    private let route: (@Sendable (Request) -> Response)?

    private init(script responses: [Response], route: (@Sendable (Request) -> Response)?) throws {
        script = responses
        self.route = route
        let (listener, port): (Int32, UInt16)
        do {
            (listener, port) = try LoopbackSocket.bind(listening: 16)
        } catch {
            throw ServerError(error.description)
        }
        self.listener = listener
        self.port = port
        // The thread holds the server only while answering, so dropping the server's last
        // reference runs deinit, whose shutdown(2) wakes accept(2) and ends the thread.
        // Tests run in parallel, so descriptor numbers are recycled quickly: the thread must
        // never call accept(2) on a number it has already given back.
        Thread.detachNewThread { [weak self] in
            while true {
                let connection = accept(listener, nil, nil)
                guard connection >= 0 else {
                    // Closed here, not in stop(): until this thread is done with the number,
                    // no new socket may reuse it and have its connections answered by us.
                    close(listener)
                    return
                }
                guard let self else {
                    close(connection)
                    return
                }
                self.handle(connection)
                close(connection)
            }
        }
    }

    deinit { stop() }

    /// Stops accepting; safe to call twice.
    package func stop() {
        let wasOpen = lock.withLock {
            defer { stopped = true }
            return !stopped
        }
        guard wasOpen else { return }
        // Wakes the accept(2) in the serving thread, which then closes the socket.
        shutdown(listener, Int32(SHUT_RDWR))
    }

    /// Replaces the responses still to come.
    package func script(_ responses: [Response]) { lock.withLock { script = responses } }

    private func nextResponse() -> Response {
        lock.withLock { script.count > 1 ? script.removeFirst() : script[0] }
    }

    private func handle(_ connection: Int32) {
        var buffer = Data()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        func receive() -> Bool {
            let count = recv(connection, &chunk, chunk.count, 0)
            guard count > 0 else { return false }
            buffer.append(contentsOf: chunk[0..<count])
            return true
        }
        let separator = Data("\r\n\r\n".utf8)
        var headerEnd = buffer.range(of: separator)
        while headerEnd == nil {
            guard receive() else { return }
            headerEnd = buffer.range(of: separator)
        }
        let head = String(decoding: buffer[..<headerEnd!.lowerBound], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ", maxSplits: 2).map(String.init)
        let headers: [(name: String, value: String)] = lines.compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        var request = Request(
            method: requestLine.first ?? "", target: requestLine.count > 1 ? requestLine[1] : "", headers: headers,
            body: Data())
        let length = Int(request.header("Content-Length") ?? "0") ?? 0
        if length > 0, request.header("Expect")?.lowercased() == "100-continue" {
            send(connection, Data("HTTP/1.1 100 Continue\r\n\r\n".utf8))
        }
        var body = Data(buffer[headerEnd!.upperBound...])
        while body.count < length {
            buffer = Data()
            guard receive() else { break }
            body.append(buffer)
        }
        request.body = body
        lock.withLock { recorded.append(request) }
        let response = route?(request) ?? nextResponse()
        if response.delay > .zero {
            let (seconds, attoseconds) = response.delay.components
            Thread.sleep(forTimeInterval: Double(seconds) + Double(attoseconds) / 1e18)
        }
        var text = "HTTP/1.1 \(response.status) Scripted\r\nConnection: close\r\n"
        if request.method != "HEAD" || response.headers.allSatisfy({ $0.name.lowercased() != "content-length" }) {
            text += "Content-Length: \(response.body.count)\r\n"
        }
        for (name, value) in response.headers { text += "\(name): \(value)\r\n" }
        send(connection, Data((text + "\r\n").utf8) + (request.method == "HEAD" ? Data() : response.body))
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

    package struct ServerError: Error, CustomStringConvertible {
        package let description: String
        init(_ description: String) { self.description = description }
    }
}
