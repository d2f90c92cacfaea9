// JobHuntEndToEndTests
