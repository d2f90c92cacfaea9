// The TOML subset: what it reads, and errors that name the line.
import JobHuntCLI
import Testing

@Suite("Config file reader")
struct ConfigurationTOMLReaderTests {
    func values(_ text: String) throws -> [String: TOMLValue] {
        let document = try TOMLDocument(text: text, path: "config.toml")
        return Dictionary(uniqueKeysWithValues: document.entries.map { ($0.key, $0.value) })
    }

    func error(_ text: String) throws -> TOMLError {
        try #require(throws: TOMLError.self) { try TOMLDocument(text: text, path: "config.toml") }
    }

    @Test func tablesCommentsAndDottedKeysMapToDottedSettingKeys() throws {
        let text = """
            # jobhunt settings
            data_dir = "/srv/jobhunt"   # trailing comment
            s3.region = 'eu-west-1'

            [s3]
              bucket = "docs"
            path_style = true
            [database]
            url = "sqlite:/tmp/x.sqlite3"
            """
        let document = try TOMLDocument(text: text, path: "config.toml")
        #expect(
            document.entries.map(\.key) == ["data_dir", "s3.region", "s3.bucket", "s3.path_style", "database.url"])
        #expect(document.entry("s3.bucket")?.line == 6)
        #expect(document.entry("s3.bucket")?.value == .string("docs"))
        #expect(document.entry("s3.path_style")?.value == .bool(true))
        #expect(document.entry("s3.region")?.value == .string("eu-west-1"))
        #expect(document.text == text)
    }

    @Test func basicStringsUnescapeAndLiteralStringsDoNot() throws {
        let parsed = try values(
            #"""
            a = "tab\there \"quoted\" back\\slash \u00e9 \U0001F600 # not a comment"
            b = 'C:\path\no escapes'
            c = ""
            "quoted key" = 1
            """#)
        #expect(parsed["a"] == .string("tab\there \"quoted\" back\\slash é 😀 # not a comment"))
        #expect(parsed["b"] == .string(#"C:\path\no escapes"#))
        #expect(parsed["c"] == .string(""))
        #expect(parsed["quoted key"] == .integer(1))
    }

    @Test func integersAndBooleans() throws {
        let parsed = try values("a = 42\nb = -1_000\nc = +7\nd = 0\ne = false\n")
        #expect(parsed["a"] == .integer(42))
        #expect(parsed["b"] == .integer(-1000))
        #expect(parsed["c"] == .integer(7))
        #expect(parsed["d"] == .integer(0))
        #expect(parsed["e"] == .bool(false))
    }

    @Test func crlfFilesReadAndWriteBackUnchanged() throws {
        let text = "# c\r\n[s3]\r\nbucket = \"x\"\r\n"
        let document = try TOMLDocument(text: text, path: "config.toml")
        #expect(document.entry("s3.bucket")?.value == .string("x"))
        #expect(document.text == text)
    }

    @Test func missingEqualsNamesTheLine() throws {
        let failure = try error("# one\n[s3]\nbucket \"x\"\n")
        #expect(failure.line == 3)
        #expect(failure.description == "config.toml:3: expected '=' after key")
    }

    @Test(arguments: [
        ("a = \"open", 1, "unterminated string (missing closing '\"')"),
        ("\na = 'open", 2, "unterminated string (missing closing \"'\")"),
        ("a = \"bad \\q\"", 1, "invalid escape '\\q' in string"),
        ("a = \"\\u12\"", 1, "\\u needs 4 hexadecimal digits"),
        ("a = 1.5", 1, "not an integer (floats and dates are not supported)"),
        ("a = 007", 1, "not an integer (floats and dates are not supported)"),
        ("a = [1, 2]", 1, "arrays are not supported"),
        ("a = { b = 1 }", 1, "inline tables are not supported"),
        ("a = \"\"\"x\"\"\"", 1, "multi-line strings are not supported"),
        (
            "a = yes", 1,
            "expected a value (a \"string\", a 'literal string', an integer, true or false); text needs quotes"
        ),
        ("a =", 1, "expected a value after '='"),
        ("a = 1 2", 1, "unexpected text after value (comments start with #)"),
        ("[s3", 1, "expected ']' to close the table header"),
        ("[s3] x", 1, "unexpected text after table header (comments start with #)"),
        ("[[jobs]]", 1, "arrays of tables ([[...]]) are not supported"),
        ("= 1", 1, "expected a key, a [table] header or a comment"),
    ])
    func syntaxErrors(text: String, line: Int, message: String) throws {
        let failure = try error(text)
        #expect(failure.line == line)
        #expect(failure.message == message)
    }

    @Test func duplicatesAreErrorsThatPointAtBothLines() throws {
        let duplicate = try error("[s3]\nbucket = \"a\"\nbucket = \"b\"\n")
        #expect(duplicate.description == "config.toml:3: duplicate key 's3.bucket' (first set on line 2)")
        let dottedThenTable = try error("s3.bucket = \"a\"\n[s3]\nbucket = \"b\"\n")
        #expect(dottedThenTable.line == 3)
        let table = try error("[s3]\n[database]\n[s3]\n")
        #expect(table.description == "config.toml:3: table [s3] is defined twice (first on line 1)")
        let valueThenTable = try error("s3 = \"x\"\n[s3]\n")
        #expect(valueThenTable.line == 2)
    }
}
