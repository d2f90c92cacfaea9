internal import CLibPQ
// The PostgreSQL engine over libpq: one PGconn, session settings that make
// output parseable (UTC, ISO dates), named prepared statements cached by SQL
// text, and re-connection after a dropped connection.
import Foundation

/// Owns one `PGconn*` and the names of the statements prepared on it.
final class PostgresDriver: DatabaseDriver {
    private var connection: OpaquePointer?
    private var prepared: [String: String] = [:]
    private let summary: PostgresConnectionSummary
    let dialect = SQLDialect.postgres

    init(conninfo: String, options: DatabaseOptions) throws {
        summary = PostgresConnectionSummary(conninfo)
        try Self.openLibrary()
        // Defaults first; `dbname` expanded from the caller's string last, so
        // anything the URL says overrides them.
        let keywords = ["connect_timeout", "application_name", "client_encoding", "dbname"]
        let values = [String(options.connectTimeoutSeconds), options.applicationName, "UTF8", conninfo]
        let connection = Self.withCStrings(keywords) { keywordPointers in
            Self.withCStrings(values) { valuePointers in
                PQconnectdbParams(keywordPointers, valuePointers, 1)
            }
        }
        self.connection = connection
        guard let connection, PQstatus(connection) == CONNECTION_OK else {
            let reason = connection.map { Self.firstLine(String(cString: PQerrorMessage($0))) } ?? "out of memory"
            throw DatabaseError(
                .connection, message: "cannot connect to PostgreSQL at \(summary.target): \(reason)",
                remedy: "check that the server is running and the database URL is right")
        }
        PQsetNoticeReceiver(connection, { _, _ in }, nil)  // NOTICEs are not errors; never print them.
        try setUpSession()
    }

    deinit { close() }

    /// libpq is opened on the first connection, not linked (Sources/CLibPQ/include/CLibPQ.h
    /// says why): a machine without it learns so here, in one line, instead of at start-up.
    private static func openLibrary() throws {
        var reason = [CChar](repeating: 0, count: 512)
        guard clibpq_open(&reason, reason.count) == 0 else { return }
        throw DatabaseError(
            .connection,
            message: "PostgreSQL needs libpq: \(reason.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })",
            remedy: "install it: apt-get install libpq5")
    }

    /// UTC and ISO output make TIMESTAMPTZ and DATE text parse the same everywhere.
    private func setUpSession() throws {
        try runScript("SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'")
    }

    var isInTransaction: Bool {
        guard let connection else { return false }
        let status = PQtransactionStatus(connection)
        return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE
    }

    func run(_ sql: String, _ arguments: [DatabaseValue]) throws -> StatementResult {
        let connection = try liveConnection()
        let encoded = arguments.map(PostgresValueCoding.encode)
        let result: OpaquePointer?
        if arguments.isEmpty, Self.isSessionControl(sql) {
            result = PQexec(connection, sql)
        } else {
            let name = try preparedName(for: sql, on: connection)
            result = Self.withParameters(encoded) { values, lengths, formats in
                PQexecPrepared(connection, name, Int32(encoded.count), values, lengths, formats, 0)
            }
        }
        return try consume(result, sql: sql)
    }

    /// Runs `COPY … FROM STDIN (FORMAT binary)` and streams `rows` to it, 1 MiB
    /// at a time; returns the rows the server stored.
    ///
    /// One round trip for any number of rows, and no text to parse on the
    /// server: several times cheaper than the same rows as INSERT parameters.
    /// `rows` are converted value by value as they are encoded: no second array of
    /// `DatabaseValue` rows (a 500-posting batch is 14,000 values).
    func copy(_ sql: String, rows: [[(any DatabaseValueConvertible)?]]) throws -> Int {
        let connection = try liveConnection()
        let start = PQexec(connection, sql)
        guard PQresultStatus(start) == PGRES_COPY_IN else { return try consume(start, sql: sql).changes }
        PQclear(start)
        var encoder = PostgresCopyEncoder()
        var failure: (any Error)?
        func send(_ bytes: [UInt8]) throws {
            let sent = bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { PQputCopyData(connection, $0.baseAddress, Int32($0.count)) }
            }
            guard sent == 1 else { throw connectionError(sql: sql) }
        }
        do {
            for row in rows {
                try encoder.append(row: row)
                if encoder.bytes.count >= 1 << 20 { try encoder.drain(send) }
            }
            encoder.finish()
            try encoder.drain(send)
        } catch {
            failure = error
        }
        // Ending with an error message makes the server abandon the COPY (and fail the transaction).
        guard PQputCopyEnd(connection, failure == nil ? nil : "jobhunt abandoned the copy") == 1 else {
            throw connectionError(sql: sql)
        }
        var changes = 0
        var serverError: (any Error)?
        while let result = PQgetResult(connection) {
            do { changes += try consume(result, sql: sql).changes } catch { serverError = serverError ?? error }
        }
        if let failure { throw failure }
        if let serverError { throw serverError }
        return changes
    }

    func runScript(_ sql: String) throws {
        let connection = try liveConnection()
        for statement in SQLScript.statements(sql) {
            _ = try consume(PQexec(connection, statement), sql: statement)
        }
    }

    func close() {
        if let connection { PQfinish(connection) }
        connection = nil
        prepared.removeAll()
    }

    /// The connection, re-established first if the server dropped it.
    ///
    /// A statement that failed because the connection dropped is not retried
    /// (it may have run); the *next* statement reconnects.
    private func liveConnection() throws -> OpaquePointer {
        guard let connection else {
            throw DatabaseError(.connection, message: "the PostgreSQL connection is closed")
        }
        if PQstatus(connection) != CONNECTION_OK {
            PQreset(connection)
            prepared.removeAll()
            guard PQstatus(connection) == CONNECTION_OK else {
                throw DatabaseError(
                    .connection,
                    message:
                        "lost the connection to PostgreSQL at \(summary.target): \(Self.firstLine(String(cString: PQerrorMessage(connection))))",
                    remedy: "check that the server is running")
            }
            try setUpSession()
        }
        return connection
    }

    /// Waits up to `timeout` seconds for a notification on a channel this
    /// connection LISTENs to; true when one (or more) arrived. Notifications
    /// carry no data jobhunt reads: they only say "look again".
    func waitForNotification(timeout: Double) throws -> Bool {
        let connection = try liveConnection()
        if Self.drainNotifications(connection) { return true }
        let socket = PQsocket(connection)
        guard socket >= 0 else { throw connectionError(sql: "LISTEN") }
        var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, Int32(max(0, timeout) * 1000))
        guard ready > 0 else { return false }
        guard PQconsumeInput(connection) == 1 else { throw connectionError(sql: "LISTEN") }
        return Self.drainNotifications(connection)
    }

    /// Frees every queued notification; true when there was one.
    private static func drainNotifications(_ connection: OpaquePointer) -> Bool {
        var any = false
        while let notification = PQnotifies(connection) {
            any = true
            PQfreemem(notification)
        }
        return any
    }

    private func preparedName(for sql: String, on connection: OpaquePointer) throws -> String {
        if let name = prepared[sql] { return name }
        let name = "jobhunt_\(prepared.count + 1)"
        _ = try consume(PQprepare(connection, name, sql, 0, nil), sql: sql)
        prepared[sql] = name
        return name
    }

    /// Reads a result and frees it, turning failures into DatabaseError.
    private func consume(_ result: OpaquePointer?, sql: String) throws -> StatementResult {
        defer { PQclear(result) }
        guard let result else {
            throw connectionError(sql: sql)
        }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_EMPTY_QUERY:
            return StatementResult(rows: [], changes: Int(String(cString: PQcmdTuples(result))) ?? 0)
        case PGRES_TUPLES_OK:
            return StatementResult(rows: PostgresValueCoding.rows(of: result), changes: Int(PQntuples(result)))
        default:
            if let connection, PQstatus(connection) != CONNECTION_OK { throw connectionError(sql: sql) }
            throw PostgresErrorMapping.error(from: result, sql: sql)
        }
    }

    private func connectionError(sql: String) -> DatabaseError {
        let reason = connection.map { Self.firstLine(String(cString: PQerrorMessage($0))) } ?? "closed"
        return DatabaseError(
            .connection, message: "lost the connection to PostgreSQL at \(summary.target): \(reason)", sql: sql,
            remedy: "the next command reconnects; check the server if this repeats")
    }

    private static func isSessionControl(_ sql: String) -> Bool {
        let head = sql.prefix(12).uppercased()
        // Also the bulk path's temporary-table housekeeping: utility statements, not worth preparing.
        return [
            "BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "SET ", "START", "LISTEN", "UNLISTEN", "CREATE TEMP",
            "TRUNCATE",
        ].contains {
            head.hasPrefix($0)
        }
    }

    static func firstLine(_ text: String) -> String {
        text.split(separator: "\n").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? text
    }

    /// Calls `body` with a NULL-terminated array of C strings.
    private static func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> R) -> R {
        let pointers = strings.map { strdup($0) }
        defer { for pointer in pointers { free(pointer) } }
        let array: [UnsafePointer<CChar>?] = pointers.map { UnsafePointer($0) } + [nil]
        return array.withUnsafeBufferPointer { body($0.baseAddress!) }
    }

    /// Calls `body` with libpq's parallel arrays of parameter values, lengths and formats.
    private static func withParameters<R>(
        _ parameters: [PostgresParameter],
        _ body: (UnsafePointer<UnsafePointer<CChar>?>?, UnsafePointer<Int32>?, UnsafePointer<Int32>?) -> R
    ) -> R {
        let buffers: [UnsafeMutablePointer<CChar>?] = parameters.map { parameter in
            guard let bytes = parameter.bytes else { return nil }
            // Text parameters are read up to a NUL; binary ones by length. Both are satisfied.
            let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
            bytes.withUnsafeBytes { raw in
                if let base = raw.baseAddress {
                    buffer.update(from: base.assumingMemoryBound(to: CChar.self), count: bytes.count)
                }
            }
            buffer[bytes.count] = 0
            return buffer
        }
        defer { for buffer in buffers { buffer?.deallocate() } }
        let values = buffers.map { UnsafePointer($0) }
        let lengths = parameters.map { Int32($0.bytes?.count ?? 0) }
        let formats = parameters.map { $0.isBinary ? Int32(1) : Int32(0) }
        return values.withUnsafeBufferPointer { valuePointer in
            lengths.withUnsafeBufferPointer { lengthPointer in
                formats.withUnsafeBufferPointer { formatPointer in
                    body(valuePointer.baseAddress, lengthPointer.baseAddress, formatPointer.baseAddress)
                }
            }
        }
    }
}
