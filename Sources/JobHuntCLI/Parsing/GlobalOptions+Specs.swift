// The options accepted anywhere on the command line, declared as typed keys
// like any other option so help, completions and the reference list them too.

extension GlobalOptions {
    /// The global options' keys, in the order help shows them.
    enum Keys {
        static let db: OptionKey<String?> = .value(
            "db", .string, valueName: "URL", help: "Database URL (sqlite:PATH or postgresql://...)",
            discussion: """
                Overrides JOBHUNT_DATABASE_URL and the config file for this run. Without any, \
                jobhunt uses the SQLite database under $XDG_DATA_HOME/jobhunt.
                """)
        static let json: OptionKey<Bool> = .flag("json", help: "Print machine-readable JSON instead of tables")
        static let quiet: OptionKey<Bool> = .flag("quiet", short: "q", help: "Print only errors on stderr")
        static let verbose: OptionKey<Int> = .count(
            "verbose", short: "v", help: "Say more on stderr (repeat for more: -vv)")
        static let noColor: OptionKey<Bool> = .flag(
            "no-color", help: "Never use colour",
            discussion: "Colour is also off when stdout is not a terminal, NO_COLOR is set or TERM=dumb.")
        static let config: OptionKey<String?> = .value(
            "config", .path, valueName: "PATH", help: "Read this config file instead of the default")
        static let help: OptionKey<Bool> = .flag("help", short: "h", help: "Show help (-h brief, --help full)")
        static let version: OptionKey<Bool> = .flag("version", help: "Print the version and exit")

        static let all: [any OptionKeyProtocol] = [db, json, quiet, verbose, noColor, config, help, version]
    }

    /// Every global option, in the order help shows them.
    package static let specs: [OptionSpec] = Keys.all.map(\.spec)

    /// The global options a parse found; counts `-v` and keeps the last `--db`/`--config`.
    init(parsed values: [String: [ArgumentValue]]) {
        let parsed = ParsedArguments(options: values)
        self.init(
            databaseURL: parsed[Keys.db], json: parsed[Keys.json], quiet: parsed[Keys.quiet],
            verbosity: parsed[Keys.verbose], noColor: parsed[Keys.noColor], configPath: parsed[Keys.config])
    }
}
