// Timestamp parsing for source fields: ISO 8601 variants, RFC 822, and rejects.
import Foundation
import JobHuntDiscovery
import JobHuntKernel
import Testing

@Suite("Source dates")
struct SourceDateTests {
    @Test(
        "ISO 8601 variants read to the same instants",
        arguments: [
            ("2026-03-01", 1_772_323_200.0),
            ("2026-03-01T00:00:00Z", 1_772_323_200.0),
            ("2026-02-28T19:00:00-05:00", 1_772_323_200.0),
            ("2026-03-01T05:30:00+0530", 1_772_323_200.0),
            ("2026-03-01T00:00:00.250+00:00", 1_772_323_200.25),
            ("2026-03-01T00:00", 1_772_323_200.0),
            ("2000-02-29T12:00:00Z", 951_825_600.0),
        ])
    func iso(text: String, seconds: Double) {
        #expect(SourceDate.iso8601(text)?.timeIntervalSince1970 == seconds)
    }

    @Test("padding around a timestamp is ignored")
    func padded() {
        #expect(SourceDate.iso8601(" 2026-03-01\n")?.timeIntervalSince1970 == 1_772_323_200)
    }

    @Test("RFC 822 with and without the day name, numeric and named zones")
    func rfc822() {
        #expect(SourceDate.rfc822("Sun, 01 Mar 2026 00:00:00 +0000")?.timeIntervalSince1970 == 1_772_323_200)
        #expect(SourceDate.rfc822("28 Feb 2026 19:00:00 EST")?.timeIntervalSince1970 == 1_772_323_200)
        #expect(SourceDate.rfc822("Sun, 01 Mar 2026 00:00 GMT")?.timeIntervalSince1970 == 1_772_323_200)
        #expect(SourceDate.flexible("Sun, 01 Mar 2026 00:00:00 +0000") == SourceDate.iso8601("2026-03-01"))
    }

    @Test(
        "malformed dates are nil, not guessed",
        arguments: [
            "", "2026-13-01", "2026/03/01", "01 Foo 2026 00:00", "yesterday", "2026-03-01T25",
            // The fuzzer's find: minutes that overflow when multiplied by 60 crashed the process.
            "Tue, 1 Dec 26 000:0333333333333333300:00 +00:Arrrr30", "Sun, 01 Mar 2026 24:00 GMT",
            "Sun, 01 Mar 2026 10:60 GMT",
        ])
    func rejects(text: String) {
        #expect(SourceDate.flexible(text) == nil)
    }
}
