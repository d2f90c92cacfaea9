// The model, embed and similarity commands, called directly with a recording
// output against the real model files.
import Foundation
import JobHuntKernel
import JobHuntTesting
import Testing

@testable import JobHuntCLI

@Suite struct ModelCommandsTests {
    func run(
        _ command: (CommandContext) throws -> Void, options: [String: [ArgumentValue]] = [:],
        positionals: [String: [ArgumentValue]] = [:], json: Bool = false, modelDirectory: String? = nil
    ) throws -> (output: RecordingOutput, context: CommandContext) {
        let output = RecordingOutput()
        let context = CommandContext(
            arguments: ParsedArguments(options: options, positionals: positionals), globals: GlobalOptions(json: json),
            environment: ["JOBHUNT_MODEL_DIR": try modelDirectory ?? TestModel.directory().path], output: output)
        try command(context)
        return (output, context)
    }

    @Test func installCopiesPrivatelyAndVerifiesDigests() throws {
        let target = try TemporaryDirectory()
        let modelDirectory = target.file("models/all-MiniLM-L6-v2").path
        let (output, _) = try run(
            ModelCommands.install, options: ["from": [.string(try TestModel.directory().path)]],
            modelDirectory: modelDirectory)
        #expect(output.stdout.contains("installed all-MiniLM-L6-v2 in \(modelDirectory)"))
        #expect(output.stdout.contains("53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db  ok"))
        let manager = FileManager.default
        let folderMode = try manager.attributesOfItem(atPath: modelDirectory)[.posixPermissions] as? Int
        let fileMode =
            try manager.attributesOfItem(atPath: modelDirectory + "/model.safetensors")[.posixPermissions] as? Int
        #expect(folderMode == 0o700)
        #expect(fileMode == 0o600)
        #expect(try manager.contentsOfDirectory(atPath: modelDirectory).allSatisfy { !$0.hasSuffix(".partial") })
    }

    @Test func installRejectsAnotherVocabularyAndLeavesNothingBehind() throws {
        let source = try TemporaryDirectory()
        let model = try TestModel.directory()
        for name in ["config.json", "model.safetensors"] {
            try FileManager.default.createSymbolicLink(
                at: source.file(name), withDestinationURL: model.appendingPathComponent(name))
        }
        try Data("[PAD]\n[UNK]\n".utf8).write(to: source.file("vocab.txt"))
        let target = try TemporaryDirectory()
        let error = #expect(throws: EmbeddingError.self) {
            try run(ModelCommands.install, options: ["from": [.string(source.path)]], modelDirectory: target.path)
        }
        #expect(error?.code == .checksumMismatch)
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.path).isEmpty)
    }

    @Test func statusShowsPathDigestsAndLoadTime() throws {
        let (output, context) = try run(ModelCommands.status)
        #expect(output.stdout.hasPrefix("path: \(try TestModel.directory().path)"))
        #expect(output.stdout.contains("vocab.txt  231508 bytes  sha256 07eced375cec144d"))
        #expect(output.stdout.contains("load time: "))
        #expect(output.stdout.contains("matrix kernels: "))
        #expect(context.exitStatus == .success)
    }

    @Test func embedPrintsOneVectorPerText() throws {
        let (output, _) = try run(EmbedCommands.embed, positionals: ["TEXT": [.string("Swift"), .string("Rust")]])
        let lines = output.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let vector = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [Double]
        #expect(vector?.count == 384)
    }

    @Test func embedInputJSONLinesWritesTextAndEmbedding() throws {
        let folder = try TemporaryDirectory()
        let input = folder.file("in.jsonl")
        try Data("{\"text\": \"data engineer\", \"id\": 1}\n{\"text\": \"line\\u2028break\"}\n".utf8).write(to: input)
        let (output, _) = try run(EmbedCommands.embed, options: ["input": [.string(input.path)]])
        let records = output.stdout.split(separator: "\n").map {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(records.count == 2)
        #expect(records[1]?["text"] as? String == "line\u{2028}break")
        #expect((records[0]?["embedding"] as? [Double])?.count == 384)
    }

    @Test func similarityPrintsTheCosine() throws {
        let (output, _) = try run(
            EmbedCommands.similarity, positionals: ["A": [.string("iOS developer")], "B": [.string("iOS developer")]])
        #expect(output.stdout == "1.0000\n")
    }

    @Test func missingModelSaysHowToInstallIt() throws {
        let empty = try TemporaryDirectory()
        let error = #expect(throws: EmbeddingError.self) {
            try run(
                EmbedCommands.similarity, positionals: ["A": [.string("a")], "B": [.string("b")]],
                modelDirectory: empty.path)
        }
        #expect(error?.errorDescription == "model not found at \(empty.path) (no config.json)")
        #expect(error?.remedy.map(RemedyText.text) == "run `jobhunt model install --from-pypi`")
    }

    @Test func modelDirectoryDefaultsUnderXDGDataHomeAndFollowsTheSetting() throws {
        let home = try TemporaryDirectory()
        let context = CommandContext(
            arguments: ParsedArguments(), globals: GlobalOptions(),
            environment: ["HOME": home.path, "XDG_DATA_HOME": "/data"], output: RecordingOutput())
        #expect(try ModelCommands.modelDirectory(context).path == "/data/jobhunt/models/all-MiniLM-L6-v2")
        let configured = CommandContext(
            arguments: ParsedArguments(), globals: GlobalOptions(),
            environment: ["HOME": home.path, "JOBHUNT_MODEL_DIR": "/opt/models/minilm"], output: RecordingOutput())
        #expect(try ModelCommands.modelDirectory(configured).path == "/opt/models/minilm")
    }
}
