// Reads a labelled set's folder: postings.jsonl for the ids, profiles/ for
// the people, labels.tsv for the grades. Structure errors throw; whether the
// parts agree is `problems()`'s job.
import Foundation
import JobHuntKernel

extension EvaluationSet {
    /// Reads the set in `folder`. Throws `JobHuntError` naming the file and
    /// line of anything it cannot read.
    package static func load(from folder: URL) throws -> EvaluationSet {
        let postingsFile = folder.appendingPathComponent("postings.jsonl")
        return EvaluationSet(
            name: folder.standardizedFileURL.lastPathComponent, postingsFile: postingsFile,
            postingIDs: try postingIDs(in: postingsFile),
            people: try people(in: folder.appendingPathComponent("profiles", isDirectory: true)),
            labels: try labels(in: folder.appendingPathComponent("labels.tsv")))
    }

    static func read(_ file: URL) throws -> Data {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw JobHuntError(
                .evaluationUnreadable, "cannot read \(file.path)",
                remedy: "pass a set folder such as Tests/Eval/match/dev")
        }
        return data
    }

    static func postingIDs(in file: URL) throws -> [String] {
        let lines = String(decoding: try read(file), as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false)
        var ids: [String] = []
        for (index, line) in lines.enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            guard let id = object?["external_id"] as? String, !id.isEmpty else {
                throw JobHuntError.evaluationMalformed(file, line: index + 1, "no string external_id")
            }
            ids.append(id)
        }
        return ids
    }

    static func people(in folder: URL) throws -> [Person] {
        let suffix = ".resume.json"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(suffix) }.map { String($0.dropLast(suffix.count)) }.sorted()
        guard !names.isEmpty else {
            throw JobHuntError(
                .evaluationUnreadable, "no NAME\(suffix) files in \(folder.path)",
                remedy: "pass a set folder such as Tests/Eval/match/dev")
        }
        return try names.map { name in
            let preferencesFile = folder.appendingPathComponent("\(name).preferences.json")
            let preferences: EvaluationPreferences
            do {
                preferences = try JSONDecoder().decode(EvaluationPreferences.self, from: try read(preferencesFile))
            } catch let error as JobHuntError {
                throw error
            } catch {
                throw JobHuntError.evaluationMalformed(preferencesFile, line: 1, "not a preferences object: \(error)")
            }
            return Person(
                name: name, resume: try read(folder.appendingPathComponent(name + suffix)), preferences: preferences)
        }
    }

    static func labels(in file: URL) throws -> [Label] {
        let lines = String(decoding: try read(file), as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == "profile\texternal_id\tgrade\treasons" else {
            throw JobHuntError.evaluationMalformed(
                file, line: 1, "the header must be profile, external_id, grade, reasons")
        }
        var labels: [Label] = []
        for (index, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4, let grade = Int(fields[2]) else {
                throw JobHuntError.evaluationMalformed(
                    file, line: index + 1, "expected 4 tab-separated fields, grade a number")
            }
            labels.append(
                Label(
                    profile: fields[0], externalID: fields[1], grade: grade,
                    reasons: fields[3].split(separator: ",").map(String.init)))
        }
        return labels
    }
}
