// Scratch buffers for one forward pass, grown to the largest batch seen and
// reused, so layers write into the same memory instead of allocating.
import Foundation

/// Activations of a packed batch: hidden states, Q/K/V, attention context,
/// FFN intermediate, and one attention-score matrix per worker.
final class Workspace: @unchecked Sendable {
    private(set) var hidden = UnsafeMutablePointer<Float>.allocate(capacity: 1)
    private(set) var queryKeyValue = UnsafeMutablePointer<Float>.allocate(capacity: 1)
    private(set) var context = UnsafeMutablePointer<Float>.allocate(capacity: 1)
    private(set) var intermediate = UnsafeMutablePointer<Float>.allocate(capacity: 1)
    private var scores = UnsafeMutablePointer<Float>.allocate(capacity: 1)
    private var tokenCapacity = 0
    private var scoreCapacity = 0
    private var scoreStride = 0

    init() {}

    /// Makes room for `tokens` packed tokens whose longest text has `longest`.
    func reserve(tokens: Int, longest: Int, workers: Int, configuration c: ModelConfiguration) {
        if tokens > tokenCapacity {
            for buffer in [hidden, queryKeyValue, context, intermediate] { buffer.deallocate() }
            hidden = .allocate(capacity: tokens * c.hiddenSize)
            queryKeyValue = .allocate(capacity: tokens * 3 * c.hiddenSize)
            context = .allocate(capacity: tokens * c.hiddenSize)
            intermediate = .allocate(capacity: tokens * c.intermediateSize)
            tokenCapacity = tokens
        }
        // Rounded up to whole cache lines so workers never share one.
        let perWorker = (longest * longest + 15) / 16 * 16
        if perWorker * workers > scoreCapacity {
            scores.deallocate()
            scores = .allocate(capacity: perWorker * workers)
            scoreCapacity = perWorker * workers
        }
        scoreStride = perWorker
    }

    /// The score matrix of `worker`, room for the longest text's `n × n`.
    func scores(worker: Int) -> UnsafeMutablePointer<Float> { scores + worker * scoreStride }

    deinit {
        for buffer in [hidden, queryKeyValue, context, intermediate, scores] { buffer.deallocate() }
    }
}

/// Workspaces lent to concurrently running small batches.
final class WorkspacePool: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [Workspace] = []

    func take() -> Workspace {
        lock.withLock { idle.popLast() } ?? Workspace()
    }

    func give(_ workspace: Workspace) {
        lock.withLock { idle.append(workspace) }
    }
}

/// Vectors written back in input order by batches finishing on different threads.
final class BatchResults: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [[Float]]

    init(count: Int) { storage = [[Float]](repeating: [], count: count) }

    func store(_ vectors: [[Float]], at indices: ArraySlice<Int>) {
        lock.withLock { for (index, vector) in zip(indices, vectors) { storage[index] = vector } }
    }

    var vectors: [[Float]] { lock.withLock { storage } }
}
