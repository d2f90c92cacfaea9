// `jobhunt apply regenerate` and `apply diff`: remake an application's
// documents from the current profile, and see what tailoring changed.
import Foundation
import JobHuntDocuments
import JobHuntKernel

extension ApplyCommands {
    enum Regenerate: ArgumentKeys {
        static let force: OptionKey<Bool> = .flag("force", help: "Replace documents you edited")
        static let options: [any OptionKeyProtocol] = [Prepare.format, Prepare.generator, force]
        static let positionals: [any PositionalKeyProtocol] = [One.application]
    }

    static let regenerate = CommandSpec(
        name: "regenerate",
        abstract: "Make an application's documents again from your current profile",
        discussion: """
            Generates the three documents again (after you changed your profile or \
            templates) and replaces the stored ones, approval included. Documents you edited \
            are only replaced with --force. Keeps the formats stored before unless --format \
            says otherwise. Prints what `apply` prints.
            """,
        keys: Regenerate.self,
        examples: ["jobhunt apply regenerate 7c1e9a20", "jobhunt apply regenerate 7c1e9a20 --force --format pdf"],
        run: { context in
            let names = context.arguments[Prepare.format]
            let outcome = try service(context, generator: context.arguments[Prepare.generator]).regenerate(
                context.arguments[One.application], formats: names.isEmpty ? nil : formats(names),
                force: context.arguments[Regenerate.force], for: try context.actingUser())
            try printOutcome(outcome, context: context)
        })

    static let diff = CommandSpec(
        name: "diff",
        abstract: "Show how the tailored résumé differs from your untailored one",
        discussion: """
            A unified diff from the résumé with every job and achievement in your profile's \
            order (what jobhunt would write without a posting) to the application's résumé \
            (tailored, and edited if you edited it). Prints nothing when they are the same.
            """,
        keys: One.self,
        examples: ["jobhunt apply diff 7c1e9a20", "jobhunt apply diff 7c1e9a20 | less -R"],
        run: { context in
            let service = try ApplyCommands.service(context, ranks: false)
            let diff = try service.diff(context.arguments[One.application], for: try context.actingUser())
            if !diff.isEmpty { context.output.print(String(diff.dropLast())) }
        })
}
