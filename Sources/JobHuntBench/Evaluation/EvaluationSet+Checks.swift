// Whether a labelled set's parts agree: every label names a known person and
// posting, grades are 0…3, and every pair is graded exactly once.
import Foundation
import JobHuntKernel

extension EvaluationSet {
    /// The grades a label may carry.
    package static let grades = 0...3

    /// Every inconsistency, one line each; empty for a well-formed set.
    package func problems() -> [String] {
        var problems: [String] = []
        let people = Set(self.people.map(\.name))
        let postings = Set(postingIDs)
        if postings.count != postingIDs.count { problems.append("postings.jsonl repeats an external_id") }
        var seen = Set<String>()
        for label in labels {
            let pair = "\(label.profile) \(label.externalID)"
            if !people.contains(label.profile) { problems.append("\(pair): no profile \(label.profile)") }
            if !postings.contains(label.externalID) { problems.append("\(pair): no posting \(label.externalID)") }
            if !Self.grades.contains(label.grade) { problems.append("\(pair): grade \(label.grade) is not 0…3") }
            if !seen.insert(pair).inserted { problems.append("\(pair): graded twice") }
        }
        for person in people.sorted() {
            let missing = postings.subtracting(grades(for: person).keys)
            if !missing.isEmpty { problems.append("\(person): \(missing.count) postings without a grade") }
        }
        return problems
    }
}
