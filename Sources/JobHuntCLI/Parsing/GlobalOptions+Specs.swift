// The options accepted anywhere on the command line, declared as data like any
// other option so help, completions and the reference list them too.

extension GlobalOptions {
    /// Every global option, in the order help shows them.
    public static let specs: [OptionSpec] = [
        OptionSpec(
            long: "db", kind: .value(.string), valueName: "URL",
            help: "Database URL (sqlite:PATH or postgresql://...)",
            discussion: """
                Overrides JOBHUNT_DATABASE_URL and the config file for this run. Without any, \
                jobhunt uses the SQLite database under $XDG_DATA_HOME/jobhunt.
                """),
        OptionSpec(long: "json", kind: .flag, help: "Print machine-readable JSON instead of tables"),
        OptionSpec(long: "quiet", short: "q", kind: .flag, help: "Print only errors on stderr"),
        OptionSpec(
            long: "verbose", short: "v", kind: .flag, help: "Say more on stderr (repeat for more: -vv)",
            isRepeatable: true),
        OptionSpec(
            long: "no-color", kind: .flag, help: "Never use colour",
            discussion: "Colour is also off when stdout is not a terminal, NO_COLOR is set or TERM=dumb."),
        OptionSpec(
            long: "config", kind: .value(.path), valueName: "PATH", help: "Read this config file instead of the default"
        ),
        OptionSpec(long: "help", short: "h", kind: .flag, help: "Show help (-h brief, --help full)"),
        OptionSpec(long: "version", kind: .flag, help: "Print the version and exit"),
    ]

    /// The global options a parse found; counts `-v` and keeps the last `--db`/`--config`.
    init(parsed values: [String: [ArgumentValue]]) {
        self.init()
        let text = ParsedArguments(options: values)
        databaseURL = text.string("db")
        json = text.flag("json")
        quiet = text.flag("quiet")
        verbosity = values["verbose"]?.count ?? 0
        noColor = text.flag("no-color")
        configPath = text.string("config")
    }
}
