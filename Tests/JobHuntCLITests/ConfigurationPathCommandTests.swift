// `jobhunt config path`: the config file by default, data and state on request.
import Foundation
import JobHuntCLI
import Testing

@Suite("config path")
struct ConfigurationPathCommandTests {
    @Test func printsTheConfigFileByDefault() throws {
        let sandbox = try ConfigSandbox()
        let output = try sandbox.run(["config", "path"])
        #expect(output.stdout == sandbox.defaultConfigFile.path + "\n")
    }

    @Test func dataFollowsTheDataDirSetting() throws {
        let sandbox = try ConfigSandbox()
        #expect(
            try sandbox.run(["config", "path"], flags: ["data"]).stdout == sandbox.home.path + "/.local/share/jobhunt\n"
        )
        let moved = try sandbox.run(["config", "path"], flags: ["data"], environment: ["JOBHUNT_DATA_DIR": "/srv/jh"])
        #expect(moved.stdout == "/srv/jh\n")
    }

    @Test func stateAndAll() throws {
        let sandbox = try ConfigSandbox()
        let state = try sandbox.run(["config", "path"], flags: ["state"], environment: ["XDG_STATE_HOME": "/var/st"])
        #expect(state.stdout == "/var/st/jobhunt\n")
        let all = try sandbox.run(["config", "path"], flags: ["all"])
        let home = sandbox.home.path
        #expect(
            all.stdout
                == "config:  \(home)/.config/jobhunt/config.toml\ndata:    \(home)/.local/share/jobhunt\n"
                + "state:   \(home)/.local/state/jobhunt\n")
        let json = try sandbox.run(["config", "path"], flags: ["all"], globals: GlobalOptions(json: true))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: String])
        #expect(
            object == [
                "config": "\(home)/.config/jobhunt/config.toml", "data": "\(home)/.local/share/jobhunt",
                "state": "\(home)/.local/state/jobhunt",
            ])
    }
}
