// A platform's cookies between browser runs, in `browser_sessions`: sealed
// with the key that seals phone numbers (`cookies_encrypted`), never in the
// plaintext `cookies` column, with `last_used_at` and `expires_at` kept.
import Foundation
import JobHuntBrowser
internal import JobHuntDatabase
import JobHuntIO
import JobHuntKernel

struct BrowserSessionStore {
    let services: Services
    /// The encryption context (libsodium additional data) of the column.
    static let context = "browser_sessions.cookies"
    /// How long a kept session lasts when no cookie says.
    static let defaultLifetime: TimeInterval = 30 * 24 * 3600

    /// The user's live cookies for `platform`, or none (expired, never kept, or unreadable).
    func cookies(userID: UUID, platform: String, now: Date) throws -> [WebDriverCookie] {
        let db = try services.store.database()
        guard
            let row = try db.queryOne(
                """
                SELECT cookies_encrypted, expires_at FROM browser_sessions
                WHERE user_id = \(userID) AND platform = \(platform) AND is_active = \(true)
                ORDER BY last_used_at DESC LIMIT 1
                """),
            let sealed = try row.optional("cookies_encrypted", as: Data.self)
        else { return [] }
        if let expires = try row.optional("expires_at", as: Date.self), expires <= now { return [] }
        guard let plain = try? services.keyring().decrypt(sealed, context: Self.context) else {
            services.warn("the kept \(platform) browser session cannot be decrypted; starting a new one")
            return []
        }
        let now = Int(now.timeIntervalSince1970)
        return ((try? JSONDecoder().decode([WebDriverCookie].self, from: plain)) ?? []).filter {
            ($0.expiry ?? now + 1) > now
        }
    }

    /// Keeps `cookies` as the user's session with `platform`, sealed.
    func keep(_ cookies: [WebDriverCookie], userID: UUID, platform: String, now: Date) throws {
        let sealed = try services.keyring().encrypt(try JSONEncoder().encode(cookies), context: Self.context)
        let latest = cookies.compactMap(\.expiry).max().map { Date(timeIntervalSince1970: Double($0)) }
        let expires = latest ?? now.addingTimeInterval(Self.defaultLifetime)
        let db = try services.store.database()
        try db.writeTransaction { db in
            let updated = try db.execute(
                """
                UPDATE browser_sessions SET cookies_encrypted = \(sealed), cookies = NULL, last_used_at = \(now),
                    expires_at = \(expires), is_active = \(true)
                WHERE user_id = \(userID) AND platform = \(platform)
                """)
            if updated == 0 {
                try db.execute(
                    """
                    INSERT INTO browser_sessions (id, user_id, platform, cookies_encrypted, is_active, last_used_at,
                        expires_at, created_at)
                    VALUES (\(UUID()), \(userID), \(platform), \(sealed), \(true), \(now), \(expires), \(now))
                    """)
            }
        }
    }
}

/// `platform_metrics.detection_events`: one more for the platform's day.
struct PlatformDetections {
    let services: Services

    func record(platform: String, at now: Date) throws {
        try services.store.database().execute(
            """
            INSERT INTO platform_metrics (id, platform_name, metric_date, detection_events)
            VALUES (\(UUID()), \(platform), \(CalendarDate(utcDayOf: now)), 1)
            ON CONFLICT (platform_name, metric_date) DO UPDATE SET
                detection_events = COALESCE(platform_metrics.detection_events, 0) + 1
            """)
    }
}
