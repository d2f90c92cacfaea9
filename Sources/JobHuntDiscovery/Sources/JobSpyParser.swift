// Reads a JobSpy CSV export (its 34 columns, written with QUOTE_NONNUMERIC and escapechar `\`).
import Foundation
import JobHuntKernel

/// `jobspy:FILE` — the CSV that `speedyapply/JobSpy`'s README writes.
///
/// Columns are found by header name, so a reordered or trimmed export still
/// reads. Each row's `site` (`linkedin`, `indeed`, …) becomes `sourcePlatform`.
/// The description is Markdown, kept as given in `descriptionText` (with the
/// CSV layer's doubled backslashes undone, so `C\+\+` is what markdownify wrote).
/// `is_remote` is `True`/`False`/empty (nil); empty strings count as absent.
/// `problems` count data rows from 1 (the header is not counted).
package struct JobSpyParser: SourceParser {
    package init() {}

    /// Older JobSpy versions write no `id` column: rows are then keyed by `job_url` (per site).
    static let requiredColumns = ["site", "job_url", "title"]

    package func parse(_ data: Data, context: SourceContext) throws -> SourceParseResult {
        var notes: [String] = []
        let utf8: Data
        switch TextEncoding.verdict(data) {
        case .utf8:
            utf8 = data
        case .singleByte(let text):
            // A spreadsheet's Windows-1252/Latin-1 save: every high byte stands alone, so the bytes say so.
            utf8 = Data(text.utf8)
            notes.append("the file is not UTF-8; read as Windows-1252")
        case .invalid(let line):
            throw JobHuntError.sourceUnreadable(
                source: "jobspy",
                reason: "line \(line) is not valid UTF-8 and the file mixes encodings (save it as UTF-8 and retry)")
        }
        var reader = CSVReader(utf8, escape: UInt8(ascii: "\\"))
        let header: [String]
        do {
            header = try reader.next() ?? []
        } catch {
            throw JobHuntError.sourceUnreadable(source: "jobspy", reason: "the header row has an unclosed quote")
        }
        var columns: [String: Int] = [:]
        for (offset, name) in header.enumerated() { columns[name] = offset }
        let missing = Self.requiredColumns.filter { columns[$0] == nil }
        guard missing.isEmpty else {
            throw JobHuntError.sourceUnreadable(
                source: "jobspy", reason: "expected a header with " + missing.joined(separator: ", ") + " columns")
        }
        var collector = RecordCollector()
        var position = 0
        while true {
            position += 1
            let fields: [String]
            do {
                guard let next = try reader.next() else { break }
                fields = next
            } catch let error as RecordError {
                collector.report(position: position, reason: error.reason)
                break
            }
            if fields == [""] { continue }  // a blank line, such as a trailing one
            let row = Row(fields: fields, columns: columns)
            collector.add(position: position, recordID: row["id"]) {
                guard fields.count == header.count else {
                    throw RecordError("has \(fields.count) fields where the header has \(header.count)")
                }
                return try posting(row)
            }
        }
        var result = collector.result
        result.notes = notes
        return result
    }

    private func posting(_ row: Row) throws -> RawPosting {
        guard let site = row["site"] else { throw RecordError("no \"site\"") }
        var posting = RawPosting(
            sourcePlatform: site, externalID: row["id"] ?? row["job_url"], url: row["job_url"] ?? "",
            applyURL: row["job_url_direct"], title: TextEncoding.repairingMojibake(row["title"] ?? ""),
            companyName: row["company"].map(TextEncoding.repairingMojibake),
            companyDomain: SourceURL.domain(row["company_url_direct"]), companyLogoURL: row["company_logo"],
            companyDescription: row["company_description"], descriptionText: row["description"])
        // Names garbled by a double decode upstream ("GdaÅsk") are repaired when the bytes show it.
        if let location = row["location"] { posting.locations = [TextEncoding.repairingMojibake(location)] }
        posting.employmentType = row["job_type"]
        posting.experienceLevel = row["job_level"]
        posting.isRemote = row["is_remote"].flatMap { ["true": true, "false": false][$0.lowercased()] }
        // JobSpy writes ISO days; anything else ("2026-02-30", "yesterday") is left out, with a word.
        posting.postedAt = posting.date(row["date_posted"], field: "date_posted", SourceDate.iso8601)
        let minimum = JSONNumber.decimal(row["min_amount"])
        let maximum = JSONNumber.decimal(row["max_amount"])
        if minimum != nil || maximum != nil {
            posting.salary = RawSalary(
                minimum: minimum, maximum: maximum, currency: row["currency"], period: row["interval"])
        }
        return posting
    }

    /// One data row addressed by column name; blank cells read as nil.
    private struct Row {
        var fields: [String]
        var columns: [String: Int]

        subscript(name: String) -> String? {
            guard let column = columns[name], column < fields.count else { return nil }
            let value = fields[column]
            return value.contains(where: { !$0.isWhitespace }) ? value : nil
        }
    }
}
