// jobhunt-bench: the benchmarks and evaluations of scripts/bench and
// scripts/eval, on the CLI's parser and output; everything lives in JobHuntBench.
import Foundation
import JobHuntBench

exit(Bench.run(arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment))
