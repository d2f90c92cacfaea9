// Header text that survives 7-bit mail: RFC 2047 encoded-words for names and
// subjects that are not plain ASCII, RFC 2231 parameters for file names, and
// folding so no header line passes 78 characters (RFC 5322 §2.1.1).
import Foundation

enum MIMEHeaderEncoding {
    /// RFC 5322 §2.1.1: lines SHOULD be at most 78 characters, CRLF excluded.
    static let lineLimit = 78
    /// RFC 2047 §2: an encoded-word is at most 75 characters.
    static let encodedWordLimit = 75
    static let encodedWordTarget = 60

    /// `Name: value`, folded at spaces so each line fits; the value is ASCII.
    static func header(_ name: String, _ value: String) -> String {
        fold(name + ": ", words: value.split(separator: " ", omittingEmptySubsequences: false).map(String.init))
    }

    /// `Subject: …`: as it is when plain ASCII, else UTF-8 encoded-words.
    static func textHeader(_ name: String, _ text: String) -> String {
        let line = MailAddress.singleLine(text)
        if isPlainASCII(line) { return header(name, line) }
        return fold(name + ": ", words: encodedWords(line))
    }

    /// `From: Zoë <z@example.com>` with the name as it must be written.
    static func addressHeader(_ name: String, _ addresses: [MailAddress]) -> String {
        var words: [String] = []
        for (index, mailbox) in addresses.enumerated() {
            let comma = index < addresses.count - 1 ? "," : ""
            if let display = mailbox.displayName {
                words += phrase(display)
            }
            words.append(mailbox.displayName == nil ? mailbox.address + comma : "<\(mailbox.address)>" + comma)
        }
        return fold(name + ": ", words: words)
    }

    /// A display name as words: atoms as they are, a quoted string when it has
    /// specials, encoded-words when it is not ASCII.
    static func phrase(_ name: String) -> [String] {
        guard isPlainASCII(name) else { return encodedWords(name) }
        let atext = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "!#$%&'*+-/=?^_`{|}~ "))
        if name.unicodeScalars.allSatisfy({ $0.isASCII && atext.contains($0) }) {
            return name.split(separator: " ").map(String.init)
        }
        let escaped = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return ["\"\(escaped)\""]
    }

    /// `=?UTF-8?B?…?=` words of at most 60 characters (RFC 2047 allows 75),
    /// so the first one still fits on the line after `Subject: ` or
    /// `Reply-To: `; never splitting a character.
    static func encodedWords(_ text: String) -> [String] {
        // 60 - "=?UTF-8?B?".count - "?=".count = 48 base64 characters = 36 bytes.
        let maxBytes = (encodedWordTarget - 12) / 4 * 3
        var words: [String] = []
        var chunk = Data()
        for character in text {
            let bytes = Data(String(character).utf8)
            if !chunk.isEmpty, chunk.count + bytes.count > maxBytes {
                words.append("=?UTF-8?B?\(chunk.base64EncodedString())?=")
                chunk = Data()
            }
            chunk.append(bytes)
        }
        if !chunk.isEmpty || words.isEmpty { words.append("=?UTF-8?B?\(chunk.base64EncodedString())?=") }
        return words
    }

    /// `; filename="cv.pdf"`, or RFC 2231 `filename*=UTF-8''…` (in numbered
    /// sections when long) for a name that is not plain ASCII or too long.
    static func parameter(_ name: String, _ value: String) -> [String] {
        let clean = MailAddress.singleLine(value)
        if isPlainASCII(clean), !clean.contains("\""), !clean.contains("\\"), clean.count + name.count < 60 {
            return ["\(name)=\"\(clean)\""]
        }
        let allowed = CharacterSet(
            charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$&+-.^_`|~")
        var pieces: [String] = []
        var current = "UTF-8''"
        for character in clean {
            var encoded = ""
            for byte in String(character).utf8 {
                let scalar = Unicode.Scalar(byte)
                encoded += byte < 0x80 && allowed.contains(scalar) ? String(scalar) : String(format: "%%%02X", byte)
            }
            if current.count + encoded.count > 50 {
                pieces.append(current)
                current = ""
            }
            current += encoded
        }
        pieces.append(current)
        if pieces.count == 1 { return ["\(name)*=\(pieces[0])"] }
        return pieces.enumerated().map { "\(name)*\($0.offset)*=\($0.element)" }
    }

    /// Printable ASCII with no sequence a decoder would take for an encoded-word.
    static func isPlainASCII(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F } && !text.contains("=?")
    }

    /// Joins words with spaces, starting a continuation line (CRLF + space)
    /// before a word that would pass the limit; a word longer than a line
    /// stays whole on its own line (RFC 5322 allows up to 998).
    static func fold(_ start: String, words: [String]) -> String {
        var text = start
        var lineLength = start.count
        var first = true
        for word in words {
            if first {
                text += word
                lineLength += word.count
                first = false
            } else if lineLength + 1 + word.count > lineLimit {
                text += "\r\n " + word
                lineLength = 1 + word.count
            } else {
                text += " " + word
                lineLength += 1 + word.count
            }
        }
        return text
    }
}
