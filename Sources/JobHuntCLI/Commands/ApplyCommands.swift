// `jobhunt apply`: preparing and sending applications. The group itself
// belongs to the apply feature; until it lands here it holds `submit` only.
import Foundation

enum ApplyCommands {
    static let spec = CommandSpec(
        name: "apply",
        abstract: "Prepare and send applications",
        discussion: """
            `apply submit` sends an application by hand, by e-mail or through the employer's \
            own web form, after a dry run or a confirmation, and records what was sent \
            (docs/submission.md).
            """,
        subcommands: [ApplySubmitCommand.spec])
}
