// `jobhunt config path`: where the config file, the data and the state live.
import Foundation

extension ConfigCommands {
    static func printPaths(_ context: CommandContext) throws {
        let arguments = context.arguments
        let paths = context.configurationResolver.paths
        let all = arguments[Path.all]
        var values: [(String, String)] = []
        if all || !(arguments[Path.data] || arguments[Path.state]) {
            values.append(("config", paths.configFile.path))
        }
        if all || arguments[Path.data] {
            // data_dir is a setting, so the file and environment may move it.
            values.append(("data", try context.configuredSettings().value("data_dir") ?? paths.dataDirectory.path))
        }
        if all || arguments[Path.state] {
            values.append(("state", paths.stateDirectory.path))
        }
        if context.globals.json {
            context.printJSON(.object(values.map { ($0.0, JSONValue.string($0.1)) }))
        } else if all {
            let width = values.map(\.0.count).max() ?? 0
            for (what, path) in values {
                context.output.print("\(what):".padding(toLength: width + 3, withPad: " ", startingAt: 0) + path)
            }
        } else {
            for (_, path) in values { context.output.print(path) }
        }
    }
}
