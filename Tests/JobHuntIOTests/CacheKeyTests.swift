// The seed's cache key names are a contract with every process sharing Redis;
// these pin them byte for byte.
import Foundation
import Testing

@testable import JobHuntIO

@Suite("Cache keys")
struct CacheKeyTests {
    let user = UUID(uuidString: "0192F3A4-5B6C-7D8E-9FA0-B1C2D3E4F506")!

    @Test func contractKeysFollowTheSeed() {
        #expect(CacheKey.userProfile(user).rawValue == "user:profile:0192f3a4-5b6c-7d8e-9fa0-b1c2d3e4f506")
        #expect(
            CacheKey.jobRecommendations(user).rawValue == "jobs:recommendations:0192f3a4-5b6c-7d8e-9fa0-b1c2d3e4f506")
        #expect(
            CacheKey.applicationStatus(user).rawValue == "applications:status:0192f3a4-5b6c-7d8e-9fa0-b1c2d3e4f506")
    }

    @Test func dailyAnalyticsUseTheCalendarDayInTheGivenZone() throws {
        let instant = Date(timeIntervalSince1970: 1_764_028_800 - 3600)  // 2025-11-24T23:00:00Z
        #expect(
            CacheKey.dailyAnalytics(user, on: instant).rawValue
                == "analytics:daily:0192f3a4-5b6c-7d8e-9fa0-b1c2d3e4f506:2025-11-24")
        let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
        #expect(CacheKey.dailyAnalytics(user, on: instant, timeZone: berlin).rawValue.hasSuffix(":2025-11-25"))
    }

    @Test func prefixPatternsEscapeGlobCharacters() {
        #expect(CachePattern.prefix("a*b?c[d]e\\f").glob == #"a\*b\?c\[d\]e\\f*"#)
        #expect(CachePattern.dailyAnalytics(user).glob == "analytics:daily:0192f3a4-5b6c-7d8e-9fa0-b1c2d3e4f506:*")
        #expect(CachePattern.allKeys(of: user).count == 4)
    }
}
