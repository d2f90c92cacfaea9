// The one URL fact adapters extract: an employer's web domain, for company de-duplication.
import Foundation
import JobHuntKernel

enum SourceURL {
    /// `https://www.Harborfinch.example/` → `harborfinch.example`: the host, lower-cased, without a
    /// leading `www.`, so the same employer's links compare equal. Nil when the text is not a URL.
    static func domain(_ text: String?) -> String? {
        guard let text, let host = URLComponents(string: text.trimmingCharacters(in: .whitespaces))?.host,
            !host.isEmpty
        else { return nil }
        let lowered = host.lowercased()
        return lowered.hasPrefix("www.") ? String(lowered.dropFirst(4)) : lowered
    }
}
