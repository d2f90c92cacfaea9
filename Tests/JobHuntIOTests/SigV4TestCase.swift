// One case of AWS's SigV4 test suite: the raw request parsed, and the expected outputs read as bytes.
import Foundation
import Testing

struct SigV4TestCase: CustomTestStringConvertible, Sendable {
    let name: String
    let folder: URL
    let method: String
    let target: String
    /// Header lines as written, continuation lines folded into their header's value.
    let headerLines: [String]
    let headers: [(name: String, value: String)]
    let body: String

    var testDescription: String { name }

    func expected(_ suffix: String) throws -> String {
        let base = (name as NSString).lastPathComponent
        return try String(contentsOf: folder.appendingPathComponent("\(base).\(suffix)"), encoding: .utf8)
    }

    /// Every `.req` below the suite folder, sorted by relative name.
    static func all(in root: URL) -> [SigV4TestCase] {
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var cases: [SigV4TestCase] = []
        for case let url as URL in walker where url.pathExtension == "req" {
            let relative = url.deletingPathExtension().path.replacingOccurrences(of: root.path + "/", with: "")
            let parentName = url.deletingLastPathComponent().lastPathComponent
            let name =
                relative.hasSuffix("\(parentName)/\(parentName)")
                ? String(relative.dropLast(parentName.count + 1)) : relative
            if let text = try? String(contentsOf: url, encoding: .utf8) {
                cases.append(parse(name: name, folder: url.deletingLastPathComponent(), text: text))
            }
        }
        return cases.sorted { $0.name < $1.name }
    }

    /// `METHOD SP target SP HTTP/1.1`; the target may hold spaces (normalize-path/get-space).
    static func parse(name: String, folder: URL, text: String) -> SigV4TestCase {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let requestLine = lines[0]
        let firstSpace = requestLine.firstIndex(of: " ")!
        let lastSpace = requestLine.lastIndex(of: " ")!
        var headerLines: [String] = []
        var headers: [(name: String, value: String)] = []
        var index = 1
        while index < lines.count, !lines[index].isEmpty {
            let line = lines[index]
            headerLines.append(line)
            if line.first == " " || line.first == "\t", !headers.isEmpty {
                headers[headers.count - 1].value += " " + line.trimmingCharacters(in: .whitespaces)
            } else if let colon = line.firstIndex(of: ":") {
                headers.append((String(line[..<colon]), String(line[line.index(after: colon)...])))
            }
            index += 1
        }
        let body = index < lines.count ? lines[(index + 1)...].joined(separator: "\n") : ""
        return SigV4TestCase(
            name: name, folder: folder, method: String(requestLine[..<firstSpace]),
            target: String(requestLine[requestLine.index(after: firstSpace)..<lastSpace]),
            headerLines: headerLines, headers: headers, body: body)
    }
}
