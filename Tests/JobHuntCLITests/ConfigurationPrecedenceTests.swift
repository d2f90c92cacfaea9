// Flag > environment > file > default, for several keys, with each value's
// source recorded; AWS_* variables as fallbacks for the S3 settings.
import Foundation
import JobHuntCLI
import Testing

@Suite("Configuration precedence")
struct ConfigurationPrecedenceTests {
    static let file = """
        data_dir = "/srv/file-data"
        [database]
        url = "postgresql://file@db/jobhunt"
        [redis]
        url = "redis://file-cache:6379/0"
        [s3]
        bucket = "file-bucket"
        region = "eu-west-1"
        """

    @Test func flagBeatsEnvironmentBeatsFileForTheDatabase() throws {
        let sandbox = try ConfigSandbox()
        let file = try sandbox.write(Self.file)
        let env = ["JOBHUNT_DATABASE_URL": "postgresql://env@db/jobhunt"]

        let flagged = try sandbox.resolve(env, db: "sqlite:/tmp/flag.sqlite3")["database.url"]
        #expect(flagged.value == "sqlite:/tmp/flag.sqlite3")
        #expect(flagged.source == .flag("--db"))

        let fromEnv = try sandbox.resolve(env)["database.url"]
        #expect(fromEnv.value == "postgresql://env@db/jobhunt")
        #expect(fromEnv.source == .environment("JOBHUNT_DATABASE_URL"))

        let fromFile = try sandbox.resolve()["database.url"]
        #expect(fromFile.value == "postgresql://file@db/jobhunt")
        #expect(fromFile.source == .file(path: file.path, line: 3))
        #expect(fromFile.source.description == "file \(file.path):3")
    }

    @Test func defaultsApplyWhenNothingIsSet() throws {
        let sandbox = try ConfigSandbox()
        let settings = try sandbox.resolve()
        let data = sandbox.home.appendingPathComponent(".local/share/jobhunt").path
        #expect(settings["data_dir"].value == data)
        #expect(settings["data_dir"].source == .defaultValue)
        #expect(settings["database.url"].value == "sqlite:\(data)/jobhunt.sqlite3")
        #expect(settings["model.dir"].value == "\(data)/models/all-MiniLM-L6-v2")
        #expect(settings["s3.region"].value == "us-east-1")
        #expect(settings["s3.path_style"].value == "false")
        #expect(settings["redis.url"].value == nil)
        #expect(settings["redis.url"].source == .unset)
        #expect(settings["redis.url"].displayValue == "(not set)")
        #expect(settings.configFileExists == false)
        #expect(settings.warnings.isEmpty)
    }

    @Test func environmentBeatsFileBeatsDefaultForOtherKeys() throws {
        let sandbox = try ConfigSandbox()
        try sandbox.write(Self.file)
        let fromFile = try sandbox.resolve()
        #expect(fromFile["redis.url"].value == "redis://file-cache:6379/0")
        #expect(fromFile["s3.bucket"].value == "file-bucket")
        #expect(fromFile["data_dir"].value == "/srv/file-data")

        let env = [
            "JOBHUNT_REDIS_URL": "redis://env-cache:6379/1", "JOBHUNT_S3_BUCKET": "env-bucket",
            "JOBHUNT_DATA_DIR": "/srv/env-data",
        ]
        let fromEnv = try sandbox.resolve(env)
        #expect(fromEnv["redis.url"].value == "redis://env-cache:6379/1")
        #expect(fromEnv["redis.url"].source == .environment("JOBHUNT_REDIS_URL"))
        #expect(fromEnv["s3.bucket"].value == "env-bucket")
        #expect(fromEnv["data_dir"].value == "/srv/env-data")
        // Defaults below data_dir follow the data_dir that won.
        #expect(fromEnv["model.dir"].value == "/srv/env-data/models/all-MiniLM-L6-v2")
        #expect(fromEnv["model.dir"].source == .defaultValue)
    }

    @Test func dataDirFromTheFileMovesTheDefaultDatabase() throws {
        let sandbox = try ConfigSandbox()
        try sandbox.write("data_dir = \"/srv/jobhunt\"\n")
        let settings = try sandbox.resolve()
        #expect(settings["database.url"].value == "sqlite:/srv/jobhunt/jobhunt.sqlite3")
        #expect(settings.configuration.databaseURL == "sqlite:/srv/jobhunt/jobhunt.sqlite3")
        #expect(settings.configuration.modelDirectory.path == "/srv/jobhunt/models/all-MiniLM-L6-v2")
    }

    @Test func awsVariablesAreFallbacksForS3() throws {
        let sandbox = try ConfigSandbox()
        let env = [
            "JOBHUNT_S3_BUCKET": "docs", "AWS_ACCESS_KEY_ID": "AKIDAWSFALLBACK",
            "AWS_SECRET_ACCESS_KEY": "aws-secret-fallback", "AWS_SESSION_TOKEN": "aws-token-fallback",
            "AWS_DEFAULT_REGION": "ap-south-1",
        ]
        let settings = try sandbox.resolve(env)
        #expect(settings["s3.access_key_id"].source == .environment("AWS_ACCESS_KEY_ID"))
        #expect(settings["s3.secret_access_key"].source == .environment("AWS_SECRET_ACCESS_KEY"))
        #expect(settings["s3.session_token"].source == .environment("AWS_SESSION_TOKEN"))
        #expect(settings["s3.region"].value == "ap-south-1")
        #expect(settings["s3.region"].source == .environment("AWS_DEFAULT_REGION"))
        let s3 = try #require(settings.configuration.s3)
        #expect(s3.bucket == "docs")
        #expect(s3.accessKeyID == "AKIDAWSFALLBACK")
        #expect(s3.secretAccessKey == "aws-secret-fallback")
        #expect(s3.sessionToken == "aws-token-fallback")
        #expect(s3.region == "ap-south-1")
    }

    @Test func jobhuntVariablesBeatAWSVariablesAndAWSRegionBeatsDefaultRegion() throws {
        let sandbox = try ConfigSandbox()
        let env = [
            "JOBHUNT_S3_ACCESS_KEY_ID": "AKIDJOBHUNT", "AWS_ACCESS_KEY_ID": "AKIDAWS",
            "AWS_REGION": "us-west-2", "AWS_DEFAULT_REGION": "ap-south-1",
        ]
        let settings = try sandbox.resolve(env)
        #expect(settings["s3.access_key_id"].value == "AKIDJOBHUNT")
        #expect(settings["s3.region"].value == "us-west-2")
        #expect(settings["s3.region"].source == .environment("AWS_REGION"))
    }

    @Test func awsRegionInTheEnvironmentBeatsTheFile() throws {
        let sandbox = try ConfigSandbox()
        try sandbox.write(Self.file)
        let settings = try sandbox.resolve(["AWS_REGION": "us-west-2"])
        #expect(settings["s3.region"].value == "us-west-2")
    }

    @Test func emptyEnvironmentVariablesCountAsUnset() throws {
        let sandbox = try ConfigSandbox()
        try sandbox.write(Self.file)
        let settings = try sandbox.resolve(["JOBHUNT_S3_BUCKET": ""])
        #expect(settings["s3.bucket"].value == "file-bucket")
    }

    @Test func theConfigurationValueCarriesEverySetting() throws {
        let sandbox = try ConfigSandbox()
        try sandbox.write(Self.file + "\npath_style = true\nendpoint = \"http://127.0.0.1:9000\"\n")
        let configuration = try sandbox.resolve(["JOBHUNT_SECRET_KEY": "k"]).configuration
        #expect(configuration.databaseURL == "postgresql://file@db/jobhunt")
        #expect(configuration.redisURL == "redis://file-cache:6379/0")
        #expect(configuration.s3?.pathStyle == true)
        #expect(configuration.s3?.endpoint == "http://127.0.0.1:9000")
        #expect(configuration.secretKey == "k")
        #expect(configuration.configDirectory.path == sandbox.home.appendingPathComponent(".config/jobhunt").path)
        #expect(configuration.stateDirectory.path == sandbox.home.appendingPathComponent(".local/state/jobhunt").path)
    }
}
