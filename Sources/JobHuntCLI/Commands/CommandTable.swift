// The command table: every command jobhunt has, as data. A feature registers
// its commands by adding its group here; help, completions and
// docs/commands.md follow automatically.

package enum CommandTable {
    /// The root command. Only commands that work are registered.
    package static let root = CommandSpec(
        name: "jobhunt",
        abstract: "Find, rank, apply to and track jobs from the terminal",
        discussion: """
            jobhunt keeps your profile and skills, discovers postings from public job \
            sources, ranks them against you with a local embedding model, prepares \
            applications and tracks them. It runs on an embedded SQLite database by \
            default; point it at PostgreSQL, Redis and S3 to share it across machines.
            """,
        subcommands: [
            SessionCommands.initialise,
            SessionCommands.login,
            SessionCommands.logout,
            SessionCommands.whoami,
            ProfileCommands.spec,
            SkillsCommands.spec,
            DiscoverCommands.spec,
            StatusCommands.spec,
            ApplyCommands.spec,
            TaskCommands.spec,
            ScheduleCommands.spec,
            WorkerCommand.spec,
            AnalyticsCommands.spec,
            CleanupCommand.spec,
            BackupCommands.backup,
            BackupCommands.restore,
            UserCommands.spec,
            ModelCommands.group,
            EmbedCommands.embed,
            EmbedCommands.similarity,
            MigrateCommands.spec,
            ConfigCommands.spec,
            DoctorCommand.spec,
            CompletionsCommand.spec,
            HelpCommand.spec,
            ReferenceCommand.spec,
        ]
    )
}
