// How a command reaches its settings: resolved on demand from `--db`,
// `--config`, the environment and the config file, so commands that need no
// configuration (help, completions) never read the file.
import Foundation
import JobHuntKernel

extension CommandContext {
    /// The resolver for this invocation's flags and environment.
    package var configurationResolver: ConfigurationResolver {
        ConfigurationResolver(
            environment: environment, databaseFlag: globals.databaseURL, configFlag: globals.configPath)
    }

    /// Every setting with value and source; shows the resolver's warnings (unknown keys) on stderr.
    package func configuredSettings() throws -> ConfiguredSettings {
        let settings = try configurationResolver.resolve()
        for warning in settings.warnings { output.warn(warning) }
        return settings
    }

    /// The value the kernel and features run with.
    package func configuration() throws -> Configuration {
        try configuredSettings().configuration
    }
}
