// Whether two spellings name the same employer, school or title: "Acme, Inc." is "ACME".
import Foundation

enum NameMatch {
    /// Legal suffixes and filler that do not change which organisation is meant.
    static let ignoredWords: Set<String> = [
        "inc", "llc", "ltd", "gmbh", "corp", "corporation", "co", "company", "plc", "sa", "ag", "bv", "the",
    ]

    /// Lower-case words, punctuation dropped, legal suffixes removed.
    static func words(_ name: String) -> [String] {
        name.lowercased()
            .split { !($0.isLetter || $0.isNumber || $0 == "+" || $0 == "#") }
            .map(String.init)
            .filter { !ignoredWords.contains($0) }
    }

    /// Same words, or one name's words all inside the other's ("Acme" and "Acme Robotics").
    static func same(_ left: String, _ right: String) -> Bool {
        let a = words(left)
        let b = words(right)
        guard !a.isEmpty, !b.isEmpty else { return false }
        if a == b { return true }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        return containsRun(short, in: long)
    }

    /// `short` appears in `long` as consecutive words.
    static func containsRun(_ short: [String], in long: [String]) -> Bool {
        guard short.count <= long.count else { return false }
        for start in 0...(long.count - short.count) where Array(long[start..<start + short.count]) == short {
            return true
        }
        return false
    }
}
