// A cursor over a timestamp's UTF-8 bytes, used by SourceDate.
import Foundation
import JobHuntKernel

/// Reads fixed-width numbers and separators from a short string without allocating.
struct DigitScanner {
    private let bytes: [UInt8]
    private var index = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    var atEnd: Bool { index == bytes.count }

    mutating func skip(_ character: Character) -> Bool {
        guard index < bytes.count, let ascii = character.asciiValue, bytes[index] == ascii else { return false }
        index += 1
        return true
    }

    mutating func number(digits: Int) -> Int? {
        guard index + digits <= bytes.count else { return nil }
        var value = 0
        for offset in 0..<digits {
            let byte = bytes[index + offset]
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        index += digits
        return value
    }

    /// The digits after a decimal point, as a fraction of a second.
    mutating func fraction() -> Double {
        var value = 0.0
        var scale = 0.1
        while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
            value += Double(bytes[index] - 48) * scale
            scale /= 10
            index += 1
        }
        return value
    }

    /// `Z`, `±HH:MM`, `±HHMM` or `±HH` as seconds east of UTC; 0 when the string ends (no zone means UTC).
    mutating func zoneOffset() -> Int? {
        if atEnd { return 0 }
        if skip("Z") || skip("z") { return 0 }
        let sign: Int
        if skip("+") {
            sign = 1
        } else if skip("-") {
            sign = -1
        } else {
            return nil
        }
        guard let hours = number(digits: 2) else { return nil }
        _ = skip(":")
        let minutes = atEnd ? 0 : number(digits: 2)
        guard let minutes else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }
}
