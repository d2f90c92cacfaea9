// The command-line parser against the product's command table: any argument
// vector must parse or fail with a CLIError, never crash.
import Foundation

@testable import JobHuntCLI

enum CLIFuzz {
    /// The input's NUL-separated words are the arguments after `jobhunt`.
    static func run(_ data: Data) {
        let words = data.split(separator: 0, omittingEmptySubsequences: false).map {
            String(decoding: $0, as: UTF8.self)
        }
        let arguments = data.isEmpty ? [] : words
        _ = try? CommandLineParser(root: CommandTable.root, environment: [:]).parse(arguments)
        _ = CommandLineParser.lenientGlobals(arguments)
    }
}
