// Writes a file only its owner may read (config, session, exports) the safe way:
// the directory made 0700, the text written to a 0600 temporary file beside it,
// flushed, then renamed over the old file, so a crash leaves either the old file
// or the new one, never half of each.
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

enum PrivateFileWriter {
    /// Replaces `file` with `text`. A symlinked file keeps its link: the target is replaced.
    static func save(_ text: String, to file: URL) throws {
        let target = file.resolvingSymlinksInPath()
        let directory = target.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw failure("cannot create \(directory.path)", error)
        }
        let temporary = directory.appendingPathComponent(
            ".\(target.lastPathComponent).\(getpid()).\(UUID().uuidString)")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure("cannot write \(temporary.path)", errno) }
        var succeeded = false
        defer {
            if !succeeded { unlink(temporary.path) }
        }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if result < 0 && errno == EINTR { continue }
            guard result >= 0 else {
                let code = errno
                close(descriptor)
                throw failure("cannot write \(temporary.path)", code)
            }
            written += result
        }
        // fchmod as well as the mode in open(): the umask may have narrowed it, never widened; be exact.
        guard fchmod(descriptor, 0o600) == 0, fsync(descriptor) == 0 else {
            let code = errno
            close(descriptor)
            throw failure("cannot write \(temporary.path)", code)
        }
        close(descriptor)
        guard rename(temporary.path, target.path) == 0 else { throw failure("cannot replace \(target.path)", errno) }
        succeeded = true
    }

    private static func failure(_ problem: String, _ code: Int32) -> CLIError {
        CLIError.failure("\(problem): \(String(cString: strerror(code)))", remedy: "check the directory's permissions")
    }

    private static func failure(_ problem: String, _ error: Error) -> CLIError {
        CLIError.failure("\(problem): \(error.localizedDescription)", remedy: "check the directory's permissions")
    }
}
