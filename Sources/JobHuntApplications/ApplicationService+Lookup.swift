// Finding one of the acting user's applications from what a person types:
// its id, or a unique start or end of it (the handle lists print).
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

extension ApplicationService {
    /// The one application of `userID` that `reference` names.
    ///
    /// The same rules as `discover show` for postings: a full id, or at least
    /// 4 characters of its start or end. Several matches are an error that
    /// lists them; another user's id is "not found", never theirs.
    func resolve(_ reference: String, userID: UUID, db: Database) throws -> Application {
        let text = reference.trimmingCharacters(in: .whitespaces).lowercased()
        if let id = UUID(uuidString: text) {
            guard
                let row = try db.queryOne(
                    "SELECT \(sql: Self.columns) FROM applications WHERE id = \(id) AND user_id = \(userID)")
            else { throw JobHuntError.applicationNotFound(reference) }
            return try Self.application(row)
        }
        guard text.count >= ApplicationHandle.minimumLength, text.allSatisfy({ $0.isHexDigit || $0 == "-" }) else {
            throw JobHuntError.applicationNotFound(reference)
        }
        let idText: SQL = db.dialect == .postgres ? "id::text" : "id"
        let condition: SQL =
            "user_id = \(userID) AND (\(sql: idText) LIKE \(text + "%") OR \(sql: idText) LIKE \("%" + text))"
        let matches = try db.query(
            "SELECT \(sql: Self.columns) FROM applications WHERE \(sql: condition) ORDER BY created_at DESC, id LIMIT 6"
        ).map(Self.application)
        guard matches.count <= 1 else {
            let count =
                try db.scalar("SELECT COUNT(*) FROM applications WHERE \(sql: condition)", as: Int.self)
                ?? matches.count
            throw JobHuntError.applicationAmbiguous(reference, candidates: matches, count: count)
        }
        guard let match = matches.first else { throw JobHuntError.applicationNotFound(reference) }
        return match
    }
}
