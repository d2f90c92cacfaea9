import JobHuntKernel
import Testing

// Option syntax: long with space or `=`, short with space or attached,
// clusters, repeats, negatable flags, environment fallbacks and defaults.
@testable import JobHuntCLI

@Suite struct ParserOptionTests {
    private typealias M = TestTable.Match
    private let match = ["discover", "match", "q"]

    @Test func longOptionWithSpaceOrEquals() throws {
        #expect(try parse(match + ["--limit", "5"]).0[M.limit] == 5)
        #expect(try parse(match + ["--limit=5"]).0[M.limit] == 5)
        #expect(try parse(match + ["--tag=a=b"]).0[M.tag] == ["a=b"])
    }

    @Test func shortOptionSeparateAttachedOrWithEquals() throws {
        #expect(try parse(match + ["-n", "5"]).0[M.limit] == 5)
        #expect(try parse(match + ["-n5"]).0[M.limit] == 5)
        #expect(try parse(match + ["-n=5"]).0[M.limit] == 5)
    }

    @Test func clustersOfFlagsWhereTheLastTakesAValue() throws {
        let (flags, _) = try parse(match + ["-ar"])
        #expect(flags[M.all] && flags[M.remote])
        let (attached, _) = try parse(match + ["-arn7"])
        #expect(attached[M.all] && attached[M.remote] && attached[M.limit] == 7)
        let (separate, globals) = try parse(match + ["-aqn", "8"])
        #expect(separate[M.limit] == 8 && globals.quiet)
    }

    @Test func valueMayLookLikeAnOption() throws {
        #expect(try parse(match + ["--tag", "--weird"]).0[M.tag] == ["--weird"])
    }

    @Test func repeatableOptionsKeepEveryValueInOrder() throws {
        #expect(try parse(match + ["-t", "a", "--tag", "b", "-tc"]).0[M.tag] == ["a", "b", "c"])
    }

    @Test func repeatingAnOptionWithTheSameValueIsFineButDifferentIsAnError() throws {
        #expect(try parse(match + ["-n", "5", "--limit=5"]).0.options["limit"] == [.integer(5)])
        #expect(
            usageError(match + ["-n", "5", "--limit", "6"])
                == "jobhunt: option '--limit' was given twice with different values ('5' and '6') (give it once)")
        #expect(
            usageError(match + ["--cache", "--no-cache"])
                == "jobhunt: option '--[no-]cache' was given twice with different values ('true' and 'false') "
                + "(give it once)")
        #expect(try parse(match + ["-a", "--all"]).0[M.all])
    }

    @Test func negatableFlagsSayYesNoOrNothing() throws {
        #expect(try parse(match + ["--cache"]).0[M.cache] == true)
        #expect(try parse(match + ["--no-cache"]).0[M.cache] == false)
        #expect(try parse(match).0[M.cache] == nil)
    }

    @Test func defaultAppliesWhenAbsent() throws {
        let (arguments, _) = try parse(match)
        #expect(arguments[M.limit] == 20)
        #expect(arguments[M.sort] == nil)
    }

    @Test func environmentFallbackComesBeforeTheDefaultAndAfterTheOption() throws {
        #expect(try parse(match, environment: ["JOBHUNT_TEST_LIMIT": "7"]).0[M.limit] == 7)
        #expect(try parse(match + ["-n", "3"], environment: ["JOBHUNT_TEST_LIMIT": "7"]).0[M.limit] == 3)
        #expect(try parse(match, environment: ["JOBHUNT_TEST_LIMIT": ""]).0[M.limit] == 20)
        #expect(
            usageError(match, environment: ["JOBHUNT_TEST_LIMIT": "lots"])
                == "jobhunt: invalid value 'lots' for '--limit' from JOBHUNT_TEST_LIMIT "
                + "(expected an integer from 1 to 1000)")
    }

    @Test func unknownLongOptionSuggestsTheNearest() {
        #expect(
            usageError(match + ["--limt", "5"])
                == "jobhunt: unknown option '--limt' (did you mean '--limit'? see 'jobhunt discover match --help')")
        #expect(
            usageError(match + ["--no-cach"])
                == "jobhunt: unknown option '--no-cach' (did you mean '--no-cache'? see 'jobhunt discover match --help')"
        )
        #expect(
            usageError(match + ["--jsn"])
                == "jobhunt: unknown option '--jsn' (did you mean '--json'? see 'jobhunt discover match --help')")
        #expect(
            usageError(match + ["--zzzzzzzz"])
                == "jobhunt: unknown option '--zzzzzzzz' (see 'jobhunt discover match --help')")
    }

    @Test func unknownShortOptionAndSingleDashLongName() {
        #expect(usageError(match + ["-x"]) == "jobhunt: unknown option '-x' (see 'jobhunt discover match --help')")
        #expect(
            usageError(match + ["-limit", "5"])
                == "jobhunt: unknown option '-l' in '-limit' (did you mean '--limit'? see 'jobhunt discover match --help')"
        )
    }

    @Test func hiddenOptionsParseButAreNotSuggested() throws {
        #expect(try parse(match + ["--debug-dump"]).0[M.debugDump])
        #expect(
            usageError(match + ["--debug-dum"])
                == "jobhunt: unknown option '--debug-dum' (see 'jobhunt discover match --help')")
    }

    @Test func missingValueAndUnexpectedValue() {
        #expect(
            usageError(match + ["--limit"])
                == "jobhunt: option '--limit' needs a value (write '--limit N'; see 'jobhunt discover match --help')")
        #expect(
            usageError(match + ["-n"])
                == "jobhunt: option '--limit' needs a value (write '--limit N'; see 'jobhunt discover match --help')")
        #expect(
            usageError(match + ["--all=yes"])
                == "jobhunt: option '--all' takes no value, but was given 'yes' (write '--all' alone)")
    }

    @Test func flagsFallBackToTheEnvironmentToo() throws {
        #expect(try parse(match, environment: ["JOBHUNT_TEST_CACHE": "0"]).0[M.cache] == false)
        #expect(try parse(match, environment: ["JOBHUNT_TEST_CACHE": "yes"]).0[M.cache] == true)
        #expect(try parse(match + ["--cache"], environment: ["JOBHUNT_TEST_CACHE": "no"]).0[M.cache] == true)
        #expect(
            usageError(match, environment: ["JOBHUNT_TEST_CACHE": "maybe"])
                == "jobhunt: invalid value 'maybe' for '--cache' from JOBHUNT_TEST_CACHE (expected true or false)")
    }

    @Test func passwordsInEchoedValuesAreRedacted() {
        #expect(
            usageError(["--db", "postgresql://jh:s3cret@h/db", "--db", "sqlite:x", "migrate", "up"])
                == "jobhunt: option '--db' was given twice with different values "
                + "('postgresql://jh:***@h/db' and 'sqlite:x') (give it once)")
        #expect(
            usageError(match + ["--url", "ftp://me:pw@files.example.com/x"])
                == "jobhunt: invalid value 'ftp://me:***@files.example.com/x' for '--url' (expected an http or https URL)"
        )
        // An '@' after the path may be an unencoded password: masked, erring on the safe side.
        #expect(Redaction.connectionString("https://user@example.com/a:b@c") == "https://user@example.com/a:***@c")
        #expect(Redaction.connectionString("plain:text@x") == "plain:text@x")
    }

    @Test func helpOrVersionInsideAClusterStillShortCircuits() throws {
        let invocation = try CommandLineParser(root: TestTable.root, environment: [:]).parse(match + ["-ah"])
        guard case .help(let path, let full) = invocation else {
            Issue.record("expected help, got \(invocation)")
            return
        }
        #expect(path == ["discover", "match"] && !full)
    }
}
