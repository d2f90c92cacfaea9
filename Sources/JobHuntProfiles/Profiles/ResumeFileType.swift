// Decides what kind of document a resume file is from its bytes, not its name.
import Foundation
import JobHuntKernel

/// The kinds of resume file jobhunt reads text out of.
///
/// The type comes from the content: `%PDF-` in the first KiB is a PDF; a zip
/// (`PK\x03\x04`) holding `word/document.xml` is a DOCX; anything else must be
/// UTF-8 text without NUL bytes, and is Markdown when named `.md`/`.markdown`.
/// A file named `.pdf` or `.docx` whose content is something else is refused
/// rather than guessed at: it is usually the wrong file.
package enum ResumeFileType: String, Sendable, Codable, CaseIterable {
    case pdf, docx, markdown, text

    /// The MIME type the object store keeps with the file.
    package var contentType: String {
        switch self {
        case .pdf: "application/pdf"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .markdown: "text/markdown; charset=utf-8"
        case .text: "text/plain; charset=utf-8"
        }
    }

    static let markdownExtensions: Set<String> = ["md", "markdown", "mdown", "mkd"]

    /// The file's type by content; `fileName` only tells Markdown from plain text.
    package static func sniff(_ data: Data, fileName: String) throws -> ResumeFileType {
        let suffix = (fileName as NSString).pathExtension.lowercased()
        if data.prefix(1024).range(of: Data("%PDF-".utf8)) != nil { return .pdf }
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            guard data.range(of: Data("word/document.xml".utf8)) != nil else {
                throw JobHuntError(
                    .resumeUnsupportedType,
                    "\(fileName) is a zip archive but not a Word document (no word/document.xml)",
                    remedy: "give a PDF, DOCX, Markdown or plain-text resume")
            }
            return .docx
        }
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw JobHuntError(
                .resumeUnsupportedType, "\(fileName) is an old binary Word (.doc) file",
                remedy: "save it as DOCX or PDF and try again")
        }
        if suffix == "pdf" || suffix == "docx" {
            throw JobHuntError(
                .resumeTypeMismatch,
                "\(fileName) is named .\(suffix) but its content is not a \(suffix.uppercased()) file",
                remedy: "check that it is the right file; rename a text resume to .txt or .md")
        }
        guard !data.contains(0), String(data: data, encoding: .utf8) != nil else {
            throw JobHuntError(
                .resumeUnsupportedType, "\(fileName) is neither a PDF, a DOCX nor UTF-8 text",
                remedy: "give a PDF, DOCX, Markdown or plain-text (UTF-8) resume")
        }
        return markdownExtensions.contains(suffix) ? .markdown : .text
    }
}
