// jobhunt: everything lives in JobHuntCLI; this file only hands over the process.
import Foundation
import JobHuntCLI

let status = Entry.run(
    arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
exit(status.rawValue)
