// Per-request measurements a fetch hands back, for the caller to sum into platform_metrics.
import Foundation

/// One HTTP exchange (one try; a retried request leaves several).
public struct FetchRequestRecord: Sendable, Equatable {
    public var url: String
    /// Nil when no response came (timeout, refused connection).
    public var status: Int?
    public var responseTime: Duration
    /// A 429: the site asked us to slow down.
    public var rateLimited: Bool { status == 429 }
    /// No usable answer: a transport failure or a 4xx/5xx other than 304.
    public var failed: Bool { status.map { $0 >= 400 } ?? true }

    public init(url: String, status: Int?, responseTime: Duration) {
        self.url = url
        self.status = status
        self.responseTime = responseTime
    }
}

/// The requests behind one source's fetch; values, so a caller aggregates them per platform and day.
public struct FetchMetrics: Sendable, Equatable {
    public var records: [FetchRequestRecord] = []

    public init(records: [FetchRequestRecord] = []) { self.records = records }

    public var requests: Int { records.count }
    public var rateLimitHits: Int { records.count(where: \.rateLimited) }
    public var failures: Int { records.count(where: \.failed) }
    public var totalResponseTime: Duration { records.reduce(.zero) { $0 + $1.responseTime } }

    /// Nil without requests (a local file).
    public var averageResponseTime: Duration? {
        records.isEmpty ? nil : totalResponseTime / records.count
    }

    public mutating func merge(_ other: FetchMetrics) { records += other.records }
}
