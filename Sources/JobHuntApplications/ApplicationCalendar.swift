// `status export --ics`: the user's interviews and follow-ups as an RFC 5545
// iCalendar, with UIDs that stay the same across exports so a calendar that
// imports the file again updates its events instead of adding copies.
import Foundation
internal import JobHuntDatabase
import JobHuntKernel

/// Builds the iCalendar text (RFC 5545, https://www.rfc-editor.org/rfc/rfc5545).
///
/// - Interviews are timed `VEVENT`s: `DTSTART` in UTC (`…Z`), an hour long,
///   `SUMMARY:Interview: TITLE at COMPANY`, UID
///   `interview-<application id>-<start>@jobhunt`.
/// - Follow-ups are all-day `VEVENT`s (`DTSTART;VALUE=DATE`), UID
///   `follow-up-<application id>@jobhunt`: one per application, so a new
///   follow-up date moves the event.
/// - `SEQUENCE` is the number of changes after creation (history rows − 1), so a
///   re-import sees each change as newer; events of rejected and withdrawn
///   applications stay in the file with `STATUS:CANCELLED`, which removes them
///   from a calendar that had them.
package struct ApplicationCalendar: Sendable {
    package var applications: [Application]
    /// History rows per application, for `SEQUENCE`.
    package var changes: [UUID: Int]
    /// `DTSTAMP`: when the file was made.
    package var stamp: Date

    /// One hour: interviews have a start but no length in the seed.
    static let interviewLength: TimeInterval = 3600

    package var text: String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//jobhunt//status export//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:jobhunt applications",
        ]
        for application in applications {
            for interview in application.interviewDates {
                lines += event(
                    application, uid: "interview-\(application.id.uuidString.lowercased())-\(Self.utc(interview))",
                    summary: "Interview: \(application.jobTitle) at \(application.companyName)",
                    timing: [
                        "DTSTART:\(Self.utc(interview))",
                        "DTEND:\(Self.utc(interview.addingTimeInterval(Self.interviewLength)))",
                    ])
            }
            if let followUp = application.followUpDate {
                let next = CalendarDate(utcDayOf: followUp.startOfDayUTC.addingTimeInterval(86_400))
                lines += event(
                    application, uid: "follow-up-\(application.id.uuidString.lowercased())",
                    summary: "Follow up: \(application.jobTitle) at \(application.companyName)",
                    timing: ["DTSTART;VALUE=DATE:\(Self.day(followUp))", "DTEND;VALUE=DATE:\(Self.day(next))"])
            }
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.folded).joined(separator: "\r\n") + "\r\n"
    }

    private func event(_ application: Application, uid: String, summary: String, timing: [String]) -> [String] {
        var description = "\(application.status) · \(application.handle) (jobhunt status show \(application.handle))"
        if let url = application.jobURL { description += "\n\(url)" }
        var lines =
            ["BEGIN:VEVENT", "UID:\(uid)@jobhunt", "DTSTAMP:\(Self.utc(stamp))"] + timing + [
                "SUMMARY:\(Self.escaped(summary))", "DESCRIPTION:\(Self.escaped(description))",
                "SEQUENCE:\(max(0, (changes[application.id] ?? 1) - 1))",
                "LAST-MODIFIED:\(Self.utc(application.updatedAt))",
                "STATUS:\(application.status.isClosed ? "CANCELLED" : "CONFIRMED")",
            ]
        if let url = application.jobURL, !url.contains(where: { $0.isNewline }) { lines.append("URL:\(url)") }
        lines.append("END:VEVENT")
        return lines
    }

    /// `20261210T150000Z` (RFC 5545 §3.3.5, form #2: UTC).
    static func utc(_ date: Date) -> String {
        let p = Calendar.utc.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%04d%02d%02dT%02d%02d%02dZ", p.year ?? 0, p.month ?? 0, p.day ?? 0, p.hour ?? 0, p.minute ?? 0,
            p.second ?? 0)
    }

    /// `20261210` (§3.3.4).
    static func day(_ date: CalendarDate) -> String {
        String(format: "%04d%02d%02d", date.year, date.month, date.day)
    }

    /// TEXT escaping (§3.3.11): backslash, semicolon, comma and newlines.
    /// By scalar, not by Character: a backslash, comma or semicolon followed by a combining
    /// accent is one Character, and was written unescaped (found by `scripts/fuzz ics`).
    static func escaped(_ text: String) -> String {
        var result = ""
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n" where afterCR: continue  // CRLF: one line break, already written
            case "\n", "\r": result += "\\n"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Lines longer than 75 octets folded with CRLF and a space (§3.1),
    /// never inside a UTF-8 sequence. Folded by Unicode scalar, not by Character:
    /// one Character can be longer than a line ("e" with 80 combining accents,
    /// found by `scripts/fuzz ics`), and a reader joins the scalars back unchanged.
    static func folded(_ line: String) -> String {
        var parts: [String] = []
        var current = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            let limit = parts.isEmpty ? 75 : 74  // a continuation line starts with a space
            if octets + size > limit {
                parts.append(current)
                current = ""
                octets = 0
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        parts.append(current)
        return parts.joined(separator: "\r\n ")
    }
}

extension ApplicationService {
    /// Every application with an interview or a follow-up date, as a calendar.
    package func calendar(for user: ActingUser) throws -> ApplicationCalendar {
        let db = try services.store.database()
        let applications = try db.query(
            """
            SELECT \(sql: Self.columns) FROM applications
            WHERE user_id = \(user.user.id) AND (interview_dates IS NOT NULL OR follow_up_date IS NOT NULL)
            ORDER BY created_at, id
            """
        ).map(Self.application)
        var changes: [UUID: Int] = [:]
        for row in try db.query(
            """
            SELECT h.application_id, COUNT(*) AS n FROM application_status_history h
            JOIN applications a ON a.id = h.application_id
            WHERE a.user_id = \(user.user.id) GROUP BY h.application_id
            """)
        {
            changes[try row.get("application_id", as: UUID.self)] = try row.get("n", as: Int.self)
        }
        return ApplicationCalendar(applications: applications, changes: changes, stamp: services.now())
    }
}
