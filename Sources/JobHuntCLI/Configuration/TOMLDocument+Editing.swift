// Changes one key of a config file in place: replaces the value on its line,
// or adds the line under its table (creating the table), or removes it; every
// other line, comments included, is kept as it was.

extension TOMLDocument {
    /// Sets `table.leaf` to `value`; returns false when the file already said exactly that.
    @discardableResult
    package mutating func set(table: [String], leaf: String, to value: TOMLValue) -> Bool {
        let key = (table + [leaf]).joined(separator: ".")
        if let entry = entry(key), case .entry(let parts, _, let prefix, let suffix) = lines[entry.line - 1].kind {
            let text = prefix + value.tomlText + suffix
            guard text != lines[entry.line - 1].text else { return false }
            lines[entry.line - 1] = TOMLLine(
                text: text, kind: .entry(key: parts, value: value, prefix: prefix, suffix: suffix))
            return true
        }
        if table.isEmpty {
            insertRootEntry(leaf: leaf, value: value)
        } else if let header = lines.firstIndex(where: { $0.kind == .table(table) }) {
            insertEntry([leaf], value: value, inSectionAfter: header)
        } else if let last = lastRootEntry(under: table) {
            insert(entry: table + [leaf], value: value, at: last + 1, indent: indentation(of: last))
        } else {
            if let last = lines.last, last.kind != .trivia || !last.text.allSatisfy(\.isWhitespace) {
                lines.append(TOMLLine(text: "", kind: .trivia))
            }
            let header = "[" + table.map(Self.keyText).joined(separator: ".") + "]"
            lines.append(TOMLLine(text: header, kind: .table(table)))
            insert(entry: [leaf], value: value, at: lines.count, indent: "")
        }
        return true
    }

    /// Removes the line that sets `key`; returns false when the file did not set it.
    @discardableResult
    package mutating func remove(_ key: String) -> Bool {
        guard let entry = entry(key) else { return false }
        lines.remove(at: entry.line - 1)
        return true
    }

    /// `bucket`, or `"odd key"` when the name is not a bare key.
    static func keyText(_ part: String) -> String {
        let bare =
            !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
        return bare ? part : TOMLValue.basicString(part)
    }

    private mutating func insert(entry key: [String], value: TOMLValue, at index: Int, indent: String) {
        let prefix = indent + key.map(Self.keyText).joined(separator: ".") + " = "
        let kind = TOMLLine.Kind.entry(key: key, value: value, prefix: prefix, suffix: "")
        lines.insert(TOMLLine(text: prefix + value.tomlText, kind: kind), at: index)
    }

    /// After the section's last key line (so trailing comments and blank lines stay
    /// before the next header), or right below the header when the section is empty.
    private mutating func insertEntry(_ key: [String], value: TOMLValue, inSectionAfter header: Int) {
        let end = lines[(header + 1)...].firstIndex(where: { if case .table = $0.kind { true } else { false } })
        let section = (header + 1)..<(end ?? lines.count)
        let lastEntry = section.last(where: { if case .entry = lines[$0].kind { true } else { false } })
        insert(entry: key, value: value, at: (lastEntry ?? header) + 1, indent: lastEntry.map(indentation) ?? "")
    }

    /// A top-level key goes after the last top-level key, or above the first table
    /// (and above the comment block that introduces it), or at the end of a file without tables.
    private mutating func insertRootEntry(leaf: String, value: TOMLValue) {
        let firstHeader = lines.firstIndex(where: { if case .table = $0.kind { true } else { false } })
        let root = 0..<(firstHeader ?? lines.count)
        if let last = root.last(where: { if case .entry = lines[$0].kind { true } else { false } }) {
            insert(entry: [leaf], value: value, at: last + 1, indent: indentation(of: last))
            return
        }
        guard var index = firstHeader else {
            insert(entry: [leaf], value: value, at: lines.count, indent: "")
            return
        }
        while index > 0, lines[index - 1].kind == .trivia, !lines[index - 1].text.allSatisfy(\.isWhitespace) {
            index -= 1
        }
        lines.insert(TOMLLine(text: "", kind: .trivia), at: index)
        insert(entry: [leaf], value: value, at: index, indent: "")
    }

    /// The last top-level dotted key under `table` (`s3.region = …` with no `[s3]` header).
    private func lastRootEntry(under table: [String]) -> Int? {
        let firstHeader = lines.firstIndex(where: { if case .table = $0.kind { true } else { false } })
        return (0..<(firstHeader ?? lines.count)).last {
            if case .entry(let key, _, _, _) = lines[$0].kind {
                return key.starts(with: table) && key.count > table.count
            }
            return false
        }
    }

    private func indentation(of index: Int) -> String {
        String(lines[index].text.prefix { $0 == " " || $0 == "\t" })
    }
}
