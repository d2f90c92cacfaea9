// Character classes the salary reader asks of every scalar of a sentence,
// answered for ASCII without Unicode's property tables.

extension Unicode.Scalar {
    /// `properties.isAlphabetic`, without the table look-up for ASCII, where exactly A–Z
    /// and a–z are alphabetic. The look-up was the largest single cost of reading salaries
    /// (every scalar of every sentence with money, once per word boundary question).
    var isAlphabeticScalar: Bool {
        value < 0x80 ? (value | 0x20) &- 0x61 < 26 : properties.isAlphabetic
    }
}

/// Lower-casing of words the salary reader builds from scalars.
enum ScalarText {
    /// The scalars as a lower-cased `String`: byte by byte when they are ASCII (where that
    /// is exactly what `lowercased()` does), else through `lowercased()`.
    static func lowered(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        guard scalars.allSatisfy({ $0.value < 0x80 }) else {
            return String(String.UnicodeScalarView(scalars)).lowercased()
        }
        return String(unsafeUninitializedCapacity: scalars.count) { buffer in
            for (offset, scalar) in scalars.enumerated() {
                let byte = UInt8(truncatingIfNeeded: scalar.value)
                buffer[offset] = byte &- 0x41 < 26 ? byte | 0x20 : byte
            }
            return scalars.count
        }
    }
}
