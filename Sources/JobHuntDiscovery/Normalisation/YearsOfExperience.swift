// Finds "5+ years of experience", "3-5 years", "at least 4 years" (and "3 ans
// d'expérience", "5 Jahre Berufserfahrung", "3 años de experiencia", "2 anos de
// experiência", "3 jaar ervaring") in a posting's text by scanning bytes (no regular expressions in the hot path).
import JobHuntKernel

enum YearsOfExperience {
    /// The largest lower bound among the text's years-of-experience asks, or nil.
    ///
    /// A number counts when "year(s)" follows it (after an optional "+" or "-M" range) and either
    /// the number had a "+", or "experience" appears within the next 60 bytes — so "founded 10
    /// years ago" does not count — or it is a requirement list's ask (``requirementAsk``).
    /// Numbers above 20 are ignored. Months with "experience" count as whole years.
    static func minimum(in text: String) -> Int? {
        var utf8 = Array(text.utf8)
        for index in utf8.indices where utf8[index] >= 0x41 && utf8[index] <= 0x5A { utf8[index] |= 0x20 }
        var best: Int?
        var index = 0
        while index < utf8.count {
            guard isDigit(utf8[index]), index == 0 || !isDigit(utf8[index - 1]) else {
                index += 1
                continue
            }
            var value = 0
            let numberStart = index
            var cursor = index
            while cursor < utf8.count, isDigit(utf8[cursor]), value < 1000 {
                value = value * 10 + Int(utf8[cursor] - 0x30)
                cursor += 1
            }
            index = cursor
            var hasPlus = false
            cursor = skipSpaces(utf8, cursor)
            if cursor < utf8.count, utf8[cursor] == 0x2B {  // "+"
                hasPlus = true
                cursor = skipSpaces(utf8, cursor + 1)
            } else if let afterRange = skipRange(utf8, cursor) {
                cursor = afterRange
                index = afterRange  // "3-5 years" asks for 3: the 5 is not read again.
            }
            // "12 months' Class 1 experience", "6 months of BPO experience": an ask in months is its
            // whole years (under two years is entry either way); it needs the experience word.
            if monthWords.contains(where: { matches(utf8, cursor, $0) }), value <= 240,
                experienceWords.contains(where: { contains(utf8, from: cursor, within: 60, $0) })
            {
                var before = numberStart
                while before > max(0, numberStart - 40), !clauseEnds.contains(utf8[before - 1]) { before -= 1 }
                if !notAskGoverns(utf8, from: before, to: numberStart) {
                    best = max(best ?? 0, value / 12)
                }
                continue
            }
            guard yearWords.contains(where: { matches(utf8, cursor, $0) }), value <= 20 else { continue }
            // "a valid driver's licence for 2+ years", "sign-on bonus for drivers with 2+ years": how long
            // a licence has been held, or who gets a bonus, is no ask of experience for the job.
            // Only the clause the number stands in: "RVT license</li><li>2+ years of emergency
            // experience" asks for experience; the licence is the list's previous item.
            var before = numberStart
            while before > max(0, numberStart - 40), !clauseEnds.contains(utf8[before - 1]) { before -= 1 }
            if notAskGoverns(utf8, from: before, to: numberStart) { continue }
            if hasPlus || experienceWords.contains(where: { contains(utf8, from: cursor, within: 60, $0) })
                || experienceBefore(utf8, numberStart: numberStart)
                || eastAsianAsk(utf8, numberStart: numberStart, yearWord: cursor)
                || requirementAsk(utf8, numberStart: numberStart, yearWord: cursor)
            {
                best = max(best ?? 0, value)
            }
        }
        return best
    }

    /// "years", and in fr, de, es, pt, nl: "ans", "Jahre(n)", "años", "anos", "jaar"; Korean and Japanese
    /// "년", "年". The singular of es and pt ("1 año de experiencia", "1 ano de experiência") is its own
    /// word, as are Italian "anni"/"anno" and Polish "lat"/"lata"/"rok" ("3 lata doświadczenia"): a
    /// one-year ask is the commonest entry-level ask there is. Swedish "5 års erfarenhet", "2 år".
    private static let yearWords: [StaticString] = [
        "year", "ans ", "an d", "jahr", "año", "ano ", "anos", "jaar", "anni ", "anno ", "lat ", "lata ", "rok ",
        "års ", "år ", "年", "년",
        // ro "3 ani în proiectare", lv "2 gadu pieredze".
        "ani ", "gadu ", "gadi ", "gadus ",
        // pl genitive "doświadczenia 1 roku".
        "roku",
        // tr "en az 3 yıl üretim planlama deneyimi" (read with its experience word).
        "yıl ",
    ]

    /// "Experiencia mínima de 1 año", "doświadczenia 1 roku": the experience word may come before
    /// the number, as Spanish and Polish put it. Only within the number's clause and a few words of it (no comma, no clause end, no
    /// other figure between), so "experience in 3 markets over 10 years" reads nothing new.
    private static func experienceBefore(_ bytes: [UInt8], numberStart: Int) -> Bool {
        let begin = max(0, numberStart - 32)
        var start = numberStart
        while start > begin, !clauseEnds.contains(bytes[start - 1]), bytes[start - 1] != 0x2C,
            !isDigit(bytes[start - 1])
        {
            start -= 1
        }
        return experienceFirstWords.contains { contains(bytes, from: start, within: numberStart - start, $0) }
    }

    /// The experience words read before the number: es, pt, pl and en. Not Italian "Esperienza di
    /// almeno 3 anni" nor Slovak and Czech "3 roky praxe": fresh10 and fresh11 label those postings
    /// with no level, fresh14 with one, and a tuned set keeps its cells (docs/normalisation.md,
    /// fresh14).
    private static let experienceFirstWords: [StaticString] = [
        "experienc", "experiênc", "doświadcz",
    ]

    /// "경력 5년 이상", "実務経験3年以上", "3年以上の経験": a Korean or Japanese ask is a number of 년/年
    /// followed by "or more" (이상, 以上) with "experience" (경력, 経験) just before the number or
    /// after the year, so "창립 10년" (founded ten years ago) does not count.
    private static func eastAsianAsk(_ bytes: [UInt8], numberStart: Int, yearWord: Int) -> Bool {
        guard matches(bytes, yearWord, "년") || matches(bytes, yearWord, "年") else { return false }
        let afterYear = yearWord + 3
        guard contains(bytes, from: afterYear, within: 10, "이상") || contains(bytes, from: afterYear, within: 10, "以上")
        else { return false }
        let before = max(0, numberStart - 24)
        return [StaticString("경력"), "経験"].contains { word in
            contains(bytes, from: before, within: numberStart - before, word)
                || contains(bytes, from: afterYear, within: 40, word)
        }
    }

    /// "3 years in accounts receivable", "2 years as a supervisor", "and 3 years on site", "have 4
    /// years of service plumbing", "3 years managing a clinic", "2 anos como governanta", "minim 3
    /// ani în proiectare": a requirement list names the work and leaves "experience" unsaid. Read
    /// as an ask only where the number opens its clause (after a list item's start, a comma or a
    /// semicolon), at most after "and", "with", "have", "minimum", "at least" (or their es, pt,
    /// it, de, fr, ro words) — so a company's "we have 15 years in the market" is no ask — and
    /// where the years are followed by what they were spent as or in: "of", "as", "in", "on", a
    /// verb in -ing, "como", "em", "în", "ca", "come", "als", "im", "comme", "dans".
    ///
    /// Also where a qualification opens the clause and the years are joined to it ("Level 5
    /// Diploma in Leadership … and 3 years of managing a care service", "fully-qualified accountant
    /// (ACCA, CIMA or ACA) with 2 years in charity finance", "Active RN licence, CCDS or CDIP and
    /// 3 years of acute-care nursing"): what the candidate holds, then how long they have worked.
    private static func requirementAsk(_ bytes: [UInt8], numberStart: Int, yearWord: Int) -> Bool {
        var after = yearWord
        while after < bytes.count, isWordByte(bytes[after]) { after += 1 }
        let year = String(decoding: bytes[yearWord..<after], as: UTF8.self)
        let english = year == "year" || year == "years"
        guard english || askYearWords.contains(year) else { return false }
        if after < bytes.count, bytes[after] == 0x27 { after += 1 }  // "years'"
        guard after < bytes.count, bytes[after] == 0x20 else { return false }
        after += 1
        var wordEnd = after
        while wordEnd < bytes.count, isWordByte(bytes[wordEnd]) { wordEnd += 1 }
        // "2 years since qualifying", "2 years post-licensure", "3 years post-qualification": the
        // time since the candidate qualified is experience in the trade, as "PQE" says.
        if english, sinceQualifyingPhrases.contains(where: { matches(bytes, after, $0) }) { return true }
        let next = String(decoding: bytes[after..<wordEnd], as: UTF8.self)
        let linked =
            english
            ? ["of", "as", "in", "on", "after"].contains(next) || (next.count > 4 && next.hasSuffix("ing"))
            : otherLinks.contains(next)
        guard linked else { return false }
        var start = numberStart
        while start > max(0, numberStart - 60), !clauseEnds.contains(bytes[start - 1]), bytes[start - 1] != 0x2C {
            start -= 1
        }
        let lead = String(decoding: bytes[start..<numberStart], as: UTF8.self)
        let words = lead.split(whereSeparator: { !$0.isLetter && $0 != "'" })
        if english, qualifiedAsk(bytes, numberStart: numberStart) { return true }
        if start == max(0, numberStart - 60), start > 0 { return false }  // no clause start found
        return words.allSatisfy { leadWords.contains(String($0)) }
    }

    /// What follows the years when they count from qualifying: "since qualifying", "post-licensure",
    /// "post-qualification", "post-registration", "PQE".
    private static let sinceQualifyingPhrases: [StaticString] = [
        "since qualif", "post-qualif", "post qualif", "post-licen", "post licen", "post-regist", "post regist",
        "pqe",
    ]

    /// "… Diploma … and 3 years", "… accountant (ACCA) with 2 years": the word before the number
    /// joins it to a clause (up to its start, at most 160 bytes back) that names a qualification,
    /// and the clause says nothing of "we" or "our" (a company's "certified B Corp with 12 years in
    /// the market" is no ask).
    private static func qualifiedAsk(_ bytes: [UInt8], numberStart: Int) -> Bool {
        var start = numberStart
        while start > max(0, numberStart - 160), !clauseEnds.contains(bytes[start - 1]) { start -= 1 }
        guard start > max(0, numberStart - 160) || start == 0 else { return false }
        // "B.Sc or M.Sc Chemistry with 2–5 years": a dot inside a degree's letters ends no clause.
        while start > max(0, numberStart - 160), start > 1, bytes[start - 1] == 0x2E,
            isWordByte(bytes[start - 2]), start < numberStart, isWordByte(bytes[start])
        {
            start -= 1
            while start > max(0, numberStart - 160), !clauseEnds.contains(bytes[start - 1]) { start -= 1 }
        }
        let clause = String(decoding: bytes[start..<numberStart], as: UTF8.self).replacingOccurrences(of: ".", with: "")
        let words = clause.split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
        guard let joiner = words.last, ["and", "with", "plus", "or"].contains(joiner) else { return false }
        guard !words.contains(where: { ["we", "our", "we're", "founded"].contains($0) }) else { return false }
        return words.dropLast().contains { word in
            qualificationStems.contains { word.hasPrefix($0) } || qualificationNames.contains(word)
        }
    }

    /// Qualifications by their letters, matched as whole words (a prefix "ma" or "md" would
    /// match anything): degrees ("MSW or MBA (HR) with 3–5 years"), coding and teaching
    /// credentials ("CPC or CCS and 2 years", "a CELTA or 120-hour TEFL and 1 year of teaching").
    /// "or" joins them too: "A registered BAS agent or 3 years of bookkeeping" asks for the years
    /// as the alternative, and an alternative is read by its years like any other.
    private static let qualificationNames: Set<String> = [
        "mba", "msw", "msc", "phd", "bcom", "btech", "mtech", "bba", "dvm", "cpc", "ccs", "celta", "tefl",
        "tesol", "hnc", "hnd", "cdl", "rn", "lpn", "cna",
    ]

    /// What a candidate holds: a licence, diploma, degree, certificate, registration, card or ticket.
    private static let qualificationStems = [
        "licen", "diploma", "degree", "certif", "registration", "registered", "qualified", "qualification", "chartered",
        "card", "ticket", "bsc", "bachelor", "master", "nvq", "designation",
    ]

    /// The year words of es, pt, it, de, fr, nl, ro whose requirement asks are read like English ones.
    private static let askYearWords: Set<String> = [
        "anos", "ano", "años", "año", "anni", "anno", "jahre", "jahren", "ans", "jaar", "ani",
    ]

    /// What the years were spent as or in, after those words: "como" (es, pt), "em" (pt), "în", "ca"
    /// (ro), "come" (it), "als", "im" (de, nl), "comme", "dans" (fr). Not the es/fr "en": fresh11
    /// labels "Ingeniería, 3 años en calidad automotriz" with no level, and this pass keeps every
    /// set's cells (docs/normalisation.md, fresh13).
    private static let otherLinks: Set<String> = [
        "como", "em", "în", "ca", "come", "als", "im", "comme", "dans",
    ]

    /// A lower-cased letter or a byte of a multi-byte character ("años", "în").
    private static func isWordByte(_ byte: UInt8) -> Bool { (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80 }

    /// Words that may stand between a clause's start and its years ask ("and 2 years of", "you have
    /// 3 years in", "at least 2 years as", "minim 3 ani în", "y 2 años como").
    private static let leadWords: Set<String> = [
        "and", "with", "have", "has", "you", "you'll", "must", "should", "ideally", "minimum", "min", "at", "least",
        "plus", "or", "y", "e", "și", "und", "et", "minim", "mínimo", "minimo", "mindestens", "con", "com", "mit",
        "almeno", "menos", "pelo",
    ]

    /// "months" in en, fr, de, es, pt, nl.
    private static let monthWords: [StaticString] = ["month", "mois", "monat", "mes ", "meses", "maand"]

    /// Words that, just before "N years", make the years something other than experience asked
    /// for: a licence held that long ("licence", "license", "permis", "Führerschein", "carnet"),
    /// a bonus's condition.
    private static let notAsks: [StaticString] = ["licen", "permis", "führerschein", "carnet", "bonus"]

    /// Whether a word of ``notAsks`` in `start..<end` owns the years at `end`: "a driver's licence
    /// for 2+ years", "bonus for drivers with 2+ years". Not when a list joins another item between
    /// them: "a mechanic licence and 5+ years of service work", "licencia en SST vigente y 3 años
    /// de experiencia", "licence is an asset, and 4 years of fleet work" ask for the years besides
    /// the licence.
    private static func notAskGoverns(_ bytes: [UInt8], from start: Int, to end: Int) -> Bool {
        for word in notAsks {
            var last: Int?
            var index = start
            while index < end {
                if matches(bytes, index, word) { last = index }
                index += 1
            }
            guard let found = last else { continue }
            let between = Array(bytes[found..<end])
            let joined =
                between.contains(0x2C)
                || listJoiners.contains { joiner in
                    (0..<between.count).contains { matches(between, $0, joiner) }
                }
            if !joined { return true }
        }
        return false
    }

    /// " and ", " y ", " e ", " et ", " und ", " en ", " og ", " och ", " și ", " i " between two
    /// items of a requirement list.
    private static let listJoiners: [StaticString] = [
        " and ", " y ", " e ", " et ", " und ", " en ", " og ", " och ", " și ", " i ", " plus ",
    ]

    /// Bytes that end a clause or a list item: `.` `;` `:` `!` `?` `<` `>` and a line break (an
    /// entity such as "&gt;" ends with its `;`).
    private static let clauseEnds: Set<UInt8> = [0x2E, 0x3B, 0x3A, 0x21, 0x3F, 0x3C, 0x3E, 0x0A]

    /// "experience", "expérience", "Berufserfahrung", "experiencia", "experiência", "ervaring", and
    /// Italian "esperienza", Polish "doświadczenie" (in any case), Swedish "erfarenhet".
    private static let experienceWords: [StaticString] = [
        "experienc", "expérienc", "erfahrung", "experiênc", "ervaring", "esperienz", "doświadcz", "erfarenhet",
        // ro "experiență", lv "pieredze".
        "experienț", "pieredz",
        // tr "deneyim", "tecrübe".
        "deneyim", "tecrübe",
    ]

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func skipSpaces(_ bytes: [UInt8], _ start: Int) -> Int {
        var index = start
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        return index
    }

    /// Past "-7 ", "–7 ", "to 7 " when present.
    private static func skipRange(_ bytes: [UInt8], _ start: Int) -> Int? {
        var index = start
        if index < bytes.count, bytes[index] == 0x2D {
            index += 1
        } else if index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x80 {
            index += 3
        } else if matches(bytes, index, "to ") || matches(bytes, index, "à ") {
            index += 3
        } else if matches(bytes, index, "a ") {
            index += 2
        } else if matches(bytes, index, "bis ") || matches(bytes, index, "tot ") {
            index += 4
        } else {
            return nil
        }
        index = skipSpaces(bytes, index)
        guard index < bytes.count, isDigit(bytes[index]) else { return nil }
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        if index < bytes.count, bytes[index] == 0x2B { index += 1 }
        return skipSpaces(bytes, index)
    }

    static func matches(_ bytes: [UInt8], _ start: Int, _ word: StaticString) -> Bool {
        word.withUTF8Buffer { pattern in
            guard start + pattern.count <= bytes.count else { return false }
            for offset in 0..<pattern.count where bytes[start + offset] != pattern[offset] { return false }
            return true
        }
    }

    private static func contains(_ bytes: [UInt8], from start: Int, within span: Int, _ word: StaticString) -> Bool {
        let end = min(bytes.count, start + span)
        var index = start
        while index < end {
            if matches(bytes, index, word) { return true }
            index += 1
        }
        return false
    }
}
