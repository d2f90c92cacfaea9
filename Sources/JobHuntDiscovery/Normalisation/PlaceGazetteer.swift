// What a recruiter knows without a map: Toulouse is in France, Occitanie is a
// French region, Curitiba's "PR" is Paraná and not Puerto Rico. Fills the
// country (and for big US and Canadian cities the state or province) that a
// location string left out, and nothing it already says.
import JobHuntKernel

/// Well-known cities and first-level regions outside the US and Canada, by folded name.
///
/// Only names that mean one place in job postings are listed: "London" is London, England (a
/// posting for London, Ontario writes the province), but "Cambridge", "Portland", "Hamilton"
/// and "Victoria" are left out, since they are as often one place as another.
package enum PlaceGazetteer {
    /// The place with its missing country (and, for listed cities, state) filled in when the
    /// city or region is known; anything the place already says is kept.
    ///
    ///     PlaceGazetteer.completed(PostingPlace(city: "Toulouse", state: "Occitanie"))
    ///     // city Toulouse, state Occitanie, country FR
    package static func completed(_ place: PostingPlace) -> PostingPlace {
        guard place.area == nil else { return place }
        var place = place
        if let country = place.country {
            // Lever's "Edmonton" with `country: "CA"`: the province of a listed city in that country.
            if place.state == nil, let name = place.city, let known = city(name), known.country == country {
                place.state = known.state
            }
            return place
        }
        if let state = place.state, let country = regionCountry(state) {
            place.country = country
            // "Nancy, GES", "Zwolle, OV": a region code becomes its name once the country is known.
            place.state = RegionCodes.regionName(state, country: country) ?? state
            return place
        }
        if let name = place.city, let known = city(name) {
            place.country = known.country
            // "Labège, OCC": now that the country is known, a region code becomes its name.
            place.state = place.state.flatMap { RegionCodes.regionName($0, country: known.country) } ?? known.state
        }
        return place
    }

    /// The country and state of a listed city ("Toulouse" → FR, "Austin" → TX, US).
    package static func city(_ name: String) -> (country: String, state: String?)? {
        cities[ColumnText.folded(name)]
    }

    /// The country of a first-level region outside the US and Canada, by name
    /// ("Occitanie" → FR, "Bayern" → DE, "New South Wales" → AU).
    package static func regionCountry(_ name: String) -> String? {
        let key = ColumnText.folded(name)
        return regions[key] ?? uniqueCodes[key.uppercased()]
    }

    /// Region codes that name one country's state and nothing else a location can hold (not a US
    /// state, a Canadian province or a country code): "Fortaleza, CE", "Geelong, VIC".
    private static let uniqueCodes: [String: String] = [
        "CE": "BR", "BA": "BR", "RJ": "BR", "SP": "BR", "MG": "BR", "RS": "BR", "DF": "BR", "GO": "BR",
        "PB": "BR", "RN": "BR", "PI": "BR", "AC": "BR", "AP": "BR", "RR": "BR", "AM": "BR",
        "NSW": "AU", "VIC": "AU", "QLD": "AU", "TAS": "AU", "ACT": "AU",
        // France's regions as Indeed prints them, and the Dutch provinces whose codes are nothing else.
        "IDF": "FR", "HDF": "FR", "ARA": "FR", "OCC": "FR", "PDL": "FR", "NAQ": "FR", "PAC": "FR", "GES": "FR",
        "BRE": "FR", "BFC": "FR", "CVL": "FR", "OV": "NL", "DR": "NL", "ZE": "NL",
    ]

    /// "Perth, WA", "Curitiba, PR", "Bengaluru, KA": a two-letter region code that belongs to the
    /// country of a listed city, which beats reading it as a US state. Nil when the city is not
    /// listed or the code is not one of its country's.
    package static func codeOfCity(_ city: String, region code: String) -> (code: String, country: String)? {
        guard let known = self.city(city), let codes = regionCodes[known.country] else { return nil }
        let upper = code.uppercased()
        return codes.contains(upper) ? (upper, known.country) : nil
    }

    private static let regionCodes: [String: Set<String>] = [
        "AU": ["NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT"],
        "BR": [
            "SP", "RJ", "MG", "PR", "RS", "SC", "BA", "PE", "CE", "DF", "GO", "ES", "PA", "AM", "MA", "PB", "RN",
            "AL", "SE", "PI", "MT", "MS", "RO", "TO", "AC", "AP", "RR",
        ],
        "IN": ["KA", "MH", "TN", "TG", "TS", "DL", "HR", "UP", "GJ", "KL", "WB", "AP", "RJ"],
        "MX": ["CDMX", "JAL", "NL"],
    ]

    private static let regions: [String: String] = {
        var table: [String: String] = [:]
        let lists: [(String, [String])] = [
            (
                "FR",
                [
                    "île-de-france", "ile-de-france", "ile de france", "hauts-de-france", "auvergne-rhône-alpes",
                    "auvergne-rhone-alpes", "occitanie", "pays de la loire", "pays-de-la-loire",
                    "nouvelle-aquitaine", "provence-alpes-côte d'azur", "provence-alpes-cote d'azur", "paca",
                    "grand est", "bretagne", "brittany", "normandie", "normandy", "bourgogne-franche-comté",
                    "bourgogne-franche-comte", "centre-val de loire", "corse", "corsica",
                ]
            ),
            (
                "DE",
                [
                    "baden-württemberg", "baden-wurttemberg", "bayern", "bavaria", "brandenburg", "hessen", "hesse",
                    "mecklenburg-vorpommern", "niedersachsen", "lower saxony", "nordrhein-westfalen",
                    "north rhine-westphalia", "nrw", "rheinland-pfalz", "rhineland-palatinate", "saarland",
                    "sachsen", "saxony", "sachsen-anhalt", "saxony-anhalt", "schleswig-holstein", "thüringen",
                    "thuringia",
                ]
            ),
            (
                "ES",
                [
                    "comunidad de madrid", "cataluña", "catalunya", "catalonia", "andalucía", "andalucia",
                    "andalusia", "país vasco", "pais vasco", "euskadi", "basque country", "comunidad valenciana",
                    "comunitat valenciana", "galicia", "castilla y león", "castilla-la mancha", "aragón", "aragon",
                    "asturias", "cantabria", "navarra", "región de murcia", "islas baleares", "illes balears",
                    "canarias", "islas canarias", "canary islands", "extremadura",
                ]
            ),
            ("PT", ["madeira", "açores", "azores", "algarve", "área metropolitana de lisboa"]),
            (
                "NL",
                [
                    "noord-holland", "north holland", "zuid-holland", "south holland", "noord-brabant",
                    "north brabant", "gelderland", "overijssel", "friesland", "fryslân", "drenthe", "flevoland",
                    "zeeland",
                ]
            ),
            ("BE", ["flanders", "vlaanderen", "wallonia", "wallonie", "brussels-capital region"]),
            (
                "IT",
                [
                    "lombardia", "lombardy", "lazio", "piemonte", "piedmont", "veneto", "emilia-romagna", "toscana",
                    "tuscany", "campania", "sicilia", "sicily",
                ]
            ),
            ("GB", ["greater london", "greater manchester", "west midlands"]),
            ("CH", ["vaud", "ticino", "graubünden", "aargau"]),
            ("AT", ["tirol", "tyrol", "steiermark", "styria", "oberösterreich", "niederösterreich", "kärnten"]),
            (
                "PL",
                [
                    "mazowieckie", "masovian", "małopolskie", "lesser poland", "pomorskie", "pomeranian",
                    "dolnośląskie", "lower silesian", "wielkopolskie", "greater poland", "śląskie", "silesian",
                    "łódzkie",
                ]
            ),
            (
                "AU",
                [
                    "new south wales", "queensland", "western australia", "south australia", "tasmania",
                    "northern territory", "australian capital territory",
                ]
            ),
            (
                "IN",
                [
                    "karnataka", "maharashtra", "tamil nadu", "telangana", "haryana", "uttar pradesh", "gujarat",
                    "kerala", "west bengal", "andhra pradesh", "rajasthan",
                ]
            ),
            (
                "BR",
                ["minas gerais", "paraná", "parana", "rio grande do sul", "santa catarina", "bahia", "pernambuco"]
            ),
            ("MX", ["cdmx", "jalisco", "nuevo león", "nuevo leon"]),
        ]
        for (country, names) in lists { for name in names { table[name] = country } }
        return table
    }()

    private static let cities: [String: (country: String, state: String?)] = {
        var table: [String: (String, String?)] = [:]
        let us: [(String, String)] = [
            ("new york", "NY"), ("brooklyn", "NY"), ("san francisco", "CA"), ("los angeles", "CA"),
            ("chicago", "IL"), ("seattle", "WA"), ("boston", "MA"), ("austin", "TX"), ("denver", "CO"),
            ("atlanta", "GA"), ("miami", "FL"), ("dallas", "TX"), ("houston", "TX"), ("phoenix", "AZ"),
            ("philadelphia", "PA"), ("san diego", "CA"), ("minneapolis", "MN"), ("detroit", "MI"),
            ("pittsburgh", "PA"), ("salt lake city", "UT"), ("nashville", "TN"), ("raleigh", "NC"),
            ("charlotte", "NC"), ("las vegas", "NV"), ("baltimore", "MD"), ("st. louis", "MO"), ("st louis", "MO"),
            ("oakland", "CA"), ("palo alto", "CA"), ("mountain view", "CA"), ("sunnyvale", "CA"),
            ("cupertino", "CA"), ("menlo park", "CA"), ("boulder", "CO"), ("orlando", "FL"), ("tampa", "FL"),
            ("sacramento", "CA"), ("san antonio", "TX"), ("indianapolis", "IN"), ("cleveland", "OH"),
            ("cincinnati", "OH"), ("columbus", "OH"), ("milwaukee", "WI"), ("new orleans", "LA"),
            ("honolulu", "HI"), ("anchorage", "AK"), ("albuquerque", "NM"), ("omaha", "NE"), ("tucson", "AZ"),
        ]
        for (city, state) in us { table[city] = ("US", state) }
        let canada: [(String, String)] = [
            ("toronto", "ON"), ("ottawa", "ON"), ("montreal", "QC"), ("montréal", "QC"), ("vancouver", "BC"),
            ("calgary", "AB"), ("edmonton", "AB"), ("winnipeg", "MB"), ("québec city", "QC"),
        ]
        for (city, state) in canada { table[city] = ("CA", state) }
        // Australian states are kept only as written ("Perth, WA"): sources and recruiters rarely add them.
        for city in ["sydney", "melbourne", "brisbane", "perth", "adelaide", "canberra", "hobart", "darwin"] {
            table[city] = ("AU", nil)
        }
        let others: [(String, [String])] = [
            (
                "GB",
                [
                    "london", "manchester", "edinburgh", "glasgow", "bristol", "leeds", "liverpool", "belfast",
                    "cardiff", "sheffield", "nottingham", "newcastle upon tyne", "brighton", "oxford",
                ]
            ),
            ("IE", ["dublin", "cork", "galway", "limerick"]),
            (
                "FR",
                [
                    "paris", "lyon", "marseille", "toulouse", "bordeaux", "lille", "nantes", "strasbourg", "nice",
                    "montpellier", "rennes", "grenoble", "labège", "sophia antipolis", "la défense",
                ]
            ),
            (
                "DE",
                [
                    "berlin", "munich", "münchen", "hamburg", "cologne", "köln", "frankfurt", "frankfurt am main",
                    "stuttgart", "düsseldorf", "leipzig", "dresden", "hannover", "nuremberg", "nürnberg", "bremen",
                    "essen", "dortmund", "karlsruhe", "mannheim", "bonn",
                ]
            ),
            (
                "ES",
                [
                    "madrid", "barcelona", "sevilla", "seville", "bilbao", "málaga", "malaga", "zaragoza", "valencia",
                    "alicante", "palma", "las palmas", "san sebastián", "donostia", "vigo", "a coruña",
                ]
            ),
            ("PT", ["lisbon", "lisboa", "porto", "braga", "coimbra", "aveiro", "faro", "funchal"]),
            (
                "NL",
                [
                    "amsterdam", "rotterdam", "utrecht", "eindhoven", "the hague", "den haag", "groningen",
                    "leiden", "delft", "haarlem", "arnhem", "nijmegen", "tilburg", "maastricht",
                ]
            ),
            ("BE", ["brussels", "bruxelles", "brussel", "antwerp", "antwerpen", "ghent", "gent", "leuven", "liège"]),
            ("CH", ["zurich", "zürich", "geneva", "genève", "basel", "bern", "lausanne", "zug", "lugano"]),
            ("AT", ["vienna", "wien", "graz", "linz", "salzburg", "innsbruck"]),
            ("IT", ["milan", "milano", "rome", "roma", "turin", "torino", "bologna", "florence", "firenze", "naples"]),
            ("SE", ["stockholm", "gothenburg", "göteborg", "malmö", "malmo", "uppsala"]),
            ("NO", ["oslo", "bergen", "trondheim"]),
            ("DK", ["copenhagen", "københavn", "aarhus"]),
            ("FI", ["helsinki", "espoo", "tampere"]),
            (
                "PL",
                [
                    "warsaw", "warszawa", "kraków", "krakow", "wrocław", "wroclaw", "gdańsk", "gdansk", "poznań",
                    "poznan", "łódź", "lodz", "katowice", "gdynia",
                ]
            ),
            ("CZ", ["prague", "praha", "brno"]), ("HU", ["budapest"]),
            ("RO", ["bucharest", "bucurești", "cluj-napoca"]),
            ("BG", ["sofia"]), ("GR", ["athens", "thessaloniki"]), ("EE", ["tallinn", "tartu"]), ("LV", ["riga"]),
            ("LT", ["vilnius", "kaunas"]), ("UA", ["kyiv", "kiev", "lviv", "kharkiv"]), ("TR", ["istanbul", "ankara"]),
            ("IL", ["tel aviv", "tel aviv-yafo", "jerusalem", "haifa"]), ("AE", ["dubai", "abu dhabi"]),
            (
                "IN",
                [
                    "bangalore", "bengaluru", "mumbai", "pune", "hyderabad", "chennai", "delhi", "new delhi", "gurgaon",
                    "gurugram", "noida", "kolkata", "ahmedabad", "kochi",
                ]
            ),
            ("SG", ["singapore"]), ("HK", ["hong kong"]), ("JP", ["tokyo", "osaka", "kyoto", "yokohama"]),
            ("KR", ["seoul", "busan"]), ("CN", ["shanghai", "beijing", "shenzhen", "guangzhou", "hangzhou"]),
            ("TW", ["taipei"]), ("PH", ["manila", "makati", "cebu"]), ("ID", ["jakarta"]),
            ("MY", ["kuala lumpur"]), ("TH", ["bangkok"]), ("VN", ["ho chi minh city", "hanoi"]),
            ("NZ", ["auckland", "wellington", "christchurch"]),
            (
                "BR",
                [
                    "são paulo", "sao paulo", "rio de janeiro", "belo horizonte", "curitiba", "porto alegre",
                    "florianópolis", "florianopolis", "recife", "campinas", "brasília", "brasilia",
                ]
            ),
            ("MX", ["mexico city", "ciudad de méxico", "monterrey"]), ("AR", ["buenos aires"]),
            ("CO", ["bogotá", "bogota", "medellín", "medellin"]), ("PE", ["lima"]), ("UY", ["montevideo"]),
            ("CL", ["santiago"]), ("ZA", ["cape town", "johannesburg"]), ("NG", ["lagos"]), ("KE", ["nairobi"]),
            ("EG", ["cairo"]), ("MA", ["casablanca"]),
        ]
        for (country, names) in others { for name in names { table[name] = (country, nil) } }
        return table
    }()
}
