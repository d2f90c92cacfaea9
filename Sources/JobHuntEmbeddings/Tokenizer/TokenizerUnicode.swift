// The character classes BERT's tokenizer decides with, pinned to the Unicode
// version the reference implementation was built with.

/// Character classes as HuggingFace `tokenizers` sees them.
///
/// `tokenizers` takes general categories from the `unicode_categories` crate,
/// whose tables are Unicode 8.0: a character assigned later (U+2E43, U+08E2,
/// newer emoji) has no category there, so it is neither dropped as a control,
/// split as punctuation nor stripped as an accent; the word holding it becomes
/// `[UNK]`. Whitespace and case mapping come from Rust's standard library, which
/// follows current Unicode, as Swift's tables do.
enum TokenizerUnicode {
    /// The general category the reference tokenizer knows, or nil when the
    /// character was unassigned in Unicode 8.0.
    static func category(_ scalar: Unicode.Scalar) -> Unicode.GeneralCategory? {
        guard let age = scalar.properties.age, age.major < 8 || (age.major == 8 && age.minor == 0) else {
            return nil
        }
        return scalar.properties.generalCategory
    }

    /// Removed by `clean_text`: NUL, U+FFFD and Cc/Cf/Co (tab, newline and
    /// carriage return excepted: they count as whitespace).
    static func isRemovedControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0, 0xFFFD: return true
        case 0x09, 0x0A, 0x0D: return false
        default: break
        }
        switch category(scalar) {
        case .control?, .format?, .privateUse?: return true
        default: return false
        }
    }

    /// Rust's `char::is_whitespace` (the White_Space property).
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }

    /// The CJK ideograph blocks that BERT puts spaces around; the range
    /// 0x2B920... (not 0x2B820) is as `tokenizers` spells it.
    static func isChineseCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0x2A700...0x2B73F, 0x2B740...0x2B81F,
            0x2B920...0x2CEAF, 0xF900...0xFAFF, 0x2F800...0x2FA1F:
            return true
        default:
            return false
        }
    }

    /// ASCII punctuation (every printable non-alphanumeric) or Unicode P*.
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (0x21...0x2F).contains(value) || (0x3A...0x40).contains(value) || (0x5B...0x60).contains(value)
                || (0x7B...0x7E).contains(value)
        }
        switch category(scalar) {
        case .connectorPunctuation?, .dashPunctuation?, .openPunctuation?, .closePunctuation?,
            .initialPunctuation?, .finalPunctuation?, .otherPunctuation?:
            return true
        default:
            return false
        }
    }

    /// Dropped by `strip_accents` after NFD.
    static func isNonspacingMark(_ scalar: Unicode.Scalar) -> Bool {
        category(scalar) == .nonspacingMark
    }
}
