// An e-mail address with an optional display name, checked before it goes
// anywhere near a header or an SMTP envelope.
import Foundation

/// `Ada Lovelace <ada@example.com>`: a mailbox (RFC 5322 §3.4).
///
/// The address is kept as given (its local part is case-sensitive in
/// principle); only the checks that keep headers and the SMTP envelope
/// intact are made here: no spaces, no control characters, no `<>`, one `@`
/// with something on both sides. The display name may hold any Unicode; the
/// writer encodes it (RFC 2047) when it is not plain ASCII.
///
/// ```swift
/// let to = try MailAddress(parsing: "Zoë Hiring <jobs@example.com>")
/// to.address      // "jobs@example.com"
/// to.displayName  // "Zoë Hiring"
/// ```
public struct MailAddress: Sendable, Equatable, CustomStringConvertible {
    public let address: String
    public let displayName: String?

    /// Why an address is refused, for the caller's error message.
    public struct Invalid: Error, Equatable, Sendable {
        public let text: String
        public let reason: String
    }

    public init(address: String, displayName: String? = nil) throws(Invalid) {
        let trimmed = address.trimmingCharacters(in: .whitespaces)
        if let reason = Self.problem(trimmed) { throw Invalid(text: address, reason: reason) }
        self.address = trimmed
        let name = displayName.map { Self.singleLine($0) }
        self.displayName = (name?.isEmpty ?? true) ? nil : name
    }

    /// `addr@host`, `<addr@host>` or `Name <addr@host>` (the name may be quoted).
    public init(parsing text: String) throws(Invalid) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let open = trimmed.lastIndex(of: "<") else {
            try self.init(address: trimmed)
            return
        }
        guard trimmed.hasSuffix(">") else { throw Invalid(text: text, reason: "a '<' without its closing '>'") }
        let inner = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
        var name = trimmed[..<open].trimmingCharacters(in: .whitespaces)
        if name.count >= 2, name.hasPrefix("\""), name.hasSuffix("\"") {
            name = String(name.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
        }
        try self.init(address: inner, displayName: name.isEmpty ? nil : name)
    }

    /// The host part, lower-cased: what pacing groups e-mail submissions by.
    public var domain: String {
        String(address[address.index(after: address.lastIndex(of: "@")!)...]).lowercased()
    }

    public var description: String {
        displayName.map { "\($0) <\(address)>" } ?? address
    }

    private static func problem(_ address: String) -> String? {
        if address.isEmpty { return "the address is empty" }
        if address.count > 254 { return "the address is longer than 254 characters" }
        guard let at = address.lastIndex(of: "@") else { return "there is no '@'" }
        if address.firstIndex(of: "@") != at { return "there is more than one '@'" }
        let local = address[..<at]
        let domain = address[address.index(after: at)...]
        if local.isEmpty { return "nothing before the '@'" }
        if domain.isEmpty || !domain.contains(".") && domain != "localhost" { return "the domain has no '.'" }
        let forbidden = CharacterSet.whitespacesAndNewlines.union(.controlCharacters).union(
            CharacterSet(charactersIn: "<>(),;:\\[]\""))
        if address.unicodeScalars.contains(where: { forbidden.contains($0) }) {
            return "it contains a space, a control character or one of <>(),;:\\[]\""
        }
        if domain.contains("@") || domain.hasPrefix(".") || domain.hasSuffix(".") || domain.contains("..") {
            return "the domain is malformed"
        }
        return nil
    }

    /// Newlines in a name would end the header: they become spaces.
    static func singleLine(_ text: String) -> String {
        text.components(separatedBy: .newlines).joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }
}
