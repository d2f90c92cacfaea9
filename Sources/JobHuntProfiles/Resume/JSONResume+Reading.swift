// Reads a JSON Resume file, turning parser and decoder failures into field-path errors.
import Foundation
import JobHuntKernel

extension JSONResume {
    /// Decodes a document; a wrong JSON type becomes `JobHuntError.jsonResumeInvalid` naming the field
    /// (`basics.email: expected a string`), broken syntax becomes `.malformed` with the line
    /// and column when the parser reports a position.
    package static func read(_ data: Data) throws(JobHuntError) -> JSONResume {
        var notice: String?
        return try read(data, notice: &notice)
    }

    /// As `read(_:)`, also accepting the pre-1.0 keys (`work[].company`, `basics.website`):
    /// `notice` is then one line saying which were read as which. A document with none of a
    /// résumé's sections is refused rather than imported as nothing.
    package static func read(_ data: Data, notice: inout String?) throws(JobHuntError) -> JSONResume {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            let position = errorOffset(error).map { lineAndColumn(of: $0, in: data) }
            throw .jsonResumeMalformed(line: position?.line, column: position?.column)
        }
        let (upgraded, renamed) = try upgradingOlderKeys(object)
        notice = renamed
        var document = data
        if renamed != nil, let rewritten = try? JSONSerialization.data(withJSONObject: upgraded) {
            document = rewritten
        }
        do {
            return try JSONDecoder().decode(JSONResume.self, from: document)
        } catch let error as DecodingError {
            throw .jsonResumeInvalid([issue(for: error)])
        } catch {
            throw .jsonResumeMalformed(line: nil, column: nil)
        }
    }

    /// `work[2].startDate` for a coding path of `work`, index 2, `startDate`.
    static func path(_ keys: [any CodingKey]) -> String {
        var text = ""
        for key in keys {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text
    }

    private static func issue(for error: DecodingError) -> JSONResumeIssue {
        switch error {
        case .typeMismatch(let type, let context):
            return JSONResumeIssue(path: path(context.codingPath), problem: "expected \(typeName(type))")
        case .valueNotFound(let type, let context):
            return JSONResumeIssue(path: path(context.codingPath), problem: "expected \(typeName(type)), found null")
        case .keyNotFound(let key, let context):
            return JSONResumeIssue(path: path(context.codingPath + [key]), problem: "missing")
        case .dataCorrupted(let context):
            return JSONResumeIssue(path: path(context.codingPath), problem: "unreadable value")
        @unknown default:
            return JSONResumeIssue(path: "", problem: "unreadable document")
        }
    }

    /// The JSON word for the Swift type the decoder wanted.
    private static func typeName(_ type: Any.Type) -> String {
        if type == String.self { return "a string" }
        if type == Bool.self { return "a boolean" }
        if type == Int.self || type == Double.self { return "a number" }
        let name = String(describing: type)
        if name.hasPrefix("Array") || name.hasPrefix("[") && !name.contains(":") { return "an array" }
        return "an object"
    }

    /// Foundation's parser reports "… around character 19." or "… at 9."; the number is a
    /// byte offset into the data. Nil when the message carries none.
    private static func errorOffset(_ error: any Error) -> Int? {
        let message = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? ""
        if message.contains("end of file") { return -1 }
        for marker in ["around character ", " at "] {
            guard let range = message.range(of: marker, options: .backwards) else { continue }
            let digits = message[range.upperBound...].prefix(while: \.isNumber)
            if let offset = Int(digits) { return offset }
        }
        return nil
    }

    /// 1-based line and column (in characters) of a byte offset; -1 means the end of the data.
    static func lineAndColumn(of offset: Int, in data: Data) -> (line: Int, column: Int) {
        let end = offset < 0 ? data.count : min(offset, data.count)
        let before = data.prefix(end)
        let line = before.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? before.startIndex
        let column = String(decoding: before[lineStart...], as: UTF8.self).count + 1
        return (line, column)
    }
}
