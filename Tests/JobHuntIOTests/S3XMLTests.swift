// S3's XML replies: leaves by path, and a reply that is not UTF-8 refused
// instead of crashing the process inside FoundationXML.
import Foundation
import Testing

@testable import JobHuntIO

@Suite("S3 XML replies")
struct S3XMLTests {
    @Test("an error document gives its code and message")
    func errorDocument() throws {
        let body = Data(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>SlowDown</Code><Message>Reduce your request rate.</Message></Error>"
                .utf8)
        let error = try #require(S3ErrorDocument(body))
        #expect(error.code == "SlowDown")
        #expect(error.message == "Reduce your request rate.")
    }

    @Test("an element name that is not UTF-8 is refused, not parsed")
    func elementNameNotUTF8() {
        // `<Co\xEF\x01de>`: the bytes that crashed FoundationXML in a feed.
        var body = Data("<Error><Co".utf8)
        body.append(contentsOf: [0xEF, 0x01])
        body.append(Data("de>x</Co".utf8))
        body.append(contentsOf: [0xEF, 0x01])
        body.append(Data("de></Error>".utf8))
        #expect(S3XML.parse(body) == nil)
        #expect(S3ErrorDocument(body) == nil)
    }

    @Test("a listing gives every key in order")
    func listing() throws {
        let body = Data(
            "<ListBucketResult><Contents><Key>a/1</Key></Contents><Contents><Key>a/é</Key></Contents></ListBucketResult>"
                .utf8)
        let xml = try #require(S3XML.parse(body))
        #expect(xml.values("ListBucketResult/Contents/Key") == ["a/1", "a/é"])
    }
}
