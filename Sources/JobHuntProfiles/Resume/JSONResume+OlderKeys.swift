// Résumés written before JSON Resume 1.0 (`work[].company`, `basics.website`)
// and documents that are not résumés at all, decided before decoding.
import Foundation
import JobHuntKernel

extension JSONResume {
    /// The top-level sections of a JSON Resume document: a file with none of them is not one.
    /// `meta` is left out on purpose: job board responses carry a `meta` object too (Greenhouse's
    /// `{"jobs": […], "meta": {"total": …}}`), and it says nothing about a person.
    static let sections: Set<String> = [
        "basics", "work", "volunteer", "education", "awards", "certificates", "publications", "skills",
        "languages", "interests", "references", "projects",
    ]

    /// Keys renamed in JSON Resume 1.0, by where they sit: (section, old key, new key).
    /// `nil` section means `basics`.
    static let olderKeys: [(section: String?, old: String, new: String)] = [
        (nil, "website", "url"), (nil, "picture", "image"),
        ("work", "company", "name"), ("work", "website", "url"),
        ("volunteer", "website", "url"), ("publications", "website", "url"),
        ("education", "gpa", "score"), ("projects", "website", "url"),
    ]

    /// The document with pre-1.0 keys renamed to 1.0's (a new key already present wins), and
    /// one line naming what was renamed, or nil when nothing was. Throws when the document is
    /// an object with keys but none of a résumé's sections (a job board's API response, say).
    static func upgradingOlderKeys(_ object: Any) throws(JobHuntError) -> (Any, String?) {
        guard var document = object as? [String: Any] else { return (object, nil) }
        // `{}` is an empty résumé (it clears with --replace); keys, none a résumé's, are something else.
        guard document.isEmpty || document.keys.contains(where: { sections.contains($0) || $0 == "$schema" }) else {
            throw .jsonResumeInvalid([
                JSONResumeIssue(
                    path: "",
                    problem: "none of a résumé's sections (basics, work, education, skills, …): not a JSON Resume")
            ])
        }
        var renamed: [String] = []
        for (section, old, new) in olderKeys {
            if let section {
                guard var entries = document[section] as? [Any] else { continue }
                var changed = false
                for (index, entry) in entries.enumerated() {
                    guard var fields = entry as? [String: Any], let value = fields[old] else { continue }
                    fields.removeValue(forKey: old)
                    if fields[new] == nil { fields[new] = value }
                    entries[index] = fields
                    changed = true
                }
                if changed {
                    document[section] = entries
                    renamed.append("\(section)[].\(old) as \(section)[].\(new)")
                }
            } else if var basics = document["basics"] as? [String: Any], let value = basics[old] {
                basics.removeValue(forKey: old)
                if basics[new] == nil { basics[new] = value }
                document["basics"] = basics
                renamed.append("basics.\(old) as basics.\(new)")
            }
        }
        guard !renamed.isEmpty else { return (document, nil) }
        return (document, "read as an older JSON Resume (before 1.0): " + renamed.joined(separator: ", "))
    }
}
