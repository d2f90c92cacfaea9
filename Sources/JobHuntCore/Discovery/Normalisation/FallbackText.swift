// A stand-in HTML-to-text step used until the adapters' converter in
// Discovery/Text is merged. TO BE REPLACED: pass the real converter as
// `PostingNormaliser(textOf:)` and delete this file.

extension PostingNormaliser {
    /// The posting's text: `descriptionText` when the source gave text, else its HTML with
    /// tags stripped (block tags become line breaks) and the common entities decoded.
    ///
    /// Deliberately minimal — no lists, no tables, no numeric entity edge cases.
    public static func fallbackText(_ raw: RawPosting) -> String {
        if let text = raw.descriptionText, !text.isEmpty { return text }
        guard let html = raw.descriptionHTML else { return "" }
        return FallbackText.strip(html)
    }
}

enum FallbackText {
    /// Entities decoded, tags left alone: Greenhouse's once-escaped `content` back to HTML.
    static func decodeEntities(_ text: String) -> String {
        var out = ""
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "&", let semi = text[index...].prefix(10).firstIndex(of: ";"),
                let decoded = decode(String(text[text.index(after: index)..<semi]))
            {
                out.append(decoded)
                index = text.index(after: semi)
            } else {
                out.append(text[index])
                index = text.index(after: index)
            }
        }
        return out
    }

    private static func decode(_ entity: String) -> String? {
        if let named = entities[entity] { return named }
        guard entity.hasPrefix("#"), let scalar = numeric(entity.dropFirst()) else { return nil }
        return String(Character(scalar))
    }

    static func strip(_ html: String) -> String {
        var out = ""
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            if character == "<", let close = html[index...].firstIndex(of: ">") {
                let tag = html[html.index(after: index)..<close].lowercased()
                let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }
                if ["p", "br", "li", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr"].contains(name) {
                    out.append("\n")
                    if name == "li" && !tag.hasPrefix("/") { out.append("- ") }
                }
                index = html.index(after: close)
            } else if character == "&", let semi = html[index...].prefix(10).firstIndex(of: ";") {
                if let decoded = decode(String(html[html.index(after: index)..<semi])) {
                    out.append(decoded)
                } else {
                    out.append(contentsOf: html[index...semi])
                }
                index = html.index(after: semi)
            } else {
                out.append(character)
                index = html.index(after: index)
            }
        }
        return out.split(separator: "\n").map { ColumnText.collapsed($0) }.filter { !$0.isEmpty }
            .joined(separator: "\n")
    }

    private static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "mdash": "—", "ndash": "–",
        "rsquo": "’", "lsquo": "‘", "ldquo": "“", "rdquo": "”", "euro": "€", "pound": "£", "hellip": "…",
    ]

    private static func numeric(_ text: Substring) -> Unicode.Scalar? {
        let value = text.first == "x" || text.first == "X" ? UInt32(text.dropFirst(), radix: 16) : UInt32(text)
        return value.flatMap(Unicode.Scalar.init)
    }
}
