// The plain-text measures relevance falls back on without a model (shared
// words), and the cosine it uses with one.
import Foundation

enum RelevanceText {
    /// Common words that say nothing about a job.
    static let stopwords: Set<String> = [
        "about", "above", "after", "also", "and", "any", "are", "been", "being", "both", "but", "can", "each",
        "for", "from", "have", "into", "more", "most", "must", "other", "our", "over", "such", "than", "that",
        "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "very", "want",
        "were", "what", "when", "where", "which", "while", "will", "with", "within", "work", "would", "your",
        "you", "team", "teams", "role", "years", "year", "experience", "strong", "ability", "skills", "including",
    ]

    /// Lower-case words of four or more letters, stopwords dropped.
    static func words(_ text: String) -> Set<String> {
        Set(tokens(text))
    }

    static func tokens(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "+" && $0 != "#" }.map(String.init)
            .filter { $0.count >= 4 && !stopwords.contains($0) }
    }

    /// The share of the text's words that the posting uses too.
    static func overlap(_ text: String, with posting: Set<String>) -> Double {
        let mine = Set(tokens(text))
        guard !mine.isEmpty else { return 0 }
        return Double(mine.filter(posting.contains).count) / Double(mine.count)
    }

    /// A job description's sentences, for jobs listed without achievements.
    static func sentences(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "\n" }).flatMap { $0.split(separator: ". ") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .map { $0.hasSuffix(".") ? $0 : $0 + "." }
    }

    static func cosine(_ a: [Float], _ b: [Float]) -> Double {
        var dot: Float = 0
        var na: Float = 0
        var nb: Float = 0
        for i in 0..<min(a.count, b.count) {
            dot += a[i] * b[i]
            na += a[i] * a[i]
            nb += b[i] * b[i]
        }
        guard na > 0, nb > 0 else { return 0 }
        return Double(dot / (na.squareRoot() * nb.squareRoot()))
    }
}
