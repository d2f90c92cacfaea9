import JobHuntTesting
import Testing

// Colour rules, styling, tables and JSON: the output contract for people and
// for scripts.
@testable import JobHuntCLI

@Suite struct OutputTests {
    @Test func colourOnlyOnATerminalWithoutOptOuts() {
        func color(_ tty: Bool, _ flag: Bool = false, _ env: [String: String] = ["TERM": "xterm-256color"]) -> Bool {
            ColorPolicy.useColor(stdoutIsTerminal: tty, noColorFlag: flag, environment: env)
        }
        #expect(color(true))
        #expect(!color(false))
        #expect(!color(true, true))
        #expect(!color(true, false, ["NO_COLOR": ""]))
        #expect(!color(true, false, ["NO_COLOR": "1", "TERM": "xterm"]))
        #expect(!color(true, false, ["TERM": "dumb"]))
    }

    @Test func styleIsANoOpWithoutColour() {
        let off = Style(enabled: false)
        #expect(off.bold("x") + off.red("y") + off.green("z") + off.yellow("w") + off.dim("v") == "xyzwv")
        let on = Style(enabled: true)
        #expect(on.red("err") == "\u{1B}[31merr\u{1B}[0m")
        #expect(Style.strip(on.bold("a") + "b" + on.green("c")) == "abc")
    }

    @Test func helpIsStyledOnlyWhenColourIsOn() {
        let plain = RecordingOutput(terminal: true)
        _ = Entry.run(arguments: ["--help"], environment: [:], root: TestTable.root, output: plain)
        #expect(!plain.stdout.contains("\u{1B}["))
        let colored = RecordingOutput(terminal: true)
        colored.useColor = true
        _ = Entry.run(arguments: ["--help"], environment: [:], root: TestTable.root, output: colored)
        #expect(colored.stdout.contains("\u{1B}[1mUSAGE:\u{1B}[0m"))
    }

    @Test func tableAlignsColumns() {
        var table = TextTable(columns: [.init("ID", alignment: .right), .init("TITLE"), .init("STATUS")])
        table.append(["7", "Engineer", "applied"])
        table.append(["123", "Staff Engineer, Platform", "new"])
        #expect(
            table.render(width: nil, style: Style(enabled: false)) == [
                " ID  TITLE                     STATUS",
                "  7  Engineer                  applied",
                "123  Staff Engineer, Platform  new",
            ])
    }

    @Test func tableFitsTheWidthByShorteningTheWidestColumn() {
        var table = TextTable(columns: [.init("ID"), .init("TITLE")])
        table.append(["1", "A very long posting title that will not fit"])
        let lines = table.render(width: 24, style: Style(enabled: false))
        #expect(lines[1] == "1   A very long posting…")
        #expect(lines.allSatisfy { $0.count <= 24 })
        #expect(table.render(width: nil, style: Style(enabled: false))[1].hasSuffix("will not fit"))
    }

    @Test func tableCellsAreStrippedOfEscapesAndBreaks() {
        let table = TextTable(columns: [.init("A")], rows: [["x\ny\u{1B}[31m!\u{1B}[0m"]])
        #expect(table.render(width: nil, style: Style(enabled: false)) == ["A", "x y!"])
    }

    @Test func headerIsBoldOnlyWithColour() {
        let table = TextTable(columns: [.init("A")], rows: [["1"]])
        #expect(table.render(width: nil, style: Style(enabled: true))[0] == "\u{1B}[1mA\u{1B}[0m")
    }

    @Test func jsonKeepsKeyOrderAndEscapes() {
        let value: JSONValue = .object([
            ("id", .integer(3)), ("title", .string("Say \"hi\"\n\u{01}")), ("score", .number(0.5)),
            ("remote", .bool(true)), ("tags", .array([.string("a")])), ("none", .null), ("empty", .object([])),
        ])
        #expect(
            value.rendered()
                == #"{"id":3,"title":"Say \"hi\"\n\u0001","score":0.5,"remote":true,"tags":["a"],"none":null,"empty":{}}"#
        )
        #expect(
            JSONValue.array([.object([("a", .integer(1))])]).rendered(pretty: true) == "[\n  {\n    \"a\": 1\n  }\n]")
    }

    @Test func encodableJSONHasSortedKeys() throws {
        struct Row: Encodable {
            var zeta = 1
            var alpha = "https://x.example/a"
        }
        #expect(try JSONWriter.encode(Row()) == #"{"alpha":"https://x.example/a","zeta":1}"#)
    }

    @Test func printTableAndJSONFollowTheTerminal() {
        let output = RecordingOutput(terminal: false)
        let context = CommandContext(arguments: .init(), globals: .init(), environment: [:], output: output)
        context.terminalWidth = 10
        context.printTable(TextTable(columns: [.init("TITLE")], rows: [["A long title here"]]))
        context.printJSON(.object([("a", .integer(1))]))
        #expect(output.stdout == "TITLE\nA long title here\n{\"a\":1}\n")
    }
}
