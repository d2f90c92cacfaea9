// Web addresses and phone numbers in a profile: what is accepted, and the one
// form each is stored in.
import Foundation
import JobHuntKernel

extension ProfileRules {
    /// The sites a link field must point at, when it names one.
    enum Site {
        case any, linkedIn, gitHub

        func accepts(host: String) -> Bool {
            switch self {
            case .any: return true
            case .linkedIn: return host == "linkedin.com" || host.hasSuffix(".linkedin.com")
            case .gitHub: return host == "github.com" || host == "www.github.com"
            }
        }

        var example: String {
            switch self {
            case .any: return "https://example.com/NAME"
            case .linkedIn: return "https://www.linkedin.com/in/NAME"
            case .gitHub: return "https://github.com/NAME"
            }
        }
    }

    /// An absolute `http(s)` URL with a dotted host and no credentials. A bare
    /// `github.com/ada` gets `https://`; scheme and host are lower-cased.
    ///
    /// LinkedIn and GitHub fields are refused (not merely warned about) when
    /// they point elsewhere: forms copy them into "LinkedIn profile" boxes,
    /// where a portfolio link is a mistake an employer sees.
    static func url(_ text: String, field: String, limit: Int = 255, site: Site = .any) throws -> String {
        let trimmed = try line(text, field: field, limit: .max)
        let remedy: Remedy = "give an address such as \(site.example)"
        let withScheme = trimmed.contains("://") ? trimmed : "https://" + trimmed
        guard !withScheme.contains(where: \.isWhitespace), var parts = URLComponents(string: withScheme),
            let scheme = parts.scheme?.lowercased(), scheme == "http" || scheme == "https"
        else {
            throw JobHuntError.profileInvalid(field, "'\(trimmed)' is not an http or https address", remedy: remedy)
        }
        guard let host = parts.host?.lowercased(), host.contains("."), !host.hasPrefix("."), !host.hasSuffix(".")
        else {
            throw JobHuntError.profileInvalid(field, "'\(trimmed)' has no web host name", remedy: remedy)
        }
        guard parts.user == nil, parts.password == nil else {
            throw JobHuntError.profileInvalid(
                field, "the address carries a user name or password", remedy: "remove the part before '@'")
        }
        guard site.accepts(host: host) else {
            throw JobHuntError.profileInvalid(
                field, "'\(trimmed)' is not on \(site == .linkedIn ? "linkedin.com" : "github.com")",
                remedy: "\(remedy); other sites belong in the portfolio link")
        }
        parts.scheme = scheme
        parts.host = host
        let normalized = parts.string ?? withScheme
        try _ = line(normalized, field: field, limit: limit)
        return normalized
    }

    /// A phone number in any common notation (`+44 20 7946 0000`,
    /// `(555) 010-0199`, `06.88.23.43.20`), kept as the person wrote it (trimmed,
    /// blanks collapsed): 7 to 15 digits, the E.164 maximum. Errors never echo the number.
    static func phone(_ text: String, field: String = ProfileField.phone.column) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let remedy: Remedy = "give 7 to 15 digits, optionally starting with + and a country code, e.g. +44 20 7946 0000"
        var digits = ""
        for (offset, character) in trimmed.enumerated() {
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else if character == "+" && offset == 0 {
                continue
            } else if !" -.()".contains(character) {
                throw JobHuntError.profileInvalid(
                    field, "a phone number may hold only digits, spaces, + - . ( )", remedy: remedy)
            }
        }
        guard (7...15).contains(digits.count) else {
            throw JobHuntError.profileInvalid(field, "has \(digits.count) digits", remedy: remedy)
        }
        // Issue 18: "06.88.23.43.20" came back "0688234320" after a round trip; the
        // notation is the person's, the digits were only checked.
        return trimmed.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
