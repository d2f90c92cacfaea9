// E-mail addresses as the seed's valid_email constraint defines them.
import Foundation

/// The seed's `valid_email` rule, `^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$`,
/// written out so the CLI and the services accept exactly what the database accepts.
package enum EmailAddress {
    package static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        let local = parts[0]
        let domain = parts[1]
        guard !local.isEmpty, local.unicodeScalars.allSatisfy(isLocalCharacter),
            domain.unicodeScalars.allSatisfy(isDomainCharacter),
            let lastDot = domain.lastIndex(of: ".")
        else { return false }
        // The top-level part cannot hold a dot, so it follows the last one.
        let host = domain[..<lastDot]
        let top = domain[domain.index(after: lastDot)...]
        return !host.isEmpty && top.count >= 2 && top.unicodeScalars.allSatisfy(isLetter)
    }

    private static func isLetter(_ c: Unicode.Scalar) -> Bool {
        ("A"..."Z").contains(c) || ("a"..."z").contains(c)
    }

    private static func isLocalCharacter(_ c: Unicode.Scalar) -> Bool {
        isLetter(c) || ("0"..."9").contains(c) || "._%+-".unicodeScalars.contains(c)
    }

    private static func isDomainCharacter(_ c: Unicode.Scalar) -> Bool {
        isLetter(c) || ("0"..."9").contains(c) || c == "." || c == "-"
    }

    /// The stored form: trimmed and lower-cased, so one person is one account
    /// whatever case they type. Nil when the address breaks `valid_email`.
    package static func normalized(_ text: String) -> String? {
        let candidate = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return isValid(candidate) ? candidate : nil
    }
}
