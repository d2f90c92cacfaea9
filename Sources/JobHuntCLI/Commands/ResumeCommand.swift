// `jobhunt profile resume [FILE] [--show]`: store your resume file and read
// back what jobhunt extracted from it.
import Foundation
import JobHuntKernel
import JobHuntProfiles

enum ResumeCommand {
    /// The option and positional of `profile resume`.
    enum Keys: ArgumentKeys {
        static let show: OptionKey<Bool> = .flag("show", help: "Print the extracted text")
        static let file: PositionalKey<String?> = .optional(
            "FILE", .path, help: "A PDF, DOCX, Markdown or text resume")

        static let options: [any OptionKeyProtocol] = [show]
        static let positionals: [any PositionalKeyProtocol] = [file]
    }

    static let spec = CommandSpec(
        name: "resume",
        abstract: "Store your resume file and extract its text",
        discussion: """
            Stores FILE in jobhunt's file store (the local data directory, or the S3 bucket when \
            configured) under your account, and keeps its text for skills suggestions and \
            matching. PDF (needs pdftotext from poppler-utils), DOCX (needs unzip), Markdown and \
            plain UTF-8 text are read; the type is decided by the file's content, and files over \
            10 MiB are refused. A new file replaces the previous one. Without FILE, shows what is \
            stored; --show prints the extracted text.
            """,
        keys: Keys.self,
        examples: [
            "jobhunt profile resume ~/cv.pdf", "jobhunt profile resume --show", "jobhunt profile resume --json",
        ],
        run: { context in
            let service = ResumeService(services: try context.services())
            let actor = try context.actingUser()
            let info: ResumeInfo
            if let path = context.arguments[Keys.file] {
                info = try service.store(URL(fileURLWithPath: path), for: actor)
                if info.characters == 0 {
                    context.output.warn(
                        "no text found in \(path) (a scanned PDF holds only images); skills suggest will find nothing in it"
                    )
                }
                if !context.globals.json && !context.arguments[Keys.show] {
                    let size = info.size.map { "\($0) bytes" } ?? "unknown size"
                    context.output.note(
                        "stored \(path) (\(info.type?.rawValue ?? "file"), \(size), \(info.characters) characters of text) at \(info.url ?? "")"
                    )
                }
            } else {
                guard let current = try service.current(for: actor) else { throw JobHuntError.resumeNoResume }
                info = current
            }
            if context.arguments[Keys.show] {
                context.output.print(info.text)
            } else if context.globals.json {
                context.output.print(try JSONWriter.encode(info, pretty: context.output.stdoutIsTerminal))
            } else if context.arguments[Keys.file] == nil {
                var table = TextTable(columns: [.init("FIELD"), .init("VALUE")])
                table.append(["url", info.url ?? ""])
                table.append(["type", info.type?.rawValue ?? ""])
                table.append(["size", info.size.map { "\($0) bytes" } ?? ""])
                table.append(["characters", "\(info.characters)"])
                context.printTable(table)
            }
        })
}
