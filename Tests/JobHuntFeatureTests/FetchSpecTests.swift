// `--source KIND:ARG`: what each kind accepts, and errors that say how to write it instead.
import Foundation
import Testing

@testable import JobHuntDiscovery
@testable import JobHuntKernel

@Suite("Source specs")
struct FetchSpecTests {
    @Test("tokens, URLs and paths are told apart")
    func targets() throws {
        #expect(try SourceSpec(parsing: "greenhouse:tessellate").target == .token("tessellate"))
        #expect(try SourceSpec(parsing: "Lever:bright-canopy").kind == .lever)
        let url = try SourceSpec(parsing: "jsonld:https://example.com/jobs?id=1")
        #expect(url.target == .url(URL(string: "https://example.com/jobs?id=1")!))
        #expect(url.description == "jsonld:https://example.com/jobs?id=1")
        #expect(try SourceSpec(parsing: "jobspy:/data/jobs.csv").target == .path("/data/jobs.csv"))
        #expect(try SourceSpec(parsing: "file:relative/jobs.jsonl").target == .path("relative/jobs.jsonl"))
        #expect(try SourceSpec(parsing: "jobspy:exports/2026:03.csv").target == .path("exports/2026:03.csv"))
        #expect(try SourceSpec(parsing: "rss:file:///tmp/feed.xml").target == .path("/tmp/feed.xml"))
        #expect(try SourceSpec(parsing: "remoteok:").target == .defaultEndpoint)
    }

    @Test("the endpoints put the percent-encoded token into the configured template")
    func endpoints() throws {
        let endpoints = SourceEndpoints()
        #expect(
            endpoints.url(for: try SourceSpec(parsing: "greenhouse:acme"))
                == "https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true")
        #expect(
            endpoints.url(for: try SourceSpec(parsing: "lever:acme"))
                == "https://api.lever.co/v0/postings/acme?mode=json")
        #expect(
            endpoints.url(for: try SourceSpec(parsing: "ashby:acme"))
                == "https://api.ashbyhq.com/posting-api/job-board/acme?includeCompensation=true")
        #expect(endpoints.url(for: try SourceSpec(parsing: "remoteok:")) == "https://remoteok.com/api")
        #expect(endpoints.url(for: try SourceSpec(parsing: "file:/x.jsonl")) == nil)
    }

    @Test("a misspelt kind suggests the nearest one")
    func misspelt() {
        #expect(throws: JobHuntError.sourceSpecUnknownKind("grenhouse", suggestion: .greenhouse)) {
            try SourceSpec(parsing: "grenhouse:acme")
        }
        let error = JobHuntError.sourceSpecUnknownKind("grenhouse", suggestion: .greenhouse)
        #expect(error.errorDescription == "unknown source kind 'grenhouse' (did you mean 'greenhouse'?)")
        #expect(error.recoverySuggestion?.contains("greenhouse, lever, ashby") == true)
        #expect(throws: JobHuntError.sourceSpecUnknownKind("monster", suggestion: nil)) {
            try SourceSpec(parsing: "monster:acme")
        }
    }

    @Test("malformed specs fail before any request")
    func malformed() {
        #expect(throws: JobHuntError.sourceSpecMissingKind("tessellate")) { try SourceSpec(parsing: "tessellate") }
        #expect(throws: JobHuntError.sourceSpecMissingKind("https://example.com/feed")) {
            try SourceSpec(parsing: "https://example.com/feed")
        }
        #expect(throws: JobHuntError.sourceSpecMissingArgument(.lever)) { try SourceSpec(parsing: "lever:") }
        #expect(throws: JobHuntError.sourceSpecInvalidToken(.greenhouse, "a/b")) {
            try SourceSpec(parsing: "greenhouse:a/b")
        }
        #expect(throws: JobHuntError.sourceSpecInvalidURL(.rss, "https://")) { try SourceSpec(parsing: "rss:https://") }
        #expect(throws: JobHuntError.sourceSpecUnsupportedScheme(.rss, "ftp")) {
            try SourceSpec(parsing: "rss:ftp://example.com/feed")
        }
    }
}
