// `profile import`: a JSON Resume file read and mapped to the profile's rows, or
// refused with a JobHuntError naming the field.
import Foundation
import JobHuntDatabase
import JobHuntProfiles

enum ResumeFuzz {
    static let today = CalendarDate(year: 2026, month: 12, day: 7)!

    static func run(_ data: Data) {
        _ = try? ResumeImport.read(data, today: today)
    }
}
