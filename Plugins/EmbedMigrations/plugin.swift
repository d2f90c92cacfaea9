// Compiles migrations/<dialect>/*.sql into a Swift source file of the target it
// is applied to, so the jobhunt binary carries its schema with it.
import Foundation
import PackagePlugin

@main
struct EmbedMigrations: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL.appending(path: "migrations")
        let files = try sqlFiles(under: root)
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedMigrationFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) migration files",
                executable: try context.tool(named: "EmbedMigrationsTool").url,
                arguments: [root.path(), output.path()] + files.map { $0.path() },
                inputFiles: files,
                outputFiles: [output]
            )
        ]
    }

    /// Every `.sql` file one level below each dialect folder, in a stable order.
    private func sqlFiles(under root: URL) throws -> [URL] {
        let manager = FileManager.default
        var result: [URL] = []
        for dialect in try manager.contentsOfDirectory(atPath: root.path()).sorted() {
            let folder = root.appending(path: dialect)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: folder.path(), isDirectory: &isDirectory), isDirectory.boolValue else {
                continue
            }
            for name in try manager.contentsOfDirectory(atPath: folder.path()).sorted() where name.hasSuffix(".sql") {
                result.append(folder.appending(path: name))
            }
        }
        return result
    }
}
