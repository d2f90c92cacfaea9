// A person's profile as they see it: the `user_profiles` row with the phone
// decrypted, and the sealed bytes left behind.
import Foundation
import JobHuntKernel

/// One user's profile, safe to show to that user (and only to them).
///
/// Every column of `user_profiles` except the seed's plaintext `phone` and
/// the sealed `phone_encrypted`: `phone` here is the decrypted number. A user
/// who has never set anything gets a blank profile whose `id` is nil.
/// JSON keys are the seed's column names; ids are written in lower case.
/// The columns it shares with the stored row are ``ProfileFields``, read as
/// its own properties (`profile.locationCity`).
@dynamicMemberLookup
package struct UserProfile: Sendable, Equatable, Codable {
    /// Nil until the profile is first saved.
    package var id: UUID?
    package var userID: UUID
    /// Decrypted, normalised (`+442079460000`).
    package var phone: String?
    package var fields = ProfileFields()
    package var createdAt: Date?
    package var updatedAt: Date?

    /// A blank profile for a user who has not saved one.
    package init(userID: UUID) {
        self.userID = userID
    }

    package subscript<Value>(dynamicMember field: WritableKeyPath<ProfileFields, Value>) -> Value {
        get { fields[keyPath: field] }
        set { fields[keyPath: field] = newValue }
    }

    /// True once the profile has been saved.
    package var isStored: Bool { id != nil }

    /// The column names (``ProfileColumn``), with `phone` for the decrypted number.
    typealias CodingKeys = ProfileColumn

    /// Every key, nulls included, ids in lower case, as both databases print them.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id?.uuidString.lowercased(), forKey: .id)
        try container.encode(userID.uuidString.lowercased(), forKey: .userID)
        try container.encode(phone, forKey: .phone)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(updatedAt, forKey: .updatedAt)
        try fields.encode(to: encoder)
    }

    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(UUID.self, forKey: .id)
        userID = try container.decode(UUID.self, forKey: .userID)
        phone = try container.decodeIfPresent(String.self, forKey: .phone)
        createdAt = try container.decodeIfPresent(Date.self, forKey: .createdAt)
        updatedAt = try container.decodeIfPresent(Date.self, forKey: .updatedAt)
        fields = try ProfileFields(from: decoder)
    }
}
