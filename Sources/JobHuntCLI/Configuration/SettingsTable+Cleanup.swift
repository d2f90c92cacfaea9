// The retention settings `jobhunt cleanup` runs with (docs/privacy.md): how old
// each kind of row must be before it goes, which stored files are considered,
// and how many rows one transaction takes.
import JobHuntPrivacy

extension SettingsTable {
    static let cleanupSettings: [Setting] = [
        Setting(
            key: "cleanup.postings_older_than",
            summary:
                "Delete job postings created longer ago than this (Nd, Nw, Nm or Ny), unless an application points at one",
            defaultValue: .text("1y"), defaultDescription: "1y"),
        Setting(
            key: "cleanup.tasks_older_than",
            summary: "Archive and delete tasks completed longer ago than this",
            defaultValue: .text("6m"), defaultDescription: "6m"),
        Setting(
            key: "cleanup.browser_sessions_older_than",
            summary: "Delete inactive or expired browser sessions last used longer ago than this",
            defaultValue: .text("30d"), defaultDescription: "30d"),
        Setting(
            key: "cleanup.files_older_than",
            summary: "Delete a stored file no row refers to once it is older than this",
            defaultValue: .text("1d"), defaultDescription: "1d"),
        Setting(
            key: "cleanup.files_prefix",
            summary: "Only object keys under this prefix are checked for orphans (narrow it when the bucket is shared)",
            defaultValue: .text("users/"), defaultDescription: "users/"),
        Setting(
            key: "cleanup.batch_size",
            summary: "Rows per transaction (1 to 100000): smaller batches hold locks for less time",
            defaultValue: .text("1000"), defaultDescription: "1000"),
    ]
}
