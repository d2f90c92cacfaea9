// The report's charts as inline SVG: grouped bars per week and a horizontal
// funnel. Fixed view boxes scale with the page; text stays text (readable,
// searchable, printable).
import Foundation
import JobHuntKernel

enum SVGCharts {
    /// Applications and positive responses per week, oldest on the left.
    static func weeklyBars(_ weeks: [WeeklyActivity]) -> String {
        let width = 960.0
        let height = 260.0
        let left = 40.0
        let bottom = 36.0
        let top = 14.0
        let plot = height - bottom - top
        let peak = max(1, weeks.map(\.applicationsCount).max() ?? 1)
        let scale = niceCeiling(peak)
        // Gridlines at whole numbers: 4 steps of a scale divisible by 4, else 5, else one per unit.
        let steps = scale % 4 == 0 ? 4 : scale % 5 == 0 ? 5 : scale
        let slot = (width - left - 8) / Double(max(weeks.count, 1))
        let bar = max(4, min(28, slot * 0.34))
        var svg = "<svg viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"Applications per week\">"
        for step in 0...steps {
            let value = scale * step / steps
            let y = top + plot - plot * Double(step) / Double(steps)
            svg += "<line class=\"grid\" x1=\"\(f(left))\" y1=\"\(f(y))\" x2=\"\(f(width - 8))\" y2=\"\(f(y))\"/>"
            svg += "<text class=\"muted\" x=\"\(f(left - 6))\" y=\"\(f(y + 4))\" text-anchor=\"end\">\(value)</text>"
        }
        for (index, week) in weeks.enumerated() {
            let x = left + slot * Double(index) + slot / 2
            let applications = plot * Double(week.applicationsCount) / Double(scale)
            let positive = plot * Double(week.positiveResponses) / Double(scale)
            svg += rect(
                x - bar - 1, top + plot - applications, bar, applications, "a",
                "\(week.week): \(week.applicationsCount) applications")
            svg += rect(
                x + 1, top + plot - positive, bar, positive, "p",
                "\(week.week): \(week.positiveResponses) positive responses")
            if week.applicationsCount > 0 {
                svg +=
                    "<text x=\"\(f(x - bar / 2 - 1))\" y=\"\(f(top + plot - applications - 3))\" text-anchor=\"middle\">\(week.applicationsCount)</text>"
            }
            let label = String(week.week.description.dropFirst(5))
            svg +=
                "<text class=\"muted\" x=\"\(f(x))\" y=\"\(f(height - bottom + 16))\" text-anchor=\"middle\">\(label)</text>"
        }
        return svg + "</svg>"
    }

    /// One bar per stage, as wide as its count, with the conversion from the stage before.
    static func funnel(_ steps: [FunnelStep]) -> String {
        let width = 960.0
        let row = 34.0
        let label = 110.0
        let height = row * Double(steps.count) + 8
        let peak = Double(max(1, steps.map(\.count).max() ?? 1))
        let span = width - label - 200
        var svg = "<svg viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"Funnel\">"
        for (index, step) in steps.enumerated() {
            let y = 4 + row * Double(index)
            let length = span * Double(step.count) / peak
            svg += "<text x=\"0\" y=\"\(f(y + 20))\">\(HTMLText.escape(step.status))</text>"
            svg += rect(label, y + 4, length, row - 10, "a", "\(step.status): \(step.count)")
            var text = "\(step.count)"
            if let conversion = step.conversion {
                text += "  (\(AnalyticsRate.percent(conversion)) of the step before)"
            }
            svg += "<text x=\"\(f(label + length + 8))\" y=\"\(f(y + 20))\">\(HTMLText.escape(text))</text>"
        }
        return svg + "</svg>"
    }

    private static func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, _ kind: String, _ title: String)
        -> String
    {
        "<rect class=\"\(kind)\" x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(max(w, 0)))\" height=\"\(f(max(h, 0)))\" rx=\"2\"><title>\(HTMLText.escape(title))</title></rect>"
    }

    /// 1, 2, 5 × 10ⁿ at or above `value`, so the axis reads in round numbers.
    static func niceCeiling(_ value: Int) -> Int {
        var magnitude = 1
        while magnitude * 10 <= value { magnitude *= 10 }
        for factor in [1, 2, 5, 10] where factor * magnitude >= value { return factor * magnitude }
        return 10 * magnitude
    }

    private static func f(_ value: Double) -> String { String(format: "%.1f", value) }
}
