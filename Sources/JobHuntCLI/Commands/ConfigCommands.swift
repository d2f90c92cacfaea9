// `jobhunt config show|path|set|unset`: the command specs; the actions live in
// ConfigCommands+Show, +Path and +Set.

/// Commands that show and change settings.
package enum ConfigCommands {
    package static let spec = CommandSpec(
        name: "config",
        abstract: "Show and change settings",
        discussion: """
            Settings come from, in order of precedence: the --db option (database.url only), \
            environment variables (JOBHUNT_DATABASE_URL, JOBHUNT_S3_BUCKET, ... and AWS_* for S3), \
            the config file, and built-in defaults. The config file is --config PATH, else \
            $JOBHUNT_CONFIG, else $XDG_CONFIG_HOME/jobhunt/config.toml. With no settings at all \
            jobhunt uses a SQLite database under $XDG_DATA_HOME/jobhunt.
            """,
        subcommands: [show, path, set, unset],
        examples: ["jobhunt config show", "jobhunt config set s3.bucket team-documents"]
    )

    /// The options of `config path`.
    enum Path: ArgumentKeys {
        static let data: OptionKey<Bool> = .flag("data", help: "Print the data directory")
        static let state: OptionKey<Bool> = .flag("state", help: "Print the state directory")
        static let all: OptionKey<Bool> = .flag("all", help: "Print the config file, data and state paths, labelled")
        static let options: [any OptionKeyProtocol] = [data, state, all]
    }

    /// The positionals of `config set`.
    enum Set: ArgumentKeys {
        static let key: PositionalKey<String> = .required("KEY", help: "A setting such as database.url or s3.bucket")
        static let value: PositionalKey<String> = .required("VALUE", help: "The new value")
        static let positionals: [any PositionalKeyProtocol] = [key, value]
    }

    /// The positional of `config unset`.
    enum Unset: ArgumentKeys {
        static let key: PositionalKey<String> = .required("KEY", help: "A setting such as s3.bucket")
        static let positionals: [any PositionalKeyProtocol] = [key]
    }

    static let show = CommandSpec(
        name: "show",
        abstract: "Show every setting, its value and where the value came from",
        discussion: """
            Lists each setting with its value and its source: `flag --db`, `env NAME`, \
            `file PATH:LINE`, `default` or `unset`. Secrets are shown as ******** and the \
            password inside a database or Redis URL as ***. With --json, prints an array of \
            objects {key, value, source}; value is null when the setting is unset.
            """,
        examples: ["jobhunt config show", "jobhunt config show --json", "jobhunt --db sqlite:/tmp/x.db config show"],
        run: { context in try showSettings(context) }
    )

    static let path = CommandSpec(
        name: "path",
        abstract: "Print where the config file, data or state lives",
        discussion: """
            Prints the config file path by default: --config PATH, else $JOBHUNT_CONFIG, else \
            $XDG_CONFIG_HOME/jobhunt/config.toml (the file need not exist). --data prints the data \
            directory (data_dir), which holds the SQLite database, local files and the model; \
            --state prints $XDG_STATE_HOME/jobhunt. --all prints all three, labelled.
            """,
        keys: Path.self,
        examples: ["jobhunt config path", "jobhunt config path --data", "jobhunt config path --all --json"],
        run: { context in try printPaths(context) }
    )

    static let set = CommandSpec(
        name: "set",
        abstract: "Write a setting to the config file",
        discussion: """
            Edits the config file in place: comments and other settings are kept, the key is \
            added under its [table] (created when needed), and the file is replaced atomically \
            with mode 0600. A relative path is stored as an absolute one. Secrets may be stored, \
            but the environment is the better place for them: a value typed here can stay in \
            your shell history. An environment variable still overrides the file.
            """,
        keys: Set.self,
        examples: [
            "jobhunt config set database.url postgresql://coach@db.internal/jobhunt",
            "jobhunt config set s3.path_style true",
            "jobhunt --config ./team.toml config set redis.url redis://cache.internal:6379/0",
        ],
        run: { context in try setSetting(context) }
    )

    static let unset = CommandSpec(
        name: "unset",
        abstract: "Remove a setting from the config file",
        discussion: """
            Removes the key's line from the config file, keeping everything else; the setting \
            falls back to its environment variable or default. Removing a key the file does not \
            set is not an error.
            """,
        keys: Unset.self,
        examples: ["jobhunt config unset s3.bucket"],
        run: { context in try unsetSetting(context) }
    )
}
