// The Markdown the documents are written in, as HTML: headings, paragraphs,
// bullet lists, rules, emphasis, code and links. Only that, because the
// templates and `apply edit` produce only that, and because HTML made from
// the Markdown is what keeps an edited document's three formats in step.

import JobHuntKernel

/// Converts the documents' Markdown subset to an HTML fragment.
///
/// A single newline inside a paragraph is a line break (letters sign off on
/// two lines); the paragraph right after the `#` heading is the contact line
/// (`class="contact"`); each `##` heading opens a `<section>`.
package enum MarkdownHTML {
    package static func fragment(_ markdown: String) -> String {
        var html: [String] = []
        var paragraph: [String] = []
        var list: [String] = []
        var inSection = false
        var afterTitle = false

        func flush() {
            if !paragraph.isEmpty {
                let body = paragraph.map(inline).joined(separator: "<br>\n")
                html.append(afterTitle ? "<p class=\"contact\">\(body)</p>" : "<p>\(body)</p>")
                paragraph = []
                afterTitle = false
            }
            if !list.isEmpty {
                html.append("<ul>\n" + list.map { "<li>\(inline($0))</li>" }.joined(separator: "\n") + "\n</ul>")
                list = []
            }
        }

        for raw in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                flush()
                continue
            }
            if let (level, text) = heading(line) {
                flush()
                if level == 2 {
                    if inSection { html.append("</section>") }
                    html.append("<section>")
                    inSection = true
                }
                html.append("<h\(level)>\(inline(text))</h\(level)>")
                afterTitle = level == 1
                continue
            }
            if line == "---" || line == "***" {
                flush()
                html.append("<hr>")
                continue
            }
            if line.hasPrefix("- ") || line.hasPrefix("* ") {
                if !paragraph.isEmpty { flush() }
                list.append(String(line.dropFirst(2)))
                continue
            }
            if !list.isEmpty { flush() }
            paragraph.append(line)
        }
        flush()
        if inSection { html.append("</section>") }
        return html.joined(separator: "\n") + "\n"
    }

    static func heading(_ line: String) -> (Int, String)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...4).contains(hashes), line.dropFirst(hashes).hasPrefix(" ") else { return nil }
        return (hashes, line.dropFirst(hashes + 1).trimmingCharacters(in: .whitespaces))
    }

    /// Escapes the text, then `**strong**`, `*em*`/`_em_`, `` `code` `` and `[text](url)`.
    static func inline(_ text: String) -> String {
        var out = HTMLText.escape(text)
        out = replacePairs(out, marker: "**", open: "<strong>", close: "</strong>")
        out = replacePairs(out, marker: "`", open: "<code>", close: "</code>")
        out = replacePairs(out, marker: "*", open: "<em>", close: "</em>")
        out = String(replacePairs(" " + out, marker: " _", open: " <em>", close: "</em>", closer: "_").dropFirst())
        return links(out)
    }

    /// Each `marker…closer` pair becomes `open…close`; an unpaired marker stays.
    static func replacePairs(
        _ text: String, marker: String, open: String, close: String, closer: String? = nil
    ) -> String {
        let closer = closer ?? marker
        var out = ""
        var rest = Substring(text)
        while let start = rest.range(of: marker) {
            guard let end = rest[start.upperBound...].range(of: closer), end.lowerBound > start.upperBound else {
                break
            }
            out += rest[..<start.lowerBound] + open + rest[start.upperBound..<end.lowerBound] + close
            rest = rest[end.upperBound...]
        }
        return out + rest
    }

    /// `[text](http…)` and `[text](mailto:…)` as links; anything else stays text.
    static func links(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.range(of: "["), let middle = rest[open.upperBound...].range(of: "]("),
            let close = rest[middle.upperBound...].range(of: ")")
        {
            let label = rest[open.upperBound..<middle.lowerBound]
            let target = String(rest[middle.upperBound..<close.lowerBound])
            let safe = ["https://", "http://", "mailto:"].contains { target.hasPrefix($0) }
            out += rest[..<open.lowerBound]
            out += safe ? "<a href=\"\(target)\">\(label)</a>" : String(rest[open.lowerBound..<close.upperBound])
            rest = rest[close.upperBound...]
        }
        return out + rest
    }
}
