// The text a posting is normalised from: the source's own text when it gave
// text (Markdown escapes undone), else its HTML turned into clean text.
import JobHuntKernel

extension PostingNormaliser {
    /// Plain text of the description, paragraphs and list items kept.
    package static func descriptionText(_ raw: RawPosting) -> String {
        if let text = raw.descriptionText, !text.isEmpty { return MarkdownText.removingEscapes(text) }
        guard let html = raw.descriptionHTML else { return "" }
        return HTMLText.text(fromHTML: html)
    }
}
