// The table of harnesses: a name (scripts/fuzz's TARGET, the corpus folder under
// Tests/Fuzz/corpus/) and what one input does.
import Foundation
import JobHuntKernel

/// One fuzz harness: bytes in, nothing out; a crash or a failed `check` is the finding.
struct FuzzTarget: Sendable {
    let name: String
    let run: @Sendable (Data) -> Void

    /// Every harness, in scripts/fuzz's order: the CLI and configuration first, then the
    /// readers of outside data, then the writers (round trips).
    static let all: [FuzzTarget] =
        [
            FuzzTarget(name: "cli", run: CLIFuzz.run),
            FuzzTarget(name: "toml", run: TOMLFuzz.run),
            FuzzTarget(name: "jsonresume", run: ResumeFuzz.run),
            FuzzTarget(name: "salary", run: TextFuzz.salary),
            FuzzTarget(name: "date", run: TextFuzz.date),
        ]
        + SourceKind.allCases.map { kind in
            FuzzTarget(name: "source-\(kind.rawValue)", run: { SourceFuzz.run(kind, $0) })
        }
        + [
            FuzzTarget(name: "wordpiece", run: WordPieceFuzz.run),
            FuzzTarget(name: "ics", run: CalendarFuzz.run),
            FuzzTarget(name: "mime", run: MIMEFuzz.run),
        ]
}

/// A broken invariant: prints what broke and aborts, so libFuzzer records the input as a crash.
func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() {
        FileHandle.standardError.write(Data("invariant broken: \(message())\n".utf8))
        abort()
    }
}

extension Data {
    /// The input cut at NUL bytes into at most `count` text fields (missing ones empty),
    /// so one byte string drives several string parameters.
    func fields(_ count: Int) -> [String] {
        var parts = split(separator: 0, maxSplits: count - 1, omittingEmptySubsequences: false).map {
            String(decoding: $0, as: UTF8.self)
        }
        while parts.count < count { parts.append("") }
        return parts
    }
}
