// Opens the configured database for commands that need one; nothing is
// opened until a command asks.
import Foundation
import JobHuntCore

extension CommandContext {
    /// The data store for the configured database URL.
    func dataStore() throws -> DataStore {
        DataStore(databaseURL: try databaseURL())
    }

    /// The database URL by precedence: `--db`, then configuration.
    func databaseURL() throws -> String {
        if let url = globals.databaseURL { return url }
        if let url = environment["JOBHUNT_DATABASE_URL"], !url.isEmpty { return url }
        let home = environment["HOME"] ?? NSHomeDirectory()
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? home + "/.local/share"
        return "sqlite:" + dataHome + "/jobhunt/jobhunt.sqlite3"
    }
}
