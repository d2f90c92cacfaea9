// Runs every case of AWS's published SigV4 test suite (Tests/Fixtures/sigv4) through SigV4Signer.
import Foundation
import JobHuntIO
import JobHuntTesting
import Testing

private let suiteFolder = RepositoryFiles.fixture("sigv4")
private let cases = SigV4TestCase.all(in: suiteFolder)
private let date = Date(timeIntervalSince1970: 1_440_938_160)  // 20150830T123600Z
private let credentials = SigV4Credentials(
    accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
/// `get-vanilla-with-session-token` does not carry its token; the README says to read it from the `.creq`.
private let vanillaSessionToken = "6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267"

@Suite("AWS SigV4 test suite")
struct SigV4SuiteTests {
    @Test("the suite folder holds all 34 cases")
    func suiteIsComplete() {
        // Guards the parameterised test below against silently running zero cases.
        #expect(cases.count == 34, "found \(cases.count) cases in \(suiteFolder.path)")
    }

    @Test("canonical request, string to sign, Authorization and signed request", arguments: cases)
    func signsLikeAWS(_ testCase: SigV4TestCase) throws {
        var signer = SigV4Signer(credentials: credentials, region: "us-east-1", service: "service")
        if testCase.name == "get-vanilla-with-session-token" {
            signer.credentials.sessionToken = vanillaSessionToken
        }
        let queryStart = testCase.target.firstIndex(of: "?")
        let path = queryStart.map { String(testCase.target[..<$0]) } ?? testCase.target
        let query = queryStart.map { String(testCase.target[testCase.target.index(after: $0)...]) } ?? ""
        var request = SigV4Request(
            method: testCase.method, path: path, query: SigV4Encoding.parseQuery(query),
            headers: testCase.headers, payloadHash: Hashing.hex(Hashing.sha256(testCase.body)))
        var addedLines: [String] = []
        if let token = signer.credentials.sessionToken {
            request.headers.append(("X-Amz-Security-Token", token))
            addedLines.append("X-Amz-Security-Token:\(token)")
        }

        let canonical = signer.canonicalRequest(request)
        #expect(canonical == (try testCase.expected("creq")))
        let stringToSign = signer.stringToSign(canonicalRequest: canonical, at: date)
        #expect(stringToSign == (try testCase.expected("sts")))
        let authorization = signer.authorization(for: request, at: date)
        #expect(authorization == (try testCase.expected("authz")))

        if testCase.name == "post-sts-token/post-sts-header-after" {
            // The token is added after signing, so it is sent but not signed.
            addedLines.append("X-Amz-Security-Token:\(try sessionToken(from: testCase))")
        }
        var signed = ([testCase.method + " " + testCase.target + " HTTP/1.1"] + testCase.headerLines + addedLines)
        signed.append("Authorization: \(authorization)")
        let signedRequest = signed.joined(separator: "\n") + (testCase.body.isEmpty ? "" : "\n\n" + testCase.body)
        let expectedSignedRequest = try testCase.expected("sreq")
        if testCase.name == "get-vanilla-with-session-token" {
            // Known defect of the vendored vector: its .sreq carries a scrambled signature
            // (5fa00fa3…, pieces of the token) that disagrees with its own .authz (07ec1639…),
            // which we match above. Every other byte must still agree.
            #expect(expectedSignedRequest != signedRequest)
            #expect(withoutSignature(expectedSignedRequest) == withoutSignature(signedRequest))
        } else {
            #expect(signedRequest == expectedSignedRequest)
        }
    }

    private func sessionToken(from testCase: SigV4TestCase) throws -> String {
        let readme = try String(
            contentsOf: testCase.folder.deletingLastPathComponent().appendingPathComponent("readme.txt"),
            encoding: .utf8)
        return try #require(readme.split(separator: "\n").last.map(String.init))
    }

    private func withoutSignature(_ text: String) -> String {
        text.replacingOccurrences(of: #"Signature=[0-9a-f]+"#, with: "Signature=…", options: .regularExpression)
    }
}
