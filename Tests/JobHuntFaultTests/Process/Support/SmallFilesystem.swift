// A real small filesystem for disk faults: a tmpfs of a chosen size mounted on
// a fresh folder (the tests and CI run as root), so writes there fail with
// ENOSPC once it is full, and a remount makes it read-only (permission bits do
// not stop root; a read-only mount does). Unmounted when the value goes.
import Foundation
import JobHuntTesting

final class SmallFilesystem: @unchecked Sendable {
    let folder: TemporaryDirectory
    var path: String { folder.path }

    init(kibibytes: Int) throws {
        folder = try TemporaryDirectory(prefix: "jobhunt-tmpfs")
        try Self.mount(["-t", "tmpfs", "-o", "size=\(kibibytes)k,mode=0700", "tmpfs", folder.path])
    }

    func file(_ name: String) -> URL { folder.file(name) }

    func remount(readOnly: Bool) throws {
        try Self.mount(["-o", "remount,\(readOnly ? "ro" : "rw")", folder.path])
    }

    /// Fills the filesystem with one file, leaving `keep` KiB free (about).
    func fill(leaving keep: Int) throws -> URL {
        let filler = file("filler")
        let result = try CommandRunner.runShell(
            "dd if=/dev/zero of=\"$F\" bs=1k 2>/dev/null; truncate -s \"-$K\"k \"$F\"; sync",
            environment: ["F": filler.path, "K": "\(keep)"])
        guard result.status == 0 else { throw TestServices.ServiceUnavailable("cannot fill \(path): \(result.stderr)") }
        return filler
    }

    deinit {
        _ = try? CommandRunner.runShell("umount -l \"$D\"", environment: ["D": folder.path])
    }

    private static func mount(_ arguments: [String]) throws {
        let result = try CommandRunner.runShell(
            "mount \"$@\"", environment: [:], arguments: arguments)
        guard result.status == 0 else {
            throw TestServices.ServiceUnavailable(
                "cannot mount a tmpfs (mount \(arguments.joined(separator: " "))): \(result.stderr); "
                    + "the disk faults need root and CAP_SYS_ADMIN")
        }
    }
}

extension CommandRunner {
    /// `runShell` with positional arguments ($1, $2, … in the script).
    static func runShell(_ script: String, environment: [String: String], arguments: [String]) throws -> CommandResult {
        var environment = environment
        for (index, argument) in arguments.enumerated() { environment["ARG\(index)"] = argument }
        let positional = arguments.indices.map { "\"$ARG\($0)\"" }.joined(separator: " ")
        return try runShell("set -- \(positional); \(script)", environment: environment)
    }
}
