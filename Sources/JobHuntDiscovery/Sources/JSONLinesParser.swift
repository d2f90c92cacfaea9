// Reads jobhunt's own `file:` import format: JSON Lines, one posting object per line.
import Foundation
import JobHuntKernel

/// `file:PATH` — one JSON object per line, keys mirroring `RawPosting` in snake_case
/// (documented in `docs/sources.md`).
///
/// Being our own format it is read strictly: a line that is not an object, lacks
/// `url` or `title`, or has a field of the wrong type is reported with its line
/// number, and the other lines load. Unknown keys are ignored so files written by
/// a newer version still import. Blank lines are skipped.
package struct JSONLinesParser: RecordSplittingParser {
    package init() {}

    package func parse(_ data: Data, context: SourceContext) throws -> SourceParseResult {
        try lines(data).all()
    }

    /// Every line with content is a record: the file is split into lines first (the only
    /// document-level check, an array where lines were expected, comes before any record).
    package func records(_ data: Data, context: SourceContext) throws -> SourceRecords? { try lines(data) }

    private func lines(_ data: Data) throws -> SourceRecords {
        var lines: [(number: Int, bytes: Range<Data.Index>)] = []
        var lineNumber = 0
        var sawContent = false
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            var bytes = line[...]
            if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
            guard let first = bytes.first(where: { $0 != 0x20 && $0 != 0x09 }) else { continue }
            if !sawContent, first == UInt8(ascii: "[") {
                throw JobHuntError.sourceUnreadable(
                    source: "file", reason: "expected JSON Lines (one object per line), not an array")
            }
            sawContent = true
            lines.append((lineNumber, bytes.startIndex..<bytes.endIndex))
        }
        return SourceRecords(count: lines.count) { [lines] index in
            let (number, range) = lines[index]
            let object = try? JSONSerialization.jsonObject(with: Data(data[range])) as? JSONObject
            return RecordCollector.read(position: number, recordID: object?.text("external_id")) {
                guard let object else { throw RecordError("not a JSON object") }
                return try JSONLinesRecord(object: object).posting()
            }
        }
    }
}

/// One line's object, read field by field with type checks that name the field.
struct JSONLinesRecord {
    var object: JSONObject

    func posting() throws -> RawPosting {
        var posting = RawPosting(
            sourcePlatform: try string("source_platform") ?? "file", externalID: try identifier(),
            url: try string("url") ?? "", applyURL: try string("apply_url"), title: try string("title") ?? "",
            companyName: try string("company"), companyDomain: try string("company_domain"),
            companyLogoURL: try string("company_logo_url"), companyDescription: try string("company_description"),
            descriptionHTML: try string("description_html"), descriptionText: try string("description"))
        posting.locations = try strings("locations")
        posting.addresses = try addresses()
        posting.workplace = try string("workplace")
        posting.isRemote = try flag("is_remote")
        posting.employmentType = try string("employment_type")
        posting.experienceLevel = try string("experience_level")
        posting.salary = try salary()
        // A date that cannot be ("2026-04-31", "last week") costs the date, not the posting.
        posting.postedAt = posting.date(try string("posted_at"), field: "posted_at", SourceDate.flexible)
        posting.expiresAt = posting.date(try string("expires_at"), field: "expires_at", SourceDate.flexible)
        posting.departments = try strings("departments")
        posting.tags = try strings("tags")
        return posting
    }

    private func present(_ key: String) -> Any? {
        guard let value = object[key], !(value is NSNull) else { return nil }
        return value
    }

    private func string(_ key: String) throws -> String? {
        guard let value = present(key) else { return nil }
        guard let text = value as? String else { throw RecordError("\"\(key)\" must be a string") }
        return text.isEmpty ? nil : text
    }

    private func identifier() throws -> String? {
        guard present("external_id") != nil else { return nil }
        guard let text = object.text("external_id") else { throw RecordError("\"external_id\" must be a string") }
        return text
    }

    /// A list of strings, or one string as a one-element list.
    private func strings(_ key: String) throws -> [String] {
        guard let value = present(key) else { return [] }
        if let one = value as? String { return [one] }
        guard let list = value as? [Any], let texts = list as? [String] else {
            throw RecordError("\"\(key)\" must be a string or a list of strings")
        }
        return texts
    }

    private func flag(_ key: String) throws -> Bool? {
        guard present(key) != nil else { return nil }
        guard let value = object.bool(key) else { throw RecordError("\"\(key)\" must be true or false") }
        return value
    }

    private func number(_ key: String) throws -> Decimal? {
        guard let value = present(key) else { return nil }
        guard let number = JSONNumber.decimal(value) else { throw RecordError("\"\(key)\" must be a number") }
        return number
    }

    private func salary() throws -> RawSalary? {
        let salary = RawSalary(
            minimum: try number("salary_min"), maximum: try number("salary_max"),
            currency: try string("salary_currency"), period: try string("salary_period"),
            isWithheld: try flag("salary_withheld") ?? false)
        return salary == RawSalary() ? nil : salary
    }

    private func addresses() throws -> [RawAddress] {
        guard let value = present("addresses") else { return [] }
        guard let list = value as? [Any] else { throw RecordError("\"addresses\" must be a list of objects") }
        return try list.map { element in
            guard let address = element as? JSONObject else {
                throw RecordError("\"addresses\" must be a list of objects")
            }
            return RawAddress(
                city: address.text("city"), region: address.text("region"), country: address.text("country"))
        }
    }
}
