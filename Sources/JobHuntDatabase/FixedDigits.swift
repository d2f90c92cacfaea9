// Zero-padded decimal fields and UUIDs written straight into a string's bytes, for the
// dates, timestamps and ids bound on every row (`String(format:)` costs microseconds).
import Foundation

/// Builds strings such as `2026-03-01` from fixed-width numeric fields.
enum FixedDigits {
    /// `fields` in order, each `value` zero-padded to `digits` and followed by
    /// `suffix` (0 for none). Values must fit their width and not be negative.
    static func string(_ fields: [(value: Int, digits: Int, suffix: UInt8)]) -> String {
        let capacity = fields.reduce(0) { $0 + $1.digits + ($1.suffix == 0 ? 0 : 1) }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var end = 0
            for field in fields {
                var value = field.value
                for offset in stride(from: field.digits - 1, through: 0, by: -1) {
                    buffer[end + offset] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
                end += field.digits
                if field.suffix != 0 {
                    buffer[end] = field.suffix
                    end += 1
                }
            }
            return end
        }
    }
}

extension UUID {
    /// `0190f3c2-…` in lower case, the form both engines store and compare:
    /// `uuidString` formats through `snprintf` and `lowercased()` copies again,
    /// and ingest binds several ids per row.
    var lowercaseText: String {
        let hex = UUID.hexDigits
        return withUnsafeBytes(of: uuid) { bytes in
            String(unsafeUninitializedCapacity: 36) { buffer in
                var end = 0
                for (index, byte) in bytes.enumerated() {
                    if index == 4 || index == 6 || index == 8 || index == 10 {
                        buffer[end] = UInt8(ascii: "-")
                        end += 1
                    }
                    buffer[end] = hex[Int(byte >> 4)]
                    buffer[end + 1] = hex[Int(byte & 0x0F)]
                    end += 2
                }
                return end
            }
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
