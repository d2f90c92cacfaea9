// Ids for the rows ingest creates: version-7 UUIDs (Unix milliseconds, then
// random bits), so new rows land at the end of the id indexes.
import Foundation
import JobHuntKernel

/// A UUID whose first 48 bits are the current Unix time in milliseconds (RFC 9562 version 7).
///
/// Random (version 4) ids put every new posting and source row on a random
/// page of `job_postings`' and `job_posting_sources`' id indexes, so once the
/// tables outgrow the page cache each insert reads and rewrites pages all over
/// the file. Time-ordered ids append instead. They are still opaque ids: the
/// columns accept any UUID, and the time they carry is `created_at` anyway.
enum TimeOrderedUUID {
    static func make(now: Date = Date()) -> UUID {
        var random = SystemRandomNumberGenerator()
        let millis = UInt64(max(0, now.timeIntervalSince1970 * 1000))
        let high = random.next() as UInt64
        let low = random.next() as UInt64
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in 0..<6 { bytes[index] = UInt8(truncatingIfNeeded: millis >> (40 - 8 * UInt64(index))) }
        for index in 6..<8 { bytes[index] = UInt8(truncatingIfNeeded: high >> (8 * UInt64(index))) }
        for index in 8..<16 { bytes[index] = UInt8(truncatingIfNeeded: low >> (8 * UInt64(index - 8))) }
        bytes[6] = (bytes[6] & 0x0F) | 0x70  // version 7
        bytes[8] = (bytes[8] & 0x3F) | 0x80  // RFC 9562 variant
        return UUID(
            uuid: (
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8], bytes[9],
                bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]
            ))
    }
}
