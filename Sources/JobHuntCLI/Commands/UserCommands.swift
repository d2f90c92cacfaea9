// `jobhunt user add | list | disable | enable | passwd`, and admin, forget and export
// (UserCommands+Admin, +Forget, +Export): the accounts of a database.
import Foundation
import JobHuntKernel
import JobHuntPrivacy

enum UserCommands {
    static let spec = CommandSpec(
        name: "user",
        abstract: "Manage the accounts of this database",
        discussion: """
            A shared PostgreSQL database holds one account per person; each logs in and acts only \
            on their own profile, searches and applications. Passwords are hashed with Argon2id \
            and never printed or logged.
            """,
        subcommands: [add, list, disable, enable, passwd, admin, forget, export])

    /// The options of `user add`.
    enum Add: ArgumentKeys {
        static let email: OptionKey<String?> = .value(
            "email", .email, valueName: "EMAIL", help: "The person's e-mail address (stored lower-case)")
        static let firstName: OptionKey<String?> = .value("first-name", .string, valueName: "NAME", help: "First name")
        static let lastName: OptionKey<String?> = .value("last-name", .string, valueName: "NAME", help: "Last name")
        static let admin: OptionKey<Bool> = .flag(
            "admin", help: "Make the account an administrator (see `user admin`)")
        static let options: [any OptionKeyProtocol] = [email, firstName, lastName, admin, PasswordInput.option]
    }

    /// The positional of `user disable` and `user enable`.
    enum Account: ArgumentKeys {
        static let email: PositionalKey<String> = .required("EMAIL", .email, help: "The account's e-mail")
        static let positionals: [any PositionalKeyProtocol] = [email]
    }

    /// The option of `user passwd`.
    enum Passwd: ArgumentKeys {
        static let options: [any OptionKeyProtocol] = [PasswordInput.option]
    }

    static let add = CommandSpec(
        name: "add",
        abstract: "Create an account",
        keys: Add.self,
        examples: ["jobhunt user add --email grace@example.com --first-name Grace --last-name Hopper"],
        run: { context in
            guard let email = context.arguments[Add.email] else {
                throw CLIError.usage("missing --email", remedy: "pass --email ADDRESS")
            }
            let services = try context.services()
            let makeAdmin = context.arguments[Add.admin]
            let access = PrivacyAccess(services: services)
            // Checked before the account exists, so a refused --admin creates nothing.
            let needsAdmin = makeAdmin ? try access.adminCount() > 0 : false
            let granter = needsAdmin ? try context.actingUser() : nil
            if makeAdmin { try access.authorizeGrant(actor: granter) }
            let password = try PasswordInput.read(context, purpose: "Password for \(email)", confirm: true)
            let user = try AccountService(services: services).createUser(
                email: email, firstName: context.arguments[Add.firstName],
                lastName: context.arguments[Add.lastName], password: password)
            if makeAdmin { try access.setAdmin(email: user.email, true, actor: granter) }
            try SessionCommands.printUser(user, context: context)
        })

    static let list = CommandSpec(
        name: "list",
        aliases: ["ls"],
        abstract: "List the accounts",
        examples: ["jobhunt user list", "jobhunt user list --json"],
        run: { context in
            let users = try AccountService(services: try context.services()).listUsers()
            if context.globals.json {
                context.output.print(try JSONWriter.encode(users, pretty: context.output.stdoutIsTerminal))
                return
            }
            var table = TextTable(columns: [.init("EMAIL"), .init("NAME"), .init("ACTIVE"), .init("LAST LOGIN")])
            for user in users {
                let name = [user.firstName, user.lastName].compactMap { $0 }.joined(separator: " ")
                table.append([
                    user.email, name, user.isActive ? "yes" : "no",
                    user.lastLoginAt.map { $0.formatted(.iso8601) } ?? "never",
                ])
            }
            context.printTable(table)
        })

    static let disable = CommandSpec(
        name: "disable",
        abstract: "Stop an account from logging in and end its sessions",
        keys: Account.self,
        run: { context in
            try authorizeActivation(context, email: context.arguments[Account.email], "disable this account")
            let user = try AccountService(services: try context.services()).setActive(
                email: context.arguments[Account.email], false)
            context.output.note("disabled \(user.email)")
        })

    static let enable = CommandSpec(
        name: "enable",
        abstract: "Let a disabled account log in again",
        keys: Account.self,
        run: { context in
            try authorizeActivation(context, email: context.arguments[Account.email], "enable this account")
            let user = try AccountService(services: try context.services()).setActive(
                email: context.arguments[Account.email], true)
            context.output.note("enabled \(user.email)")
        })

    /// Once a database has an administrator, only they (or the person
    /// themself) may disable or enable an account; before that, as with the
    /// first administrator, whoever holds the database URL may (it grants every
    /// row anyway). Found by the attack suite: any logged-in user could disable anyone.
    static func authorizeActivation(_ context: CommandContext, email: String, _ what: String) throws {
        let access = PrivacyAccess(services: try context.services())
        guard try access.adminCount() > 0 else { return }
        try access.authorize(try context.actingUser(), toHandle: try access.account(email: email), what)
    }

    static let passwd = CommandSpec(
        name: "passwd",
        abstract: "Change your password",
        discussion: """
            Changes the acting user's password and ends their other sessions. On a shared \
            database the current password is required: with --password-stdin, give the current \
            password on the first line and the new one on the second. On the embedded SQLite \
            default, whose owner can read the whole file anyway, only the new one is asked for.
            """,
        keys: Passwd.self,
        examples: [
            "jobhunt user passwd", "printf '%s\\n%s\\n' \"$OLD\" \"$NEW\" | jobhunt user passwd --password-stdin",
        ],
        run: { context in
            let acting = try context.actingUser()
            let services = try context.services()
            let needsCurrent = !services.store.isEmbedded
            let current =
                needsCurrent ? try PasswordInput.read(context, purpose: "Current password", confirm: false) : nil
            let new = try PasswordInput.read(context, purpose: "New password", confirm: true)
            try AccountService(services: services).changePassword(for: acting, current: current, new: new)
            context.output.note("password changed for \(acting.user.email)")
        })
}
