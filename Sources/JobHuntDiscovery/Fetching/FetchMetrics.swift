// Per-request measurements a fetch hands back, for the caller to sum into platform_metrics.
import Foundation
import JobHuntKernel

/// One HTTP exchange (one try; a retried request leaves several).
package struct FetchRequestRecord: Sendable, Equatable {
    package var url: String
    /// Nil when no response came (timeout, refused connection).
    package var status: Int?
    package var responseTime: Duration
    /// A 429: the site asked us to slow down.
    package var rateLimited: Bool { status == 429 }
    /// No usable answer: a transport failure or a 4xx/5xx other than 304.
    package var failed: Bool { status.map { $0 >= 400 } ?? true }

    package init(url: String, status: Int?, responseTime: Duration) {
        self.url = url
        self.status = status
        self.responseTime = responseTime
    }
}

/// The requests behind one source's fetch; values, so a caller aggregates them per platform and day.
package struct FetchMetrics: Sendable, Equatable {
    package var records: [FetchRequestRecord] = []

    package init(records: [FetchRequestRecord] = []) { self.records = records }

    package var requests: Int { records.count }
    package var rateLimitHits: Int { records.count(where: \.rateLimited) }
    package var failures: Int { records.count(where: \.failed) }
    package var totalResponseTime: Duration { records.reduce(.zero) { $0 + $1.responseTime } }

    /// Nil without requests (a local file).
    package var averageResponseTime: Duration? {
        records.isEmpty ? nil : totalResponseTime / records.count
    }

    package mutating func merge(_ other: FetchMetrics) { records += other.records }
}
