"""Blocks used only by the held-out half, written after the dev half was tuned
and never tuned on: different pay phrasings, distracting money, places and
titles, so held-out measures phrasings the rules were not fitted to.
Same format as components.py.
"""

PLACES = {
    "US": [("Minneapolis, MN", "Minneapolis", "MN", "US", None),
           ("Portland, Oregon", "Portland", "OR", "US", None),
           ("Remote (USA)", None, None, "US", "remote")],
    "CA": [("Ottawa, Ontario, Canada", "Ottawa", "ON", "CA", None)],
    "GB": [("Glasgow, Scotland, UK", "Glasgow", "Scotland", "GB", None), ("Cardiff, Wales", "Cardiff", None, "GB", None)],
    "FR": [("Bordeaux, Nouvelle-Aquitaine, France", "Bordeaux", "Nouvelle-Aquitaine", "FR", None),
           ("Lille, France", "Lille", None, "FR", None)],
    "DE": [("Frankfurt am Main, Hessen, Germany", "Frankfurt am Main", "Hessen", "DE", None),
           ("Stuttgart, Deutschland", "Stuttgart", None, "DE", None)],
    "ES": [("Sevilla, Andalucía, España", "Sevilla", "Andalucía", "ES", None)],
    "PT": [("Braga, Portugal", "Braga", None, "PT", None)],
    "NL": [("Eindhoven, Noord-Brabant, Netherlands", "Eindhoven", "Noord-Brabant", "NL", None)],
    "PL": [("Wrocław, Poland", "Wrocław", None, "PL", None)],
    "AU": [("Brisbane, QLD, Australia", "Brisbane", "QLD", "AU", None)],
    "IN": [("Hyderabad, Telangana, India", "Hyderabad", "Telangana", "IN", None)],
    "CH": [("Genève, Switzerland", "Genève", None, "CH", None)],
    "BR": [("Rio de Janeiro, RJ, Brazil", "Rio de Janeiro", "RJ", "BR", None)],
}

PAY = {
    "US": [
        ("Salary Range: $110K - $135K USD annually", 110000, 135000, "USD"),
        ("The pay for this role ranges from $52,000 to $61,000 per year.", 52000, 61000, "USD"),
        ("Hourly Range: $21.00 - $24.50", 43680, 50960, "USD"),
        ("Target base salary: $165,000-$190,000 + equity", 165000, 190000, "USD"),
        ("Compensation for this position is $4,500/month.", 54000, 54000, "USD"),
        ("This position pays $900 per week.", 46800, 46800, "USD"),
        ("Salary: $70k+ depending on experience", 70000, None, "USD"),
        ("In New York, the base salary for this role is $145,000 – $175,000.", 145000, 175000, "USD"),
    ],
    "CA": [("Compensation: CA$120,000 – CA$140,000", 120000, 140000, "CAD")],
    "GB": [
        ("Salary £35k–£40k per year + 25 days holiday", 35000, 40000, "GBP"),
        ("Rate: £600/day inside IR35", 156000, 156000, "GBP"),
        ("Pay rate: £11.44 per hour (National Living Wage)", 23795, 23795, "GBP"),
    ],
    "FR": [
        ("Salaire annuel brut : 42K€ à 48K€", 42000, 48000, "EUR"),
        ("Rémunération : 3 200 € bruts mensuels", 38400, 38400, "EUR"),
    ],
    "DE": [
        ("Das Jahresgehalt liegt zwischen 55.000 € und 65.000 €.", 55000, 65000, "EUR"),
        ("Vergütung: 22 € pro Stunde", 45760, 45760, "EUR"),
    ],
    "ES": [
        ("Retribución: 28.000€ - 32.000€ brutos/año", 28000, 32000, "EUR"),
        ("Sueldo: 1.800 € netos al mes", 21600, 21600, "EUR"),
    ],
    "PT": [("Salário base: 1.600 € x 14 meses", 22400, 22400, "EUR")],
    "NL": [
        ("Salaris: €3.500 - €4.800 bruto per maand", 42000, 57600, "EUR"),
        ("Je verdient tussen de €45.000 en €55.000 per jaar.", 45000, 55000, "EUR"),
    ],
    "PL": [("Salary: 16 000 – 21 000 PLN per month", 192000, 252000, "PLN")],
    "AU": [("Package: $95,000 - $105,000 + 11.5% super", 95000, 105000, "AUD")],
    "IN": [("Salary: INR 12 LPA - 15 LPA", 1200000, 1500000, "INR")],
    "CH": [("Lohn: CHF 95'000 – 110'000 brutto pro Jahr", 95000, 110000, "CHF")],
    "BR": [("Faixa salarial: R$ 6.500 a R$ 8.000 mensais", 78000, 96000, "BRL")],
}

DISTRACTORS = {
    "en": [
        "Employees get a $100 monthly wellness reimbursement.",
        "We are backed by $120M from leading VCs.",
        "Last year we processed over $4 billion in payments.",
        "A $2,500 annual professional development fund.",
        "Referral bonus of $3,000 for every hire you bring.",
        "We run Python 3.12, Java 21 and Node 20 in production.",
    ],
    "fr": ["Prime de cooptation de 1 500 €.", "Chiffre d'affaires de 12 M€ en 2025."],
    "de": ["Bis zu 1.000 € Weiterbildungsbudget pro Jahr.", "Umsatz von 80 Mio. € im Jahr 2025."],
    "es": ["Cheque guardería de hasta 200 € al mes."],
    "pt": ["Subsídio de alimentação de 10,20 € por dia."],
    "nl": ["Reiskostenvergoeding van € 0,23 per kilometer."],
}

TITLES = [
    ("Nurse Practitioner", None, "full-time", "primary care for adult patients"),
    ("Senior Financial Analyst", "senior", "full-time", "budgets and the monthly forecast"),
    ("Line Cook", None, "part-time", "the sauté station"),
    ("Forklift Operator", None, "full-time", "loading bays on the night shift"),
    ("Junior Data Engineer", "entry", "full-time", "dbt models and Airflow jobs"),
    ("Lead Electrician", "lead", "full-time", "a crew of five on new builds"),
    ("Customer Success Manager", None, "full-time", "a book of 40 enterprise accounts"),
    ("Head of People", "lead", "full-time", "hiring, pay reviews and policies"),
    ("Staff Software Engineer", "senior", "full-time", "the search platform"),
    ("Physiotherapy Intern", "entry", "internship", "outpatient rehabilitation"),
]

LOCAL_TITLES = {
    "fr": [("Ingénieure Data Senior", "senior", "full-time", "nos pipelines de données")],
    "de": [("Sachbearbeiter Buchhaltung (m/w/d)", None, "full-time", "die Kreditorenbuchhaltung")],
    "es": [("Camarero/a", None, "part-time", "el servicio de sala")],
    "pt": [("Técnico de Manutenção", None, "full-time", "a manutenção preventiva")],
    "nl": [("Medior Backend Developer", "mid", "full-time", "onze API's in Kotlin")],
}
