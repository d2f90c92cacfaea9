// Reading and changing the acting user's profile: read through the
// `user:profile:{user_id}` cache, written in one transaction, the phone sealed.
import Foundation
internal import JobHuntDatabase
internal import JobHuntIO
import JobHuntKernel

/// The acting user's profile, and nobody else's.
///
/// Every statement filters by the acting user's id. Reads go through
/// `user:profile:{user_id}` (Redis when configured, otherwise straight to the
/// database); the cached value is the stored row with the phone still
/// sealed, so Redis never holds a phone number, and each write removes it.
package struct ProfileService {
    let services: Services
    /// How long a cached profile is served before the database is asked again;
    /// writes invalidate at once, so this only bounds staleness after a lost invalidation.
    package static let cacheLifetime: Duration = .seconds(3600)
    /// The encryption context that binds a sealed phone to this column.
    static let phoneContext = "user_profiles.phone"

    package init(services: Services) { self.services = services }

    /// `user`'s profile; a blank one (``UserProfile/isStored`` false) before the first `update`.
    package func profile(for user: ActingUser) throws -> UserProfile {
        try profile(userID: user.user.id)
    }

    /// Applies `changes` to `user`'s profile in one transaction, creating the
    /// profile on first use, and returns the result. Nothing is written when a
    /// value is refused.
    @discardableResult
    package func update(_ changes: ProfileChanges, for user: ActingUser) throws -> UserProfile {
        let userID = user.user.id
        let checked = try changes.validated()
        guard !checked.isEmpty else { return try profile(userID: userID) }
        let db = try services.store.database()
        try db.writeTransaction { db in try apply(checked, userID: userID, db: db) }
        invalidateCache(userID: userID)
        return try profile(userID: userID)
    }

    func profile(userID: UUID) throws -> UserProfile {
        let cache = try services.cache()
        let key = CacheKey.userProfile(userID)
        if let cached = cache.value(ProfileRecord.self, for: key), cached.userID == userID {
            return try unsealed(cached)
        }
        guard let record = try record(userID: userID, db: try services.store.database()) else {
            return UserProfile(userID: userID)
        }
        cache.set(record, for: key, ttl: Self.cacheLifetime)
        return try unsealed(record)
    }

    /// The stored row of `userID`, phone sealed; nil before the first write.
    func record(userID: UUID, db: Database, forUpdate: Bool = false) throws -> ProfileRecord? {
        let lock: SQL = forUpdate && db.dialect == .postgres ? " FOR UPDATE" : ""
        return try db.queryOne(
            "SELECT \(columns: ProfileColumn.stored) FROM user_profiles WHERE user_id = \(userID)\(sql: lock)"
        ).map(ProfileRecord.init(row:))
    }

    /// Drops the cached profile of `userID`. Callers that write through
    /// ``apply(_:userID:db:)`` inside their own transaction call this after it commits.
    func invalidateCache(userID: UUID) {
        guard let cache = try? services.cache() else { return }
        cache.delete(.userProfile(userID))
        cache.delete(.jobRecommendations(userID))
    }

    private func unsealed(_ record: ProfileRecord) throws -> UserProfile {
        guard let sealed = record.phoneEncrypted else { return record.profile(phone: nil) }
        do {
            let plaintext = try services.keyring().decrypt(sealed, context: Self.phoneContext)
            return record.profile(phone: String(decoding: plaintext, as: UTF8.self))
        } catch let error as CryptoError {
            throw JobHuntError(
                .profileUndecryptable, field: ProfileField.phone.column,
                "the stored phone number cannot be decrypted (\(error.localizedDescription))",
                remedy:
                    "configure the secret_key that encrypted it, or clear it with \(.clearProfileField("phone"))")
        }
    }

    func seal(_ phone: String) throws -> Data {
        try services.keyring().encrypt(Data(phone.utf8), context: Self.phoneContext)
    }
}
