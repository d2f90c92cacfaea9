// The phrasings StatedAim recognises, one regular expression each, by
// language: "moving from X into Y", "looking for a Y role", "not another X
// job", and their common French, German, Spanish, Portuguese and Dutch forms.
import Foundation

/// One phrasing: a case-insensitive pattern whose named groups `aim`, `left`
/// and `noun` (the kind of post, kept when it is an apprenticeship or the
/// like) capture the phrases.
struct StatedAimRule: @unchecked Sendable {
    let expression: NSRegularExpression
    /// The phrasing says a change of work (it names what is left, or is
    /// marked `(?#change)`: "moving into", "retraining as", "reconversion").
    let isChange: Bool

    init(_ pattern: String) {
        isChange = pattern.contains("(?#change)") || pattern.contains("(?<left>")
        // The patterns are constants of this file; a bad one is a bug the
        // unit tests catch on their first run.
        expression = try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])  // swift-format-ignore
    }

    /// Every place the phrasing occurs in `sentence`, with its raw phrases.
    func matches(in sentence: String) -> [(aim: String?, left: String?)] {
        let whole = NSRange(sentence.startIndex..., in: sentence)
        return expression.matches(in: sentence, range: whole).map { match in
            func group(_ name: String) -> String? {
                let range = match.range(withName: name)
                guard range.location != NSNotFound, let bounds = Range(range, in: sentence) else { return nil }
                return String(sentence[bounds])
            }
            var aim = group("aim")
            if let noun = group("noun")?.lowercased(), StatedAimPhrase.traineeNouns.contains(noun), let stated = aim {
                aim = stated + " " + noun
            }
            return (aim, group("left"))
        }
    }
}

/// The rules, built once.
enum StatedAimPatterns {
    /// The aim phrase: the shortest run of words before the end of the
    /// clause, a comma, a kind of post ("role") or a preposition that starts
    /// a place or an employer ("in Chicago", "at a scale-up").
    static let aim = #"(?<aim>[^,()"]{2,80}?)"# + end
    /// The phrase being left, followed by what the rule says comes next.
    static let left = #"(?<left>[^,()"]{2,60}?)"#
    static let leftAtEnd = left + end
    static let end =
        #"(?=\s*$|\s*[,()"–—]|\s+-\s|\s+(?:roles?|jobs?|positions?|posts?|opportunit(?:y|ies)|careers?|vacanc(?:y|ies)|"#
        + #"in|at|with|where|for|near|around|within|based|after|while|because|since|but|so|from|starting|by|not|"#
        + #"rather|instead|again|any\s?more|behind|ever|postes?|emplois?|à|au|chez|dans|pour|avec|en|stellen?|"#
        + #"rollen?|bei|mit|im|für|arbeiten|einsteigen|werden|puestos?|trabajos?|empleos?|rol|con|para|vagas?|"#
        + #"cargos?|empregos?|função|em|na|no|com|baan|functie|bij|met|voor|zu)\b)"#
    /// Articles and the words people put before a post ("my first", "a new").
    static let determiner =
        #"(?:(?:a|an|the|my|some|first|new|next|permanent|full-time|part-time|entry-level|junior|graduate)\s+)*"#
    static let kinds =
        #"(?<noun>roles?|jobs?|positions?|posts?|careers?|work|apprenticeships?|traineeships?|internships?|placements?|opportunit(?:y|ies))"#
    static let want =
        #"(?:seeking|seek|looking\s+for|searching\s+for|hoping\s+for|applying\s+for|aiming\s+for|targeting|pursuing|want|would\s+like|interested\s+in)"#
    static let change =
        #"(?:moving|move|moved|transitioning|transition|switching|switch|changing\s+careers?|changing|pivoting|pivot|stepping|shifting|shift|retraining|career\s+change|career\s+switch|career\s+move)"#

    static let rules: [StatedAimRule] = (english + french + german + spanish + portuguese + dutch).map(
        StatedAimRule.init)

    static let english = [
        // "moving from accounting into data analysis", "switching careers from sales to customer success"
        #"\b"# + change + #"\s+(?:careers?\s+)?(?:over\s+)?from\s+(?:the\s+)?"# + left + #"\s+(?:in)?to\s+"#
            + determiner + aim,
        // "moving into edtech operations", "career change into UX", "move in-house into reporting"
        // ("moving to Berlin" is a place: not read)
        #"(?#change)\b"# + change + #"\s+(?:careers?\s+)?(?:over\s+|in-house\s+|back\s+|sideways\s+)?into\s+"#
            + determiner + aim,
        // "I want to move to the industry side, as a clinical specialist": the post after "as"
        #"(?#change)\b(?:want|wants|wanting|hope|hoping|looking|plan|planning|ready|keen)\s+to\s+(?:move|switch|transition|pivot)\b[^.;:]{0,40}?\s+as\s+an?\s+"#
            + aim,
        // "I'd like to move to the other side of the table, into a buyer role": the work after "into"
        #"(?#change)\b(?:want|wants|wanting|hope|hoping|looking|plan|planning|ready|keen|like|love)\s+to\s+(?:move|switch|transition|pivot|step|get)\b[^.;:]{0,50}?\s+into\s+"#
            + determiner + aim,
        #"(?#change)\b(?:transitioning|transition|switching|switch|pivoting|pivot|career\s+change|career\s+switch|career\s+move|changing\s+careers?)\s+to\s+"#
            + determiner + aim,
        #"(?#change)\bretrain(?:ing|ed)?\s+(?:as|to\s+become|to\s+be|in|into)\s+"# + determiner + aim,
        // "looking for an apprenticeship in plumbing", "seeking a role as a paralegal"
        #"\b"# + want + #"\s+"# + determiner + kinds + #"\s+(?:in|as)\s+"# + determiner + aim,
        // "looking for something in property management or lettings"
        #"\b"# + want + #"\s+(?:something|anything|a\s+move|a\s+way)\s+(?:in|into)\s+"# + determiner + aim,
        // "seeking my first data analyst role"
        #"\b"# + want + #"\s+"# + determiner + aim + #"\s+"# + kinds,
        // "looking for dispatcher or fleet coordinator work" ("work" ends only this phrase:
        // elsewhere it is part of the work, as in "social work")
        #"\b"# + want + #"\s+"# + determiner + #"(?!to\s)(?<aim>[^,()"]{2,60}?)\s+work\b"#,
        #"\b(?:aspiring|would-be)\s+"# + aim,
        #"\b(?:want|wants|wanting|hope|hoping|plan|planning|aim|aiming|intend|intending|would\s+like|keen|eager|ready)\s+to\s+(?:become|work\s+as|be|start\s+as|train\s+as|qualify\s+as)\s+"#
            + determiner + aim,
        // "open to customer success or account management roles"
        #"\bopen\s+to\s+"# + determiner + aim,
        // what is left: "not another accounting job", "not looking for classroom teaching"
        #"\bnot\s+(?:another|an?other|more|an?|any)\s+"# + left + #"\s+(?:roles?|jobs?|positions?|posts?|work)\b"#,
        #"\bnot\s+(?:looking\s+for|looking\s+to\s+return\s+to|interested\s+in|returning\s+to|return\s+to|going\s+back\s+to|go\s+back\s+to|seeking|considering)\s+(?:the\s+|a\s+|an\s+|more\s+)?"#
            + leftAtEnd,
        #"\b(?:leaving|moving\s+on\s+from|moving\s+away\s+from|stepping\s+away\s+from|away\s+from)\s+(?:the\s+|my\s+)?"#
            + leftAtEnd,
        #"\bno\s+(?:more|longer)\s+(?:a\s+|an\s+|in\s+)?"# + leftAtEnd,
        // "sick of the commission rollercoaster", "tired of agency work"
        #"\b(?:sick|tired|fed\s+up|weary)\s+(?:of|with)\s+(?:the\s+|my\s+|being\s+(?:an?\s+)?)?"# + leftAtEnd,
        // "I want to leave audit", "ready to leave teaching" (not "on leave", "parental leave")
        #"\b(?:want|wanted|wanting|hope|hoping|plan|planning|ready|decided|time)\s+to\s+leave\s+(?:the\s+|my\s+)?"#
            + leftAtEnd,
        // "I don't want to keep working as a nurse"
        #"\b(?:don't|do\s+not|no\s+longer)\s+want\s+to\s+(?:keep\s+|continue\s+|stay\s+)?(?:working\s+as|work\s+as|being|be)\s+(?:an?\s+)?"#
            + leftAtEnd,
    ]

    static let french = [
        #"\b(?:reconversion|transition|passage|évolution|passer|évoluer|reconvertir|reconverti|reconvertie)\s+(?:professionnelle\s+)?(?:de|du|depuis)\s+(?:la\s+|le\s+|l'|les\s+)?"#
            + left + #"\s+(?:vers|à|au|dans|en)\s+(?:la\s+|le\s+|l'|les\s+|un\s+|une\s+)?"# + aim,
        #"(?#change)\b(?:reconversion|transition|passer|évoluer|reconvertir|reconverti|reconvertie)\s+(?:professionnelle\s+)?(?:vers|dans|en)\s+(?:la\s+|le\s+|l'|les\s+|un\s+|une\s+)?"#
            + aim,
        #"\b(?:recherche|cherche|souhaite|vise)\s+(?:un\s+|une\s+|mon\s+|ma\s+|d'un\s+|d'une\s+)?(?:premier\s+|première\s+|nouveau\s+|nouvelle\s+)?(?<noun>poste|emploi|alternance|stage|apprentissage|contrat)\s+(?:de\s+|d'|en\s+|comme\s+|dans\s+(?:la\s+|le\s+|l')?)"#
            + aim,
        #"\bdevenir\s+(?:un\s+|une\s+)?"# + aim,
        #"\b(?:plus|pas)\s+(?:un\s+autre|d'autre|de|d')\s*(?:poste|emploi)\s+(?:de\s+|d'|en\s+|dans\s+)(?:la\s+|le\s+|l')?"#
            + leftAtEnd,
        #"\bquitter\s+(?:la\s+|le\s+|l'|les\s+)?"# + leftAtEnd,
    ]

    static let german = [
        #"\b(?:Quereinstieg|Quereinsteiger|Quereinsteigerin|Wechsel|Umstieg|Neuorientierung|Umschulung|wechseln|umsteigen)\s+(?:von\s+(?:der\s+|dem\s+)?"#
            + left
            + #"\s+)?(?:in\s+die|in\s+den|in\s+das|ins|in|zu|zum|zur|als)\s+(?:die\s+|den\s+|das\s+|eine?n?\s+)?"#
            + aim,
        #"\b(?:suche|suchen|sucht)\s+(?:eine?n?\s+)?(?:neue[nr]?\s+|erste[nr]?\s+|feste\s+)?(?<noun>Stelle|Position|Job|Ausbildung|Lehrstelle|Ausbildungsplatz|Anstellung|Einstieg|Rolle|Praktikum)\s+(?:als|im|in\s+der|in\s+dem|in|zum|zur)\s+(?:eine?n?\s+)?"#
            + aim,
        #"\bals\s+"# + #"(?<aim>[^,()"]{2,60}?)\s+(?:arbeiten|tätig\s+sein|einsteigen|anfangen)\b"#,
        #"\b(?:keine?n?|nicht\s+mehr)\s+(?:weitere[nr]?\s+)?(?:Stelle\s+|Job\s+|Position\s+|Tätigkeit\s+)?(?:als|im|in\s+der)\s+"#
            + leftAtEnd,
    ]

    static let spanish = [
        #"\b(?:transición|cambio|paso|reconversión|cambiar|pasar)\s+(?:de\s+carrera\s+|profesional\s+)?de(?:sde)?\s+(?:la\s+|el\s+)?"#
            + left + #"\s+(?:a|al|hacia)\s+(?:la\s+|el\s+|un\s+|una\s+)?"# + aim,
        #"(?#change)\b(?:transición|cambio|reconversión)\s+(?:de\s+carrera\s+|profesional\s+)?(?:a|al|hacia)\s+(?:la\s+|el\s+|un\s+|una\s+)?"#
            + aim,
        #"\bbusco\s+(?:un\s+|una\s+|mi\s+)?(?:primer\s+|primera\s+|nuevo\s+|nueva\s+)?(?<noun>puesto|trabajo|empleo|prácticas|rol)\s+(?:de|como|en)\s+(?:la\s+|el\s+)?"#
            + aim,
        #"\b(?:quiero|me\s+gustaría|deseo)\s+(?:trabajar\s+como|ser)\s+(?:un\s+|una\s+)?"# + aim,
        #"\bno\s+(?:otro|otra|más)\s+(?:puesto|trabajo|empleo)\s+(?:de|en|como)\s+(?:la\s+|el\s+)?"# + leftAtEnd,
    ]

    static let portuguese = [
        #"\b(?:transição|mudança|reconversão|migrar|migrando|mudar)\s+(?:de\s+carreira\s+|profissional\s+)?d[aoe]\s+"#
            + left + #"\s+(?:para|rumo\s+a|rumo\s+à)\s+(?:a\s+|o\s+|um\s+|uma\s+)?"# + aim,
        #"(?#change)\b(?:transição|mudança|reconversão)\s+(?:de\s+carreira\s+|profissional\s+)?(?:para|rumo\s+a|rumo\s+à)\s+(?:a\s+|o\s+|um\s+|uma\s+)?"#
            + aim,
        #"\b(?:procuro|busco|procurando|buscando)\s+(?:um\s+|uma\s+|o\s+meu\s+|a\s+minha\s+|meu\s+|minha\s+)?(?:primeiro\s+|primeira\s+|nova\s+|novo\s+)?(?<noun>vaga|cargo|emprego|trabalho|estágio|posição|função|oportunidade)\s+(?:de|como|em|na|no)\s+"#
            + aim,
        #"\b(?:quero|gostaria\s+de)\s+(?:trabalhar\s+como|ser)\s+(?:um\s+|uma\s+)?"# + aim,
        #"\bnão\s+(?:quero\s+)?(?:outro|outra|mais\s+um|mais\s+uma)\s+(?:cargo|emprego|trabalho|vaga)\s+(?:de|em|como)\s+"#
            + leftAtEnd,
    ]

    static let dutch = [
        #"\b(?:overstap|overstappen|carrièreswitch|switch|omscholing|omscholen|overgang)\s+(?:van\s+(?:de\s+|het\s+)?"#
            + left + #"\s+)?(?:naar|tot)\s+(?:de\s+|het\s+|een\s+)?"# + aim,
        #"\bop\s+zoek\s+naar\s+(?:een\s+|mijn\s+)?(?:eerste\s+|nieuwe\s+)?(?<noun>baan|functie|rol|stage|leerplek|positie|leerbaan)\s+(?:als|in|bij)\s+(?:een\s+)?"#
            + aim,
        #"\b(?:wil|zou\s+graag|wil\s+graag)\s+(?:graag\s+)?(?:werken|aan\s+de\s+slag)\s+als\s+(?:een\s+)?"# + aim,
        #"\bgeen\s+(?:baan|functie|werk)\s+(?:meer\s+)?(?:als|in)\s+(?:de\s+|het\s+)?"# + leftAtEnd,
    ]
}
