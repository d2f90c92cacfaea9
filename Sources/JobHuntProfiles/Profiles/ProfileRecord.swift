// A `user_profiles` row exactly as stored, phone still sealed: what is read
// from the database and what the cache holds, so no plaintext phone ever
// reaches Redis. The columns and the fields both types share are declared
// once here.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// The columns of `user_profiles`, declared once: the SELECT and upsert
/// lists, and the JSON keys of the cached ``ProfileRecord``, of
/// ``UserProfile`` and of the ``ProfileFields`` they share. The two types
/// differ only in the phone: the record keeps the sealed `phone_encrypted`,
/// the profile shows the decrypted number under `phone` (the seed's plaintext
/// column, which jobhunt only ever clears).
enum ProfileColumn: String, CodingKey, CaseIterable, SQLColumn {
    case id
    case userID = "user_id"
    case resumeFileURL = "resume_file_url"
    case resumeText = "resume_text"
    case linkedinURL = "linkedin_url"
    case githubURL = "github_url"
    case portfolioURL = "portfolio_url"
    case phoneEncrypted = "phone_encrypted"
    case phone
    case locationCity = "location_city"
    case locationState = "location_state"
    case locationCountry = "location_country"
    case willingToRelocate = "willing_to_relocate"
    case yearsExperience = "years_experience"
    case currentTitle = "current_title"
    case targetSalaryMin = "target_salary_min"
    case targetSalaryMax = "target_salary_max"
    case targetSalaryCurrency = "target_salary_currency"
    case preferredWorkType = "preferred_work_type"
    case summary
    case createdAt = "created_at"
    case updatedAt = "updated_at"

    /// What a ``ProfileRecord`` reads: every column but the plaintext `phone`.
    static let stored = allCases.filter { $0 != .phone }

    /// The column an editable field is stored in (the phone's plaintext
    /// column here; ``ProfileService`` writes the sealed one beside it).
    init(_ field: ProfileField) {
        // Every ProfileField raw value is a column name listed above.
        self.init(rawValue: field.rawValue)!
    }
}

/// The `user_profiles` columns a stored row and the profile its owner sees
/// hold alike: everything but the ids, the phone and the timestamps. Declared
/// once, for ``ProfileRecord`` and ``UserProfile`` both (the profile reaches
/// them as its own properties), each paired with its column once in ``columns``.
package struct ProfileFields: Sendable, Equatable, Codable {
    package var resumeFileURL: String?
    package var resumeText: String?
    package var linkedinURL: String?
    package var githubURL: String?
    package var portfolioURL: String?
    package var locationCity: String?
    package var locationState: String?
    package var locationCountry: String?
    package var willingToRelocate = false
    package var yearsExperience: Int?
    package var currentTitle: String?
    package var targetSalaryMin: Int?
    package var targetSalaryMax: Int?
    /// ISO 4217 code the target salary is in; nil means the currency of
    /// `locationCountry` (matching never converts between currencies).
    package var targetSalaryCurrency: String?
    /// A value outside ``WorkType`` (written by hand) reads as nil.
    package var preferredWorkType: WorkType?
    package var summary: String?

    package init() {}

    /// Every key, nulls included, into the same JSON object as the owner's other keys.
    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: ProfileColumn.self)
        for column in Self.columns { try column.encode(self, &container) }
    }

    package init(from decoder: any Decoder) throws {
        self.init()
        let container = try decoder.container(keyedBy: ProfileColumn.self)
        for column in Self.columns { try column.decode(&self, container) }
    }

    init(row: Row) throws {
        self.init()
        for column in Self.columns { try column.read(&self, row) }
    }

    /// Each field's column, named once: encoding, decoding and reading a row loop over this.
    static let columns: [Column] = [
        Column(.resumeFileURL, \.resumeFileURL), Column(.resumeText, \.resumeText),
        Column(.linkedinURL, \.linkedinURL), Column(.githubURL, \.githubURL),
        Column(.portfolioURL, \.portfolioURL), Column(.locationCity, \.locationCity),
        Column(.locationState, \.locationState), Column(.locationCountry, \.locationCountry),
        Column(.willingToRelocate, \.willingToRelocate, stored: { $0 }, loaded: { $0 ?? false }),
        Column(.yearsExperience, \.yearsExperience), Column(.currentTitle, \.currentTitle),
        Column(.targetSalaryMin, \.targetSalaryMin), Column(.targetSalaryMax, \.targetSalaryMax),
        Column(.targetSalaryCurrency, \.targetSalaryCurrency),
        Column(
            .preferredWorkType, \.preferredWorkType, stored: { $0?.rawValue },
            loaded: { $0.flatMap(WorkType.init(rawValue:)) }),
        Column(.summary, \.summary),
    ]

    /// One field and its column: how it is written to and read from JSON and a row.
    struct Column: Sendable {
        let encode: @Sendable (ProfileFields, inout KeyedEncodingContainer<ProfileColumn>) throws -> Void
        let decode: @Sendable (inout ProfileFields, KeyedDecodingContainer<ProfileColumn>) throws -> Void
        let read: @Sendable (inout ProfileFields, Row) throws -> Void

        /// A nullable column, stored as the field holds it.
        init<Value: Codable & DatabaseValueConvertible>(
            _ key: ProfileColumn, _ field: WritableKeyPath<ProfileFields, Value?> & Sendable
        ) {
            self.init(key, field, stored: { $0 }, loaded: { $0 })
        }

        /// A column stored as `Stored` for a field of another type (a work type as its
        /// raw value; a flag that reads as false when null); a value that does not fit
        /// reads as `loaded(nil)`.
        init<Value, Stored: Codable & DatabaseValueConvertible>(
            _ key: ProfileColumn, _ field: WritableKeyPath<ProfileFields, Value> & Sendable,
            stored: @escaping @Sendable (Value) -> Stored?, loaded: @escaping @Sendable (Stored?) -> Value
        ) {
            encode = { fields, container in try container.encode(stored(fields[keyPath: field]), forKey: key) }
            decode = { fields, container in
                fields[keyPath: field] = loaded(try container.decodeIfPresent(Stored.self, forKey: key))
            }
            read = { fields, row in fields[keyPath: field] = loaded(try row.optional(key, as: Stored.self)) }
        }
    }
}

/// One stored profile row. Timestamps are kept as the database's text
/// (`Timestamp.format`), so a cached row reads back to the microsecond.
struct ProfileRecord: Codable, Equatable, Sendable {
    var id: UUID
    var userID: UUID
    /// The sealed phone (``Keyring/encrypt(_:context:)``), base64 in the cache's JSON.
    var phoneEncrypted: Data?
    var fields: ProfileFields
    var createdAt: String?
    var updatedAt: String?

    typealias CodingKeys = ProfileColumn

    /// Every column, nulls included, ids in lower case, as the databases print
    /// them: the cache's JSON is read by other processes and by people with redis-cli.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id.uuidString.lowercased(), forKey: .id)
        try c.encode(userID.uuidString.lowercased(), forKey: .userID)
        try c.encode(phoneEncrypted, forKey: .phoneEncrypted)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
        try fields.encode(to: encoder)
    }

    /// Reads the cache's JSON (what ``encode(to:)`` writes).
    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(UUID.self, forKey: .id)
        userID = try c.decode(UUID.self, forKey: .userID)
        phoneEncrypted = try c.decodeIfPresent(Data.self, forKey: .phoneEncrypted)
        createdAt = try c.decodeIfPresent(String.self, forKey: .createdAt)
        updatedAt = try c.decodeIfPresent(String.self, forKey: .updatedAt)
        fields = try ProfileFields(from: decoder)
    }

    init(row: Row) throws {
        id = try row.get(ProfileColumn.id)
        userID = try row.get(ProfileColumn.userID)
        phoneEncrypted = try row.optional(ProfileColumn.phoneEncrypted)
        createdAt = try row.optional(ProfileColumn.createdAt, as: Date.self).map(Timestamp.format)
        updatedAt = try row.optional(ProfileColumn.updatedAt, as: Date.self).map(Timestamp.format)
        fields = try ProfileFields(row: row)
    }

    /// The profile as its owner sees it, with `phone` already decrypted (or nil).
    func profile(phone: String?) -> UserProfile {
        var profile = UserProfile(userID: userID)
        profile.id = id
        profile.phone = phone
        profile.fields = fields
        profile.createdAt = createdAt.flatMap { Timestamp.parse($0) }
        profile.updatedAt = updatedAt.flatMap { Timestamp.parse($0) }
        return profile
    }
}
