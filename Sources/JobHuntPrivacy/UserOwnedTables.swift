// The one declared list of what belongs to a person: every table holding their
// rows and how it is reached, and every table that is shared. `user forget`
// deletes in this order, `user export` writes these tables, and a test fails
// when the live schema has a table neither list names, so a table a later
// migration adds cannot be forgotten by `forget`.
import Foundation
package import JobHuntDatabase

/// How a user-owned table's rows are found for one user.
package enum OwnerReach: Sendable, Equatable {
    /// The `users` row itself (`id`).
    case account
    /// A `user_id` column.
    case userID
    /// An `application_id` column naming one of the user's applications.
    case applicationID
}

/// What `forget` does with a table's rows.
package enum ForgetAction: String, Sendable, Equatable, Codable {
    case delete
    /// The user reference is replaced by an irreversible anonymous id; the rest stays.
    case anonymise
}

/// One table holding a person's rows.
package struct OwnedTable: Sendable, Equatable {
    package var name: String
    package var reach: OwnerReach
    package var action: ForgetAction
}

/// Which tables a person owns, and which are shared.
package enum UserOwnedTables {
    /// Every user-owned table, children before parents: `forget` deletes in this
    /// order, so no row is left pointing at a deleted one whatever a foreign key's
    /// ON DELETE says.
    package static let all: [OwnedTable] = [
        OwnedTable(name: "application_status_history", reach: .applicationID, action: .delete),
        OwnedTable(name: "generated_content", reach: .applicationID, action: .delete),
        OwnedTable(name: "submissions", reach: .userID, action: .delete),
        OwnedTable(name: "automation_tasks_archive", reach: .userID, action: .delete),
        OwnedTable(name: "automation_tasks", reach: .userID, action: .delete),
        // Before applications: a schedule may name one (migration 018).
        OwnedTable(name: "task_schedules", reach: .userID, action: .delete),
        OwnedTable(name: "applications", reach: .userID, action: .delete),
        OwnedTable(name: "browser_sessions", reach: .userID, action: .delete),
        OwnedTable(name: "user_sessions", reach: .userID, action: .delete),
        OwnedTable(name: "job_search_preferences", reach: .userID, action: .delete),
        OwnedTable(name: "user_experiences", reach: .userID, action: .delete),
        OwnedTable(name: "user_skills", reach: .userID, action: .delete),
        OwnedTable(name: "user_profiles", reach: .userID, action: .delete),
        OwnedTable(name: "user_analytics", reach: .userID, action: .anonymise),
        OwnedTable(name: "users", reach: .account, action: .delete),
    ]

    /// Tables that name no one: postings and companies are shared by every user,
    /// platform metrics count sources, the rest is bookkeeping.
    package static let shared: Set<String> = [
        "companies", "job_postings", "job_posting_sources", "http_validators", "platform_metrics",
        "schema_migrations", "posting_vector_state",
        // Failed logins keyed by a digest of the address tried, which may be no
        // one's; rows older than a day are deleted by the next login.
        "login_failures",
        // Cache keys whose invalidation Redis did not confirm (migration 033):
        // replayed and deleted by the next process that reaches Redis.
        "cache_invalidations",
    ]

    /// Columns that hold where a stored file is (`s3://…`, `file://…`). `cleanup`
    /// keeps every object one of them names; `forget` deletes those it finds.
    package static let fileReferences: [(table: String, column: String)] = [
        ("user_profiles", "resume_file_url"),
        ("applications", "tailored_resume_url"),
        ("applications", "cover_letter_url"),
        ("generated_content", "file_url"),
        ("submissions", "screenshot_url"),
    ]

    /// Folders whose objects belong to a row rather than to a column: every file
    /// under `users/<user>/applications/<id>/` (apply's documents in each format,
    /// of which `file_url` names only the fullest) is kept while application
    /// `<id>` exists, and is an orphan once it is gone.
    package static let folderReferences: [(folder: String, table: String)] = [("applications", "applications")]

    /// Columns whose names look like a location but hold web addresses, never stored files.
    package static let webAddresses: Set<String> = [
        "user_profiles.linkedin_url", "user_profiles.github_url", "user_profiles.portfolio_url",
        "applications.job_url", "job_postings.source_url", "job_posting_sources.source_url",
        "companies.logo_url", "companies.career_page_url", "http_validators.url",
    ]

    /// Columns `export` leaves out: a secret's hash is not the person's data, and
    /// an embedding is derived from text the export already holds.
    package static let notExported: Set<String> = [
        "users.password_hash", "user_sessions.token_hash", "user_profiles.embedding",
        "user_profiles.embedding_fingerprint", "user_profiles.target_embedding",
        "user_profiles.target_embedding_fingerprint",
    ]

    package static func table(_ name: String) -> OwnedTable? { all.first { $0.name == name } }

    /// The `WHERE` condition selecting `user`'s rows of `table` (names from this list, never from input).
    package static func ownerCondition(_ table: OwnedTable, user: UUID) -> SQL {
        switch table.reach {
        case .account: return "id = \(user)"
        case .userID: return "user_id = \(user)"
        case .applicationID: return "application_id IN (SELECT id FROM applications WHERE user_id = \(user))"
        }
    }
}
