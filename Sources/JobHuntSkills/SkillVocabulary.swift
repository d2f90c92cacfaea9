// Maps a token's lower-case bytes to a word id without building a String: an
// open-addressing table over FNV-1a hashes, the hot lookup of skill extraction.

/// The words of every findable spelling, each with a dense id.
struct SkillVocabulary: Sendable {
    /// Per slot: the word id (-1 when empty) and the word's hash, compared before any byte.
    private var slotIds: [Int32]
    private var slotHashes: [UInt64]
    /// Word `id`'s bytes are `wordBytes[wordStart[id]..<wordStart[id + 1]]`.
    private var wordBytes: [UInt8] = []
    private var wordStart: [Int32] = []
    private let mask: Int

    /// Builds the table from word → id, as the pattern index assigned them.
    init(_ ids: [String: Int32]) {
        var capacity = 16
        while capacity < ids.count * 2 { capacity *= 2 }
        mask = capacity - 1
        slotIds = Array(repeating: -1, count: capacity)
        slotHashes = Array(repeating: 0, count: capacity)
        let ordered = ids.sorted { $0.value < $1.value }
        for (word, id) in ordered {
            wordStart.append(Int32(wordBytes.count))
            wordBytes += word.utf8
            let hash = SkillVocabulary.hash(Array(word.utf8)[...])
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slotIds[slot] >= 0 { slot = (slot + 1) & mask }
            slotIds[slot] = id
            slotHashes[slot] = hash
        }
        wordStart.append(Int32(wordBytes.count))
    }

    /// The word id of every token of `text`, -1 for words no spelling uses.
    func ids(in text: SkillText) -> [Int32] {
        var ids = [Int32](repeating: -1, count: text.tokens.count)
        text.bytes.withUnsafeBufferPointer { bytes in
            for (index, token) in text.tokens.enumerated() {
                var hash: UInt64 = SkillVocabulary.basis
                var ascii = true
                for position in token.start..<token.end {
                    let byte = bytes[position]
                    if byte >= 0x80 {
                        ascii = false
                        break
                    }
                    hash = (hash ^ UInt64(SkillVocabulary.lower(byte))) &* SkillVocabulary.prime
                }
                if ascii {
                    ids[index] = find(hash, UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]))
                } else {
                    let key = Array(text.key(index).utf8)
                    ids[index] = key.withUnsafeBufferPointer { find(SkillVocabulary.hash($0[...]), $0) }
                }
            }
        }
        return ids
    }

    /// The id of a word with `hash` whose bytes, lower-cased, equal `bytes`.
    private func find(_ hash: UInt64, _ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = slotIds[slot]
            if id < 0 { return -1 }
            if slotHashes[slot] == hash {
                let start = Int(wordStart[Int(id)])
                let end = Int(wordStart[Int(id) + 1])
                if end - start == bytes.count {
                    var same = true
                    for offset in 0..<bytes.count
                    where wordBytes[start + offset] != SkillVocabulary.lower(bytes[offset]) {
                        same = false
                        break
                    }
                    if same { return id }
                }
            }
            slot = (slot + 1) & mask
        }
    }

    private static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x100_0000_01b3

    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    private static func hash<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash = basis
        for byte in bytes { hash = (hash ^ UInt64(lower(byte))) &* prime }
        return hash
    }
}
