// BERT uncased WordPiece tokenization, exactly as all-MiniLM-L6-v2's
// tokenizer behaves under sentence-transformers (256 tokens, not 128).
import Foundation

/// Turns text into the token ids the model reads.
///
/// The steps are those of HuggingFace `tokenizers` with this model's
/// tokenizer.json: special tokens written in the text (`[MASK]`, `[SEP]`, ...)
/// are kept whole; the rest is normalised (`BertNormalizer`), split on
/// whitespace and punctuation, and each word becomes WordPiece pieces or one
/// `[UNK]`. The result is `[CLS] pieces… [SEP]`, cut to `maxLength` ids.
///
///     let tokenizer = try BertTokenizer(vocabulary: modelDirectory.appending(path: "vocab.txt"))
///     tokenizer.encode("C++ developer")  // [101, 1039, 1009, 1009, 9722, 102]
public struct BertTokenizer: Sendable {
    let vocabulary: Vocabulary
    /// Ids fed to the model including `[CLS]` and `[SEP]`; sentence-transformers
    /// sets 256 (tokenizer.json's own 128 is overridden).
    public let maxLength: Int
    let unknown: Int32
    let classifier: Int32
    let separator: Int32
    /// Special tokens matched verbatim in the raw text, before normalisation.
    let specials: [(text: [Unicode.Scalar], id: Int32)]

    /// Words longer than this many characters become `[UNK]` without trying.
    static let maxWordCharacters = 100

    public init(vocabulary url: URL, maxLength: Int = 256) throws(EmbeddingError) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw EmbeddingError(.modelNotFound, "cannot read \(url.path)", path: url.path)
        }
        try self.init(vocabularyData: data, maxLength: maxLength)
    }

    init(vocabularyData: Data, maxLength: Int = 256) throws(EmbeddingError) {
        vocabulary = try Vocabulary(data: vocabularyData)
        self.maxLength = max(2, maxLength)
        unknown = try vocabulary.id(of: "[UNK]")
        classifier = try vocabulary.id(of: "[CLS]")
        separator = try vocabulary.id(of: "[SEP]")
        var specials: [(text: [Unicode.Scalar], id: Int32)] = []
        for token in ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] {
            if let id = try? vocabulary.id(of: token) { specials.append((Array(token.unicodeScalars), id)) }
        }
        self.specials = specials
    }

    /// The vocabulary size, for checking it against the model's embedding table.
    public var vocabularySize: Int { vocabulary.count }

    /// The model's input ids for `text`: `[CLS] … [SEP]`, at most `maxLength`.
    public func encode(_ text: String) -> [Int32] {
        let budget = maxLength - 2
        var ids: [Int32] = [classifier]
        ids.reserveCapacity(min(maxLength, 64))
        var segmentStart = text.unicodeScalars.startIndex
        var index = segmentStart
        let scalars = text.unicodeScalars
        while index < scalars.endIndex, ids.count - 1 < budget {
            if scalars[index] == "[", let special = special(at: index, in: scalars) {
                appendPieces(of: Substring(scalars[segmentStart..<index]), to: &ids, budget: budget)
                if ids.count - 1 < budget { ids.append(special.id) }
                index = scalars.index(index, offsetBy: special.length)
                segmentStart = index
            } else {
                index = scalars.index(after: index)
            }
        }
        if segmentStart < scalars.endIndex {
            appendPieces(of: Substring(scalars[segmentStart...]), to: &ids, budget: budget)
        }
        if ids.count - 1 > budget { ids.removeLast(ids.count - 1 - budget) }
        ids.append(separator)
        return ids
    }

    private func special(at index: String.UnicodeScalarView.Index, in scalars: String.UnicodeScalarView)
        -> (id: Int32, length: Int)?
    {
        for special in specials {
            var cursor = index
            var matched = true
            for expected in special.text {
                guard cursor < scalars.endIndex, scalars[cursor] == expected else {
                    matched = false
                    break
                }
                cursor = scalars.index(after: cursor)
            }
            if matched { return (special.id, special.text.count) }
        }
        return nil
    }

    /// Normalises one stretch of text without special tokens and appends its pieces.
    private func appendPieces(of text: Substring, to ids: inout [Int32], budget: Int) {
        if text.isEmpty { return }
        let normalized = BertNormalizer.normalize(text)
        var word: [Unicode.Scalar] = []
        for scalar in normalized {
            if ids.count - 1 >= budget { return }
            if scalar == " " || TokenizerUnicode.isWhitespace(scalar) {
                appendWord(&word, to: &ids)
            } else if TokenizerUnicode.isPunctuation(scalar) {
                appendWord(&word, to: &ids)
                word.append(scalar)
                appendWord(&word, to: &ids)
            } else {
                word.append(scalar)
            }
        }
        appendWord(&word, to: &ids)
    }

    private func appendWord(_ word: inout [Unicode.Scalar], to ids: inout [Int32]) {
        if word.isEmpty { return }
        defer { word.removeAll(keepingCapacity: true) }
        if word.count > Self.maxWordCharacters {
            ids.append(unknown)
            return
        }
        wordPieces(word, into: &ids)
    }
}
