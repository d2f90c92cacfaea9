// `jobhunt profile`: the group for the acting user's profile and work history.
import Foundation
import JobHuntKernel
import JobHuntProfiles

enum ProfileCommands {
    static let spec = CommandSpec(
        name: "profile",
        abstract: "Show and edit your profile and work history",
        discussion: """
            Your profile is what jobhunt matches postings against and fills application forms \
            from: title, years of experience, location, salary range, preferred work type, links, \
            phone and a short professional summary. Each person sees and changes only their own. \
            The phone number is stored encrypted.
            """,
        subcommands: [show, set, ExperienceCommands.spec, ResumeCommand.spec, importResume, exportResume],
        examples: [
            "jobhunt profile set --title 'Staff Engineer' --years 12 --work-type remote",
            "jobhunt profile show",
            "jobhunt profile experience list",
        ])

    /// Errors name the option a person typed, not the column behind it.
    static func relabeled<T>(_ options: [String: String], _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as JobHuntError {
            guard let field = error.field, let option = options[field] else { throw error }
            throw error.naming("--\(option)")
        }
    }

    /// `--summary -` and `--description -` read the text from stdin, for long prose.
    static func text(_ context: CommandContext, _ option: OptionKey<String?>) throws -> String? {
        guard let value = context.arguments[option] else { return nil }
        guard value == "-" else { return value }
        return String(decoding: try FileHandle.standardInput.readToEndRetryingInterrupts(), as: UTF8.self)
    }
}
