// jobhunt-bench: the benchmarks and evaluations of scripts/bench and
// scripts/eval, on the CLI's parser and output; everything lives in JobHuntBench.
import Foundation
import JobHuntBench

// As jobhunt's main: the environment first, then the core type, before any thread.
let environment = ProcessInfo.processInfo.environment
Bench.prepareProcess()
exit(Bench.run(arguments: Array(CommandLine.arguments.dropFirst()), environment: environment))
