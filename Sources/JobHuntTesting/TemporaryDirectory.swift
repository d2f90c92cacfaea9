// A fresh directory per test, removed when the value is released, so tests
// never share files and never write outside a temp folder.
import Foundation

/// A uniquely named directory under the system temp folder.
package final class TemporaryDirectory: @unchecked Sendable {
    package let url: URL

    package init(prefix: String = "jobhunt-test") throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    package var path: String { url.path }

    package func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    deinit { try? FileManager.default.removeItem(at: url) }
}
