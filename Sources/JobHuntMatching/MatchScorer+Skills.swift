// The skills component: the posting's required and preferred skills against
// the person's, compared by taxonomy key so "k8s" and "Kubernetes" agree and
// "Java" never counts for "JavaScript".
import JobHuntDiscovery
import JobHuntKernel
import JobHuntSkills

extension MatchScorer {
    struct SkillFit {
        var score: Double
        /// Whether there was anything to compare (see ``MatchComponents/skillsKnown``).
        var known = true
        var matchingRequired: [String]
        var matchingPreferred: [String]
        var missingRequired: [String]
        var missingPreferred: [String]
    }

    /// Required skills weigh ``MatchCalibration/requiredSkillWeight``, preferred
    /// ones ``MatchCalibration/preferredSkillWeight``. A posting that lists no
    /// skills has them read from its text; one with none at all, or a profile
    /// with no skill, is neutral and not known: the component then drops out
    /// of the score instead of counting as half a fit.
    func skillFit(_ posting: StoredPosting) -> SkillFit {
        var required = posting.requiredSkills ?? []
        var preferred = posting.preferredSkills ?? []
        if required.isEmpty && preferred.isEmpty {
            let found = taxonomy.postingSkills(in: posting.title + "\n\n" + posting.description)
            required = found.required
            preferred = found.preferred
        }
        let requiredKeys = Self.unique(required, keys: skillKeys)
        let preferredKeys = Self.unique(preferred, keys: skillKeys).filter { key in
            !requiredKeys.contains { $0.key == key.key }
        }
        guard !requiredKeys.isEmpty || !preferredKeys.isEmpty else {
            return SkillFit(
                score: MatchCalibration.neutral, known: false, matchingRequired: [], matchingPreferred: [],
                missingRequired: [], missingPreferred: [])
        }
        let has = { (skill: (key: String, name: String)) in profile.skillKeys.contains(skill.key) }
        var weighted = 0.0
        var total = 0.0
        if !requiredKeys.isEmpty {
            weighted +=
                MatchCalibration.requiredSkillWeight * Double(requiredKeys.filter(has).count)
                / Double(requiredKeys.count)
            total += MatchCalibration.requiredSkillWeight
        }
        if !preferredKeys.isEmpty {
            weighted +=
                MatchCalibration.preferredSkillWeight * Double(preferredKeys.filter(has).count)
                / Double(preferredKeys.count)
            total += MatchCalibration.preferredSkillWeight
        }
        return SkillFit(
            score: weighted / total, known: !profile.skillKeys.isEmpty,
            matchingRequired: requiredKeys.filter(has).map(\.name),
            matchingPreferred: preferredKeys.filter(has).map(\.name),
            missingRequired: requiredKeys.filter { !has($0) }.map(\.name),
            missingPreferred: preferredKeys.filter { !has($0) }.map(\.name))
    }

    /// Names with their keys, the first spelling of each key kept.
    static func unique(_ names: [String], keys: SkillKeys) -> [(key: String, name: String)] {
        var seen = Set<String>()
        var result: [(key: String, name: String)] = []
        for name in names {
            let key = keys.key(for: name)
            guard !key.isEmpty, seen.insert(key).inserted else { continue }
            result.append((key, name))
        }
        return result
    }
}

/// Taxonomy keys remembered for one match: the same few hundred skill names
/// recur across candidates, and a key costs a tokenisation.
final class SkillKeys {
    let taxonomy: SkillTaxonomy
    private var known: [String: String] = [:]

    init(_ taxonomy: SkillTaxonomy) { self.taxonomy = taxonomy }

    func key(for name: String) -> String {
        if let key = known[name] { return key }
        let key = taxonomy.key(for: name)
        known[name] = key
        return key
    }
}
