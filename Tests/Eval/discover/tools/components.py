"""Hand-labelled building blocks of the discover evaluation set.

Every value a recruiter would record is written here by hand, next to the
words it is recorded from; generate.py only combines blocks (a title, an
employer, a place, a pay sentence, distracting money) and renders them in each
public API's shape. No value is computed by jobhunt's own code.
"""

# Places by region: (text as the source prints it, city, state, country, arrangement hint or None).
PLACES = {
    "US": [
        ("New York, NY", "New York", "NY", "US", None),
        ("San Francisco, CA", "San Francisco", "CA", "US", None),
        ("Austin, TX", "Austin", "TX", "US", None),
        ("Chicago, IL", "Chicago", "IL", "US", None),
        ("Seattle, Washington", "Seattle", "WA", "US", None),
        ("Denver, CO", "Denver", "CO", "US", None),
        ("Boston, MA", "Boston", "MA", "US", None),
        ("Atlanta, Georgia, United States", "Atlanta", "GA", "US", None),
        ("Remote - US", None, None, "US", "remote"),
        ("United States - Remote Flexibility", None, None, "US", "remote"),
        ("Phoenix, AZ", "Phoenix", "AZ", "US", None),
        ("Columbus, Ohio", "Columbus", "OH", "US", None),
    ],
    "CA": [
        ("Toronto, ON", "Toronto", "ON", "CA", None),
        ("Vancouver, British Columbia, Canada", "Vancouver", "BC", "CA", None),
        ("Montréal, QC", "Montréal", "QC", "CA", None),
        ("Calgary, Alberta", "Calgary", "AB", "CA", None),
    ],
    "GB": [
        ("London, UK", "London", None, "GB", None),
        ("Manchester, United Kingdom", "Manchester", None, "GB", None),
        ("Bristol, England", "Bristol", None, "GB", None),
        ("Leeds, UK", "Leeds", None, "GB", None),
    ],
    "FR": [
        ("Paris, France", "Paris", None, "FR", None),
        ("Lyon, France", "Lyon", None, "FR", None),
        ("Labège, Occitanie, France", "Labège", "Occitanie", "FR", None),
        ("Paris, Île-de-France, France", "Paris", "Île-de-France", "FR", None),
        ("Nantes, France", "Nantes", None, "FR", None),
    ],
    "DE": [
        ("Berlin, Germany", "Berlin", None, "DE", None),
        ("München, Bayern, Deutschland", "München", "Bayern", "DE", None),
        ("Hamburg, Germany", "Hamburg", None, "DE", None),
        ("Köln, Deutschland", "Köln", None, "DE", None),
    ],
    "ES": [
        ("Madrid, Spain", "Madrid", None, "ES", None),
        ("Barcelona, España", "Barcelona", None, "ES", None),
        ("Valencia, Spain", "Valencia", None, "ES", None),
    ],
    "PT": [
        ("Lisboa, Portugal", "Lisboa", None, "PT", None),
        ("Porto, Portugal", "Porto", None, "PT", None),
    ],
    "NL": [
        ("Amsterdam, Netherlands", "Amsterdam", None, "NL", None),
        ("Rotterdam, The Netherlands", "Rotterdam", None, "NL", None),
        ("Utrecht, Netherlands", "Utrecht", None, "NL", None),
    ],
    "PL": [
        ("Gdańsk, Poland", "Gdańsk", None, "PL", None),
        ("Kraków, Polska", "Kraków", None, "PL", None),
    ],
    "AU": [
        ("Sydney, NSW, Australia", "Sydney", "NSW", "AU", None),
        ("Melbourne, Australia", "Melbourne", None, "AU", None),
    ],
    "IN": [("Bengaluru, India", "Bengaluru", None, "IN", None), ("Pune, India", "Pune", None, "IN", None)],
    "CH": [("Zürich, Switzerland", "Zürich", None, "CH", None)],
    "BR": [("São Paulo, Brazil", "São Paulo", None, "BR", None)],
}

LANGUAGE = {"US": "en", "CA": "en", "GB": "en", "FR": "fr", "DE": "de", "ES": "es", "PT": "pt", "NL": "nl",
            "PL": "en", "AU": "en", "IN": "en", "CH": "en", "BR": "pt"}

# Pay sentences by region: (sentence, yearly minimum, yearly maximum, currency). None: no salary.
PAY = {
    "US": [
        ("The base salary range for this role is $130,000 - $160,000.", 130000, 160000, "USD"),
        ("Compensation: $130,000/year - $150,000/year, plus equity.", 130000, 150000, "USD"),
        ("Pay range: $28 - $34 per hour.", 58240, 70720, "USD"),
        ("The hourly rate for this position is $45/hr.", 93600, 93600, "USD"),
        ("Salary: $5k - $10k / month", 60000, 120000, "USD"),
        ("OTE $180K–$220K (50/50 base and commission).", 180000, 220000, "USD"),
        ("The range for this role is $100,000 - $140,000*.\n*Final offers depend on location.", 100000, 140000, "USD"),
        ("Base pay: $95k to $115k annually.", 95000, 115000, "USD"),
        ("We offer a salary of up to $120,000 per year.", None, 120000, "USD"),
        ("Wage: $19.75 an hour, paid weekly.", 41080, 41080, "USD"),
        ("The expected pay range is between $72,000 and $88,000.", 72000, 88000, "USD"),
        ("Salary range: USD 150,000 – 175,000", 150000, 175000, "USD"),
        ("Annual salary: $64,500", 64500, 64500, "USD"),
        ("Pay: $1,200 - $1,500 per week", 62400, 78000, "USD"),
        ("This role pays $38-$44/hour depending on shift.", 79040, 91520, "USD"),
    ],
    "CA": [
        ("Salary range: $95,000 – $115,000 CAD", 95000, 115000, "CAD"),
        ("The pay range for this role is $85k-$100k.", 85000, 100000, "CAD"),
        ("Hourly wage: $26.50 - $31.00 per hour", 55120, 64480, "CAD"),
    ],
    "GB": [
        ("Salary: £57,000-£70,000 plus benefits", 57000, 70000, "GBP"),
        ("Day rate: £450 - £550 per day (outside IR35).", 117000, 143000, "GBP"),
        ("Competitive salary of £45k - £55k per annum.", 45000, 55000, "GBP"),
        ("Pay: £12.50 per hour", 26000, 26000, "GBP"),
        ("Salary: £38,000 - £42,000 pa", 38000, 42000, "GBP"),
    ],
    "FR": [
        ("Salaire : 45 000 € - 55 000 € bruts annuels.", 45000, 55000, "EUR"),
        ("Rémunération : entre 50k€ et 60k€ selon expérience.", 50000, 60000, "EUR"),
        ("TJM : 550 € / jour", 143000, 143000, "EUR"),
        ("Salaire : 2 800 € brut par mois", 33600, 33600, "EUR"),
        ("Rémunération annuelle : 38 000 à 42 000 EUR", 38000, 42000, "EUR"),
    ],
    "DE": [
        ("Gehalt: 60.000 € - 75.000 € brutto pro Jahr.", 60000, 75000, "EUR"),
        ("Vergütung: 4.500 € brutto/Monat", 54000, 54000, "EUR"),
        ("Stundenlohn: 18,50 € pro Stunde", 38480, 38480, "EUR"),
        ("Jahresgehalt zwischen 70.000 und 85.000 EUR.", 70000, 85000, "EUR"),
    ],
    "ES": [
        ("Salario: 35.000 - 42.000 € brutos anuales.", 35000, 42000, "EUR"),
        ("Rango salarial: de 30.000 € a 36.000 € al año.", 30000, 36000, "EUR"),
        ("Salario: 2.400 € brutos al mes", 28800, 28800, "EUR"),
    ],
    "PT": [
        ("Salário: 2.500 € - 3.200 € por mês", 30000, 38400, "EUR"),
        ("Remuneração anual entre 28.000 € e 34.000 €.", 28000, 34000, "EUR"),
    ],
    "NL": [
        ("Salaris: € 4.000 - € 5.200 per maand", 48000, 62400, "EUR"),
        ("Het salaris bedraagt €55.000 tot €68.000 per jaar.", 55000, 68000, "EUR"),
        ("Uurloon: € 22,50 per uur", 46800, 46800, "EUR"),
    ],
    "PL": [
        ("Salary: 18 000 - 24 000 PLN gross per month", 216000, 288000, "PLN"),
        ("Salary range: 15 000 – 19 000 PLN monthly (B2B).", 180000, 228000, "PLN"),
    ],
    "AU": [
        ("Salary: A$140k - A$160k + super", 140000, 160000, "AUD"),
        ("Base salary $120,000 - $135,000 plus superannuation.", 120000, 135000, "AUD"),
    ],
    "IN": [("CTC: ₹18,00,000 - ₹24,00,000 per annum", 1800000, 2400000, "INR")],
    "CH": [("Salary: CHF 120'000 - 140'000 p.a.", 120000, 140000, "CHF")],
    "BR": [("Salário: R$ 8.000,00 a R$ 10.000,00 por mês", 96000, 120000, "BRL")],
}

# Money that is not this role's pay, by language: never a salary.
DISTRACTORS = {
    "en": [
        "We've raised $300 million from our investors and are valued at $2.1 billion.",
        "Benefits include a fertility benefit up to $10,000 per year.",
        "You'll have ~$15k/month of compute to run experiments.",
        "We match charitable donations up to $2,000 a year.",
        "Access to our $200K+ perk marketplace.",
        "Experience with PHP 7/8 and Laravel is a plus.",
        "A $1,500 yearly learning stipend and a $500 home office budget.",
        "Our 401(k) plan comes with a 4% match.",
        "We closed a $45M Series B last spring.",
        "Meal allowance of $25 per day when on site.",
    ],
    "fr": [
        "Tickets restaurant de 11€/jour et mutuelle prise en charge à 100 %.",
        "Nous avons levé 20 M€ en 2025 auprès de nos investisseurs.",
        "Forfait mobilités durables jusqu'à 700 € par an.",
    ],
    "de": [
        "Zuschuss zum Deutschlandticket (49 € im Monat).",
        "Essensgutscheine im Wert von 7 € pro Tag.",
        "Wir haben 30 Mio. € Series-B-Finanzierung eingesammelt.",
    ],
    "es": ["Ayuda de comida de 11 € al día.", "Presupuesto de formación de 1.000 € al año."],
    "pt": ["Vale-refeição de 9 € por dia.", "Seguro de saúde e budget de formação de 800 € por ano."],
    "nl": ["Thuiswerkvergoeding van € 2 per dag.", "Een opleidingsbudget van € 1.500 per jaar."],
}

# Titles: (title, level a recruiter would record from the title, employment type or None, profession words).
TITLES = [
    ("Senior Backend Engineer", "senior", "full-time", "backend services in Go and PostgreSQL"),
    ("Registered Nurse - ICU", None, "full-time", "critical care nursing on a 24-bed unit"),
    ("Staff Data Scientist", "senior", "full-time", "forecasting models and experiment design"),
    ("Junior Accountant", "entry", "full-time", "month-end close and reconciliations"),
    ("Technical Consultant, Mid-Market", None, "full-time", "onboarding mid-market customers"),
    ("Account Executive, Mid-Market", None, "full-time", "closing new business with mid-sized firms"),
    ("Product Designer", None, "full-time", "user research, flows and prototypes in Figma"),
    ("Lead Product Designer", "lead", "full-time", "leading a team of four designers"),
    ("Head of Marketing", "lead", "full-time", "brand, demand generation and a team of six"),
    ("VP of Finance", "executive", "full-time", "FP&A, treasury and the audit"),
    ("Customer Support Specialist", None, "full-time", "answering customers by chat and e-mail"),
    ("Data Analyst II", "mid", "full-time", "SQL dashboards for the operations team"),
    ("Software Engineer III", "senior", "full-time", "payments APIs in Java"),
    ("Marketing Intern", "entry", "internship", "social media and campaign reporting"),
    ("Principal Engineer", "lead", "full-time", "architecture across four product teams"),
    ("Director of Operations", "lead", "full-time", "warehouses, carriers and a 60-person team"),
    ("Electrician", None, "full-time", "commercial fit-outs and maintenance"),
    ("Truck Driver CDL-A", None, "full-time", "regional routes, home every weekend"),
    ("Paralegal", None, "full-time", "contract review and case files"),
    ("Dental Hygienist", None, "part-time", "cleanings and patient education"),
    ("Mechanical Engineer", None, "full-time", "design of pumps and valves in SolidWorks"),
    ("Sales Development Representative", None, "full-time", "outbound prospecting"),
    ("Solutions Architect", None, "full-time", "pre-sales architecture for cloud customers"),
    ("Pharmacist", None, "full-time", "dispensing and patient counselling"),
    ("HR Business Partner", None, "full-time", "employee relations for two business units"),
    ("Site Reliability Engineer", None, "full-time", "on-call, Kubernetes and observability"),
    ("Copywriter (Freelance)", None, "contract", "landing pages and product e-mails"),
    ("Warehouse Team Member (Part-time)", None, "part-time", "picking and packing"),
    ("Senior iOS Engineer", "senior", "full-time", "SwiftUI and offline sync"),
    ("Chef de Partie", None, "full-time", "the grill section of a 90-cover restaurant"),
    ("Mathematics Teacher", None, "full-time", "teaching years 7 to 11"),
    ("Junior Frontend Developer", "entry", "full-time", "React components and tests"),
    ("Contract Recruiter", None, "contract", "hiring engineers for a six-month project"),
    ("QA Engineer", None, "full-time", "test automation with Playwright"),
    ("Chief Technology Officer", "executive", "full-time", "the engineering organisation of 40"),
]

# Titles in the other languages: (title, level, employment type, words).
LOCAL_TITLES = {
    "fr": [("Ingénieur DevOps Senior", "senior", "full-time", "l'infrastructure Kubernetes"),
           ("Développeur Full Stack", None, "full-time", "nos applications web en TypeScript"),
           ("Infirmier de bloc opératoire", None, "full-time", "le bloc de chirurgie ambulatoire"),
           ("Stage - Assistant Marketing", "entry", "internship", "nos campagnes digitales")],
    "de": [("Softwareentwickler Java (m/w/d)", None, "full-time", "unsere Plattform in Java"),
           ("Senior Data Engineer (m/w/d)", "senior", "full-time", "Datenpipelines mit Spark"),
           ("Pflegefachkraft (m/w/d)", None, "part-time", "die Pflege auf der Intensivstation"),
           ("Werkstudent Vertrieb (m/w/d)", None, "part-time", "den Vertrieb im Innendienst")],
    "es": [("Desarrollador Backend Sr", "senior", "full-time", "servicios en Python"),
           ("Enfermera de quirófano", None, "full-time", "el quirófano de traumatología"),
           ("Analista de Datos Junior", "entry", "full-time", "informes en SQL")],
    "pt": [("Engenheiro de Software Sênior", "senior", "full-time", "serviços em Kotlin"),
           ("Analista de Marketing", None, "full-time", "campanhas de performance")],
    "nl": [("Verpleegkundige IC", None, "full-time", "de intensive care"),
           ("Senior Java Developer", "senior", "full-time", "onze betaalplatform"),
           ("Junior Accountmanager", "entry", "full-time", "bestaande klanten")],
}

COMPANIES = [
    "Harbor & Finch Analytics", "Quillstone Health", "Ferrowind Energy GmbH", "Lanterna Labs",
    "Bramblecourt Legal LLP", "Northgate Logistics, Inc.", "Cobaltline Software", "Maison Verlaine SAS",
    "Riverside Community Hospital", "Tidewell Payments", "Oakhaven Schools Trust", "Pelican Freight Co.",
    "Vireo Robotics", "Saltmarsh Dental Group", "Kestrel Cloud", "Alder & Moss Consulting", "Bluefjord AB",
    "Granary Foods Ltd", "Lumisol BV", "Copperleaf Insurance", "Estrela Digital Lda", "Solano Clínicas SL",
    "Westbrook Engineering", "Hexaloom", "Ridgeway Pharmacy", "Marigold Studios", "Tessaract Security",
    "Juniper Grove Hotels", "Nordlicht Mobility GmbH", "Polaris Retail Group", "Brightwater Utilities",
    "Cinder & Oak Restaurants", "Gdańskie Systemy Sp. z o.o.", "Wattle Health Pty Ltd", "Indus Finserv",
    "Alpenrose Bank AG", "Ipê Tecnologia", "Fieldnote", "Sablewood Interactive", "Orchard Lane Care Homes",
]

# Intro lines by language, to frame the description.
INTRO = {
    "en": "{company} is hiring. You will work on {words}.",
    "fr": "{company} recrute. Vous travaillerez sur {words}.",
    "de": "{company} sucht Verstärkung. Sie arbeiten an {words}.",
    "es": "{company} busca talento. Trabajarás en {words}.",
    "pt": "A {company} está a contratar. Vais trabalhar em {words}.",
    "nl": "{company} zoekt versterking. Je werkt aan {words}.",
}

REQUIREMENTS = {
    "en": ("Requirements", ["Experience in a similar role", "Clear written English", "A valid work permit"]),
    "fr": ("Profil recherché", ["Une première expérience réussie", "Bon niveau d'anglais"]),
    "de": ("Anforderungen", ["Abgeschlossene Ausbildung oder Studium", "Sehr gute Deutschkenntnisse"]),
    "es": ("Requisitos", ["Experiencia previa en un puesto similar", "Inglés fluido"]),
    "pt": ("Requisitos", ["Experiência anterior numa função semelhante", "Inglês fluente"]),
    "nl": ("Wat vragen wij", ["Afgeronde hbo-opleiding", "Goede beheersing van het Nederlands"]),
}

BENEFITS_HEADING = {"en": "Benefits", "fr": "Avantages", "de": "Benefits", "es": "Beneficios",
                    "pt": "Benefícios", "nl": "Wat bieden wij"}
