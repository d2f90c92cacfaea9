// The settings `apply submit` reads: the SMTP relay that sends e-mail
// applications and the pace of submissions.
import JobHuntKernel

extension SettingsTable {
    static let submissionSettings: [Setting] = [
        Setting(
            key: "smtp.url", kind: .url(schemes: ["smtp", "smtps"]),
            summary: "The mail server for `apply submit --via email`: smtps://HOST:465 or smtp://HOST:587 (STARTTLS)"),
        Setting(key: "smtp.username", summary: "The login for the mail server"),
        Setting(key: "smtp.password", isSecret: true, summary: "The password for the mail server"),
        Setting(
            key: "smtp.from",
            summary: "The sender of e-mail applications, `NAME <ADDRESS>`",
            defaultDescription: "(the account's e-mail and name)"),
        Setting(
            key: "smtp.ca_file", kind: .path,
            summary: "A PEM certificate to trust for a mail server that signs its own"),
        Setting(
            key: "submission.min_interval_seconds", kind: .integer(0...86_400),
            summary: "At least this many seconds between two submissions to the same place",
            defaultValue: .text("60"), defaultDescription: "60"),
    ]
}
