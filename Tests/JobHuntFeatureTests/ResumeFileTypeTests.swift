// Resume type sniffing by content, and the DOCX and text clean-up that does not
// need a database.
import Foundation
import Testing

@testable import JobHuntKernel
@testable import JobHuntProfiles

@Suite("Resume file types")
struct ResumeFileTypeTests {
    static func sniff(_ bytes: [UInt8], _ name: String) throws -> ResumeFileType {
        try ResumeFileType.sniff(Data(bytes), fileName: name)
    }

    static func code(_ bytes: [UInt8], _ name: String) -> JobHuntError.Code? {
        do {
            _ = try sniff(bytes, name)
            return nil
        } catch let error as JobHuntError {
            return error.code
        } catch {
            return nil
        }
    }

    @Test("the type comes from the content, not the name")
    func byContent() throws {
        #expect(try Self.sniff(Array("%PDF-1.4\n".utf8), "cv.txt") == .pdf)
        #expect(try Self.sniff(Array("\n\n%PDF-1.7 junk first".utf8), "cv") == .pdf)
        let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + Array("....word/document.xml....".utf8)
        #expect(try Self.sniff(zip, "cv.bin") == .docx)
        #expect(try Self.sniff(Array("# Ada\n".utf8), "cv.md") == .markdown)
        #expect(try Self.sniff(Array("# Ada\n".utf8), "CV.Markdown") == .markdown)
        #expect(try Self.sniff(Array("Ada Lovelace — engineer\n".utf8), "cv.txt") == .text)
        #expect(try Self.sniff(Array("Ada\n".utf8), "cv") == .text)
    }

    @Test("files that are not what they claim, or not readable text, are refused")
    func refusals() {
        #expect(Self.code(Array("just text".utf8), "cv.pdf") == .resumeTypeMismatch)
        #expect(Self.code(Array("just text".utf8), "cv.DOCX") == .resumeTypeMismatch)
        #expect(Self.code([0x50, 0x4B, 0x03, 0x04] + Array("other.xml".utf8), "cv.docx") == .resumeUnsupportedType)
        #expect(Self.code([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1], "cv.doc") == .resumeUnsupportedType)
        #expect(Self.code([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A], "photo.png") == .resumeUnsupportedType)
        #expect(Self.code(Array("text\u{0}with NUL".utf8), "cv.txt") == .resumeUnsupportedType)
        #expect(Self.code([0x41, 0xFF, 0xFE, 0x42], "cv.txt") == .resumeUnsupportedType, "not UTF-8")
    }

    @Test("DOCX text: runs, tabs, breaks, paragraphs and entities")
    func docxText() {
        let xml = """
            <w:document><w:body><w:p><w:pPr><w:jc w:val="left"/></w:pPr><w:r><w:t>Ada</w:t></w:r>\
            <w:r><w:t xml:space="preserve"> Lovelace</w:t></w:r></w:p><w:p><w:r><w:t>C &amp; Go&#x2014;&#233;</w:t>\
            <w:tab/><w:t>&lt;x&gt; &bogus; &quot;q&apos;</w:t><w:br/><w:instrText>PAGE</w:instrText><w:t/>\
            <w:t>end</w:t></w:r></w:p><w:p/></w:body></w:document>
            """
        #expect(DocxText.text(fromDocumentXML: Data(xml.utf8)) == "Ada Lovelace\nC & Go—é\t<x> &bogus; \"q'\nend\n\n")
    }

    @Test("extracted text is tidied to one form")
    func tidy() {
        #expect(
            ResumeTextExtractor.tidy("\u{FEFF}Ada  \r\nLovelace\t\r\u{0C}Page 2\u{0}\n\n") == "Ada\nLovelace\n\nPage 2")
    }

    @Test("object names keep only key-safe characters")
    func objectNames() {
        #expect(ResumeService.objectName("cv.pdf") == "cv.pdf")
        #expect(ResumeService.objectName("My CV (2026) é.pdf") == "My-CV-2026-.pdf")
        #expect(ResumeService.objectName("..") == "resume")
        #expect(ResumeService.objectName(".hidden.md") == "hidden.md")
        let id = UUID()
        let key = ResumeService.key(
            in: "s3://b/users/\(id.uuidString.lowercased())/resume/cv.pdf", userID: id)
        #expect(key == "users/\(id.uuidString.lowercased())/resume/cv.pdf")
        #expect(
            ResumeService.key(in: "s3://b/users/\(UUID().uuidString.lowercased())/resume/cv.pdf", userID: id) == nil)
    }
}
