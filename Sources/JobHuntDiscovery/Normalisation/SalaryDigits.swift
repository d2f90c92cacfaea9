// Native digits and CLDR's number signs read as ASCII before a salary is read:
// "৳৮০,০০০" is "৳80,000", "٣٥٬٠٠٠ ج.م." is "35,000 ج.م.".
import JobHuntKernel

/// Folds the digits of every decimal numbering system CLDR names (Bengali, Devanagari,
/// Arabic-Indic, Extended Arabic-Indic, Thai, Myanmar, Khmer, full-width, …) to ASCII, scalar for
/// scalar, so positions in the sentence do not move and the evidence keeps what was written.
///
/// CLDR's numeric numbering systems are runs of ten Unicode decimal digits (general category Nd),
/// so the digit's value comes from the Unicode Character Database Swift carries
/// (`Unicode.Scalar.Properties.numericType`) rather than from a table of our own. A non-ASCII
/// decimal or grouping sign of some locale (``CLDRNumberSymbols``: "٫", "٬", "،") between two
/// digits becomes "." (a decimal sign only) or "," (a grouping sign, or one that is each in some
/// locale, which the reader then decides by the length of the last group, as it does for ",").
enum SalaryDigits {
    static func folded(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard scalars.contains(where: { $0.value > 0x7F }) else { return scalars }
        var result = scalars
        var changed = false
        for index in result.indices where result[index].value >= 0x0660 {
            if let digit = asciiDigit(result[index]) {
                result[index] = digit
                changed = true
            }
        }
        guard changed else { return scalars }
        for index in result.indices.dropFirst().dropLast() where result[index].value > 0x7F {
            let sign = result[index]
            guard SalaryText.isDigit(result[index - 1]), SalaryText.isDigit(result[index + 1]) else { continue }
            if CLDRNumberSymbols.groupSigns.contains(sign) {
                result[index] = ","
            } else if CLDRNumberSymbols.decimalSigns.contains(sign) {
                result[index] = "."
            }
        }
        return result
    }

    /// The ASCII digit of a decimal digit in any script, or nil.
    static func asciiDigit(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        // No decimal digit comes before U+0660 (Arabic-Indic zero) but ASCII's: Latin accents cost
        // no property look-up.
        guard scalar.value >= 0x0660, scalar.properties.numericType == .decimal,
            let value = scalar.properties.numericValue, value >= 0, value <= 9
        else { return nil }
        return Unicode.Scalar(0x30 + UInt32(value))
    }

    /// Whether `text` has a figure (in any script) with a CLDR currency symbol right before or after
    /// it (one blank allowed): the cheap test for money the byte pass and the currency words miss
    /// ("Br 15,000", "٣٥٬٠٠٠ ج.م.", "50.000 ден.").
    ///
    /// Asked of every posting without a currency mark, so a text that is all ASCII (most of them) is
    /// walked as bytes against the symbols that are ASCII, without an array of scalars.
    static func hasCLDRSymbol(_ text: Substring) -> Bool {
        if let found = asciiHasSymbol(text.utf8) { return found }
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard isAnyDigit(scalars[index]) else {
                index += 1
                continue
            }
            var end = index
            if end > 0, isBlank(scalars[end - 1]) { end -= 1 }
            if CLDRCurrencySymbols.symbol(endingAt: end, in: scalars) != nil { return true }
            var after = index
            while after < scalars.count, isAnyDigit(scalars[after]) || separators.contains(scalars[after]) {
                after += 1
            }
            while after > index, isBlank(scalars[after - 1]) { after -= 1 }
            var start = after
            if start < scalars.count, isBlank(scalars[start]) { start += 1 }
            if CLDRCurrencySymbols.symbol(startingAt: start, in: scalars) != nil { return true }
            index = max(after, index + 1)
        }
        return false
    }

    /// The same test on an all-ASCII text's bytes, or nil when the text is not all ASCII.
    private static func asciiHasSymbol(_ utf8: Substring.UTF8View) -> Bool? {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        let bytes = Array(utf8)
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        var index = 0
        while index < bytes.count {
            guard isDigit(bytes[index]) else {
                index += 1
                continue
            }
            var end = index
            if end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            if CLDRCurrencySymbols.asciiSymbol(endingAt: end, in: bytes) { return true }
            var after = index
            while after < bytes.count,
                isDigit(bytes[after]) || bytes[after] == 0x2C || bytes[after] == 0x2E || bytes[after] == 0x27
                    || bytes[after] == 0x20
            {
                after += 1
            }
            while after > index, bytes[after - 1] == 0x20 { after -= 1 }
            var start = after
            if start < bytes.count, bytes[start] == 0x20 { start += 1 }
            if CLDRCurrencySymbols.asciiSymbol(startingAt: start, in: bytes) { return true }
            index = max(after, index + 1)
        }
        return false
    }

    private static let separators: Set<Unicode.Scalar> = [",", ".", "'", "’", "٫", "٬", " ", "\u{00A0}", "\u{202F}"]

    private static func isAnyDigit(_ scalar: Unicode.Scalar) -> Bool {
        SalaryText.isDigit(scalar) || asciiDigit(scalar) != nil
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{00A0}" || scalar == "\u{202F}"
    }
}
