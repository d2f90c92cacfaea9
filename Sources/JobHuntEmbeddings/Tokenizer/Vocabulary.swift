// The WordPiece vocabulary of vocab.txt, keyed by UTF-8 bytes.
import Foundation

/// Token ids by their exact bytes.
///
/// Keys are bytes, not `String`s, on purpose: Swift compares strings by
/// canonical equivalence, so a precomposed Hangul syllable would match its
/// jamo and a lookup would find a piece the reference tokenizer never picks.
struct Vocabulary: Sendable {
    /// Pieces that may start a word (every entry, as the reference tokenizer keys them).
    let wordStart: [[UInt8]: Int32]
    /// Pieces that continue a word, keyed without their `##` prefix.
    let continuation: [[UInt8]: Int32]
    /// The longest entry in bytes; longer candidates cannot match.
    let maxPieceBytes: Int
    let count: Int

    /// Parses vocab.txt: one piece per `\n`-terminated line, the id being the line number.
    init(data: Data) throws(EmbeddingError) {
        var start: [[UInt8]: Int32] = [:]
        var next: [[UInt8]: Int32] = [:]
        start.reserveCapacity(32_000)
        var longest = 0
        var id: Int32 = 0
        let bytes = [UInt8](data)
        var lineStart = 0
        var index = 0
        while index <= bytes.count {
            if index == bytes.count || bytes[index] == 0x0A {
                var lineEnd = index
                if lineEnd > lineStart, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                if index < bytes.count || lineEnd > lineStart {
                    let piece = Array(bytes[lineStart..<lineEnd])
                    if start[piece] == nil { start[piece] = id }
                    if piece.count > 2, piece[0] == 0x23, piece[1] == 0x23, next[Array(piece[2...])] == nil {
                        next[Array(piece[2...])] = id
                    }
                    longest = max(longest, piece.count)
                    id += 1
                }
                lineStart = index + 1
            }
            index += 1
        }
        guard id > 0 else { throw EmbeddingError(.invalidModelFile, "vocab.txt is empty") }
        wordStart = start
        continuation = next
        maxPieceBytes = longest
        count = Int(id)
    }

    /// The id of a whole-token entry such as `[CLS]`.
    func id(of token: String) throws(EmbeddingError) -> Int32 {
        guard let id = wordStart[Array(token.utf8)] else {
            throw EmbeddingError(.invalidModelFile, "vocab.txt has no \(token) token")
        }
        return id
    }
}
