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
        // Walked as UTF-8 bytes (a description is read whole for every posting without a type
        // field, so no `Character` is built): a clause is the bytes between two separators, and
        // only a short one is decoded and looked up.
        var text = text
        return text.withUTF8 { utf8 in stated(utf8) }
    }

    /// Whether the text states the pay as a contractor's ("USD 1,100 – 1,300 per month, paid as a
    /// contractor invoice"): an engagement, not hours, so it outranks a full-time or part-time field.
    static func statesContractorPay(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in engagedAsContractor(utf8) }
    }

    private static func stated(_ utf8: UnsafeBufferPointer<UInt8>) -> EmploymentType? {
        var found: Set<EmploymentType> = []
        var start = 0
        var index = 0
        // Whether the clause follows a type label's colon ("Job type: Contract").
        var afterLabel = false
        func close(_ end: Int) {
            let length = end - start
            guard length >= 3, length <= maximumClauseBytes, opensLikeAStatement(utf8[start..<end]) else { return }
            let clause = String(decoding: utf8[start..<end], as: UTF8.self)
            if let type = type(ofClause: clause, afterLabel: afterLabel) { found.insert(type) }
        }
        while index < utf8.count {
            let width = separatorWidth(utf8, index, clauseStart: start)
            if width > 0 {
                close(index)
                afterLabel = utf8[index] == 0x3A && isTypeLabel(utf8[start..<index])
                index += width
                start = index
            } else {
                index += 1
            }
        }
        close(utf8.count)
        if engagedAsContractor(utf8) || namesFixedMonths(utf8) { found.insert(.contract) }
        if found.contains(.contract) { return .contract }
        if found.contains(.partTime) { return found.contains(.fullTime) ? nil : .partTime }
        return found.contains(.fullTime) ? .fullTime : nil
    }

    /// "USD 2,200 – 2,800 per month as an independent contractor": a sentence that states the pay
    /// (a figure) and the engagement "as an independent contractor" or "as a freelancer" states a
    /// contract, though the clause is too long to be a statement. A sentence without a figure
    /// ("experience as an independent contractor") states nothing.
    private static func engagedAsContractor(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        for phrase in engagementPhrases {
            var index = 0
            while let found = find(phrase, in: utf8, from: index) {
                // Back to the sentence's start: a full stop that is no decimal point, or a line end.
                var start = found
                while start > 0, utf8[start - 1] != 0x0A,
                    utf8[start - 1] != 0x2E || (start > 1 && isDigit(utf8[start - 2]))
                {
                    start -= 1
                }
                let sentence = String(decoding: utf8[start..<found], as: UTF8.self).lowercased()
                if sentence.contains(where: \.isNumber), !sentence.contains("experience") { return true }
                index = found + 1
            }
        }
        return false
    }

    /// "on a six-month contract", "a 12-month contract": a contract of a stated number of months
    /// is fixed-term wherever the sentence names it, though the clause is too long to be a
    /// statement. "month contract" after any other word ("a rolling month contract") is not read.
    private static func namesFixedMonths(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        for phrase in ["-month contract", " month contract"] {
            var index = 0
            while let found = find(phrase, in: utf8, from: index) {
                var start = found
                while start > 0, utf8[start - 1] != 0x20, utf8[start - 1] != 0x0A, utf8[start - 1] != 0x28 {
                    start -= 1
                }
                let word = String(decoding: utf8[start..<found], as: UTF8.self).lowercased()
                if !word.isEmpty, word.allSatisfy(\.isNumber) || monthCounts.contains(word) { return true }
                index = found + 1
            }
        }
        return false
    }

    /// The counts of months a fixed-term contract is written with in words.
    private static let monthCounts: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "eighteen", "twenty-four",
    ]

    /// "USD 1,100 – 1,300 per month, paid as a contractor invoice in dollars": "as a contractor"
    /// with the pay states the engagement as plainly as "as an independent contractor" does.
    private static let engagementPhrases = [" as an independent contractor", " as a freelancer", " as a contractor"]

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Where `phrase` (lower-case ASCII) starts in `utf8` at or after `start`, ASCII case ignored.
    private static func find(_ phrase: String, in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let pattern = Array(phrase.utf8)
        guard utf8.count >= pattern.count else { return nil }
        var index = start
        while index + pattern.count <= utf8.count {
            var offset = 0
            while offset < pattern.count, utf8[index + offset] | 0x20 == pattern[offset] | 0x20 { offset += 1 }
            if offset == pattern.count { return index }
            index += 1
        }
        return nil
    }

    /// A clause longer than this is prose, not a statement ("Permanent part-time role" is 24).
    private static let maximumClauseBytes = 48

    /// The bytes a separator at `index` spans, or 0: `. , ; : ( ) | ! ?`, line ends, "•" and "·",
    /// and a dash ("-", "–", "—") after a blank or opening a clause (a bullet), but not the hyphen
    /// of "full-time".
    private static func separatorWidth(_ utf8: UnsafeBufferPointer<UInt8>, _ index: Int, clauseStart: Int) -> Int {
        let byte = utf8[index]
        switch byte {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x28, 0x29, 0x7C, 0x21, 0x3F, 0x0A, 0x0D: return 1
        case 0x2D:
            return index == clauseStart || isBlank(utf8, before: index, clauseStart: clauseStart) ? 1 : 0
        case 0xC2 where index + 1 < utf8.count && utf8[index + 1] == 0xB7: return 2  // ·
        case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80:
            switch utf8[index + 2] {
            case 0xA2: return 3  // •
            case 0x93, 0x94:  // – —
                return index == clauseStart || isBlank(utf8, before: index, clauseStart: clauseStart) ? 3 : 0
            default: return 0
            }
        default: return 0
        }
    }

    private static func isBlank(_ utf8: UnsafeBufferPointer<UInt8>, before index: Int, clauseStart: Int) -> Bool {
        guard index > clauseStart else { return true }
        let previous = utf8[index - 1]
        return previous == 0x20 || previous == 0x09 || (previous == 0xA0 && index > 1 && utf8[index - 2] == 0xC2)
    }

    /// Whether a short clause's first word (ASCII letters lower-cased) can open a statement: a
    /// type phrase's first word or "this", "it", "a", "an". Most short clauses of a description
    /// ("$26", "000", "Benefits") are turned away here without being decoded.
    private static func opensLikeAStatement(_ clause: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var index = clause.startIndex
        while index < clause.endIndex, clause[index] == 0x20 || clause[index] == 0x09 { index += 1 }
        // Most clauses fail on their first letter, before any string is made.
        guard index < clause.endIndex, openingInitials.contains(clause[index] | 0x20) else { return false }
        var end = index
        while end < clause.endIndex, clause[end] != 0x20, clause[end] != 0x09, end - index <= 16 { end += 1 }
        guard end - index <= 16 else { return false }
        return openingWords.contains(String(decoding: clause[index..<end], as: UTF8.self).lowercased())
    }

    /// The first bytes of the opening words, lower-cased (ASCII) or as written (the lead byte of
    /// "à").
    private static let openingInitials: Set<UInt8> = Set(openingWords.compactMap { $0.utf8.first.map { $0 | 0x20 } })

    /// The first words of every phrase, and the leads a statement may open with.
    private static let openingWords: Set<String> = Set(
        phrases.keys.map { String($0.prefix { $0 != " " }) } + ["this", "it", "a", "an"])

    /// The type a clause states: a type phrase, optionally after "this is a" or "a" and before a
    /// job noun ("Full-time role", "a permanent, full-time position").
    ///
    /// A word that is also common prose ("casual" dress, "seasonal" menus, "Contract" law,
    /// "permanent" exhibitions) counts alone only after a type label's colon ("Job type:
    /// Casual"); elsewhere it needs its job noun ("Casual role", "Contract position").
    static func type(ofClause clause: String, afterLabel: Bool = false) -> EmploymentType? {
        var words = clause.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" })
        guard !words.isEmpty, words.count <= 6 else { return nil }
        for lead in [["this", "is", "a"], ["this", "is", "an"], ["it", "is", "a"], ["a"], ["an"]]
        where words.starts(with: lead.map { Substring($0) }) {
            words.removeFirst(lead.count)
            break
        }
        var noun = false
        while words.count > 1, let last = words.last, jobNouns.contains(last) {
            words.removeLast()
            noun = true
        }
        guard !words.isEmpty, words.count <= 3 else { return nil }
        if words.count == 1, !noun, !afterLabel, proseWords.contains(words[0]) { return nil }
        return phrases[words.joined(separator: " ")]
    }

    /// Type words that are also common prose, read alone only after a type label.
    private static let proseWords: Set<Substring> = [
        "casual", "contract", "seasonal", "temp", "temporary", "interim", "freelance", "permanent", "temporal",
        "contractor", "b2b",
    ]

    /// "Job type", "Employment type", "Contract type", "Type de contrat", "Vertragsart",
    /// "Tipo de contrato", "Dienstverband", "Status", "Hours", "Schedule": a label whose value is
    /// the job's type.
    private static func isTypeLabel(_ label: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard label.count <= 32 else { return false }
        let text = String(decoding: label, as: UTF8.self).lowercased()
        let last = text.split(whereSeparator: { !$0.isLetter }).suffix(2).joined(separator: " ")
        return typeLabels.contains { last == $0 || last.hasSuffix(" " + $0) }
    }

    private static let typeLabels = [
        "type", "job type", "employment type", "contract type", "employment", "contract", "status", "hours",
        "schedule", "type de contrat", "contrat", "vertragsart", "anstellungsart", "beschäftigungsart",
        "tipo de contrato", "contrato", "jornada", "dienstverband", "contractvorm", "tipo de vínculo",
    ]

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
                    // Brazil's "Contratação CLT", "Regime CLT": employed under the labour code.
                    "contratação clt", "regime clt",
                    // Poland's "(umowa o pracę)": an employment contract under the labour code.
                    "umowa o pracę", "umowa o prace",
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
                    // Brazil's "Contratação PJ": a contractor invoicing through a company of their own.
                    "contratação pj", "regime pj",
                    // "Independent contractor: USD 1,800 – 2,200 per month", "Colaboración freelance:
                    // tarifa de …": a clause that names the engagement, with no job noun after it.
                    "independent contractor", "colaboración freelance", "colaboração freelance",
                    "collaboration freelance",
                    // Poland's B2B and civil-law contracts: "(umowa B2B)", "umowa zlecenie".
                    "umowa b2b", "umowa zlecenie",
                    // "Contractor role", "B2B contract" (Hacker News' header): the engagement named
                    // with its job noun; alone, each is prose ("B2B", "the contractor").
                    "contractor", "b2b",
                ]
            ),
        ]
        for (type, names) in lists { for name in names { table[name] = type } }
        return table
    }()
}
