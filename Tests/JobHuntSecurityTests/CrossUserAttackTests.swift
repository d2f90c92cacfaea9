// Issue 21 §3, first part: every command that takes an id, run by a second
// user against the first user's objects, through the built binary on both
// engines: exit 1, an error that says the object is not there (or not theirs
// to touch), nothing printed of it, and every row of the database unchanged.
import Foundation
import JobHuntTesting
import Testing

@testable import JobHuntCLI

@Suite("cross-user attack suite")
struct CrossUserAttackTests {
    @Test("every command with an object argument has attack cases or a reason it needs none")
    func everyObjectArgumentIsCovered() {
        let commands = AttackTable.commands()
        let known = AttackTable.objectPlaceholders.union(AttackTable.plainPlaceholders)
        for command in commands {
            let unknown = command.placeholders.filter { !known.contains($0) }
            #expect(
                unknown.isEmpty,
                "'\(command.path)' has placeholder(s) \(unknown): add each to AttackTable.objectPlaceholders if it names a stored object, else to plainPlaceholders"
            )
            #expect(
                AttackTable.isCovered(command),
                "'\(command.path)' takes \(command.objectArguments): add its attack case to AttackTable.attacks (or a reason to notAttacks)"
            )
        }
        let paths = Set(commands.map(\.path))
        for path in AttackTable.attacks.keys {
            #expect(paths.contains(path), "AttackTable.attacks names '\(path)', which is not a command")
        }
        for key in AttackTable.notAttacks.keys {
            let command = commands.first { command in
                command.objectArguments.contains { "\(command.path) \($0)" == key }
            }
            #expect(command != nil, "AttackTable.notAttacks names '\(key)', which no command takes")
        }
        let attacked = commands.filter { !$0.objectArguments.isEmpty }
        #expect(attacked.count >= 30, "the table has object-taking commands: \(attacked.map(\.path))")
    }

    @Test("a new command taking an id, with no attack case, is reported")
    func aForgottenCommandIsCaught() {
        var root = CommandTable.root
        root.subcommands = []
        root.subcommands.append(
            CommandSpec(
                name: "notes", abstract: "Notes",
                subcommands: [
                    CommandSpec(
                        name: "show", abstract: "Show a note",
                        positionals: [PositionalSpec(name: "ID", help: "The note")],
                        run: { _ in }),
                    CommandSpec(
                        name: "list", abstract: "List notes",
                        options: [.value("app", .string, valueName: "APP", help: "Of this application")], run: { _ in }),
                    CommandSpec(
                        name: "grep", abstract: "Search notes",
                        positionals: [PositionalSpec(name: "PATTERN", help: "What to find")], run: { _ in }),
                ]))
        let commands = AttackTable.commands(in: root)
        let uncovered = commands.filter { !AttackTable.isCovered($0) }.map(\.path)
        #expect(uncovered == ["notes show", "notes list"])
        let known = AttackTable.objectPlaceholders.union(AttackTable.plainPlaceholders)
        let unknown = commands.flatMap(\.placeholders).filter { !known.contains($0) }
        #expect(unknown == ["PATTERN"], "a placeholder nobody classified is reported too")
    }

    /// What an attacker may be told: the object is not there, or not theirs.
    static let refusals = [
        "no application", "no saved search", "no experience", "no skill", "no task", "no schedule", "not found",
        "only the person themself or an administrator", "only an administrator", "you have no", "no such",
        "is not on your profile",
    ]

    @Test("Grace gets 'not found' and changes nothing for each of Ada's objects", arguments: TestEngine.allCases)
    func secondUserCannotTouchFirstUsersObjects(engine: TestEngine) throws {
        let world = try SecurityWorld(engine)
        try world.addPeople()
        try world.seedAda()
        var ids = world.ids
        // Handles are the ids' last 8 characters (ids are UUIDv7: their starts are the time).
        ids["{app8}"] = String(try #require(ids["{app}"]).suffix(8))
        ids["{docapp8}"] = String(try #require(ids["{docapp}"]).suffix(8))
        ids["{out}"] = world.home.file("grace-export").path
        func fill(_ line: [String]) -> [String] {
            line.map { word in ids.reduce(word) { $0.replacingOccurrences(of: $1.key, with: $1.value) } }
        }

        // Ada reaches each of her objects with the same ids: the attacks fail for Grace alone.
        for control in [
            ["status", "show", "{app}"], ["status", "show", "{app8}"], ["apply", "show", "{docapp}", "--cover-letter"],
            ["tasks", "show", "{task}"], ["discover", "search", "show", "{search}"], ["status", "history", "{app}"],
        ] {
            let result = try world.run(fill(control), as: world.ada)
            #expect(result.status == 0, "Ada: \(fill(control)): \(result.stderr)")
        }

        var ran = 0
        for (command, lines) in AttackTable.attacks.sorted(by: { $0.key < $1.key }) {
            for line in lines {
                let arguments = fill(line)
                let before = try world.dump()
                let result = try world.run(arguments, as: world.grace)
                let after = try world.dump()
                ran += 1
                #expect(result.status == 1, "\(command): \(arguments) exited \(result.status): \(result.stderr)")
                #expect(
                    Self.refusals.contains { result.stderr.lowercased().contains($0) },
                    "\(command): \(arguments) did not say not found: \(result.stderr)")
                #expect(
                    SecurityWorld.changes(before, after).isEmpty,
                    "\(command): \(arguments) changed \(SecurityWorld.changes(before, after))")
                for leak in ["ada's private note", "Staff Engineer", "Ada"] {
                    #expect(!result.stdout.contains(leak), "\(command): printed Ada's '\(leak)': \(result.stdout)")
                }
                let errors = result.stderr.split(separator: "\n").filter { !$0.hasPrefix("jobhunt: warning:") }
                #expect(errors.count == 1, "\(command): not one line: \(result.stderr)")
                #expect(!FileManager.default.fileExists(atPath: ids["{out}"]!), "\(command): Grace exported Ada")
            }
        }
        #expect(ran == AttackTable.attacks.values.map(\.count).reduce(0, +))
    }
}
