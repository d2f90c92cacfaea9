// Help and version short-circuit everything else (ripgrep's special modes in
// flags/parse.rs): `-h`, `--help` and `--version` win even when the rest of the
// line would not parse, and help is for the deepest command named before them.

enum SpecialMode: Equatable {
    /// `-h` (brief) or `--help` (full) for the command at the end of `path` (names below the root).
    case help(path: [String], full: Bool)
    case version

    /// Looks for `-h`, `--help` or `--version` before any `--`.
    static func detect(in arguments: [String], root: CommandSpec, globals: [OptionSpec] = GlobalOptions.specs)
        -> SpecialMode?
    {
        var path: [CommandSpec] = [root]
        var brief = false
        var full = false
        var version = false
        var index = 0
        var sawPositional = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" { break }
            let command = path[path.count - 1]
            switch argument {
            case "--help": full = true
            case "-h": brief = true
            case "--version": version = true
            default:
                if argument.hasPrefix("--") {
                    let name = String(argument.dropFirst(2))
                    if !name.contains("="),
                        takesValue(command.options.option(long: name)?.spec)
                            || takesValue(globals.option(long: name)?.spec)
                    {
                        index += 1
                    }
                } else if argument.hasPrefix("-"), argument.count == 2, let letter = argument.last {
                    if takesValue(command.options.option(short: letter)) || takesValue(globals.option(short: letter)) {
                        index += 1
                    }
                } else if !argument.hasPrefix("-"), !sawPositional, let child = command.subcommand(named: argument) {
                    path.append(child)
                } else if !argument.hasPrefix("-") {
                    sawPositional = true
                }
            }
        }
        let names = path.dropFirst().map(\.name)
        if full { return .help(path: names, full: true) }
        if brief { return .help(path: names, full: false) }
        return version ? .version : nil
    }

    private static func takesValue(_ spec: OptionSpec?) -> Bool { spec?.takesValue ?? false }
}
