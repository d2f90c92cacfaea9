// The tokenizer against sentence-transformers' ids, and the rules behind them.
import Foundation
import JobHuntEmbeddings
import JobHuntTesting
import Testing

@Suite struct BertTokenizerTests {
    static let tokenizer: BertTokenizer? = try? BertTokenizer(
        vocabulary: TestModel.directory().appendingPathComponent("vocab.txt"))

    func tokenizer() throws -> BertTokenizer {
        _ = try TestModel.directory()
        return try #require(Self.tokenizer)
    }

    @Test func idsEqualReferenceForEveryPublicText() throws {
        let tokenizer = try tokenizer()
        let records = try ReferenceRecord.load()
        var mismatches: [String] = []
        for record in records where tokenizer.encode(record.text) != record.inputIDs {
            mismatches.append("\(record.id) \(record.category)")
        }
        #expect(mismatches.isEmpty, "ids differ for: \(mismatches)")
    }

    @Test(
        arguments: [
            ("", [101, 102]),
            ("C++ developer", [101, 1039, 1009, 1009, 9722, 102]),
            // Special tokens written in the text stay whole; lower-case ones do not.
            (
                "use [MASK] and [cls] here [SEP]x",
                [101, 2224, 103, 1998, 1031, 18856, 2015, 1033, 2182, 102, 1060, 102]
            ),
            ("a[UNK]b", [101, 1037, 100, 1038, 102]),
        ] as [(String, [Int32])])
    func encodes(text: String, expected: [Int32]) throws {
        #expect(try tokenizer().encode(text) == expected)
    }

    /// Characters assigned after Unicode 8.0 have no category for the reference
    /// tokenizer: not punctuation (U+2E43), not a control (U+08E2), not an accent
    /// (U+08D4), so the word holding them is one `[UNK]`. Unassigned U+0378 too.
    @Test(arguments: ["a\u{2E43}b", "a\u{08E2}b", "a\u{08D4}b", "a\u{0378}b"])
    func charactersNewerThanUnicode8MakeTheWordUnknown(text: String) throws {
        #expect(try tokenizer().encode(text) == [101, 100, 102])
    }

    /// Private-use characters are dropped like controls; Unicode 8.0 punctuation splits.
    @Test func privateUseIsDroppedAndOldPunctuationSplits() throws {
        let tokenizer = try tokenizer()
        #expect(tokenizer.encode("a\u{E000}b") == tokenizer.encode("ab"))
        #expect(tokenizer.encode("a\u{2E3C}b") == [101, 1037, 100, 1038, 102])
    }

    /// Ids from HuggingFace tokenizers 0.23.3 with this model's tokenizer.json, for
    /// cases public.jsonl does not cover: a variation selector is a nonspacing
    /// mark (stripped); brackets around a special token split off; the 100-character
    /// limit counts characters after accents are stripped.
    @Test(
        arguments: [
            ("x\u{FE0F}y \u{2764}\u{FE0F}", [101, 1060, 2100, 100, 102]),
            ("\u{C5}ngstr\u{F6}m \u{152}uvre \u{1C5}", [101, 17076, 15687, 1107, 2226, 12229, 100, 102]),
            ("Ti\u{1EBF}ng Vi\u{1EC7}t", [101, 5495, 3070, 19710, 102]),
            ("[[MASK]] [ MASK] x[SEP]y", [101, 1031, 103, 1033, 1031, 7308, 1033, 1060, 102, 1061, 102]),
            ("\u{FB03} \u{2460} \u{B2} \u{2167}", [101, 100, 100, 1082, 100, 102]),
            (
                "\u{AB}quote\u{BB} \u{201E}quote\u{201C} \u{2026}",
                [101, 1077, 14686, 1090, 1525, 14686, 1523, 1529, 102]
            ),
            ("\u{390} \u{1F0} \u{149}", [101, 1163, 1046, 100, 102]),
        ] as [(String, [Int32])])
    func matchesReferenceTokenizerOnOtherEdgeCases(text: String, expected: [Int32]) throws {
        #expect(try tokenizer().encode(text) == expected)
    }

    @Test func wordLimitCountsCharactersAfterAccentsAreStripped() throws {
        let tokenizer = try tokenizer()
        let hundred = tokenizer.encode(String(repeating: "\u{E9}", count: 100))
        #expect(hundred.count == 52 && hundred[1] == 25212 && hundred[2] == 4402)
        #expect(tokenizer.encode(String(repeating: "\u{E9}", count: 101)) == [101, 100, 102])
    }

    @Test func truncatesAt256WithSeparatorLast() throws {
        let ids = try tokenizer().encode(String(repeating: "word ", count: 600))
        #expect(ids.count == 256)
        #expect(ids.first == 101 && ids.last == 102)
    }
}
