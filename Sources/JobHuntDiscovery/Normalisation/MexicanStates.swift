// Mexican states as Mexican postings abbreviate them after a city ("Querétaro,
// Qro.", "Monterrey, N.L."): the traditional abbreviations, not ISO codes.
import JobHuntKernel

/// The abbreviations of Mexico's 32 states that sources print after a city, read as the state's name.
enum MexicanStates {
    /// The state an abbreviation names ("Qro." → "Querétaro"), or nil. Only the dotted forms
    /// (and "CDMX", "Edomex", "Q. Roo") count: without the dot most are ordinary words or other
    /// countries' codes ("Col", "Son", "Mor").
    static func name(_ text: String) -> String? {
        guard text.contains(".") || undotted.contains(ColumnText.folded(text)) else { return nil }
        let key = ColumnText.folded(text).filter { $0 != "." && $0 != " " }
        return names[key]
    }

    private static let undotted: Set<String> = ["cdmx", "edomex", "q. roo", "q roo"]

    private static let names: [String: String] = [
        "ags": "Aguascalientes", "bc": "Baja California", "bcs": "Baja California Sur", "camp": "Campeche",
        "coah": "Coahuila", "col": "Colima", "chis": "Chiapas", "chih": "Chihuahua", "cdmx": "Ciudad de México",
        "df": "Ciudad de México", "dgo": "Durango", "gto": "Guanajuato", "gro": "Guerrero", "hgo": "Hidalgo",
        "jal": "Jalisco", "méx": "Estado de México", "mex": "Estado de México", "edoméx": "Estado de México",
        "edomex": "Estado de México", "mich": "Michoacán", "mor": "Morelos", "nay": "Nayarit",
        "nl": "Nuevo León", "oax": "Oaxaca", "pue": "Puebla", "qro": "Querétaro", "qroo": "Quintana Roo",
        "qr": "Quintana Roo", "slp": "San Luis Potosí", "sin": "Sinaloa", "son": "Sonora", "tab": "Tabasco",
        "tamps": "Tamaulipas", "tlax": "Tlaxcala", "ver": "Veracruz", "yuc": "Yucatán", "zac": "Zacatecas",
    ]
}
