// An RFC 4180 CSV reader over bytes: quoted fields, doubled quotes, embedded newlines, CRLF.
import Foundation
import JobHuntKernel

/// Reads CSV one record at a time, so a bad row can be reported without losing the rest.
///
/// RFC 4180 plus two things real files need: an optional escape byte (Python's
/// `csv` `escapechar`, which JobSpy sets to `\`: the byte after it is taken
/// literally, so `\\` reads as `\`), and a leading UTF-8 byte-order mark is
/// ignored. Unquoted fields are taken as they are (no trimming).
struct CSVReader {
    private let bytes: [UInt8]
    private let escape: UInt8?
    private var index = 0

    init(_ data: Data, escape: UInt8? = nil) {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        self.bytes = bytes
        self.escape = escape
    }

    /// The next record's fields, nil at the end; throws `RecordError` for a quote left open,
    /// after which reading stops (the rest of the file is inside that quote).
    mutating func next() throws -> [String]? {
        guard index < bytes.count else { return nil }
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var fieldStart = true
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if let escape, byte == escape, index < bytes.count {
                field.append(bytes[index])
                index += 1
                fieldStart = false
                continue
            }
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                        field.append(byte)
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\"") where fieldStart:
                quoted = true
                fieldStart = false
            case UInt8(ascii: ","):
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                fieldStart = true
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                if byte == UInt8(ascii: "\r"), index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
                fields.append(String(decoding: field, as: UTF8.self))
                return fields
            default:
                field.append(byte)
                fieldStart = false
            }
        }
        if quoted { throw RecordError("a quoted field is never closed") }
        fields.append(String(decoding: field, as: UTF8.self))
        return fields
    }
}
