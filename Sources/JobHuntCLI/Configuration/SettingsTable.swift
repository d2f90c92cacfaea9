// Every setting jobhunt reads, as data. Adding a setting here makes it appear in
// `config show`, accepted by `config set`, read from the environment and the file,
// and listed in the reference.

/// The settings table.
package enum SettingsTable {
    package static let all: [Setting] =
        [
            Setting(
                key: "database.url", kind: .url(schemes: ["sqlite", "postgres", "postgresql"]),
                summary: "The database: a `sqlite:PATH` file or a `postgresql://` server URL",
                defaultValue: .inDataDirectory(prefix: "sqlite:", relativePath: "jobhunt.sqlite3"),
                defaultDescription: "sqlite:$XDG_DATA_HOME/jobhunt/jobhunt.sqlite3"),
            Setting(
                key: "data_dir", kind: .path,
                summary: "Where the SQLite database, local files and the model live",
                defaultValue: .xdgData, defaultDescription: "$XDG_DATA_HOME/jobhunt"),
            Setting(
                key: "redis.url", kind: .url(schemes: ["redis", "rediss"]),
                summary: "A Redis server shared as cache and rate-limit store; unset means no cache"),
            Setting(
                key: "s3.bucket",
                summary: "An S3 bucket for documents; unset means files stay under data_dir"),
            Setting(
                key: "s3.endpoint", environment: ["AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL"],
                kind: .url(schemes: ["http", "https"]),
                summary: "The URL of an S3-compatible server (MinIO, moto); unset means AWS",
                defaultDescription: "(AWS)"),
            Setting(
                key: "s3.region", environment: ["AWS_REGION", "AWS_DEFAULT_REGION"],
                summary: "The bucket's region, used to sign requests",
                defaultValue: .text("us-east-1"), defaultDescription: "us-east-1"),
            Setting(
                key: "s3.path_style", kind: .bool,
                summary: "Address objects as endpoint/bucket/key (most self-hosted servers need true)",
                defaultValue: .text("false"), defaultDescription: "false"),
            Setting(
                key: "s3.access_key_id", environment: ["AWS_ACCESS_KEY_ID"], isSecret: true,
                summary: "The access key ID for the bucket"),
            Setting(
                key: "s3.secret_access_key", environment: ["AWS_SECRET_ACCESS_KEY"], isSecret: true,
                summary: "The secret access key for the bucket"),
            Setting(
                key: "s3.session_token", environment: ["AWS_SESSION_TOKEN"], isSecret: true,
                summary: "A temporary session token that goes with temporary credentials"),
            Setting(
                key: "s3.stall_seconds", kind: .integer(1...3600),
                summary: "Seconds an S3 request may move no data before it is abandoned and retried",
                defaultValue: .text("30"), defaultDescription: "30"),
            Setting(
                key: "secret_key", isSecret: true,
                summary: "The key that encrypts personal data (phone, cookies) before it is stored"),
            Setting(
                key: "model.dir", kind: .path,
                summary: "The all-MiniLM-L6-v2 model files used to rank postings",
                defaultValue: .inDataDirectory(prefix: "", relativePath: "models/all-MiniLM-L6-v2"),
                defaultDescription: "$XDG_DATA_HOME/jobhunt/models/all-MiniLM-L6-v2"),
            Setting(
                key: "worker.lease_seconds",
                summary: "How long a worker holds a running task before another may take it back",
                defaultValue: .text("300"), defaultDescription: "300"),
            Setting(
                key: "worker.retry_base_seconds",
                summary: "The wait before a failed task's first retry; it doubles each retry, up to an hour",
                defaultValue: .text("30"), defaultDescription: "30"),
        ] + submissionSettings + sourceSettings + sourceConcurrencySettings + cleanupSettings + analyticsSettings
        + generatorSettings

    /// The setting with this key, or nil.
    package static func setting(_ key: String) -> Setting? { all.first { $0.key == key } }

    /// The known key closest to a mistyped one, when it is close enough to be a likely typo.
    package static func suggestion(for key: String) -> String? {
        let candidates = all.map(\.key) + all.map { Setting.primaryEnvironmentName(for: $0.key) }
        let scored = candidates.map { ($0, editDistance(key.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        // An environment-variable spelling (JOBHUNT_S3_BUCKET) maps back to its key.
        let bestKey = all.first { Setting.primaryEnvironmentName(for: $0.key) == best.0 }?.key ?? best.0
        let sameWords = normalized(key) == normalized(bestKey)
        return sameWords || best.1 <= max(2, bestKey.count / 3) ? bestKey : nil
    }

    /// `S3-Bucket`, `s3_bucket` and `s3.bucket` are the same words.
    private static func normalized(_ key: String) -> String {
        key.lowercased().filter { $0.isLetter || $0.isNumber }
    }

    /// Levenshtein distance, the measure swift-argument-parser uses for suggestions.
    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
