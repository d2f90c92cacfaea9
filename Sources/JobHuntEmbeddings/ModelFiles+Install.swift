// Installing the model: copy the files from a directory into the model
// directory, privately, verified before they replace anything.
import Foundation
internal import JobHuntIO

extension ModelFiles {
    /// Copies the model files from `source` into this directory and verifies them.
    ///
    /// Each file is written to a temporary name (0600, directory 0700), checked
    /// against its published SHA-256 when one is known, and only then renamed
    /// into place, so a failed install never leaves a half-written model.
    @discardableResult
    public func install(from source: URL, verifyChecksums: Bool = true) throws(EmbeddingError) -> [FileStatus] {
        let origin = ModelFiles(directory: source)
        try origin.checkPresent()
        let manager = FileManager.default
        do {
            try manager.createDirectory(
                at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw EmbeddingError(
                .modelNotFound, "cannot create \(directory.path): \(error.localizedDescription)", path: directory.path)
        }
        let names = Self.required + Self.optional.filter { manager.fileExists(atPath: origin.url(of: $0).path) }
        var staged: [(temporary: URL, final: URL)] = []
        defer { for file in staged { try? manager.removeItem(at: file.temporary) } }
        var statuses: [FileStatus] = []
        // Small files first, so a wrong vocabulary is caught before 90 MB is hashed.
        for name in names.sorted(by: { $0 == "model.safetensors" ? false : $1 == "model.safetensors" }) {
            let temporary = url(of: ".\(name).partial")
            try copy(origin.url(of: name), to: temporary)
            staged.append((temporary, url(of: name)))
            if verifyChecksums, let expected = Self.expectedSHA256[name] {
                let digest = try MappedFile(path: temporary.path).withDigest()
                guard digest == expected else {
                    throw EmbeddingError(
                        .checksumMismatch,
                        "\(origin.url(of: name).path) has SHA-256 \(digest), expected \(expected) (not all-MiniLM-L6-v2?)",
                        path: origin.url(of: name).path)
                }
                statuses.append(
                    FileStatus(name: name, size: size(of: temporary), sha256: digest, matchesExpected: true))
            }
        }
        for file in staged {
            guard rename(file.temporary.path, file.final.path) == 0 else {
                throw EmbeddingError(
                    .modelNotFound, "cannot move \(file.final.lastPathComponent) into \(directory.path)",
                    path: directory.path)
            }
        }
        staged.removeAll()
        return statuses
    }

    private func copy(_ source: URL, to destination: URL) throws(EmbeddingError) {
        let manager = FileManager.default
        try? manager.removeItem(at: destination)
        guard let data = manager.contents(atPath: source.path),
            manager.createFile(atPath: destination.path, contents: data, attributes: [.posixPermissions: 0o600])
        else {
            throw EmbeddingError(
                .modelNotFound, "cannot copy \(source.path) to \(directory.path)", path: destination.path)
        }
    }

    private func size(of file: URL) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: file.path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}

extension MappedFile {
    func withDigest() -> String { Hashing.hex(Hashing.sha256(bytes: bytes)) }
}
