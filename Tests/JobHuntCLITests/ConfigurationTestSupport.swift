// A fake home directory per test, with helpers to write a config file and to
// build a resolver or a CommandContext that sees only that home.
import Foundation
import JobHuntCLI
import JobHuntTesting

/// A temporary HOME and an environment that points at it and nothing else.
struct ConfigSandbox {
    let directory: TemporaryDirectory
    var environment: [String: String]

    init() throws {
        directory = try TemporaryDirectory(prefix: "jobhunt-config")
        environment = ["HOME": directory.path]
    }

    var home: URL { directory.url }

    /// The default config file, `$HOME/.config/jobhunt/config.toml`.
    var defaultConfigFile: URL { home.appendingPathComponent(".config/jobhunt/config.toml") }

    /// Writes `text` to `file` (default: the default config file), creating directories.
    @discardableResult
    func write(_ text: String, to file: URL? = nil) throws -> URL {
        let file = file ?? defaultConfigFile
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: false, encoding: .utf8)
        return file
    }

    func resolver(_ extra: [String: String] = [:], db: String? = nil, config: String? = nil) -> ConfigurationResolver {
        ConfigurationResolver(
            environment: environment.merging(extra) { $1 }, databaseFlag: db, configFlag: config,
            currentDirectory: home)
    }

    func resolve(_ extra: [String: String] = [:], db: String? = nil, config: String? = nil) throws
        -> ConfiguredSettings
    {
        try resolver(extra, db: db, config: config).resolve()
    }

    /// A context for calling a command function directly, as the parser would.
    func context(
        _ path: [String], positionals: [String: String] = [:], flags: [String] = [],
        globals: GlobalOptions = GlobalOptions(), environment extra: [String: String] = [:]
    ) -> (CommandContext, RecordingOutput) {
        let output = RecordingOutput()
        let arguments = ParsedArguments(
            commandPath: path,
            options: Dictionary(uniqueKeysWithValues: flags.map { ($0, [ArgumentValue.bool(true)]) }),
            positionals: positionals.mapValues { [ArgumentValue.string($0)] })
        let context = CommandContext(
            arguments: arguments, globals: globals, environment: environment.merging(extra) { $1 }, output: output)
        return (context, output)
    }

    /// Runs the command at `path` in `CommandTable.root` as the parser would, returning what it wrote.
    @discardableResult
    func run(
        _ path: [String], positionals: [String: String] = [:], flags: [String] = [],
        globals: GlobalOptions = GlobalOptions(), environment extra: [String: String] = [:]
    ) throws -> RecordingOutput {
        var spec = CommandTable.root
        for name in path {
            guard let next = spec.subcommands.first(where: { $0.name == name }) else {
                throw CLIError.failure("no command \(path.joined(separator: " ")) in the command table")
            }
            spec = next
        }
        guard let action = spec.run else { throw CLIError.failure("\(spec.name) has no action") }
        let (context, output) = context(
            path, positionals: positionals, flags: flags, globals: globals, environment: extra)
        try action(context)
        return output
    }

    /// The file's text, for checking what an edit wrote.
    func read(_ file: URL? = nil) throws -> String {
        try String(contentsOf: file ?? defaultConfigFile, encoding: .utf8)
    }
}

/// The POSIX permission bits of a file or directory.
func permissions(of url: URL) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
}
