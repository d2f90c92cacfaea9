// Writes a file beside its destination and renames it into place, so readers never see half a file.
import Foundation

/// Owns a temporary file descriptor (created 0600) until `commit` renames it over the
/// destination; a writer that is dropped without committing removes its temporary file.
final class AtomicFileWriter {
    let destination: URL
    let temporary: URL
    private var descriptor: Int32
    private var hasher = SHA256Hasher()
    private(set) var size: Int64 = 0

    /// `temporaryDirectory` must be on the same file system as `destination` (rename is atomic
    /// only there); by default the temporary file sits beside the destination.
    init(destination: URL, temporaryDirectory: URL? = nil) throws(ObjectStoreError) {
        self.destination = destination
        temporary = (temporaryDirectory ?? destination.deletingLastPathComponent())
            .appendingPathComponent(".\(destination.lastPathComponent).tmp-\(UUID().uuidString)")
        descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .localIO(path: temporary.path, reason: errnoText()) }
    }

    deinit {
        if descriptor >= 0 {
            close(descriptor)
            unlink(temporary.path)
        }
    }

    /// The SHA-256 of everything written so far.
    var sha256: [UInt8] {
        var copy = hasher
        return copy.finalize()
    }

    func write(_ data: Data) throws(ObjectStoreError) {
        hasher.update(data)
        size += Int64(data.count)
        let failed = data.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let written = Foundation.write(descriptor, raw.baseAddress!.advanced(by: offset), raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return true
                }
                offset += written
            }
            return false
        }
        if failed { throw .localIO(path: temporary.path, reason: errnoText()) }
    }

    /// Flushes to disk and renames over the destination.
    func commit() throws(ObjectStoreError) {
        guard fsync(descriptor) == 0 else { throw .localIO(path: temporary.path, reason: errnoText()) }
        close(descriptor)
        descriptor = -1
        guard rename(temporary.path, destination.path) == 0 else {
            let reason = errnoText()
            unlink(temporary.path)
            throw .localIO(path: destination.path, reason: reason)
        }
    }
}

/// Reads a file in chunks, handing each to `body`; for streaming copies and hashes.
func readChunks(of file: URL, chunkSize: Int = 1 << 20, _ body: (Data) throws(ObjectStoreError) -> Void)
    throws(ObjectStoreError)
{
    let descriptor = open(file.path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw .localIO(path: file.path, reason: errnoText()) }
    defer { close(descriptor) }
    var buffer = [UInt8](repeating: 0, count: chunkSize)
    while true {
        let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, chunkSize) }
        if count < 0 {
            if errno == EINTR { continue }
            throw .localIO(path: file.path, reason: errnoText())
        }
        if count == 0 { return }
        try body(Data(buffer[0..<count]))
    }
}

/// `mkdir -p` with mode 0700 for every directory it creates.
func makeDirectories(_ url: URL) throws(ObjectStoreError) {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
        guard isDirectory.boolValue else { throw .localIO(path: url.path, reason: "it is a file, not a directory") }
        return
    }
    try makeDirectories(url.deletingLastPathComponent())
    guard mkdir(url.path, 0o700) == 0 || errno == EEXIST else {
        throw .localIO(path: url.path, reason: errnoText())
    }
}
