// Saved searches (`job_search_preferences`) for the acting user: add, list,
// show, edit, remove, enable and disable, every query filtered by user id.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// Keeps the acting user's saved searches.
///
/// Names are unique per user ignoring case ("Remote Swift" and "remote swift"
/// are one search). The service enforces that, comparing in Swift rather than
/// with SQL `lower()` (which on SQLite folds ASCII only); there is no unique
/// index, since databases migrated before this existed may already hold
/// duplicates. Writes serialise per user (SQLite's write lock, a row lock on
/// the user on PostgreSQL), so two processes adding the same name at once
/// cannot both succeed. Two people may each have a search of the same name.
package struct SavedSearchService {
    let services: Services

    package init(services: Services) {
        self.services = services
    }

    typealias Columns = SavedSearch.CodingKeys

    /// Stores a new search; it starts active.
    @discardableResult
    package func add(_ name: String, _ changes: SavedSearchChanges, for actor: ActingUser) throws -> SavedSearch {
        let name = try SavedSearchRules.name(name)
        let now = services.now()
        var search = SavedSearch(
            id: UUID(), userID: actor.user.id, searchName: name, targetTitles: [], excludedTitles: [],
            targetCompanies: [], excludedCompanies: [], minSalary: nil, maxSalary: nil, experienceLevels: [],
            workArrangements: [], employmentTypes: [], locations: [], keywords: [], excludedKeywords: [],
            sources: [], isActive: true, createdAt: now, updatedAt: now)
        try Self.apply(changes, to: &search)
        return try locked(actor.user.id) { db in
            if try find(name, userID: actor.user.id, in: db) != nil { throw JobHuntError.savedSearchDuplicate(name) }
            try db.execute(
                "INSERT INTO job_search_preferences (\(columns: Columns.allCases)) VALUES \(list: Self.arguments(search))"
            )
            return try stored(search, in: db)
        }
    }

    /// The acting user's searches by name (ignoring case).
    package func list(for actor: ActingUser) throws -> [SavedSearch] {
        try all(userID: actor.user.id, in: try services.store.database())
    }

    /// The search a name denotes, in any case.
    package func show(_ name: String, for actor: ActingUser) throws -> SavedSearch {
        let db = try services.store.database()
        guard let search = try find(name, userID: actor.user.id, in: db) else {
            throw JobHuntError.savedSearchNotFound(name)
        }
        return search
    }

    /// Applies a partial change (see ``SavedSearchChanges``) and returns the result.
    @discardableResult
    package func edit(_ name: String, _ changes: SavedSearchChanges, for actor: ActingUser) throws -> SavedSearch {
        guard !changes.isEmpty else {
            throw JobHuntError(
                .savedSearchNothingToChange, "no changes given",
                remedy: "give an option such as --title or --clear FIELD")
        }
        return try update(name, for: actor) { search, db in
            if let newName = changes.name {
                let newName = try SavedSearchRules.name(newName)
                if let other = try find(newName, userID: actor.user.id, in: db), other.id != search.id {
                    throw JobHuntError.savedSearchDuplicate(newName)
                }
            }
            try Self.apply(changes, to: &search)
        }
    }

    /// Turns a search on or off for `discover --all`.
    @discardableResult
    package func setActive(_ name: String, _ active: Bool, for actor: ActingUser) throws -> SavedSearch {
        try update(name, for: actor) { search, _ in search.isActive = active }
    }

    /// Deletes a search and returns what it was.
    @discardableResult
    package func remove(_ name: String, for actor: ActingUser) throws -> SavedSearch {
        try locked(actor.user.id) { db in
            guard let search = try find(name, userID: actor.user.id, in: db) else {
                throw JobHuntError.savedSearchNotFound(name)
            }
            try db.execute("DELETE FROM job_search_preferences WHERE id = \(search.id) AND user_id = \(actor.user.id)")
            return search
        }
    }

    private func update(
        _ name: String, for actor: ActingUser, _ change: (inout SavedSearch, Database) throws -> Void
    ) throws -> SavedSearch {
        try locked(actor.user.id) { db in
            guard var search = try find(name, userID: actor.user.id, in: db) else {
                throw JobHuntError.savedSearchNotFound(name)
            }
            try change(&search, db)
            search.updatedAt = services.now()
            let assignments = Columns.assignments(Array(zip(Columns.allCases, Self.arguments(search)).dropFirst(2)))
            try db.execute(
                """
                UPDATE job_search_preferences SET \(sql: assignments) WHERE id = \(search.id) AND user_id = \(search.userID)
                """)
            return try stored(search, in: db)
        }
    }

    /// Runs a read-then-write in a transaction that holds the user's write lock:
    /// `BEGIN IMMEDIATE` on SQLite, `SELECT … FOR UPDATE` of the users row on PostgreSQL.
    private func locked<T>(_ userID: UUID, _ body: (Database) throws -> T) throws -> T {
        try services.store.database().writeTransaction { db in
            if db.dialect == .postgres {
                _ = try db.query("SELECT id FROM users WHERE id = \(userID) FOR UPDATE")
            }
            return try body(db)
        }
    }

    /// The row as the database now holds it, so returned timestamps compare equal to later reads.
    private func stored(_ search: SavedSearch, in db: Database) throws -> SavedSearch {
        try db.queryOne(
            "SELECT \(columns: Columns.allCases) FROM job_search_preferences WHERE id = \(search.id) AND user_id = \(search.userID)"
        ).map(Self.search) ?? search
    }

    func all(userID: UUID, in db: Database) throws -> [SavedSearch] {
        try db.query("SELECT \(columns: Columns.allCases) FROM job_search_preferences WHERE user_id = \(userID)")
            .map(Self.search)
            .sorted { ($0.searchName.lowercased(), $0.searchName) < ($1.searchName.lowercased(), $1.searchName) }
    }

    func find(_ name: String, userID: UUID, in db: Database) throws -> SavedSearch? {
        let key = name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return try all(userID: userID, in: db).first { $0.searchName.lowercased() == key }
    }
}
