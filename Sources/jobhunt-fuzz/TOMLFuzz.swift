// The configuration file reader and editor: parse, then the round trip that
// `config set` relies on (the text it writes reads back to the same entries).
import Foundation

@testable import JobHuntCLI

enum TOMLFuzz {
    static func run(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        guard var document = try? TOMLDocument(text: text, path: "fuzz.toml") else { return }
        let entries = document.entries
        let again = try? TOMLDocument(text: document.text, path: "fuzz.toml")
        check(again != nil, "the document's own text does not parse again")
        check(again?.entries == entries, "the document's text reads back to other entries")
        // An edit keeps the file readable and holds the value written.
        if document.set(table: ["fuzz"], leaf: "key", to: .string(text)) {
            let edited = try? TOMLDocument(text: document.text, path: "fuzz.toml")
            check(edited != nil, "an edited document does not parse again")
        }
    }
}
