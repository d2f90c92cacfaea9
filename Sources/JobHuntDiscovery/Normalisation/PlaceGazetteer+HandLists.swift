// The gazetteer's hand-written lists: regions and cities that mean one place in
// job postings, which decide before GeoNames' tables are asked.
import JobHuntKernel

extension PlaceGazetteer {
    /// Region codes of countries whose columns keep the code, beyond ISO's (India's "TS", Mexico's "CDMX").
    static let regionCodes: [String: Set<String>] = [
        "BR": [
            "SP", "RJ", "MG", "PR", "RS", "SC", "BA", "PE", "CE", "DF", "GO", "ES", "PA", "AM", "MA", "PB", "RN",
            "AL", "SE", "PI", "MT", "MS", "RO", "TO", "AC", "AP", "RR",
        ],
        "IN": ["KA", "MH", "TN", "TG", "TS", "DL", "HR", "UP", "GJ", "KL", "WB", "AP", "RJ"],
        "MX": ["CDMX", "JAL", "NL"],
    ]

    static let regions: [String: String] = {
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
            // England's ceremonial counties, as British postings write them after the town ("Hull, East
            // Riding of Yorkshire", "Telford, Shropshire"); GeoNames' first level is only England,
            // Scotland, Wales and Northern Ireland. Not those that are also a North American city or
            // county of note (Kent, Norfolk, Surrey, Durham, Essex, Suffolk, Somerset, Cornwall, …).
            (
                "GB",
                [
                    "bedfordshire", "buckinghamshire", "cambridgeshire", "cumbria", "derbyshire", "east sussex",
                    "east riding of yorkshire", "gloucestershire", "hampshire", "herefordshire", "hertfordshire",
                    "isle of wight", "lancashire", "leicestershire", "lincolnshire", "merseyside", "north yorkshire",
                    "northamptonshire", "northumberland", "nottinghamshire", "oxfordshire", "shropshire",
                    "south yorkshire", "staffordshire", "tyne and wear", "warwickshire", "west sussex",
                    "west yorkshire", "wiltshire", "worcestershire", "county durham",
                ]
            ),
        ]
        for (country, names) in lists { for name in names { table[name] = country } }
        // Ireland's counties as Irish addresses write them, "Co. Clare", "County Kerry", and Northern
        // Ireland's six (in the UK): a county's name alone is often a town's ("Clare", "Down").
        let counties: [(String, [String])] = [
            (
                "IE",
                [
                    "carlow", "cavan", "clare", "cork", "donegal", "dublin", "galway", "kerry", "kildare", "kilkenny",
                    "laois", "leitrim", "limerick", "longford", "louth", "mayo", "meath", "monaghan", "offaly",
                    "roscommon", "sligo", "tipperary", "waterford", "westmeath", "wexford", "wicklow",
                ]
            ),
            ("GB", ["antrim", "armagh", "down", "fermanagh", "londonderry", "derry", "tyrone"]),
        ]
        for (country, names) in counties {
            for name in names {
                for prefix in ["co. ", "co ", "county "] { table[prefix + name] = country }
            }
        }
        return table
    }()

    static let cities: [String: (country: String, state: String?)] = {
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
            // The capitals of Austria's states and Italy's regions by the names postings use: GeoNames
            // writes "Klagenfurt am Wörthersee", and a Philippine Trento keeps the Italian one from
            // dominating a bare name, yet a recruiter reads "Klagenfurt" or "Trento" without a doubt.
            (
                "AT",
                [
                    "vienna", "wien", "graz", "linz", "salzburg", "innsbruck", "klagenfurt", "st. pölten",
                    "sankt pölten", "st. poelten", "bregenz", "eisenstadt",
                ]
            ),
            (
                "IT",
                [
                    "milan", "milano", "rome", "roma", "turin", "torino", "bologna", "florence", "firenze", "naples",
                    "napoli", "genova", "genoa", "trieste", "trento", "bolzano", "aosta", "ancona", "perugia",
                    "l'aquila", "campobasso", "potenza", "bari", "catanzaro", "palermo", "cagliari",
                ]
            ),
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
