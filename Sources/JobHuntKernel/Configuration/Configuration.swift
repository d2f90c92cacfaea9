// The settings the kernel and features run with, as one value the CLI builds and hands in;
// neither reads the environment or a config file itself.
import Foundation

/// Where jobhunt keeps its data and which shared services it uses.
///
/// The CLI resolves this from flags, the environment, `config.toml` and XDG
/// defaults; tests build it directly. With only the defaults filled in, jobhunt
/// runs on a SQLite file and local directories, so nothing here is required to
/// point at a server.
///
///     let configuration = Configuration(
///         databaseURL: "sqlite:/tmp/jobhunt.sqlite3",
///         dataDirectory: URL(fileURLWithPath: "/tmp/jobhunt"))
///
/// `description` is safe to log: the database password, the Redis password, S3
/// credentials and the secret key are masked.
package struct Configuration: Sendable, Equatable {
    /// `sqlite:PATH` or a `postgresql://` URL; may carry a password, so never print it raw.
    package var databaseURL: String
    /// Holds the default SQLite file, the local object store and the model.
    package var dataDirectory: URL
    /// Holds `config.toml`; kept so features can find files a person edits.
    package var configDirectory: URL
    /// Logs and other state that may be lost without losing data.
    package var stateDirectory: URL
    /// A Redis cache shared between workers; nil means no cache.
    package var redisURL: String?
    /// An S3 bucket for documents; nil means the local directory under `dataDirectory`.
    package var s3: S3Configuration?
    /// The key that encrypts PII in the client (phone numbers, browser cookies); nil
    /// until the user sets one, and features that need it say so.
    package var secretKey: String?
    /// Where the sentence-embedding model files are read from.
    package var modelDirectory: URL
    /// Base URLs of job-board APIs moved away from the public ones (a mirror, a
    /// test server); a kind not listed uses `SourceEndpoints.defaultBaseURLs`.
    package var sourceBaseURLs: [SourceKind: String]
    /// Sources a discover run fetches at once, and requests in flight per host
    /// (`sources.concurrency`, `sources.per_host`); nil keeps the fetcher's defaults.
    package var concurrentSources: Int?
    package var concurrentPerHost: Int?
    /// How long one request to a job source may take, body included
    /// (`sources.timeout`); nil keeps the fetcher's default. A source that hangs
    /// costs at most this per try.
    package var sourceTimeoutSeconds: Int?

    package init(
        databaseURL: String,
        dataDirectory: URL,
        configDirectory: URL? = nil,
        stateDirectory: URL? = nil,
        redisURL: String? = nil,
        s3: S3Configuration? = nil,
        secretKey: String? = nil,
        modelDirectory: URL? = nil,
        sourceBaseURLs: [SourceKind: String] = [:],
        concurrentSources: Int? = nil,
        concurrentPerHost: Int? = nil,
        sourceTimeoutSeconds: Int? = nil
    ) {
        self.databaseURL = databaseURL
        self.dataDirectory = dataDirectory
        self.configDirectory = configDirectory ?? dataDirectory
        self.stateDirectory = stateDirectory ?? dataDirectory
        self.redisURL = redisURL
        self.s3 = s3
        self.secretKey = secretKey
        self.modelDirectory =
            modelDirectory ?? dataDirectory.appendingPathComponent("models/all-MiniLM-L6-v2", isDirectory: true)
        self.sourceBaseURLs = sourceBaseURLs
        self.concurrentSources = concurrentSources
        self.concurrentPerHost = concurrentPerHost
        self.sourceTimeoutSeconds = sourceTimeoutSeconds
    }

    /// The local object store used when `s3` is nil.
    package var filesDirectory: URL { dataDirectory.appendingPathComponent("files", isDirectory: true) }
}
