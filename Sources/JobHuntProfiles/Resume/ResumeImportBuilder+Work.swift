// Maps `work` onto `user_experiences` rows and totals the years of experience.
import Foundation
import JobHuntKernel

extension ResumeImport {
    /// Whole years worked: the union of the positions' days (a current one runs to
    /// `today`), so overlapping jobs count once and gaps not at all, divided by 365 and
    /// rounded down. Both ends are inclusive: 2013-12-01 to 2014-11-30 is one year.
    package static func yearsOfExperience(_ experiences: [ResumeExperience], today: CalendarDate) -> Int {
        let spans = experiences.map { ($0.startDate.daysSinceEpoch, ($0.endDate ?? today).daysSinceEpoch) }
            .filter { $0.0 <= $0.1 }.sorted { $0.0 < $1.0 }
        var total = 0
        var current: (start: Int, end: Int)?
        for (start, end) in spans {
            if let open = current, start <= open.end + 1 {
                current = (open.start, max(open.end, end))
            } else {
                if let open = current { total += open.end - open.start + 1 }
                current = (start, end)
            }
        }
        if let open = current { total += open.end - open.start + 1 }
        return total / 365
    }
}

extension ResumeImportBuilder {
    mutating func experiences(_ work: [JSONResume.Work]) -> [ResumeExperience] {
        var rows: [ResumeExperience] = []
        for (index, entry) in work.enumerated() {
            let path = "work[\(index)]"
            let company = required(entry.name, at: "\(path).name", limit: ResumeLimits.company)
            let title = required(entry.position, at: "\(path).position", limit: ResumeLimits.title)
            let start = date(entry.startDate, at: "\(path).startDate")
            if start == nil && text(entry.startDate, at: "\(path).startDate") == nil {
                fail("\(path).startDate", "missing")
            }
            let end = date(entry.endDate, at: "\(path).endDate", end: true)
            if let start, let end, end < start {
                fail("\(path).endDate", "before startDate")
            }
            let hasEnd = text(entry.endDate, at: "\(path).endDate") != nil
            if let start, !hasEnd, start > today {
                fail("\(path).startDate", "after today for a current position (give an endDate)")
            }
            guard let company, let title, let start, end != nil || !hasEnd else { continue }
            let highlights = (entry.highlights ?? []).compactMap { text($0, at: "\(path).highlights") }
            rows.append(
                ResumeExperience(
                    companyName: company, jobTitle: title, startDate: start, endDate: end, isCurrent: end == nil,
                    description: text(entry.summary, at: "\(path).summary"), achievements: highlights,
                    technologiesUsed: technologies(entry.keywords ?? [])))
        }
        return rows
    }

    /// The total for `user_profiles.years_experience`; nil without any work entries so an
    /// import does not claim zero years for a résumé that simply lists none.
    mutating func yearsExperience(_ experiences: [ResumeExperience], worked: Bool) -> Int? {
        guard worked, issues.isEmpty else { return nil }
        let years = ResumeImport.yearsOfExperience(experiences, today: today)
        if years > ResumeLimits.years {
            fail("work", "adds up to \(years) years of experience, more than \(ResumeLimits.years)")
            return nil
        }
        return years
    }

    /// Technologies under their canonical names, each once.
    private func technologies(_ keywords: [String]) -> [String] {
        var seen: Set<String> = []
        var names: [String] = []
        for keyword in keywords {
            let name = taxonomy.storedName(for: keyword)
            guard !name.isEmpty, seen.insert(taxonomy.key(for: name)).inserted else { continue }
            names.append(name)
        }
        return names
    }
}
