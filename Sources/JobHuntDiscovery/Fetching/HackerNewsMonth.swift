// `hn:YYYY-MM`: the month whose "Ask HN: Who is hiring?" thread to read, and the
// Algolia HN API requests that find it.
import Foundation
import JobHuntKernel

/// A calendar month (UTC), the argument of `hn:`.
package struct HackerNewsMonth: Sendable, Equatable {
    package var year: Int
    package var month: Int

    /// `2026-03`; nil for anything else (`2026-3`, `2026-13`, `March`).
    package init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]),
            let month = Int(parts[1]), (1...12).contains(month), year >= 2007
        else { return nil }
        self.year = year
        self.month = month
    }

    /// Epoch seconds of the month's first instant, and of the next month's.
    package var bounds: (start: Int64, end: Int64) {
        let next = month == 12 ? (year + 1, 1) : (year, month + 1)
        return (Self.epoch(year, month), Self.epoch(next.0, next.1))
    }

    /// "March 2026", as the thread's title writes it.
    package var titleMonth: String { "\(Self.names[month - 1]) \(year)" }

    /// The stories `whoishiring` posted that month (hiring, wanting to be hired, freelancers), newest first.
    package func searchURL(base: String) -> String {
        let (start, end) = bounds
        return SourceAPI.trimmingTrailingSlashes(base)
            + "/api/v1/search_by_date?tags=story%2Cauthor_whoishiring"
            + "&numericFilters=created_at_i%3E%3D\(start)%2Ccreated_at_i%3C\(end)&hitsPerPage=20"
    }

    /// The id of this month's "Who is hiring?" among a search response's hits, if it is there.
    func story(in data: Data) -> String? {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? JSONObject else { return nil }
        let hits = root.objects("hits")
        let hiring = hits.filter { ($0.text("title") ?? "").lowercased().contains("who is hiring") }
        let exact = hiring.first { ($0.text("title") ?? "").contains(titleMonth) }
        return (exact ?? hiring.first)?.nonBlank("objectID")
    }

    private static let names = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    private static func epoch(_ year: Int, _ month: Int) -> Int64 {
        Int64(SourceDate.date(year: year, month: month, day: 1, seconds: 0).timeIntervalSince1970)
    }
}
