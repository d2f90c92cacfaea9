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
    /// thread's, element for element; the one thing `evaluate` writes, the
    /// skill-key memo, is per thread.
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
        let batch = ScoringBatch(scorers: threadScorers(workers), candidates: candidates, results: results)
        // Interleaved, not halves: candidates arrive grouped by where they came
        // from (vector, full text, newest), whose texts differ in length.
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: count, by: workers) {
                batch.results[index] = batch.scorers[worker].evaluate(batch.candidates[index])
            }
        }
        return results.map { $0! }
    }

    /// `count` copies of this scorer, one per scoring thread: `skillKeys` is
    /// a memo `evaluate` writes (a dictionary, not thread-safe), so each copy
    /// has its own; the first keeps this one's.
    func threadScorers(_ count: Int) -> [MatchScorer] {
        (0..<count).map { index in
            var scorer = self
            if index > 0 { scorer.skillKeys = SkillKeys(taxonomy) }
            return scorer
        }
    }

    /// One candidate, with the cosines the candidate query found.
    func evaluate(_ candidate: MatchCandidate) -> MatchEvaluation {
        evaluate(candidate.posting, similarity: candidate.similarity, targetSimilarity: candidate.targetSimilarity)
    }
}

/// What the scoring threads share: read-only inputs, a scorer per thread
/// (each with its own memo), and one result slot per candidate that exactly
/// one thread writes before `concurrentPerform` joins.
private struct ScoringBatch: @unchecked Sendable {
    let scorers: [MatchScorer]
    let candidates: [MatchCandidate]
    let results: UnsafeMutableBufferPointer<MatchEvaluation?>
}
