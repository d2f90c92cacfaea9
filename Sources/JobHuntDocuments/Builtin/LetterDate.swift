// Dates as letters write them ("6 December 2026"), without a locale, so the
// same input gives the same bytes on every machine.

enum LetterDate {
    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// `2026-12-06` → `6 December 2026`; anything else as given.
    static func long(_ day: String) -> String {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return day }
        return "\(parts[2]) \(months[parts[1] - 1]) \(parts[0])"
    }

    /// `2021-03-01` → `Mar 2021`; nil → `present`.
    static func short(_ day: String?) -> String {
        guard let day else { return "present" }
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count >= 2, (1...12).contains(parts[1]) else { return day }
        return "\(months[parts[1] - 1].prefix(3)) \(parts[0])"
    }
}
