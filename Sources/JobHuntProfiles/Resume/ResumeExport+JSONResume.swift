// Renders an export as a JSON Resume document.
import Foundation
import JobHuntKernel

extension ResumeExport {
    /// The JSON Resume document for the stored rows; see docs/json-resume.md for what maps.
    package func jsonResume() -> JSONResume {
        let name = [user.firstName, user.lastName].compactMap(\.self).joined(separator: " ")
        var profiles: [JSONResume.Profile] = []
        for (network, url) in [(ResumeNetwork.linkedin, profile.linkedinURL), (.github, profile.githubURL)] {
            guard let url else { continue }
            profiles.append(.init(network: network.displayName, username: ResumeNetwork.username(in: url), url: url))
        }
        var location: JSONResume.Location?
        if profile.locationCity != nil || profile.locationState != nil || profile.locationCountry != nil {
            let country = profile.locationCountry
            let isCode = country.map { $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isLetter } } ?? false
            location = .init(
                city: profile.locationCity, countryCode: isCode ? country : nil, country: isCode ? nil : country,
                region: profile.locationState)
        }
        let basics = JSONResume.Basics(
            name: name.isEmpty ? nil : name, label: profile.currentTitle, email: user.email, phone: profile.phone,
            url: profile.portfolioURL, summary: profile.summary, location: location,
            profiles: profiles.isEmpty ? nil : profiles)
        let work = orderedExperiences.map { row in
            JSONResume.Work(
                name: row.companyName, position: row.jobTitle, startDate: row.startDate.description,
                endDate: row.endDate?.description, summary: row.description,
                highlights: row.achievements.isEmpty ? nil : row.achievements,
                keywords: row.technologiesUsed.isEmpty ? nil : row.technologiesUsed)
        }
        let skillRows = skills.filter { $0.category != .language && $0.category != .certification }
        let languageRows = skills.filter { $0.category == .language }
        let certificateRows = skills.filter { $0.category == .certification }
        return JSONResume(
            schema: JSONResume.schemaURL, basics: basics, work: work.isEmpty ? nil : work,
            certificates: certificateRows.isEmpty ? nil : certificateRows.map { .init(name: $0.name) },
            skills: skillRows.isEmpty ? nil : skillRows.map { .init(name: $0.name, level: $0.level?.resumeLevel) },
            languages: languageRows.isEmpty
                ? nil : languageRows.map { .init(language: $0.name, fluency: $0.level?.fluency) },
            meta: .init(version: "v1.0.0", lastModified: lastModified.map(ResumeExport.timestamp)))
    }

    /// The document as pretty-printed JSON with sorted keys.
    package func jsonResumeData() -> Data { ResumeExport.encode(jsonResume()) }

    /// `meta.lastModified` as ISO 8601 UTC to the second ("2026-11-25T08:00:00Z").
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
