// The shape every jobhunt error shares, whichever layer throws it: what is
// wrong, how to fix it, and whether it was the way the program was called.
//
// Why a target of its own: the database, IO and embeddings layers sit below
// the kernel and import nothing of it, yet the CLI must render their errors
// the same way as the kernel's and the features'. The protocol therefore
// lives in the lowest target of the graph, JobHuntErrors, which depends on
// nothing but Foundation; every layer imports it and none imports another to
// get it, so no loop can form.
import Foundation

/// An error that says, in words a person can act on, what went wrong and how to fix it.
///
/// The CLI shows every `DescribedError` as one line, in one place
/// (`ErrorPresenter`): `jobhunt: <problem> (<remedy>)`, and exits with
/// ``exitKind``'s status: 2 for ``ExitKind/usage``, 1 for ``ExitKind/failure``.
///
/// ```swift
/// struct DiskFull: DescribedError {
///     var problem: String { "the disk is full" }
///     var remedy: Remedy? { "free some space and try again" }
/// }
/// ```
///
/// Conformers owe:
/// - ``problem``: one line, without the program name and without secrets
///   (passwords, keys, bound SQL arguments, phone numbers); it is also the
///   `errorDescription`, so it reaches logs as it is.
/// - ``remedy``: how to fix it, or nil when nothing can be done. A command the
///   person should run is a ``CommandHint`` inside the remedy, never the
///   command's text: the CLI spells it.
/// - ``exitKind``: `.failure` unless the caller used the program wrongly.
public protocol DescribedError: LocalizedError, Sendable {
    /// What is wrong: `no posting matches 'abc'`.
    var problem: String { get }
    /// How to fix it: `run \(.migrateUp)`; nil when there is nothing to do.
    var remedy: Remedy? { get }
    /// Whether the program was called wrongly (exit 2) or failed (exit 1).
    var exitKind: ExitKind { get }
}

/// How a failed invocation ends: jobhunt's two non-zero exit statuses.
public enum ExitKind: Sendable, Hashable {
    /// The command line was wrong (exit status 2).
    case usage
    /// The command was right but could not be done (exit status 1).
    case failure
}

extension DescribedError {
    public var exitKind: ExitKind { .failure }
    public var errorDescription: String? { problem }
    /// The remedy with each command hint in its neutral form, for logs; the CLI
    /// renders the real command instead.
    public var recoverySuggestion: String? { remedy?.description }
}
