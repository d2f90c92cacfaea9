// Zero-padded decimal fields written straight into a string's bytes, for the
// dates and timestamps bound on every row (`String(format:)` costs microseconds).

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
