// A migrated database filled with postings whose vectors are seeded random
// directions, for the vector search tests on both engines.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntKernel

/// One test's database of postings with known vectors.
final class VectorSearchFixture: @unchecked Sendable {
    let scratch: ScratchDatabase
    let db: Database
    private var generator: SeededVectors

    init(_ engine: TestEngine, seed: UInt64 = 7) throws {
        scratch = try ScratchDatabase(engine)
        db = try scratch.open()
        try Schema.migrator(for: db.dialect).up(db)
        generator = SeededVectors(seed: seed)
    }

    static let arrangements = ["remote", "hybrid", "onsite"]

    /// Inserts `count` postings, cycling through the work arrangements, and returns their ids in order.
    @discardableResult
    func insert(_ count: Int) throws -> [UUID] {
        try db.transaction { db in
            try (0..<count).map { index in
                let id = UUID()
                try db.execute(
                    """
                    INSERT INTO job_postings (id, title, description, source_platform, source_url, work_arrangement, embedding)
                    VALUES (\(id), \("Posting \(index)"), 'A generated posting.', 'test', \("https://example.com/jobs/\(id)"), \(Self.arrangements[index % Self.arrangements.count]), \(Vector(generator.unitVector())))
                    """)
                return id
            }
        }
    }

    func randomVector() -> [Float] { generator.unitVector() }

    /// The stored vector of `id`.
    func vector(of id: UUID) throws -> [Float] {
        let row = try #require(try db.queryOne("SELECT embedding FROM job_postings WHERE id = \(id)"))
        if db.dialect == .postgres { return try row.get("embedding", as: Vector.self).values }
        return try #require(Vector(littleEndianBytes: try row.get("embedding", as: Data.self))).values
    }
}

/// Seeded Gaussian directions, the same on every run.
struct SeededVectors {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func unitVector(_ dimension: Int = 384) -> [Float] {
        let values = (0..<dimension).map { _ -> Float in
            let u = Float(next() >> 40 | 1) / Float(1 << 24)
            let v = Float(next() >> 40) / Float(1 << 24)
            return (-2 * log(u)).squareRoot() * cos(2 * .pi * v)
        }
        let norm = values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return values.map { $0 / norm }
    }
}
