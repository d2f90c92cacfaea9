// JobHuntCLITests
