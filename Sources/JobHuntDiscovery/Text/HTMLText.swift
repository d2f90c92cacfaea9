// Turns a posting's HTML into readable plain text: paragraphs, list items and headings kept.
import Foundation
import JobHuntKernel

/// HTML to clean text, for descriptions, skill extraction and embeddings.
///
/// A single forward pass over UTF-8 bytes (no regular expressions, no DOM):
/// block elements (`p`, headings, lists, tables) start new paragraphs, `div` a
/// new line, each `br` one more line break (two make a blank line), each `li` a `- item` line; `script`, `style`, `template` and
/// comments are dropped; entities are decoded once; runs of whitespace (including
/// no-break spaces) collapse to one space. The result has no leading or trailing
/// whitespace and never more than one blank line in a row.
package enum HTMLText {
    package static func text(fromHTML html: String) -> String {
        let bytes = Array(html.utf8)
        var writer = TextWriter(capacity: bytes.count)
        var index = 0
        var textStart = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<"), let tag = HTMLTag.read(bytes, at: index) else {
                index += 1
                continue
            }
            writer.appendText(bytes[textStart..<index])
            switch tag.kind {
            case .skipped:
                index = tag.end
            case .open(let name), .close(let name):
                let isOpen = if case .open = tag.kind { true } else { false }
                index = tag.end
                if isOpen, rawTextElements.contains(name) {
                    index = HTMLTag.endOfRawText(bytes, from: index, name: name)
                } else {
                    layout(name, isOpen: isOpen, writer: &writer)
                }
            }
            textStart = index
        }
        writer.appendText(bytes[textStart..<bytes.count])
        return writer.finish()
    }

    private static let rawTextElements: Set<String> = ["script", "style", "template", "noscript"]
    private static let paragraphElements: Set<String> = [
        "p", "ul", "ol", "dl", "table", "blockquote", "pre", "section", "article", "header", "footer", "aside",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "figure", "main", "nav", "address",
    ]
    private static let lineElements: Set<String> = ["div", "tr", "dt", "dd", "li", "caption"]

    private static func layout(_ name: String, isOpen: Bool, writer: inout TextWriter) {
        if paragraphElements.contains(name) {
            writer.requestBreak(2)
        } else if name == "br" {
            writer.addLineBreak()
        } else if lineElements.contains(name) {
            writer.requestBreak(1)
            if name == "li" && isOpen { writer.requestPrefix("- ") }
        } else if name == "td" || name == "th" {
            writer.requestSpace()
        }
    }
}

/// Accumulates output bytes, deferring spaces and line breaks until text follows.
private struct TextWriter {
    private var out: [UInt8] = []
    private var decoded: [UInt8] = []
    private var pendingSpace = false
    private var pendingBreak = 0
    private var pendingPrefix: String?

    init(capacity: Int) { out.reserveCapacity(capacity) }

    mutating func requestBreak(_ lines: Int) {
        pendingBreak = max(pendingBreak, lines)
        pendingSpace = false
    }

    /// `<br>` adds to the pending break, so `a<br><br>b` and Lever's `<div><br></div>` leave a blank line.
    mutating func addLineBreak() {
        pendingBreak = min(pendingBreak + 1, 2)
        pendingSpace = false
    }

    mutating func requestSpace() { pendingSpace = true }

    mutating func requestPrefix(_ prefix: String) { pendingPrefix = prefix }

    mutating func appendText(_ raw: ArraySlice<UInt8>) {
        guard !raw.isEmpty else { return }
        decoded.removeAll(keepingCapacity: true)
        HTMLEntities.decode(raw, into: &decoded)
        var index = 0
        while index < decoded.count {
            let byte = decoded[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                pendingSpace = true
                index += 1
            } else if byte == 0xC2, index + 1 < decoded.count, decoded[index + 1] == 0xA0 {
                pendingSpace = true
                index += 2
            } else {
                flushPending()
                out.append(byte)
                index += 1
            }
        }
    }

    private mutating func flushPending() {
        if pendingBreak > 0 || pendingPrefix != nil {
            if !out.isEmpty { out.append(contentsOf: repeatElement(0x0A, count: max(pendingBreak, 1))) }
            if let prefix = pendingPrefix { out.append(contentsOf: prefix.utf8) }
        } else if pendingSpace, !out.isEmpty {
            out.append(0x20)
        }
        pendingBreak = 0
        pendingPrefix = nil
        pendingSpace = false
    }

    func finish() -> String { String(decoding: out, as: UTF8.self) }
}
