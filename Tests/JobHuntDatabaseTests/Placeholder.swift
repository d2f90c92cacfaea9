// JobHuntDatabaseTests
