// Company facts for matching: a name key that ignores case, spacing and legal
// suffixes, and the employer's registrable domain from its URLs.
import JobHuntKernel

/// Company name and domain normalisation.
package enum CompanyRule {
    /// The matching key: case-folded, "&" read as "and", punctuation dropped, whitespace collapsed,
    /// trailing legal forms removed (Inc, LLC, Ltd, GmbH, Corp, …).
    ///
    ///     CompanyRule.nameKey("Tessellate Robotics, Inc.")  // "tessellate robotics"
    package static func nameKey(_ name: String) -> String {
        var words: [Substring] = []
        let lowered = name.lowercased()
        var current = ""
        func flush() {
            if !current.isEmpty { words.append(Substring(current)) }
            current = ""
        }
        // ASCII names (nearly all) by byte: the same rules without `Character`'s property look-ups.
        if lowered.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            func flushBytes() {
                if !bytes.isEmpty { words.append(Substring(String(decoding: bytes, as: UTF8.self))) }
                bytes.removeAll(keepingCapacity: true)
            }
            for byte in lowered.utf8 {
                switch byte {
                case UInt8(ascii: "&"), UInt8(ascii: "+"):
                    flushBytes()
                    words.append("and")
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): bytes.append(byte)
                case UInt8(ascii: "."), UInt8(ascii: "'"): continue
                default: flushBytes()
                }
            }
            flushBytes()
            return trimmedKey(words)
        }
        for character in lowered {
            if character == "&" || character == "+" {
                flush()
                words.append("and")
            } else if character.isLetter || character.isNumber {
                current.append(character)
            } else if character == "." || character == "'" || character == "’" {
                continue  // "L.L.C." → "llc", "O'Neil" → "oneil"
            } else {
                flush()
            }
        }
        flush()
        return trimmedKey(words)
    }

    /// `words` without trailing legal forms or a trailing "and", joined by spaces.
    private static func trimmedKey(_ words: [Substring]) -> String {
        var words = words
        while words.count > 1, let last = words.last, legalForms.contains(String(last)) { words.removeLast() }
        if words.count > 1, words.last == "and" { words.removeLast() }  // "Smith & Co." → "smith"
        return words.joined(separator: " ")
    }

    static let legalForms: Set<String> = [
        "inc", "incorporated", "llc", "ltd", "limited", "gmbh", "corp", "corporation", "co", "company", "plc",
        "ag", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "pty", "llp", "lp", "oy", "ab", "as", "asa", "kg",
        "ug", "se", "kk", "pte", "pvt", "sl", "sro", "oü", "aps",
    ]

    /// The registrable domain of a URL's host ("https://careers.tessellate.example/x" →
    /// "tessellate.example"), nil for job boards and aggregators, whose host says nothing about
    /// the employer.
    package static func domain(fromURL url: String) -> String? {
        guard let host = URLRule.parts(of: url)?.host, hasDot(host) else { return nil }
        return registrableDomain(host)
    }

    /// `host.contains(".")` (Foundation's search, which bridges the string) answered from the
    /// bytes when the host is ASCII, where every character but "\r\n" is one byte.
    private static func hasDot(_ host: String) -> Bool {
        guard host.utf8.allSatisfy({ $0 < 0x80 }) else { return host.contains(".") }
        return host.utf8.contains(UInt8(ascii: "."))
    }

    /// The host without `www.` and other subdomains, keeping two-label public suffixes (`co.uk`).
    package static func registrableDomain(_ host: String) -> String? {
        var labels = host.lowercased().split(separator: ".").map(String.init)
        if let last = labels.last, last.allSatisfy(\.isNumber) { return nil }  // an IP address
        let keep = labels.count >= 3 && twoLabelSuffixes.contains(labels.suffix(2).joined(separator: ".")) ? 3 : 2
        labels = Array(labels.suffix(keep))
        let domain = labels.joined(separator: ".")
        guard labels.count == keep, !jobBoards.contains(domain) else { return nil }
        return domain
    }

    /// Whether `domain`'s first label spells the company: the whole name key
    /// run together, or its first word of at least three letters.
    package static func domain(_ domain: String, carriesName key: String) -> Bool {
        let label = String(domain.split(separator: ".").first ?? "").filter { $0.isLetter || $0.isNumber }
        let words = key.split(separator: " ").map { String($0).filter { $0.isLetter || $0.isNumber } }
        guard let first = words.first, !label.isEmpty else { return false }
        return label.contains(words.joined()) || (first.count >= 3 && label.contains(first))
    }

    private static let twoLabelSuffixes: Set<String> = [
        "co.uk", "org.uk", "ac.uk", "com.au", "net.au", "co.nz", "co.jp", "com.br", "co.in", "com.mx",
        "com.sg", "com.hk", "co.za", "com.tr", "co.kr", "com.cn",
    ]

    /// Hosts that serve many employers' postings.
    package static let jobBoards: Set<String> = [
        "greenhouse.io", "lever.co", "ashbyhq.com", "linkedin.com", "indeed.com", "glassdoor.com",
        "ziprecruiter.com", "remoteok.com", "remoteok.io", "weworkremotely.com", "google.com", "workable.com",
        "smartrecruiters.com", "myworkdayjobs.com", "workday.com", "bamboohr.com", "jobvite.com", "icims.com",
        "breezy.hr", "recruitee.com", "personio.de", "teamtailor.com", "wellfound.com", "angel.co", "monster.com",
        "dice.com", "simplyhired.com", "careerbuilder.com", "naukri.com",
    ]
}
