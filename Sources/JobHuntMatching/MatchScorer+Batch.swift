// Scoring a whole candidate list: the scorer is pure, so on a machine with a
// free core the list is split between threads and put back in order.
import Dispatch
import Foundation

extension MatchScorer {
    /// Fewer candidates than this per thread are scored on one: starting a
    /// worker costs more than it saves.
    static let candidatesPerWorker = 64

    /// ``evaluate(_:similarity:targetSimilarity:)`` of every candidate, in
    /// the candidates' order.
    ///
    /// A cold `discover match` scores about 400 candidates after every query
    /// has returned, when the other threads (checksum, scan, full-text query)
    /// are done: scoring them on every core shortens the main thread by about
    /// half of that part (a sixth of it, mostly skill fit). Each evaluation
    /// depends only on its own candidate, so the result is the same as one
    /// thread's, element for element.
    func evaluateAll(_ candidates: [MatchCandidate]) -> [MatchEvaluation] {
        let count = candidates.count
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, count / Self.candidatesPerWorker)
        guard workers > 1 else { return candidates.map { evaluate($0) } }
        let results = UnsafeMutableBufferPointer<MatchEvaluation?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        let batch = ScoringBatch(scorer: self, candidates: candidates, results: results)
        // Interleaved, not halves: candidates arrive grouped by where they came
        // from (vector, full text, newest), whose texts differ in length.
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: count, by: workers) {
                batch.results[index] = batch.scorer.evaluate(batch.candidates[index])
            }
        }
        return results.map { $0! }
    }

    /// One candidate, with the cosines the candidate query found.
    func evaluate(_ candidate: MatchCandidate) -> MatchEvaluation {
        evaluate(candidate.posting, similarity: candidate.similarity, targetSimilarity: candidate.targetSimilarity)
    }
}

/// What the scoring threads share: read-only inputs, and one result slot per
/// candidate that exactly one thread writes before `concurrentPerform` joins.
private struct ScoringBatch: @unchecked Sendable {
    let scorer: MatchScorer
    let candidates: [MatchCandidate]
    let results: UnsafeMutableBufferPointer<MatchEvaluation?>
}
