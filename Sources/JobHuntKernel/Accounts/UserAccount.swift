// A person who uses jobhunt, as the `users` table stores them (without the
// password hash, which never leaves AccountService).
import Foundation
internal import JobHuntDatabase

/// One row of `users`, safe to print: no password hash, no phone.
package struct UserAccount: Sendable, Equatable, Codable {
    package var id: UUID
    package var email: String
    package var firstName: String?
    package var lastName: String?
    package var isActive: Bool
    package var emailVerified: Bool
    package var subscriptionTier: String
    package var createdAt: Date?
    package var lastLoginAt: Date?

    /// The `users` columns this type holds, which are also its JSON keys
    /// (the seed's column names).
    enum CodingKeys: String, CodingKey, CaseIterable, SQLColumn {
        case id, email
        case firstName = "first_name"
        case lastName = "last_name"
        case isActive = "is_active"
        case emailVerified = "email_verified"
        case subscriptionTier = "subscription_tier"
        case createdAt = "created_at"
        case lastLoginAt = "last_login_at"
    }

    /// Writes ids in lower case, as both databases store them.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id.uuidString.lowercased(), forKey: .id)
        try container.encode(email, forKey: .email)
        try container.encode(firstName, forKey: .firstName)
        try container.encode(lastName, forKey: .lastName)
        try container.encode(isActive, forKey: .isActive)
        try container.encode(emailVerified, forKey: .emailVerified)
        try container.encode(subscriptionTier, forKey: .subscriptionTier)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(lastLoginAt, forKey: .lastLoginAt)
    }

    /// "Ada Lovelace", or the e-mail when no name is known.
    package var displayName: String {
        let name = [firstName, lastName].compactMap { $0 }.joined(separator: " ")
        return name.isEmpty ? email : name
    }
}

/// A login token as the user holds it. Only its SHA-256 is stored; the value
/// itself is never logged (its description is redacted).
package struct SessionToken: Sendable, Equatable, CustomStringConvertible {
    package let rawValue: String
    package init(rawValue: String) { self.rawValue = rawValue }
    package var description: String { "SessionToken(redacted)" }
}

/// Who a command acts as, and through which session.
package struct ActingUser: Sendable, Equatable {
    package var user: UserAccount
    /// Nil when the embedded default acted as its only local user without a session.
    package var sessionID: UUID?

    package init(user: UserAccount, sessionID: UUID?) {
        self.user = user
        self.sessionID = sessionID
    }
}
