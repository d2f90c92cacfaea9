// The e-mail channel's configuration, resolved by the CLI from `smtp.*`.
import JobHuntIO

/// `smtp.url`, `smtp.username`, `smtp.password`, `smtp.ca_file` and `smtp.from`.
package struct EmailSettings: Sendable {
    /// Nil until `smtp.url` is set: messages can still be previewed (`--dry-run`).
    package var url: String?
    package var username: String?
    package var password: String?
    package var caFile: String?
    /// `Ada Lovelace <ada@example.com>`; nil: the account's e-mail address.
    package var from: String?

    package init(
        url: String?, username: String? = nil, password: String? = nil, caFile: String? = nil, from: String? = nil
    ) {
        self.url = url
        self.username = username
        self.password = password
        self.caFile = caFile
        self.from = from
    }

    /// The relay to send through, once `smtp.url` is set.
    var smtp: SMTPConfiguration? {
        url.map { SMTPConfiguration(url: $0, username: username, password: password, caFile: caFile) }
    }
}
