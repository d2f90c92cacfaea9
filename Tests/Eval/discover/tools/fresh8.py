#!/usr/bin/env python3
"""Writes Tests/Eval/discover/fresh8: 96 postings written one by one, six per
source kind over all sixteen kinds, chosen to differ from fresh..fresh7:
places in Indonesia, Thailand, Pakistan, Bangladesh, Sri Lanka, Ghana,
Morocco, Qatar, Romania, Hungary, Croatia, Estonia, Latvia, Iceland,
Luxembourg, Uruguay, Costa Rica, Puerto Rico, Hong Kong and Taiwan, and US
states (AK, VT, MT, NE, NM, WI, HI), UK, Irish, Canadian and Australian places
the others lack (Belfast, Aberdeen, Swansea, Inverness, Chester, Gloucester,
Galway, Cork, Kilkenny, Saskatoon, Halifax, Hobart, Darwin, Adelaide);
professions the others lack (land, hydrographic and quantity surveyors,
sonographers, translators and interpreters, chefs de partie, commercial
divers, air-traffic controllers, pharmacy assistants, HVAC technicians, legal
secretaries, grant writers, game and sound designers, glacier guides,
skippers, baristas, roasters). Pay as "Rp 25 – 35 juta per bulan", "IDR 40–55
jt/month", Bengali digits "৳৮০,০০০ – ৳১,০০,০০০", "เงินเดือน … บาท/เดือน",
"月薪 NT$55,000 ~ NT$75,000", "NT$1.4M–2.0M/yr", "HK$25K–32K, 13-month salary",
"double pay", "Bruttó 650 000 – 750 000 Ft/hó", "900 ezer – 1,1 millió Ft",
"lei net pe lună", "₡1.400.000 … brutos mensuales", "$U 120.000", "GH₵",
"9 000 – 12 000 DH net par mois", "kr. á mánuði", "kr. á klst.", "€/kuu",
"EUR bruto mēnesī", day and hourly rates, pay in tables, headings and
bullets, "DOE", "negotiable", "Salario … al año", and money that is not pay
(budgets, client billings, grants secured, funding, revenue, allowances,
cafeteria, service charge, sign-on bonuses). Labelled with what a careful
recruiter would record, by the rules of Tests/Eval/discover/README.md, and
committed before jobhunt was run on them (beyond checking that they load).
Run: python3 Tests/Eval/discover/tools/fresh8.py
"""
import sys

import setwriter
from fresh2 import L


# ---------------------------------------------------------------- Greenhouse (6)
GREENHOUSE = [
    dict(id=9068800001, company="Tasman Build Partners", title="Senior Quantity Surveyor",
         location="Hobart, TAS 7000", meta={"Location Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-03T14:00:00+11:00",
         text="<p>Cost planning and valuations for health and education projects.</p><table><tr><th>Base salary"
              "</th><td>AUD 135,000 \u2013 150,000</td></tr><tr><th>Superannuation</th><td>12% on top</td></tr>"
              "<tr><th>Project budgets you will manage</th><td>up to AUD 80M</td></tr></table>",
         label=L("Senior Quantity Surveyor", "Tasman Build Partners", "Hobart", "TAS", "AU", "onsite", "full-time",
                 "senior", 135000, 150000, "AUD", "2026-11-03", "en")),
    dict(id=9068800002, company="Northern Skies Air Navigation", title="Air Traffic Controller Trainee",
         location="Anchorage, AK", meta={"Workplace Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-05T10:00:00-09:00", pay=(24, 24, "USD", "Hourly rate during training"),
         text="<p>Academy training, then tower and radar ratings at ANC.</p><p>Once fully certified, controllers"
              " here earn $92,000&ndash;$128,000 plus a cost-of-living differential.</p>",
         label=L("Air Traffic Controller Trainee", "Northern Skies Air Navigation", "Anchorage", "AK", "US",
                 "onsite", "full-time", "entry", 49920, 49920, "USD", "2026-11-05", "en")),
    dict(id=9068800003, company="Green Mountain Imaging", title="Diagnostic Medical Sonographer",
         location="Burlington, VT 05401", meta={"Location Type": "On-site", "Employment Type": "Part-time"},
         published="2026-11-09T08:00:00-05:00",
         text="<p>Abdominal, OB and vascular studies, three 10-hour days.</p><h3>Pay</h3><p>$41.50 &ndash; $52.00"
              " per hour, based on registries (RDMS, RVT).</p><ul><li>$5,000 sign-on bonus</li><li>CME"
              " allowance of $1,500/year</li></ul>",
         label=L("Diagnostic Medical Sonographer", "Green Mountain Imaging", "Burlington", "VT", "US", "onsite",
                 "part-time", None, 86320, 108160, "USD", "2026-11-09", "en")),
    dict(id=9068800004, company="Tidepool Interactive", title="Game Designer", location="Taipei, Taiwan",
         meta={"Workplace Type": "Hybrid", "Employment Type": "Full-time"}, published="2026-11-12T11:00:00+08:00",
         text="<p>負責關卡與戰鬥系統設計。</p><p>薪資：月薪 NT$55,000 ~ NT$75,000，年終獎金依績效發放。</p>",
         label=L("Game Designer", "Tidepool Interactive", "Taipei", None, "TW", "hybrid", "full-time", None, 660000,
                 900000, "TWD", "2026-11-12", "zh")),
    dict(id=9068800005, company="Río Claro Conservancy", title="Redactor/a de Propuestas (Grant Writer)",
         location="Remote \u2013 Costa Rica", meta={"Location Type": "Remote", "Employment Type": "Full-time"},
         published="2026-11-16T09:00:00-06:00",
         text="<p>Redacción de propuestas para fundaciones; nuestro presupuesto anual es de US$2,4 millones y el"
              " año pasado obtuvimos US$1,1 millones en donaciones.</p><p><strong>Salario:</strong> \u20a11.400.000"
              " \u2013 \u20a11.700.000 brutos mensuales.</p>",
         label=L("Redactor/a de Propuestas (Grant Writer)", "Río Claro Conservancy", None, None, "CR", "remote",
                 "full-time", None, 16800000, 20400000, "CRC", "2026-11-16", "es")),
    dict(id=9068800006, company="Harcourt & Quayle LLP", title="Legal Secretary",
         location="Belfast, Northern Ireland", meta={"Workplace Type": "Hybrid", "Employment Type": "Full-time"},
         published="2026-11-20T09:30:00+00:00",
         text="<p>Support two partners in commercial property; Hybrid, 3 days in the office.</p><p>Salary:"
              " \u00a326k-\u00a330k DOE. The firm billed \u00a348m last year.</p>",
         label=L("Legal Secretary", "Harcourt & Quayle LLP", "Belfast", "Northern Ireland", "GB", "hybrid",
                 "full-time", None, 26000, 30000, "GBP", "2026-11-20", "en")),
]

# ---------------------------------------------------------------- Lever (6, three employers)
LEVER = [
    dict(company="Nusantara Logistik", id="f8a9b0c1-0001-4e00-9000-000000000801", title="Senior Backend Engineer",
         location="Jakarta Selatan, DKI Jakarta", country="ID", workplace="hybrid", commitment="Full-time",
         created="2026-11-04T03:00:00Z",
         text="Go and Kafka for 40,000 daily shipments.\n\nGaji: Rp 25 \u2013 35 juta per bulan (gross) + BPJS"
              " dan asuransi kesehatan.",
         label=L("Senior Backend Engineer", "Nusantara Logistik", "Jakarta Selatan", "DKI Jakarta", "ID", "hybrid",
                 "full-time", "senior", 300000000, 420000000, "IDR", "2026-11-04", "en")),
    dict(company="Nusantara Logistik", id="f8a9b0c1-0002-4e00-9000-000000000802",
         title="Magang Data Analyst", location="Surabaya", country="ID", workplace="onsite",
         commitment="Internship", created="2026-11-18T02:00:00Z",
         text="Program magang 6 bulan di tim data.\n\nUang saku Rp 3.500.000 per bulan.",
         label=L("Magang Data Analyst", "Nusantara Logistik", "Surabaya", None, "ID", "onsite", "internship",
                 "entry", 42000000, 42000000, "IDR", "2026-11-18", "id")),
    dict(company="Tallinn Tide", id="f8a9b0c1-0003-4e00-9000-000000000803", title="Vanemarendaja (Rust)",
         location="Tallinn", country="EE", workplace="hybrid", commitment="Full-time",
         created="2026-11-06T08:00:00Z", salary=("EUR", "per-month-salary", 5000, 6500),
         text="Rust ja PostgreSQL maksesüsteemi jaoks.\n\nPakume: spordikompensatsioon 400 € aastas ja kolm"
              " lisapuhkepäeva.",
         label=L("Vanemarendaja (Rust)", "Tallinn Tide", "Tallinn", None, "EE", "hybrid", "full-time", "senior",
                 60000, 78000, "EUR", "2026-11-06", "et")),
    dict(company="Tallinn Tide", id="f8a9b0c1-0004-4e00-9000-000000000804",
         title="Translator (Estonian\u2013Finnish)", location="Tartu", country="EE", workplace="remote",
         commitment="Part-time", created="2026-11-21T09:00:00Z",
         text="App and help-centre texts from Estonian into Finnish.\n\nTasu: 0,09 \u20ac sõna eest.",
         label=L("Translator (Estonian–Finnish)", "Tallinn Tide", "Tartu", None, "EE", "remote", "part-time", None,
                 None, None, None, "2026-11-21", "en")),
    dict(company="Rock & Ridge Survey Ltd", id="f8a9b0c1-0005-4e00-9000-000000000805", title="Land Surveyor",
         location="Galway", country="IE", workplace="onsite", commitment="Full-time",
         created="2026-11-09T10:00:00Z",
         text="Topographic and boundary surveys across Connacht with GNSS and Trimble total stations.\n\nSalary:"
              " \u20ac42,000 \u2013 \u20ac50,000 per annum plus company van. Client fees on our larger projects"
              " exceed \u20ac2m.",
         label=L("Land Surveyor", "Rock & Ridge Survey Ltd", "Galway", None, "IE", "onsite", "full-time", None,
                 42000, 50000, "EUR", "2026-11-09", "en")),
    dict(company="Rock & Ridge Survey Ltd", id="f8a9b0c1-0006-4e00-9000-000000000806",
         title="Hydrographic Surveyor", location="Cork", country="IE", workplace="onsite", commitment="Contract",
         created="2026-11-24T10:00:00Z",
         text="12-month contract on a survey vessel, 4 weeks on / 4 weeks off.\n\nDay rate: \u20ac380 per day"
              " worked offshore.",
         label=L("Hydrographic Surveyor", "Rock & Ridge Survey Ltd", "Cork", None, "IE", "onsite", "contract", None,
                 98800, 98800, "EUR", "2026-11-24", "en")),
]

# ---------------------------------------------------------------- Ashby (6, two employers)
ASHBY = [
    dict(company="Hafnarhús Hospitality", id="a8000000-0000-4000-8000-000000000801", title="Chef de Partie",
         location="Reykjavík", address={"addressLocality": "Reykjavík", "postalCode": "101",
                                        "addressCountry": "Iceland"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-05T10:00:00.000+00:00",
         text="Fish section in our 80-cover harbour restaurant.\n\nLaun: 720.000 \u2013 820.000 kr. á mánuði,"
              " auk vaktaálags.",
         label=L("Chef de Partie", "Hafnarhús Hospitality", "Reykjavík", None, "IS", "onsite", "full-time", None,
                 8640000, 9840000, "ISK", "2026-11-05", "is")),
    dict(company="Hafnarhús Hospitality", id="a8000000-0000-4000-8000-000000000802",
         title="Line Cook (Winter Season)", location="Akureyri",
         address={"addressLocality": "Akureyri", "addressRegion": "Norðurland eystra", "addressCountry": "IS"},
         workplace="OnSite", remote=False, employment="Temporary", published="2026-11-11T10:00:00.000+00:00",
         comp=("ISK", "1 HOUR", 3400, 3400),
         text="December to April.\n\nStaff housing is available at ISK 90,000 a month.",
         label=L("Line Cook (Winter Season)", "Hafnarhús Hospitality", "Akureyri", "Norðurland eystra", "IS",
                 "onsite", "contract", None, 7072000, 7072000, "ISK", "2026-11-11", "en")),
    dict(company="Hafnarhús Hospitality", id="a8000000-0000-4000-8000-000000000803", title="Revenue Manager",
         location="Reykjavík", address={"addressLocality": "Reykjavík", "addressCountry": "IS"},
         workplace="Hybrid", remote=False, employment="FullTime", published="2026-11-19T10:00:00.000+00:00",
         text="Pricing for six hotels with ISK 9 billion in annual room revenue.\n\nSalary: negotiable.",
         label=L("Revenue Manager", "Hafnarhús Hospitality", "Reykjavík", None, "IS", "hybrid", "full-time", None,
                 None, None, None, "2026-11-19", "en")),
    dict(company="Harbour Line Diving", id="a8000000-0000-4000-8000-000000000804",
         title="Commercial Diver (HSE Surface Supplied)", location="Aberdeen",
         address={"addressLocality": "Aberdeen", "addressRegion": "Scotland", "postalCode": "AB11 5PN",
                  "addressCountry": "GB"},
         workplace="OnSite", remote=False, employment="Contract", published="2026-11-10T07:00:00.000+00:00",
         text="Inshore and harbour works, Scotland-wide.\n\n\u00a3320/day + \u00a345 subsistence per night away.",
         label=L("Commercial Diver (HSE Surface Supplied)", "Harbour Line Diving", "Aberdeen", "Scotland", "GB",
                 "onsite", "contract", None, 83200, 83200, "GBP", "2026-11-10", "en")),
    dict(company="Harbour Line Diving", id="a8000000-0000-4000-8000-000000000805", title="Diving Supervisor",
         location="Swansea", address={"addressLocality": "Swansea", "addressRegion": "Wales",
                                      "postalCode": "SA1 1QY", "addressCountry": "United Kingdom"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-17T07:00:00.000+00:00",
         comp=("GBP", "1 YEAR", 58000, 66000),
         text="Supervise air diving teams on port and renewables projects.\n\nProjects range from \u00a350k to"
              " \u00a34M.",
         label=L("Diving Supervisor", "Harbour Line Diving", "Swansea", "Wales", "GB", "onsite", "full-time",
                 "lead", 58000, 66000, "GBP", "2026-11-17", "en")),
    dict(company="Harbour Line Diving", id="a8000000-0000-4000-8000-000000000806", title="Trainee Dive Technician",
         location="Inverness", address={"addressLocality": "Inverness", "addressRegion": "Highland",
                                        "addressCountry": "GB"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-26T07:00:00.000+00:00",
         text="We pay for your HSE Part 1 course (worth \u00a312,500).\n\nStarting salary \u00a327,500.",
         label=L("Trainee Dive Technician", "Harbour Line Diving", "Inverness", "Highland", "GB", "onsite",
                 "full-time", "entry", 27500, None, "GBP", "2026-11-26", "en")),
]

# ---------------------------------------------------------------- JSON-LD (6)
JSONLD = [
    dict(slug="pharmacy-assistant-gulberg", company="Shifa Care Pharmacies", title="Pharmacy Assistant",
         address={"addressLocality": "Lahore", "addressRegion": "Punjab", "postalCode": "54000",
                  "addressCountry": "PK"},
         employment="FULL_TIME", posted="2026-11-04",
         text="<p>Dispensing and stock control at our Gulberg branch.</p><p>Salary: PKR 55,000 \u2013 70,000 per"
              " month + annual bonus.</p>",
         label=L("Pharmacy Assistant", "Shifa Care Pharmacies", "Lahore", "Punjab", "PK", "onsite", "full-time",
                 None, 660000, 840000, "PKR", "2026-11-04", "en")),
    dict(slug="senior-merchandiser-gazipur", company="Padma Knitwear Ltd", title="Senior Merchandiser",
         address={"addressLocality": "Gazipur", "addressRegion": "Dhaka Division", "addressCountry": "BD"},
         employment="FULL_TIME", posted="2026-11-08T10:00:00+06:00",
         text="<p>Knitwear orders for EU buyers worth US$30 million a year.</p><p>বেতন: \u09f3\u09ee\u09e6,\u09e6"
              "\u09e6\u09e6 \u2013 \u09f3\u09e7,\u09e6\u09e6,\u09e6\u09e6\u09e6 (মাসিক)</p>",
         label=L("Senior Merchandiser", "Padma Knitwear Ltd", "Gazipur", "Dhaka Division", "BD", "onsite",
                 "full-time", "senior", 960000, 1200000, "BDT", "2026-11-08", "bn")),
    dict(slug="hvac-technician-bang-phli", company="Siam Cool Engineering Co., Ltd.",
         title="ช่างแอร์ (HVAC Technician)",
         address={"addressLocality": "Bang Phli", "addressRegion": "Samut Prakan", "postalCode": "10540",
                  "addressCountry": "TH"},
         employment="FULL_TIME", posted="2026-11-11", salary=("THB", "MONTH", 18000, 25000),
         text="<p>ติดตั้งและซ่อมบำรุงระบบปรับอากาศ</p><p>เบี้ยเลี้ยง 300 บาท/วัน เมื่อออกงานต่างจังหวัด</p>",
         label=L("ช่างแอร์ (HVAC Technician)", "Siam Cool Engineering Co., Ltd.", "Bang Phli", "Samut Prakan", "TH",
                 "onsite", "full-time", None, 216000, 300000, "THB", "2026-11-11", "th")),
    dict(slug="assistant-qs-kwun-tong", company="Victoria Harbour Surveyors Ltd",
         title="Assistant Quantity Surveyor",
         address={"addressLocality": "Kwun Tong", "addressRegion": "Kowloon", "addressCountry": "HK"},
         employment="FULL_TIME", posted="2026-11-13T10:00:00+08:00",
         text="<p>Fit-out and MEP cost plans.</p><p>Monthly salary: HK$22,000 \u2013 28,000 + double pay.</p>",
         label=L("Assistant Quantity Surveyor", "Victoria Harbour Surveyors Ltd", "Kwun Tong", "Kowloon", "HK",
                 "onsite", "full-time", None, 286000, 364000, "HKD", "2026-11-13", "en")),
    dict(slug="survey-party-chief-bozeman", company="Big Sky Land Surveying", title="Survey Party Chief",
         address={"addressLocality": "Bozeman", "addressRegion": "MT", "postalCode": "59715",
                  "addressCountry": "US"},
         employment="FULL_TIME", posted="2026-11-17", salary=("USD", "HOUR", 30, 38),
         text="<p>Lead a two-person crew on ALTA and subdivision surveys.</p><p>Company truck; $1,200 boot and"
              " gear allowance.</p>",
         label=L("Survey Party Chief", "Big Sky Land Surveying", "Bozeman", "MT", "US", "onsite", "full-time",
                 "lead", 62400, 79040, "USD", "2026-11-17", "en")),
    dict(slug="grant-writer-contract", company="Lumen Grants Collective", title="Grant Writer (Contract)",
         address={"addressCountry": "US"}, remote=True, employment="CONTRACTOR", posted="2026-11-23",
         text="<p>Federal and foundation proposals for nonprofits; our writers secured $38M for clients in"
              " 2025.</p><p>Rate: $55\u2013$70/hour, 20\u201330 hours a week.</p>",
         label=L("Grant Writer (Contract)", "Lumen Grants Collective", None, None, "US", "remote", "contract", None,
                 114400, 145600, "USD", "2026-11-23", "en")),
]

# ---------------------------------------------------------------- RSS (6)
RSS = [
    dict(slug="senior-game-designer", company="Lanternfish Studios", title="Senior Game Designer",
         region="Europe Only", country="", type="Full-Time", pub="Tue, 03 Nov 2026 10:00:00 +0100",
         text="<p>Systems design for a cozy co-op game.</p><p>Compensation: \u20ac55k\u2013\u20ac68k per year. Our"
              " last title grossed \u20ac12M.</p>",
         label=L("Senior Game Designer", "Lanternfish Studios", None, None, None, "remote", "full-time", "senior",
                 55000, 68000, "EUR", "2026-11-03", "en")),
    dict(slug="localization-translator", company="Wordhive", title="Localization Translator (EN\u2192PT-BR)",
         region="Anywhere in the World", country="", type="Contract", pub="Thu, 05 Nov 2026 14:30:00 GMT",
         text="<p>Game and app strings.</p><p>Monthly retainer: US$2,200 for up to 120 hours.</p>",
         label=L("Localization Translator (EN→PT-BR)", "Wordhive", None, None, None, "remote", "contract", None,
                 26400, 26400, "USD", "2026-11-05", "en")),
    dict(slug="customer-success-uruguay", company="Palmera Billing", title="Customer Success Manager",
         region="Latin America Only", country="Uruguay", type="Full-Time", pub="Mon, 09 Nov 2026 09:00:00 -0300",
         text="<p>Trabajo remoto desde Uruguay.</p><p>Sueldo: $U 120.000 \u2013 $U 150.000 nominales por"
              " mes.</p>",
         label=L("Customer Success Manager", "Palmera Billing", None, None, "UY", "remote", "full-time", None,
                 1440000, 1800000, "UYU", "2026-11-09", "es")),
    dict(slug="devops-engineer-usa", company="Kestrel Ops", title="DevOps Engineer", region="USA Only",
         country="United States", type="Full-Time", pub="Wed, 11 Nov 2026 10:00:00 PST",
         text="<p>Kubernetes for 300 clusters.</p><p>$140K \u2013 $165K base. $3M ARR and profitable.</p>",
         label=L("DevOps Engineer", "Kestrel Ops", None, None, "US", "remote", "full-time", None, 140000, 165000,
                 "USD", "2026-11-11", "en")),
    dict(slug="medical-interpreter-spanish", company="Borinquen Language Services",
         title="Remote Medical Interpreter (Spanish)", region="USA Only", country="Puerto Rico", type="Part-Time",
         pub="Tue, 17 Nov 2026 08:00:00 -0400",
         text="<p>Video interpreting for US hospitals.</p><p>Pay: $19.50/hr.</p>",
         label=L("Remote Medical Interpreter (Spanish)", "Borinquen Language Services", None, None, "PR", "remote",
                 "part-time", None, 40560, 40560, "USD", "2026-11-17", "en")),
    dict(slug="head-of-finance-ghana", company="Kora Payments", title="Head of Finance", region="Africa Only",
         country="Ghana", type="Full-Time", pub="Fri, 27 Nov 2026 11:00:00 +0000",
         text="<p>We raised a $22M Series A.</p><p>Salary: GH\u20b5 45,000 \u2013 55,000 monthly.</p>",
         label=L("Head of Finance", "Kora Payments", None, None, "GH", "remote", "full-time", "lead", 540000,
                 660000, "GHS", "2026-11-27", "en")),
]

# ---------------------------------------------------------------- Remote OK (6)
REMOTEOK = [
    dict(id="1708001", company="Papaya Pixel", position="Senior Unity Developer", location="Thailand",
         salary=(0, 0), date="2026-11-02T05:00:00+00:00", tags=["unity", "c#", "games"],
         text="<p>Mobile puzzle games, 5M MAU.</p><p>เงินเดือน 90,000 - 120,000 บาท/เดือน</p>",
         label=L("Senior Unity Developer", "Papaya Pixel", None, None, "TH", "remote", None, "senior", 1080000,
                 1440000, "THB", "2026-11-02", "en")),
    dict(id="1708002", company="Driftwood API", position="Technical Writer", location="Worldwide",
         salary=(70000, 90000), date="2026-11-06T15:00:00+00:00", tags=["docs", "writing", "api"],
         text="<p>Docs for our payments API. $500 annual learning budget.</p>",
         label=L("Technical Writer", "Driftwood API", None, None, None, "remote", None, None, 70000, 90000, "USD",
                 "2026-11-06", "en")),
    dict(id="1708003", company="Ledgerline", position="Fractional CFO", location="Hong Kong",
         salary=(0, 0), date="2026-11-10T04:00:00+00:00", tags=["finance", "cfo"],
         text="<p>Two days a week for a Series B fintech.</p><p>HK$6,000 per day.</p>",
         label=L("Fractional CFO", "Ledgerline", None, None, "HK", "remote", "part-time", "executive", 1560000,
                 1560000, "HKD", "2026-11-10", "en")),
    dict(id="1708004", company="Carpathia Data", position="Senior Data Engineer", location="Romania",
         salary=(0, 0), date="2026-11-14T09:00:00+00:00", tags=["spark", "dbt", "data"],
         text="<p>Spark and dbt on a lakehouse.</p><p>Salariu: 18.000 \u2013 22.000 lei net pe lună.</p>",
         label=L("Senior Data Engineer", "Carpathia Data", None, None, "RO", "remote", None, "senior", 216000,
                 264000, "RON", "2026-11-14", "en")),
    dict(id="1708005", company="Tisza Commerce", position="Customer Support Specialist (Hungarian)",
         location="Hungary", salary=(0, 0), date="2026-11-21T09:00:00+00:00", tags=["support", "hungarian"],
         text="<p>Full-time, remote from anywhere in Hungary.</p><p>Bruttó 650 000 \u2013 750 000 Ft/hó +"
              " cafeteria évi 200 000 Ft.</p>",
         label=L("Customer Support Specialist (Hungarian)", "Tisza Commerce", None, None, "HU", "remote",
                 "full-time", None, 7800000, 9000000, "HUF", "2026-11-21", "en")),
    dict(id="1708006", company="Fjara", position="Growth Marketer", location="Europe", salary=(0, 0),
         date="2026-11-27T11:00:00+00:00", tags=["marketing", "growth"],
         text="<p>Budget: you will manage \u20ac40k/month in paid spend.</p><p>Compensation: DOE.</p>",
         label=L("Growth Marketer", "Fjara", None, None, None, "remote", None, None, None, None, None, "2026-11-27",
                 "en")),
]

# ---------------------------------------------------------------- JobSpy (6)
JOBSPY = [
    dict(id="in-a1b2c3d4e5f60718", site="indeed", title="HVAC Service Technician",
         company="Prairie Comfort Heating & Cooling", location="Omaha, NE", date="2026-11-03", job_type="fulltime",
         remote=False,
         text="EPA 608 Universal required. $27 - $36/hr DOE + $2,500 tool allowance. Company van.",
         label=L("HVAC Service Technician", "Prairie Comfort Heating & Cooling", "Omaha", "NE", "US", "onsite",
                 "full-time", None, 56160, 74880, "USD", "2026-11-03", "en")),
    dict(id="li-4927771234", site="linkedin", title="Diagnostic Medical Sonographer",
         company="Prairie Health Imaging", location="Saskatoon, Saskatchewan, Canada", date="2026-11-06",
         job_type="fulltime", remote=False, level="Mid-Senior level",
         text="General and cardiac ultrasound. Salary: $43.20\u2013$55.80 per hour (CAD). Relocation assistance"
              " up to $7,500.",
         label=L("Diagnostic Medical Sonographer", "Prairie Health Imaging", "Saskatoon", "SK", "CA",
                 "onsite", "full-time", "senior", 89856, 116064, "CAD", "2026-11-06", "en")),
    dict(id="gd-1020304050", site="glassdoor", title="Chef de Partie", company="The Ormonde Arms",
         location="Kilkenny, County Kilkenny", date="2026-11-10", job_type="fulltime", remote=False,
         pay=("yearly", 34000, 38000, "EUR"),
         text="Fresh pasta and fish sections. \u20ac34,000 - \u20ac38,000 per year + tips. Staff meals.",
         label=L("Chef de Partie", "The Ormonde Arms", "Kilkenny", "County Kilkenny", "IE", "onsite", "full-time",
                 None, 34000, 38000, "EUR", "2026-11-10", "en")),
    dict(id="in-b2c3d4e5f6071829", site="indeed", title="Legal Secretary", company="Fitzroy Conveyancing",
         location="Darwin NT 0800", date="2026-11-13", job_type="fulltime", remote=False,
         text="Conveyancing and wills. $70,000 \u2013 $78,000 + super.",
         label=L("Legal Secretary", "Fitzroy Conveyancing", "Darwin", "NT", "AU", "onsite", "full-time", None,
                 70000, 78000, "AUD", "2026-11-13", "en")),
    dict(id="li-4928882345", site="linkedin", title="Contrôleur aérien (ATCO)", company="Skyguard Luxembourg S.A.",
         location="Findel, Luxembourg", date="2026-11-19", job_type="fulltime", remote=False, level="Associate",
         text="Licence ATCO requise (APP/TWR). Salaire annuel brut : 85 000 \u20ac \u2013 105 000 \u20ac.",
         label=L("Contrôleur aérien (ATCO)", "Skyguard Luxembourg S.A.", "Findel", None, "LU", "onsite",
                 "full-time", "mid", 85000, 105000, "EUR", "2026-11-19", "fr")),
    dict(id="in-c3d4e5f607182930", site="indeed", title="Quantity Surveyor", company="Dee Cost Consultants",
         location="Chester CH1", date="2026-11-25", job_type="contract", remote=False,
         text="6-month contract, inside IR35. \u00a3300-\u00a3350 per day.",
         label=L("Quantity Surveyor", "Dee Cost Consultants", "Chester", None, "GB", "onsite", "contract", None,
                 78000, 91000, "GBP", "2026-11-25", "en")),
]

# ---------------------------------------------------------------- file: (6)
FILE = [
    dict(external_id="hr-kuhar-01", title="Kuhar / Kuharica (Chef de Partie)", company="Hotel Lungomare d.o.o.",
         locations=["Opatija, Primorsko-goranska županija"], employment="Full-time", posted="2026-11-04",
         text="Cjelogodišnji rad u à la carte restoranu. Plaća: 1.300 \u2013 1.600 \u20ac neto mjesečno +"
              " smještaj.",
         label=L("Kuhar / Kuharica (Chef de Partie)", "Hotel Lungomare d.o.o.", "Opatija",
                 "Primorsko-goranska županija", "HR", "onsite", "full-time", None, 15600, 19200, "EUR",
                 "2026-11-04", "hr")),
    dict(external_id="lu-secr-02", title="Secrétaire juridique (m/f)", company="Étude Wagner & Klein",
         locations=["L-2449 Luxembourg"], workplace="hybrid", employment="Full-time", posted="2026-11-09",
         text="Droit des sociétés. Salaire : 3 900 \u20ac \u2013 4 500 \u20ac brut par mois.",
         label=L("Secrétaire juridique (m/f)", "Étude Wagner & Klein", "Luxembourg", None, "LU", "hybrid",
                 "full-time", None, 46800, 54000, "EUR", "2026-11-09", "fr")),
    dict(external_id="ma-trad-03", title="Traducteur assermenté arabe\u2013français",
         company="Cabinet Atlas Traductions", locations=["Casablanca 20250, Maroc"], employment="Full-time",
         posted="2026-11-12",
         text="Traductions juridiques et actes d'état civil. Salaire : 9 000 \u2013 12 000 DH net par mois.",
         label=L("Traducteur assermenté arabe–français", "Cabinet Atlas Traductions", "Casablanca", None, "MA",
                 "onsite", "full-time", None, 108000, 144000, "MAD", "2026-11-12", "fr")),
    dict(external_id="hu-geod-04", title="Földmérő mérnök", company="GeoTerra Kft.", locations=["1117 Budapest"],
         employment="Full-time", posted="2026-11-16",
         salary={"salary_min": 700000, "salary_max": 900000, "salary_currency": "HUF", "salary_period": "month"},
         text="Telekalakítás és kitűzés. Cafeteria: évi 400 000 Ft.",
         label=L("Földmérő mérnök", "GeoTerra Kft.", "Budapest", None, "HU", "onsite", "full-time", None, 8400000,
                 10800000, "HUF", "2026-11-16", "hu")),
    dict(external_id="us-hvac-05", title="HVAC Apprentice", company="Aloha Air Conditioning LLC",
         locations=["Honolulu, HI 96819"], employment="Full-time", posted="2026-11-20",
         text="Four-year apprenticeship with paid schooling. Starting at $21/hr; raises every 1,000 hours.",
         label=L("HVAC Apprentice", "Aloha Air Conditioning LLC", "Honolulu", "HI", "US", "onsite", "full-time",
                 "entry", 43680, None, "USD", "2026-11-20", "en")),
    dict(external_id="ca-grant-06", title="Grant Writer", company="Halifax Harbour Arts Society",
         locations=["Halifax, NS"], workplace="remote", employment="Contract", posted="2026-11-27",
         text="12-month contract, remote within Nova Scotia. Fee: $48,000 for the year. We steward a $1.2M"
              " capital fund.",
         label=L("Grant Writer", "Halifax Harbour Arts Society", "Halifax", "NS", "CA", "remote", "contract", None,
                 48000, 48000, "CAD", "2026-11-27", "en")),
]

# ---------------------------------------------------------------- Workday (6): one detail per file
WORKDAY = [
    dict(company="Nusa Aerotech", path="Aircraft-Maintenance-Technician_R-20411",
         title="Aircraft Maintenance Technician", location="Tangerang, Banten", country="Indonesia",
         remote="On-site", time="Full time", posted_on="Posted 2 Days Ago",
         text="<p>Line maintenance for ATR 72 and A320.</p><p>Gaji: Rp 9.000.000 \u2013 Rp 13.000.000 per bulan."
              " Tunjangan shift dan makan.</p>",
         label=L("Aircraft Maintenance Technician", "Nusa Aerotech", "Tangerang", "Banten", "ID", "onsite",
                 "full-time", None, 108000000, 156000000, "IDR", "2026-11-29", "en")),
    dict(company="Formosa Wafer Corp.", path="Process-Engineer_JR-5521", title="製程工程師 Process Engineer",
         location="Hsinchu", country="Taiwan", remote="On-site", time="Full time", posted_on="Posted Today",
         text="<p>12 吋晶圓蝕刻製程。</p><p>年薪 NT$1,200,000 \u2013 1,800,000（含獎金）</p>",
         label=L("製程工程師 Process Engineer", "Formosa Wafer Corp.", "Hsinchu", None, "TW", "onsite", "full-time",
                 None, 1200000, 1800000, "TWD", "2026-12-01", "zh")),
    dict(company="Atlas Composants SA", path="Technicien-CVC_R-3107", title="Technicien CVC (H/F)",
         location="Tanger", country="Morocco", remote="On-site", time="Full time", posted_on="Posted 5 Days Ago",
         text="<p>Maintenance des installations CVC de l'usine.</p><p>Salaire : 7 500 à 9 500 MAD brut mensuel,"
              " prime de panier.</p>",
         label=L("Technicien CVC (H/F)", "Atlas Composants SA", "Tanger", None, "MA", "onsite", "full-time", None,
                 90000, 114000, "MAD", "2026-11-26", "fr")),
    dict(company="Severn Health Partnership", path="Sonographer_REQ-7790", title="Sonographer (Band 7)",
         location="Gloucester, Gloucestershire", country="United Kingdom", remote="On-site", time="Part time",
         posted_on="Posted 30+ Days Ago",
         text="<p>General and obstetric ultrasound, 30 hours a week.</p><p>Salary: \u00a347,810 - \u00a354,710 per"
              " annum pro rata.</p>",
         label=L("Sonographer (Band 7)", "Severn Health Partnership", "Gloucester", "Gloucestershire", "GB",
                 "onsite", "part-time", None, 47810, 54710, "GBP", None, "en")),
    dict(company="Badger State Dairy Cooperative", path="Food-Safety-Manager_R-4402", title="Food Safety Manager",
         location="Green Bay, WI", country="United States of America", remote="On-site", time="Full time",
         posted_on="Posted 9 Days Ago",
         text="<p>SQF and FSMA programs across two plants.</p><p><b>Compensation:</b> $88,000 - $104,000"
              " annually; bonus target 10%. Our cooperative's 2025 sales were $1.4 billion.</p>",
         label=L("Food Safety Manager", "Badger State Dairy Cooperative", "Green Bay", "WI", "US", "onsite",
                 "full-time", None, 88000, 104000, "USD", "2026-11-22", "en")),
    dict(company="Somes Games SRL", path="Junior-Game-Designer_R-1880", title="Junior Game Designer",
         location="Cluj-Napoca", country="Romania", remote="Hybrid", time="Full time", posted_on="Posted Yesterday",
         text="<p>Level design in Unreal Engine 5.</p><p>Salariu brut: 7.500 \u2013 9.000 RON/lună. Tichete de"
              " masă 40 lei/zi.</p>",
         label=L("Junior Game Designer", "Somes Games SRL", "Cluj-Napoca", None, "RO", "hybrid", "full-time",
                 "entry", 90000, 108000, "RON", "2026-11-30", "ro")),
]

# ---------------------------------------------------------------- Workable (6, three accounts)
WORKABLE = [
    ("Lanka Coast Hotels", "<p>Boutique resorts on Sri Lanka's south coast.</p>", [
        dict(code="K8L9M0N001", title="Chef de Partie - Pastry", employment="Full-time", city="Galle",
             region="Southern Province", country="Sri Lanka", published="2026-11-03", experience="Associate",
             text="<p>Pastry section of our 60-room resort.</p><p>Salary: LKR 180,000 \u2013 220,000 per month +"
                  " service charge.</p>",
             label=L("Chef de Partie - Pastry", "Lanka Coast Hotels", "Galle", "Southern Province", "LK", "onsite",
                     "full-time", "mid", 2160000, 2640000, "LKR", "2026-11-03", "en")),
        dict(code="K8L9M0N002", title="Guest Relations Intern", employment="Internship", city="Colombo",
             region="Western Province", country="Sri Lanka", published="2026-11-17", experience="Internship",
             text="<p>Six months at our city hotel.</p><p>Allowance: LKR 35,000 monthly.</p>",
             label=L("Guest Relations Intern", "Lanka Coast Hotels", "Colombo", "Western Province", "LK", "onsite",
                     "internship", "entry", 420000, 420000, "LKR", "2026-11-17", "en")),
    ]),
    ("Accra Build Consult", "<p>Cost and project consultants in West Africa since 2009.</p>", [
        dict(code="L9M0N1P001", title="Quantity Surveyor", employment="Full-time", city="Accra",
             region="Greater Accra", country="Ghana", published="2026-11-06", experience="Mid-Senior level",
             text="<p>Cost control on a US$60 million hospital project.</p><p>GH\u20b5 18,000 \u2013 24,000 per"
                  " month, net.</p>",
             label=L("Quantity Surveyor", "Accra Build Consult", "Accra", "Greater Accra", "GH", "onsite",
                     "full-time", "senior", 216000, 288000, "GHS", "2026-11-06", "en")),
        dict(code="L9M0N1P002", title="Site Engineer", employment="Full-time", city="Kumasi", region="Ashanti",
             country="Ghana", published="2026-11-20", experience="Associate",
             text="<p>Supervise concrete and steel works.</p><p>Salary: Negotiable.</p>",
             label=L("Site Engineer", "Accra Build Consult", "Kumasi", "Ashanti", "GH", "onsite", "full-time", "mid",
                     None, None, None, "2026-11-20", "en")),
    ]),
    ("Caribe Sound Studios", "<p>Audio post-production in San Juan.</p>", [
        dict(code="M0N1P2Q001", title="Diseñador/a de Sonido", employment="Full-time", city="San Juan",
             region="", country="Puerto Rico", published="2026-11-09", experience="",
             text="<p>Audio para videojuegos y anuncios.</p><p>Salario: $48,000 \u2013 $58,000 al año.</p>",
             label=L("Diseñador/a de Sonido", "Caribe Sound Studios", "San Juan", None, "PR", "onsite", "full-time",
                     None, 48000, 58000, "USD", "2026-11-09", "es")),
        dict(code="M0N1P2Q002", title="Studio Coordinator", employment="Part-time", city="Ponce", region="",
             country="Puerto Rico", published="2026-11-24", experience="",
             text="<p>Bookings and billing; clients booked $900K of studio time last year.</p><p>$18 por hora, 25"
                  " horas semanales.</p>",
             label=L("Studio Coordinator", "Caribe Sound Studios", "Ponce", None, "PR", "onsite", "part-time", None,
                     37440, 37440, "USD", "2026-11-24", "en")),
    ]),
]

# ---------------------------------------------------------------- SmartRecruiters (6)
SMARTRECRUITERS = [
    dict(company="Adriatic ANS d.o.o.", id="778000094000001", title="Kontrolor zračnog prometa \u2013 pripravnik",
         city="Zagreb", region="Grad Zagreb", country="hr", full="Zagreb, Grad Zagreb, Croatia",
         released="2026-11-03T08:00:00.000Z", employment="Full-time", experience="Entry Level",
         sections=[("jobDescription", "Job Description", "<p>Obuka za kontrolora u trajanju od 18 mjeseci.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Plaća tijekom obuke: 1.450 \u20ac bruto mjesečno; nakon stjecanja dozvole do 5.500"
                    " \u20ac.</p>")],
         label=L("Kontrolor zračnog prometa – pripravnik", "Adriatic ANS d.o.o.", "Zagreb", "Grad Zagreb", "HR",
                 "onsite", "full-time", "entry", 17400, 17400, "EUR", "2026-11-03", "hr")),
    dict(company="Pearl Coast Facilities WLL", id="778000094000002", title="HVAC Supervisor", city="Doha",
         region="", country="qa", full="Doha, Qatar", released="2026-11-08T06:00:00.000Z", employment="Full-time",
         experience="Mid-Senior Level",
         sections=[("jobDescription", "Job Description", "<p>Chiller plants for three towers in Lusail.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Salary: QAR 9,000 \u2013 11,000 per month plus accommodation and transport. End-of-service"
                    " gratuity as per Qatar Labour Law.</p>")],
         label=L("HVAC Supervisor", "Pearl Coast Facilities WLL", "Doha", None, "QA", "onsite", "full-time",
                 "senior", 108000, 132000, "QAR", "2026-11-08", "en")),
    dict(company="Banat Asigurări SA", id="778000094000003", title="Underwriter Asigurări Comerciale",
         city="Timișoara", region="Timiș", country="ro", full="Timișoara, Timiș, Romania",
         released="2026-11-12T08:00:00.000Z", employment="Full-time", experience="Associate",
         sections=[("jobDescription", "Job Description", "<p>Subscriere pentru riscuri industriale.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Pachet salarial competitiv, tichete de masă și abonament medical.</p>")],
         label=L("Underwriter Asigurări Comerciale", "Banat Asigurări SA", "Timișoara", "Timiș", "RO", "onsite",
                 "full-time", "mid", None, None, None, "2026-11-12", "ro")),
    dict(company="Baltic Geodeesia OÜ", id="778000094000004", title="Maamõõtja", city="Pärnu",
         region="Pärnu maakond", country="ee", full="Pärnu, Pärnu maakond, Estonia",
         released="2026-11-16T08:00:00.000Z", employment="Full-time", experience="Mid-Senior Level",
         sections=[("jobDescription", "Job Description", "<p>Geodeetilised mõõdistused ja maakorraldus.</p>"),
                   ("additionalInformation", "Additional Information", "<p>Brutopalk 2 400 \u2013 3 000"
                                                                       " \u20ac/kuu.</p>")],
         label=L("Maamõõtja", "Baltic Geodeesia OÜ", "Pärnu", "Pärnu maakond", "EE", "onsite", "full-time",
                 "senior", 28800, 36000, "EUR", "2026-11-16", "et")),
    dict(company="Harbourfront Legal Ltd", id="778000094000005", title="Legal Secretary (Litigation)",
         city="Central", region="Hong Kong Island", country="hk", full="Central, Hong Kong Island, Hong Kong",
         released="2026-11-19T02:00:00.000Z", employment="Full-time", experience="Associate",
         sections=[("jobDescription", "Job Description", "<p>Support two litigation partners.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Monthly salary HK$25K\u201332K, 13-month salary guaranteed.</p>")],
         label=L("Legal Secretary (Litigation)", "Harbourfront Legal Ltd", "Central", "Hong Kong Island", "HK",
                 "onsite", "full-time", "mid", 325000, 416000, "HKD", "2026-11-19", "en")),
    dict(company="Lingua Danubia Kft.", id="778000094000006", title="Senior Translator (Hungarian\u2013German)",
         city="Debrecen", region="Hajdú-Bihar", country="hu", full="Debrecen, Hajdú-Bihar, Hungary", remote=True,
         released="2026-11-25T08:00:00.000Z", employment="Full-time", experience="Mid-Senior Level",
         sections=[("jobDescription", "Job Description", "<p>Jogi és műszaki fordítások, teljesen távmunkában.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Havi bruttó 900 ezer \u2013 1,1 millió Ft.</p>")],
         label=L("Senior Translator (Hungarian–German)", "Lingua Danubia Kft.", "Debrecen", "Hajdú-Bihar", "HU",
                 "remote", "full-time", "senior", 10800000, 13200000, "HUF", "2026-11-25", "hu")),
]

# ---------------------------------------------------------------- Recruitee (6)
RECRUITEE = [
    dict(id=2801001, company="Moselle Bâtiment S.à r.l.", title="Géomètre-topographe", city="Esch-sur-Alzette",
         state="", country="Luxembourg", location="Esch-sur-Alzette, Luxembourg", on_site=True,
         published="2026-11-04 08:00:00 UTC", employment="fulltime", experience="mid_level",
         salary=("5200", "6200", "EUR", "month"),
         text="<p>Relevés topographiques et implantations.</p><p>Voiture de service et chèques-repas (10,80"
              " \u20ac/jour).</p>",
         label=L("Géomètre-topographe", "Moselle Bâtiment S.à r.l.", "Esch-sur-Alzette", None, "LU", "onsite",
                 "full-time", "mid", 62400, 74400, "EUR", "2026-11-04", "fr")),
    dict(id=2801002, company="Moselle Bâtiment S.à r.l.", title="Conducteur de travaux junior", city="Luxembourg",
         state="", country="Luxembourg", location="Luxembourg, Luxembourg", on_site=True,
         published="2026-11-13 08:00:00 UTC", employment="fulltime", experience="entry_level",
         text="<p>Chantiers résidentiels.</p><p>Salaire : 4 200 \u20ac brut/mois \u00d7 13.</p>",
         label=L("Conducteur de travaux junior", "Moselle Bâtiment S.à r.l.", "Luxembourg", None, "LU", "onsite",
                 "full-time", "entry", 54600, 54600, "EUR", "2026-11-13", "fr")),
    dict(id=2802001, company="Dalmatia Dive Center j.d.o.o.", title="Instruktor ronjenja (sezonski)", city="Split",
         state="Splitsko-dalmatinska", country="Croatia", location="Split, Croatia", on_site=True,
         published="2026-11-10 09:00:00 UTC", employment="temporary", experience="",
         text="<p>Sezona svibanj \u2013 listopad 2027.</p><p>Plaća: 1.800 \u20ac neto mjesečno + smještaj.</p>",
         label=L("Instruktor ronjenja (sezonski)", "Dalmatia Dive Center j.d.o.o.", "Split", "Splitsko-dalmatinska",
                 "HR", "onsite", "contract", None, 21600, 21600, "EUR", "2026-11-10", "hr")),
    dict(id=2803001, company="Vatnajökull Tours ehf.", title="Glacier Guide", city="Höfn", state="",
         country="Iceland", location="Höfn, Iceland", on_site=True, published="2026-11-15 10:00:00 UTC",
         employment="fulltime", experience="",
         text="<p>Ice-cave and glacier hikes, year-round.</p><p>Dagvinna: 3.950 kr. á klst.</p>",
         label=L("Glacier Guide", "Vatnajökull Tours ehf.", "Höfn", None, "IS", "onsite", "full-time", None,
                 8216000, 8216000, "ISK", "2026-11-15", "en")),
    dict(id=2803002, company="Vatnajökull Tours ehf.", title="Senior Frontend Engineer", city="Reykjavík",
         state="", country="Iceland", location="Reykjavík, Iceland (remote)", remote=True,
         published="2026-11-19 10:00:00 UTC", employment="fulltime", experience="experienced",
         salary=("1100000", "1300000", "ISK", "month"),
         text="<p>Booking engine in TypeScript and React; remote within Iceland.</p>",
         label=L("Senior Frontend Engineer", "Vatnajökull Tours ehf.", "Reykjavík", None, "IS", "remote",
                 "full-time", "senior", 13200000, 15600000, "ISK", "2026-11-19", "en")),
    dict(id=2804001, company="Balaton Hotels Zrt.", title="Recepciós (részmunkaidő)", city="Siófok",
         state="Somogy", country="Hungary", location="Siófok, Hungary", on_site=True,
         published="2026-11-26 07:00:00 UTC", employment="parttime", experience="",
         text="<p>Heti 30 óra.</p><p>Órabér: bruttó 2 600 Ft.</p>",
         label=L("Recepciós (részmunkaidő)", "Balaton Hotels Zrt.", "Siófok", "Somogy", "HU", "onsite", "part-time",
                 None, 5408000, 5408000, "HUF", "2026-11-26", "hu")),
]

# ---------------------------------------------------------------- Personio (6, two feeds)
PERSONIO = [
    ("Adria Yachting d.o.o.", [
        dict(id=3401001, office="Split", department="Flota", title="Skipper (sezona 2027)",
             blocks=[("Nudimo", "<p>Neto plaća 2.200 \u20ac mjesečno, svibanj\u2013rujan.</p>")],
             contract="temporary", seniority="", schedule="full-time", created="2026-11-05T09:00:00+01:00",
             label=L("Skipper (sezona 2027)", "Adria Yachting d.o.o.", "Split", None, "HR", None, "contract", None,
                     26400, 26400, "EUR", "2026-11-05", "hr")),
        dict(id=3401002, office="Šibenik", department="Tehnika", title="Viši tehničar za brodske motore",
             blocks=[("Nudimo", "<p>Plaća: 1.700 \u2013 2.100 \u20ac bruto mjesečno.</p>")],
             contract="permanent", seniority="experienced", schedule="full-time",
             created="2026-11-12T09:00:00+01:00",
             label=L("Viši tehničar za brodske motore", "Adria Yachting d.o.o.", "Šibenik", None, "HR", None,
                     "full-time", "senior", 20400, 25200, "EUR", "2026-11-12", "hr")),
        dict(id=3401003, office="Zagreb", department="Marketing", title="Pripravnik u marketingu",
             blocks=[("Nudimo", "<p>Stipendija 600 \u20ac mjesečno, 20 sati tjedno.</p>")],
             contract="intern", seniority="student", schedule="part-time", created="2026-11-23T09:00:00+01:00",
             label=L("Pripravnik u marketingu", "Adria Yachting d.o.o.", "Zagreb", None, "HR", None, "internship",
                     "entry", 7200, 7200, "EUR", "2026-11-23", "hr")),
    ]),
    ("Kaffeerösterei Mondorf S.à r.l.", [
        dict(id=3402001, office="Mondorf-les-Bains", department="Café", title="Barista (m/w/d)",
             blocks=[("Wir bieten", "<p>Stundenlohn: 16,50 \u20ac brutto.</p>")],
             contract="permanent", seniority="", schedule="part-time", created="2026-11-06T09:00:00+01:00",
             label=L("Barista (m/w/d)", "Kaffeerösterei Mondorf S.à r.l.", "Mondorf-les-Bains", None, "LU", None,
                     "part-time", None, 34320, 34320, "EUR", "2026-11-06", "de")),
        dict(id=3402002, office="Luxembourg", department="Produktion", title="Röstmeister:in",
             blocks=[("Deine Aufgaben", "<p>Röstprofile für 40 Single Origins.</p>"),
                     ("Wir bieten", "<p>Jahresgehalt: 52.000 \u2013 58.000 \u20ac brutto.</p>")],
             contract="permanent", seniority="experienced", schedule="full-time",
             created="2026-11-16T09:00:00+01:00",
             label=L("Röstmeister:in", "Kaffeerösterei Mondorf S.à r.l.", "Luxembourg", None, "LU", None,
                     "full-time", None, 52000, 58000, "EUR", "2026-11-16", "de")),
        dict(id=3402003, office="Luxembourg", department="Vertrieb", title="Head of Sales Benelux",
             blocks=[("Wir bieten", "<p>Fixum 90k \u20ac + Provision (OTE 120k \u20ac). Firmenwagen.</p>")],
             contract="permanent", seniority="experienced", schedule="full-time",
             created="2026-11-25T09:00:00+01:00",
             label=L("Head of Sales Benelux", "Kaffeerösterei Mondorf S.à r.l.", "Luxembourg", None, "LU", None,
                     "full-time", "lead", 90000, 90000, "EUR", "2026-11-25", "de")),
    ]),
]

# ---------------------------------------------------------------- Teamtailor (6, two feeds)
TEAMTAILOR = [
    ("Karjera Rīgas Kravu Dzelzceļš", "rkd.teamtailor.com", [
        dict(id="8300001", company="Rīgas Kravu Dzelzceļš", title="Vilcienu dispečers", employment="FULL_TIME",
             addresses=[{"addressLocality": "Rīga", "postalCode": "LV-1050", "addressCountry": "LV"}],
             published="2026-11-06T09:00:00+02:00",
             text="<p>Maiņu darbs pa 12 stundām.</p><p>Atalgojums: 1 800 \u2013 2 200 EUR bruto mēnesī.</p>",
             label=L("Vilcienu dispečers", "Rīgas Kravu Dzelzceļš", "Rīga", None, "LV", "onsite", "full-time", None,
                     21600, 26400, "EUR", "2026-11-06", "lv")),
        dict(id="8300002", company="Rīgas Kravu Dzelzceļš", title="Junior Data Analyst", employment="FULL_TIME",
             addresses=[{"addressLocality": "Rīga", "addressCountry": "LV"}],
             published="2026-11-13T09:00:00+02:00", salary=("EUR", "MONTH", 1600, 2000),
             text="<p>Wagon utilisation dashboards in Power BI.</p>",
             label=L("Junior Data Analyst", "Rīgas Kravu Dzelzceļš", "Rīga", None, "LV", "onsite", "full-time",
                     "entry", 19200, 24000, "EUR", "2026-11-13", "en")),
        dict(id="8300003", company="Rīgas Kravu Dzelzceļš", title="Senior Rail Safety Engineer",
             employment="FULL_TIME",
             addresses=[{"addressLocality": "Daugavpils", "addressRegion": "Latgale", "addressCountry": "LV"}],
             published="2026-11-20T09:00:00+02:00",
             text="<p>Signalling safety cases for an EU-funded modernisation budget of \u20ac120M.</p><p>Salary:"
                  " competitive.</p>",
             label=L("Senior Rail Safety Engineer", "Rīgas Kravu Dzelzceļš", "Daugavpils", "Latgale", "LV", "onsite",
                     "full-time", "senior", None, None, None, "2026-11-20", "en")),
    ]),
    ("Jobs at Spencer Gulf Surveys", "spencergulf.teamtailor.com", [
        dict(id="8400001", company="Spencer Gulf Surveys", title="Licensed Surveyor", employment="FULL_TIME",
             addresses=[{"addressLocality": "Adelaide", "addressRegion": "SA", "postalCode": "5000",
                         "addressCountry": "AU"}],
             published="2026-11-09T13:00:00+10:30", salary=("AUD", "YEAR", 120000, 140000),
             text="<p>Cadastral and engineering surveys. Plus 12% super and a 4WD.</p>",
             label=L("Licensed Surveyor", "Spencer Gulf Surveys", "Adelaide", "SA", "AU", "onsite", "full-time",
                     None, 120000, 140000, "AUD", "2026-11-09", "en")),
        dict(id="8400002", company="Spencer Gulf Surveys", title="Survey Assistant (Casual)", employment="PART_TIME",
             addresses=[{"addressLocality": "Port Lincoln", "addressRegion": "SA", "addressCountry": "AU"}],
             published="2026-11-16T13:00:00+10:30",
             text="<p>Hold the staff, clear lines, drive the ute.</p><p>Casual rate $38.50 per hour incl. 25%"
                  " casual loading.</p>",
             label=L("Survey Assistant (Casual)", "Spencer Gulf Surveys", "Port Lincoln", "SA", "AU", "onsite",
                     "part-time", None, 80080, 80080, "AUD", "2026-11-16", "en")),
        dict(id="8400003", company="Spencer Gulf Surveys", title="Drone Pilot / Photogrammetry Technician",
             employment="CONTRACTOR",
             addresses=[{"addressLocality": "Whyalla", "addressRegion": "SA", "addressCountry": "AU"}],
             published="2026-11-24T13:00:00+10:30",
             text="<p>3-month contract on a mine-site survey.</p><p>$600 per day + FIFO flights.</p>",
             label=L("Drone Pilot / Photogrammetry Technician", "Spencer Gulf Surveys", "Whyalla", "SA", "AU",
                     "onsite", "contract", None, 156000, 156000, "AUD", "2026-11-24", "en")),
    ]),
]

# ---------------------------------------------------------------- Breezy (6, two companies)
BREEZY = [
    ("Mesa Air Mechanical", [
        dict(id="nm7b8c9d0e01", title="HVAC Installer", type="Full-Time", city="Albuquerque", state="New Mexico",
             country="United States", place="Albuquerque, NM", published="2026-11-04T15:00:00.000Z",
             salary="$22 - $30 / hour",
             label=L("HVAC Installer", "Mesa Air Mechanical", "Albuquerque", "NM", "US", "onsite", "full-time",
                     None, 45760, 62400, "USD", "2026-11-04", "en")),
        dict(id="nm7b8c9d0e02", title="Lead HVAC Technician", type="Full-Time", city="Santa Fe",
             state="New Mexico", country="United States", place="Santa Fe, NM", published="2026-11-12T15:00:00.000Z",
             salary="$75K-$95K/yr + truck",
             label=L("Lead HVAC Technician", "Mesa Air Mechanical", "Santa Fe", "NM", "US", "onsite", "full-time",
                     "lead", 75000, 95000, "USD", "2026-11-12", "en")),
        dict(id="nm7b8c9d0e03", title="Dispatcher (Part-Time)", type="Part-Time", city="Las Cruces",
             state="New Mexico", country="United States", place="Las Cruces, NM",
             published="2026-11-23T15:00:00.000Z", salary="$19/hr",
             label=L("Dispatcher (Part-Time)", "Mesa Air Mechanical", "Las Cruces", "NM", "US", "onsite",
                     "part-time", None, 39520, 39520, "USD", "2026-11-23", "en")),
    ]),
    ("Pura Vida Surf Hotels", [
        dict(id="cr8c9d0e1f01", title="Chef de Partie", type="Full-Time", city="Tamarindo", state="Guanacaste",
             country="Costa Rica", place="Tamarindo, Guanacaste", published="2026-11-06T16:00:00.000Z",
             salary="\u20a1650.000 mensuales",
             label=L("Chef de Partie", "Pura Vida Surf Hotels", "Tamarindo", "Guanacaste", "CR", "onsite",
                     "full-time", None, 7800000, 7800000, "CRC", "2026-11-06", "es")),
        dict(id="cr8c9d0e1f02", title="Surf Instructor", type="Seasonal", city="Nosara", state="Guanacaste",
             country="Costa Rica", place="Nosara, Guanacaste", published="2026-11-15T16:00:00.000Z",
             salary="USD 60 per day + tips",
             label=L("Surf Instructor", "Pura Vida Surf Hotels", "Nosara", "Guanacaste", "CR", "onsite", "contract",
                     None, 15600, 15600, "USD", "2026-11-15", "en")),
        dict(id="cr8c9d0e1f03", title="General Manager", type="Full-Time", city="Santa Teresa", state="Puntarenas",
             country="Costa Rica", place="Santa Teresa, Puntarenas", published="2026-11-25T16:00:00.000Z",
             salary="Negotiable",
             label=L("General Manager", "Pura Vida Surf Hotels", "Santa Teresa", "Puntarenas", "CR", "onsite",
                     "full-time", None, None, None, None, "2026-11-25", "en")),
    ]),
]


# ---------------------------------------------------------------- Hacker News (6, one thread)
def hn_text(first, *paragraphs):
    return first + "".join("<p>" + p for p in paragraphs)


HN = [
    dict(id=48500001, author="warungcloud", created="2026-11-02T16:20:00.000Z",
         text=hn_text("Warung Cloud (Series B, $18M) | Senior SRE | Jakarta, Indonesia | HYBRID |"
                      " IDR 40\u201355 jt/month",
                      "Kubernetes and Postgres for 300,000 small shops."),
         label=L("Senior SRE", "Warung Cloud", "Jakarta", None, "ID", "hybrid", None, "senior", 480000000,
                 660000000, "IDR", "2026-11-02", "en")),
    dict(id=48500002, author="indus_fintech", created="2026-11-02T16:45:00.000Z",
         text=hn_text("Indus Fintech | Android Engineer | Karachi, Pakistan | ONSITE | PKR 450k\u2013600k/month",
                      "We processed PKR 90B in payments in 2025. Kotlin, Compose."),
         label=L("Android Engineer", "Indus Fintech", "Karachi", None, "PK", "onsite", None, None, 5400000, 7200000,
                 "PKR", "2026-11-02", "en")),
    dict(id=48500003, author="orchid_robotics", created="2026-11-02T17:10:00.000Z",
         text=hn_text("Orchid Robotics | Firmware Engineer | Taipei, Taiwan | ONSITE | Full-time |"
                      " NT$1.4M\u20132.0M/yr",
                      "Embedded Rust on STM32 for greenhouse robots."),
         label=L("Firmware Engineer", "Orchid Robotics", "Taipei", None, "TW", "onsite", "full-time", None, 1400000,
                 2000000, "TWD", "2026-11-02", "en")),
    dict(id=48500004, author="brightwork", created="2026-11-02T18:00:00.000Z",
         text=hn_text("Brightwork Games | Game Designer | Remote (US only) | $95,000\u2013$115,000",
                      "Our last game sold 1.2M copies ($40M lifetime revenue). We're hiring a designer for combat"
                      " and progression."),
         label=L("Game Designer", "Brightwork Games", None, None, "US", "remote", None, None, 95000, 115000, "USD",
                 "2026-11-02", "en")),
    dict(id=48500005, author="nordurljos", created="2026-11-03T09:30:00.000Z",
         text=hn_text("Norðurljós Energy | Geothermal Data Engineer | Reykjavík, Iceland | ONSITE |"
                      " ISK 1.1M\u20131.4M per month",
                      "Sensor data from 40 boreholes; Python, TimescaleDB."),
         label=L("Geothermal Data Engineer", "Norðurljós Energy", "Reykjavík", None, "IS", "onsite", None, None,
                 13200000, 16800000, "ISK", "2026-11-03", "en")),
    dict(id=48500006, author="tacuarembo_labs", created="2026-11-03T12:15:00.000Z",
         text=hn_text("Tacuarembó Labs | Backend Engineer (Elixir) | Montevideo, Uruguay | REMOTE | Full-time |"
                      " USD 4,000\u20135,500/mo",
                      "Payroll APIs for Latin American employers."),
         label=L("Backend Engineer (Elixir)", "Tacuarembó Labs", "Montevideo", None, "UY", "remote", "full-time",
                 None, 48000, 66000, "USD", "2026-11-03", "en")),
]


def main():
    setwriter.write_set(sys.modules[__name__], "fresh8", "hn-2026-11.json", 48500000)


if __name__ == "__main__":
    main()
