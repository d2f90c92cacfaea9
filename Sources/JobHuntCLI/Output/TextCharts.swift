// Charts in a terminal: horizontal bars and sparklines drawn with Unicode
// block characters when the terminal speaks UTF-8, with ASCII otherwise, so
// a mail, a log or a Latin-1 console still reads them.

/// Which characters charts may use.
package enum ChartGlyphs: Sendable, Equatable {
    case unicode
    case ascii

    /// Unicode when the locale says UTF-8 (`LC_ALL`, then `LC_CTYPE`, then
    /// `LANG`: the first one set decides, as setlocale(3) does).
    package static func detect(environment: [String: String]) -> ChartGlyphs {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            let lowered = value.lowercased()
            return lowered.contains("utf-8") || lowered.contains("utf8") ? .unicode : .ascii
        }
        return .ascii
    }

    /// Eighths of a cell, for bars: `▏▎▍▌▋▊▉█`.
    private static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
    /// Eight heights, for sparklines.
    private static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    private static let asciiLevels: [Character] = ["_", ".", "-", "~", "=", "+", "*", "#"]

    /// A bar `value / maximum` of `width` cells (at least a sliver when `value` > 0).
    package func bar(_ value: Int, of maximum: Int, width: Int) -> String {
        guard value > 0, maximum > 0, width > 0 else { return "" }
        let cells = Double(value) / Double(maximum) * Double(width)
        switch self {
        case .ascii:
            return String(repeating: "#", count: max(1, Int(cells.rounded())))
        case .unicode:
            let eighthsTotal = max(1, Int((cells * 8).rounded()))
            var text = String(repeating: "█", count: eighthsTotal / 8)
            if eighthsTotal % 8 > 0 { text.append(Self.eighths[eighthsTotal % 8 - 1]) }
            return text
        }
    }

    /// One character per value, its height relative to the largest; zero is the lowest mark.
    package func sparkline(_ values: [Int]) -> String {
        let marks = self == .unicode ? Self.levels : Self.asciiLevels
        let peak = values.max() ?? 0
        return String(
            values.map { value in
                guard peak > 0, value > 0 else { return marks[0] }
                return marks[min(marks.count - 1, max(1, Int((Double(value) / Double(peak) * 7).rounded())))]
            })
    }

    /// The arrow between two stages of a funnel.
    package var arrow: String { self == .unicode ? "→" : "->" }
    /// An empty figure.
    package var dash: String { self == .unicode ? "–" : "-" }
}

extension CommandContext {
    /// Chart characters for this invocation's terminal and locale.
    package var chartGlyphs: ChartGlyphs { ChartGlyphs.detect(environment: environment) }
}

/// Comma-separated values as RFC 4180 writes them: a cell with a comma, a
/// quote or a line break is quoted, its quotes doubled.
package enum CSVText {
    package static func render(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(cell).joined(separator: ",") }.joined(separator: "\n")
    }

    static func cell(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
