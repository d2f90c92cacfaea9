// The text a profile vector is computed from, and its fingerprint, so a
// stored vector is reused only while the text it came from is unchanged.
import Foundation
internal import JobHuntIO
import JobHuntKernel
import JobHuntProfiles

/// A person's profile as one text: title, summary, skills, experiences, resume.
///
/// The fingerprint is the SHA-256 (hex) of the text; `user_profiles` keeps the
/// fingerprint beside the vector (migration 012) and matching recomputes the
/// vector whenever the profile's current text has another fingerprint.
package struct ProfileDocument: Sendable, Equatable {
    package let text: String

    /// The resume text is cut here: the model reads 256 tokens, the rest of
    /// the text already says who the person is.
    static let resumeCharacters = 2_000

    package init(profile: UserProfile, skills: [UserSkill], experiences: [Experience]) {
        var parts: [String] = []
        if let title = profile.currentTitle?.trimmed, !title.isEmpty { parts.append(title) }
        if let summary = profile.summary?.trimmed, !summary.isEmpty { parts.append(summary) }
        let primaryFirst = skills.filter(\.isPrimary) + skills.filter { !$0.isPrimary }
        if !primaryFirst.isEmpty { parts.append("Skills: " + primaryFirst.map(\.skillName).joined(separator: ", ")) }
        let recentFirst = experiences.sorted {
            ($0.isCurrent ? 1 : 0, $0.startDate) > ($1.isCurrent ? 1 : 0, $1.startDate)
        }
        for experience in recentFirst {
            var line = "\(experience.jobTitle) at \(experience.companyName)"
            if !experience.technologies.isEmpty { line += " (" + experience.technologies.joined(separator: ", ") + ")" }
            if let description = experience.description?.trimmed, !description.isEmpty { line += ": " + description }
            parts.append(line)
        }
        if let resume = profile.resumeText?.trimmed, !resume.isEmpty {
            parts.append(String(resume.prefix(Self.resumeCharacters)))
        }
        text = parts.joined(separator: "\n")
    }

    /// What the person says they want, as one text: current (or target)
    /// title, the titles and keywords of the search being matched, and the
    /// summary, where people write "moving into clinical informatics". No
    /// skills and no jobs: those are the history, which the profile vector
    /// already reads. Embedded as the target vector (migration 026), which
    /// leads when a career changer's history points elsewhere.
    ///
    /// The aim read from the person's words (``StatedAim``), when the label
    /// does not already say it (``StatedAim/newAims(label:history:)``), comes
    /// beside the search's titles ("Looking for: data analyst"). When the
    /// words say a change, the label is left out if it is the job being
    /// left (``StatedAim/supersedes(label:history:)``), and so are the
    /// summary's sentences that tell that job (``StatedAim/aimSummary(_:history:)``),
    /// `history` being the person's job titles.
    package init(
        targetOf profile: UserProfile, titles: [String] = [], keywords: [String] = [], aim: StatedAim = StatedAim(),
        history: [String] = []
    ) {
        var parts: [String] = []
        let label = profile.currentTitle?.trimmed
        let superseded = aim.supersedes(label: label, history: history)
        if let label, !label.isEmpty, !superseded { parts.append(label) }
        var wanted: [String] = []
        for title in aim.newAims(label: label, history: history) + titles.map(\.trimmed) where !title.isEmpty {
            if !wanted.contains(where: { $0.lowercased() == title.lowercased() }) { wanted.append(title) }
        }
        if !wanted.isEmpty { parts.append("Looking for: " + wanted.joined(separator: ", ")) }
        let words = keywords.map(\.trimmed).filter { !$0.isEmpty }
        if !words.isEmpty { parts.append("Keywords: " + words.joined(separator: ", ")) }
        if let summary = profile.summary?.trimmed, !summary.isEmpty {
            // A label set aside is one more name of the work being left.
            let told = aim.aimSummary(summary, history: history + (superseded ? [label].compactMap { $0 } : []))
            if !told.isEmpty { parts.append(told) }
        }
        text = parts.joined(separator: "\n")
    }

    /// True when there is nothing to embed.
    package var isEmpty: Bool { text.isEmpty }

    /// SHA-256 of the text, hex.
    package var fingerprint: String { Hashing.hex(Hashing.sha256(text)) }
}

extension String {
    /// Without leading and trailing whitespace and newlines. Most values (a
    /// posting's city, a skill's name) have none: when both ends are ASCII
    /// and not blank the text is returned as it is, since Foundation's
    /// `trimmingCharacters` costs a bridge on Linux, and a cold match trims
    /// every candidate's place (1.7% of its CPU with the bridge).
    var trimmed: String {
        guard let first = utf8.first, let last = utf8.last, Self.isPlainASCII(first), Self.isPlainASCII(last) else {
            return trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return self
    }

    /// An ASCII byte outside `whitespacesAndNewlines` (tab, line feed through
    /// carriage return, space).
    private static func isPlainASCII(_ byte: UInt8) -> Bool {
        byte < 0x80 && byte != 0x20 && !(0x09...0x0D).contains(byte)
    }
}
