// Renders an export as a readable Markdown résumé: name, title, contact line, summary,
// experience with dates and bullets, skills grouped by category.
import Foundation
import JobHuntKernel
import JobHuntSkills

extension ResumeExport {
    /// `--format markdown`. Text from the person is escaped so a `*` or `_` in a summary
    /// stays a character; month names are English whatever the locale, so the output is
    /// the same on every machine.
    package func markdown() -> String {
        var blocks: [String] = []
        let name = [user.firstName, user.lastName].compactMap(\.self).joined(separator: " ")
        blocks.append("# \(name.isEmpty ? "Résumé" : MarkdownText.escape(name))")
        if let title = profile.currentTitle { blocks.append("**\(MarkdownText.escape(title))**") }
        let contact = contactLine()
        if !contact.isEmpty { blocks.append(contact) }
        if let summary = profile.summary { blocks.append("## Summary\n\n\(MarkdownText.paragraphs(summary))") }
        if !experiences.isEmpty {
            blocks.append("## Experience")
            blocks.append(contentsOf: orderedExperiences.map(experienceBlock))
        }
        if !skills.isEmpty { blocks.append("## Skills\n\n" + skillLines().joined(separator: "\n")) }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private func contactLine() -> String {
        let place = [profile.locationCity, profile.locationState, profile.locationCountry].compactMap(\.self)
        var parts: [String] = []
        if let email = user.email { parts.append(email) }
        if let phone = profile.phone { parts.append(MarkdownText.escape(phone)) }
        if !place.isEmpty { parts.append(MarkdownText.escape(place.joined(separator: ", "))) }
        if let url = profile.portfolioURL { parts.append("<\(url)>") }
        if let url = profile.linkedinURL { parts.append("[LinkedIn](<\(url)>)") }
        if let url = profile.githubURL { parts.append("[GitHub](<\(url)>)") }
        return MarkdownText.blockStart(parts.joined(separator: " · "))
    }

    private func experienceBlock(_ row: ResumeExperience) -> String {
        let end = row.endDate.map(ResumeExport.monthYear) ?? "present"
        var lines = [
            "### \(MarkdownText.escape(row.jobTitle)) — \(MarkdownText.escape(row.companyName))", "",
            "*\(ResumeExport.monthYear(row.startDate)) – \(end)*",
        ]
        if let description = row.description { lines += ["", MarkdownText.paragraphs(description)] }
        if !row.achievements.isEmpty {
            lines.append("")
            lines += row.achievements.map { "- \(MarkdownText.line(MarkdownText.oneLine($0)))" }
        }
        if !row.technologiesUsed.isEmpty {
            lines += ["", "Technologies: \(row.technologiesUsed.map(MarkdownText.escape).joined(separator: ", "))"]
        }
        return lines.joined(separator: "\n")
    }

    /// One line per category in a fixed order, names sorted, levels in brackets.
    private func skillLines() -> [String] {
        let groups: [(SkillCategory?, String)] = [
            (.technical, "Technical"), (.soft, "Soft skills"), (.language, "Languages"),
            (.certification, "Certifications"), (nil, "Other"),
        ]
        return groups.compactMap { category, heading in
            let members = skills.filter { $0.category == category }
                .sorted { $0.name.lowercased() < $1.name.lowercased() }
            guard !members.isEmpty else { return nil }
            let names = members.map { skill in
                MarkdownText.escape(skill.name) + (skill.level.map { " (\($0.rawValue))" } ?? "")
            }
            return "- **\(heading):** \(names.joined(separator: ", "))"
        }
    }
}

extension ResumeExport {
    private static let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    /// "Jan 2020".
    static func monthYear(_ day: CalendarDate) -> String { "\(months[day.month - 1]) \(day.year)" }
}
