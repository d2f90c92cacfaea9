// SourceEndpoints built from base URLs: the API's path goes below the base,
// trailing slashes do not double, and unlisted kinds keep the public APIs.
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Source endpoints from base URLs")
struct FetchEndpointTests {
    @Test("a base URL gets the API's path; other APIs stay public")
    func baseURLs() throws {
        let endpoints = SourceEndpoints(baseURLs: [
            .greenhouse: "http://127.0.0.1:8080/mirror/", .remoteok: "https://remote.example", .rss: "http://x",
        ])
        #expect(
            endpoints.url(for: try SourceSpec(parsing: "greenhouse:acme"))
                == "http://127.0.0.1:8080/mirror/v1/boards/acme/jobs?content=true")
        #expect(endpoints.url(for: try SourceSpec(parsing: "remoteok:")) == "https://remote.example/api")
        #expect(endpoints.lever == SourceEndpoints().lever)
        #expect(SourceEndpoints(baseURLs: SourceEndpoints.defaultBaseURLs) == SourceEndpoints())
    }
}
