// Greedy longest-match WordPiece over one pre-tokenized word.

extension BertTokenizer {
    /// Appends the pieces of `word`, or a single `[UNK]` when any part of it has
    /// no piece: the reference tokenizer gives up on the whole word, not the rest.
    func wordPieces(_ word: [Unicode.Scalar], into ids: inout [Int32]) {
        var bytes: [UInt8] = []
        var offsets: [Int] = [0]
        offsets.reserveCapacity(word.count + 1)
        for scalar in word {
            bytes.append(contentsOf: UTF8.encode(scalar)!)
            offsets.append(bytes.count)
        }
        let firstNew = ids.count
        var start = 0
        while start < word.count {
            var end = word.count
            var found: Int32?
            while end > start {
                let length = offsets[end] - offsets[start]
                if length <= vocabulary.maxPieceBytes {
                    let key = Array(bytes[offsets[start]..<offsets[end]])
                    found = start == 0 ? vocabulary.wordStart[key] : vocabulary.continuation[key]
                    if found != nil { break }
                }
                end -= 1
            }
            guard let id = found else {
                ids.removeLast(ids.count - firstNew)
                ids.append(unknown)
                return
            }
            ids.append(id)
            start = end
        }
    }
}
