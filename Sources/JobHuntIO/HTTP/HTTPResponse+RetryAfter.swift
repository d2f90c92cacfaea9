// Reads a response's `Retry-After` header, in either of its two forms, as a wait.
import Foundation

extension HTTPResponse {
    /// How long the server asked us to wait before trying again (RFC 9110 §10.2.3):
    /// delay-seconds or an HTTP date, measured from `now` so callers can inject the clock.
    /// A date in the past means "now" (zero); an unreadable value is `nil`, as if absent.
    public func retryAfter(now: Date) -> Duration? {
        guard let value = header("Retry-After")?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
            return nil
        }
        if let seconds = Int(value) { return seconds >= 0 ? .seconds(seconds) : nil }
        guard let date = Self.httpDate(value) else { return nil }
        let seconds = max(0, date.timeIntervalSince(now))
        return .milliseconds(Int((seconds * 1000).rounded()))
    }

    /// IMF-fixdate, plus the two obsolete forms RFC 9110 still asks recipients to accept.
    static func httpDate(_ text: String) -> Date? {
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }
}
