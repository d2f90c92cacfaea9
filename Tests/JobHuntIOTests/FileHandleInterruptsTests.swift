// A read that a signal interrupts (EINTR) is tried again: Foundation's
// readDataToEndOfFile() ends the process there, which is how a CI-style run
// lost its test process while hundreds of children were being spawned.
import Foundation
import Glibc
import Testing

@testable import JobHuntIO

/// How many SIGUSR2 the handler saw: a test whose signals never arrived proves nothing.
nonisolated(unsafe) private var signalsHandled = 0

@Suite("IO: a read a signal interrupts is tried again", .serialized)
struct FileHandleInterruptsTests {
    /// The reader's thread and what it read, shared with the test's thread.
    final class Reader: @unchecked Sendable {
        let lock = NSLock()
        var thread: pthread_t?
        var data: Data?
        var failure: (any Error)?
    }

    @Test("a blocked read interrupted by a handled signal without SA_RESTART still returns every byte")
    func interruptedRead() throws {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in signalsHandled += 1 }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0  // no SA_RESTART: the blocked read(2) fails with EINTR
        var previous = sigaction()
        #expect(sigaction(SIGUSR2, &action, &previous) == 0)
        defer { _ = sigaction(SIGUSR2, &previous, nil) }

        let pipe = Pipe()
        let reader = Reader()
        let started = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        let handle = pipe.fileHandleForReading
        signalsHandled = 0
        Thread {
            // The test runner's threads may block the signal; this one takes it.
            var wanted = sigset_t()
            sigemptyset(&wanted)
            sigaddset(&wanted, SIGUSR2)
            pthread_sigmask(SIG_UNBLOCK, &wanted, nil)
            reader.lock.withLock { reader.thread = pthread_self() }
            started.signal()
            do {
                let data = try handle.readToEndRetryingInterrupts()
                reader.lock.withLock { reader.data = data }
            } catch {
                reader.lock.withLock { reader.failure = error }
            }
            finished.signal()
        }.start()
        started.wait()
        usleep(100_000)  // the reader is now blocked in read(2)
        let thread = try #require(reader.lock.withLock { reader.thread })
        for _ in 0..<3 {
            #expect(pthread_kill(thread, SIGUSR2) == 0)
            usleep(20_000)
        }
        pipe.fileHandleForWriting.write(Data("written after three signals".utf8))
        try pipe.fileHandleForWriting.close()
        #expect(finished.wait(timeout: .now() + 10) == .success)
        #expect(signalsHandled == 3, "every signal reached the reader's thread")
        reader.lock.withLock {
            #expect(reader.failure == nil, "\(String(describing: reader.failure))")
            #expect(reader.data.map { String(decoding: $0, as: UTF8.self) } == "written after three signals")
        }
    }
}
