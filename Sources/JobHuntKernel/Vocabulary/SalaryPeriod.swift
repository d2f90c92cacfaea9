// The pay periods sources name and the factors that turn each into a year's pay.

/// A pay period, with JobSpy's `convert_to_annual` factors: hour × 2080, day × 260,
/// week × 52, month × 12.
package enum SalaryPeriod: String, Sendable, CaseIterable {
    case hour, day, week, month, year

    package var yearlyFactor: Int {
        switch self {
        case .hour: 2080
        case .day: 260
        case .week: 52
        case .month: 12
        case .year: 1
        }
    }

    /// Any source's spelling: `YEAR`, `1 MONTH`, `per-hour-wage`, `hourly`, `per annum`, `yr`.
    /// `NONE`, empty and unknown spellings are nil.
    package init?(named text: String) {
        let key = text.lowercased().filter(\.isLetter)
        if let exact = SalaryPeriod.spellings[key] {
            self = exact
            return
        }
        for (word, period) in SalaryPeriod.stems where key.contains(word) {
            self = period
            return
        }
        return nil
    }

    private static let spellings: [String: SalaryPeriod] = [
        "hr": .hour, "h": .hour, "ph": .hour, "hour": .hour, "hourly": .hour, "day": .day, "daily": .day,
        "diem": .day, "wk": .week, "week": .week, "weekly": .week, "mo": .month, "mth": .month, "month": .month,
        "monthly": .month, "pm": .month, "yr": .year, "y": .year, "year": .year, "yearly": .year,
        "annual": .year, "annually": .year, "annum": .year, "pa": .year, "perannum": .year,
    ]

    /// Substrings of longer spellings (`perhourwage`, `permonthsalary`), checked in this order.
    private static let stems: [(String, SalaryPeriod)] = [
        ("hour", .hour), ("day", .day), ("daily", .day), ("week", .week), ("month", .month),
        ("year", .year), ("annum", .year), ("annual", .year),
    ]
}
