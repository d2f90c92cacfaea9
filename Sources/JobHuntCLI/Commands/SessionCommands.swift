// `jobhunt init | login | logout | whoami`: who jobhunt acts as.
import Foundation
import JobHuntKernel

enum SessionCommands {
    /// The options of `init`.
    enum Initialise: ArgumentKeys {
        static let email: OptionKey<String?> = .value("email", .email, valueName: "EMAIL", help: "Your e-mail address")
        static let firstName: OptionKey<String?> = .value(
            "first-name", .string, valueName: "NAME", help: "Your first name")
        static let lastName: OptionKey<String?> = .value(
            "last-name", .string, valueName: "NAME", help: "Your last name")
        static let options: [any OptionKeyProtocol] = [email, firstName, lastName, PasswordInput.option]
    }

    /// The options of `login`.
    enum Login: ArgumentKeys {
        static let email: OptionKey<String?> = .value(
            "email", .email, valueName: "EMAIL", help: "Your e-mail address (asked on a terminal when left out)")
        static let printToken: OptionKey<Bool> = .flag(
            "print-token", help: "Print the session token on stdout instead of saving it (for JOBHUNT_SESSION)")
        static let options: [any OptionKeyProtocol] = [email, PasswordInput.option, printToken]
    }

    static let initialise = CommandSpec(
        name: "init",
        abstract: "Create your account and log in (the first step on a new database)",
        discussion: """
            Creates the account that your profile, searches and applications belong to, and saves \
            a login session in $XDG_STATE_HOME/jobhunt/session (mode 0600). On the embedded SQLite \
            default this also happens by itself the first time a command needs a user, with the \
            address me@jobhunt.local; run init first to choose your own. Without --password-stdin \
            on a terminal, asks for a password; elsewhere the account gets a random one, which \
            `jobhunt user passwd` can replace.
            """,
        keys: Initialise.self,
        examples: ["jobhunt init --email ada@example.com --first-name Ada --last-name Lovelace"],
        run: { context in
            let services = try context.services()
            let email = context.arguments[Initialise.email] ?? SessionService.localEmail
            let password: String? =
                context.arguments[PasswordInput.option] || context.output.stdinIsTerminal
                ? try PasswordInput.read(context, purpose: "New password", confirm: true) : nil
            let user = try AccountService(services: services).createUser(
                email: email, firstName: context.arguments[Initialise.firstName],
                lastName: context.arguments[Initialise.lastName], password: password)
            let (_, token) = try SessionService(services: services).openSession(for: user)
            try context.sessionFile().write(token)
            try printUser(user, context: context)
            context.output.note("created \(user.email) and logged in")
        })

    static let login = CommandSpec(
        name: "login",
        abstract: "Log in and save the session for later commands",
        discussion: """
            Checks the password and saves a session token in $XDG_STATE_HOME/jobhunt/session \
            (0600), valid for 30 days from its last use. Scripts and cron can instead set \
            JOBHUNT_SESSION to a token printed by `jobhunt login --print-token`.
            """,
        keys: Login.self,
        examples: [
            "jobhunt login --email ada@example.com",
            "printf '%s\\n' \"$PASS\" | jobhunt login --email ada@example.com --password-stdin",
        ],
        run: { context in
            guard let email = context.arguments[Login.email] ?? askEmail(context) else {
                throw CLIError.usage("no e-mail given", remedy: "pass --email")
            }
            let password = try PasswordInput.read(context, purpose: "Password", confirm: false)
            let (acting, token) = try SessionService(services: try context.services()).login(
                email: email, password: password)
            if context.arguments[Login.printToken] {
                context.output.print(token.rawValue)
            } else {
                try context.sessionFile().write(token)
                context.output.note("logged in as \(acting.user.email)")
            }
        })

    enum Logout: ArgumentKeys {
        static let all: OptionKey<Bool> = .flag(
            "all", help: "End every session of your account, on every machine and in every cron job")
        static let options: [any OptionKeyProtocol] = [all]
    }

    static let logout = CommandSpec(
        name: "logout",
        abstract: "End the saved session",
        discussion: """
            Ends the session saved on this machine. With --all, ends every session of the \
            account the command acts as (JOBHUNT_SESSION tokens given to cron included): use it \
            when a token may have leaked.
            """,
        keys: Logout.self,
        examples: ["jobhunt logout", "jobhunt logout --all"],
        run: { context in
            let file = try context.sessionFile()
            if context.arguments[Logout.all] {
                let user = try context.actingUser().user
                let ended = try SessionService(services: try context.services()).logoutEverywhere(user.id)
                file.delete()
                context.output.note("ended \(ended) session(s) of \(user.email)")
                return
            }
            guard let token = file.read() else {
                context.output.note("not logged in")
                return
            }
            try SessionService(services: try context.services()).logout(token)
            file.delete()
            context.output.note("logged out")
        })

    static let whoami = CommandSpec(
        name: "whoami",
        abstract: "Show which account commands act as",
        examples: ["jobhunt whoami", "jobhunt whoami --json"],
        run: { context in try printUser(try context.actingUser().user, context: context) })

    static func printUser(_ user: UserAccount, context: CommandContext) throws {
        if context.globals.json {
            context.output.print(try JSONWriter.encode(user, pretty: context.output.stdoutIsTerminal))
        } else {
            let name = [user.firstName, user.lastName].compactMap { $0 }.joined(separator: " ")
            context.output.print(name.isEmpty ? user.email : "\(name) <\(user.email)>")
        }
    }

    private static func askEmail(_ context: CommandContext) -> String? {
        guard context.output.stdinIsTerminal else { return nil }
        FileHandle.standardError.write(Data("E-mail: ".utf8))
        return readLine()?.trimmingCharacters(in: .whitespaces)
    }
}
