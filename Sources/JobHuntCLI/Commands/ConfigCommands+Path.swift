// `jobhunt config path`: where the config file, the data and the state live.
import Foundation

extension ConfigCommands {
    static func printPaths(_ context: CommandContext) throws {
        let arguments = context.arguments
        let resolver = context.configurationResolver
        let all = arguments.flag("all")
        var wanted: [(label: String, path: () throws -> String)] = []
        if all || !(arguments.flag("data") || arguments.flag("state")) {
            wanted.append(("config", { resolver.paths.configFile.path }))
        }
        if all || arguments.flag("data") {
            // data_dir is a setting, so the file and environment may move it.
            wanted.append(("data", { try context.configuredSettings().value("data_dir") ?? "" }))
        }
        if all || arguments.flag("state") {
            wanted.append(("state", { resolver.paths.stateDirectory.path }))
        }
        var values: [(String, String)] = []
        for (label, path) in wanted { values.append((label, try path())) }
        if context.globals.json {
            context.output.print(try jsonText(Dictionary(uniqueKeysWithValues: values)))
        } else if all {
            for line in aligned(values.map { ["\($0.0):", $0.1] }) { context.output.print(line) }
        } else {
            for (_, path) in values { context.output.print(path) }
        }
    }
}
