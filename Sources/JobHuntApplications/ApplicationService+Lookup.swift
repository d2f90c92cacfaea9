// Finding one of the acting user's applications from what a person types:
// its id, or a unique start or end of it (the handle lists print).
import Foundation
import JobHuntCore
internal import JobHuntDatabase

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
                    "SELECT \(Self.columns) FROM applications WHERE id = $1 AND user_id = $2", [id, userID])
            else { throw JobHuntError.applicationNotFound(reference) }
            return try Self.application(row)
        }
        guard text.count >= ApplicationHandle.minimumLength, text.allSatisfy({ $0.isHexDigit || $0 == "-" }) else {
            throw JobHuntError.applicationNotFound(reference)
        }
        let idText = db.dialect == .postgres ? "id::text" : "id"
        let condition = "user_id = $1 AND (\(idText) LIKE $2 OR \(idText) LIKE $3)"
        let arguments: [(any DatabaseValueConvertible)?] = [userID, text + "%", "%" + text]
        let matches = try db.query(
            "SELECT \(Self.columns) FROM applications WHERE \(condition) ORDER BY created_at DESC, id LIMIT 6",
            arguments
        ).map(Self.application)
        guard matches.count <= 1 else {
            let count =
                try db.scalar("SELECT COUNT(*) FROM applications WHERE \(condition)", arguments, as: Int.self)
                ?? matches.count
            throw JobHuntError.applicationAmbiguous(reference, candidates: matches, count: count)
        }
        guard let match = matches.first else { throw JobHuntError.applicationNotFound(reference) }
        return match
    }
}
