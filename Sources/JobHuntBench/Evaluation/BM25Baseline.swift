// A third baseline beside keyword and cosine: Okapi BM25 of the résumé's words
// against each posting's title and text, the classic lexical ranker a team
// would try first. It reads the set's files directly (no database, no model),
// so it shares nothing with the ranker it is compared with.
import Foundation

/// BM25 (k1 1.2, b 0.75) over a set's postings, one query per person: every
/// word of their JSON Resume (label, summary, jobs, skills, certificates).
package struct BM25Baseline {
    /// Each posting's external id and its words.
    let documents: [(id: String, terms: [String: Int], length: Int)]
    let documentFrequency: [String: Int]
    let averageLength: Double
    static let k1 = 1.2
    static let b = 0.75

    /// Reads `set`'s postings (title and description, HTML tags removed).
    package init(_ set: EvaluationSet) throws {
        let text = String(decoding: try EvaluationSet.read(set.postingsFile), as: UTF8.self)
        var documents: [(String, [String: Int], Int)] = []
        var frequency: [String: Int] = [:]
        for line in text.split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let id = object["external_id"] as? String
            else { continue }
            let body = [object["title"], object["description_html"]].compactMap { $0 as? String }.joined(separator: " ")
            let words = Self.words(body.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression))
            let counts = Dictionary(words.map { ($0, 1) }, uniquingKeysWith: +)
            for term in counts.keys { frequency[term, default: 0] += 1 }
            documents.append((id, counts, words.count))
        }
        self.documents = documents
        documentFrequency = frequency
        averageLength = Double(documents.map(\.2).reduce(0, +)) / Double(max(1, documents.count))
    }

    /// Every posting's BM25 score for `resume` (JSON Resume bytes), best first.
    package func ranking(resume: Data) -> [(id: String, score: Double)] {
        let query = Self.words(
            Self.strings(in: (try? JSONSerialization.jsonObject(with: resume)) ?? [:]).joined(separator: " "))
        let total = Double(documents.count)
        let scored = documents.map { document -> (id: String, score: Double) in
            var score = 0.0
            for term in query {
                guard let count = document.terms[term] else { continue }
                let df = Double(documentFrequency[term] ?? 0)
                let idf = log(1 + (total - df + 0.5) / (df + 0.5))
                let tf = Double(count)
                score +=
                    idf * tf * (Self.k1 + 1)
                    / (tf + Self.k1 * (1 - Self.b + Self.b * Double(document.length) / averageLength))
            }
            return (document.id, score)
        }
        return scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
    }

    /// The string values of a JSON Resume that say something about the
    /// person (not addresses, links or dates).
    static func strings(in value: Any, key: String = "") -> [String] {
        let skipped: Set<String> = ["$schema", "email", "url", "phone", "startDate", "endDate", "date", "countryCode"]
        if skipped.contains(key) { return [] }
        switch value {
        case let text as String: return [text]
        case let list as [Any]: return list.flatMap { strings(in: $0, key: key) }
        case let object as [String: Any]:
            return object.sorted { $0.key < $1.key }.flatMap { strings(in: $0.value, key: $0.key) }
        default: return []
        }
    }

    /// Lower-cased words of two or more letters or digits, without common English words.
    static func words(_ text: String) -> [String] {
        let stop: Set<String> = [
            "the", "and", "for", "with", "you", "our", "your", "are", "will", "this", "that", "from", "have", "has",
            "in", "of", "to", "a", "an", "on", "at", "by", "or", "as", "is", "be", "we", "it", "its", "not", "all",
        ]
        return text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init).filter {
            $0.count >= 2 && !stop.contains($0)
        }
    }
}
