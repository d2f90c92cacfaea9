// Multipart upload for large objects: create, send parts, complete; abort on any failure.
import Foundation

extension S3ObjectStore {
    enum PartSource {
        case bytes(Data)
        case file(URL)
    }

    /// https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpuoverview.html
    func uploadInParts(_ source: PartSource, size: Int64, sha256: String, key: String, options: PutOptions)
        throws(ObjectStoreError) -> ObjectInfo
    {
        let path = objectPath(key)
        let created = try send(
            S3Operation(
                method: "POST", path: path, query: [("uploads", "")], headers: objectHeaders(options, sha256: sha256),
                key: key))
        guard let uploadID = S3XML.parse(created.body)?.value("InitiateMultipartUploadResult/UploadId") else {
            throw .service(status: created.status, code: nil, message: "no UploadId in the multipart reply")
        }
        do throws(ObjectStoreError) {
            let etags = try sendParts(source, size: size, path: path, uploadID: uploadID, key: key)
            try complete(path: path, uploadID: uploadID, etags: etags, key: key)
        } catch {
            // Abandoned parts are billed until aborted; the abort's own failure is secondary.
            _ = try? send(S3Operation(method: "DELETE", path: path, query: [("uploadId", uploadID)], key: key))
            throw error
        }
        return ObjectInfo(
            key: key, size: size, contentType: options.contentType ?? "application/octet-stream",
            metadata: options.metadata, sha256: sha256, lastModified: environment.now())
    }

    private func sendParts(_ source: PartSource, size: Int64, path: String, uploadID: String, key: String)
        throws(ObjectStoreError) -> [String]
    {
        let partSize = Int64(configuration.partSize)
        var etags: [String] = []
        var offset: Int64 = 0
        while offset < size {
            let length = min(partSize, size - offset)
            let body: HTTPBody
            let hash: String
            switch source {
            case .bytes(let data):
                let slice = data.subdata(in: Int(offset)..<Int(offset + length))
                body = .bytes(slice)
                hash = Hashing.hex(Hashing.sha256(slice))
            case .file(let url):
                body = .file(url, offset: offset, length: length)
                hash = try fileSHA256(url, offset: offset, length: length)
            }
            let response = try send(
                S3Operation(
                    method: "PUT", path: path, query: [("partNumber", "\(etags.count + 1)"), ("uploadId", uploadID)],
                    body: body, payloadHash: hash, key: key))
            guard let etag = response.header("ETag") else {
                throw .service(status: response.status, code: nil, message: "no ETag for part \(etags.count + 1)")
            }
            etags.append(etag)
            offset += length
        }
        return etags
    }

    private func complete(path: String, uploadID: String, etags: [String], key: String) throws(ObjectStoreError) {
        let parts = etags.enumerated().map { index, etag in
            "<Part><PartNumber>\(index + 1)</PartNumber><ETag>\(xmlEscaped(etag))</ETag></Part>"
        }
        let body = Data("<CompleteMultipartUpload>\(parts.joined())</CompleteMultipartUpload>".utf8)
        let response = try send(
            S3Operation(
                method: "POST", path: path, query: [("uploadId", uploadID)],
                headers: [("Content-Type", "application/xml")], body: .bytes(body),
                payloadHash: Hashing.hex(Hashing.sha256(body)), key: key))
        // S3 may answer 200 and still report an error in the body.
        if let document = S3ErrorDocument(response.body) {
            throw error(status: response.status, document: document, key: key)
        }
    }

    private func xmlEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
