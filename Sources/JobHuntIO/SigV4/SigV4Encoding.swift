// The encodings SigV4 canonicalisation needs: RFC 3986 percent-encoding, paths, queries, timestamps.
import Foundation

/// Canonical forms from https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
public enum SigV4Encoding {
    private static let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~".utf8)
    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// Percent-encodes every byte except RFC 3986 unreserved ones, with upper-case hex;
    /// `/` is kept when `keepSlash` (paths) and encoded otherwise (query parts).
    public static func encode(_ text: String, keepSlash: Bool = false) -> String {
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if unreserved.contains(byte) || (keepSlash && byte == UInt8(ascii: "/")) {
                out.append(byte)
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0x0f)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Undoes `%XX` escapes; text that is not valid escaped UTF-8 is returned unchanged.
    public static func decode(_ text: String) -> String {
        text.removingPercentEncoding ?? text
    }

    /// The canonical URI. S3 signs the path as sent (`normalize: false`); other services
    /// first remove dot segments and repeated slashes.
    public static func canonicalPath(_ path: String, normalize: Bool) -> String {
        let raw = path.isEmpty ? "/" : path
        var segments = raw.split(separator: "/", omittingEmptySubsequences: false).map { decode(String($0)) }
        if normalize {
            let trailingSlash = raw.hasSuffix("/") || raw.hasSuffix("/.") || raw.hasSuffix("/..")
            var stack: [String] = []
            for segment in segments {
                switch segment {
                case "", ".": continue
                case "..": _ = stack.popLast()
                default: stack.append(segment)
                }
            }
            segments = [""] + stack + (trailingSlash && !stack.isEmpty ? [""] : [])
            if stack.isEmpty { return "/" }
        }
        return segments.map { encode($0) }.joined(separator: "/")
    }

    /// Splits a raw query string into decoded pairs; a parameter without `=` has an empty value.
    public static func parseQuery(_ query: String) -> [(name: String, value: String)] {
        query.split(separator: "&", omittingEmptySubsequences: true).map { part in
            if let equals = part.firstIndex(of: "=") {
                return (decode(String(part[..<equals])), decode(String(part[part.index(after: equals)...])))
            }
            return (decode(String(part)), "")
        }
    }

    /// The canonical query: each name and value encoded, sorted by name then value, every
    /// parameter written `name=value` even when the value is empty.
    public static func canonicalQuery(_ parameters: [(name: String, value: String)]) -> String {
        let encoded: [(String, String)] = parameters.map { (encode($0.name), encode($0.value)) }
        let sorted = encoded.sorted { left, right in left.0 == right.0 ? left.1 < right.1 : left.0 < right.0 }
        return sorted.map { "\($0.0)=\($0.1)" }.joined(separator: "&")
    }

    /// `20150830T123600Z`, the form of `X-Amz-Date`.
    public static func timestamp(_ date: Date) -> String {
        var time = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&time, &parts)
        return String(
            format: "%04d%02d%02dT%02d%02d%02dZ", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday,
            parts.tm_hour, parts.tm_min, parts.tm_sec)
    }
}
