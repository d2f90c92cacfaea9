// Values echoed in usage errors may be URLs with a password in them
// (`--db postgresql://user:secret@host/db`); the password never reaches stderr.
import Foundation

enum Redaction {
    /// `scheme://user:secret@host` becomes `scheme://user:***@host`; other text is unchanged.
    static func redact(_ text: String) -> String {
        guard let scheme = text.range(of: "://") else { return text }
        let authorityEnd =
            text[scheme.upperBound...].firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? text.endIndex
        let authority = text[scheme.upperBound..<authorityEnd]
        guard let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") else {
            return text
        }
        return String(text[..<authority.index(after: colon)]) + "***" + String(text[at...])
    }
}
