// The cross-user attack cases, derived from the command table: every argument
// whose placeholder names an object (ID, APP, NAME, EMAIL, …) makes its command
// need either an attack case here or a written reason it needs none. A command
// added with such an argument and neither fails `everyObjectArgumentIsCovered`.
@testable import JobHuntCLI

enum AttackTable {
    /// Placeholders (positional names and option value names) that name a
    /// stored object: an argument with one of these is an attack surface.
    static let objectPlaceholders: Set<String> = ["ID", "APP", "JOB", "NAME", "EMAIL", "SEARCH"]

    /// Every other placeholder in the table, each a value that names no stored
    /// object. A new placeholder must be added to one of the two sets.
    static let plainPlaceholders: Set<String> = [
        "A", "ADDRESS", "AMOUNT", "B", "BASE", "CATEGORY", "CHANNEL", "CITY", "CODE", "COMMAND", "COUNTRY",
        "CRON-EXPR", "DATE", "DIR", "DURATION", "FIELD", "FILE", "FORMAT", "KEY", "KEY=VALUE", "KIND",
        "KIND=PERIOD", "LEVEL", "METHOD", "N", "NEW", "PATH", "PHONE", "QUESTION=ANSWER", "SHELL", "STATE",
        "STATUS", "TEXT", "TITLE", "TYPE", "URL", "VALUE", "WHAT", "WHEN", "YEARS", "KIND:ARG", "COMPANY",
        "PLACE", "WORD", "T,…", "DIR|FILE.zip",
    ]

    /// Options whose value name says NAME but which name no stored object of a
    /// user: a person's or company's name, a technology.
    static let plainOptions: Set<String> = [
        "--first-name NAME", "--last-name NAME", "--company NAME", "--tech NAME", "--achievement NAME",
    ]

    /// Grace's command lines against Ada's objects; `{…}` are Ada's values
    /// (`SecurityWorld.ids`). Each must fail with exit 1 and change nothing.
    static let attacks: [String: [[String]]] = [
        "profile experience edit": [["profile", "experience", "edit", "{experience}", "--title", "Intern"]],
        "profile experience remove": [["profile", "experience", "remove", "{experience}"]],
        "skills remove": [["skills", "remove", "{skill}"]],
        "discover search show": [["discover", "search", "show", "{search}"]],
        "discover search edit": [["discover", "search", "edit", "{search}", "--title", "COBOL"]],
        "discover search remove": [["discover", "search", "remove", "{search}"]],
        "discover search enable": [["discover", "search", "enable", "{search}"]],
        "discover search disable": [["discover", "search", "disable", "{search}"]],
        "discover": [["discover", "--search", "{search}"]],
        "status show": [["status", "show", "{app}"], ["status", "show", "{app8}"]],
        "status set": [["status", "set", "{app}", "rejected"]],
        "status withdraw": [["status", "withdraw", "{app}"]],
        "status note": [["status", "note", "{app}", "grace was here"]],
        "status history": [["status", "history", "{app}"]],
        "status remove": [["status", "remove", "{app}", "--yes"]],
        "apply show": [["apply", "show", "{docapp}", "--cover-letter"], ["apply", "show", "{docapp8}"]],
        "apply edit": [["apply", "edit", "{docapp}", "--cover-letter"]],
        "apply approve": [["apply", "approve", "{docapp}"]],
        "apply regenerate": [["apply", "regenerate", "{docapp}", "--force"]],
        "apply diff": [["apply", "diff", "{docapp}"]],
        "apply submit": [["apply", "submit", "{docapp}", "--via", "manual", "--yes"]],
        "tasks add": [
            ["tasks", "add", "resume_generation", "--app", "{docapp}"],
            ["tasks", "add", "job_discovery", "search={search}"],
        ],
        "tasks show": [["tasks", "show", "{task}"]],
        "tasks cancel": [["tasks", "cancel", "{task}"]],
        "tasks retry": [["tasks", "retry", "{task}"]],
        "schedule remove": [["schedule", "remove", "{schedule}"]],
        "schedule add": [["schedule", "add", "evening", "0 19 * * *", "resume_generation", "--app", "{docapp}"]],
        "discover match": [["discover", "match", "--search", "{search}"]],
        "discover company": [["discover", "company", "http://127.0.0.1:9/careers", "--add", "{search}"]],
        "user disable": [["user", "disable", "{ada}"]],
        "user enable": [["user", "enable", "{ada}"]],
        "user admin": [["user", "admin", "{ada}"], ["user", "admin", "grace@example.com"]],
        "user forget": [["user", "forget", "{ada}", "--yes"]],
        "user export": [["user", "export", "{ada}", "--out", "{out}"]],
    ]

    /// Object arguments that need no attack case, as "command PLACEHOLDER", and
    /// why. A command is covered when it has attack cases or every one of its
    /// object arguments is excused here.
    static let notAttacks: [String: String] = [
        "discover show JOB": "a posting, which every user shares",
        "status add JOB": "a shared posting; the application made is the actor's own",
        "apply JOB": "a shared posting; the application made is the actor's own",
        "skills add NAME": "the actor's own new skill",
        "discover search add NAME": "the actor's own new saved search",
        "login --email EMAIL": "a credential; wrong ones are LoginThrottleTests' subject",
        "init --email EMAIL": "a new account",
        "user add --email EMAIL": "a new account",
    ]

    /// Whether `command` has attack cases or every object argument excused.
    static func isCovered(_ command: Command) -> Bool {
        attacks[command.path] != nil
            || command.objectArguments.allSatisfy { notAttacks["\(command.path) \($0)"] != nil }
    }

    /// One command of the table, its placeholders (positional names and
    /// option value names) and its object arguments: positionals by name
    /// (`APP`), options as `--long VALUE` (`--search NAME`).
    struct Command {
        var path: String
        var placeholders: [String]
        var objectArguments: [String]
    }

    /// Every command that runs, with the placeholders of its positionals and value options.
    static func commands(in root: CommandSpec = CommandTable.root) -> [Command] {
        var found: [Command] = []
        func walk(_ spec: CommandSpec, _ path: [String]) {
            if spec.run != nil {
                var placeholders = spec.positionals.map(\.name)
                var objects = placeholders.filter(objectPlaceholders.contains)
                for option in spec.options {
                    guard case .value = option.kind else { continue }
                    placeholders.append(option.valueName)
                    let label = "--\(option.long) \(option.valueName)"
                    if objectPlaceholders.contains(option.valueName), !plainOptions.contains(label) {
                        objects.append(label)
                    }
                }
                found.append(
                    Command(path: path.joined(separator: " "), placeholders: placeholders, objectArguments: objects))
            }
            for sub in spec.subcommands { walk(sub, path + [sub.name]) }
        }
        for sub in root.subcommands { walk(sub, [sub.name]) }
        return found
    }
}
