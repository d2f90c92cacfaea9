// JobHuntCoreTests
