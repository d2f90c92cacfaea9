// `jobhunt user admin EMAIL [--revoke]`: who administers this database.
import Foundation
import JobHuntKernel
import JobHuntPrivacy

extension UserCommands {
    enum Admin: ArgumentKeys {
        static let email: PositionalKey<String> = .required("EMAIL", .email, help: "The account")
        static let revoke: OptionKey<Bool> = .flag("revoke", help: "Take administration away instead")
        static let options: [any OptionKeyProtocol] = [revoke]
        static let positionals: [any PositionalKeyProtocol] = [email]
    }

    static let admin = CommandSpec(
        name: "admin",
        abstract: "Make an account an administrator (or --revoke)",
        discussion: """
            An administrator may forget or export any account (`user forget`, `user export \
            EMAIL`). While the database has no administrator, anyone who can reach it may make \
            the first (as `user add` makes accounts); after that only an administrator may grant \
            or revoke.
            """,
        keys: Admin.self,
        examples: ["jobhunt user admin ops@example.com", "jobhunt user admin old-ops@example.com --revoke"],
        run: { context in
            let services = try context.services()
            let access = PrivacyAccess(services: services)
            let actor = try access.adminCount() > 0 ? try context.actingUser() : nil
            let revoke = context.arguments[Admin.revoke]
            let user = try access.setAdmin(email: context.arguments[Admin.email], !revoke, actor: actor)
            context.output.note(
                revoke ? "\(user.email) is no longer an administrator" : "\(user.email) is an administrator")
        })
}
