// Running the person's editor and opener: `$VISUAL`/`$EDITOR` on a private
// temporary copy of a document, and `xdg-open` on a stored file.
import Foundation
import JobHuntDocuments
import JobHuntKernel

enum DocumentEditor {
    /// The edited text, or nil when it came back unchanged.
    static func edit(_ text: String, name: String, context: CommandContext) throws -> String? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "jobhunt-edit-\(UUID().uuidString.lowercased())", isDirectory: true)
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("\(name).md")
        try PrivateFileWriter.save(text, to: file)
        let editor =
            [context.environment["VISUAL"], context.environment["EDITOR"]].compactMap { $0 }
            .first { !$0.isEmpty } ?? "vi"
        try ExternalProgram.run(shell: editor, argument: file.path, context: context)
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw CLIError.failure("the editor removed \(file.path)")
        }
        let edited = String(decoding: data, as: UTF8.self)
        return edited == text ? nil : edited
    }
}

enum DocumentOpener {
    /// Opens the document's fullest file: a local file in place, an S3 object
    /// downloaded to a private temporary file first.
    static func open(_ document: GeneratedDocument, context: CommandContext) throws {
        guard let location = document.fileURL, let url = URL(string: location) else { return }
        var path = url.path
        if url.scheme != "file" {
            let format = document.metadata.formats.last ?? .md
            let key = DocumentService.key(
                user: try context.actingUser().user.id, application: document.applicationID, kind: document.kind,
                format: format)
            let file = FileManager.default.temporaryDirectory.appendingPathComponent(
                "jobhunt-\(document.applicationID.uuidString.prefix(8))-\(document.kind.fileStem).\(format.rawValue)")
            try context.services().objectStore().get(key: key, to: file)
            path = file.path
        }
        try ExternalProgram.run(shell: "xdg-open", argument: path, context: context)
    }
}

enum ExternalProgram {
    /// Runs `command FILE` through `/bin/sh` (so `EDITOR="code --wait"` works), on this
    /// terminal, with the services' process runner; a non-zero exit is a failure naming the command.
    static func run(shell command: String, argument: String, context: CommandContext) throws {
        let result: ProcessResult
        do {
            result = try context.services().processRunner.run(
                ProcessCommand(
                    "/bin/sh", ["-c", "\(command) \"$1\"", "sh", argument], environment: context.environment,
                    output: .terminal))
        } catch let error as ProcessRunError {
            throw CLIError.failure("could not run \(command): \(error.reason)")
        }
        guard result.status == 0 else {
            throw CLIError.failure(
                "\(command) exited with status \(result.status)",
                remedy: "check $VISUAL/$EDITOR, or install xdg-utils for --open")
        }
    }
}
