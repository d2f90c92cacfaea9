// Finds or creates the `companies` row for a posting's employer: by domain
// first, then by normalised name key, remembering answers for the run.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// Resolves ``CompanyFacts`` to a company id, inserting the company on first sight.
///
/// A domain is the stronger identity (two "Acme" companies may exist), so a
/// name match is only taken when the stored row has no domain or the posting
/// gives none; a stored row without a domain gets the posting's. The memo
/// only lives for one run and is cleared whenever a write is rolled back.
final class CompanyResolver {
    private var memo: [String: UUID] = [:]
    let now: Date

    init(now: Date) { self.now = now }

    func forget() { memo.removeAll() }

    func id(for facts: CompanyFacts?, db: Database) throws -> UUID? {
        guard let facts else { return nil }
        let domainKey = facts.domain.map { "d:" + $0 }
        let nameKey = "n:" + facts.key
        if let domainKey, let id = memo[domainKey] { return id }
        if facts.domain == nil, let id = memo[nameKey] { return id }
        let id = try lookup(facts, db: db) ?? insert(facts, db: db)
        if let domainKey { memo[domainKey] = id } else { memo[nameKey] = id }
        return id
    }

    private func lookup(_ facts: CompanyFacts, db: Database) throws -> UUID? {
        if let domain = facts.domain,
            let row = try db.queryOne(
                "SELECT id FROM companies WHERE domain = \(domain) ORDER BY created_at, id LIMIT 1")
        {
            return try row.get("id", as: UUID.self)
        }
        let candidates = try db.query(
            "SELECT id, domain FROM companies WHERE name_key = \(facts.key) ORDER BY created_at, id")
        for row in candidates {
            let id = try row.get("id", as: UUID.self)
            let stored = try row.optional("domain", as: String.self)
            if stored == nil, let domain = facts.domain {
                try db.execute(
                    "UPDATE companies SET domain = \(domain), updated_at = \(now) WHERE id = \(id)")
                return id
            }
            if stored == nil || facts.domain == nil { return id }
        }
        return nil
    }

    private func insert(_ facts: CompanyFacts, db: Database) throws -> UUID {
        let id = UUID()
        let stamp = SQL.bindOnce(now)  // created_at and updated_at: one instant, bound once
        try db.execute(
            """
            INSERT INTO companies (id, name, name_key, domain, logo_url, description, created_at, updated_at)
            VALUES (\(id), \(facts.name), \(facts.key), \(facts.domain), \(facts.logoURL), \(facts.description), \(sql: stamp), \(sql: stamp))
            """)
        return id
    }
}
