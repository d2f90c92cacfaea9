// Runs the data-driven constraint cases in Tests/Fixtures/constraint-cases.json on a
// freshly migrated database of each engine: each violating row is rejected
// naming its constraint, and each valid row is accepted.
import Foundation
import JobHuntDatabase
import JobHuntTesting
import Testing

@testable import JobHuntKernel

struct ConstraintCase: Decodable, Sendable, CustomTestStringConvertible {
    var constraint: String
    var table: String
    var kind: String
    var setup: [String]?
    var violation: String
    var valid: String?
    var dialect: String?

    var testDescription: String { "\(constraint) on \(table)" }

    static func all() throws -> [ConstraintCase] {
        try JSONDecoder().decode(
            [ConstraintCase].self, from: Data(contentsOf: RepositoryFiles.fixture("constraint-cases.json")))
    }

    var code: DatabaseError.Code {
        switch kind {
        case "unique": return .uniqueViolation
        case "foreign_key": return .foreignKeyViolation
        case "not_null": return .notNullViolation
        default: return .checkViolation
        }
    }
}

@Suite("Schema constraints")
struct ConstraintCaseTests {
    @Test("the case file covers every named seed constraint")
    func coverage() throws {
        let named = Set(try ConstraintCase.all().map(\.constraint))
        let seedNames: Set<String> = [
            "unique_user_profile", "valid_application_status", "valid_task_status", "valid_email", "valid_salary_range",
            "valid_experience", "valid_date_range",
        ]
        #expect(seedNames.subtracting(named).isEmpty, "no case for \(seedNames.subtracting(named).sorted())")
    }

    /// Thrown to roll a case back, so every case starts from the same empty schema.
    struct RollBack: Error {}

    @Test("each constraint rejects its violating row and accepts a valid one", arguments: TestEngine.allCases)
    func cases(engine: TestEngine) throws {
        let scratch = try ScratchDatabase(engine)
        let db = try scratch.open()
        try Schema.migrator(for: db.dialect).up(db)
        for testCase in try ConstraintCase.all() where testCase.dialect == nil || testCase.dialect == engine.rawValue {
            // Each case runs in a transaction that is rolled back; the violation
            // and the valid row each run in a savepoint inside it.
            do {
                try db.transaction { db in
                    for statement in testCase.setup ?? [] { try db.executeScript(statement) }
                    do {
                        try db.transaction { db in try db.executeScript(testCase.violation) }
                        Issue.record("\(engine): \(testCase.testDescription) accepted \(testCase.violation)")
                    } catch let error as DatabaseError {
                        #expect(error.code == testCase.code, "\(engine): \(testCase.testDescription): \(error)")
                        if testCase.kind == "check" || testCase.kind == "unique" {
                            #expect(
                                error.constraint == testCase.constraint,
                                "\(engine): \(testCase.testDescription): got \(error.constraint ?? "nil")")
                        }
                    }
                    if let valid = testCase.valid {
                        #expect(throws: Never.self, "\(engine): \(testCase.testDescription) rejected a valid row") {
                            try db.transaction { db in try db.executeScript(valid) }
                        }
                    }
                    throw RollBack()
                }
            } catch is RollBack {}
        }
    }
}
