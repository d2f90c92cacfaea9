// BERT's text normalizer: clean, space out CJK, strip accents, lower-case,
// in that order and one character at a time, as `tokenizers` does it.
import Foundation

/// The `BertNormalizer` of the reference tokenizer (clean_text, CJK, accents, lowercase).
enum BertNormalizer {
    /// Normalises `text` into the scalars the pre-tokenizer splits.
    ///
    /// Controls are deleted, not replaced (`Control\0chars` → `controlchars`);
    /// accents go before lower-casing, so `İ` becomes `i` without a dot.
    static func normalize(_ text: Substring) -> [Unicode.Scalar] {
        var cleaned = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if TokenizerUnicode.isRemovedControl(scalar) { continue }
            if TokenizerUnicode.isWhitespace(scalar) {
                cleaned.append(" ")
            } else if TokenizerUnicode.isChineseCharacter(scalar) {
                cleaned.append(" ")
                cleaned.append(scalar)
                cleaned.append(" ")
            } else {
                cleaned.append(scalar)
            }
        }
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(cleaned.count)
        let isASCII = cleaned.allSatisfy { $0.isASCII }
        let decomposed = isASCII ? String(cleaned) : String(cleaned).decomposedStringWithCanonicalMapping
        for scalar in decomposed.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                result.append((0x41...0x5A).contains(value) ? Unicode.Scalar(value + 32)! : scalar)
                continue
            }
            if TokenizerUnicode.isNonspacingMark(scalar) { continue }
            if scalar.properties.changesWhenLowercased {
                result.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return result
    }
}
