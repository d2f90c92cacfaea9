#!/usr/bin/env python3
"""Writes Tests/Eval/discover/fresh6: 64 postings written one by one, four per
source kind over all sixteen kinds, chosen to differ from fresh..fresh5:
places in Canada, Australia, New Zealand, Ireland, India, Singapore, South
Africa, Mexico, Turkey, Czechia, Denmark and Finland (provinces and states
such as ON, BC, NSW, QLD, VIC, Gauteng, Maharashtra), "Remote — APAC",
"Hybrid: 2 days/week in Dublin"; pay as "AUD 95k + super", "₹18–24 LPA",
"R450 000 per annum", "CAD $28.50/hr + 4% vacation pay", "£180 per day
outside IR35", "NZ$70,000 – NZ$80,000", "DKK 45.000 pr. måned", Turkish lira,
Czech koruna, "MXN netos mensuales", Finnish "€/kk", pay in a table or a
bullet list, "salary: negotiable", "from 3 500 € gross/month", and money in
headlines that is not pay; dates with far-east offsets and other formats.
Labelled with what a careful recruiter would record, by the rules of
Tests/Eval/discover/README.md, and committed before jobhunt was run on them.
Run: python3 Tests/Eval/discover/tools/fresh6.py
"""
import sys

import setwriter
from fresh2 import L


# ---------------------------------------------------------------- Greenhouse (4)
GREENHOUSE = [
    dict(id=8056789001, company="Wattle Grid Energy", title="Senior Power Systems Engineer",
         location="Sydney, NSW", meta={"Workplace Type": "Hybrid", "Employment Type": "Full-time"},
         published="2026-11-03T09:00:00+11:00",
         text="<p>Connection studies for solar and battery projects on the NEM.</p><p>Package: AUD 165k + super,"
              " plus a $2,500 annual training allowance.</p>",
         label=L("Senior Power Systems Engineer", "Wattle Grid Energy", "Sydney", "NSW", "AU", "hybrid",
                 "full-time", "senior", 165000, 165000, "AUD", "2026-11-03", "en")),
    dict(id=8056789002, company="Kauri Health", title="Clinical Coder",
         location="Remote — APAC", meta={"Location Type": "Remote", "Employment Type": "Part-time"},
         published="2026-11-05T10:00:00+13:00",
         text="<p>ICD-10-AM coding for private hospitals.</p><ul><li>Pay: NZ$38 &ndash; NZ$44 per hour</li>"
              "<li>Kiwisaver 3%</li><li>Flexible hours</li></ul>",
         label=L("Clinical Coder", "Kauri Health", None, None, None, "remote", "part-time", None, 79040, 91520,
                 "NZD", "2026-11-05", "en")),
    dict(id=8056789003, company="Liffey Analytics", title="Data Engineer II",
         location="Hybrid: 2 days/week in Dublin", meta={"Workplace Type": "Hybrid"},
         published="2026-11-09T11:00:00+00:00",
         text="<p>We process \u20ac4 billion in card payments a year.</p><p>Salary range for this role:"
              " \u20ac70,000 \u2013 \u20ac82,000 + 10% bonus.</p>",
         label=L("Data Engineer II", "Liffey Analytics", "Dublin", None, "IE", "hybrid", None, "mid", 70000, 82000,
                 "EUR", "2026-11-09", "en")),
    dict(id=8056789004, company="Maple Ridge Long-Term Care", title="Personal Support Worker",
         location="Hamilton, ON", meta={"Location Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-12T07:30:00-05:00",
         text="<p>Days and evenings, 37.5 hours a week.</p><p>Wage: CAD $28.50/hr + 4% vacation pay. $1,000"
              " retention bonus after six months.</p>",
         label=L("Personal Support Worker", "Maple Ridge Long-Term Care", "Hamilton", "ON", "CA", "onsite",
                 "full-time", None, 59280, 59280, "CAD", "2026-11-12", "en")),
]

# ---------------------------------------------------------------- Lever (4)
LEVER = [
    dict(company="Fynbos Fintech", id="f6a7b8c9-0001-4d00-9000-000000000001", title="Android Developer",
         location="Johannesburg, Gauteng", country="ZA", workplace="hybrid", commitment="Full-time",
         created="2026-11-04T08:00:00Z",
         text="Kotlin and Jetpack Compose for 2 million users.\n\nRemuneration: R450 000 - R600 000 per annum,"
              " cost to company.",
         label=L("Android Developer", "Fynbos Fintech", "Johannesburg", "Gauteng", "ZA", "hybrid", "full-time",
                 None, 450000, 600000, "ZAR", "2026-11-04", "en")),
    dict(company="Fynbos Fintech", id="f6a7b8c9-0002-4d00-9000-000000000002", title="Customer Success Lead",
         location="Cape Town", country="ZA", workplace="onsite", commitment="Full-time",
         created="2026-11-13T08:00:00Z",
         text="Own our top 50 merchant accounts.\n\nSalary: negotiable, based on experience. Medical aid"
              " contribution of R3 000 per month.",
         label=L("Customer Success Lead", "Fynbos Fintech", "Cape Town", None, "ZA", "onsite", "full-time", "lead",
                 None, None, None, "2026-11-13", "en")),
    dict(company="Nordlys Games", id="f6a7b8c9-0003-4d00-9000-000000000003", title="Gameplay Programmer",
         location="Helsinki", country="FI", workplace="onsite", commitment="Full-time",
         created="2026-11-06T08:00:00Z",
         text="C++ and Unreal for our next mobile title.\n\nPalkka: 4 200 \u2013 5 300 \u20ac/kk.",
         label=L("Gameplay Programmer", "Nordlys Games", "Helsinki", None, "FI", "onsite", "full-time", None,
                 50400, 63600, "EUR", "2026-11-06", "fi")),
    dict(company="Nordlys Games", id="f6a7b8c9-0004-4d00-9000-000000000004", title="Junior QA Tester",
         location="Tampere, Finland", country="FI", workplace="onsite", commitment="Part-time",
         created="2026-11-20T08:00:00Z",
         text="Test builds on 40 devices.\n\nFrom \u20ac16.50 per hour. Lunch benefit \u20ac13.25/day.",
         label=L("Junior QA Tester", "Nordlys Games", "Tampere", None, "FI", "onsite", "part-time", "entry",
                 34320, None, "EUR", "2026-11-20", "en")),
]

# ---------------------------------------------------------------- Ashby (4)
ASHBY = [
    dict(company="Merlion Robotics", id="a6000000-0000-4000-8000-000000000601", title="Robotics Software Engineer",
         location="Singapore", address={"addressLocality": "Singapore", "addressCountry": "Singapore"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-02T02:00:00.000+00:00",
         text="ROS 2 navigation for hospital delivery robots.\n\n"
              "Monthly salary: SGD 6,500 - 8,000 (13th month AWS on top).",
         label=L("Robotics Software Engineer", "Merlion Robotics", "Singapore", None, "SG", "onsite", "full-time",
                 None, 84500, 104000, "SGD", "2026-11-02", "en")),
    dict(company="Merlion Robotics", id="a6000000-0000-4000-8000-000000000602", title="Field Service Technician",
         location="Kuala Lumpur", address={"addressLocality": "Kuala Lumpur", "addressCountry": "Malaysia"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-16T02:00:00.000+00:00",
         comp=("MYR", "1 MONTH", 4500, 6000),
         text="Install and maintain robots in 12 hospitals.\n\nCompany car and RM 500 phone allowance.",
         label=L("Field Service Technician", "Merlion Robotics", "Kuala Lumpur", None, "MY", "onsite", "full-time",
                 None, 54000, 72000, "MYR", "2026-11-16", "en")),
    dict(company="Tejo Legal Tech", id="a6000000-0000-4000-8000-000000000603", title="Legal Content Editor",
         location="Remote (Ireland)", address={"addressCountry": "Ireland"},
         workplace="Remote", remote=True, employment="Contract", published="2026-11-08T09:00:00.000+00:00",
         text="Edit practice notes on Irish employment law.\n\nDay rate: \u20ac350 per day, 3 days a week."
              " We closed a \u20ac6M seed round in 2025.",
         label=L("Legal Content Editor", "Tejo Legal Tech", None, None, "IE", "remote", "contract", None, 91000,
                 91000, "EUR", "2026-11-08", "en")),
    dict(company="Tejo Legal Tech", id="a6000000-0000-4000-8000-000000000604", title="Head of Finance",
         location="Cork", address={"addressLocality": "Cork", "addressRegion": "County Cork",
                                   "addressCountry": "IE"},
         workplace="Hybrid", remote=False, employment="FullTime", published="2026-11-18T09:00:00.000+00:00",
         text="Run month-end close, audit and our next raise.\n\nBase: \u20ac110,000\u2013\u20ac125,000 plus"
              " 0.5% equity.",
         label=L("Head of Finance", "Tejo Legal Tech", "Cork", "County Cork", "IE", "hybrid", "full-time", "lead",
                 110000, 125000, "EUR", "2026-11-18", "en")),
]

# ---------------------------------------------------------------- JSON-LD (4)
JSONLD = [
    dict(slug="mining-engineer-perth", company="Pilbara Iron Services", title="Graduate Mining Engineer",
         address={"addressLocality": "Perth", "addressRegion": "WA", "postalCode": "6000",
                  "addressCountry": "AU"},
         employment="FULL_TIME", posted="2026-11-04T08:00:00+08:00",
         text="<p>FIFO 8/6 roster to our Pilbara sites.</p><table><tr><th>Salary</th><td>AUD 95k + super</td></tr>"
              "<tr><th>Site allowance</th><td>$150 per day on site</td></tr></table>",
         label=L("Graduate Mining Engineer", "Pilbara Iron Services", "Perth", "WA", "AU", "onsite", "full-time",
                 "entry", 95000, 95000, "AUD", "2026-11-04", "en")),
    dict(slug="muhasebe-uzmani-istanbul", company="Boğaziçi Lojistik A.Ş.", title="Muhasebe Uzmanı",
         address={"addressLocality": "İstanbul", "addressCountry": "TR"},
         employment="FULL_TIME", posted="2026-11-10",
         text="<p>Genel muhasebe ve KDV beyannameleri.</p><p>Maaş: 85.000 TL net / ay, yemek kartı.</p>",
         label=L("Muhasebe Uzmanı", "Boğaziçi Lojistik A.Ş.", "İstanbul", None, "TR", "onsite", "full-time", None,
                 1020000, 1020000, "TRY", "2026-11-10", "tr")),
    dict(slug="svarec-brno", company="Morava Strojírny s.r.o.", title="Svářeč MIG/MAG",
         address={"addressLocality": "Brno", "addressRegion": "Jihomoravský kraj", "addressCountry": "CZ"},
         employment="FULL_TIME", posted="2026-11-17",
         text="<p>Svařování ocelových konstrukcí, dvousměnný provoz.</p><p>Mzda: 42 000 \u2013 52 000 Kč"
              " měsíčně + 13. plat.</p>",
         label=L("Svářeč MIG/MAG", "Morava Strojírny s.r.o.", "Brno", "Jihomoravský kraj", "CZ", "onsite",
                 "full-time", None, 546000, 676000, "CZK", "2026-11-17", "cs")),
    dict(slug="occupational-therapist-toronto", company="Lakeshore Rehab Clinics",
         title="Occupational Therapist", address={"addressLocality": "Toronto", "addressRegion": "ON",
                                                  "addressCountry": "CA"},
         employment="PART_TIME", posted="2026-11-24",
         salary=("CAD", "HOUR", 45, 52),
         text="<p>Outpatient hand therapy, Tuesdays to Thursdays.</p><p>Professional development fund of"
              " $1,200 per year.</p>",
         label=L("Occupational Therapist", "Lakeshore Rehab Clinics", "Toronto", "ON", "CA", "onsite", "part-time",
                 None, 93600, 108160, "CAD", "2026-11-24", "en")),
]

# ---------------------------------------------------------------- RSS (4)
RSS = [
    dict(slug="apac-support", company="Kookaburra Cloud", title="Customer Support Engineer (APAC hours)",
         region="Asia-Pacific", country="", type="Full-Time", pub="Tue, 03 Nov 2026 22:00:00 GMT",
         text="<p>Linux, networking, Terraform. A$85,000 \u2013 A$100,000 plus 11.5% superannuation.</p>",
         label=L("Customer Support Engineer (APAC hours)", "Kookaburra Cloud", None, None, None, "remote",
                 "full-time", None, 85000, 100000, "AUD", "2026-11-03", "en")),
    dict(slug="ux-writer", company="Saffron Stack", title="UX Writer", region="Anywhere in the World",
         country="", type="Contract", pub="Thu, 12 Nov 2026 05:30:00 +0530",
         text="<p>Microcopy for a payments app. \u20b91,200 per hour, 20 hours a week.</p>",
         label=L("UX Writer", "Saffron Stack", None, None, None, "remote", "contract", None, 2496000, 2496000,
                 "INR", "2026-11-12", "en")),
    dict(slug="rails-dev-europe", company="Hygge Software ApS", title="Senior Ruby on Rails Developer",
         region="Europe Only", country="", type="Full-Time", pub="Mon, 16 Nov 2026 08:00:00 +0100",
         text="<p>We grew revenue to DKK 40 million last year.</p><p>Salary: DKK 55.000 - 62.000 pr. måned"
              " incl. pension.</p>",
         label=L("Senior Ruby on Rails Developer", "Hygge Software ApS", None, None, None, "remote", "full-time",
                 "senior", 660000, 744000, "DKK", "2026-11-16", "en")),
    dict(slug="growth-marketer", company="Pōhutukawa Apps", title="Growth Marketer",
         region="New Zealand Only", country="New Zealand", type="Full-Time", pub="Wed, 25 Nov 2026 21:00:00 +0000",
         text="<p>Own paid acquisition across NZ and AU. NZ$70,000 \u2013 NZ$80,000 + KiwiSaver.</p>",
         label=L("Growth Marketer", "Pōhutukawa Apps", None, None, "NZ", "remote", "full-time", None, 70000,
                 80000, "NZD", "2026-11-25", "en")),
]

# ---------------------------------------------------------------- Remote OK (4)
REMOTEOK = [
    dict(id="1606001", company="Chai Labs", position="Flutter Developer", location="India",
         salary=(0, 0), date="2026-11-03T10:00:00+00:00", tags=["flutter", "dart", "mobile"],
         text="<p>Cross-platform apps for 300+ clinics. CTC: \u20b918\u201324 LPA.</p>",
         label=L("Flutter Developer", "Chai Labs", None, None, "IN", "remote", None, None, 1800000, 2400000, "INR",
                 "2026-11-03", "en")),
    dict(id="1606002", company="Tui Data", position="Analytics Engineer", location="Worldwide",
         salary=(90000, 120000), date="2026-11-09T10:00:00+00:00", tags=["dbt", "sql", "analytics"],
         text="<p>dbt and Snowflake. $1,000 yearly learning budget and a $500 home-office stipend.</p>",
         label=L("Analytics Engineer", "Tui Data", None, None, None, "remote", None, None, 90000, 120000, "USD",
                 "2026-11-09", "en")),
    dict(id="1606003", company="Springbok Security", position="Junior SOC Analyst", location="South Africa",
         salary=(0, 0), date="2026-11-15T10:00:00+00:00", tags=["security", "soc", "siem"],
         text="<p>Shift work monitoring Sentinel. R28 000 per month gross.</p>",
         label=L("Junior SOC Analyst", "Springbok Security", None, None, "ZA", "remote", None, "entry", 336000,
                 336000, "ZAR", "2026-11-15", "en")),
    dict(id="1606004", company="Orca Docs", position="Technical Writer", location="Canada",
         salary=(0, 0), date="2026-11-21T10:00:00+00:00", tags=["docs", "writing"],
         text="<p>API docs for our observability product. We raised a $25M Series B.</p>",
         label=L("Technical Writer", "Orca Docs", None, None, "CA", "remote", None, None, None, None, None,
                 "2026-11-21", "en")),
]

# ---------------------------------------------------------------- JobSpy (4)
JOBSPY = [
    dict(id="in-1a2b3c4d5e6f7a8b", site="indeed", title="Electrician - Commercial", company="Bow Valley Electric",
         location="Calgary, AB", date="2026-11-05", job_type="fulltime", remote=False,
         text="Tenant improvements downtown. $42 - $48 an hour, overtime after 8 hours. Tool allowance $600/yr.",
         label=L("Electrician - Commercial", "Bow Valley Electric", "Calgary", "AB", "CA", "onsite", "full-time",
                 None, 87360, 99840, "CAD", "2026-11-05", "en")),
    dict(id="li-4906667778", site="linkedin", title="Senior Product Manager", company="Ganges Commerce",
         location="Pune, Maharashtra, India", date="2026-11-11", job_type="fulltime", remote=False,
         level="Mid-Senior level",
         text="Own checkout for 40M users. Compensation: INR 45,00,000 - 60,00,000 per annum plus ESOPs.",
         label=L("Senior Product Manager", "Ganges Commerce", "Pune", "Maharashtra", "IN", "onsite", "full-time",
                 "senior", 4500000, 6000000, "INR", "2026-11-11", "en")),
    dict(id="gd-1009988776", site="glassdoor", title="Contract .NET Developer", company="Thames Gate Consulting",
         location="Manchester", date="2026-11-18", job_type="contract", remote=False,
         text="Six-month contract, hybrid in Manchester. \u00a3450 per day outside IR35.",
         label=L("Contract .NET Developer", "Thames Gate Consulting", "Manchester", None, "GB", "hybrid",
                 "contract", None, 117000, 117000, "GBP", "2026-11-18", "en")),
    dict(id="in-2b3c4d5e6f7a8b9c", site="indeed", title="Auxiliar de Almacén", company="Distribuidora del Bajío",
         location="Querétaro, Qro.", date="2026-11-24", job_type="fulltime", remote=False,
         pay=("monthly", 11000, 11000, "MXN"),
         text="Surtido y embarque, turno matutino. Prestaciones de ley y vales de despensa de $1,200 al mes.",
         label=L("Auxiliar de Almacén", "Distribuidora del Bajío", "Querétaro", "Querétaro", "MX", "onsite", "full-time",
                 None, 132000, 132000, "MXN", "2026-11-24", "es")),
]

# ---------------------------------------------------------------- file: (4)
FILE = [
    dict(external_id="nz-vet-01", title="Large Animal Veterinarian", company="Waikato Vet Partners",
         locations=["Hamilton, New Zealand"], employment="Full-time", posted="2026-11-06",
         text="Dairy herd health and on-call rota 1 in 5. Salary: NZ$110,000 - NZ$135,000 depending on"
              " experience, plus a vehicle.",
         label=L("Large Animal Veterinarian", "Waikato Vet Partners", "Hamilton", None, "NZ", "onsite",
                 "full-time", None, 110000, 135000, "NZD", "2026-11-06", "en")),
    dict(external_id="dk-nurse-02", title="Sygeplejerske til akutmodtagelsen", company="Region Midt Sygehus",
         locations=["Aarhus, Danmark"], employment="Full-time", posted="2026-11-12",
         text="Vi søger en erfaren sygeplejerske. Løn: DKK 45.000 pr. måned inkl. tillæg.",
         label=L("Sygeplejerske til akutmodtagelsen", "Region Midt Sygehus", "Aarhus", None, "DK", "onsite",
                 "full-time", None, 540000, 540000, "DKK", "2026-11-12", "da")),
    dict(external_id="mx-dev-03", title="Desarrollador Backend Node.js", company="Nopal Tech",
         locations=["Guadalajara, Jalisco, México"], workplace="hybrid", employment="Full-time",
         posted="2026-11-19",
         text="APIs de pagos. Sueldo: $45,000 a $55,000 MXN netos mensuales. Levantamos USD 8 millones en 2025.",
         label=L("Desarrollador Backend Node.js", "Nopal Tech", "Guadalajara", "Jalisco", "MX", "hybrid",
                 "full-time", None, 540000, 660000, "MXN", "2026-11-19", "es")),
    dict(external_id="ie-chef-04", title="Sous Chef", company="Galway Bay Hotel",
         locations=["Galway, Ireland"], employment="Full-time", posted="2026-11-26",
         text="Fresh local seafood menu, 45 hours a week. Salary: \u20ac38,000 - \u20ac42,000 p.a. plus tips"
              " and staff meals.",
         label=L("Sous Chef", "Galway Bay Hotel", "Galway", None, "IE", "onsite", "full-time", None, 38000, 42000,
                 "EUR", "2026-11-26", "en")),
]

# ---------------------------------------------------------------- Workday (4): one detail per file
WORKDAY = [
    dict(company="Southern Cross Health", path="Registered-Nurse---Emergency_R-520031",
         title="Registered Nurse - Emergency", location="Melbourne, VIC", country="Australia",
         remote="On-site", time="Full time", posted_on="Posted Yesterday",
         text="<p>Level 1 trauma centre.</p><p><b>Remuneration:</b> $48.60 - $58.20 per hour + super + penalty"
              " rates.</p>",
         label=L("Registered Nurse - Emergency", "Southern Cross Health", "Melbourne", "VIC", "AU", "onsite",
                 "full-time", None, 101088, 121056, "AUD", "2026-11-30", "en")),
    dict(company="Southern Cross Health", path="Payroll-Officer_R-520077", title="Payroll Officer",
         location="Brisbane, QLD", country="Australia", remote="Hybrid", time="Part time",
         posted_on="Posted 4 Days Ago",
         text="<p>Three days a week.</p><p>Salary: $78,000 - $86,000 pro rata + 12% super.</p>",
         label=L("Payroll Officer", "Southern Cross Health", "Brisbane", "QLD", "AU", "hybrid", "part-time", None,
                 78000, 86000, "AUD", "2026-11-27", "en")),
    dict(company="Vltava Bank a.s.", path="IT-Security-Analyst_JR-77120", title="IT Security Analyst",
         location="Praha", country="Czechia", remote="Hybrid", time="Full time",
         posted_on="Posted 2 Days Ago",
         text="<p>SIEM and incident response.</p><p>Salary: CZK 80,000 \u2013 100,000 gross per month, 25 days"
              " of holiday, meal vouchers.</p>",
         label=L("IT Security Analyst", "Vltava Bank a.s.", "Praha", None, "CZ", "hybrid", "full-time", None,
                 960000, 1200000, "CZK", "2026-11-29", "en")),
    dict(company="Anatolia Pharma", path="Medical-Representative_R-88012", title="Medical Representative",
         location="Ankara", country="Turkey", remote="On-site", time="Full time",
         posted_on="Posted 30+ Days Ago",
         text="<p>Visit cardiologists in Ankara and Konya.</p><p>Company car, fuel card and a performance bonus"
              " of up to 4 salaries a year.</p>",
         label=L("Medical Representative", "Anatolia Pharma", "Ankara", None, "TR", "onsite", "full-time", None,
                 None, None, None, None, "en")),
]

# ---------------------------------------------------------------- Workable (4, two accounts)
WORKABLE = [
    ("Suomi Mobility Oy", "<p>E-scooters in 14 Nordic cities; fleet of 20 000 vehicles.</p>", [
        dict(code="E5F6A7B801", title="Fleet Mechanic", employment="Full-time", city="Espoo",
             region="Uusimaa", country="Finland", published="2026-11-04", experience="Associate",
             text="<p>Repair scooters in our Espoo depot.</p><ul><li>Salary: 2 800 \u2013 3 200 \u20ac/month</li>"
                  "<li>Lunch benefit</li><li>Free rides</li></ul>",
             label=L("Fleet Mechanic", "Suomi Mobility Oy", "Espoo", "Uusimaa", "FI", "onsite", "full-time", "mid",
                     33600, 38400, "EUR", "2026-11-04", "en")),
        dict(code="E5F6A7B802", title="City Operations Manager", employment="Full-time", city="Copenhagen",
             region="", country="Denmark", published="2026-11-15", experience="Mid-Senior level",
             text="<p>Run a 30-person ops team.</p><p>Salary: from DKK 52,000 per month, plus pension.</p>",
             label=L("City Operations Manager", "Suomi Mobility Oy", "Copenhagen", None, "DK", "onsite",
                     "full-time", "senior", 624000, None, "DKK", "2026-11-15", "en")),
    ]),
    ("Karoo Creative", "<p>A branding studio in Cape Town and Durban.</p>", [
        dict(code="F6A7B8C901", title="Motion Designer", employment="Contract", city="Durban",
             region="KwaZulu-Natal", country="South Africa", published="2026-11-08", experience="",
             text="<p>Three-month contract.</p><p>Rate: R650 per hour. Equipment provided.</p>",
             label=L("Motion Designer", "Karoo Creative", "Durban", "KwaZulu-Natal", "ZA", "onsite", "contract",
                     None, 1352000, 1352000, "ZAR", "2026-11-08", "en")),
        dict(code="F6A7B8C902", title="Studio Intern", employment="Internship", telecommuting=False,
             city="Cape Town", region="Western Cape", country="South Africa", published="2026-11-22",
             experience="Internship",
             text="<p>Six-month internship. Stipend of R8 000 per month and a laptop.</p>",
             label=L("Studio Intern", "Karoo Creative", "Cape Town", "Western Cape", "ZA", "onsite", "internship",
                     "entry", 96000, 96000, "ZAR", "2026-11-22", "en")),
    ]),
]

# ---------------------------------------------------------------- SmartRecruiters (4)
SMARTRECRUITERS = [
    dict(company="Tasman Freight", id="766000092000001", title="Heavy Rigid Truck Driver", city="Auckland",
         region="Auckland", country="nz", full="Auckland, Auckland, New Zealand",
         released="2026-11-03T20:00:00.000Z", employment="Full-time", experience="Mid-Senior Level",
         sections=[("jobDescription", "Job Description", "<p>Metro deliveries, Class 4 licence.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Pay: $31.50 per hour, guaranteed 45 hours a week.</p>")],
         label=L("Heavy Rigid Truck Driver", "Tasman Freight", "Auckland", "Auckland", "NZ", "onsite", "full-time",
                 "senior", 65520, 65520, "NZD", "2026-11-03", "en")),
    dict(company="Tasman Freight", id="766000092000002", title="Warehouse Team Leader", city="Christchurch",
         region="Canterbury", country="nz", full="Christchurch, Canterbury, New Zealand",
         released="2026-11-18T01:00:00.000Z", employment="Full-time", experience="Associate",
         sections=[("jobDescription", "Job Description", "<p>Lead a team of 12 on nights.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Salary: NZ$68k - NZ$74k plus a $2,000 night allowance.</p>")],
         label=L("Warehouse Team Leader", "Tasman Freight", "Christchurch", "Canterbury", "NZ", "onsite",
                 "full-time", "lead", 68000, 74000, "NZD", "2026-11-18", "en")),
    dict(company="Bosphorus Textiles", id="766000092000003", title="Export Sales Specialist", city="İzmir",
         region="", country="tr", full="İzmir, Turkey", released="2026-11-10T07:00:00.000Z",
         employment="Full-time", experience="Mid-Senior Level",
         sections=[("jobDescription", "Job Description", "<p>EU buyers, German or Italian a plus.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Salary: negotiable. Annual turnover of USD 120 million.</p>")],
         label=L("Export Sales Specialist", "Bosphorus Textiles", "İzmir", None, "TR", "onsite", "full-time",
                 "senior", None, None, None, "2026-11-10", "en")),
    dict(company="Bosphorus Textiles", id="766000092000004", title="Quality Engineer", city="Bursa", region="",
         country="tr", full="Bursa, Turkey", released="2026-11-25T07:00:00.000Z", employment="Full-time",
         experience="Associate",
         sections=[("jobDescription", "Job Description", "<p>Fabric testing to ISO 105.</p>"),
                   ("qualifications", "Qualifications", "<p>Textile engineering degree.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Brüt maaş: 70.000 \u2013 90.000 TRY aylık.</p>")],
         label=L("Quality Engineer", "Bosphorus Textiles", "Bursa", None, "TR", "onsite", "full-time", "mid",
                 840000, 1080000, "TRY", "2026-11-25", "tr")),
]

# ---------------------------------------------------------------- Recruitee (4)
RECRUITEE = [
    dict(id=2601001, company="Emerald Care Homes", title="Healthcare Assistant", city="Limerick",
         state="County Limerick", country="Ireland", location="Limerick, Ireland", on_site=True,
         published="2026-11-03 08:00:00 UTC", employment="fulltime", experience="entry_level",
         text="<p>Day and night shifts in a 60-bed home.</p><p>\u20ac15.40 per hour, rising to \u20ac16.20 after"
              " QQI Level 5.</p>",
         label=L("Healthcare Assistant", "Emerald Care Homes", "Limerick", "County Limerick", "IE", "onsite",
                 "full-time", "entry", 32032, 33696, "EUR", "2026-11-03", "en")),
    dict(id=2601002, company="Emerald Care Homes", title="Director of Nursing", city="Galway",
         state="County Galway", country="Ireland", location="Galway, Ireland", on_site=True,
         published="2026-11-17 08:00:00 UTC", employment="fulltime", experience="executive",
         salary=("85000", "95000", "EUR", "year"),
         text="<p>Lead clinical governance across three homes. Car allowance of \u20ac6,000.</p>",
         label=L("Director of Nursing", "Emerald Care Homes", "Galway", "County Galway", "IE", "onsite",
                 "full-time", "lead", 85000, 95000, "EUR", "2026-11-17", "en")),
    dict(id=2602001, company="Indus Analytics Pvt Ltd", title="Data Analyst", city="Bengaluru",
         state="Karnataka", country="India", location="Bengaluru, India", hybrid=True,
         published="2026-11-08 05:00:00 UTC", employment="fulltime", experience="mid_level",
         text="<p>SQL, Python and Power BI.</p><p>Salary: \u20b912 \u2013 16 lakh per annum.</p>",
         label=L("Data Analyst", "Indus Analytics Pvt Ltd", "Bengaluru", "Karnataka", "IN", "hybrid", "full-time",
                 "mid", 1200000, 1600000, "INR", "2026-11-08", "en")),
    dict(id=2602002, company="Indus Analytics Pvt Ltd", title="Machine Learning Intern", city="Hyderabad",
         state="Telangana", country="India", location="Hyderabad, India", remote=True,
         published="2026-11-21 05:00:00 UTC", employment="internship", experience="student",
         text="<p>Six months, remote.</p><p>Stipend: \u20b930,000/month.</p>",
         label=L("Machine Learning Intern", "Indus Analytics Pvt Ltd", "Hyderabad", "Telangana", "IN", "remote",
                 "internship", "entry", 360000, 360000, "INR", "2026-11-21", "en")),
]

# ---------------------------------------------------------------- Personio (4, one feed)
PERSONIO = [
    ("Nordhavn Robotics ApS", [
        dict(id=3201001, office="København", department="Engineering", title="Embedded Software Engineer",
             blocks=[("Your tasks", "<p>Firmware for warehouse robots.</p>"),
                     ("What we offer", "<p>Salary: DKK 48,000 \u2013 58,000 per month incl. pension.</p>")],
             contract="permanent", seniority="experienced", schedule="full-time",
             created="2026-11-05T09:00:00+01:00",
             label=L("Embedded Software Engineer", "Nordhavn Robotics ApS", "København", None, "DK", None,
                     "full-time", None, 576000, 696000, "DKK", "2026-11-05", "en")),
        dict(id=3201002, office="Aarhus", department="Sales", title="Key Account Manager",
             blocks=[("What we offer", "<p>Competitive base plus commission. We raised EUR 15 million in"
                                       " 2025.</p>")],
             contract="permanent", seniority="experienced", schedule="full-time",
             created="2026-11-12T09:00:00+01:00",
             label=L("Key Account Manager", "Nordhavn Robotics ApS", "Aarhus", None, "DK", None, "full-time", None,
                     None, None, None, "2026-11-12", "en")),
        dict(id=3201003, office="Helsinki", department="Operations", title="Service Technician",
             blocks=[("What we offer", "<p>From 3 500 \u20ac gross/month, company van and phone.</p>")],
             contract="permanent", seniority="experienced", schedule="full-time",
             created="2026-11-19T09:00:00+02:00",
             label=L("Service Technician", "Nordhavn Robotics ApS", "Helsinki", None, "FI", None, "full-time", None,
                     42000, None, "EUR", "2026-11-19", "en")),
        dict(id=3201004, office="København", department="Engineering", title="Student Assistant, Test",
             blocks=[("What we offer", "<p>DKK 165 per hour, 15 hours a week.</p>")],
             contract="permanent", seniority="student", schedule="part-time",
             created="2026-11-26T09:00:00+01:00",
             label=L("Student Assistant, Test", "Nordhavn Robotics ApS", "København", None, "DK", None,
                     "part-time", "entry", 343200, 343200, "DKK", "2026-11-26", "en")),
    ]),
]

# ---------------------------------------------------------------- Teamtailor (4, one feed)
TEAMTAILOR = [
    ("Jobs at Harbour City Dental", "careers.harbourcity.example", [
        dict(id="7200001", company="Harbour City Dental", title="Dental Hygienist", employment="PART_TIME",
             addresses=[{"addressLocality": "Vancouver", "addressRegion": "BC", "addressCountry": "CA"}],
             published="2026-11-04T09:00:00-08:00",
             text="<p>Three days a week.</p><p>Compensation: $52 \u2013 $58 per hour, plus a $1,500 CE"
                  " allowance.</p>",
             label=L("Dental Hygienist", "Harbour City Dental", "Vancouver", "BC", "CA", "onsite", "part-time",
                     None, 108160, 120640, "CAD", "2026-11-04", "en")),
        dict(id="7200002", company="Harbour City Dental", title="Practice Manager", employment="FULL_TIME",
             addresses=[{"addressLocality": "Victoria", "addressRegion": "BC", "addressCountry": "CA"}],
             published="2026-11-14T09:00:00-08:00", salary=("CAD", "YEAR", 72000, 80000),
             text="<p>Run a six-chair clinic. Extended health and dental.</p>",
             label=L("Practice Manager", "Harbour City Dental", "Victoria", "BC", "CA", "onsite", "full-time", None,
                     72000, 80000, "CAD", "2026-11-14", "en")),
        dict(id="7200003", company="Harbour City Dental", title="Dental Receptionist", employment="FULL_TIME",
             addresses=[{"addressLocality": "Vancouver", "addressRegion": "BC", "addressCountry": "CA"}],
             published="2026-11-21T09:00:00-08:00",
             text="<p>Front desk for a busy practice.</p><table><tr><td>Hourly wage</td><td>$24.00 \u2013"
                  " $27.00</td></tr><tr><td>Benefits</td><td>after 3 months</td></tr></table>",
             label=L("Dental Receptionist", "Harbour City Dental", "Vancouver", "BC", "CA", "onsite", "full-time",
                     None, 49920, 56160, "CAD", "2026-11-21", "en")),
        dict(id="7200004", company="Harbour City Dental", title="Associate Dentist", employment="FULL_TIME",
             addresses=[{"addressLocality": "Kelowna", "addressRegion": "BC", "addressCountry": "CA"}],
             published="2026-11-28T09:00:00-08:00",
             text="<p>Established patient base. Associates bill $600,000+ a year; 40% of collections.</p>",
             label=L("Associate Dentist", "Harbour City Dental", "Kelowna", "BC", "CA", "onsite", "full-time", None,
                     None, None, None, "2026-11-28", "en")),
    ]),
]

# ---------------------------------------------------------------- Breezy (4, one company)
BREEZY = [
    ("Outback Solar Installs", [
        dict(id="ad4e5f6a7b01", title="Solar Installer", type="Full-Time", city="Adelaide", state="South Australia",
             country="Australia", place="Adelaide, SA", published="2026-11-03T22:00:00.000Z",
             salary="$36 - $42 per hour + super",
             label=L("Solar Installer", "Outback Solar Installs", "Adelaide", "SA", "AU", "onsite", "full-time",
                     None, 74880, 87360, "AUD", "2026-11-03", "en")),
        dict(id="ad4e5f6a7b02", title="Electrical Apprentice", type="Full-Time", city="Adelaide",
             state="South Australia", country="Australia", place="Adelaide, SA",
             published="2026-11-10T22:00:00.000Z", salary="Award rates",
             label=L("Electrical Apprentice", "Outback Solar Installs", "Adelaide", "SA", "AU", "onsite",
                     "full-time", "entry", None, None, None, "2026-11-10", "en")),
        dict(id="ad4e5f6a7b03", title="Sales Consultant", type="Full-Time", city="Darwin",
             state="Northern Territory", country="Australia", place="Darwin, NT",
             published="2026-11-17T22:00:00.000Z", salary="AUD 70k base + commission (OTE 110k)",
             label=L("Sales Consultant", "Outback Solar Installs", "Darwin", "NT", "AU", "onsite", "full-time", None,
                     70000, 70000, "AUD", "2026-11-17", "en")),
        dict(id="ad4e5f6a7b04", title="Operations Coordinator", type="Part-Time", city="Hobart",
             state="Tasmania", country="Australia", place="Hobart, TAS", published="2026-11-24T22:00:00.000Z",
             salary="$65,000 - $70,000 pro-rata",
             label=L("Operations Coordinator", "Outback Solar Installs", "Hobart", "TAS", "AU", "onsite",
                     "part-time", None, 65000, 70000, "AUD", "2026-11-24", "en")),
    ]),
]

# ---------------------------------------------------------------- Hacker News (4, one thread)
def hn_text(first, *paragraphs):
    return first + "".join("<p>" + p for p in paragraphs)


HN = [
    dict(id=48300001, author="kiwi_infra", created="2026-12-01T16:03:00.000Z",
         text=hn_text("Ferntree (YC W24, $12M Series A) | Staff Platform Engineer | Wellington, NZ | HYBRID |"
                      " NZ$190k-230k + equity",
                      "Kubernetes, Go, Postgres. We move $2B a year for NZ farmers."),
         label=L("Staff Platform Engineer", "Ferntree", "Wellington", None, "NZ", "hybrid", None, "senior", 190000,
                 230000, "NZD", "2026-12-01", "en")),
    dict(id=48300002, author="blr_hiring", created="2026-12-01T16:20:00.000Z",
         text=hn_text("Kirana OS | Backend Engineer (Go) | Bengaluru, India | ONSITE | Full-time |"
                      " \u20b935L - \u20b950L",
                      "Inventory software for 80,000 corner shops."),
         label=L("Backend Engineer (Go)", "Kirana OS", "Bengaluru", None, "IN", "onsite", "full-time", None,
                 3500000, 5000000, "INR", "2026-12-01", "en")),
    dict(id=48300003, author="cph_jobs", created="2026-12-01T17:45:00.000Z",
         text=hn_text("Lumen Bio | Computational Biologist | Copenhagen, Denmark | VISA | Full-time",
                      "Protein design. Funded by a DKK 300M grant from the Novo Nordisk Foundation.",
                      "Salary per Danish university scales; relocation package."),
         label=L("Computational Biologist", "Lumen Bio", "Copenhagen", None, "DK", "onsite", "full-time", None,
                 None, None, None, "2026-12-01", "en")),
    dict(id=48300004, author="apac_remote", created="2026-12-01T18:10:00.000Z",
         text=hn_text("Mango Ledger | Senior Frontend Engineer | REMOTE (APAC, UTC+5:30 to UTC+10) |"
                      " SGD 120k - 150k",
                      "React and TypeScript. Accounting for 9,000 SMEs in Southeast Asia."),
         label=L("Senior Frontend Engineer", "Mango Ledger", None, None, None, "remote", None, "senior", 120000,
                 150000, "SGD", "2026-12-01", "en")),
]


def main():
    setwriter.write_set(sys.modules[__name__], "fresh6", "hn-2026-12.json", 48300000)


if __name__ == "__main__":
    main()
