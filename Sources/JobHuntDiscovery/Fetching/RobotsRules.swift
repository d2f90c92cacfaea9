// Reads robots.txt (RFC 9309) and answers whether a path may be fetched by our agent.
import Foundation
import JobHuntKernel

/// The Allow/Disallow rules of the group that applies to us: the `jobhunt` group when
/// there is one, else `*`. The longest matching rule wins; on a tie, Allow wins.
struct RobotsRules: Sendable, Equatable {
    struct Rule: Sendable, Equatable {
        var allow: Bool
        var pattern: String

        var line: String { "\(allow ? "Allow" : "Disallow"): \(pattern)" }
    }

    var rules: [Rule]
    /// Why everything is disallowed when no file could be read (said instead of a rule line).
    var unreadable: String?

    static let allowAll = RobotsRules(rules: [])

    /// RFC 9309 §2.3.1.4: an unreachable robots.txt means "assume complete disallow".
    static func unreachable(_ reason: String) -> RobotsRules {
        RobotsRules(rules: [Rule(allow: false, pattern: "/")], unreadable: reason)
    }

    /// Parses the file for `agent` (a product token such as `jobhunt`, matched case-insensitively).
    init(parsing text: String, agent: String) {
        var specific: [Rule] = []
        var wildcard: [Rule] = []
        var groupAgents: [String] = []
        var inRules = false
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            guard let colon = line.firstIndex(of: ":") else { continue }
            let field = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch field {
            case "user-agent":
                if inRules { groupAgents = [] }
                inRules = false
                groupAgents.append(value.lowercased())
            case "allow", "disallow":
                inRules = true
                guard !value.isEmpty else { continue }
                let rule = Rule(allow: field == "allow", pattern: value)
                if groupAgents.contains(agent.lowercased()) { specific.append(rule) }
                if groupAgents.contains("*") { wildcard.append(rule) }
            default:
                continue
            }
        }
        rules = Self.hasGroup(for: agent, in: text) ? specific : wildcard
    }

    init(rules: [Rule], unreadable: String? = nil) {
        self.rules = rules
        self.unreadable = unreadable
    }

    /// Whether a group names `agent` at all (an empty group for us means "allow everything").
    private static func hasGroup(for agent: String, in text: String) -> Bool {
        text.split(whereSeparator: \.isNewline).contains { line in
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "user-agent"
            else { return false }
            let value = parts[1].split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            return value.trimmingCharacters(in: .whitespaces).lowercased() == agent.lowercased()
        }
    }

    /// The rule that decides `path` (path and query), or nil when none matches (allowed).
    func decidingRule(for path: String) -> Rule? {
        var best: Rule?
        for rule in rules where Self.matches(rule.pattern, path) {
            guard let current = best else {
                best = rule
                continue
            }
            if rule.pattern.count > current.pattern.count
                || (rule.pattern.count == current.pattern.count && rule.allow && !current.allow)
            {
                best = rule
            }
        }
        return best
    }

    func allows(_ path: String) -> Bool { decidingRule(for: path)?.allow ?? true }

    /// `*` matches any run of characters; a final `$` anchors the end; otherwise a prefix match.
    static func matches(_ pattern: String, _ path: String) -> Bool {
        var pattern = Substring(pattern)
        let anchored = pattern.hasSuffix("$")
        if anchored { pattern = pattern.dropLast() }
        let pieces = pattern.split(separator: "*", omittingEmptySubsequences: false)
        var rest = Substring(path)
        for (index, piece) in pieces.enumerated() {
            if index == 0 {
                guard rest.hasPrefix(piece) else { return false }
                rest = rest.dropFirst(piece.count)
            } else if index == pieces.count - 1 && anchored {
                return rest.hasSuffix(piece)
            } else {
                guard let range = rest.range(of: piece) else { return false }
                rest = rest[range.upperBound...]
            }
        }
        return !anchored || rest.isEmpty
    }
}
