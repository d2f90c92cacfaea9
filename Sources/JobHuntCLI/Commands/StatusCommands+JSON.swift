// `status list --json` without JSONEncoder: 10,000 applications must print in
// well under 100 ms (scripts/bench status), and the generic encoder (or a
// tree of JSONValue) spends several times that on dictionaries, key sorting
// and small strings. This writes UTF-8 bytes into one buffer instead.
import Foundation
import JobHuntApplications
import JobHuntKernel

extension StatusCommands {
    /// The applications as a compact JSON array: per application the object
    /// `Application.encode(to:)` writes through `JSONWriter` (every column,
    /// keys sorted, instants as `2026-12-01T09:30:00Z`).
    /// `StatusEndToEndTests` checks that the two agree.
    static func json(_ applications: [Application]) -> String {
        var out = JSONBytes()
        out.bytes.reserveCapacity(applications.count * 700 + 2)
        out.array(applications) { out, application in out.application(application, due: nil) }
        return out.text
    }

    /// `status due --json`: each application with `due_follow_up` and `due_interviews`.
    static func json(_ actions: [ActionItem]) -> String {
        var out = JSONBytes()
        out.bytes.reserveCapacity(actions.count * 760 + 2)
        out.array(actions) { out, item in out.application(item.application, due: item.due) }
        return out.text
    }

    /// `status --json`: `{"actions":[…],"counts":{…},"total":N}`, keys sorted.
    static func json(_ overview: PipelineOverview) -> String {
        var out = JSONBytes()
        out.raw("{\"actions\":")
        out.array(overview.actions) { out, item in out.application(item.application, due: item.due) }
        out.raw(",\"counts\":{")
        for (index, entry) in overview.summary.counts.sorted(by: { $0.status.rawValue < $1.status.rawValue })
            .enumerated()
        {
            if index > 0 { out.raw(",") }
            out.string(entry.status.rawValue)
            out.raw(":\(entry.count)")
        }
        out.raw("},\"total\":\(overview.summary.total)}")
        return out.text
    }
}

extension JSONBytes {
    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func array<T>(_ items: [T], _ write: (inout JSONBytes, T) -> Void) {
        raw("[")
        for (index, item) in items.enumerated() {
            if index > 0 { raw(",") }
            write(&self, item)
        }
        raw("]")
    }

    /// One application's object; with `due`, its two keys in their sorted place.
    mutating func application(_ a: Application, due: DueReasons?) {
        raw("{\"application_method\":")
        string(a.applicationMethod?.rawValue)
        raw(",\"company_name\":")
        string(a.companyName)
        raw(",\"cover_letter_url\":")
        string(a.coverLetterURL)
        raw(",\"created_at\":")
        time(a.createdAt)
        if let due {
            raw(",\"due_follow_up\":")
            string(due.followUp?.description)
            raw(",\"due_interviews\":[")
            for (position, date) in due.interviews.enumerated() {
                if position > 0 { raw(",") }
                time(date)
            }
            raw("]")
        }
        raw(",\"follow_up_date\":")
        string(a.followUpDate?.description)
        raw(",\"id\":")
        uuid(a.id)
        raw(",\"interview_dates\":[")
        for (position, date) in a.interviewDates.enumerated() {
            if position > 0 { raw(",") }
            time(date)
        }
        raw("],\"job_posting_id\":")
        uuid(a.jobPostingID)
        raw(",\"job_title\":")
        string(a.jobTitle)
        raw(",\"job_url\":")
        string(a.jobURL)
        raw(",\"last_status_update\":")
        time(a.lastStatusUpdate)
        raw(",\"notes\":")
        string(a.notes)
        raw(",\"offer_details\":")
        if let details = a.offerDetails {
            raw("{")
            for (position, pair) in details.sorted(by: { $0.key < $1.key }).enumerated() {
                if position > 0 { raw(",") }
                string(pair.key)
                raw(":")
                string(pair.value)
            }
            raw("}")
        } else {
            raw("null")
        }
        raw(",\"offer_salary\":")
        raw(a.offerSalary.map(String.init) ?? "null")
        raw(",\"rejection_reason\":")
        string(a.rejectionReason)
        raw(",\"status\":")
        string(a.status.rawValue)
        raw(",\"submitted_at\":")
        time(a.submittedAt)
        raw(",\"tailored_resume_url\":")
        string(a.tailoredResumeURL)
        raw(",\"updated_at\":")
        time(a.updatedAt)
        raw(",\"user_id\":")
        uuid(a.userID)
        raw("}")
    }
}

/// A JSON document being written as UTF-8, escaped as JSONEncoder escapes
/// (`\"`, `\\`, `\n`, `\r`, `\t`, other controls as `\u00XX`; `/` as is).
struct JSONBytes {
    var bytes: [UInt8] = []

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// `"0193a4f2-…"` in lower case, as `uuidString.lowercased()` writes it
    /// (which formats through `sprintf` on Linux: 20,000 calls for a list).
    mutating func uuid(_ id: UUID?) {
        guard let id else { return raw("null") }
        let hex: StaticString = "0123456789abcdef"
        hex.withUTF8Buffer { digits in
            bytes.append(UInt8(ascii: "\""))
            withUnsafeBytes(of: id.uuid) { octets in
                for (index, octet) in octets.enumerated() {
                    if index == 4 || index == 6 || index == 8 || index == 10 { bytes.append(UInt8(ascii: "-")) }
                    bytes.append(digits[Int(octet >> 4)])
                    bytes.append(digits[Int(octet & 0x0F)])
                }
            }
            bytes.append(UInt8(ascii: "\""))
        }
    }

    /// `"2026-12-01T09:30:00Z"` (as JSONEncoder's `.iso8601` writes it), written
    /// digit by digit: no String per instant.
    mutating func time(_ date: Date?) {
        guard let date else { return raw("null") }
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let time = seconds - days * 86_400
        let (year, month, day) = ApplicationTime.civil(days)
        func two(_ value: Int) {
            bytes.append(UInt8(48 + value / 10))
            bytes.append(UInt8(48 + value % 10))
        }
        bytes.append(UInt8(ascii: "\""))
        two(year / 100)
        two(year % 100)
        bytes.append(UInt8(ascii: "-"))
        two(month)
        bytes.append(UInt8(ascii: "-"))
        two(day)
        bytes.append(UInt8(ascii: "T"))
        two(time / 3600)
        bytes.append(UInt8(ascii: ":"))
        two(time % 3600 / 60)
        bytes.append(UInt8(ascii: ":"))
        two(time % 60)
        raw("Z\"")
    }

    mutating func string(_ text: String?) {
        guard let text else { return raw("null") }
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case UInt8(ascii: "\n"): raw("\\n")
            case UInt8(ascii: "\r"): raw("\\r")
            case UInt8(ascii: "\t"): raw("\\t")
            case 0..<0x20:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
