// Options and positionals are read through typed keys declared beside their
// specs: every command's spec must be exactly its keys', and every key must
// decode the kind of value its spec produces, or a read would quietly be nil.
import Foundation
import Testing

@testable import JobHuntCLI

@Suite struct CommandKeysTests {
    /// Every command below `root`, as its command line and spec.
    static func commands(_ root: CommandSpec) -> [(line: String, spec: CommandSpec)] {
        var found: [(String, CommandSpec)] = []
        func walk(_ command: CommandSpec, _ line: String) {
            found.append((line, command))
            for child in command.subcommands { walk(child, "\(line) \(child.name)") }
        }
        walk(root, root.name)
        return found
    }

    static let tables = [CommandTable.root, TestTable.root]

    @Test func everyCommandWithArgumentsIsDeclaredFromItsKeys() {
        for root in Self.tables {
            for (line, command) in Self.commands(root) where !command.options.isEmpty || !command.positionals.isEmpty {
                guard let keys = command.keys else {
                    Issue.record("'\(line)' lists options or positionals without ArgumentKeys to read them by")
                    continue
                }
                #expect(
                    command.options.map { String(reflecting: $0) } == keys.options.map { String(reflecting: $0.spec) },
                    "'\(line)': its options differ from its keys'")
                #expect(
                    command.positionals.map { String(reflecting: $0) }
                        == keys.positionals.map { String(reflecting: $0.spec) },
                    "'\(line)': its positionals differ from its keys'")
            }
        }
    }

    @Test func everyOptionKeyReadsWhatItsSpecProduces() {
        var keys: [(String, any OptionKeyProtocol)] = GlobalOptions.Keys.all.map { ("global", $0) }
        for root in Self.tables {
            for (line, command) in Self.commands(root) {
                keys += (command.keys?.options ?? []).map { (line, $0) }
            }
        }
        #expect(keys.count > 100)
        for (line, key) in keys {
            #expect(
                key.decodedKind == key.spec.kind.producedKind,
                "'\(line)' --\(key.spec.long): the key reads \(key.decodedKind), the spec gives \(key.spec.kind.producedKind)"
            )
            #expect(
                key.readsEveryValue == key.spec.isRepeatable,
                "'\(line)' --\(key.spec.long): a repeatable option needs an array (or count) key, and only it")
        }
    }

    @Test func everyPositionalKeyReadsWhatItsSpecProduces() {
        for root in Self.tables {
            for (line, command) in Self.commands(root) {
                for key in command.keys?.positionals ?? [] {
                    let spec = key.spec
                    #expect(key.decodedKind == spec.type.producedKind, "'\(line)' \(spec.name): wrong value type")
                    #expect(key.readsEveryValue == spec.isVariadic, "'\(line)' \(spec.name): variadic needs [T]")
                    #expect(
                        key.allowsAbsence == (spec.isOptional || spec.isVariadic),
                        "'\(line)' \(spec.name): an optional positional needs T?, a required one T")
                }
            }
        }
    }

    @Test func aKeyOfTheWrongTypeIsCaught() {
        // Compiles (the value type is a runtime value), so the test above is what catches it.
        let wrong: OptionKey<Int?> = .value("limit", .string, valueName: "N", help: "Most results")
        #expect(wrong.decodedKind != wrong.spec.kind.producedKind)
        let list: OptionKey<[String]> = .repeatable("tag", .string, valueName: "TAG", help: "A tag")
        #expect(list.readsEveryValue && list.spec.isRepeatable)
    }

    @Test func absentOptionsReadAsNothing() {
        let empty = ParsedArguments()
        #expect(empty[TestTable.Match.all] == false)
        #expect(empty[TestTable.Match.cache] == nil)
        #expect(empty[TestTable.Match.sort] == nil)
        #expect(empty[TestTable.Match.tag] == [])
        #expect(empty[TestTable.Match.files] == [])
        #expect(empty[GlobalOptions.Keys.verbose] == 0)
        #expect(!empty.isPresent(TestTable.Match.limit))
    }
}
