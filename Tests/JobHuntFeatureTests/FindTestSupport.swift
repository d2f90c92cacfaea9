// Postings for `discover find` tests, written with SQL on either engine, and
// a deterministic "concept" embedder whose similarities a test can predict.
import Foundation
import JobHuntDatabase
import JobHuntTesting

@testable import JobHuntDiscovery
@testable import JobHuntKernel
@testable import JobHuntMatching

/// A fresh database with seven known postings; nothing is shared between tests.
final class FindFixture: @unchecked Sendable {
    let profile: ProfileFixture
    var services: Services { profile.services }
    /// Posting ids by their key in ``postings``.
    private(set) var ids: [String: UUID] = [:]

    /// key, title, description, company, city, country, arrangement, active.
    static let postings: [(String, String, String, String, String, String, String, Bool)] = [
        (
            "ios", "Senior Swift iOS Engineer", "Build our iPhone app in Swift and SwiftUI. Swift experience required.",
            "Acme", "Berlin", "DE", "remote", true
        ),
        (
            "mobile", "Mobile Developer", "Ship apple mobile apps for millions of users.", "Globex", "London", "GB",
            "hybrid", true
        ),
        (
            "server", "Backend Engineer",
            "Write server-side Swift services on Linux with Vapor, deployed to Kubernetes by a friendly team of twelve.",
            "Initech", "Berlin", "DE", "onsite", true
        ),
        (
            "ml", "Machine Learning Engineer", "Train machine learning models in Python with PyTorch.", "Acme", "Paris",
            "FR", "remote", true
        ),
        (
            "intern", "Data Analyst Intern", "Python and SQL; learn machine learning basics.", "Globex", "London", "GB",
            "remote", true
        ),
        (
            "nurse", "Registered Nurse", "Clinical care for ICU patients at our hospital.", "St Aldric", "Leeds", "GB",
            "onsite", true
        ),
        ("closed", "Closed role", "Swift Swift Swift iOS.", "Acme", "Berlin", "DE", "remote", false),
    ]

    init(_ engine: TestEngine, embedder: (([String]) throws -> [[Float]])? = ConceptEmbedding.embed) throws {
        profile = try ProfileFixture(engine)
        let db = try services.store.database()
        var companies: [String: UUID] = [:]
        for (key, title, description, company, city, country, arrangement, active) in Self.postings {
            if companies[company] == nil {
                companies[company] = UUID()
                try db.execute("INSERT INTO companies (id, name) VALUES (\(companies[company]), \(company))")
            }
            let id = UUID()
            ids[key] = id
            let vector = try embedder.map { try $0([title + "\n\n" + description])[0] }
            try db.execute(
                """
                INSERT INTO job_postings (id, external_id, title, description, company_id, source_platform, source_url,
                    location_city, location_country, work_arrangement, is_active, embedding)
                VALUES (\(id), \(key), \(title), \(description), \(companies[company]), 'greenhouse', \("https://example.com/\(key)"), \(city), \(country), \(arrangement), \(active), \(vector.map { Vector($0) }))
                """)
        }
    }

    func finder(embedder: (([String]) throws -> [[Float]])? = ConceptEmbedding.embed) -> PostingFinder {
        PostingFinder(services: services, embedder: embedder.map(EmbeddingFunction.init))
    }

    /// The keys of `found`, in order.
    func keys(_ found: [FoundPosting]) -> [String] {
        found.map { posting in ids.first { $0.value == posting.id }?.key ?? "?" }
    }
}

/// Vectors from four hand-made concepts (Apple mobile, machine learning,
/// nursing, infrastructure) plus a constant, so "iphone" is close to a Swift
/// posting that never says iPhone, and far from a nurse's.
enum ConceptEmbedding {
    static let concepts: [Set<String>] = [
        ["swift", "ios", "iphone", "mobile", "apple", "app", "apps", "swiftui"],
        ["python", "machine", "learning", "models", "pytorch", "data", "sql"],
        ["nurse", "clinical", "patients", "hospital", "icu", "care"],
        ["kubernetes", "linux", "infrastructure", "terraform", "cloud"],
    ]

    static func vector(for text: String) -> [Float] {
        var vector = [Float](repeating: 0, count: PostingIngestor.dimensions)
        vector[PostingIngestor.dimensions - 1] = 0.1
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
            for (index, concept) in concepts.enumerated() where concept.contains(String(word)) { vector[index] += 1 }
        }
        let norm = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return vector.map { $0 / norm }
    }

    static func embed(_ texts: [String]) -> [[Float]] { texts.map(vector(for:)) }

    static func cosine(_ a: String, _ b: String) -> Float {
        zip(vector(for: a), vector(for: b)).reduce(0) { $0 + $1.0 * $1.1 }
    }
}
