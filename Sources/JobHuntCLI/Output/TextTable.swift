// Listings for people: aligned columns under a header, fitted to the terminal
// by shortening the widest column; piped output is never cut or coloured.

/// A table of text cells, rendered as aligned lines.
///
///     var table = TextTable(columns: [.init("ID", alignment: .right), .init("TITLE")])
///     table.append(["12", "Staff Engineer"])
///     for line in table.render(width: 80, style: output.style) { output.print(line) }
package struct TextTable: Sendable {
    package enum Alignment: Sendable {
        case left
        case right
    }

    package struct Column: Sendable {
        package var title: String
        package var alignment: Alignment

        package init(_ title: String, alignment: Alignment = .left) {
            self.title = title
            self.alignment = alignment
        }
    }

    package var columns: [Column]
    package var rows: [[String]]

    package init(columns: [Column], rows: [[String]] = []) {
        self.columns = columns
        self.rows = rows
    }

    package mutating func append(_ row: [String]) { rows.append(row) }

    /// The lines to print; `width` nil means never shorten (not a terminal).
    package func render(width: Int?, style: Style) -> [String] {
        let cells = rows.map { row in columns.indices.map { $0 < row.count ? Self.plain(row[$0]) : "" } }
        var widths = columns.indices.map { index in
            cells.reduce(columns[index].title.count) { max($0, $1[index].count) }
        }
        if let width { Self.fit(&widths, into: width) }
        let header = line(columns.map(\.title), widths: widths) { style.bold($0) }
        return [header] + cells.map { line($0, widths: widths) { $0 } }
    }

    private func line(_ cells: [String], widths: [Int], decorate: (String) -> String) -> String {
        var parts: [String] = []
        for (index, cell) in cells.enumerated() {
            let text = Self.truncate(cell, to: widths[index])
            let padding = String(repeating: " ", count: widths[index] - text.count)
            let isLast = index == cells.count - 1
            switch columns[index].alignment {
            case .left: parts.append(decorate(text) + (isLast ? "" : padding))
            case .right: parts.append(padding + decorate(text))
            }
        }
        return parts.joined(separator: "  ")
    }

    /// Shrinks the widest columns, one character at a time, down to 8 each.
    private static func fit(_ widths: inout [Int], into width: Int) {
        let gaps = 2 * max(0, widths.count - 1)
        while widths.reduce(gaps, +) > width {
            guard let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 8 else { return }
            widths[widest] -= 1
        }
    }

    private static func truncate(_ text: String, to width: Int) -> String {
        text.count <= width ? text : String(text.prefix(max(0, width - 1))) + "…"
    }

    /// Cells are plain text: escape sequences and line breaks would break alignment.
    private static func plain(_ text: String) -> String {
        Style.strip(text).map { $0.isNewline || $0 == "\t" ? " " : String($0) }.joined()
    }
}

extension CommandContext {
    /// Prints `table` fitted to the terminal, or in full when stdout is not one.
    package func printTable(_ table: TextTable) {
        let width = output.stdoutIsTerminal ? terminalWidth : nil
        for line in table.render(width: width, style: output.style) { output.print(line) }
    }
}
