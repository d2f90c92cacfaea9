// The commands matching's errors point to; the CLI spells them (RemedyText).
import JobHuntKernel

extension CommandHint {
    /// An example search for these words.
    package static func findExample(_ words: String) -> CommandHint { CommandHint("findExample", ["words": words]) }
}
