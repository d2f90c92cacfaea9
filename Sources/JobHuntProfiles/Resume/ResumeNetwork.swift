// The two social networks the profile has columns for, and how a JSON Resume
// profile is recognised as one of them.
import Foundation
import JobHuntKernel

/// A network with its own `user_profiles` column.
package enum ResumeNetwork: String, Sendable, CaseIterable {
    case linkedin
    case github

    /// The network of a `basics.profiles[]` entry: by its `network` name in any case
    /// ("LinkedIn", "linkedin", "Linked In"), else by the host of its URL
    /// (`linkedin.com`, `*.linkedin.com`, `github.com`). Nil for any other network.
    package init?(network: String?, url: String?) {
        let name = (network ?? "").lowercased().filter { $0.isLetter }
        if let known = ResumeNetwork(rawValue: name) {
            self = known
            return
        }
        guard let host = url.flatMap(ResumeURL.host(of:)) else { return nil }
        if host == "linkedin.com" || host.hasSuffix(".linkedin.com") {
            self = .linkedin
        } else if host == "github.com" {
            self = .github
        } else {
            return nil
        }
    }

    /// The spelling export writes to `profiles[].network`.
    package var displayName: String {
        switch self {
        case .linkedin: "LinkedIn"
        case .github: "GitHub"
        }
    }

    /// The profile URL for a bare username, used when a profile gives no URL.
    package func url(username: String) -> String {
        switch self {
        case .linkedin: "https://www.linkedin.com/in/\(username)"
        case .github: "https://github.com/\(username)"
        }
    }

    /// The username export writes: the last path segment of the stored URL
    /// (`https://github.com/ada` → `ada`), nil when the URL has no path.
    package static func username(in url: String) -> String? {
        let path = url.split(separator: "?").first.map(String.init) ?? url
        let segments = path.split(separator: "/").dropFirst(2)  // "https:", host
        return segments.last.map(String.init)
    }

    /// Usernames are URL path segments: letters, digits, `-`, `_` and `.` only.
    static func isUsername(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy(isNameScalar)
    }

    private static func isNameScalar(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c)
            || "-_.".unicodeScalars.contains(c)
    }
}
