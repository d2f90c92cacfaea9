// Reads an employment type the description states as the job's own ("Full-time,
// W-2.", "Full-time role.", "Vollzeit, unbefristet.", "Contrat : CDI") when the
// source's field and the title say nothing: Remote OK and Hacker News have no field.
import JobHuntKernel

/// The employment type a posting's text states, or nil when it states none or more than one
/// kind of hours.
///
/// Only a statement counts: a type that fills a whole clause (between `. , ; : ( ) |`, a line
/// end or " - "), alone or with "role", "position", "job", "contract", …: "Full-time, night
/// shifts.", "This is a part-time role.". A type inside a longer clause is about something else
/// ("our 40 full-time staff", "full-time equivalent", "convert to full-time after a year").
///
/// Fixed terms outrank hours (a fixed-term, seasonal or temporary job is `contract` whatever its
/// hours, as the labelled sets file it), part-time (and casual, zero-hours) outranks full-time and
/// permanence ("Permanent part-time"); "full-time" and "part-time" both stated is a choice the
/// posting offers, so nothing is stored.
enum EmploymentTypeText {
    static func stated(_ text: String) -> EmploymentType? {
        var found: Set<EmploymentType> = []
        var clause = ""
        var length = 0
        var prose = false
        func close() {
            if !prose, let type = type(ofClause: clause) { found.insert(type) }
            clause = ""
            length = 0
            prose = false
        }
        var previous: Character = " "
        for character in text {
            switch character {
            case ".", ",", ";", ":", "(", ")", "|", "\n", "\r", "\r\n", "•", "·", "!", "?":
                close()
            // " - " and a bullet's "- " separate; the hyphen of "full-time" does not.
            case let dash where "-–—".contains(dash) && (previous.isWhitespace || length == 0):
                close()
            default:
                if !prose {
                    clause.append(character)
                    length += 1
                }
            }
            previous = character
            // A clause long enough to be prose is no statement: the rest of it is not kept.
            if length > 48 {
                prose = true
                clause = ""
                length = 0
            }
        }
        close()
        if found.contains(.contract) { return .contract }
        if found.contains(.partTime) { return found.contains(.fullTime) ? nil : .partTime }
        return found.contains(.fullTime) ? .fullTime : nil
    }

    /// The type a clause states: a type phrase, optionally after "this is a" or "a" and before a
    /// job noun ("Full-time role", "a permanent, full-time position").
    static func type(ofClause clause: String) -> EmploymentType? {
        var words = clause.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" })
        guard !words.isEmpty, words.count <= 6 else { return nil }
        for lead in [["this", "is", "a"], ["this", "is", "an"], ["it", "is", "a"], ["a"], ["an"]]
        where words.starts(with: lead.map { Substring($0) }) {
            words.removeFirst(lead.count)
            break
        }
        while words.count > 1, let last = words.last, jobNouns.contains(last) { words.removeLast() }
        guard !words.isEmpty, words.count <= 3 else { return nil }
        return phrases[words.joined(separator: " ")]
    }

    /// Nouns a statement may end in: "Full-time role", "Teilzeitstelle" is one word and not read.
    private static let jobNouns: Set<Substring> = [
        "role", "position", "post", "job", "contract", "employment", "opportunity", "basis", "only", "vacancy",
        "poste", "contrat", "stelle", "anstellung", "puesto", "contrato", "vaga", "baan", "functie", "dienstverband",
    ]

    /// Type phrases as boards print them, in the sources' languages.
    private static let phrases: [String: EmploymentType] = {
        var table: [String: EmploymentType] = [:]
        let lists: [(EmploymentType, [String])] = [
            (
                .fullTime,
                [
                    "full-time", "full time", "fulltime", "permanent", "permanent full-time", "full-time permanent",
                    "cdi", "temps plein", "à temps plein", "temps complet", "vollzeit", "unbefristet",
                    "festanstellung", "tiempo completo", "jornada completa", "tempo integral", "voltijd",
                    "vast dienstverband", "onbepaalde tijd",
                ]
            ),
            (
                .partTime,
                [
                    "part-time", "part time", "parttime", "permanent part-time", "casual", "zero-hours",
                    "zero hours", "temps partiel", "à temps partiel", "teilzeit", "minijob", "media jornada",
                    "tiempo parcial", "jornada parcial", "meio período", "meio periodo", "deeltijd", "werkstudent",
                ]
            ),
            (
                .contract,
                [
                    "contract", "fixed-term", "fixed term", "temporary", "temp", "seasonal", "freelance",
                    "maternity cover", "maternity leave cover", "cdd", "befristet", "interim", "intérim",
                    "tijdelijk", "bepaalde tijd", "temporal", "contrato temporal", "temporário",
                ]
            ),
        ]
        for (type, names) in lists { for name in names { table[name] = type } }
        return table
    }()
}
