// libpq and libcurl are opened on first use, not linked (issue 20): a SQLite
// `discover match` must start without loading either, and the dynamic
// loader's own trace of the built binary is the witness.
import Foundation
import JobHuntTesting
import Testing

@Suite("libraries opened on first use, end to end")
struct LazyLibrariesEndToEndTests {
    /// The libraries the loader opened for one run, from `LD_DEBUG=libs`
    /// (glibc's trace on stderr: "calling init: /lib/…/libsqlite3.so.0").
    static func initialised(_ result: CommandResult) -> [String] {
        result.stderr.split(separator: "\n").compactMap { line in
            guard let range = line.range(of: "calling init: ") else { return nil }
            return String(line[range.upperBound...])
        }
    }

    @Test("a SQLite discover match loads SQLite but neither libpq nor libcurl")
    func sqliteMatchLoadsNeither() throws {
        let (home, run) = try DiscoverMatchEndToEndTests.prepared(model: false)
        defer { withExtendedLifetime(home) {} }
        let plain = try run(["discover", "match", "--limit", "5", "--json"])
        #expect(plain.status == 0, "\(plain.stderr)")
        let traced = try CommandRunner.run(
            ["discover", "match", "--limit", "5", "--json"],
            environment: [
                "HOME": home.path, "JOBHUNT_NOW": "2026-11-25T00:00:00Z",
                "JOBHUNT_MODEL_DIR": home.url.appendingPathComponent("none").path, "LD_DEBUG": "libs",
            ])
        #expect(traced.status == 0, "\(traced.stderr)")
        #expect(traced.stdout == plain.stdout, "the trace changes nothing the command prints")
        let libraries = Self.initialised(traced)
        // The trace works: SQLite, which the command uses, is in it.
        #expect(libraries.contains { $0.contains("libsqlite3.so") }, "\(libraries)")
        #expect(!libraries.contains { $0.contains("libpq.so") }, "libpq was loaded: \(libraries)")
        #expect(!libraries.contains { $0.contains("libcurl.so") }, "libcurl was loaded: \(libraries)")
    }
}
