// The state libcurl's C callbacks read the request body from and write the response into.
internal import CCurl
import Foundation

/// Passed to the callbacks as their `userdata` pointer; lives for one `curl_easy_perform`.
final class CurlTransfer {
    enum Source {
        case none
        case bytes(Data, position: Int)
        case file(descriptor: Int32, remaining: Int64)
    }

    let easy: CurlEasy
    var source: Source = .none
    /// Open when the response goes to a file; only 2xx bodies are written to it.
    var sinkDescriptor: Int32 = -1
    var sinkPath = ""
    var body = Data()
    var headerLines: [String] = []
    /// The cap on an in-memory body; passing it aborts the transfer with `responseTooLarge`.
    var maxBodyBytes: Int?
    /// A local I/O failure inside a callback, reported after libcurl aborts the transfer.
    var failure: HTTPError?

    init(easy: CurlEasy) { self.easy = easy }

    deinit {
        if case .file(let descriptor, _) = source { close(descriptor) }
        if sinkDescriptor >= 0 { close(sinkDescriptor) }
    }

    var userdata: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static func from(_ pointer: UnsafeMutableRawPointer?) -> CurlTransfer {
        Unmanaged<CurlTransfer>.fromOpaque(pointer!).takeUnretainedValue()
    }

    /// The bytes of an in-memory body not yet handed to libcurl.
    var pendingBytes: Int {
        if case .bytes(let data, let position) = source { return data.count - position }
        return 0
    }

    /// Header lines of the final response: a new status line starts over.
    /// (SMTP reply lines arrive here too, never starting with `HTTP/`.)
    func receiveHeader(_ line: String) {
        if line.hasPrefix("HTTP/") { headerLines = [] }
        headerLines.append(line)
    }

    var headers: [(name: String, value: String)] {
        headerLines.compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
            return (name, value)
        }
    }

    /// Fills libcurl's buffer; returns 0 at the end and `CURL_READFUNC_ABORT` on a read error.
    func read(into buffer: UnsafeMutablePointer<CChar>, capacity: Int) -> Int {
        switch source {
        case .none:
            return 0
        case .bytes(let data, let position):
            let count = min(capacity, data.count - position)
            guard count > 0 else { return 0 }
            data.withUnsafeBytes { raw in
                let start = raw.baseAddress!.advanced(by: position)
                UnsafeMutableRawPointer(buffer).copyMemory(from: start, byteCount: count)
            }
            source = .bytes(data, position: position + count)
            return count
        case .file(let descriptor, let remaining):
            let wanted = Int(min(Int64(capacity), remaining))
            guard wanted > 0 else { return 0 }
            let got = Foundation.read(descriptor, buffer, wanted)
            guard got > 0 else {
                failure = .fileAccess(path: "request body", reason: got == 0 ? "file ended early" : errnoText())
                return ccurl_readfunc_abort
            }
            source = .file(descriptor: descriptor, remaining: remaining - Int64(got))
            return got
        }
    }

    /// Keeps the chunk; returns less than `count` to make libcurl abort with a write error.
    func write(_ buffer: UnsafeMutablePointer<CChar>, count: Int) -> Int {
        let status = (try? easy.responseCode()) ?? 0
        guard sinkDescriptor >= 0, (200..<300).contains(status) else {
            if let limit = maxBodyBytes, body.count + count > limit {
                failure = .responseTooLarge(limit: limit)
                return 0
            }
            body.append(UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self), count: count)
            return count
        }
        var written = 0
        while written < count {
            let result = Foundation.write(sinkDescriptor, buffer.advanced(by: written), count - written)
            if result < 0 {
                if errno == EINTR { continue }
                failure = .fileAccess(path: sinkPath, reason: errnoText())
                return 0
            }
            written += result
        }
        return count
    }
}

func errnoText() -> String { String(cString: strerror(errno)) }

// C entry points: plain functions so they convert to `@convention(c)` pointers.
let curlReadCallback: curl_read_callback = { buffer, size, count, userdata in
    guard let buffer else { return 0 }
    return CurlTransfer.from(userdata).read(into: buffer, capacity: size * count)
}

let curlWriteCallback: curl_write_callback = { buffer, size, count, userdata in
    guard let buffer else { return 0 }
    return CurlTransfer.from(userdata).write(buffer, count: size * count)
}

let curlHeaderCallback: curl_write_callback = { buffer, size, count, userdata in
    guard let buffer else { return 0 }
    let bytes = UnsafeRawBufferPointer(start: buffer, count: size * count)
    CurlTransfer.from(userdata).receiveHeader(String(decoding: bytes, as: UTF8.self))
    return size * count
}
