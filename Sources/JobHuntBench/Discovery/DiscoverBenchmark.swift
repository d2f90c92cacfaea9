// `jobhunt-bench discover`: a small discover run (one Greenhouse board of ~100
// postings served from loopback) against its own anchor, the embedding of the
// same texts alone with the same loaded model, in one process.
import Foundation
import JobHuntDiscovery
internal import JobHuntEmbeddings
import JobHuntKernel

/// How much a discover run costs beyond embedding its postings.
///
/// The target: a run of ~100 postings takes at most 1.3× the time the
/// model needs to embed them, i.e. fetching, parsing, normalising, storing and
/// indexing together cost under a third of the embedding.
package struct DiscoverBenchmark {
    package struct Result: Sendable {
        package var postings: Int
        /// Median seconds to embed the run's texts alone (batches of 32, as ingest does).
        package var embedSeconds: Double
        /// Median seconds of the whole `DiscoveryService.run`, into a fresh SQLite file each time.
        package var discoverSeconds: Double
        package var embedRuns: [Double]
        package var discoverRuns: [Double]
        package var ratio: Double { discoverSeconds / embedSeconds }
    }

    package static let target = 1.3

    let embedder: SentenceEmbedder
    let folder: URL

    /// `folder` is scratch space this benchmark may fill (the served board, the databases).
    package init(modelDirectory: URL, folder: URL) throws {
        embedder = try SentenceEmbedder(modelDirectory: modelDirectory)
        self.folder = folder
    }

    /// Serves `postings` generated jobs from a loopback HTTP server and times
    /// `runs` discover runs and `runs` embeddings of the same texts, alternately.
    package func run(postings: Int, runs: Int) throws -> Result {
        let board = IngestBenchmark.greenhouseBoard(postings)
        let served = folder.appendingPathComponent("served/v1/boards/bench", isDirectory: true)
        try FileManager.default.createDirectory(at: served, withIntermediateDirectories: true)
        try board.write(to: served.appendingPathComponent("jobs"))
        let server = try LoopbackFileServer(root: folder.appendingPathComponent("served"))
        defer { server.stop() }
        let texts = try Self.texts(board)
        _ = try embedder.embed(["warm-up"])  // the first call pays one-time setup either way
        var embedRuns: [Double] = []
        var discoverRuns: [Double] = []
        for run in 0..<runs {
            var start = ProcessMetrics.now()
            for chunk in stride(from: 0, to: texts.count, by: 32) {
                _ = try embedder.embed(Array(texts[chunk..<min(chunk + 32, texts.count)]))
            }
            embedRuns.append(ProcessMetrics.now() - start)
            let services = Services(
                configuration: Configuration(
                    databaseURL: "sqlite:" + folder.appendingPathComponent("discover-\(run).sqlite3").path,
                    dataDirectory: folder, sourceBaseURLs: [.greenhouse: server.baseURL]))
            _ = try services.store.database()  // migrations are not what this measures
            start = ProcessMetrics.now()
            let model = EmbeddingFunction { [embedder] texts in try embedder.embed(texts) }
            let summaries = try DiscoveryService(services: services, version: "bench", embedder: model).run([
                SourceSpec(parsing: "greenhouse:bench")
            ])
            discoverRuns.append(ProcessMetrics.now() - start)
            guard let summary = summaries.first, summary.error == nil, summary.counts.embedded == texts.count else {
                throw BenchmarkFailure(
                    "discover stored \(summaries.first?.counts.embedded ?? 0) of \(texts.count) vectors: "
                        + (summaries.first?.error ?? "no error"))
            }
        }
        return Result(
            postings: texts.count, embedSeconds: ProcessMetrics.percentile(embedRuns, 0.5),
            discoverSeconds: ProcessMetrics.percentile(discoverRuns, 0.5), embedRuns: embedRuns,
            discoverRuns: discoverRuns)
    }

    /// What ingest embeds for each posting: title, blank line, description, after normalisation.
    static func texts(_ board: Data) throws -> [String] {
        let parsed = try SourceKind.greenhouse.parser.parse(board, context: SourceContext(token: "bench"))
        let normaliser = PostingNormaliser(now: Date())
        return try parsed.postings.map { raw in
            let posting = try normaliser.normalise(raw)
            return posting.title + "\n\n" + posting.description
        }
    }
}

/// A failed benchmark precondition.
struct BenchmarkFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// `python3 -m http.server` on 127.0.0.1, on a port it picks: a real HTTP
/// server in another process, so the fetch goes through the socket as a
/// user's would (the query string is ignored, paths map to files).
final class LoopbackFileServer {
    private let process = Process()
    let baseURL: String

    init(root: URL) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", root.path,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // "Serving HTTP on 127.0.0.1 port 40123 (http://127.0.0.1:40123/) ..."
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            line.append(chunk)
        }
        let words = String(decoding: line, as: UTF8.self).split(separator: " ")
        guard let index = words.firstIndex(of: "port"), index + 1 < words.count, let port = Int(words[index + 1]) else {
            process.terminate()
            throw BenchmarkFailure("python3 -m http.server did not start (is python3 installed?)")
        }
        baseURL = "http://127.0.0.1:\(port)"
    }

    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }
}
