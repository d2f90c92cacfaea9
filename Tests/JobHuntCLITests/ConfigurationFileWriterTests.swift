// `config set` writes the file 0600 in a 0700 directory, atomically, and keeps
// the comments of an existing file.
import Foundation
import JobHuntCLI
import Testing

@Suite("Config file writing")
struct ConfigurationFileWriterTests {
    @Test func aNewFileIsCreated0600InA0700Directory() throws {
        let sandbox = try ConfigSandbox()
        try sandbox.run(["config", "set"], positionals: ["KEY": "s3.bucket", "VALUE": "docs"])
        #expect(try sandbox.read() == "[s3]\nbucket = \"docs\"\n")
        #expect(try permissions(of: sandbox.defaultConfigFile) == 0o600)
        #expect(try permissions(of: sandbox.defaultConfigFile.deletingLastPathComponent()) == 0o700)
        let leftovers = try FileManager.default.contentsOfDirectory(
            atPath: sandbox.defaultConfigFile.deletingLastPathComponent().path)
        #expect(leftovers == ["config.toml"])
    }

    @Test func anExistingWorldReadableFileBecomes0600AndKeepsItsComments() throws {
        let sandbox = try ConfigSandbox()
        let file = try sandbox.write("# keep me\n[s3]\nbucket = \"docs\"  # and me\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
        try sandbox.run(["config", "set"], positionals: ["KEY": "s3.bucket", "VALUE": "archive"])
        #expect(try sandbox.read() == "# keep me\n[s3]\nbucket = \"archive\"  # and me\n")
        #expect(try permissions(of: file) == 0o600)
    }

    @Test func settingTheSameValueTwiceLeavesTheFileAsItWas() throws {
        let sandbox = try ConfigSandbox()
        let file = try sandbox.write("# note\n[s3]\nbucket = \"docs\"\n")
        let before = try FileManager.default.attributesOfItem(atPath: file.path)[.systemFileNumber] as? NSNumber
        let output = try sandbox.run(["config", "set"], positionals: ["KEY": "s3.bucket", "VALUE": "docs"])
        let after = try FileManager.default.attributesOfItem(atPath: file.path)[.systemFileNumber] as? NSNumber
        #expect(before == after)  // not replaced at all
        #expect(output.stderr.contains("s3.bucket is already docs"))
    }

    @Test func aSymlinkedConfigFileKeepsItsLink() throws {
        let sandbox = try ConfigSandbox()
        let target = try sandbox.write(
            "[s3]\nbucket = \"docs\"\n", to: sandbox.home.appendingPathComponent("dotfiles/jobhunt.toml"))
        try FileManager.default.createDirectory(
            at: sandbox.defaultConfigFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: sandbox.defaultConfigFile, withDestinationURL: target)
        try sandbox.run(["config", "set"], positionals: ["KEY": "s3.region", "VALUE": "eu-west-1"])
        #expect(try String(contentsOf: target, encoding: .utf8) == "[s3]\nbucket = \"docs\"\nregion = \"eu-west-1\"\n")
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: sandbox.defaultConfigFile.path)
        #expect(link == target.path)
    }
}
