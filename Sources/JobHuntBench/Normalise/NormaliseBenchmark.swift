// The normaliser alone, without parsing or a database: CPU per posting on the
// ingest benchmark's generated board and on the discover eval sets' real-shaped
// postings, and every output written out so two builds can be diffed.
import Foundation
import JobHuntDiscovery
internal import JobHuntEmbeddings
import JobHuntKernel

/// Times `PostingNormaliser.normalise` on postings parsed once beforehand.
///
/// The generated board is what `jobhunt-bench ingest` normalises (short, repetitive HTML);
/// the eval sets are real postings of every source kind (long descriptions, many languages),
/// so a change tuned on one is checked on the other.
package struct NormaliseBenchmark {
    /// One group of postings and what normalising it cost.
    package struct Group: Sendable {
        package var name: String
        package var postings: Int
        package var rounds: Int
        package var cpuSeconds: Double
        package var seconds: Double

        /// CPU microseconds per posting normalised.
        package var cpuMicrosecondsPerPosting: Double {
            cpuSeconds * 1_000_000 / Double(max(postings * rounds, 1))
        }
    }

    /// The clock every posting is normalised against, so dumps of two builds compare equal.
    static let now = Date(timeIntervalSince1970: 1_796_083_200)  // 2026-12-01T00:00:00Z

    let board: [RawPosting]
    let sets: [RawPosting]

    /// Parses `boardPostings` generated Greenhouse jobs and every posting file of the sets under `setsFolder`.
    package init(boardPostings: Int, setsFolder: URL?) throws {
        let document = IngestBenchmark.greenhouseBoard(boardPostings)
        board = try SourceKind.greenhouse.parser.parse(document, context: SourceContext(token: "benchmark")).postings
        sets = try setsFolder.map(Self.setPostings) ?? []
    }

    /// Every posting of every set folder (one with a labels.jsonl), parsed as eval-discover parses it.
    static func setPostings(_ root: URL) throws -> [RawPosting] {
        let manager = FileManager.default
        var postings: [RawPosting] = []
        for name in try manager.contentsOfDirectory(atPath: root.path).sorted() {
            let folder = root.appendingPathComponent(name, isDirectory: true)
            guard manager.fileExists(atPath: folder.appendingPathComponent("labels.jsonl").path) else { continue }
            let contextsURL = folder.appendingPathComponent("contexts.json")
            let contexts =
                manager.fileExists(atPath: contextsURL.path)
                ? (try JSONSerialization.jsonObject(with: Data(contentsOf: contextsURL)) as? [String: String] ?? [:])
                : [:]
            for file in try manager.contentsOfDirectory(atPath: folder.path).sorted() {
                guard let kind = DiscoverEvaluation.kind(of: file) else { continue }
                let data = try Data(contentsOf: folder.appendingPathComponent(file))
                let context = SourceContext(
                    token: "eval", companyName: contexts[file], baseURL: URL(string: "https://careers.example/jobs"))
                guard let result = try? kind.parser.parse(data, context: context) else { continue }
                postings += result.postings
            }
        }
        return postings
    }

    /// Normalises each group `rounds` times and returns what it cost.
    package func run(rounds: Int) -> [Group] {
        let normaliser = PostingNormaliser(now: Self.now)
        return [("generated board", board), ("eval sets", sets)].filter { !$0.1.isEmpty }.map { name, postings in
            let cpu = ProcessMetrics.cpuSeconds()
            let start = ProcessMetrics.now()
            var kept = 0
            for _ in 0..<rounds {
                for raw in postings where (try? normaliser.normalise(raw)) != nil { kept += 1 }
            }
            return Group(
                name: name, postings: postings.count, rounds: rounds, cpuSeconds: ProcessMetrics.cpuSeconds() - cpu,
                seconds: ProcessMetrics.now() - start)
        }
    }

    /// Every posting's whole normalised value (or its error), one line each, in input order.
    package func dump() -> String {
        let normaliser = PostingNormaliser(now: Self.now)
        var lines: [String] = []
        for raw in sets + board {
            do {
                lines.append(String(reflecting: try normaliser.normalise(raw)))
            } catch {
                lines.append("error: \(error)")
            }
        }
        return lines.map { $0.replacingOccurrences(of: "\n", with: "\\n") }.joined(separator: "\n") + "\n"
    }
}
