// Every ValueType accepts what it should and rejects the rest with an error
// that says what was expected.
import Foundation
import JobHuntKernel
import Testing

@testable import JobHuntCLI

@Suite struct ValueTypeTests {
    private typealias M = TestTable.Match

    private let match = ["discover", "match", "q"]

    private func error(_ option: String, _ value: String) -> String? {
        usageError(match + [option, value])
    }

    @Test func integerWithRange() throws {
        #expect(try parse(match + ["-n", "1000"]).0[M.limit] == 1000)
        #expect(
            error("--limit", "abc") == "jobhunt: invalid value 'abc' for '--limit' (expected an integer from 1 to 1000)"
        )
        #expect(
            error("--limit", "0") == "jobhunt: invalid value '0' for '--limit' (expected an integer from 1 to 1000)")
        #expect(
            error("--limit", "2.5") == "jobhunt: invalid value '2.5' for '--limit' (expected an integer from 1 to 1000)"
        )
        #expect(throws: CLIError.self) { try ValueType.integer(nil).parse("", for: "'x'") }
        #expect(ValueType.integer(0...Int.max).expectation == "expected an integer of at least 0")
    }

    @Test func decimalWithRange() throws {
        #expect(try parse(match + ["--min-score", "0.75"]).0[M.minScore] == Decimal(string: "0.75"))
        #expect(
            error("--min-score", "1.5")
                == "jobhunt: invalid value '1.5' for '--min-score' (expected a number from 0 to 1)")
        #expect(
            error("--min-score", "nan")
                == "jobhunt: invalid value 'nan' for '--min-score' (expected a number from 0 to 1)")
        #expect(ValueType.decimal(0.5...4.5).expectation == "expected a number from 0.5 to 4.5")
    }

    @Test func dateIsExactlyYearMonthDay() throws {
        #expect(try parse(match + ["--since", "2026-03-01"]).0[M.since] == CalendarDate("2026-03-01"))
        for bad in ["2026-02-30", "2026-3-1", "yesterday", "2026-03-01T00:00"] {
            #expect(
                error("--since", bad) == "jobhunt: invalid value '\(bad)' for '--since' (expected a date as YYYY-MM-DD)"
            )
        }
    }

    @Test func choiceIsExactAndSuggests() throws {
        #expect(try parse(match + ["--sort", "score"]).0[M.sort] == "score")
        #expect(
            error("--sort", "scor")
                == "jobhunt: invalid value 'scor' for '--sort' (did you mean 'score'? expected one of: date, score)")
        #expect(
            error("--sort", "Date")
                == "jobhunt: invalid value 'Date' for '--sort' (did you mean 'date'? expected one of: date, score)")
        #expect(
            error("--sort", "random") == "jobhunt: invalid value 'random' for '--sort' (expected one of: date, score)")
    }

    @Test func urlMustBeAbsoluteHTTP() throws {
        #expect(try parse(match + ["--url", "https://jobs.example.com/1"]).0[M.url]?.host == "jobs.example.com")
        #expect(try parse(match + ["--url", "HTTP://example.com"]).0[M.url] != nil)
        for bad in ["ftp://example.com/x", "example.com", "/jobs/1", "https://"] {
            #expect(
                error("--url", bad) == "jobhunt: invalid value '\(bad)' for '--url' (expected an http or https URL)")
        }
    }

    @Test func emailFollowsTheSeedRule() throws {
        for good in ["a@b.co", "first.last+jobs@mail.example.org", "x_y%z-1@sub-domain.example.travel", "a@b..cd"] {
            #expect(EmailAddress.isValid(good), "\(good)")
        }
        for bad in ["", "a@b", "@b.co", "a@.c", "a@b.c", "a b@c.de", "a@b@c.de", "a@b.c0", "ä@b.co", "a@b_c.de"] {
            #expect(!EmailAddress.isValid(bad), "\(bad)")
        }
        #expect(try parse(match + ["--email", "me@example.com"]).0[M.email] == "me@example.com")
        #expect(
            error("--email", "me@example")
                == "jobhunt: invalid value 'me@example' for '--email' (expected an e-mail address such as name@example.com)"
        )
    }

    @Test func pathMustNotBeEmptyAndStringTakesAnything() throws {
        #expect(try parse(match + ["-o", "out/results.csv"]).0[M.output] == "out/results.csv")
        #expect(error("--output", "") == "jobhunt: invalid value '' for '--output' (expected a file path)")
        #expect(try parse(match + ["--tag", ""]).0[M.tag] == [""])
    }
}
