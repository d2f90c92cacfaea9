// `jobhunt embed` and `jobhunt similarity`: the model from the command line,
// for scripts and for checking what the ranking sees.
import Foundation
import JobHuntKernel

/// The `embed` and `similarity` commands.
package enum EmbedCommands {
    /// The option and positional of `embed`.
    enum Embed: ArgumentKeys {
        static let input: OptionKey<String?> = .value(
            "input", .path, valueName: "FILE", help: "Read texts from FILE (.jsonl or lines; - for stdin)")
        static let text: PositionalKey<[String]> = .variadic("TEXT", help: "Texts to embed", isOptional: true)
        static let options: [any OptionKeyProtocol] = [input]
        static let positionals: [any PositionalKeyProtocol] = [text]
    }

    /// The positionals of `similarity`.
    enum Similarity: ArgumentKeys {
        static let a: PositionalKey<String> = .required("A", help: "First text")
        static let b: PositionalKey<String> = .required("B", help: "Second text")
        static let positionals: [any PositionalKeyProtocol] = [a, b]
    }

    package static let embed = CommandSpec(
        name: "embed", abstract: "Print the embedding vectors of texts",
        discussion: """
            Each TEXT is printed as a JSON array of 384 numbers, one per line. With --input, texts \
            come from FILE in batches: a .jsonl file of objects with a "text" field is written back \
            as JSON Lines with "text" and "embedding"; any other file holds one text per line; - reads stdin.
            """,
        keys: Embed.self,
        examples: ["jobhunt embed 'Senior Swift engineer'", "jobhunt embed --input postings.jsonl > vectors.jsonl"],
        run: { try embed($0) })

    package static let similarity = CommandSpec(
        name: "similarity", abstract: "Print the cosine similarity of two texts",
        keys: Similarity.self,
        examples: ["jobhunt similarity 'iOS developer' 'Swift mobile engineer'"],
        run: { try similarity($0) })

    package static func embed(_ context: CommandContext) throws {
        let texts = context.arguments[Embed.text]
        let input = context.arguments[Embed.input]
        guard !texts.isEmpty || input != nil else {
            throw CLIError.usage("embed needs TEXT or --input FILE", remedy: "try `jobhunt embed 'data engineer'`")
        }
        let embedder = try SentenceEmbedder(modelDirectory: try ModelCommands.modelDirectory(context))
        if let input {
            try embedFile(input, embedder: embedder, context: context)
            return
        }
        let vectors = try embedder.embed(texts)
        if context.globals.json {
            let objects = zip(texts, vectors).map {
                #"{"text":\#(ModelCommands.json($0)),"embedding":\#(ModelCommands.json($1))}"#
            }
            context.output.print("[" + objects.joined(separator: ",") + "]")
        } else {
            for vector in vectors { context.output.print(ModelCommands.json(vector)) }
        }
    }

    /// `--input FILE`: JSON Lines in and out for `.jsonl`, else one text per line in.
    static func embedFile(_ path: String, embedder: SentenceEmbedder, context: CommandContext) throws {
        let data: Data
        if path == "-" {
            data = try FileHandle.standardInput.readToEndRetryingInterrupts()
        } else {
            guard let contents = FileManager.default.contents(atPath: path) else {
                throw CLIError.failure("cannot read \(path)", remedy: "check the path and its permissions")
            }
            data = contents
        }
        // Split on \n only: texts may hold U+2028 and other Unicode line breaks.
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
            .map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
            .filter { !$0.isEmpty }
        let isJSONLines = path.hasSuffix(".jsonl")
        var texts: [String] = []
        for (number, line) in lines.enumerated() {
            if isJSONLines {
                guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                    let text = object["text"] as? String
                else {
                    throw CLIError.failure(
                        "\(path):\(number + 1): not a JSON object with a \"text\" string",
                        remedy: "each line of a .jsonl input must be {\"text\": ...}")
                }
                texts.append(text)
            } else {
                texts.append(line)
            }
        }
        // Batches of 256 so progress is steady and memory stays flat on big files.
        var start = 0
        while start < texts.count {
            let end = min(start + 256, texts.count)
            let vectors = try embedder.embed(Array(texts[start..<end]))
            for (offset, vector) in vectors.enumerated() {
                let text = ModelCommands.json(texts[start + offset])
                context.output.print(#"{"text":\#(text),"embedding":\#(ModelCommands.json(vector))}"#)
            }
            if context.output.stderrIsTerminal { context.output.note("embedded \(end) of \(texts.count)") }
            start = end
        }
    }

    package static func similarity(_ context: CommandContext) throws {
        let a = context.arguments[Similarity.a]
        let b = context.arguments[Similarity.b]
        let embedder = try SentenceEmbedder(modelDirectory: try ModelCommands.modelDirectory(context))
        let cosine = try embedder.similarity(a, b)
        let formatted = String(format: "%.4f", cosine)
        if context.globals.json {
            context.output.print(
                #"{"a":\#(ModelCommands.json(a)),"b":\#(ModelCommands.json(b)),"cosine":\#(formatted)}"#)
        } else {
            context.output.print(formatted)
        }
    }
}
