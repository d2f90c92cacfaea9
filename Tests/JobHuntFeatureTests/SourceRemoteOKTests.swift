// The Remote OK parser: legal notice skipped, 0/0 salary absent, string ids.
import Foundation
import JobHuntDiscovery
import JobHuntKernel
import Testing

@Suite("Remote OK source")
struct SourceRemoteOKTests {
    let context = SourceContext(token: "remoteok")

    @Test("the legal notice is skipped and the three jobs load")
    func list() throws {
        let result = try SourceFixtures.parse("remoteok_api.json", with: RemoteOKParser(), context: context)
        #expect(result.postings.count == 3)
        #expect(result.problems.isEmpty)
        let rust = try #require(result.posting("1131871"))
        #expect(rust.title == "Senior Rust Developer")
        #expect(rust.companyName == "Ferrowave")
        #expect(rust.url == "https://remoteOK.com/remote-jobs/remote-senior-rust-developer-ferrowave-1131871")
        #expect(rust.tags == ["rust", "backend", "senior", "dev"])
        #expect(rust.locations == ["Worldwide"])
        #expect(rust.salary == RawSalary(minimum: 140000, maximum: 180000, currency: "USD", period: "yearly"))
        #expect(rust.postedAt == Date(timeIntervalSince1970: 1_772_017_204))
        #expect(rust.companyLogoURL == nil)
    }

    @Test("0/0 means no salary and an empty location means none")
    func gaps() throws {
        let result = try SourceFixtures.parse("remoteok_api.json", with: RemoteOKParser(), context: context)
        #expect(result.posting("1131790")?.salary == nil)
        #expect(result.posting("1131702")?.locations == [])
    }

    @Test("an object instead of the array is a document error")
    func documentError() {
        #expect(throws: JobHuntError.sourceUnreadable(source: "remoteok", reason: "expected a JSON array of jobs")) {
            try RemoteOKParser().parse(Data(#"{"jobs": []}"#.utf8), context: context)
        }
    }
}
