// Every form a secret can take is masked: whole secrets, URL passwords, libpq
// keyword passwords, Redis passwords, and the Configuration value's descriptions.
import Foundation
import JobHuntCLI
import JobHuntKernel
import Testing

@Suite("Configuration redaction")
struct ConfigurationRedactionTests {
    @Test(arguments: [
        ("postgresql://u:S3cr3t-pw@h/db", "postgresql://u:***@h/db"),
        ("postgres://u:S3cr3t-pw@h:5432/db?sslmode=require", "postgres://u:***@h:5432/db?sslmode=require"),
        ("postgresql://u@h/db?password=S3cr3t-pw&sslmode=require", "postgresql://u@h/db?password=***&sslmode=require"),
        ("host=h user=u password=S3cr3t-pw dbname=db", "host=h user=u password=*** dbname=db"),
        ("host=h password = 'S3cr3t pw\\' x' dbname=db", "host=h password = *** dbname=db"),
        ("host=h sslpassword=S3cr3t-pw", "host=h sslpassword=***"),
        ("redis://:S3cr3t-pw@cache:6379/0", "redis://:***@cache:6379/0"),
        ("redis://default:S3cr3t-pw@cache:6379/0", "redis://default:***@cache:6379/0"),
        ("rediss://S3cr3t-pw@cache:6380", "rediss://***@cache:6380"),
        ("redis://cache:6379/0", "redis://cache:6379/0"),
        ("postgresql://u@h/db", "postgresql://u@h/db"),
        ("sqlite:/home/me/jobhunt.sqlite3", "sqlite:/home/me/jobhunt.sqlite3"),
        ("postgresql://u:p%40ss@h/db#frag@x", "postgresql://u:***@h/db#frag@x"),
        ("postgresql://u:pa/ss@w@rd@h/db", "postgresql://u:***@h/db"),
        ("http://127.0.0.1:9000/bucket", "http://127.0.0.1:9000/bucket"),
    ])
    func connectionStrings(input: String, expected: String) {
        #expect(Redaction.connectionString(input) == expected)
    }

    @Test func configurationDescriptionsHideEverySecret() {
        let configuration = Configuration(
            databaseURL: "postgresql://coach:DB-PASSWORD-1@db/jobhunt",
            dataDirectory: URL(fileURLWithPath: "/srv/jobhunt"),
            redisURL: "redis://:REDIS-PASSWORD-2@cache:6379/0",
            s3: S3Configuration(
                bucket: "docs", endpoint: "http://127.0.0.1:9000", accessKeyID: "AKID-SECRET-3",
                secretAccessKey: "S3-SECRET-4", sessionToken: "SESSION-SECRET-5"),
            secretKey: "SECRET-KEY-6")
        for text in [
            configuration.description, configuration.debugDescription, String(describing: configuration),
            String(reflecting: configuration), "\(configuration)",
        ] {
            for secret in [
                "DB-PASSWORD-1", "REDIS-PASSWORD-2", "AKID-SECRET-3", "S3-SECRET-4", "SESSION-SECRET-5", "SECRET-KEY-6",
            ] {
                #expect(!text.contains(secret), "\(secret) leaked")
            }
            #expect(text.contains("postgresql://coach:***@db/jobhunt"))
            #expect(text.contains("bucket: docs"))
        }
    }

    @Test func settingsShowSecretsAsMasksAndURLsWithoutPasswords() throws {
        let secret = try #require(SettingsTable.setting("s3.secret_access_key"))
        #expect(secret.isSecret)
        #expect(secret.displayValue("S3-SECRET") == "********")
        let database = try #require(SettingsTable.setting("database.url"))
        #expect(database.displayValue("postgresql://u:pw@h/db") == "postgresql://u:***@h/db")
        #expect(
            Set(SettingsTable.all.filter(\.isSecret).map(\.key))
                == [
                    "s3.access_key_id", "s3.secret_access_key", "s3.session_token", "secret_key", "smtp.password",
                    "llm.api_key",
                ])
    }
}
