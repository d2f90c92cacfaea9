// The discover progress line through the built binary: drawn and erased on a
// real pseudo-terminal (util-linux `script`), and not one byte of it in a pipe.
import Foundation
import JobHuntTesting
import Testing

@Suite("discover progress, end to end")
struct DiscoverProgressEndToEndTests {
    static var source: String { "jobspy:" + DiscoverEndToEndTests.fixtures.appendingPathComponent("jobspy.csv").path }

    @Test("piped: stderr carries the warning and nothing of the progress line")
    func silentWhenPiped() throws {
        let home = try TemporaryDirectory()
        let result = try CommandRunner.run(["discover", "--source", Self.source], environment: ["HOME": home.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("\r"))
        #expect(!result.stderr.contains("\u{1B}"))
        #expect(!result.stderr.contains("storing"))
        #expect(result.stdout.contains("NEW"))
    }

    /// The terminal's layout depends on the source name's length and the width, so the
    /// test fixes both: a CI checkout under a longer path once cut the bar off an 80-column line.
    @Test("on a terminal: the line is drawn in place, then erased before the summary")
    func drawnOnATerminal() throws {
        let home = try TemporaryDirectory()
        let feed = home.url.appendingPathComponent("jobs.csv")
        try FileManager.default.copyItem(
            at: DiscoverEndToEndTests.fixtures.appendingPathComponent("jobspy.csv"), to: feed)
        let name = "jobspy:" + feed.path
        let terminal = ["HOME": home.path, "TERM": "xterm-256color", "COLUMNS": "\(name.count + 60)"]
        let script = "script -qec '\"$JOBHUNT\" discover --source \(name)' /dev/null"
        let result = try CommandRunner.runShell(script, environment: terminal)
        #expect(result.status == 0, "\(result.stderr)")
        let screen = result.stdout
        let drawn = try #require(screen.range(of: "\r[1/1] \(name)  fetching…\u{1B}[K"), "\(screen.debugDescription)")
        // The storing rate follows the counts once a fifth of a second has passed.
        let stored = try #require(
            screen.range(of: "#\\] 10/10( [0-9.]+/s)?\u{1B}\\[K", options: .regularExpression),
            "the bar is full when all are stored")
        let erased = try #require(screen.range(of: "\r\u{1B}[K", range: stored.upperBound..<screen.endIndex))
        let summary = try #require(screen.range(of: "SOURCE"))
        #expect(drawn.lowerBound < stored.lowerBound && erased.upperBound <= summary.lowerBound)
        let quiet = try CommandRunner.runShell(
            "script -qec '\"$JOBHUNT\" discover --quiet --source \(name)' /dev/null", environment: terminal)
        #expect(!quiet.stdout.contains("\u{1B}[K"), "--quiet draws nothing")
    }
}
