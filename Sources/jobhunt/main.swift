// jobhunt: everything lives in JobHuntCLI; this file only hands over the process.
import Foundation
import JobHuntCLI

// The environment as the user set it, then the OpenBLAS core type chosen for
// this CPU while the process still has one thread (it may call setenv).
let environment = ProcessInfo.processInfo.environment
Entry.prepareProcess()
let status = Entry.run(arguments: Array(CommandLine.arguments.dropFirst()), environment: environment)
exit(status.rawValue)
