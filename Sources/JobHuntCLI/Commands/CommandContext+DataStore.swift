// Opens the configured database for commands that need one; nothing is
// opened until a command asks.
import Foundation
import JobHuntCore

extension CommandContext {
    /// The data store for the configured database URL (`--db`, environment, config file, default).
    func dataStore() throws -> DataStore {
        DataStore(databaseURL: try configuration().databaseURL)
    }
}
