// `jobhunt completions bash|zsh|fish`: a completion script generated from the
// command table, to source from a shell's start-up file.

/// Registered in the root table; public so test tables can include it too.
package enum CompletionsCommand {
    /// The positional of `completions`.
    enum Keys: ArgumentKeys {
        static let shell: PositionalKey<String> = .required(
            "SHELL", .choice(["bash", "zsh", "fish"]), help: "The shell")
        static let positionals: [any PositionalKeyProtocol] = [shell]
    }

    package static let spec = CommandSpec(
        name: "completions",
        abstract: "Print a shell completion script",
        discussion: """
            Completes commands, aliases, options and the fixed choices of option values, \
            and file names where a path is expected.

            bash: add 'source <(jobhunt completions bash)' to ~/.bashrc. \
            zsh: write it to a file named _jobhunt in a directory on $fpath. \
            fish: write it to ~/.config/fish/completions/jobhunt.fish.
            """,
        keys: Keys.self,
        examples: ["jobhunt completions bash > ~/.local/share/bash-completion/completions/jobhunt"],
        run: { context in
            let model = CompletionModel(root: context.root)
            switch context.arguments[Keys.shell] {
            case "zsh": context.output.print(ZshCompletions.script(model))
            case "fish": context.output.print(FishCompletions.script(model))
            default: context.output.print(BashCompletions.script(model))
            }
        })
}
