// Turns a resume file into the plain text `user_profiles.resume_text` keeps:
// pdftotext for PDF, word/document.xml for DOCX, the bytes for text.
import Foundation
import JobHuntKernel

/// Reads the text out of a resume whose type is already known.
///
/// PDF needs `pdftotext` (poppler-utils) and DOCX needs `unzip` (its
/// document.xml is deflated); both run as child processes with a time limit.
struct ResumeTextExtractor {
    let tools: ResumeDocumentTools
    /// The services' process runner, which starts the tools.
    let runner: any ProcessRunner

    func text(of file: URL, data: Data, type: ResumeFileType) throws -> String {
        let raw: String
        switch type {
        case .pdf:
            let output = try tools.run(
                "pdftotext", package: "poppler-utils", ["-layout", "-enc", "UTF-8", file.path, "-"], runner: runner)
            raw = String(decoding: output, as: UTF8.self)
        case .docx:
            let xml = try tools.run("unzip", package: "unzip", ["-p", file.path, "word/document.xml"], runner: runner)
            raw = DocxText.text(fromDocumentXML: xml)
        case .markdown, .text:
            raw = String(decoding: data, as: UTF8.self)
        }
        return Self.tidy(raw)
    }

    /// One text form whatever the source: LF line ends, page breaks as blank
    /// lines, no trailing blanks, no NUL (PostgreSQL text cannot hold it), no BOM.
    static func tidy(_ text: String) -> String {
        var text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        text = text.replacingOccurrences(of: "\u{0C}", with: "\n").replacingOccurrences(of: "\u{0}", with: "")
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var line = Substring(line)
            while let last = line.last, last == " " || last == "\t" { line.removeLast() }
            return line
        }
        return lines.joined(separator: "\n").trimmingCharacters(in: .newlines)
    }
}

/// The text of a WordprocessingML body: the runs' `<w:t>` text, tabs and
/// breaks, one line per paragraph; everything else (field codes, properties) is skipped.
enum DocxText {
    static func text(fromDocumentXML xml: Data) -> String {
        let bytes = [UInt8](xml)
        var text: [UInt8] = []
        var inText = false
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                let next = bytes[index...].firstIndex(of: UInt8(ascii: "<")) ?? bytes.count
                if inText { text += decodeEntities(bytes[index..<next]) }
                index = next
                continue
            }
            guard let close = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else { break }
            let tag = bytes[(index + 1)..<close]
            let isEnd = tag.first == UInt8(ascii: "/")
            let isEmpty = tag.last == UInt8(ascii: "/")
            let name = String(
                decoding: tag.drop(while: { $0 == UInt8(ascii: "/") }).prefix(while: {
                    $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "\t")
                        && $0 != UInt8(ascii: "\n")
                }), as: UTF8.self)
            switch name {
            case "w:t": inText = !isEnd && !isEmpty
            case "w:tab" where !isEnd: text.append(UInt8(ascii: "\t"))
            case "w:br", "w:cr": if !isEnd { text.append(UInt8(ascii: "\n")) }
            case "w:p": if isEnd || isEmpty { text.append(UInt8(ascii: "\n")) }
            default: break
            }
            index = close + 1
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// XML's five named entities and numeric character references.
    static func decodeEntities(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        guard bytes.contains(UInt8(ascii: "&")) else { return Array(bytes) }
        var result = ""
        var rest = Substring(String(decoding: bytes, as: UTF8.self))
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            guard let semicolon = rest[amp...].firstIndex(of: ";") else { break }
            let entity = rest[rest.index(after: amp)..<semicolon]
            switch entity {
            case "lt": result += "<"
            case "gt": result += ">"
            case "amp": result += "&"
            case "quot": result += "\""
            case "apos": result += "'"
            default:
                let number =
                    entity.hasPrefix("#x")
                    ? UInt32(entity.dropFirst(2), radix: 16)
                    : entity.hasPrefix("#") ? UInt32(entity.dropFirst(), radix: 10) : nil
                if let scalar = number.flatMap(Unicode.Scalar.init) {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += rest[amp...semicolon]
                }
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        result += rest
        return Array(result.utf8)
    }
}
