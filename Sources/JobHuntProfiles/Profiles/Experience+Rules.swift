// The rules a job in the work history must pass: the seed's `valid_date_range`,
// "current means no end date", the column lengths, and tidy lists.
import Foundation
import JobHuntKernel
import JobHuntSkills

extension Experience {
    /// Reads `YYYY-MM-DD`, or `YYYY-MM` meaning the 1st of that month (how
    /// resumes give dates). `field` names the value in the error.
    package static func date(from text: String, field: String) throws -> CalendarDate {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let day = CalendarDate(trimmed) { return day }
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            let day = CalendarDate("\(trimmed)-01")
        {
            return day
        }
        throw JobHuntError.profileInvalid(
            field, "'\(text)' is not a date", remedy: "use YYYY-MM or YYYY-MM-DD, e.g. 2021-03 or 2021-03-15")
    }

    /// This job with its text trimmed and its lists tidied, or the first rule it breaks.
    func checked(today: CalendarDate) throws -> Experience {
        var job = self
        job.companyName = try ProfileRules.line(companyName, field: "company_name", limit: 200)
        job.jobTitle = try ProfileRules.line(jobTitle, field: "job_title", limit: 200)
        job.description = try description.map { try ProfileRules.block($0, field: "description") }
        job.achievements = try achievements.map { try ProfileRules.block($0, field: "achievements", limit: 1000) }
        guard job.achievements.count <= 50 else {
            throw JobHuntError.profileInvalid("achievements", "has \(achievements.count) entries, more than 50")
        }
        job.technologies = try Self.tidyTechnologies(technologies)
        try job.checkDates(today: today)
        return job
    }

    private func checkDates(today: CalendarDate) throws {
        guard startDate.year >= 1900 else {
            throw JobHuntError.profileInvalid("start_date", "\(startDate) is before 1900", remedy: "check the year")
        }
        if isCurrent, endDate != nil {
            throw JobHuntError(
                .profileConflict, field: "end_date", "a current job has no end date",
                remedy: "give either an end date or current, not both")
        }
        if let endDate, endDate < startDate {
            throw JobHuntError.profileInvalid(
                "end_date", "\(endDate) is before the start date, \(startDate)", remedy: "check both dates")
        }
        if !isCurrent, endDate == nil {
            throw JobHuntError.profileInvalid(
                "end_date", "a past job needs an end date", remedy: "give its end date, or mark it current")
        }
        // valid_date_range: an open-ended job cannot start in the future.
        if endDate == nil, startDate > today {
            throw JobHuntError.profileInvalid(
                "start_date", "\(startDate) is in the future for a current job",
                remedy: "add it once it has started, or check the year")
        }
    }

    /// Canonical names for known technologies, blanks collapsed, duplicates
    /// (in any case or alias) dropped, order kept.
    static func tidyTechnologies(_ names: [String]) throws -> [String] {
        let taxonomy = SkillTaxonomy.standard
        var seen = Set<String>()
        var tidy: [String] = []
        for name in names {
            let line = try ProfileRules.line(name, field: "technologies_used", limit: 100)
            let stored = taxonomy.storedName(for: line)
            if seen.insert(taxonomy.key(for: stored)).inserted { tidy.append(stored) }
        }
        guard tidy.count <= 100 else {
            throw JobHuntError.profileInvalid("technologies_used", "has \(tidy.count) entries, more than 100")
        }
        return tidy
    }
}
