// Failed logins slow guessing down: on a shared database every failure for an
// address is recorded, and past a few the address is locked for a window that
// doubles with each further failure.
import Foundation
internal import JobHuntDatabase
internal import JobHuntIO

/// The lockout rule for one address at one instant.
///
/// Five failures within the last hour are free (typos happen); the sixth
/// attempt must wait 30 s after the fifth failure, and each later failure
/// doubles the wait, up to 15 minutes. While locked, an attempt is refused
/// before the password is checked and is not recorded, so a person who keeps
/// retrying does not extend their own lockout, and an attacker gets
/// about 200 guesses a day per address instead of millions. Unknown addresses
/// are throttled exactly like real ones, so the lockout tells nothing about
/// which addresses have accounts. A successful login clears the record.
///
/// The clock is `Services.now` (`JOBHUNT_NOW` in tests), so the windows are
/// tested without sleeping.
struct LoginThrottle {
    let db: Database
    let email: String
    let now: Date

    static let freeFailures = 5
    static let firstDelay: TimeInterval = 30
    static let longestDelay: TimeInterval = 15 * 60
    static let window: TimeInterval = 3600

    /// How long after the latest of `failures` recent failures the next attempt must wait.
    static func delay(afterFailures failures: Int) -> TimeInterval {
        guard failures >= freeFailures else { return 0 }
        let doublings = min(failures - freeFailures, 10)
        return min(firstDelay * Double(1 << doublings), longestDelay)
    }

    var digest: String { Hashing.hex(Hashing.sha256(email)) }

    /// Throws `accountThrottled` when the address is locked now.
    func check() throws {
        let since = now.addingTimeInterval(-Self.window)
        let times = try db.query(
            """
            SELECT failed_at FROM login_failures WHERE email_digest = \(digest) AND failed_at > \(since)
            ORDER BY failed_at DESC
            """
        ).map { try $0.get("failed_at", as: Date.self) }
        guard let latest = times.first else { return }
        let until = latest.addingTimeInterval(Self.delay(afterFailures: times.count))
        if until > now {
            let seconds = Int(until.timeIntervalSince(now).rounded(.up))
            throw JobHuntError(
                .accountThrottled, "too many failed logins for this address; try again in \(seconds) s",
                remedy: "wait, then check the address and password")
        }
    }

    /// Records a failure, and forgets failures older than a day.
    func recordFailure() throws {
        try db.transaction { db in
            try db.execute("DELETE FROM login_failures WHERE failed_at < \(now.addingTimeInterval(-86_400))")
            try db.execute(
                "INSERT INTO login_failures (id, email_digest, failed_at) VALUES (\(UUID()), \(digest), \(now))")
        }
    }

    /// Forgets the address's failures after a successful login.
    func clear(_ db: Database) throws {
        try db.execute("DELETE FROM login_failures WHERE email_digest = \(digest)")
    }
}

extension JobHuntError.Code {
    package static let accountThrottled = Self("accountThrottled")
}
