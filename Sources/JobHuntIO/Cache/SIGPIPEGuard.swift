// Keeps a write to a socket the server has closed from killing the process:
// hiredis writes with plain write(2), which raises SIGPIPE on Linux.
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs `body` with SIGPIPE blocked on the calling thread and discards any SIGPIPE
/// it raised, so the write fails with `EPIPE` (a lost connection) instead.
///
/// A library must not change the process-wide disposition (the CLI wants the
/// default on stdout, where a closed pipe should end the program quietly), and
/// hiredis offers no `MSG_NOSIGNAL`. This is libpq's technique
/// (`pq_block_sigpipe` / `pq_reset_sigpipe` in `src/interfaces/libpq/fe-secure.c`):
/// a SIGPIPE from `write(2)` is directed at the writing thread, so blocking it there,
/// then consuming it with `sigtimedwait` before unblocking, affects nobody else.
func withSIGPIPEBlocked<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
    var pipeOnly = sigset_t()
    sigemptyset(&pipeOnly)
    sigaddset(&pipeOnly, SIGPIPE)
    var previous = sigset_t()
    pthread_sigmask(SIG_BLOCK, &pipeOnly, &previous)
    let alreadyPending = isPending()
    defer {
        if !alreadyPending && isPending() {
            var immediately = timespec(tv_sec: 0, tv_nsec: 0)
            _ = sigtimedwait(&pipeOnly, nil, &immediately)
        }
        pthread_sigmask(SIG_SETMASK, &previous, nil)
    }
    return try body()
}

private func isPending() -> Bool {
    var pending = sigset_t()
    sigpending(&pending)
    return sigismember(&pending, SIGPIPE) == 1
}
