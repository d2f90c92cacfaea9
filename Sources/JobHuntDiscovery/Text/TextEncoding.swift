// Bytes that claim to be UTF-8 but are not: a CSV saved from a spreadsheet in
// Windows-1252 or Latin-1, and names garbled by a double decode ("GdaÅsk").
import Foundation

/// Encoding checks and repairs for files people export from other tools.
package enum TextEncoding {
    /// What the bytes are.
    package enum Verdict: Equatable {
        /// Valid UTF-8 (or plain ASCII): read as is.
        case utf8
        /// No valid multi-byte UTF-8 sequence at all, only single high bytes: an 8-bit file,
        /// decoded as Windows-1252 (Latin-1 where 1252 leaves a byte undefined).
        case singleByte(String)
        /// Valid UTF-8 mixed with invalid bytes: no single encoding explains the file.
        case invalid(line: Int)
    }

    /// Decides how to read `data`: UTF-8 when valid, Windows-1252/Latin-1 when every high byte
    /// stands alone (the bytes say so), otherwise the line of the first invalid byte.
    package static func verdict(_ data: Data) -> Verdict {
        let bytes = [UInt8](data)
        var index = 0
        var line = 1
        var firstInvalidLine: Int?
        var sawMultiByte = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A { line += 1 }
            if byte < 0x80 {
                index += 1
                continue
            }
            if let length = UTF8Validation.sequenceLength(bytes, at: index) {
                sawMultiByte = true
                index += length
            } else {
                if firstInvalidLine == nil { firstInvalidLine = line }
                index += 1
            }
        }
        guard let invalid = firstInvalidLine else { return .utf8 }
        if sawMultiByte { return .invalid(line: invalid) }
        return .singleByte(windows1252(bytes))
    }

    /// Windows-1252, with the five bytes it leaves undefined read as Latin-1 (their C1 controls).
    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if (0x80...0x9F).contains(byte), let mapped = cp1252High[Int(byte) - 0x80] {
                scalars.append(mapped)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    private static let cp1252High: [Unicode.Scalar?] = [
        "€", nil, "‚", "ƒ", "„", "…", "†", "‡", "ˆ", "‰", "Š", "‹", "Œ", nil, "Ž", nil,
        nil, "‘", "’", "“", "”", "•", "–", "—", "˜", "™", "š", "›", "œ", nil, "ž", "Ÿ",
    ]

    /// Text garbled by a double decode, repaired when the bytes show it: "GdaÅ\u{84}sk" → "Gdańsk",
    /// "MÃ¼nchen" → "München". The text is turned back into the single bytes it was misread
    /// from and decoded as UTF-8; only when that succeeds, and every character had such a byte,
    /// is the repair taken. Correct text ("Labège", "€") fails that test and is returned unchanged.
    package static func repairingMojibake(_ text: String) -> String {
        // The lead byte of a two- or three-byte sequence, misread: Â … ï.
        guard text.unicodeScalars.contains(where: { (0xC2...0xEF).contains($0.value) }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.value < 0x100 {
                bytes.append(UInt8(scalar.value))
            } else if let index = cp1252High.firstIndex(where: { $0 == scalar }) {
                bytes.append(UInt8(0x80 + index))
            } else {
                return text  // a character no single byte was misread as: the text is not mojibake
            }
        }
        guard case .utf8 = verdict(Data(bytes)), let repaired = String(bytes: bytes, encoding: .utf8) else {
            return text
        }
        return repaired
    }
}
