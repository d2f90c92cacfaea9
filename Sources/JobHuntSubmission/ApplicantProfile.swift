// The person as an application form asks for them: the account's name and
// e-mail, the profile's phone (decrypted), place and links, the current
// employer, and the résumé written to a private file for the upload.
import Foundation
import JobHuntBrowser
internal import JobHuntDatabase
import JobHuntKernel
import JobHuntProfiles

/// Builds the `ApplicantForm` a filler types from.
struct ApplicantProfile {
    let services: Services

    func form(for plan: SubmissionPlan, files: TemporaryFiles) throws -> ApplicantForm {
        guard let user = plan.sender else { preconditionFailure("prepare sets the sender") }
        let db = try services.store.database()
        let profile = try ProfileService(services: services).profile(for: ActingUser(user: user, sessionID: nil))
        let company = try db.queryOne(
            """
            SELECT company_name FROM user_experiences WHERE user_id = \(plan.application.userID) AND is_current = \(true)
            ORDER BY start_date DESC LIMIT 1
            """
        ).map { try $0.get("company_name", as: String.self) }
        let place = [profile.locationCity, profile.locationState, profile.locationCountry].compactMap { $0 }
            .filter { !$0.isEmpty }.joined(separator: ", ")
        var resumePath: String?
        if let resume = plan.document(.resume) { resumePath = try files.write(resume.data, named: resume.filename) }
        // The letter's text fills a text box and goes up as a .txt where a file is
        // wanted; the PDF only when there is no text.
        var letter: ApplicantForm.CoverLetter?
        if let cover = plan.document(.coverLetter) {
            if let text = cover.text, !text.isEmpty {
                letter = .text(text)
            } else {
                letter = .file(path: try files.write(cover.data, named: cover.filename))
            }
        }
        let fallbackName = SubmissionService.name(of: user).split(separator: " ").map(String.init)
        return ApplicantForm(
            firstName: user.firstName ?? fallbackName.first ?? "",
            lastName: user.lastName ?? fallbackName.dropFirst().joined(separator: " "), email: user.email,
            phone: profile.phone, location: place.isEmpty ? nil : place, currentCompany: company,
            linkedIn: profile.linkedinURL, website: profile.portfolioURL, github: profile.githubURL,
            resumePath: resumePath, coverLetter: letter, answers: plan.answers)
    }
}

/// A private (0700) folder for the files a form uploads, removed after the run.
final class TemporaryFiles {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "jobhunt-submit-\(UUID().uuidString.lowercased())", isDirectory: true)
        try FileManager.default.createDirectory(
            at: url, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
    }

    /// Writes `data` as `name` in ASCII (0600); returns its path.
    func write(_ data: Data, named name: String) throws -> String {
        let file = url.appendingPathComponent(Self.asciiName(name))
        guard FileManager.default.createFile(atPath: file.path, contents: data, attributes: [.posixPermissions: 0o600])
        else {
            throw JobHuntError.submissionIncomplete(
                "resume", "cannot write a temporary copy to \(file.path)", remedy: "check the temporary folder")
        }
        return file.path
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    /// `Resume - Zoë Ørsted.pdf` → `Resume - Zoe Orsted.pdf`: chromedriver
    /// started under a C locale (cron, a bare environment) cannot find a file
    /// whose path is not ASCII, and the name is what the employer sees.
    static func asciiName(_ name: String) -> String {
        let letters: [Character: String] = [
            "Ø": "O", "ø": "o", "Æ": "AE", "æ": "ae", "ß": "ss", "Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Œ": "OE",
            "œ": "oe", "Þ": "Th", "þ": "th",
        ]
        let folded = name.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        var ascii = ""
        for character in folded {
            if let replacement = letters[character] {
                ascii += replacement
            } else if character.isASCII, character != "/", !(character.asciiValue.map { $0 < 0x20 } ?? true) {
                ascii.append(character)
            }
        }
        return ascii.trimmingCharacters(in: .whitespaces).isEmpty ? "document" : ascii
    }
}
