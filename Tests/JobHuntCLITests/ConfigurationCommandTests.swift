// The config commands called as the parser would call them: what they print,
// what they write, and that no secret ever reaches stdout or stderr.
import Foundation
import JobHuntCLI
import JobHuntTesting
import Testing

@Suite("config commands")
struct ConfigurationCommandTests {
    static let secrets = [
        "DB-PASSWORD-7f3a", "REDIS-PASSWORD-9c1e", "AKID-SECRET-2b4d", "S3-SECRET-5e6f", "SESSION-SECRET-8a0b",
        "SECRET-KEY-3c7d",
    ]

    /// Every secret-bearing setting set from the file and the environment at once.
    func sandboxFullOfSecrets() throws -> (ConfigSandbox, [String: String]) {
        let sandbox = try ConfigSandbox()
        try sandbox.write(
            """
            secret_key = "SECRET-KEY-3c7d"
            [database]
            url = "postgresql://coach:DB-PASSWORD-7f3a@db.internal/jobhunt"
            [s3]
            bucket = "docs"
            secret_access_key = "S3-SECRET-5e6f"
            """)
        let env = [
            "JOBHUNT_REDIS_URL": "redis://:REDIS-PASSWORD-9c1e@cache:6379/0",
            "AWS_ACCESS_KEY_ID": "AKID-SECRET-2b4d", "AWS_SESSION_TOKEN": "SESSION-SECRET-8a0b",
        ]
        return (sandbox, env)
    }

    func expectNoSecrets(_ output: RecordingOutputText, sourceLocation: SourceLocation = #_sourceLocation) {
        for secret in Self.secrets {
            #expect(!output.all.contains(secret), "\(secret) leaked", sourceLocation: sourceLocation)
        }
    }

    @Test func showPrintsATableWithoutSecrets() throws {
        let (sandbox, env) = try sandboxFullOfSecrets()
        let output = try sandbox.run(["config", "show"], environment: env)
        expectNoSecrets(RecordingOutputText(output))
        let lines = output.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == SettingsTable.all.count + 1)
        #expect(lines[0].hasPrefix("KEY"))
        #expect(lines[0].contains("VALUE") && lines[0].hasSuffix("SOURCE"))
        let database = try #require(lines.first { $0.hasPrefix("database.url ") })
        #expect(database.contains("postgresql://coach:***@db.internal/jobhunt"))
        #expect(database.hasSuffix("file \(sandbox.defaultConfigFile.path):3"))
        let redis = try #require(lines.first { $0.hasPrefix("redis.url ") })
        #expect(redis.contains("redis://:***@cache:6379/0") && redis.hasSuffix("env JOBHUNT_REDIS_URL"))
        let token = try #require(lines.first { $0.hasPrefix("s3.session_token ") })
        #expect(token.contains("********") && token.hasSuffix("env AWS_SESSION_TOKEN"))
        #expect(lines.contains { $0.hasPrefix("s3.endpoint ") && $0.contains("(not set)") && $0.hasSuffix("unset") })
        #expect(output.stderr.contains("config file: \(sandbox.defaultConfigFile.path)"))
    }

    @Test func showJSONIsAnArrayOfKeyValueSourceObjectsWithoutSecrets() throws {
        let (sandbox, env) = try sandboxFullOfSecrets()
        let output = try sandbox.run(["config", "show"], globals: GlobalOptions(json: true), environment: env)
        expectNoSecrets(RecordingOutputText(output))
        let rows = try #require(
            try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["key"] as? String } == SettingsTable.all.map(\.key))
        #expect(rows.allSatisfy { Set($0.keys) == ["key", "value", "source"] })
        let key = try #require(rows.first { $0["key"] as? String == "secret_key" })
        #expect(key["value"] as? String == "********")
        #expect(key["source"] as? String == "file \(sandbox.defaultConfigFile.path):1")
        let endpoint = try #require(rows.first { $0["key"] as? String == "s3.endpoint" })
        #expect(endpoint["value"] is NSNull)
        #expect(endpoint["source"] as? String == "unset")
        #expect(output.stderr.isEmpty)
    }

    @Test func showReportsTheDbFlagAsTheSource() throws {
        let sandbox = try ConfigSandbox()
        let output = try sandbox.run(
            ["config", "show"], globals: GlobalOptions(databaseURL: "sqlite:/tmp/flag.sqlite3", json: true))
        #expect(output.stdout.contains(#""source":"flag --db""#))
        #expect(output.stdout.contains(#""value":"sqlite:/tmp/flag.sqlite3""#))
    }

    @Test func setAndUnsetNeverEchoASecret() throws {
        let sandbox = try ConfigSandbox()
        let set = try sandbox.run(
            ["config", "set"], positionals: ["KEY": "s3.secret_access_key", "VALUE": "S3-SECRET-5e6f"])
        expectNoSecrets(RecordingOutputText(set))
        #expect(set.stderr.contains("set s3.secret_access_key = ******** in"))
        #expect(set.stderr.contains("jobhunt: warning: s3.secret_access_key is a secret"))
        #expect(set.stderr.contains("JOBHUNT_S3_SECRET_ACCESS_KEY"))
        #expect(try sandbox.read().contains("secret_access_key = \"S3-SECRET-5e6f\""))
        let database = try sandbox.run(
            ["config", "set"],
            positionals: ["KEY": "database.url", "VALUE": "postgresql://u:DB-PASSWORD-7f3a@h/db"])
        expectNoSecrets(RecordingOutputText(database))
        #expect(database.stderr.contains("postgresql://u:***@h/db"))
        let unset = try sandbox.run(["config", "unset"], positionals: ["KEY": "s3.secret_access_key"])
        #expect(unset.stderr.contains("removed s3.secret_access_key"))
        #expect(!(try sandbox.read()).contains("S3-SECRET"))
    }

    @Test func setWarnsWhenTheEnvironmentOverridesTheFile() throws {
        let sandbox = try ConfigSandbox()
        let output = try sandbox.run(
            ["config", "set"], positionals: ["KEY": "s3.region", "VALUE": "eu-west-1"],
            environment: ["AWS_REGION": "us-east-2"])
        #expect(output.stderr.contains("AWS_REGION is set in the environment and overrides the file's s3.region"))
    }

    @Test func unknownKeyIsAUsageErrorWithASuggestion() throws {
        let sandbox = try ConfigSandbox()
        for (typo, suggestion) in [
            ("databse.url", "database.url"), ("s3.bukcet", "s3.bucket"), ("S3_PATH_STYLE", "s3.path_style"),
            ("JOBHUNT_MODEL_DIR", "model.dir"),
        ] {
            let error = try #require(throws: CLIError.self) {
                try sandbox.run(["config", "set"], positionals: ["KEY": typo, "VALUE": "x"])
            }
            #expect(error.kind == .usage)
            #expect(error.problem == "unknown setting '\(typo)'")
            #expect(error.remedy == "did you mean '\(suggestion)'?")
        }
        let far = try #require(throws: CLIError.self) {
            try sandbox.run(["config", "unset"], positionals: ["KEY": "colour"])
        }
        #expect(far.remedy == "`jobhunt config show` lists the settings")
        #expect(!FileManager.default.fileExists(atPath: sandbox.defaultConfigFile.path))
    }

    @Test func invalidValuesOnSetAreUsageErrors() throws {
        let sandbox = try ConfigSandbox()
        let bool = try #require(throws: CLIError.self) {
            try sandbox.run(["config", "set"], positionals: ["KEY": "s3.path_style", "VALUE": "yes"])
        }
        #expect(bool.kind == .usage)
        #expect(bool.problem == "invalid value for s3.path_style: 'yes' is not true or false")
        #expect(bool.remedy == "use true or false")
        let url = try #require(throws: CLIError.self) {
            try sandbox.run(["config", "set"], positionals: ["KEY": "redis.url", "VALUE": "cache:6379"])
        }
        #expect(url.problem == "invalid value for redis.url: 'cache:6379' does not start with redis:, rediss:")
    }

    @Test func setStoresRelativePathsAbsoluteAndBoolsBare() throws {
        let sandbox = try ConfigSandbox()
        try sandbox.run(["config", "set"], positionals: ["KEY": "model.dir", "VALUE": "models/minilm"])
        try sandbox.run(["config", "set"], positionals: ["KEY": "s3.path_style", "VALUE": "true"])
        try sandbox.run(["config", "set"], positionals: ["KEY": "data_dir", "VALUE": "~/jobhunt-data"])
        // A relative path is taken from the directory jobhunt runs in.
        let models = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            .appendingPathComponent("models/minilm").standardized.path
        let text = try sandbox.read()
        #expect(text == "data_dir = \"~/jobhunt-data\"\n\n[model]\ndir = \"\(models)\"\n\n[s3]\npath_style = true\n")
        let settings = try sandbox.resolve()
        #expect(settings["data_dir"].value == sandbox.home.path + "/jobhunt-data")
        #expect(settings["model.dir"].value == models)
        #expect(settings["s3.path_style"].value == "true")
    }

    @Test func setWritesTheFileNamedByConfig() throws {
        let sandbox = try ConfigSandbox()
        let output = try sandbox.run(
            ["config", "set"], positionals: ["KEY": "s3.bucket", "VALUE": "team"],
            globals: GlobalOptions(configPath: sandbox.home.path + "/team/jobhunt.toml"))
        let file = sandbox.home.appendingPathComponent("team/jobhunt.toml")
        #expect(try sandbox.read(file) == "[s3]\nbucket = \"team\"\n")
        #expect(output.stderr.contains(file.path))
        #expect(!FileManager.default.fileExists(atPath: sandbox.defaultConfigFile.path))
    }

    @Test func unsetOfAnAbsentKeyIsNotAnError() throws {
        let sandbox = try ConfigSandbox()
        try sandbox.write("# only a comment\n")
        let output = try sandbox.run(["config", "unset"], positionals: ["KEY": "redis.url"])
        #expect(output.stderr.contains("redis.url is not set in \(sandbox.defaultConfigFile.path)"))
        #expect(try sandbox.read() == "# only a comment\n")
    }
}

/// stdout and stderr together, for leak checks.
struct RecordingOutputText {
    var all: String
    init(_ output: RecordingOutput) { all = output.stdout + output.stderr }
}
