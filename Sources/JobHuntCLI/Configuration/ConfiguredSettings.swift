// The outcome of resolving: every setting with value and source, the paths in
// use, warnings to show, and the `Configuration` value handed to the core.
import Foundation
import JobHuntKernel

/// Every setting of the table, resolved, in table order.
package struct ConfiguredSettings: Sendable {
    package var paths: ConfigurationPaths
    /// False when no config file exists yet (only the default file may be absent).
    package var configFileExists: Bool
    package var settings: [ResolvedSetting]
    /// For stderr: unknown keys in the file, S3 settings without a bucket.
    package var warnings: [String]

    /// The setting with this key; the key must be in `SettingsTable`.
    package subscript(key: String) -> ResolvedSetting {
        guard let found = settings.first(where: { $0.key == key }) else {
            preconditionFailure("'\(key)' is not in SettingsTable")
        }
        return found
    }

    package func value(_ key: String) -> String? { self[key].value }

    /// The value the kernel and features run with.
    package var configuration: Configuration {
        let data = URL(fileURLWithPath: value("data_dir") ?? paths.dataDirectory.path, isDirectory: true)
        let s3 = value("s3.bucket").map { bucket in
            S3Configuration(
                bucket: bucket, endpoint: value("s3.endpoint"), region: value("s3.region") ?? "us-east-1",
                pathStyle: value("s3.path_style") == "true", accessKeyID: value("s3.access_key_id"),
                secretAccessKey: value("s3.secret_access_key"), sessionToken: value("s3.session_token"))
        }
        return Configuration(
            databaseURL: value("database.url") ?? "sqlite:" + data.appendingPathComponent("jobhunt.sqlite3").path,
            dataDirectory: data,
            configDirectory: paths.configDirectory,
            stateDirectory: paths.stateDirectory,
            redisURL: value("redis.url"),
            s3: s3,
            secretKey: value("secret_key"),
            modelDirectory: value("model.dir").map { URL(fileURLWithPath: $0, isDirectory: true) },
            sourceBaseURLs: sourceBaseURLs,
            concurrentSources: value("sources.concurrency").flatMap { Int($0) },
            concurrentPerHost: value("sources.per_host").flatMap { Int($0) },
            sourceTimeoutSeconds: value("sources.timeout").flatMap { Int($0) })
    }

    /// The API base URLs from `sources.*_url`, defaults included (they name the public APIs).
    private var sourceBaseURLs: [SourceKind: String] {
        var bases: [SourceKind: String] = [:]
        for kind in SourceKind.allCases {
            let key = SettingsTable.sourceSettingKey(kind)
            if SettingsTable.setting(key) != nil, let base = value(key) { bases[kind] = base }
        }
        return bases
    }

    /// S3 settings chosen on purpose (file or `JOBHUNT_S3_*`) do nothing without a bucket; say so.
    /// `AWS_*` variables are left out: they are often set for other tools.
    var orphanedS3Warning: String? {
        guard value("s3.bucket") == nil else { return nil }
        let orphans = settings.filter { resolved in
            guard resolved.key.hasPrefix("s3.") else { return false }
            switch resolved.source {
            case .file: return true
            case .environment(let name): return name.hasPrefix("JOBHUNT_")
            default: return false
            }
        }
        guard !orphans.isEmpty else { return nil }
        let list = orphans.map { "\($0.key) (\($0.source))" }.joined(separator: ", ")
        return "\(list) set without s3.bucket, so documents stay in data_dir (set s3.bucket to use S3)"
    }
}
