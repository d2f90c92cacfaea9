// Reading a password: from the first line of stdin with --password-stdin
// (scripts), or typed at the terminal with echo off (people), never from argv.
import Foundation
import JobHuntKernel

enum PasswordInput {
    /// The option every command that takes a password declares.
    static let option: OptionKey<Bool> = .flag(
        "password-stdin", help: "Read the password from the first line of standard input")

    /// The password for `purpose`; on a terminal asks twice when `confirm`.
    static func read(_ context: CommandContext, purpose: String, confirm: Bool) throws -> String {
        if context.arguments[option] {
            guard let line = readLine(strippingNewline: true), !line.isEmpty else {
                throw CLIError.usage(
                    "--password-stdin read no password", remedy: "pipe it in: printf '%s\\n' \"$PASS\" | jobhunt …")
            }
            return line
        }
        guard context.output.stdinIsTerminal else {
            throw CLIError.usage("no password given", remedy: "pass --password-stdin and pipe the password in")
        }
        let first = try prompt("\(purpose): ")
        if confirm, try prompt("\(purpose) again: ") != first {
            throw CLIError.failure("the two passwords differ", remedy: "run the command again")
        }
        return first
    }

    /// Reads one line from the terminal with echo turned off.
    private static func prompt(_ text: String) throws -> String {
        FileHandle.standardError.write(Data(text.utf8))
        var saved = termios()
        let hasTerminal = tcgetattr(STDIN_FILENO, &saved) == 0
        if hasTerminal {
            var silent = saved
            silent.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
        }
        defer {
            if hasTerminal { tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved) }
            FileHandle.standardError.write(Data("\n".utf8))
        }
        guard let line = readLine(strippingNewline: true) else {
            throw CLIError.failure("no password was typed", remedy: "run the command again")
        }
        return line
    }
}
