// Draws DiscoveryProgress on the stderr status line: redrawn in place, at most
// every so often while counting, and erased before the summary is printed.
import Foundation
import JobHuntDiscovery
import JobHuntKernel

/// The observer `discover` hands the core when `ProgressPolicy` allows drawing.
///
/// A new source or stage is drawn at once; counts within a stage are drawn at
/// most every `interval`, so storing 50,000 postings costs a few dozen writes.
final class TerminalProgress {
    private let output: Output
    private let width: Int
    private let interval: Duration
    private var lastLine: String?
    private var lastStage: (position: Int, stage: DiscoveryProgress.Stage)?
    private var lastDraw: ContinuousClock.Instant?
    /// When the current source entered its storing stage, for the rate.
    private var storingSince: (position: Int, at: ContinuousClock.Instant)?

    init(output: Output, width: Int, interval: Duration = .milliseconds(100)) {
        self.output = output
        self.width = width
        self.interval = interval
    }

    func show(_ progress: DiscoveryProgress) {
        let now = ContinuousClock.now
        var rate: Double?
        if progress.stage == .storing {
            if storingSince?.position != progress.position { storingSince = (progress.position, now) }
            let elapsed = now - (storingSince?.at ?? now)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            // Under a fifth of a second the rate is noise; it appears once there is something to average.
            if seconds >= 0.2, progress.stored > 0 { rate = Double(progress.stored) / seconds }
        }
        let line = ProgressLine.render(progress, width: width, rate: rate)
        guard line != lastLine else { return }
        let sameStage = lastStage.map { $0.position == progress.position && $0.stage == progress.stage } ?? false
        let finished = progress.stage == .storing && progress.stored >= progress.parsed
        if sameStage, !finished, let lastDraw, now - lastDraw < interval { return }
        output.status(line)
        lastLine = line
        lastStage = (progress.position, progress.stage)
        lastDraw = now
    }

    /// Erases the status line, if one was drawn, so the summary starts on a clean line.
    func finish() {
        guard lastLine != nil else { return }
        output.status("")
        lastLine = nil
    }
}
