// The lower-cased words of a title, split on anything but letters (and the
// characters a rule keeps), with a byte-wise path for ASCII titles.
import JobHuntKernel

extension String {
    /// `lowercased()` split wherever a character is neither a letter, nor a
    /// digit when `digits`, nor `keep`: what the title rules match word by word.
    ///
    /// Almost every title is ASCII, and there a byte is a character and a letter
    /// is `a`–`z`, so the words are found without `Character.isLetter`'s Unicode
    /// property look-ups (a tenth of normalising 50,000 postings went to them);
    /// any other title takes the `Character` path and splits exactly as before.
    func lowercasedWords(digits: Bool, keep: Character? = nil) -> [Substring] {
        let lowered = lowercased()
        guard lowered.utf8.allSatisfy({ $0 < 0x80 }) else {
            return lowered.split(whereSeparator: { character in
                !(character.isLetter || (digits && character.isNumber) || character == keep)
            })
        }
        let kept = keep?.asciiValue
        var words: [Substring] = []
        var start: String.Index?
        let utf8 = lowered.utf8
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            let inWord =
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (digits && byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == kept
            if inWord {
                if start == nil { start = index }
            } else if let first = start {
                words.append(lowered[first..<index])
                start = nil
            }
            index = utf8.index(after: index)
        }
        if let first = start { words.append(lowered[first..<utf8.endIndex]) }
        return words
    }
}
