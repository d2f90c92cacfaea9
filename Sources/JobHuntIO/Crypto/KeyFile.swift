// The key file used when no key is configured: created on first use with a new
// random key, 0600 in a 0700 directory, published atomically, never overwritten.
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `secret.key` in jobhunt's config directory: base64 keys one per line, the first
/// current and the rest previous (see ``Keyring``); `#` lines are comments.
///
/// Losing this file loses every encrypted field, so it is created exactly once:
/// the new key is written to a private temporary file and `link(2)`ed into place,
/// which fails rather than replaces when another process got there first; that
/// process's key is then read and used.
public enum KeyFile {
    public static let fileName = "secret.key"

    /// The keyring in `directory/secret.key`, creating the directory (0700) and the
    /// file (0600, one new key) if they do not exist.
    /// - Throws: `.keyFile` when the file cannot be read or written, or others may read it.
    public static func loadOrCreate(in directory: URL) throws(CryptoError) -> Keyring {
        let file = directory.appendingPathComponent(fileName)
        if let keyring = try load(file) { return keyring }
        try createDirectory(directory)
        let key = SecretKey.generate()
        let text =
            "# jobhunt field-encryption keys: first line current, others previous. Back this file up.\n"
            + key.base64Text() + "\n"
        try publish(text, at: file, replacing: false)
        guard let keyring = try load(file) else {
            throw .keyFile(file.path, "it disappeared right after it was created")
        }
        return keyring
    }

    /// Makes a new current key and keeps the existing keys as previous ones, replacing
    /// the file atomically (rename), so values encrypted before still decrypt.
    /// Rotations are serialised with `flock(2)` on `secret.key.lock`: two at once
    /// would each keep only the old keys, and one new key (maybe already used) would be lost.
    public static func rotate(in directory: URL) throws(CryptoError) -> Keyring {
        let file = directory.appendingPathComponent(fileName)
        let lock = open(file.path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lock >= 0 else { throw systemError(file, "cannot create the rotation lock") }
        defer { close(lock) }
        guard flock(lock, LOCK_EX) == 0 else { throw systemError(file, "cannot take the rotation lock") }
        guard let old = try load(file) else { throw .keyFile(file.path, "it does not exist") }
        let new = SecretKey.generate()
        let lines = ([new] + old.keys).map { $0.base64Text() }
        let text =
            "# jobhunt field-encryption keys: first line current, others previous. Back this file up.\n"
            + lines.joined(separator: "\n") + "\n"
        try publish(text, at: file, replacing: true)
        return Keyring(current: new, previous: old.keys)
    }

    /// The keyring in `file`, or nil if there is no such file.
    static func load(_ file: URL) throws(CryptoError) -> Keyring? {
        var info = stat()
        guard stat(file.path, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw .keyFile(file.path, "cannot read it: \(String(cString: strerror(errno)))")
        }
        guard info.st_mode & 0o077 == 0 else {
            throw .keyFile(
                file.path, "other users may read it (mode \(String(info.st_mode & 0o777, radix: 8)))",
                suggestion: "run `chmod 600 \(file.path)`")
        }
        let text: String
        do {
            text = try String(contentsOf: file, encoding: .utf8)
        } catch {
            throw .keyFile(file.path, "cannot read it")
        }
        let lines = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        guard !lines.isEmpty else { throw .keyFile(file.path, "it holds no key") }
        do {
            return try Keyring(configuredValue: lines.joined(separator: "\n"))
        } catch {
            throw .keyFile(file.path, "a line is not a base64 32-byte key")
        }
    }

    private static func createDirectory(_ directory: URL) throws(CryptoError) {
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .keyFile(directory.path, "cannot create the directory: \(error.localizedDescription)")
        }
    }

    /// Writes `text` to a 0600 temporary file beside `file`, flushes it to disk, then
    /// links (new file) or renames (replacement) it into place.
    private static func publish(_ text: String, at file: URL, replacing: Bool) throws(CryptoError) {
        let temporary = file.path + ".tmp-" + SecureRandom.hexToken()
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw systemError(file, "cannot create a temporary file") }
        defer { unlink(temporary) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard written == bytes.count, synced else { throw systemError(file, "cannot write the key") }
        if replacing {
            guard rename(temporary, file.path) == 0 else { throw systemError(file, "cannot replace it") }
        } else if link(temporary, file.path) != 0, errno != EEXIST {
            // EEXIST: another process created it first; its key wins and is read next.
            throw systemError(file, "cannot create it")
        }
    }

    private static func systemError(_ file: URL, _ what: String) -> CryptoError {
        .keyFile(file.path, "\(what): \(String(cString: strerror(errno)))")
    }
}
