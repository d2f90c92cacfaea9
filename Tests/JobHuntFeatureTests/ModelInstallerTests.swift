// `model install --url`: the files fetched over real loopback HTTP, verified
// before they replace anything, with a tampered file refused.
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntKernel

@Suite("Model installer")
struct ModelInstallerTests {
    /// The responses a web server publishing the model would give, in request order.
    static func responses(tamper: String? = nil) throws -> [LoopbackHTTPServer.Response] {
        let model = try TestModel.directory()
        return try (ModelFiles.required + ModelFiles.optional).map { name in
            let file = model.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: file.path) else { return .text(404, "not found") }
            var body = try Data(contentsOf: file)
            if name == tamper { body[body.startIndex] ^= 0xFF }
            return LoopbackHTTPServer.Response(status: 200, body: body)
        }
    }

    @Test("installs from a base URL and verifies every file")
    func fromURL() throws {
        let server = try LoopbackHTTPServer(responses: try Self.responses())
        defer { server.stop() }
        let target = try TemporaryDirectory()
        let base = server.baseURL.appendingPathComponent("minilm")
        let verified = try ModelInstaller(modelDirectory: target.url).install(from: .url(base))
        #expect(Set(verified.map(\.name)).isSuperset(of: ["vocab.txt", "model.safetensors"]))
        #expect(server.requests.first?.target == "/minilm/config.json")
        for name in ModelFiles.required {
            let mode =
                try FileManager.default.attributesOfItem(atPath: target.file(name).path)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(name)")
        }
        #expect(try ModelFiles(directory: target.url).status().allSatisfy(\.matchesExpected))
    }

    @Test("a tampered download is refused and leaves the installed model alone")
    func tampered() throws {
        let target = try TemporaryDirectory()
        try ModelInstaller(modelDirectory: target.url).install(from: .directory(try TestModel.directory()))
        let before = try Data(contentsOf: target.file("vocab.txt"))
        let server = try LoopbackHTTPServer(responses: try Self.responses(tamper: "vocab.txt"))
        defer { server.stop() }
        #expect {
            try ModelInstaller(modelDirectory: target.url).install(from: .url(server.baseURL))
        } throws: { error in
            (error as? EmbeddingError)?.errorDescription?.contains("SHA-256") == true
        }
        #expect(try Data(contentsOf: target.file("vocab.txt")) == before)
    }

    @Test("a server that does not have the files is a clear error")
    func missing() throws {
        let server = try LoopbackHTTPServer(responses: [.text(404, "not found")])
        defer { server.stop() }
        let target = try TemporaryDirectory()
        #expect {
            try ModelInstaller(modelDirectory: target.url).install(from: .url(server.baseURL))
        } throws: { error in
            (error as? EmbeddingError)?.errorDescription?.contains("answered 404") == true
        }
        #expect(!FileManager.default.fileExists(atPath: target.file("config.json").path))
    }
}
