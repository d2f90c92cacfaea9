// XDG base directories with a fake HOME, and how the config file is chosen.
import Foundation
import JobHuntCLI
import Testing

@Suite("Configuration paths")
struct ConfigurationPathsTests {
    @Test func xdgDefaultsLiveUnderHome() throws {
        let sandbox = try ConfigSandbox()
        let paths = sandbox.resolver().paths
        let home = sandbox.home.path
        #expect(paths.configFile.path == "\(home)/.config/jobhunt/config.toml")
        #expect(paths.configFileSource == .defaultValue)
        #expect(paths.dataDirectory.path == "\(home)/.local/share/jobhunt")
        #expect(paths.stateDirectory.path == "\(home)/.local/state/jobhunt")
    }

    @Test func absoluteXDGVariablesAreUsed() throws {
        let sandbox = try ConfigSandbox()
        let paths = sandbox.resolver([
            "XDG_CONFIG_HOME": "/xdg/config", "XDG_DATA_HOME": "/xdg/data", "XDG_STATE_HOME": "/xdg/state",
        ]).paths
        #expect(paths.configFile.path == "/xdg/config/jobhunt/config.toml")
        #expect(paths.dataDirectory.path == "/xdg/data/jobhunt")
        #expect(paths.stateDirectory.path == "/xdg/state/jobhunt")
    }

    @Test func relativeXDGVariablesAreIgnored() throws {
        let sandbox = try ConfigSandbox()
        let paths = sandbox.resolver(["XDG_CONFIG_HOME": "config", "XDG_DATA_HOME": "./data"]).paths
        #expect(paths.configFile.path == sandbox.home.path + "/.config/jobhunt/config.toml")
        #expect(paths.dataDirectory.path == sandbox.home.path + "/.local/share/jobhunt")
    }

    @Test func configFlagBeatsJobhuntConfigBeatsXDG() throws {
        let sandbox = try ConfigSandbox()
        let env = ["JOBHUNT_CONFIG": "/etc/jobhunt/team.toml"]
        let flagged = sandbox.resolver(env, config: "local.toml").paths
        #expect(flagged.configFile.path == sandbox.home.path + "/local.toml")
        #expect(flagged.configFileSource == .flag("--config"))
        let fromEnv = sandbox.resolver(env).paths
        #expect(fromEnv.configFile.path == "/etc/jobhunt/team.toml")
        #expect(fromEnv.configFileSource == .environment("JOBHUNT_CONFIG"))
        #expect(sandbox.resolver(config: "~/team.toml").paths.configFile.path == sandbox.home.path + "/team.toml")
    }

    @Test func aNamedConfigFileMustExistButTheDefaultNeedNot() throws {
        let sandbox = try ConfigSandbox()
        #expect(try sandbox.resolve().configFileExists == false)
        let error = try #require(throws: CLIError.self) { try sandbox.resolve(config: "missing.toml") }
        #expect(error.kind == .failure)
        #expect(error.problem.contains("missing.toml"))
        #expect(error.problem.contains("flag --config"))
    }

    @Test func relativePathsInTheFileStartAtTheFilesDirectory() throws {
        let sandbox = try ConfigSandbox()
        let file = try sandbox.write("data_dir = \"data\"\n[model]\ndir = \"~/models/minilm\"\n")
        let settings = try sandbox.resolve()
        #expect(settings["data_dir"].value == file.deletingLastPathComponent().path + "/data")
        #expect(settings["model.dir"].value == sandbox.home.path + "/models/minilm")
    }

    @Test func relativePathsInTheEnvironmentStartAtTheCurrentDirectory() throws {
        let sandbox = try ConfigSandbox()
        let settings = try sandbox.resolve(["JOBHUNT_MODEL_DIR": "models/../minilm"])
        #expect(settings["model.dir"].value == sandbox.home.path + "/minilm")
    }
}
