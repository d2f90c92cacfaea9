// What reaches a terminal never acts on it: control characters and bidi
// overrides in stored text (a posting's title, a note, a search name) are shown
// as visible escapes instead of moving the cursor, retitling the window,
// hiding text or reversing a line.

/// Escapes the characters of `text` a terminal would act on.
///
/// Escaped, as `\u001B`-style text (which is also a valid JSON escape, so
/// `--json` on a terminal stays parseable): C0 controls except newline and
/// tab, a carriage return not followed by a newline, DEL, C1 controls
/// (U+0080–U+009F, which some terminals read as ESC-sequences), and the bidi
/// embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069,
/// the "Trojan Source" characters). With `keepingStyle`, jobhunt's own SGR
/// colour sequences (those `Style` writes: bold, dim, red, green, yellow,
/// reset) stay, so help stays bold; a stored text can use those to colour
/// itself but never to hide, move or rewrite anything.
package enum TerminalText {
    /// The SGR parameters `Style` writes.
    static let styleCodes: Set<String> = ["0", "1", "2", "31", "32", "33"]

    package static func escape(_ text: String, keepingStyle: Bool = false) -> String {
        guard needsEscaping(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if keepingStyle, scalar == "\u{1B}", let end = styleSequenceEnd(scalars, from: index) {
                result.append(contentsOf: scalars[index...end])
                index = end + 1
                continue
            }
            let keepReturn = scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n"
            if isActive(scalar) && !keepReturn {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result.append(
                    contentsOf: "\\u\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex)".unicodeScalars)
            } else {
                result.append(scalar)
            }
            index += 1
        }
        return String(result)
    }

    /// A quick scan of the UTF-8 bytes: most text has nothing to escape and is returned as is.
    static func needsEscaping(_ text: String) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20 && byte != 0x0A && byte != 0x09 { return true }
            if byte == 0x7F { return true }
            if previous == 0xC2, (0x80...0x9F).contains(byte) { return true }
            if beforePrevious == 0xE2, previous == 0x80, (0xAA...0xAE).contains(byte) { return true }
            if beforePrevious == 0xE2, previous == 0x81, (0xA6...0xA9).contains(byte) { return true }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    static func isActive(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// The index of the `m` ending a `Style` sequence (`ESC [ code m`) starting at `start`.
    private static func styleSequenceEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start + 2 < scalars.count, scalars[start + 1] == "[" else { return nil }
        var code = ""
        var index = start + 2
        while index < scalars.count, index < start + 6 {
            if scalars[index] == "m" { return styleCodes.contains(code) ? index : nil }
            code.unicodeScalars.append(scalars[index])
            index += 1
        }
        return nil
    }
}
