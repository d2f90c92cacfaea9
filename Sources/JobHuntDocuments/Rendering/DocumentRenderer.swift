// Drafts into files: each draft fills its Markdown template; the Markdown
// becomes the HTML page; the page goes to the PDF printer. An edited
// Markdown document takes the same road from its second step.

import JobHuntKernel

/// Renders drafts with one template set.
package struct DocumentRenderer: Sendable {
    let templates: TemplateSet

    package init(templates: TemplateSet) { self.templates = templates }

    /// The Markdown of each document.
    package func markdown(_ drafts: DocumentDrafts, input: GenerationInput) -> [DocumentKind: String] {
        let base = RenderContext.base(input)
        return [
            .resume: templates.template("resume.md").render(base.merging(RenderContext.resume(drafts.resume)) { $1 }),
            .coverLetter: templates.template("cover_letter.md").render(
                base.merging(RenderContext.letter(drafts.coverLetter)) { $1 }),
            .followUp: templates.template("follow_up.md").render(
                base.merging(RenderContext.letter(drafts.followUp)) { $1 }),
        ].mapValues(Self.tidy)
    }

    /// The Markdown of one résumé draft (the untailored one `apply diff` compares with).
    package func resumeMarkdown(_ draft: ResumeDraft, input: GenerationInput) -> String {
        Self.tidy(
            templates.template("resume.md").render(
                RenderContext.base(input).merging(RenderContext.resume(draft)) { $1 }))
    }

    /// The self-contained HTML page for one document's Markdown.
    package func html(_ markdown: String, kind: DocumentKind, title: String) -> String {
        templates.template("page.html").render(
            [
                "title": .text(title), "kind": .text(kind.fileStem),
                "body": .text(MarkdownHTML.fragment(markdown)),
            ], escape: HTMLText.escape)
    }

    /// At most one blank line in a row, one newline at the end: templates with
    /// empty sections leave gaps.
    static func tidy(_ text: String) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let blank = line.allSatisfy(\.isWhitespace)
            if blank && (lines.last.map { $0.allSatisfy(\.isWhitespace) } ?? true) { continue }
            lines.append(blank ? "" : line)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}
