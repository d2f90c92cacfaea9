// Splits a SQL script into statements, so a failing migration can name the
// statement that failed. Understands quotes, comments, PostgreSQL dollar
// quoting and SQLite trigger bodies (`BEGIN … END;`).

/// The statements of a script, in order, without trailing semicolons.
///
///     SQLScript.statements("CREATE TABLE a (x INT); -- note\nINSERT INTO a VALUES (';');")
///     // ["CREATE TABLE a (x INT)", "-- note\nINSERT INTO a VALUES (';')"]
public enum SQLScript {
    public static func statements(_ script: String) -> [String] {
        let characters = Array(script.unicodeScalars)
        var statements: [String] = []
        var current = String.UnicodeScalarView()
        var index = 0
        var words: [String] = []  // upper-cased keywords of the current statement
        var word = ""
        var blockDepth = 0  // BEGIN/CASE … END nesting inside CREATE TRIGGER

        func flushWord() {
            guard !word.isEmpty else { return }
            let upper = word.uppercased()
            words.append(upper)
            let isTrigger = words.prefix(4).contains("TRIGGER") && words.first == "CREATE"
            if isTrigger {
                if upper == "BEGIN" || upper == "CASE" { blockDepth += 1 }
                if upper == "END", blockDepth > 0 { blockDepth -= 1 }
            }
            word = ""
        }

        func finishStatement() {
            let text = String(current).trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty, !isOnlyComments(text) { statements.append(text) }
            current = String.UnicodeScalarView()
            words = []
            blockDepth = 0
        }

        while index < characters.count {
            let c = characters[index]
            let next: Unicode.Scalar? = index + 1 < characters.count ? characters[index + 1] : nil
            if c == "-", next == "-" {
                flushWord()
                while index < characters.count, characters[index] != "\n" {
                    current.append(characters[index])
                    index += 1
                }
                continue
            }
            if c == "/", next == "*" {
                flushWord()
                current.append(contentsOf: ["/", "*"])
                index += 2
                while index < characters.count {
                    if characters[index] == "*", index + 1 < characters.count, characters[index + 1] == "/" {
                        current.append(contentsOf: ["*", "/"])
                        index += 2
                        break
                    }
                    current.append(characters[index])
                    index += 1
                }
                continue
            }
            if c == "'" || c == "\"" || c == "`" {
                flushWord()
                current.append(c)
                index += 1
                while index < characters.count {
                    current.append(characters[index])
                    if characters[index] == c {
                        // A doubled quote is an escaped quote, not the end.
                        if index + 1 < characters.count, characters[index + 1] == c {
                            current.append(c)
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    index += 1
                }
                continue
            }
            if c == "$", let tag = dollarTag(characters, at: index) {
                flushWord()
                let tagScalars = Array(tag.unicodeScalars)
                current.append(contentsOf: tagScalars)
                index += tagScalars.count
                while index < characters.count {
                    if characters[index] == "$",
                        Array(characters[index..<min(characters.count, index + tagScalars.count)]) == tagScalars
                    {
                        current.append(contentsOf: tagScalars)
                        index += tagScalars.count
                        break
                    }
                    current.append(characters[index])
                    index += 1
                }
                continue
            }
            if c == ";" {
                flushWord()
                if blockDepth == 0 {
                    finishStatement()
                    index += 1
                    continue
                }
            }
            if c.properties.isAlphabetic || c == "_" || (c.properties.numericType != nil && !word.isEmpty) {
                word.unicodeScalars.append(c)
            } else {
                flushWord()
            }
            current.append(c)
            index += 1
        }
        flushWord()
        finishStatement()
        return statements
    }

    /// `$$` or `$tag$` starting at `index`, if any (a `$1` placeholder is not a tag).
    private static func dollarTag(_ characters: [Unicode.Scalar], at index: Int) -> String? {
        var end = index + 1
        while end < characters.count, characters[end].properties.isAlphabetic || characters[end] == "_" {
            end += 1
        }
        guard end < characters.count, characters[end] == "$" else { return nil }
        return String(String.UnicodeScalarView(characters[index...end]))
    }

    private static func isOnlyComments(_ text: String) -> Bool {
        var remaining = Substring(text)
        while true {
            remaining = remaining.drop(while: { $0.isWhitespace })
            if remaining.isEmpty { return true }
            if remaining.hasPrefix("--") {
                remaining = remaining.drop(while: { $0 != "\n" })
            } else if remaining.hasPrefix("/*"), let end = remaining.range(of: "*/") {
                remaining = remaining[end.upperBound...]
            } else {
                return false
            }
        }
    }
}
