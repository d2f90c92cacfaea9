#!/usr/bin/env python3
"""Writes Tests/Eval/discover/fresh3: 41 more postings written one by one, in
the shapes and with the labelling rules of fresh2.py (whose renderers it
uses), written after every rule change of the second pass on issue 18 and
labelled before jobhunt was run on them: the held-out figure for the final
rules of that pass. Run: python3 Tests/Eval/discover/tools/fresh3.py
"""
import json
import os

import fresh2
from fresh2 import L

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fresh3")

GREENHOUSE = [
    dict(id=5023456001, company="Harborview Health System", title="Clinical Pharmacist",
         location="Boston, MA", meta={"Workplace Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-09T13:00:00-05:00",
         text="<p>Inpatient pharmacy, 420 beds.</p><p>Tuition reimbursement up to $5,250 annually.</p><p>The salary"
              " range for this position is $138,000 &ndash; $162,000 per year.</p>",
         label=L("Clinical Pharmacist", "Harborview Health System", "Boston", "MA", "US", "onsite", "full-time",
                 None, 138000, 162000, "USD", "2026-11-09", "en")),
    dict(id=5023456002, company="Clearwater Insights", title="Lead Data Scientist",
         location="Dublin, Ireland", meta={"Location Type": "Hybrid", "Employment Type": "Full-time"},
         published="2026-11-14T10:00:00+00:00",
         text="<p>Lead a team of five on pricing models.</p><p>Base salary: &euro;95,000 - &euro;115,000 + 10%"
              " bonus.</p>",
         label=L("Lead Data Scientist", "Clearwater Insights", "Dublin", None, "IE", "hybrid", "full-time", "lead",
                 95000, 115000, "EUR", "2026-11-14", "en")),
    dict(id=5023456003, company="Midlands Housing Group", title="Service Desk Analyst (12-month FTC)",
         location="Birmingham, England, United Kingdom", meta={"Workplace Type": "Hybrid",
                                                                 "Employment Type": "Fixed Term"},
         published="2026-11-03T09:30:00+00:00",
         text="<p>First-line support for 2,000 staff.</p><p>Salary: &pound;27,500 - &pound;30,000 per annum.</p>",
         label=L("Service Desk Analyst (12-month FTC)", "Midlands Housing Group", "Birmingham", "England", "GB",
                 "hybrid", "contract", None, 27500, 30000, "GBP", "2026-11-03", "en")),
    dict(id=5023456004, company="Alpes Micro Systèmes", title="Ingénieure Process H/F",
         location="Grenoble, France", meta={"Workplace Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-19T08:45:00+01:00",
         text="<p>Salle blanche 200 mm, procédés de gravure.</p><p>Salaire : 45-52 k&euro; bruts/an selon"
              " expérience.</p>",
         label=L("Ingénieure Process H/F", "Alpes Micro Systèmes", "Grenoble", None, "FR", "onsite", "full-time",
                 None, 45000, 52000, "EUR", "2026-11-19", "fr")),
    dict(id=5023456005, company="Kanzlei Brenner & Voss", title="Steuerberater (m/w/d)",
         location="Frankfurt am Main, Hessen, Deutschland", meta={"Workplace Type": "Hybrid",
                                                                    "Employment Type": "Full-time"},
         published="2026-10-29T11:00:00+01:00",
         text="<p>Mandantenbetreuung im Mittelstand.</p><p>Ihr Profil</p><ul><li>mind. 3 Jahre"
              " Berufserfahrung als Steuerberater</li></ul><p>Gehalt: 75.000 - 95.000 &euro; p.a. zzgl."
              " Bonus</p>",
         label=L("Steuerberater (m/w/d)", "Kanzlei Brenner & Voss", "Frankfurt am Main", "Hessen", "DE", "hybrid",
                 "full-time", "mid", 75000, 95000, "EUR", "2026-10-29", "de")),
    dict(id=5023456006, company="Sonoran Fulfillment", title="Night Shift Supervisor",
         location="Phoenix, AZ", meta={"Workplace Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-24T15:00:00-07:00",
         text="<p>Supervise 25 associates on nights.</p><p>$26.00/hr - $29.00/hr + $1.50/hr shift"
              " differential.</p>",
         label=L("Night Shift Supervisor", "Sonoran Fulfillment", "Phoenix", "AZ", "US", "onsite", "full-time",
                 "lead", 54080, 60320, "USD", "2026-11-24", "en")),
]

LEVER = [
    dict(company="Meridian Cloud", id="c0ffee00-0001-4a00-9000-000000000001", title="Account Executive, Enterprise",
         location="New York, NY", country="US", workplace="hybrid", commitment="Full-time",
         created="2026-11-06T14:00:00Z",
         text="Close six-figure deals with banks.\n\nBase salary: $130,000 - $150,000; OTE $260,000 - $300,000.",
         label=L("Account Executive, Enterprise", "Meridian Cloud", "New York", "NY", "US", "hybrid", "full-time",
                 None, 130000, 150000, "USD", "2026-11-06", "en")),
    dict(company="Meridian Cloud", id="c0ffee00-0002-4a00-9000-000000000002", title="Software Engineer II",
         location="Remote", country="CA", workplace="remote", commitment="Full-time",
         created="2026-11-18T14:00:00Z",
         text="Work on our billing service in Go.\n\nSalary range (CAD): $105,000 – $125,000",
         label=L("Software Engineer II", "Meridian Cloud", None, None, "CA", "remote", "full-time", "mid", 105000,
                 125000, "CAD", "2026-11-18", "en")),
    dict(company="Maison Garonne", id="c0ffee00-0003-4a00-9000-000000000003", title="Sous-chef",
         location="Bordeaux", country="FR", workplace="onsite", commitment="CDI",
         created="2026-11-02T09:00:00Z",
         text="Restaurant bistronomique, 60 couverts.\n\nSalaire : 2 400 € net par mois, deux jours de repos"
              " consécutifs.",
         label=L("Sous-chef", "Maison Garonne", "Bordeaux", None, "FR", "onsite", "full-time", None, 28800, 28800,
                 "EUR", "2026-11-02", "fr")),
    dict(company="Hospital da Luz Norte", id="c0ffee00-0004-4a00-9000-000000000004",
         title="Enfermeiro/a de Cuidados Intensivos", location="Lisboa", country="PT", workplace="onsite",
         commitment="Full-time", created="2026-11-12T09:00:00Z",
         text="Unidade de cuidados intensivos polivalente.\n\nVencimento base de 1.650€ x 14, subsídio de turno.",
         label=L("Enfermeiro/a de Cuidados Intensivos", "Hospital da Luz Norte", "Lisboa", None, "PT", "onsite",
                 "full-time", None, 23100, 23100, "EUR", "2026-11-12", "pt")),
    dict(company="Tiendas Jacaranda", id="c0ffee00-0005-4a00-9000-000000000005", title="Gerente de Tienda",
         location="Ciudad de México", country="MX", workplace="onsite", commitment="Tiempo completo",
         created="2026-11-21T17:00:00Z",
         text="Tienda de 40 colaboradores en Polanco.\n\nSueldo mensual bruto: $32,000 MXN más comisiones.",
         label=L("Gerente de Tienda", "Tiendas Jacaranda", "Ciudad de México", None, "MX", "onsite", "full-time",
                 None, 384000, 384000, "MXN", "2026-11-21", "es")),
    dict(company="Zorggroep Maasoever", id="c0ffee00-0006-4a00-9000-000000000006", title="Zorgcoördinator",
         location="Rotterdam", country="NL", workplace="onsite", commitment="Parttime",
         created="2026-11-25T08:00:00Z",
         text="28-32 uur per week.\n\nSalaris: max. € 4.750 bruto per maand (CAO VVT FWG 50).",
         label=L("Zorgcoördinator", "Zorggroep Maasoever", "Rotterdam", None, "NL", "onsite", "part-time", None,
                 None, 57000, "EUR", "2026-11-25", "nl")),
]

ASHBY = [
    dict(company="Lattice Works", id="b7000000-0000-4000-8000-000000000201", title="Principal Product Manager",
         location="Remote - UK", address={"addressCountry": "United Kingdom"}, workplace="Remote", remote=True,
         employment="FullTime", published="2026-11-05T10:00:00.000+00:00",
         text="Own our workflow automation product.\n\nCompensation: £110,000 – £135,000 + equity",
         label=L("Principal Product Manager", "Lattice Works", None, None, "GB", "remote", "full-time", "lead",
                 110000, 135000, "GBP", "2026-11-05", "en")),
    dict(company="Lattice Works", id="b7000000-0000-4000-8000-000000000202", title="Legal Counsel",
         location="Zurich, Switzerland", address={"addressLocality": "Zurich", "addressCountry": "Switzerland"},
         workplace="Hybrid", remote=False, employment="FullTime", published="2026-11-16T10:00:00.000+00:00",
         comp=("CHF", "1 YEAR", 140000, 170000),
         text="Commercial contracts and data protection for EMEA.",
         label=L("Legal Counsel", "Lattice Works", "Zurich", None, "CH", "hybrid", "full-time", None, 140000, 170000,
                 "CHF", "2026-11-16", "en")),
    dict(company="Fernweh Reisen", id="b7000000-0000-4000-8000-000000000203", title="Growth Marketing Intern",
         location="Berlin", address={"addressLocality": "Berlin", "addressCountry": "Germany"}, workplace="Hybrid",
         remote=False, employment="Intern", published="2026-11-08T10:00:00.000+00:00",
         text="Six-month internship in our growth team. You will receive €1,800 per month.",
         label=L("Growth Marketing Intern", "Fernweh Reisen", "Berlin", None, "DE", "hybrid", "internship", "entry",
                 21600, 21600, "EUR", "2026-11-08", "en")),
    dict(company="Southern Cross Electrical", id="b7000000-0000-4000-8000-000000000204",
         title="Electrician Apprentice", location="Adelaide, SA",
         address={"addressLocality": "Adelaide", "addressRegion": "SA", "addressCountry": "AU"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-20T01:00:00.000+00:00",
         comp=("AUD", "1 HOUR", 24, 28), text="Four-year apprenticeship, TAFE fees covered.",
         label=L("Electrician Apprentice", "Southern Cross Electrical", "Adelaide", "SA", "AU", "onsite",
                 "full-time", "entry", 49920, 58240, "AUD", "2026-11-20", "en")),
    dict(company="Southern Cross Electrical", id="b7000000-0000-4000-8000-000000000205", title="Forklift Operator",
         location="Łódź, Poland", address={"addressLocality": "Łódź", "addressCountry": "Poland"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-27T07:00:00.000+00:00",
         text="Three-shift system in our distribution centre.\n\nPay: 32 PLN/h brutto, paid monthly.",
         label=L("Forklift Operator", "Southern Cross Electrical", "Łódź", None, "PL", "onsite", "full-time", None,
                 66560, 66560, "PLN", "2026-11-27", "en")),
]

JSONLD = [
    dict(slug="rn-medsurg-77", company="Bayshore Medical Center", title="Registered Nurse - Med/Surg",
         address={"addressLocality": "Tampa", "addressRegion": "FL", "addressCountry": "US"},
         employment="FULL_TIME", posted="2026-11-04", salary=("USD", "HOUR", 36, 44),
         text="<p>Three 12-hour shifts a week. Sign-on bonus of $10,000 for experienced nurses.</p>",
         label=L("Registered Nurse - Med/Surg", "Bayshore Medical Center", "Tampa", "FL", "US", "onsite",
                 "full-time", None, 74880, 91520, "USD", "2026-11-04", "en")),
    dict(slug="comptable-unique", company="Menuiserie Atlantique", title="Comptable unique H/F",
         address={"addressLocality": "Nantes", "addressCountry": "FR"}, employment="FULL_TIME",
         posted="2026-11-13",
         text="<p>CDI – 35 h. Rémunération : 32 000 € à 36 000 € annuel brut.</p>",
         label=L("Comptable unique H/F", "Menuiserie Atlantique", "Nantes", None, "FR", "onsite", "full-time",
                 None, 32000, 36000, "EUR", "2026-11-13", "fr")),
    dict(slug="preparador-pedidos", company="Logística Ebro", title="Preparador de pedidos",
         address={"addressLocality": "Zaragoza", "addressRegion": "Aragón", "addressCountry": "ES"},
         employment="PART_TIME", posted="2026-11-22",
         text="<p>Turno de tarde, 25 horas semanales. Salario: 9,50 €/hora.</p>",
         label=L("Preparador de pedidos", "Logística Ebro", "Zaragoza", "Aragón", "ES", "onsite", "part-time", None,
                 19760, 19760, "EUR", "2026-11-22", "es")),
    dict(slug="senior-frontend", company="Stroomlijn", title="Senior Frontend Engineer",
         address={"addressCountry": "NL"}, employment="FULL_TIME", posted="2026-11-10", remote=True,
         salary=("EUR", "YEAR", 70000, 85000), text="<p>React and TypeScript for energy traders.</p>",
         label=L("Senior Frontend Engineer", "Stroomlijn", None, None, "NL", "remote", "full-time", "senior", 70000,
                 85000, "EUR", "2026-11-10", "en")),
    dict(slug="mech-design-pune", company="Deccan Motion Pvt Ltd", title="Mechanical Design Engineer",
         address={"addressLocality": "Pune", "addressRegion": "Maharashtra", "addressCountry": "IN"},
         employment="FULL_TIME", posted="2026-11-17",
         text="<p>3-5 years experience in SolidWorks.</p><p>Salary: ₹8,00,000 - ₹12,00,000 per annum.</p>",
         label=L("Mechanical Design Engineer", "Deccan Motion Pvt Ltd", "Pune", "Maharashtra", "IN", "onsite",
                 "full-time", "mid", 800000, 1200000, "INR", "2026-11-17", "en")),
]

RSS = [
    dict(slug="kitebase-rails", company="Kitebase", title="Senior Rails Engineer", region="Anywhere in the World",
         country="", type="Contract", pub="Mon, 02 Nov 2026 15:00:00 +0000",
         text="<p>Long-term contract, 30-40 hours a week.</p><p>Rate: $85-$95/hour (1099 or invoice).</p>",
         label=L("Senior Rails Engineer", "Kitebase", None, None, None, "remote", "contract", "senior", 176800,
                 197600, "USD", "2026-11-02", "en")),
    dict(slug="loomly-community", company="Loomly Crafts", title="Community Manager", region="USA Only",
         country="", type="Full-Time", pub="Thu, 12 Nov 2026 17:20:00 +0000",
         text="<p>Grow our forum of 80,000 knitters.</p><p>Salary: $65K-$75K</p>",
         label=L("Community Manager", "Loomly Crafts", None, None, "US", "remote", "full-time", None, 65000, 75000,
                 "USD", "2026-11-12", "en")),
    dict(slug="solana-support-head", company="Solana Viajes", title="Head of Customer Support",
         region="Europe Only", country="🇪🇸 Spain", type="Full-Time", pub="Wed, 18 Nov 2026 08:00:00 +0100",
         text="<p>Lidera un equipo de 20 agentes.</p><p>Salario: 55.000 - 65.000 € brutos anuales.</p>",
         label=L("Head of Customer Support", "Solana Viajes", None, None, "ES", "remote", "full-time", "lead", 55000,
                 65000, "EUR", "2026-11-18", "es")),
    dict(slug="pennyworth-bookkeeper", company="Pennyworth & Co", title="Bookkeeper", region="UK Only",
         country="", type="Part-Time", pub="Fri, 27 Nov 2026 12:00:00 +0000",
         text="<p>Xero, 15-20 hours a week.</p><p>£18 - £22 per hour.</p>",
         label=L("Bookkeeper", "Pennyworth & Co", None, None, "GB", "remote", "part-time", None, 37440, 45760, "GBP",
                 "2026-11-27", "en")),
    dict(slug="tagwise-annotator", company="Tagwise", title="Data Annotator (Part-time)",
         region="Anywhere in the World", country="", type="Part-Time", pub="Sun, 22 Nov 2026 06:00:00 +0000",
         text="<p>Label street scenes, flexible hours.</p><p>Pay: $12/hr.</p>",
         label=L("Data Annotator (Part-time)", "Tagwise", None, None, None, "remote", "part-time", None, 24960,
                 24960, "USD", "2026-11-22", "en")),
]

REMOTEOK = [
    dict(id="1302001", company="Quanta Ledger", position="Staff Backend Engineer", location="Worldwide",
         salary=(150000, 200000), date="2026-11-03T12:00:00+00:00", tags=["backend", "go"],
         text="<p>Distributed ledger in Go. $2,000 yearly learning budget.</p>",
         label=L("Staff Backend Engineer", "Quanta Ledger", None, None, None, "remote", None, "senior", 150000,
                 200000, "USD", "2026-11-03", "en")),
    dict(id="1302002", company="Brightpath HR", position="Customer Success Associate", location="United States",
         salary=(0, 0), date="2026-11-11T16:00:00+00:00", tags=["customer success"],
         text="<p>Onboard small businesses to our payroll app.</p><p>$55,000 - $65,000/yr</p>",
         label=L("Customer Success Associate", "Brightpath HR", None, None, "US", "remote", None, "entry", 55000,
                 65000, "USD", "2026-11-11", "en")),
    dict(id="1302003", company="Veldt Studio", position="Marketing Designer", location="Europe", salary=(0, 0),
         date="2026-11-19T09:00:00+00:00", tags=["design", "marketing"],
         text="<p>Campaign visuals and landing pages.</p><p>Salary: €4,000/month.</p>",
         label=L("Marketing Designer", "Veldt Studio", None, None, None, "remote", None, None, 48000, 48000, "EUR",
                 "2026-11-19", "en")),
    dict(id="1302004", company="Northern Talent Partners", position="Technical Recruiter (Contract)",
         location="Canada", salary=(0, 0), date="2026-11-26T14:00:00+00:00", tags=["recruiting"],
         text="<p>Six-month engagement.</p><p>Rate: CA$60-70/hr.</p>",
         label=L("Technical Recruiter (Contract)", "Northern Talent Partners", None, None, "CA", "remote", "contract",
                 None, 124800, 145600, "CAD", "2026-11-26", "en")),
]

JOBSPY = [
    dict(id="in-0b1c2d3e4f5a6b7c", site="indeed", title="Warehouse Associate", company="Delta River Supply",
         location="Memphis, TN", date="2026-11-05", job_type="fulltime", remote=False,
         pay=("hourly", 19, 21, "USD"), text="Weekly pay, $500 referral bonus.",
         label=L("Warehouse Associate", "Delta River Supply", "Memphis", "TN", "US", "onsite", "full-time", "entry",
                 39520, 43680, "USD", "2026-11-05", "en")),
    dict(id="li-4601112223", site="linkedin", title="Responsable Logistique", company="Rhône Distribution",
         location="Lyon, Auvergne-Rhône-Alpes, France", date="2026-11-09", job_type="fulltime", remote=False,
         level="Mid-Senior level", text="Vous managez 3 chefs d'équipe. Salaire : 50 à 60 K€ par an.",
         label=L("Responsable Logistique", "Rhône Distribution", "Lyon", "Auvergne-Rhône-Alpes", "FR", "onsite",
                 "full-time", "lead", 50000, 60000, "EUR", "2026-11-09", "fr")),
    dict(id="in-1c2d3e4f5a6b7c8d", site="indeed", title="Elektroniker für Betriebstechnik (m/w/d)",
         company="Rheinwerk Anlagenbau GmbH", location="Köln, NW, DE", date="2026-11-16", job_type="fulltime",
         remote=False, text="Instandhaltung von Produktionsanlagen. Stundenlohn: 22 – 26 € brutto.",
         label=L("Elektroniker für Betriebstechnik (m/w/d)", "Rheinwerk Anlagenbau GmbH", "Köln",
                 "Nordrhein-Westfalen", "DE", "onsite", "full-time", None, 45760, 54080, "EUR", "2026-11-16", "de")),
    dict(id="gd-1011223344", site="glassdoor", title="Dental Receptionist", company="Bayside Smiles",
         location="Melbourne, VIC", date="2026-11-20", job_type="parttime", remote=False,
         text="Three days a week. $32/hour plus super.",
         label=L("Dental Receptionist", "Bayside Smiles", "Melbourne", "VIC", "AU", "onsite", "part-time", None,
                 66560, 66560, "AUD", "2026-11-20", "en")),
    dict(id="li-4603334445", site="linkedin", title="Supply Chain Analyst", company="Cafés Serra Azul",
         location="São Paulo, São Paulo, Brazil", date="2026-11-23", job_type="fulltime", remote=False,
         level="Associate", text="Planejamento de demanda. Salário: R$ 8.000 - R$ 10.000 mensais.",
         label=L("Supply Chain Analyst", "Cafés Serra Azul", "São Paulo", "São Paulo", "BR", "onsite", "full-time",
                 "mid", 96000, 120000, "BRL", "2026-11-23", "pt")),
    dict(id="in-2d3e4f5a6b7c8d9e", site="indeed", title="Cook", company="Prairie Grill House",
         location="Calgary, AB", date="2026-11-28", job_type="parttime", remote=False,
         text="Evenings and weekends. Wage: $18/hour plus tips.",
         label=L("Cook", "Prairie Grill House", "Calgary", "AB", "CA", "onsite", "part-time", None, 37440, 37440,
                 "CAD", "2026-11-28", "en")),
]

FILE = [
    dict(external_id="kanzlei-2026-11", title="Rechtsanwaltsfachangestellte (m/w/d)", company="Kanzlei Huber",
         locations=["München"], employment="Vollzeit", posted="2026-11-04",
         text="Gehalt: 3.400 – 3.900 € brutto/Monat, 30 Tage Urlaub.",
         label=L("Rechtsanwaltsfachangestellte (m/w/d)", "Kanzlei Huber", "München", None, "DE", "onsite",
                 "full-time", None, 40800, 46800, "EUR", "2026-11-04", "de")),
    dict(external_id="callcenter-ce-88", title="Operador de Call Center", company="Contato Nordeste",
         locations=["Fortaleza, CE"], employment="CLT", posted="2026-11-15",
         text="Atendimento receptivo, 6x1. Salário: R$ 1.700,00 + VA + VT.",
         label=L("Operador de Call Center", "Contato Nordeste", "Fortaleza", "CE", "BR", "onsite", "full-time", None,
                 20400, 20400, "BRL", "2026-11-15", "pt")),
    dict(external_id="acct-tor-5", title="Senior Accountant", company="Lakeshore Property Management",
         addresses=[{"city": "Toronto", "region": "ON", "country": "CA"}], employment="Full-time",
         posted="2026-11-19", salary=dict(salary_min=85000, salary_max=95000, salary_currency="CAD",
                                          salary_period="year"),
         text="CPA designation required.",
         label=L("Senior Accountant", "Lakeshore Property Management", "Toronto", "ON", "CA", "onsite", "full-time",
                 "senior", 85000, 95000, "CAD", "2026-11-19", "en")),
    dict(external_id="vet-chc-2", title="Veterinarian", company="Canterbury Animal Clinic",
         locations=["Christchurch, New Zealand"], employment="Permanent", posted="2026-11-26",
         text="Mixed small-animal practice.\n\nSalary NZ$110,000 – NZ$130,000 plus CPD allowance.",
         label=L("Veterinarian", "Canterbury Animal Clinic", "Christchurch", None, "NZ", "onsite", "full-time", None,
                 110000, 130000, "NZD", "2026-11-26", "en")),
]


def main():
    os.makedirs(ROOT, exist_ok=True)
    for name in os.listdir(ROOT):
        os.remove(os.path.join(ROOT, name))
    files = {"greenhouse.json": (fresh2.greenhouse, GREENHOUSE), "jsonld.html": (fresh2.jsonld, JSONLD),
             "rss.xml": (fresh2.rss, RSS), "remoteok.json": (fresh2.remoteok, REMOTEOK),
             "jobspy.csv": (fresh2.jobspy, JOBSPY), "file.jsonl": (fresh2.jsonlines, FILE)}
    contexts = {}
    for kind, posts, render in (("lever", LEVER, fresh2.lever), ("ashby", ASHBY, fresh2.ashby)):
        for company in dict.fromkeys(p["company"] for p in posts):
            file = f"{kind}-{fresh2.slug(company)}.json"
            files[file] = (render, [p for p in posts if p["company"] == company])
            contexts[file] = company
    labels = []
    for file, (render, posts) in files.items():
        with open(os.path.join(ROOT, file), "w", encoding="utf-8", newline="") as handle:
            handle.write(render(posts))
        for p in posts:
            labels.append({"file": file, "id": p["key"], **p["label"]})
    with open(os.path.join(ROOT, "contexts.json"), "w", encoding="utf-8") as handle:
        json.dump(contexts, handle, ensure_ascii=False, indent=1, sort_keys=True)
    with open(os.path.join(ROOT, "labels.jsonl"), "w", encoding="utf-8") as handle:
        for label in labels:
            handle.write(json.dumps(label, ensure_ascii=False) + "\n")
    print("fresh3", len(labels), "postings")


if __name__ == "__main__":
    main()
