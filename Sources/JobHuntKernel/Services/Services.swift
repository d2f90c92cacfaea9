// The shared parts a command's services run on — database, cache, keys,
// clock and process runner — built from one Configuration, each only when first used, so a
// command that needs none of them opens nothing.
import Foundation
package import JobHuntIO

/// One invocation's connections to the outside world.
///
/// The CLI makes exactly one per process: Redis failures are reported once
/// per cache, and the database connection is reused by every service.
package final class Services: @unchecked Sendable {
    package let configuration: Configuration
    package let store: DataStore
    /// The current time; the CLI honours `JOBHUNT_NOW` so expiry can be tested.
    package let now: @Sendable () -> Date
    /// Receives non-fatal problems (Redis down) for the CLI to show once.
    package let warn: @Sendable (String) -> Void
    /// What starts other programs (résumé tools, the editor, chromedriver):
    /// the real ``SystemProcessRunner`` unless a test passes its own.
    package let processRunner: any ProcessRunner
    private let lock = NSLock()
    private var cachedCache: (any Cache)?
    private var cachedKeyring: Keyring?

    package init(
        configuration: Configuration, now: @escaping @Sendable () -> Date = Date.init,
        warn: @escaping @Sendable (String) -> Void = { _ in },
        processRunner: any ProcessRunner = SystemProcessRunner()
    ) {
        self.configuration = configuration
        self.store = DataStore(databaseURL: configuration.databaseURL)
        self.now = now
        self.warn = warn
        self.processRunner = processRunner
    }

    /// Redis when `redis.url` is set, otherwise no cache; never throws for an
    /// unreachable server (reads miss, one warning), but a malformed URL fails.
    /// Invalidations Redis cannot confirm are journaled in the database
    /// (``JournaledCache``), so no write's stale value is served once it is back.
    package func cache() throws -> any Cache {
        try lock.withLock {
            if let cachedCache { return cachedCache }
            let cache: any Cache
            if let url = configuration.redisURL {
                let warn = self.warn
                let redis = RedisCache(configuration: try RedisConfiguration(url: url)) { error in
                    warn("the Redis cache is unavailable, continuing without it: \(error.localizedDescription)")
                }
                cache = JournaledCache(redis: redis, store: store, now: now)
            } else {
                cache = NoCache()
            }
            cachedCache = cache
            return cache
        }
    }

    /// The keys that encrypt personal fields: `secret_key` when configured,
    /// otherwise a key file created 0600 in the config directory on first use.
    package func keyring() throws -> Keyring {
        try lock.withLock {
            if let cachedKeyring { return cachedKeyring }
            let keyring =
                if let secret = configuration.secretKey {
                    try Keyring(configuredValue: secret)
                } else {
                    try KeyFile.loadOrCreate(in: configuration.configDirectory)
                }
            cachedKeyring = keyring
            return keyring
        }
    }
}
