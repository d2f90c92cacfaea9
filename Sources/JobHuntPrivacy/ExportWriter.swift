// Writes an export's files with a manifest: into a new folder (0700, files
// 0600) or a zip archive, always whole or not at all.
import Foundation
internal import JobHuntIO
import JobHuntKernel

enum ExportWriter {
    /// Writes `entries` and `manifest.json` (every other file's path, size and
    /// SHA-256) to `destination`; returns the manifest's entries.
    static func write(_ entries: [ExportService.Entry], to destination: URL) throws -> [ExportReport.Entry] {
        let listed = entries.map {
            ExportReport.Entry(path: $0.path, bytes: $0.data.count, sha256: Hashing.hex(Hashing.sha256($0.data)))
        }
        let manifest = Manifest(format: "jobhunt-export", version: 1, files: listed)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var manifestData = try encoder.encode(manifest)
        manifestData.append(0x0A)
        let all = entries.map { ($0.path, $0.data) } + [("manifest.json", manifestData)]
        if destination.pathExtension.lowercased() == "zip" {
            try writeZip(all, to: destination)
        } else {
            try writeFolder(all, to: destination)
        }
        return listed
    }

    struct Manifest: Codable {
        var format: String
        var version: Int
        var files: [ExportReport.Entry]
    }

    static func writeFolder(_ files: [(String, Data)], to folder: URL) throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue, (try manager.contentsOfDirectory(atPath: folder.path)).isEmpty else {
                throw JobHuntError(
                    .exportDestination, "\(folder.path) exists and is not an empty folder",
                    remedy: "give a new folder, or a name ending in .zip")
            }
        }
        // Written beside the destination, then renamed: a failure leaves no half export.
        let staging = folder.deletingLastPathComponent().appendingPathComponent(
            ".\(folder.lastPathComponent).partial-\(UUID().uuidString.prefix(8))")
        do {
            try manager.createDirectory(
                at: staging, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            for (path, data) in files {
                let file = staging.appendingPathComponent(path)
                try createFolders(for: file, below: staging)
                guard manager.createFile(atPath: file.path, contents: data, attributes: [.posixPermissions: 0o600])
                else {
                    throw JobHuntError(
                        .exportDestination, "cannot write \(file.path)", remedy: "check the folder's permissions")
                }
            }
            if manager.fileExists(atPath: folder.path) { try manager.removeItem(at: folder) }
            try manager.moveItem(at: staging, to: folder)
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
    }

    static func createFolders(for file: URL, below root: URL) throws {
        var missing: [URL] = []
        var parent = file.deletingLastPathComponent()
        while parent.path != root.path, !FileManager.default.fileExists(atPath: parent.path) {
            missing.append(parent)
            parent = parent.deletingLastPathComponent()
        }
        for folder in missing.reversed() {
            try FileManager.default.createDirectory(
                at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        }
    }

    static func writeZip(_ files: [(String, Data)], to archive: URL) throws {
        let manager = FileManager.default
        guard !manager.fileExists(atPath: archive.path) else {
            throw JobHuntError(
                .exportDestination, "\(archive.path) already exists", remedy: "give a new name, or remove it first")
        }
        let data = try ZipArchive.stored(files, modified: Date())
        let staging = archive.deletingLastPathComponent().appendingPathComponent(
            ".\(archive.lastPathComponent).partial-\(UUID().uuidString.prefix(8))")
        guard manager.createFile(atPath: staging.path, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw JobHuntError(
                .exportDestination, "cannot write \(archive.path)", remedy: "check the folder exists and is writable")
        }
        do {
            try manager.moveItem(at: staging, to: archive)
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
    }
}
