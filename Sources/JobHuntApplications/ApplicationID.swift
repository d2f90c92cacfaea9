// Ids for applications and their history rows: version-7 UUIDs that also
// increase within one millisecond, because history is read in id order when
// two changes share a timestamp.
import Foundation

/// RFC 9562 version-7 UUIDs, monotonic within this process.
///
/// The first 48 bits are Unix milliseconds, as ingest's posting ids; the next
/// 12 (`rand_a`) are a counter that restarts at a random value each new
/// millisecond and counts up within one (RFC 9562 §6.2, method 1). So a
/// command that adds an application and changes it in the same millisecond
/// (or a test with a fixed clock) still reads its history in the order it was
/// written, and newest-first lists stay stable. Across processes, ties in the
/// same millisecond fall back to the random bits.
enum ApplicationID {
    private static let state = Mutex()

    static func make(now: Date) -> UUID {
        var random = SystemRandomNumberGenerator()
        let wall = UInt64(max(0, now.timeIntervalSince1970 * 1000))
        let (millis, counter) = state.next(wall, seed: UInt16(truncatingIfNeeded: random.next() as UInt64) & 0x3FF)
        let low = random.next() as UInt64
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in 0..<6 { bytes[index] = UInt8(truncatingIfNeeded: millis >> (40 - 8 * UInt64(index))) }
        bytes[6] = 0x70 | UInt8(truncatingIfNeeded: counter >> 8)  // version 7, counter's top 4 bits
        bytes[7] = UInt8(truncatingIfNeeded: counter)
        for index in 8..<16 { bytes[index] = UInt8(truncatingIfNeeded: low >> (8 * UInt64(index - 8))) }
        bytes[8] = (bytes[8] & 0x3F) | 0x80  // RFC 9562 variant
        return UUID(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8], bytes[9],
                bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
            ))
    }

    /// The last millisecond used and its counter.
    private final class Mutex: @unchecked Sendable {
        private let lock = NSLock()
        private var lastMillis: UInt64 = 0
        private var counter: UInt16 = 0

        /// The millisecond and counter for the next id: a later millisecond
        /// starts a new counter at `seed` (at most 0x3FF, leaving room to count);
        /// the same or an earlier one (a clock set back, a backdated change)
        /// counts on from the last id, moving to the next millisecond when the
        /// 12 bits run out.
        func next(_ millis: UInt64, seed: UInt16) -> (UInt64, UInt16) {
            lock.withLock {
                if millis > lastMillis {
                    lastMillis = millis
                    counter = seed
                } else if counter < 0xFFF {
                    counter += 1
                } else {
                    lastMillis += 1
                    counter = seed
                }
                return (lastMillis, counter)
            }
        }
    }
}
