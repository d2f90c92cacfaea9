// The embedding model's WordPiece tokenizer: any text (and any extra vocabulary
// lines) gives `[CLS] … [SEP]` within the length budget, every id in the vocabulary.
import Foundation

@testable import JobHuntEmbeddings

enum WordPieceFuzz {
    /// A small vocabulary in vocab.txt's shape: the specials, letters, and pieces with `##`.
    static let baseVocabulary = [
        "[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "a", "b", "c", "d", "e", "i", "j", "o", "s", "t", "x", "y",
        "##a", "##b", "##e", "##s", "##t", "##ing", "##er", "job", "hunt", "swift", "engineer", "é", "##é", "日",
        "##本", ",", ".", "-", "!", "$", "€", "1", "##0", "##k",
    ]

    static func run(_ data: Data) {
        let fields = data.fields(2)
        let vocabulary =
            (baseVocabulary + fields[0].split(separator: "\n").prefix(64).map(String.init))
            .joined(separator: "\n") + "\n"
        guard let tokenizer = try? BertTokenizer(vocabularyData: Data(vocabulary.utf8), maxLength: 32) else {
            check(false, "the base vocabulary with extra lines was refused")
            return
        }
        let ids = tokenizer.encode(fields[1])
        check(ids.count >= 2 && ids.count <= 32, "\(ids.count) ids for a budget of 32")
        check(ids.first == tokenizer.classifier && ids.last == tokenizer.separator, "ids not framed by [CLS] … [SEP]")
        check(
            ids.allSatisfy { $0 >= 0 && Int($0) < tokenizer.vocabularySize },
            "an id outside the vocabulary of \(tokenizer.vocabularySize)")
    }
}
