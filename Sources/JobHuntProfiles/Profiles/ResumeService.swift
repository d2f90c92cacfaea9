// `profile resume FILE`: stores a resume file in the object store under the
// acting user's namespace and keeps its text in `user_profiles.resume_text`.
import Foundation
internal import JobHuntDatabase
internal import JobHuntIO
import JobHuntKernel

/// Stores and reads back the acting user's resume file.
///
/// The file goes to `users/<id>/resume/<name>` in the configured object store
/// (local directory or S3), its URL to `user_profiles.resume_file_url` and its
/// text to `resume_text`, which `skills suggest` and matching read. A new file
/// replaces the old one, whose object is deleted when its name differs.
package struct ResumeService {
    let services: Services
    let tools: ResumeDocumentTools
    /// Resumes are a few pages; anything bigger is almost surely the wrong file.
    package let maximumSize: Int
    package static let defaultMaximumSize = 10 * 1024 * 1024
    /// The seed's `resume_file_url VARCHAR(500)`.
    static let maximumURLLength = 500

    package init(
        services: Services, tools: ResumeDocumentTools = ResumeDocumentTools(), maximumSize: Int = defaultMaximumSize
    ) {
        self.services = services
        self.tools = tools
        self.maximumSize = maximumSize
    }

    /// Checks, extracts and stores `file` as the acting user's resume.
    @discardableResult
    package func store(_ file: URL, for actor: ActingUser) throws -> ResumeInfo {
        let userID = actor.user.id
        let data = try read(file)
        let type = try ResumeFileType.sniff(data, fileName: file.lastPathComponent)
        let text = try ResumeTextExtractor(tools: tools, runner: services.processRunner).text(
            of: file, data: data, type: type)
        let objects = try services.objectStore()
        let cache = try services.cache()
        let db = try services.store.database()
        let key = ObjectKey.user(userID, "resume/" + Self.objectName(file.lastPathComponent))
        let url = try objects.location(of: key).description
        guard url.count <= Self.maximumURLLength else {
            throw JobHuntError(
                .resumeUnreadable, "the stored file's URL would be longer than \(Self.maximumURLLength) characters",
                remedy: "give the file a shorter name")
        }
        let previous = try db.scalar(
            "SELECT resume_file_url FROM user_profiles WHERE user_id = \(userID)", as: String.self)
        let stored = try objects.put(
            data, key: key, options: PutOptions(contentType: type.contentType, metadata: ["resume-type": type.rawValue])
        )
        do {
            // One statement, so no transaction: the profile row is created or updated whole.
            let now = services.now()
            let stamp = SQL.bindOnce(now)  // created_at and updated_at: one instant, bound once
            try db.execute(
                """
                INSERT INTO user_profiles (id, user_id, resume_file_url, resume_text, created_at, updated_at)
                VALUES (\(UUID()), \(userID), \(url), \(text), \(sql: stamp), \(sql: stamp))
                ON CONFLICT (user_id) DO UPDATE SET resume_file_url = excluded.resume_file_url,
                    resume_text = excluded.resume_text, updated_at = excluded.updated_at
                """)
        } catch {
            if previous != url { try? objects.delete(key: key) }
            throw error
        }
        if let previous, previous != url, let oldKey = Self.key(in: previous, userID: userID) {
            do { try objects.delete(key: oldKey) } catch {
                services.warn("the previous resume \(previous) could not be deleted: \(error.localizedDescription)")
            }
        }
        cache.delete(.userProfile(userID))
        cache.delete(.jobRecommendations(userID))
        return ResumeInfo(url: url, size: stored.size, type: type, text: text)
    }

    /// The acting user's stored resume, or nil when there is neither a file nor text.
    package func current(for actor: ActingUser) throws -> ResumeInfo? {
        let userID = actor.user.id
        guard
            let row = try services.store.database().queryOne(
                "SELECT resume_file_url, resume_text FROM user_profiles WHERE user_id = \(userID)")
        else { return nil }
        let url = try row.optional("resume_file_url", as: String.self)
        let text = try row.optional("resume_text", as: String.self)
        guard url != nil || text != nil else { return nil }
        var info = ResumeInfo(url: url, size: nil, type: nil, text: text ?? "")
        if let url, let key = Self.key(in: url, userID: userID) {
            let head = try services.objectStore().head(key: key)
            info.size = head.size
            info.type = head.metadata["resume-type"].flatMap(ResumeFileType.init(rawValue:))
        }
        return info
    }

    /// The file's bytes, refusing directories, empty files and files over the limit
    /// (read with a cap, so a growing file or a device cannot exhaust memory).
    func read(_ file: URL) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory), !isDirectory.boolValue
        else {
            throw JobHuntError(
                .resumeUnreadable, "\(file.path) is not a file", remedy: "give the path of your resume file")
        }
        let data: Data
        do {
            let handle = try FileHandle(forReadingFrom: file)
            defer { try? handle.close() }
            data = try handle.read(upToCount: maximumSize + 1) ?? Data()
        } catch {
            throw JobHuntError(
                .resumeUnreadable, "cannot read \(file.path): \(error.localizedDescription)",
                remedy: "check its permissions")
        }
        guard data.count <= maximumSize else {
            throw JobHuntError(
                .resumeTooLarge, "\(file.lastPathComponent) is larger than \(maximumSize / 1024 / 1024) MiB",
                remedy: "give a smaller file: export the resume without embedded images")
        }
        guard !data.isEmpty else {
            throw JobHuntError(
                .resumeEmpty, "\(file.lastPathComponent) is empty", remedy: "give the file your resume is in")
        }
        return data
    }

    /// A key-safe file name: ASCII letters, digits, `.`, `_` and `-`, other runs as one `-`.
    static func objectName(_ fileName: String) -> String {
        var name = ""
        for scalar in fileName.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) || "._-".unicodeScalars.contains(scalar) {
                name.unicodeScalars.append(scalar)
            } else if !name.hasSuffix("-") {
                name += "-"
            }
        }
        name = String(name.drop(while: { $0 == "." || $0 == "-" }).prefix(100))
        return name.isEmpty ? "resume" : name
    }

    /// The key a stored URL points at, only when it is inside this user's resume folder.
    static func key(in url: String, userID: UUID) -> String? {
        let folder = ObjectKey.user(userID, "resume/")
        let decoded = url.hasPrefix("file://") ? (url.removingPercentEncoding ?? url) : url
        guard let range = decoded.range(of: folder) else { return nil }
        let key = String(decoded[range.lowerBound...])
        return key.count > folder.count && !key.dropFirst(folder.count).contains("/") ? key : nil
    }
}
