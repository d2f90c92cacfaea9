"""Blocks for the `fresh` set, written after every rule change of issue 18 and
measured once, untouched afterwards: the clean held-out figure. Phrasings,
places, titles and distracting money appear in neither dev nor heldout.
Same format as components.py.
"""

PLACES = {
    "US": [("Salt Lake City, UT", "Salt Lake City", "UT", "US", None), ("Remote, US", None, None, "US", "remote")],
    "CA": [("Halifax, Nova Scotia", "Halifax", "NS", "CA", None)],
    "GB": [("Belfast, Northern Ireland", "Belfast", None, "GB", None)],
    "FR": [("Strasbourg, France", "Strasbourg", None, "FR", None),
           ("Toulouse, Occitanie", "Toulouse", "Occitanie", "FR", None)],
    "DE": [("Leipzig, Sachsen, Deutschland", "Leipzig", "Sachsen", "DE", None)],
    "ES": [("Bilbao, Spain", "Bilbao", None, "ES", None)],
    "PT": [("Coimbra, Portugal", "Coimbra", None, "PT", None)],
    "NL": [("Groningen, Netherlands", "Groningen", None, "NL", None)],
    "PL": [("Poznań, Poland", "Poznań", None, "PL", None)],
    "AU": [("Perth, WA, Australia", "Perth", "WA", "AU", None)],
    "IN": [("Chennai, Tamil Nadu, India", "Chennai", "Tamil Nadu", "IN", None)],
    "CH": [("Basel, Switzerland", "Basel", None, "CH", None)],
    "BR": [("Curitiba, PR, Brazil", "Curitiba", "PR", "BR", None)],
}

PAY = {
    "US": [
        ("Estimated pay: $31.25/hr - $38.75/hr", 65000, 80600, "USD"),
        ("Base Compensation Range: $98,000.00 - $122,000.00 USD", 98000, 122000, "USD"),
        ("This is a salaried role paying 85K-95K USD.", 85000, 95000, "USD"),
        ("Annual base: USD $140k–$160k", 140000, 160000, "USD"),
        ("Pay starts at $24 an hour.", 49920, None, "USD"),
    ],
    "CA": [("Salary: $70,000 to $80,000 annually (CAD)", 70000, 80000, "CAD")],
    "GB": [("£28,000 – £32,000 per annum pro rata", 28000, 32000, "GBP"), ("Up to £650 per day", None, 169000, "GBP")],
    "FR": [("Package : 55-65 K€ brut annuel", 55000, 65000, "EUR"), ("Salaire mensuel brut : 2 100 €", 25200, 25200, "EUR")],
    "DE": [
        ("Gehaltsband: 72.000 – 88.000 € p. a.", 72000, 88000, "EUR"),
        ("Vergütung nach TV-L E13 (ca. 4.500 € brutto monatlich).", 54000, 54000, "EUR"),
    ],
    "ES": [
        ("Banda salarial: 40-48K € brutos anuales", 40000, 48000, "EUR"),
        ("Salario: entre 24.000 y 27.000 euros brutos al año", 24000, 27000, "EUR"),
    ],
    "PT": [("Vencimento: 1.900 €/mês (14 meses)", 26600, 26600, "EUR")],
    "NL": [("Salarisindicatie: €3.200 – €4.400 bruto per maand (schaal 9)", 38400, 52800, "EUR")],
    "PL": [("Salary: PLN 14,000 - 18,000 gross monthly", 168000, 216000, "PLN")],
    "AU": [("$110k – $125k + 11.5% super", 110000, 125000, "AUD")],
    "IN": [("₹15,00,000 - ₹20,00,000 per annum", 1500000, 2000000, "INR")],
    "CH": [("Salary band: CHF 105,000–125,000", 105000, 125000, "CHF")],
    "BR": [("Remuneração: R$ 7.200 por mês + VR", 86400, 86400, "BRL")],
}

DISTRACTORS = {
    "en": [
        "Every employee gets $1,000 a year to spend on books and courses.",
        "We've grown to $50M ARR in three years.",
        "Up to $5,000 in equity refreshers annually.",
        "Our clients manage over $3 trillion in assets.",
    ],
    "fr": ["Budget formation de 2 000 € par an."],
    "de": ["JobRad und 50 € Sachbezug monatlich."],
    "es": ["Seguro médico privado (valorado en 600 € al año)."],
    "pt": ["Seguro de saúde com valor de 1.200 € por ano."],
    "nl": ["Een eindejaarsuitkering van 8,33%."],
}

TITLES = [
    ("Veterinary Technician", None, "full-time", "surgery prep and patient care"),
    ("Senior Product Manager", "senior", "full-time", "the checkout roadmap"),
    ("Principal Data Architect", "lead", "full-time", "the warehouse and its contracts"),
    ("Barista (Part-time)", None, "part-time", "espresso bar service"),
    ("Graduate Civil Engineer", "entry", "full-time", "drainage design"),
    ("Payroll Specialist", None, "full-time", "monthly payroll for 900 staff"),
    ("Director of Nursing", "lead", "full-time", "nursing standards across two sites"),
    ("Welder", None, "contract", "structural steel on site"),
    ("Frontend Engineer II", "mid", "full-time", "Vue components"),
]

LOCAL_TITLES = {
    "fr": [("Chargé de recrutement", None, "full-time", "le recrutement des ingénieurs")],
    "de": [("Teamleiter Logistik (m/w/d)", "lead", "full-time", "ein Lager mit 30 Mitarbeitenden")],
    "es": [("Jefe de Proyecto", "lead", "full-time", "proyectos de obra civil")],
    "pt": [("Enfermeiro", None, "full-time", "o internamento de medicina")],
    "nl": [("Senior Data Analist", "senior", "full-time", "klantdata")],
}
