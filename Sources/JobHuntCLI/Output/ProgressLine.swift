import Foundation
import JobHuntDiscovery
// A discover run's progress as one line of text, and when to draw it at all:
// pure functions, so the layout and the TTY decision are tested without a terminal.
import JobHuntKernel

/// Whether progress is drawn: for people only (gh's iostreams spin only on a
/// terminal). Never into a pipe or a file, never with `--json` or `--quiet`,
/// and not on `TERM=dumb`, which cannot erase a line.
enum ProgressPolicy {
    static func shows(stderrIsTerminal: Bool, quiet: Bool, json: Bool, environment: [String: String]) -> Bool {
        stderrIsTerminal && !quiet && !json && environment["TERM"] != "dumb"
    }
}

/// The text of the status line.
enum ProgressLine {
    /// The longest bar drawn; a wide terminal gets room, not a longer bar.
    static let maximumBarWidth = 30

    /// Carriage return, the line, then erase to the end of the line (ECMA-48 EL, `ESC [ K`),
    /// so a shorter line leaves nothing of the longer one before it.
    static func redraw(_ line: String) -> String { "\r" + line + "\u{1B}[K" }

    /// `[2/3] greenhouse:acme  storing [#########-----------] 120/300 40/s`, at most
    /// `width - 1` columns (the last column would make some terminals wrap);
    /// a long source name is cut with `…`, and the bar goes when there is no room.
    /// `rate` is postings per second stored so far (the drawer times the stage); nil draws none.
    static func render(_ progress: DiscoveryProgress, width: Int, rate: Double? = nil) -> String {
        let limit = max(width - 1, 20)
        let head = "[\(progress.position)/\(progress.sourceCount)] "
        let words: String
        var counts: String?
        switch progress.stage {
        case .fetching:
            words = "fetching…"
        case .parsing:
            words = "parsing \(progress.documents) \(progress.documents == 1 ? "document" : "documents")…"
        case .storing:
            words = "storing"
            counts = "\(min(progress.stored, progress.parsed))/\(progress.parsed)"
            if let rate, rate.isFinite, rate > 0 { counts! += " \(Self.rate(rate))" }
        }
        var run = tally(progress)
        // A narrow terminal keeps the source's name readable and drops the run's totals first.
        if limit - head.count - (2 + words.count + (counts.map { $0.count + 1 } ?? 0) + run.count)
            < min(progress.source.count, 12)
        {
            run = ""
        }
        let tail = "  " + words + (counts.map { " " + $0 } ?? "") + run
        let name = fit(progress.source, into: limit - head.count - tail.count)
        var line = head + name + "  " + words
        if let counts {
            let room = limit - (head.count + name.count + tail.count) - 3
            if room >= 5 {
                line += " " + bar(progress.stored, of: progress.parsed, width: min(room, maximumBarWidth))
            }
            line += " " + counts
        }
        line += run
        return line.count > limit ? String(line.prefix(limit - 1)) + "…" : line
    }

    /// `  · 150/200 fetched · 3400 postings · 4.2 boards/s`: the whole run, when it has
    /// several sources (fetched several at a time, ahead of the one being stored) and
    /// a clock; the rate once a second has passed, so the first draw shows no wild figure.
    static func tally(_ progress: DiscoveryProgress) -> String {
        guard progress.sourceCount > 1, progress.elapsed > .zero else { return "" }
        var text = "  · \(progress.fetched)/\(progress.sourceCount) fetched · \(progress.postings) postings"
        let (seconds, attoseconds) = progress.elapsed.components
        let elapsed = Double(seconds) + Double(attoseconds) / 1e18
        if elapsed >= 1 {
            text += " · " + String(format: "%.1f", Double(progress.fetched) / elapsed) + " boards/s"
        }
        return text
    }

    /// `840/s`, `12/s`, `0.5/s`: whole numbers unless below ten a second.
    static func rate(_ perSecond: Double) -> String {
        perSecond >= 10
            ? "\(Int(perSecond.rounded()))/s" : "\((perSecond * 10).rounded() / 10)/s"
    }

    /// `[#####-----]`: `done` of `total` in `width` cells (a total of zero is full).
    static func bar(_ done: Int, of total: Int, width: Int) -> String {
        let filled = total <= 0 ? width : min(width, max(0, done) * width / total)
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "]"
    }

    private static func fit(_ text: String, into room: Int) -> String {
        if text.count <= room { return text }
        if room <= 1 { return "…" }
        return String(text.prefix(room - 1)) + "…"
    }
}
