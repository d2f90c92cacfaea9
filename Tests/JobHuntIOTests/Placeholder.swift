// JobHuntIOTests
