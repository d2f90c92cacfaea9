// `jobhunt analytics` through the built binary on both engines: the seeded
// job search (AnalyticsSeed) read back as text, JSON and CSV with the
// figures computed by hand, the HTML report written 0600, and usage errors.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@Suite("End to end: analytics")
struct AnalyticsEndToEndTests {
    /// The acting user's id, and the seed written for them and one other user.
    static func seeded(_ engine: TestEngine) throws -> StatusEndToEnd {
        let session = try StatusEndToEnd(engine)
        let whoami = try session.object(["whoami"])
        let id = try #require(whoami["id"] as? String)
        let me = try #require(UUID(uuidString: id))
        let db = try session.scratch.open()
        defer { db.close() }
        // On PostgreSQL a second account whose offer must not count; the embedded
        // database has one local user (a second would make every command ask for a login).
        var other: UUID?
        if engine == .postgres {
            let bob = try session.login("bob@example.com")
            let id = try #require(try session.object(["whoami"], as: bob)["id"] as? String)
            other = UUID(uuidString: id)
        }
        try AnalyticsSeed.write(user: me, other: other, into: db)
        return session
    }

    @Test("analytics --json and --csv carry the figures computed by hand", arguments: TestEngine.allCases)
    func overview(engine: TestEngine) throws {
        let session = try Self.seeded(engine)
        let overview = try session.object(["analytics", "--weeks", "3"])
        let weeks = try #require(overview["weeks"] as? [[String: Any]])
        #expect(weeks.map { $0["week"] as? String } == ["2026-11-30", "2026-11-23", "2026-11-16"])
        #expect(weeks.map { $0["applications_count"] as? Int } == [3, 2, 0])
        #expect(weeks.map { $0["positive_responses"] as? Int } == [1, 1, 0])
        #expect(overview["applications_submitted"] as? Int == 4)
        #expect(overview["responses"] as? Int == 3)
        #expect(overview["response_rate"] as? Double == 0.75)
        #expect(overview["time_saved_minutes"] as? Int == 104)
        let thisWeek = try #require(overview["this_week"] as? [String: Any])
        #expect(thisWeek["applications_submitted"] as? Int == 2)
        #expect(thisWeek["interviews_scheduled"] as? Int == 2)
        #expect(thisWeek["time_saved_minutes"] as? Int == 54)
        let funnel = try #require(overview["funnel"] as? [[String: Any]])
        #expect(funnel.map { $0["count"] as? Int } == [5, 4, 2, 2, 1])
        #expect(funnel.first?["conversion"] is NSNull, "null, not left out")

        let csv = try session.run(["analytics", "--weeks", "3", "--csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        #expect(
            csv.stdout == "week,applications_count,positive_responses\n2026-11-30,3,1\n2026-11-23,2,1\n2026-11-16,0,0\n"
        )

        // The first report rolled up 11-25 … 12-05; asking again from 12-01 rewrites the same rows.
        let rollup = try session.run(["analytics", "rollup", "--since", "2026-12-01", "--csv"])
        #expect(rollup.status == 0, "\(rollup.stderr)")
        #expect(
            rollup.stdout == """
                metric_date,applications_submitted,jobs_discovered,resumes_generated,cover_letters_generated,interviews_scheduled,offers_received,response_rate,time_saved_minutes
                2026-12-01,0,1,0,0,1,0,1.0000,2
                2026-12-02,1,0,1,1,0,0,0.6667,50
                2026-12-03,0,0,0,0,1,0,1.0000,0
                2026-12-04,1,0,0,0,0,0,0.7500,0
                2026-12-05,0,0,0,0,0,1,0.7500,0

                """)
        let db = try session.scratch.open()
        defer { db.close() }
        #expect(try db.scalar("SELECT COUNT(*) FROM user_analytics", as: Int.self) == 11, "one row per day, twice run")
        let nothing = try session.run(["analytics", "rollup", "--json"])
        #expect(nothing.status == 0, "\(nothing.stderr)")
        #expect(nothing.stdout == "[]\n", "without --since only missing days are rolled up: none")
    }

    @Test("sources and platforms as JSON and CSV", arguments: TestEngine.allCases)
    func breakdowns(engine: TestEngine) throws {
        let session = try Self.seeded(engine)
        let generators = try session.objects(["analytics", "sources", "--by", "generator"])
        #expect(
            generators.map { $0["value"] as? String } == [
                "none (own résumé)", "builtin / classic", "llm:gpt-4o-mini / modern",
            ])
        #expect(generators.map { $0["applications_submitted"] as? Int } == [2, 1, 1])
        #expect(generators.allSatisfy { $0["dimension"] as? String == "model_used" && $0["jobs_discovered"] is NSNull })
        let sources = try session.run(["analytics", "sources", "--csv"])
        #expect(sources.status == 0, "\(sources.stderr)")
        #expect(
            sources.stdout == """
                dimension,value,jobs_discovered,applications_submitted,interviews_scheduled,offers_received,response_rate
                source_platform,greenhouse,2,2,1,0,1.0000
                source_platform,lever,1,1,1,1,1.0000
                source_platform,(none),0,1,0,0,0.0000
                source_platform,remoteok,1,0,0,0,
                source_key,greenhouse:acme,2,2,1,0,1.0000
                source_key,lever:initech,1,1,1,1,1.0000
                source_key,(none),0,1,0,0,0.0000
                source_key,remoteok,1,0,0,0,

                """)
        let platforms = try session.objects(["analytics", "platforms", "--days", "30"])
        #expect(platforms.map { $0["platform_name"] as? String } == ["greenhouse"])
        #expect(platforms.first?["average_response_time_ms"] as? Int == 250)
        #expect(platforms.first?["success_rate"] as? Double == 0.75)
        #expect(platforms.first?["rate_limit_hits"] as? Int == 1)
    }

    @Test(
        "the text report: bars and sparklines in Unicode on UTF-8, ASCII otherwise, never colour off a terminal",
        arguments: TestEngine.allCases)
    func text(engine: TestEngine) throws {
        let session = try Self.seeded(engine)
        session.environment["LANG"] = "C.UTF-8"
        let unicode = try session.run(["analytics", "--weeks", "3"])
        #expect(unicode.status == 0, "\(unicode.stderr)")
        #expect(unicode.stdout.contains("2026-11-30             3         1  ██████████████████████████████\n"))
        #expect(unicode.stdout.contains("Response rate  75.0% (3 of 4 sent applications got an answer)"))
        #expect(unicode.stdout.contains("submitted        4       80.0%  ████████████████████████\n"))
        #expect(unicode.stdout.contains("▁"), "sparklines")
        #expect(!unicode.stdout.contains("\u{1B}["), "no colour in a pipe")
        session.environment["LANG"] = "C"
        let ascii = try session.run(["analytics", "--weeks", "3"])
        #expect(ascii.stdout.contains("2026-11-30             3         1  ##############################\n"))
        #expect(!ascii.stdout.contains("█") && !ascii.stdout.contains("▁"), "no block characters")
    }

    @Test("on a terminal: bold headings, none with NO_COLOR")
    func terminal() throws {
        let session = try Self.seeded(.sqlite)
        var environment = session.environment
        environment["TERM"] = "xterm-256color"
        environment["LANG"] = "C.UTF-8"
        let script = #"script -qec '"$JOBHUNT" analytics --weeks 3' /dev/null"#
        let coloured = try CommandRunner.runShell(script, environment: environment)
        #expect(coloured.status == 0, "\(coloured.stderr)")
        #expect(coloured.stdout.contains("\u{1B}[1mApplications per week\u{1B}[0m"))
        #expect(coloured.stdout.contains("█"))
        environment["NO_COLOR"] = "1"
        let plain = try CommandRunner.runShell(script, environment: environment)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout.contains("Applications per week"))
        #expect(!plain.stdout.contains("\u{1B}["), "NO_COLOR")
    }

    @Test("report --html writes one self-contained file readable by its owner alone", arguments: TestEngine.allCases)
    func html(engine: TestEngine) throws {
        let session = try Self.seeded(engine)
        let file = session.home.file("reports/analytics.html")
        let result = try session.run(["analytics", "report", "--html", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let html = try String(contentsOf: file, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg"))
        #expect(html.contains("@media print"))
        #expect(!html.lowercased().contains("<script"), "no scripts")
        #expect(!html.contains("src=") && !html.contains("url(") && !html.contains("<link"), "nothing fetched")
        #expect(html.contains("llm:gpt-4o-mini / modern"))
        #expect(html.contains("75.0%"))
    }

    @Test("usage errors exit 2 with one line")
    func usage() throws {
        let session = try StatusEndToEnd(.sqlite)
        let both = try session.run(["analytics", "--json", "--csv"])
        #expect(both.status == 2)
        #expect(both.errorLine == "jobhunt: --json and --csv cannot be used together (choose one)")
        let future = try session.run(["analytics", "rollup", "--since", "2026-12-06"])
        #expect(future.status == 2)
        #expect(future.errorLine.contains("--since 2026-12-06 is not before today"))
        var bad = session.environment
        bad["JOBHUNT_ANALYTICS_MINUTES_PER_POSTING"] = "lots"
        let setting = try CommandRunner.run(["analytics"], environment: bad)
        #expect(setting.status == 2)
        #expect(setting.errorLine.contains("analytics.minutes_per_posting: 'lots' is not a whole number"))
        let noFile = try session.run(["analytics", "report"])
        #expect(noFile.status == 2)
        #expect(noFile.errorLine == "jobhunt: analytics report needs a file (add --html FILE)")
    }
}
