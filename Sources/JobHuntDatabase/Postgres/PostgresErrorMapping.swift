internal import CLibPQ
// Turns a failed PGresult into DatabaseError by SQLSTATE, keeping the
// constraint name and leaving out DETAIL lines, which echo row values.
import Foundation
import JobHuntErrors

enum PostgresErrorMapping {
    /// https://www.postgresql.org/docs/current/errcodes-appendix.html
    static func error(from result: OpaquePointer, sql: String) -> DatabaseError {
        func field(_ code: Int32) -> String? {
            guard let value = PQresultErrorField(result, code) else { return nil }
            return String(cString: value)
        }
        let state = field(clibpq_diag_sqlstate) ?? ""
        let message =
            field(clibpq_diag_message_primary)
            ?? PostgresDriver.firstLine(String(cString: PQresultErrorMessage(result)))
        let constraint = field(clibpq_diag_constraint_name)
        let hint = field(clibpq_diag_message_hint)
        switch state {
        case "23505": return DatabaseError(.uniqueViolation, message: message, constraint: constraint, sql: sql)
        case "23503": return DatabaseError(.foreignKeyViolation, message: message, constraint: constraint, sql: sql)
        case "23514": return DatabaseError(.checkViolation, message: message, constraint: constraint, sql: sql)
        case "23502":
            let column = [field(clibpq_diag_table_name), field(clibpq_diag_column_name)].compactMap { $0 }.joined(
                separator: ".")
            return DatabaseError(
                .notNullViolation, message: message, constraint: column.isEmpty ? nil : column, sql: sql)
        case "40001", "40P01", "55P03", "57014":
            return DatabaseError(.busy, message: message, sql: sql, remedy: Remedy(hint ?? "try again"))
        case _ where state.hasPrefix("08") || state.hasPrefix("57P"):
            return DatabaseError(.connection, message: message, sql: sql, remedy: hint.map { Remedy($0) })
        case _ where state.hasPrefix("42") || state.hasPrefix("22"):
            return DatabaseError(.sql, message: message, sql: sql, remedy: hint.map { Remedy($0) })
        default:
            return DatabaseError(.other, message: message, sql: sql, remedy: hint.map { Remedy($0) })
        }
    }
}
