// The time-saved estimates `jobhunt analytics` multiplies automated steps by
// (docs/analytics.md, "time saved"): minutes, whole and not negative.
import JobHuntAnalytics

extension SettingsTable {
    /// `analytics.minutes_per_posting`, `…_per_document`, `…_per_submission`.
    static let analyticsSettings: [Setting] = [
        Setting(
            key: "analytics.minutes_per_posting",
            summary: "Minutes saved per posting discovered and ranked for you (time_saved_minutes)",
            defaultValue: .text("\(TimeSavedEstimates.defaultMinutesPerPosting)"),
            defaultDescription: "\(TimeSavedEstimates.defaultMinutesPerPosting)"),
        Setting(
            key: "analytics.minutes_per_document",
            summary: "Minutes saved per résumé or cover letter generated (time_saved_minutes)",
            defaultValue: .text("\(TimeSavedEstimates.defaultMinutesPerDocument)"),
            defaultDescription: "\(TimeSavedEstimates.defaultMinutesPerDocument)"),
        Setting(
            key: "analytics.minutes_per_submission",
            summary: "Minutes saved per application submitted automatically (time_saved_minutes)",
            defaultValue: .text("\(TimeSavedEstimates.defaultMinutesPerSubmission)"),
            defaultDescription: "\(TimeSavedEstimates.defaultMinutesPerSubmission)"),
    ]
}
