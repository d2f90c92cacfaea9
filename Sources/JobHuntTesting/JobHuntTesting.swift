// Shared test helpers: temporary directories, service settings, running the built binary.
