// The bench binary's entry point: the CLI's parser, output and error
// reporting, over the bench command table instead of the product's.
import Foundation
import JobHuntCLI
import JobHuntKernel

/// Runs `jobhunt-bench` as a program; its `main.swift` calls this and nothing else.
package enum Bench {
    /// Before any thread starts: chooses the OpenBLAS core type (`Entry.prepareProcess`).
    package static func prepareProcess() { Entry.prepareProcess() }

    /// Runs one invocation and returns its exit status.
    package static func run(arguments: [String], environment: [String: String]) -> Int32 {
        Entry.run(arguments: arguments, environment: environment, root: BenchCommands.root).rawValue
    }
}
