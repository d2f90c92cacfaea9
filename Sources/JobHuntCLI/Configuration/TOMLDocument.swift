// A config file as parsed lines: reading gives every key with its value and
// line number; editing (TOMLDocument+Editing) changes single lines and writes
// the rest back untouched, comments included.

/// The TOML subset jobhunt reads: comments, `[table]` headers, dotted keys,
/// basic and literal strings, integers and booleans, one per line.
///
///     # where the team's data lives
///     [database]
///     url = "postgresql://coach@db.internal/jobhunt"
///     [s3]
///     bucket = 'jobhunt-docs'
///     path_style = true
package struct TOMLDocument: Sendable, Equatable {
    /// A `key = value` line, with its key joined under its table: `s3.bucket`.
    package struct Entry: Sendable, Equatable {
        package var key: String
        package var value: TOMLValue
        /// 1-based.
        package var line: Int
    }

    var lines: [TOMLLine]
    /// `\r\n` when the file used it, so an edit does not change every line ending.
    var lineEnding: String
    var endsWithNewline: Bool

    /// An empty document, for a file that does not exist yet.
    package init() {
        lines = []
        lineEnding = "\n"
        endsWithNewline = true
    }

    /// Parses `text`; errors name `path` and the line.
    package init(text: String, path: String) throws(TOMLError) {
        lineEnding = text.contains("\r\n") ? "\r\n" : "\n"
        // Split at every LF and drop a CR before it, whatever the file's ending: a file with
        // both (edited on two systems) read as CRLF only was one long line that did not parse,
        // and a stray CR at the end became CRLF after `config set` (found by `scripts/fuzz toml`).
        // By scalar: a CRLF is one Character, so a Character split would not see its LF.
        var rawLines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.last == "\r" ? $0.dropLast() : $0[...])
        }
        endsWithNewline = rawLines.last == ""
        if endsWithNewline { rawLines.removeLast() }
        lines = []
        for (offset, raw) in rawLines.enumerated() {
            do {
                lines.append(try TOMLLineParser.parse(raw))
            } catch {
                throw TOMLError(path: path, line: offset + 1, message: error.message)
            }
        }
        try checkDefinitions(path: path)
    }

    /// Every key/value line in file order.
    package var entries: [Entry] {
        var table: [String] = []
        var result: [Entry] = []
        for (offset, line) in lines.enumerated() {
            switch line.kind {
            case .trivia: break
            case .table(let path): table = path
            case .entry(let key, let value, _, _):
                result.append(Entry(key: (table + key).joined(separator: "."), value: value, line: offset + 1))
            }
        }
        return result
    }

    /// The entry for a full dotted key, if the file sets it.
    package func entry(_ key: String) -> Entry? { entries.first { $0.key == key } }

    /// The document as text: unchanged lines exactly as read.
    package var text: String {
        let body = lines.map(\.text).joined(separator: lineEnding)
        return lines.isEmpty ? "" : body + (endsWithNewline ? lineEnding : "")
    }

    /// TOML forbids setting a key twice, opening a table twice, or using one name as both a value and a table.
    private func checkDefinitions(path: String) throws(TOMLError) {
        var tables: [String: Int] = [:]
        var values: [String: Int] = [:]
        var table: [String] = []
        for (offset, line) in lines.enumerated() {
            let number = offset + 1
            switch line.kind {
            case .trivia: continue
            case .table(let header):
                table = header
                let name = header.joined(separator: ".")
                if let first = tables[name] {
                    throw TOMLError(
                        path: path, line: number, message: "table [\(name)] is defined twice (first on line \(first))")
                }
                tables[name] = number
                try checkNotAValue(header, values: values, path: path, line: number)
            case .entry(let key, _, _, _):
                let full = table + key
                let name = full.joined(separator: ".")
                if let first = values[name] {
                    throw TOMLError(
                        path: path, line: number, message: "duplicate key '\(name)' (first set on line \(first))")
                }
                try checkNotAValue(Array(full.dropLast()), values: values, path: path, line: number)
                if let clash = tables.keys.first(where: { $0 == name || $0.hasPrefix(name + ".") }) {
                    throw TOMLError(path: path, line: number, message: "'\(name)' is already a table ([\(clash)])")
                }
                values[name] = number
            }
        }
    }

    /// Fails when a prefix of `path` was already given a plain value (`s3 = "x"` then `[s3]`).
    private func checkNotAValue(_ path: [String], values: [String: Int], path file: String, line: Int)
        throws(TOMLError)
    {
        for length in stride(from: 1, through: path.count, by: 1) {
            let name = path.prefix(length).joined(separator: ".")
            if let first = values[name] {
                throw TOMLError(
                    path: file, line: line,
                    message: "'\(name)' already has a value (line \(first)), so it cannot be a table")
            }
        }
    }
}
