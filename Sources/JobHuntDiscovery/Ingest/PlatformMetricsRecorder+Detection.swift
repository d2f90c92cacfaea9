// Detection events (a CAPTCHA, a block page, a login wall met while
// submitting) counted into the platform's `platform_metrics` row of the day,
// beside discovery's scrapes, so `jobhunt analytics platforms` shows them.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

extension PlatformMetricsRecorder {
    /// Adds `count` detection events to `platform`'s row on the UTC day of
    /// `at`, creating the row when the day has none. One upsert statement, so
    /// concurrent workers never lose each other's counts.
    ///
    /// ```swift
    /// try PlatformMetricsRecorder(services: services).recordDetectionEvent(platform: "linkedin", at: services.now())
    /// ```
    package func recordDetectionEvent(platform: String, count: Int = 1, at: Date) throws {
        let db = try services.store.database()
        try db.execute(
            """
            INSERT INTO platform_metrics (id, platform_name, metric_date, detection_events)
            VALUES (\(UUID()), \(platform), \(CalendarDate(utcDayOf: at)), \(count))
            ON CONFLICT (platform_name, metric_date) DO UPDATE SET
                detection_events = COALESCE(platform_metrics.detection_events, 0) + excluded.detection_events
            """)
    }
}
