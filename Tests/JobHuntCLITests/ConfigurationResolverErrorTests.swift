// What the resolver says about bad input: invalid values name the key and the
// source, unknown keys in the file are warnings with a suggestion.
import Foundation
import JobHuntCLI
import Testing

@Suite("Configuration errors and warnings")
struct ConfigurationResolverErrorTests {
    @Test func anInvalidBoolInTheEnvironmentNamesKeyAndVariable() throws {
        let sandbox = try ConfigSandbox()
        let error = try #require(throws: CLIError.self) { try sandbox.resolve(["JOBHUNT_S3_PATH_STYLE": "yes"]) }
        #expect(error.kind == .failure)
        #expect(
            error.problem == "invalid value for s3.path_style in env JOBHUNT_S3_PATH_STYLE: 'yes' is not true or false")
        #expect(error.remedy == "use true or false")
    }

    @Test func aStringWhereTheFileNeedsABoolNamesTheLine() throws {
        let sandbox = try ConfigSandbox()
        let file = try sandbox.write("[s3]\nbucket = \"docs\"\npath_style = \"yes\"\n")
        let error = try #require(throws: CLIError.self) { try sandbox.resolve() }
        #expect(error.problem == "invalid value for s3.path_style in file \(file.path):3: expected true or false")
    }

    @Test func anUnparseableURLNamesTheSourceWithoutItsPassword() throws {
        let sandbox = try ConfigSandbox()
        let error = try #require(throws: CLIError.self) {
            try sandbox.resolve(db: "mysql://root:HUNTER2@h/db")
        }
        #expect(error.problem.hasPrefix("invalid value for database.url in flag --db: 'mysql://root:***@h/db'"))
        #expect(!error.problem.contains("HUNTER2"))
        #expect(error.remedy == "use a URL that starts with sqlite:, postgres:, postgresql:")
        let spaces = try #require(throws: CLIError.self) {
            try sandbox.resolve(["JOBHUNT_S3_ENDPOINT": "http://bad host"])
        }
        #expect(
            spaces.problem
                == "invalid value for s3.endpoint in env JOBHUNT_S3_ENDPOINT: 'http://bad host' is not a valid URL")
    }

    @Test func anIntegerWhereAStringBelongsIsAnError() throws {
        let sandbox = try ConfigSandbox()
        let file = try sandbox.write("[s3]\nregion = 5\n")
        let error = try #require(throws: CLIError.self) { try sandbox.resolve() }
        #expect(error.problem == "invalid value for s3.region in file \(file.path):2: expected a quoted string")
    }

    @Test func aSyntaxErrorNamesFileAndLine() throws {
        let sandbox = try ConfigSandbox()
        let file = try sandbox.write("# settings\n\n[s3]\nbucket\n")
        let error = try #require(throws: CLIError.self) { try sandbox.resolve() }
        #expect(error.problem == "\(file.path):4: expected '=' after key")
        #expect(error.kind == .failure)
    }

    @Test func syntaxErrorsNeverQuoteTheValue() throws {
        let sandbox = try ConfigSandbox()
        for line in ["secret_key = Hunter2Unquoted", "secret_key = 12.34Hunter2", "secret_key = \"ok\" Hunter2"] {
            try sandbox.write("# keys\n\(line)\n")
            let error = try #require(throws: CLIError.self) { try sandbox.resolve() }
            #expect(error.problem.contains(":2: "))
            #expect(!error.problem.contains("Hunter2"), "\(line) leaked")
        }
    }

    @Test func unknownKeysAreOneWarningWithSuggestions() throws {
        let sandbox = try ConfigSandbox()
        let file = try sandbox.write("[databse]\nurl = \"sqlite:/x\"\n[s3]\nbucket = \"docs\"\ncolour = \"blue\"\n")
        let settings = try sandbox.resolve()
        #expect(
            settings.warnings == [
                "ignoring unknown settings in \(file.path): 'databse.url' (line 2; did you mean 'database.url'?), "
                    + "'s3.colour' (line 5) (`jobhunt config show` lists the known settings)"
            ])
        #expect(settings["s3.bucket"].value == "docs")
        let (context, output) = sandbox.context(["config", "show"])
        _ = try context.configuration()
        #expect(output.stderr.contains("jobhunt: warning: ignoring unknown settings"))
    }

    @Test func s3SettingsWithoutABucketAreAWarning() throws {
        let sandbox = try ConfigSandbox()
        try sandbox.write("[s3]\nendpoint = \"http://127.0.0.1:9000\"\n")
        let settings = try sandbox.resolve(["AWS_ACCESS_KEY_ID": "AKID"])
        #expect(settings.configuration.s3 == nil)
        #expect(settings.warnings.count == 1)
        #expect(settings.warnings[0].hasPrefix("s3.endpoint (file "))
        #expect(!settings.warnings[0].contains("access_key_id"))
    }
}
