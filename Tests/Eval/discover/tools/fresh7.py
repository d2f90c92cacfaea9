#!/usr/bin/env python3
"""Writes Tests/Eval/discover/fresh7: 96 postings written one by one, six per
source kind over all sixteen kinds, chosen to differ from fresh..fresh6:
places in South Korea, Japan (prefectures, kanji), the Philippines, Vietnam,
Nigeria, Kenya, Egypt, the UAE, Saudi Arabia, Israel, Chile, Colombia, Peru,
Argentina (a remote role paid in dollars), Switzerland (cantons, "Hybrid – Zürich/Basel", "3600 Thun, BE"),
Austria, Belgium, Poland (voivodeships, postcodes), Portugal, Norway and
Sweden, and US/UK trades and professions the others lack (airline and charter
pilots, flight instructors, medical lab technicians, a court clerk, welders,
wind-turbine technicians, actuaries, a museum curator, an elevator mechanic
apprentice, arborists, a clinical research associate). Pay as "CHF 110'000",
"zł brutto miesięcznie", "zł/h netto + VAT (B2B)", "AED 25,000 per month tax
free", "KRW 60,000,000", "연봉 6,000만원", "月給 28万円", "年収 600万円", "triệu
VND/tháng", "₦450,000 monthly", "€ 2.100 bruto/mes × 14 pagas", "14 x
jährlich", "13 Monatslöhne", Chilean "$1.400.000 líquidos", "S/ 3,800
mensuales", a Polish "Podstawa 14 000 zł" without a period; hourly and daily
rates, "DOE", "competitive", "salaire à convenir", equity-only roles and money
that is not pay (runway, treasury, capital campaigns, bounties, allowances,
per diems, sign-on bonuses). Labelled with what a careful recruiter would
record, by the rules of Tests/Eval/discover/README.md, and committed before
jobhunt was run on them.
Run: python3 Tests/Eval/discover/tools/fresh7.py
"""
import sys

import setwriter
from fresh2 import L


# ---------------------------------------------------------------- Greenhouse (6)
GREENHOUSE = [
    dict(id=9067890001, company="Northstar Regional Airlines", title="First Officer - CRJ900",
         location="Minneapolis, MN", meta={"Location Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-02T08:00:00-06:00",
         text="<p>Crew base: MSP. Reserve and line holders.</p><h3>Pay</h3><ul><li>First-year pay: $96,000"
              " guaranteed (78-hour monthly minimum at $102.56/flight hour)</li><li>$15,000 new-hire bonus</li>"
              "<li>Per diem $2.40/hour away from base</li></ul>",
         label=L("First Officer - CRJ900", "Northstar Regional Airlines", "Minneapolis", "MN", "US", "onsite",
                 "full-time", None, 96000, 96000, "USD", "2026-11-02", "en")),
    dict(id=9067890002, company="Meridian Assay Labs", title="Medical Laboratory Technician - Nights",
         location="Tulsa, OK 74104", meta={"Location Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-04T07:00:00-06:00", pay=(27, 33, "USD", "Hourly base pay"),
         text="<p>Hematology and chemistry benches, four 10-hour nights.</p><p>Night differential of $2.50/hour"
              " on top of base. MLT (ASCP) required.</p>",
         label=L("Medical Laboratory Technician - Nights", "Meridian Assay Labs", "Tulsa", "OK", "US", "onsite",
                 "full-time", None, 56160, 68640, "USD", "2026-11-04", "en")),
    dict(id=9067890003, company="Limmat Rückversicherung AG", title="Aktuar:in Leben (80–100 %)",
         location="Hybrid \u2013 Zürich/Basel", meta={"Workplace Type": "Hybrid", "Employment Type": "Full-time"},
         published="2026-11-06T09:00:00+01:00",
         text="<p>Reserving und Solvency II für das Lebengeschäft.</p><p><strong>Lohnband:</strong> CHF 110'000"
              " \u2013 135'000 (bei 100 %), zuzüglich Bonus.</p>",
         label=L("Aktuar:in Leben (80–100 %)", "Limmat Rückversicherung AG", "Zürich", None, "CH", "hybrid",
                 "full-time", None, 110000, 135000, "CHF", "2026-11-06", "de")),
    dict(id=9067890004, company="Shoresh Security", title="Senior Backend Engineer",
         location="Tel Aviv-Yafo, Israel", meta={"Workplace Type": "Hybrid", "Employment Type": "Full-time"},
         published="2026-11-10T10:00:00+02:00",
         text="<p>6+ years with Go or Rust; detection pipelines at 2M events/sec.</p><p>Monthly gross:"
              " \u20aa38,000\u2013\u20aa46,000, plus Keren Hishtalmut and options.</p>",
         label=L("Senior Backend Engineer", "Shoresh Security", "Tel Aviv-Yafo", None, "IL", "hybrid", "full-time",
                 "senior", 456000, 552000, "ILS", "2026-11-10", "en")),
    dict(id=9067890005, company="Quillmark", title="Developer Relations Engineer",
         location="Remote (EMEA)", meta={"Location Type": "Remote", "Employment Type": "Full-time"},
         published="2026-11-13T12:00:00+00:00",
         text="<p>We closed a $9M seed and have up to 18 months of runway.</p><p>Compensation: competitive,"
              " with meaningful equity.</p>",
         label=L("Developer Relations Engineer", "Quillmark", None, None, None, "remote", "full-time", None, None,
                 None, None, "2026-11-13", "en")),
    dict(id=9067890006, company="North Sea Blades Ltd", title="Wind Turbine Technician",
         location="Great Yarmouth, Norfolk NR30", meta={"Location Type": "On-site", "Employment Type": "Permanent"},
         published="2026-11-18T08:30:00+00:00",
         text="<p>Full-time, 14 days on / 14 days off on offshore arrays.</p><p>Salary: \u00a336,500 &ndash;"
              " \u00a342,000 per annum + \u00a325 per day offshore allowance. GWO BST required.</p>",
         label=L("Wind Turbine Technician", "North Sea Blades Ltd", "Great Yarmouth", "Norfolk", "GB", "onsite",
                 "full-time", None, 36500, 42000, "GBP", "2026-11-18", "en")),
]

# ---------------------------------------------------------------- Lever (6, three employers)
LEVER = [
    dict(company="Hanbit Mobility", id="f7a8b9c0-0001-4e00-9000-000000000001", title="Backend Engineer (Kotlin)",
         location="Seoul", country="KR", workplace="onsite", commitment="Full-time",
         created="2026-11-03T01:00:00Z",
         text="Ride-hailing dispatch in Kotlin and Spring.\n\n연봉: 6,000만원 ~ 8,000만원 (경력 5년 이상)",
         label=L("Backend Engineer (Kotlin)", "Hanbit Mobility", "Seoul", None, "KR", "onsite", "full-time",
                 "senior", 60000000, 80000000, "KRW", "2026-11-03", "ko")),
    dict(company="Hanbit Mobility", id="f7a8b9c0-0002-4e00-9000-000000000002", title="Pricing Data Analyst",
         location="Pangyo, Gyeonggi-do", country="KR", workplace="hybrid", commitment="Full-time",
         created="2026-11-11T02:00:00Z",
         text="SQL and Python for surge pricing.\n\nSalary: KRW 60,000,000 per year, plus a KRW 3,000,000 signing"
              " bonus.",
         label=L("Pricing Data Analyst", "Hanbit Mobility", "Pangyo", "Gyeonggi-do", "KR", "hybrid", "full-time",
                 None, 60000000, 60000000, "KRW", "2026-11-11", "en")),
    dict(company="Lagos Ledger", id="f7a8b9c0-0003-4e00-9000-000000000003", title="Senior Mobile Engineer",
         location="Lagos, Nigeria", country="NG", workplace="hybrid", commitment="Full-time",
         created="2026-11-05T09:00:00Z",
         text="React Native for 1.2 million market traders.\n\nPay: \u20a6900,000 \u2013 \u20a61,200,000 monthly"
              " (gross), plus HMO and a \u20a650,000 data allowance.",
         label=L("Senior Mobile Engineer", "Lagos Ledger", "Lagos", None, "NG", "hybrid", "full-time", "senior",
                 10800000, 14400000, "NGN", "2026-11-05", "en")),
    dict(company="Lagos Ledger", id="f7a8b9c0-0004-4e00-9000-000000000004", title="Customer Support Agent",
         location="Abuja", country="NG", workplace="onsite", commitment="Full-time",
         created="2026-11-19T09:00:00Z",
         text="Resolve merchant tickets in English, Hausa or Yoruba.\n\n\u20a6450,000 monthly.",
         label=L("Customer Support Agent", "Lagos Ledger", "Abuja", None, "NG", "onsite", "full-time", None,
                 5400000, 5400000, "NGN", "2026-11-19", "en")),
    dict(company="Cafetal Digital", id="f7a8b9c0-0005-4e00-9000-000000000005", title="Desarrolladora Frontend",
         location="Cali, Valle del Cauca", country="CO", workplace="remote", commitment="Full-time",
         created="2026-11-09T14:00:00Z",
         text="React y TypeScript para una plataforma de seguros.\n\nSalario: COP 9.000.000 \u2013 11.000.000"
              " mensuales.",
         label=L("Desarrolladora Frontend", "Cafetal Digital", "Cali", "Valle del Cauca", "CO", "remote",
                 "full-time", None, 108000000, 132000000, "COP", "2026-11-09", "es")),
    dict(company="Cafetal Digital", id="f7a8b9c0-0006-4e00-9000-000000000006", title="Líder de Soporte Técnico",
         location="Barranquilla", country="CO", workplace="onsite", commitment="Full-time",
         created="2026-11-23T14:00:00Z",
         text="Coordinar un equipo de 8 agentes de soporte N1 y N2.\n\nSalario a convenir.",
         label=L("Líder de Soporte Técnico", "Cafetal Digital", "Barranquilla", None, "CO", "onsite", "full-time",
                 "lead", None, None, None, "2026-11-23", "es")),
]

# ---------------------------------------------------------------- Ashby (6, two employers)
ASHBY = [
    dict(company="Sahara Grid", id="a7000000-0000-4000-8000-000000000701", title="Solar Project Engineer",
         location="Cairo", address={"addressLocality": "Cairo", "addressCountry": "Egypt"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-03T07:00:00.000+00:00",
         text="Utility-scale PV at Benban and Kom Ombo.\n\nSalary: EGP 55,000 net per month. Transportation"
              " provided.",
         label=L("Solar Project Engineer", "Sahara Grid", "Cairo", None, "EG", "onsite", "full-time", None, 660000,
                 660000, "EGP", "2026-11-03", "en")),
    dict(company="Sahara Grid", id="a7000000-0000-4000-8000-000000000702", title="Country Manager, UAE",
         location="Dubai", address={"addressLocality": "Dubai", "addressRegion": "Dubai",
                                    "addressCountry": "United Arab Emirates"},
         workplace="Hybrid", remote=False, employment="FullTime", published="2026-11-08T06:00:00.000+00:00",
         text="Build our C&I solar pipeline in the Emirates.\n\nAED 45,000 per month tax free, plus a housing"
              " allowance of AED 8,000/month and annual flights.",
         label=L("Country Manager, UAE", "Sahara Grid", "Dubai", "Dubai", "AE", "hybrid", "full-time", None, 540000,
                 540000, "AED", "2026-11-08", "en")),
    dict(company="Sahara Grid", id="a7000000-0000-4000-8000-000000000703", title="Finance Analyst",
         location="Riyadh", address={"addressLocality": "Riyadh", "addressCountry": "SA"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-17T06:00:00.000+00:00",
         comp=("SAR", "1 MONTH", 14000, 18000),
         text="Project finance models for PPAs.\n\nAnnual ticket home and 30 days' leave.",
         label=L("Finance Analyst", "Sahara Grid", "Riyadh", None, "SA", "onsite", "full-time", None, 168000, 216000,
                 "SAR", "2026-11-17", "en")),
    dict(company="Fjordline Care", id="a7000000-0000-4000-8000-000000000704", title="Sykepleier, medisinsk sengepost",
         location="Tromsø", address={"addressLocality": "Tromsø", "addressRegion": "Troms",
                                     "addressCountry": "NO"},
         workplace="OnSite", remote=False, employment="PartTime", published="2026-11-04T08:00:00.000+00:00",
         text="80 % fast stilling i turnus.\n\nLønn: 560 000 \u2013 620 000 kr per år (100 %), pluss"
              " nordnorgetillegg.",
         label=L("Sykepleier, medisinsk sengepost", "Fjordline Care", "Tromsø", "Troms", "NO", "onsite",
                 "part-time", None, 560000, 620000, "NOK", "2026-11-04", "no")),
    dict(company="Fjordline Care", id="a7000000-0000-4000-8000-000000000705", title="Helsefagarbeider (vikariat)",
         location="Bodø", address={"addressLocality": "Bodø", "addressRegion": "Nordland", "addressCountry": "NO"},
         workplace="OnSite", remote=False, employment="Temporary", published="2026-11-12T08:00:00.000+00:00",
         text="Vikariat i seks måneder på sykehjem.\n\nTimelønn: 265 kr.",
         label=L("Helsefagarbeider (vikariat)", "Fjordline Care", "Bodø", "Nordland", "NO", "onsite", "contract",
                 None, 551200, 551200, "NOK", "2026-11-12", "no")),
    dict(company="Fjordline Care", id="a7000000-0000-4000-8000-000000000706", title="Chief Medical Officer",
         location="Oslo", address={"addressLocality": "Oslo", "addressCountry": "Norway"},
         workplace="Hybrid", remote=False, employment="FullTime", published="2026-11-20T08:00:00.000+00:00",
         comp=("NOK", "1 YEAR", 1400000, 1700000),
         text="Clinical governance for 40 care homes.\n\nWe raised NOK 120 million in 2025.",
         label=L("Chief Medical Officer", "Fjordline Care", "Oslo", None, "NO", "hybrid", "full-time", "executive",
                 1400000, 1700000, "NOK", "2026-11-20", "en")),
]

# ---------------------------------------------------------------- JSON-LD (6)
JSONLD = [
    dict(slug="kangoshi-osaka", company="医療法人 浪速会", title="看護師（病棟）",
         address={"addressLocality": "大阪市", "addressRegion": "大阪府", "postalCode": "530-0001",
                  "addressCountry": "JP"},
         employment="FULL_TIME", posted="2026-11-04T09:00:00+09:00",
         text="<p>急性期病棟での看護業務。</p><p>給与：月給 28万円～35万円（夜勤手当別途）</p><p>賞与：年2回</p>",
         label=L("看護師（病棟）", "医療法人 浪速会", "大阪市", "大阪府", "JP", "onsite", "full-time", None, 3360000,
                 4200000, "JPY", "2026-11-04", "ja")),
    dict(slug="icu-nurse-pasig", company="Pasig Metro Hospital", title="Registered Nurse - ICU",
         address={"addressLocality": "Pasig", "addressRegion": "Metro Manila", "postalCode": "1605",
                  "addressCountry": "PH"},
         employment="FULL_TIME", posted="2026-11-09", salary=("PHP", "MONTH", 38000, 45000),
         text="<p>12-bed adult ICU.</p><p>Free meals on duty and HMO coverage for two dependents.</p>",
         label=L("Registered Nurse - ICU", "Pasig Metro Hospital", "Pasig", "Metro Manila", "PH", "onsite",
                 "full-time", None, 456000, 540000, "PHP", "2026-11-09", "en")),
    dict(slug="ky-su-qa-da-nang", company="Sông Hàn Software", title="Kỹ sư QA (Automation)",
         address={"addressLocality": "Đà Nẵng", "addressCountry": "VN"},
         employment="FULL_TIME", posted="2026-11-12",
         text="<p>Kiểm thử tự động với Selenium và Appium.</p><p>Lương: 20 \u2013 30 triệu VND/tháng (gross),"
              " tháng lương thứ 13.</p>",
         label=L("Kỹ sư QA (Automation)", "Sông Hàn Software", "Đà Nẵng", None, "VN", "onsite", "full-time", None,
                 260000000, 390000000, "VND", "2026-11-12", "vi")),
    dict(slug="agronomist-nakuru", company="Rift Valley Growers Ltd", title="Field Agronomist",
         address={"addressLocality": "Nakuru", "addressRegion": "Nakuru County", "addressCountry": "KE"},
         employment="FULL_TIME", posted="2026-11-16T08:00:00+03:00",
         text="<p>Advise 4,000 smallholder farmers on potatoes and maize.</p><p>Gross salary: KES 150,000 \u2013"
              " 180,000 per month. Motorbike and airtime provided.</p>",
         label=L("Field Agronomist", "Rift Valley Growers Ltd", "Nakuru", "Nakuru County", "KE", "onsite",
                 "full-time", None, 1800000, 2160000, "KES", "2026-11-16", "en")),
    dict(slug="curator-decorative-arts", company="Hollis Museum of Art",
         title="Curator, American Decorative Arts",
         address={"addressLocality": "Hartford", "addressRegion": "CT", "postalCode": "06103",
                  "addressCountry": "US"},
         employment="FULL_TIME", posted="2026-11-20", salary=("USD", "YEAR", 72000, 84000),
         text="<p>Furniture and silver, 1700\u20131900. We are in the quiet phase of a $40 million capital"
              " campaign.</p>",
         label=L("Curator, American Decorative Arts", "Hollis Museum of Art", "Hartford", "CT", "US",
                 "onsite", "full-time", None, 72000, 84000, "USD", "2026-11-20", "en")),
    dict(slug="operador-grua-antofagasta", company="Atacama Logística SpA", title="Operador de Grúa Horquilla",
         address={"addressLocality": "Antofagasta", "addressRegion": "Región de Antofagasta",
                  "addressCountry": "CL"},
         employment="FULL_TIME", posted="2026-11-24",
         text="<p>Turno 7x7 en bodega minera.</p><p>Sueldo líquido: $1.400.000 mensuales + bono de"
              " producción.</p>",
         label=L("Operador de Grúa Horquilla", "Atacama Logística SpA", "Antofagasta", "Región de Antofagasta",
                 "CL", "onsite", "full-time", None, 16800000, 16800000, "CLP", "2026-11-24", "es")),
]

# ---------------------------------------------------------------- RSS (6)
RSS = [
    dict(slug="qa-automation-emea", company="Kaamos Software", title="Senior QA Automation Engineer",
         region="EMEA", country="", type="Full-Time", pub="Tue, 03 Nov 2026 09:15:00 +0200",
         text="<p>Playwright and TypeScript.</p><p>Salary: \u20ac4,500 \u2013 \u20ac5,800 gross per month.</p>",
         label=L("Senior QA Automation Engineer", "Kaamos Software", None, None, None, "remote", "full-time",
                 "senior", 54000, 69600, "EUR", "2026-11-03", "en")),
    dict(slug="full-stack-latam", company="Pampa Devs", title="Full-Stack Developer (LATAM)",
         region="Argentina Only", country="Argentina", type="Full-Time", pub="Wed, 04 Nov 2026 13:00:00 -0300",
         text="<p>Node y Vue para clientes de EE. UU.</p><p>USD 3.000 \u2013 4.000 por mes, pago en dólares.</p>",
         label=L("Full-Stack Developer (LATAM)", "Pampa Devs", None, None, "AR", "remote", "full-time", None, 36000,
                 48000, "USD", "2026-11-04", "es")),
    dict(slug="actuarial-analyst", company="Keel Actuarial", title="Actuarial Analyst",
         region="USA Only", country="United States", type="Full-Time", pub="Thu, 05 Nov 2026 14:00:00 EST",
         text="<p>ASA with progress toward FSA.</p><p>Base salary $95,000 - $120,000, plus $2,500 for each exam"
              " passed.</p>",
         label=L("Actuarial Analyst", "Keel Actuarial", None, None, "US", "remote", "full-time", None, 95000,
                 120000, "USD", "2026-11-05", "en")),
    dict(slug="virtual-assistant-ph", company="Bayanihan Remote", title="Virtual Assistant (Part-Time)",
         region="Philippines Only", country="Philippines", type="Part-Time", pub="Mon, 09 Nov 2026 08:00:00 +0800",
         text="<p>20 hours a week for a US real-estate broker.</p><p>\u20b1250/hour, paid bi-weekly via Wise.</p>",
         label=L("Virtual Assistant (Part-Time)", "Bayanihan Remote", None, None, "PH", "remote", "part-time", None,
                 520000, 520000, "PHP", "2026-11-09", "en")),
    dict(slug="technical-writer-per-article", company="Ledgerlight", title="Freelance Technical Writer",
         region="Anywhere in the World", country="", type="Contract", pub="Thu, 19 Nov 2026 16:00:00 +0000",
         text="<p>Tutorials on double-entry accounting APIs.</p><p>$400 per published article, about four a"
              " month.</p>",
         label=L("Freelance Technical Writer", "Ledgerlight", None, None, None, "remote", "contract", None, None,
                 None, None, "2026-11-19", "en")),
    dict(slug="head-of-design", company="Fika Labs", title="Head of Design", region="Europe Only", country="",
         type="Full-Time", pub="Fri, 27 Nov 2026 10:00:00 +0100",
         text="<p>Månadslön 65 000 \u2013 75 000 kr. We have 18 months of runway and no plans to raise.</p>",
         label=L("Head of Design", "Fika Labs", None, None, None, "remote", "full-time", "lead", 780000, 900000,
                 "SEK", "2026-11-27", "en")),
]

# ---------------------------------------------------------------- Remote OK (6)
REMOTEOK = [
    dict(id="1707001", company="Dokkaebi Games", position="Game Server Engineer", location="South Korea",
         salary=(0, 0), date="2026-11-02T03:00:00+00:00", tags=["c#", "backend", "games"],
         text="<p>C# and Orleans for a live MMO.</p><p>연봉 7,000만원 ~ 9,000만원.</p>",
         label=L("Game Server Engineer", "Dokkaebi Games", None, None, "KR", "remote", None, None, 70000000,
                 90000000, "KRW", "2026-11-02", "en")),
    dict(id="1707002", company="Mintvault", position="Smart Contract Auditor", location="Worldwide",
         salary=(150000, 220000), date="2026-11-06T15:00:00+00:00", tags=["solidity", "security", "web3"],
         text="<p>Our treasury holds $120M in stablecoins. Bug bounties of up to $250,000 are paid separately.</p>",
         label=L("Smart Contract Auditor", "Mintvault", None, None, None, "remote", None, None, 150000, 220000,
                 "USD", "2026-11-06", "en")),
    dict(id="1707003", company="Falcon Cloud FZ-LLC", position="Senior DevOps Engineer",
         location="United Arab Emirates", salary=(0, 0), date="2026-11-10T06:00:00+00:00",
         tags=["devops", "terraform", "aws"],
         text="<p>Terraform and EKS across three regions.</p><p>AED 25,000 per month tax free + annual flight"
              " ticket.</p>",
         label=L("Senior DevOps Engineer", "Falcon Cloud FZ-LLC", None, None, "AE", "remote", None, "senior",
                 300000, 300000, "AED", "2026-11-10", "en")),
    dict(id="1707004", company="Tern Robotics", position="Founding Engineer", location="Worldwide",
         salary=(0, 0), date="2026-11-14T18:00:00+00:00", tags=["robotics", "rust"],
         text="<p>Equity-only until our seed closes: 1.5%\u20132.5%. No cash salary yet.</p>",
         label=L("Founding Engineer", "Tern Robotics", None, None, None, "remote", None, None, None, None, None,
                 "2026-11-14", "en")),
    dict(id="1707005", company="Nile Trust & Safety", position="Arabic Content Moderator", location="Egypt",
         salary=(0, 0), date="2026-11-21T09:00:00+00:00", tags=["moderation", "arabic"],
         text="<p>Full-time, night shifts. EGP 18,000 monthly net.</p>",
         label=L("Arabic Content Moderator", "Nile Trust & Safety", None, None, "EG", "remote", "full-time", None,
                 216000, 216000, "EGP", "2026-11-21", "en")),
    dict(id="1707006", company="Hangar Labs", position="Support Engineer", location="Europe",
         salary=(60000, 0), date="2026-11-27T11:00:00+00:00", tags=["support", "ci"],
         text="<p>Level 2 support for our CI product, European hours.</p>",
         label=L("Support Engineer", "Hangar Labs", None, None, None, "remote", None, None, 60000, None, "USD",
                 "2026-11-27", "en")),
]

# ---------------------------------------------------------------- JobSpy (6)
JOBSPY = [
    dict(id="in-7c8d9e0f1a2b3c4d", site="indeed", title="Welder/Fabricator", company="Ironbridge Fabrication",
         location="Gary, IN", date="2026-11-02", job_type="fulltime", remote=False,
         text="MIG and stick on structural steel. $28 - $34 per hour DOE. Weekly pay, $1,500 sign-on bonus.",
         label=L("Welder/Fabricator", "Ironbridge Fabrication", "Gary", "IN", "US", "onsite", "full-time", None,
                 58240, 70720, "USD", "2026-11-02", "en")),
    dict(id="li-4917778889", site="linkedin", title="Senior Actuary, Pricing", company="Thistle Life Assurance",
         location="Edinburgh, Scotland, United Kingdom", date="2026-11-06", job_type="fulltime", remote=False,
         level="Mid-Senior level",
         text="Fellow of the IFoA. Salary \u00a385,000 - \u00a3100,000 plus 15% bonus and 12% pension.",
         label=L("Senior Actuary, Pricing", "Thistle Life Assurance", "Edinburgh", "Scotland", "GB", "onsite",
                 "full-time", "senior", 85000, 100000, "GBP", "2026-11-06", "en")),
    dict(id="gd-1010203040", site="glassdoor", title="Court Clerk II", company="Pinal Valley Justice Court",
         location="Casa Grande, AZ", date="2026-11-10", job_type="fulltime", remote=False,
         pay=("yearly", 41600, 52000, "USD"),
         text="Process civil and criminal filings and take minutes in court. Salary Range: $20.00 - $25.00"
              " Hourly.",
         label=L("Court Clerk II", "Pinal Valley Justice Court", "Casa Grande", "AZ", "US", "onsite", "full-time",
                 "mid", 41600, 52000, "USD", "2026-11-10", "en")),
    dict(id="in-8d9e0f1a2b3c4d5e", site="indeed", title="Técnico de Manutenção de Aerogeradores",
         company="Ventos do Norte, Lda.", location="Viana do Castelo", date="2026-11-16", job_type="fulltime",
         remote=False,
         text="Manutenção preventiva de turbinas eólicas. Vencimento: \u20ac 1.450 brutos \u00d7 14 meses +"
              " subsídio de alimentação.",
         label=L("Técnico de Manutenção de Aerogeradores", "Ventos do Norte, Lda.", "Viana do Castelo", None, "PT",
                 "onsite", "full-time", None, 20300, 20300, "EUR", "2026-11-16", "pt")),
    dict(id="li-4918889990", site="linkedin", title="Aircraft Maintenance Engineer (B1)",
         company="Najd Aviation Services", location="Jeddah, Makkah Region, Saudi Arabia", date="2026-11-20",
         job_type="fulltime", remote=False, level="Associate",
         text="A320 family line maintenance. SAR 22,000 monthly package including housing and transport.",
         label=L("Aircraft Maintenance Engineer (B1)", "Najd Aviation Services", "Jeddah", "Makkah Region", "SA",
                 "onsite", "full-time", "mid", 264000, 264000, "SAR", "2026-11-20", "en")),
    dict(id="in-9e0f1a2b3c4d5e6f", site="indeed", title="Laboratory Technician", company="Granta Biosciences",
         location="Cambridge CB2", date="2026-11-25", job_type="parttime", remote=False,
         text="Part-time (22.5 hours). \u00a324,500 - \u00a327,000 pro rata. Lab coat and safety glasses provided.",
         label=L("Laboratory Technician", "Granta Biosciences", "Cambridge", None, "GB", "onsite", "part-time", None,
                 24500, 27000, "GBP", "2026-11-25", "en")),
]

# ---------------------------------------------------------------- file: (6)
FILE = [
    dict(external_id="pl-weld-01", title="Spawacz TIG", company="Stocznia Bałtyk Sp. z o.o.",
         locations=["80-864 Gdańsk, pomorskie"], employment="Full-time", posted="2026-11-03",
         text="Spawanie stali nierdzewnej. Wynagrodzenie: 9 000 \u2013 11 500 zł brutto miesięcznie + premia"
              " kwartalna.",
         label=L("Spawacz TIG", "Stocznia Bałtyk Sp. z o.o.", "Gdańsk", "pomorskie", "PL", "onsite", "full-time",
                 None, 108000, 138000, "PLN", "2026-11-03", "pl")),
    dict(external_id="pl-java-02", title="Senior Java Developer", company="Wawel Software",
         locations=["Kraków, małopolskie"], workplace="hybrid", employment="Contract", posted="2026-11-07",
         text="Mikroserwisy w Spring Boot. B2B: 160\u2013190 zł/h netto + VAT.",
         label=L("Senior Java Developer", "Wawel Software", "Kraków", "małopolskie", "PL", "hybrid", "contract",
                 "senior", 332800, 395200, "PLN", "2026-11-07", "pl")),
    dict(external_id="be-truck-03", title="Vrachtwagenchauffeur CE", company="Transport Schelde BV",
         locations=["2030 Antwerpen"], employment="Full-time", posted="2026-11-10",
         text="Containervervoer vanuit de haven. Bruto uurloon: \u20ac 17,50 \u2013 \u20ac 19,20 +"
              " maaltijdcheques van \u20ac 8 per dag.",
         label=L("Vrachtwagenchauffeur CE", "Transport Schelde BV", "Antwerpen", None, "BE", "onsite", "full-time",
                 None, 36400, 39936, "EUR", "2026-11-10", "nl")),
    dict(external_id="at-kellner-04", title="Kellner/in (m/w/d)", company="Gasthof Zum Goldenen Hirschen",
         locations=["4830 Hallstatt, Oberösterreich"], employment="Full-time", posted="2026-11-14",
         text="Service im À-la-carte-Restaurant. Das Mindestgehalt beträgt \u20ac 2.150 brutto pro Monat"
              " (14 Gehälter) auf Basis Vollzeit; Überzahlung je nach Erfahrung möglich.",
         label=L("Kellner/in (m/w/d)", "Gasthof Zum Goldenen Hirschen", "Hallstatt", "Oberösterreich", "AT",
                 "onsite", "full-time", None, 30100, None, "EUR", "2026-11-14", "de")),
    dict(external_id="us-elevator-05", title="Elevator Mechanic Apprentice", company="Keystone Lift Co.",
         locations=["Pittsburgh, PA 15222"], employment="Full-time", posted="2026-11-18",
         salary={"salary_min": 26.5, "salary_max": 26.5, "salary_currency": "USD", "salary_period": "hour"},
         text="Four-year union apprenticeship. Tool stipend of $400 a year.",
         label=L("Elevator Mechanic Apprentice", "Keystone Lift Co.", "Pittsburgh", "PA", "US", "onsite",
                 "full-time", "entry", 55120, 55120, "USD", "2026-11-18", "en")),
    dict(external_id="ch-pflege-06", title="Pflegefachperson HF 80\u2013100 %", company="Spital Aaretal AG",
         locations=["3600 Thun, BE"], workplace="onsite", employment="Full-time", posted="2026-11-26",
         text="Chirurgische Bettenstation. Jahreslohn: CHF 92'000 \u2013 104'000 (bei 100 %), 13 Monatslöhne"
              " inbegriffen.",
         label=L("Pflegefachperson HF 80–100 %", "Spital Aaretal AG", "Thun", "Bern", "CH", "onsite", "full-time",
                 None, 92000, 104000, "CHF", "2026-11-26", "de")),
]

# ---------------------------------------------------------------- Workday (6): one detail per file
WORKDAY = [
    dict(company="Prairie Gale Energy", path="Wind-Turbine-Technician-II_R-61001", title="Wind Turbine Technician II",
         location="Sweetwater, TX", country="United States of America", remote="On-site", time="Full time",
         posted_on="Posted 3 Days Ago",
         text="<p>Climb 300 ft towers in West Texas.</p><p><b>Pay Range:</b> $29.00 - $36.00 Hourly. Per diem of"
              " $60/day when travelling.</p>",
         label=L("Wind Turbine Technician II", "Prairie Gale Energy", "Sweetwater", "TX", "US", "onsite",
                 "full-time", "mid", 60320, 74880, "USD", "2026-11-28", "en")),
    dict(company="Kiso Precision K.K.", path="Supply-Chain-Planner_JR-1120", title="Supply Chain Planner",
         location="Nagoya, Aichi", country="Japan", remote="Hybrid", time="Full time", posted_on="Posted Today",
         text="<p>Demand planning for bearings.</p><p>年収 600万円～800万円（経験・能力を考慮）</p>",
         label=L("Supply Chain Planner", "Kiso Precision K.K.", "Nagoya", "Aichi", "JP", "hybrid", "full-time",
                 None, 6000000, 8000000, "JPY", "2026-12-01", "en")),
    dict(company="Norrlands Förskolor AB", path="Forskollarare_R-7301", title="Förskollärare",
         location="Umeå", country="Sweden", remote="On-site", time="Full time", posted_on="Posted 7 Days Ago",
         text="<p>Tillsvidareanställning på heltid.</p><p>Månadslön: 36 000 \u2013 40 000 kr.</p>",
         label=L("Förskollärare", "Norrlands Förskolor AB", "Umeå", None, "SE", "onsite", "full-time", None, 432000,
                 480000, "SEK", "2026-11-24", "sv")),
    dict(company="Albion Trials Ltd", path="Clinical-Research-Associate_REQ-4410",
         title="Clinical Research Associate", location="Reading, Berkshire", country="United Kingdom",
         remote="Hybrid", time="Full time", posted_on="Posted 30+ Days Ago",
         text="<p>Oncology site monitoring across the South East.</p><p>Salary: competitive + car allowance of"
              " \u00a35,500.</p>",
         label=L("Clinical Research Associate", "Albion Trials Ltd", "Reading", "Berkshire", "GB", "hybrid",
                 "full-time", None, None, None, None, None, "en")),
    dict(company="Gulf Reservoir Services", path="Petroleum-Engineer_R-90210", title="Petroleum Engineer",
         location="Abu Dhabi", country="United Arab Emirates", remote="On-site", time="Full time",
         posted_on="Posted 14 Days Ago",
         text="<p>Well performance and artificial lift.</p><p>Monthly package: AED 38,000 \u2013 46,000 (tax"
              " free), plus annual flights and a schooling allowance of up to AED 60,000.</p>",
         label=L("Petroleum Engineer", "Gulf Reservoir Services", "Abu Dhabi", None, "AE", "onsite", "full-time",
                 None, 456000, 552000, "AED", "2026-11-17", "en")),
    dict(company="Carmel Biologics Ltd", path="Laboratory-Technician_JR-3302", title="Laboratory Technician",
         location="Rehovot", country="Israel", remote="On-site", time="Part time", posted_on="Posted Yesterday",
         text="<p>Cell culture and ELISA, mornings.</p><p>Hourly wage: \u20aa55\u2013\u20aa62.</p>",
         label=L("Laboratory Technician", "Carmel Biologics Ltd", "Rehovot", None, "IL", "onsite", "part-time",
                 None, 114400, 128960, "ILS", "2026-11-30", "en")),
]

# ---------------------------------------------------------------- Workable (6, three accounts)
WORKABLE = [
    ("Manila Shore BPO", "<p>Customer experience for 40 brands; 6,000 agents in Luzon and Cebu.</p>", [
        dict(code="G7H8J9K001", title="Customer Service Representative (Night Shift)", employment="Full-time",
             city="Cebu City", region="Central Visayas", country="Philippines", published="2026-11-02",
             experience="Entry level",
             text="<p>US healthcare accounts.</p><p>Basic pay: \u20b122,000/month + \u20b14,000 night differential"
                  " + 13th month pay.</p>",
             label=L("Customer Service Representative (Night Shift)", "Manila Shore BPO", "Cebu City",
                     "Central Visayas", "PH", "onsite", "full-time", "entry", 286000, 286000, "PHP", "2026-11-02",
                     "en")),
        dict(code="G7H8J9K002", title="Team Leader, Operations", employment="Full-time", city="Makati",
             region="Metro Manila", country="Philippines", published="2026-11-13", experience="Mid-Senior level",
             text="<p>Lead 15 agents on a telco account.</p><p>Salary: PHP 45,000 \u2013 55,000 monthly,"
                  " depending on experience.</p>",
             label=L("Team Leader, Operations", "Manila Shore BPO", "Makati", "Metro Manila", "PH", "onsite",
                     "full-time", "lead", 540000, 660000, "PHP", "2026-11-13", "en")),
    ]),
    ("Savannah Health", "<p>Telemedicine for 2 million patients; Series A of $14M in 2025.</p>", [
        dict(code="H8J9K0L001", title="Clinical Officer", employment="Full-time", city="Mombasa",
             region="Mombasa County", country="Kenya", published="2026-11-06", experience="Associate",
             text="<p>Run our Nyali clinic.</p><p>KES 95,000 gross monthly + NHIF cover.</p>",
             label=L("Clinical Officer", "Savannah Health", "Mombasa", "Mombasa County", "KE", "onsite", "full-time",
                     "mid", 1140000, 1140000, "KES", "2026-11-06", "en")),
        dict(code="H8J9K0L002", title="Software Engineering Intern", employment="Internship", telecommuting=True,
             city="Nairobi", region="Nairobi County", country="Kenya", published="2026-11-20",
             experience="Internship",
             text="<p>Three months, remote.</p><p>Monthly stipend: KES 40,000.</p>",
             label=L("Software Engineering Intern", "Savannah Health", "Nairobi", "Nairobi County", "KE", "remote",
                     "internship", "entry", 480000, 480000, "KES", "2026-11-20", "en")),
    ]),
    ("Vinho Verde Tours", "<p>Small-group tours from Porto since 2012.</p>", [
        dict(code="J9K0L1M001", title="Guia Turístico (m/f)", employment="Part-time", city="Porto",
             region="Porto", country="Portugal", published="2026-11-09", experience="",
             text="<p>Visitas guiadas em português, inglês e francês.</p><p>Remuneração: 11 \u20ac por hora +"
                  " gorjetas.</p>",
             label=L("Guia Turístico (m/f)", "Vinho Verde Tours", "Porto", "Porto", "PT", "onsite", "part-time",
                     None, 22880, 22880, "EUR", "2026-11-09", "pt")),
        dict(code="J9K0L1M002", title="Diretor de Operações", employment="Full-time", city="Braga",
             region="Braga", country="Portugal", published="2026-11-23", experience="Director",
             text="<p>Frota de 12 carrinhas e 30 guias.</p><p>Vencimento base: 3.200 \u20ac brutos/mês \u00d7"
                  " 14.</p>",
             label=L("Diretor de Operações", "Vinho Verde Tours", "Braga", "Braga", "PT", "onsite", "full-time",
                     "lead", 44800, 44800, "EUR", "2026-11-23", "pt")),
    ]),
]

# ---------------------------------------------------------------- SmartRecruiters (6)
SMARTRECRUITERS = [
    dict(company="Donau Aufzüge GmbH", id="777000093000001", title="Elektrotechniker (m/w/d) Aufzugsservice",
         city="Wien", region="Wien", country="at", full="Wien, Wien, Austria", released="2026-11-02T08:00:00.000Z",
         employment="Full-time", experience="Associate",
         sections=[("jobDescription", "Job Description", "<p>Wartung und Störungsbehebung an Aufzügen.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Für diese Position gilt ein kollektivvertragliches Mindestgehalt von \u20ac 3.180,00 brutto"
                    " pro Monat (14 x jährlich). Bereitschaft zur Überzahlung.</p>")],
         label=L("Elektrotechniker (m/w/d) Aufzugsservice", "Donau Aufzüge GmbH", "Wien", "Wien", "AT", "onsite",
                 "full-time", "mid", 44520, None, "EUR", "2026-11-02", "de")),
    dict(company="Laboratorios Guadalquivir S.L.", id="777000093000002", title="Técnico/a de Laboratorio",
         city="Sevilla", region="Andalucía", country="es", full="Sevilla, Andalucía, Spain",
         released="2026-11-09T09:00:00.000Z", employment="Full-time", experience="Entry Level",
         sections=[("jobDescription", "Job Description", "<p>Análisis microbiológico de alimentos.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Salario: \u20ac 2.100 bruto/mes \u00d7 14 pagas.</p>")],
         label=L("Técnico/a de Laboratorio", "Laboratorios Guadalquivir S.L.", "Sevilla", "Andalucía", "ES",
                 "onsite", "full-time", "entry", 29400, 29400, "EUR", "2026-11-09", "es")),
    dict(company="Cheongju Semicon Co., Ltd.", id="777000093000003", title="Semiconductor Process Engineer",
         city="Cheongju", region="Chungcheongbuk-do", country="kr",
         full="Cheongju, Chungcheongbuk-do, South Korea", released="2026-11-12T00:30:00.000Z",
         employment="Full-time", experience="Mid-Senior Level",
         sections=[("jobDescription", "Job Description", "<p>Etch process yield for 3D NAND.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Annual salary: KRW 55,000,000 \u2013 70,000,000. Housing support of KRW 500,000 per"
                    " month.</p>")],
         label=L("Semiconductor Process Engineer", "Cheongju Semicon Co., Ltd.", "Cheongju", "Chungcheongbuk-do",
                 "KR", "onsite", "full-time", "senior", 55000000, 70000000, "KRW", "2026-11-12", "en")),
    dict(company="Delta Pharma Industries", id="777000093000004", title="Quality Control Chemist",
         city="Alexandria", region="", country="eg", full="Alexandria, Egypt", released="2026-11-16T07:00:00.000Z",
         employment="Full-time", experience="Associate",
         sections=[("jobDescription", "Job Description", "<p>HPLC assays for solid dosage forms.</p>"),
                   ("additionalInformation", "Additional Information", "<p>Salary: DOE.</p>")],
         label=L("Quality Control Chemist", "Delta Pharma Industries", "Alexandria", None, "EG", "onsite",
                 "full-time", "mid", None, None, None, "2026-11-16", "en")),
    dict(company="Meuse Industrie SA", id="777000093000005", title="Soudeur / Soudeuse TIG", city="Charleroi",
         region="Hainaut", country="be", full="Charleroi, Hainaut, Belgium", released="2026-11-19T08:00:00.000Z",
         employment="Full-time", experience="Mid-Senior Level",
         sections=[("jobDescription", "Job Description", "<p>Soudage de tuyauteries inox en atelier.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Salaire : 18,50 \u20ac à 21,00 \u20ac brut de l'heure + chèques-repas de 8 \u20ac.</p>")],
         label=L("Soudeur / Soudeuse TIG", "Meuse Industrie SA", "Charleroi", "Hainaut", "BE", "onsite",
                 "full-time", "senior", 38480, 43680, "EUR", "2026-11-19", "fr")),
    dict(company="Lofoten Havbruk AS", id="777000093000006", title="Fiskehelsebiolog", city="Svolvær",
         region="Nordland", country="no", full="Svolvær, Nordland, Norway", released="2026-11-26T08:00:00.000Z",
         employment="Full-time", experience="Mid-Senior Level",
         sections=[("jobDescription", "Job Description", "<p>Fiskehelse på 14 lokaliteter.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Vi tilbyr konkurransedyktig lønn og gode forsikringer.</p>")],
         label=L("Fiskehelsebiolog", "Lofoten Havbruk AS", "Svolvær", "Nordland", "NO", "onsite", "full-time",
                 "senior", None, None, None, "2026-11-26", "no")),
]

# ---------------------------------------------------------------- Recruitee (6)
RECRUITEE = [
    dict(id=2701001, company="Atelier Rhône Horlogerie SA", title="Horloger / Horlogère", city="Genève",
         state="Genève", country="Switzerland", location="Genève, Switzerland", on_site=True,
         published="2026-11-03 07:00:00 UTC", employment="fulltime", experience="mid_level",
         text="<p>Assemblage de mouvements à complications.</p><p>Salaire annuel brut : CHF 78'000.\u2013 à"
              " CHF 92'000.\u2013, versé en 13 mensualités.</p>",
         label=L("Horloger / Horlogère", "Atelier Rhône Horlogerie SA", "Genève", "Genève", "CH", "onsite",
                 "full-time", "mid", 78000, 92000, "CHF", "2026-11-03", "fr")),
    dict(id=2701002, company="Atelier Rhône Horlogerie SA", title="Apprenti(e) horloger(ère) CFC",
         city="La Chaux-de-Fonds", state="Neuchâtel", country="Switzerland",
         location="La Chaux-de-Fonds, Switzerland", on_site=True, published="2026-11-12 07:00:00 UTC",
         employment="fulltime", experience="student",
         text="<p>Apprentissage de 4 ans.</p><p>Salaire d'apprentissage : CHF 800.\u2013 par mois.</p>",
         label=L("Apprenti(e) horloger(ère) CFC", "Atelier Rhône Horlogerie SA", "La Chaux-de-Fonds", "Neuchâtel",
                 "CH", "onsite", "full-time", "entry", 9600, 9600, "CHF", "2026-11-12", "fr")),
    dict(id=2702001, company="Kempen Accountants BV", title="Boekhouder", city="Hasselt", state="Limburg",
         country="Belgium", location="Hasselt, Belgium", hybrid=True, published="2026-11-05 08:00:00 UTC",
         employment="fulltime", experience="mid_level", salary=("3400", "4100", "EUR", "month"),
         text="<p>Boekhouding voor kmo-klanten.</p><p>Maaltijdcheques van \u20ac 8 en een bedrijfswagen.</p>",
         label=L("Boekhouder", "Kempen Accountants BV", "Hasselt", "Limburg", "BE", "hybrid", "full-time", "mid",
                 40800, 49200, "EUR", "2026-11-05", "nl")),
    dict(id=2702002, company="Kempen Accountants BV", title="Stagiair Fiscaliteit", city="Hasselt",
         state="Limburg", country="Belgium", location="Hasselt, Belgium", on_site=True,
         published="2026-11-18 08:00:00 UTC", employment="internship", experience="student",
         text="<p>Onbezoldigde stage in het kader van je opleiding; vervoersvergoeding van \u20ac 0,15/km.</p>",
         label=L("Stagiair Fiscaliteit", "Kempen Accountants BV", "Hasselt", "Limburg", "BE", "onsite",
                 "internship", "entry", None, None, None, "2026-11-18", "nl")),
    dict(id=2703001, company="Göta Stål AB", title="Svetsare", city="Göteborg", state="Västra Götaland",
         country="Sweden", location="Göteborg / Trollhättan", on_site=True, published="2026-11-09 06:00:00 UTC",
         employment="fulltime", experience="",
         places=[("Göteborg", "Västra Götaland", "Sweden"), ("Trollhättan", "Västra Götaland", "Sweden")],
         text="<p>MIG/MAG-svetsning av stålkonstruktioner.</p><p>Lön enligt överenskommelse. Kollektivavtal med"
              " IF Metall.</p>",
         label=L("Svetsare", "Göta Stål AB", "Göteborg", "Västra Götaland", "SE", "onsite", "full-time", None, None,
                 None, None, "2026-11-09", "sv")),
    dict(id=2703002, company="Göta Stål AB", title="Produktionschef", city="Trollhättan", state="Västra Götaland",
         country="Sweden", location="Trollhättan, Sweden", hybrid=True, published="2026-11-24 06:00:00 UTC",
         employment="fulltime", experience="", salary=("55000", "65000", "SEK", "month"),
         text="<p>Ansvar för 120 medarbetare i tre skift.</p>",
         label=L("Produktionschef", "Göta Stål AB", "Trollhättan", "Västra Götaland", "SE", "hybrid", "full-time",
                 "lead", 660000, 780000, "SEK", "2026-11-24", "sv")),
]

# ---------------------------------------------------------------- Personio (6, two feeds)
PERSONIO = [
    ("Alpenrose Bergbahnen AG", [
        dict(id=3301001, office="Davos", department="Technik", title="Seilbahnmechaniker:in EFZ",
             blocks=[("Deine Aufgaben", "<p>Wartung der Gondel- und Sesselbahnen.</p>"),
                     ("Wir bieten", "<p>Lohn: CHF 5'800 \u2013 6'400 pro Monat (13 Monatslöhne).</p>")],
             contract="permanent", seniority="experienced", schedule="full-time",
             created="2026-11-04T08:00:00+01:00",
             label=L("Seilbahnmechaniker:in EFZ", "Alpenrose Bergbahnen AG", "Davos", None, "CH", None, "full-time",
                     None, 75400, 83200, "CHF", "2026-11-04", "de")),
        dict(id=3301002, office="Davos", department="Schneesportschule", title="Skilehrer:in (Saison 2026/27)",
             blocks=[("Wir bieten", "<p>Stundenlohn ab CHF 28.\u2013, je nach Ausbildungsstufe.</p>")],
             contract="temporary", seniority="", schedule="full-time", created="2026-11-10T08:00:00+01:00",
             label=L("Skilehrer:in (Saison 2026/27)", "Alpenrose Bergbahnen AG", "Davos", None, "CH", None,
                     "contract", None, 58240, None, "CHF", "2026-11-10", "de")),
        dict(id=3301003, office="St. Moritz", department="Pisten", title="Leiter:in Pistendienst",
             blocks=[("Wir bieten", "<p>Ein attraktives Salär und eine Saisonkarte im Wert von CHF 1'200.</p>")],
             contract="permanent", seniority="experienced", schedule="full-time",
             created="2026-11-16T08:00:00+01:00",
             label=L("Leiter:in Pistendienst", "Alpenrose Bergbahnen AG", "St. Moritz", None, "CH", None,
                     "full-time", "lead", None, None, None, "2026-11-16", "de")),
    ]),
    ("Browar Kazimierz Sp. z o.o.", [
        dict(id=3302001, office="Kraków", department="Produkcja", title="Piwowar / Piwowarka",
             blocks=[("Oferujemy", "<p>Wynagrodzenie: 7 500 \u2013 9 000 zł brutto miesięcznie (umowa o"
                                   " pracę).</p>")],
             contract="permanent", seniority="experienced", schedule="full-time",
             created="2026-11-05T09:00:00+01:00",
             label=L("Piwowar / Piwowarka", "Browar Kazimierz Sp. z o.o.", "Kraków", None, "PL", None, "full-time",
                     None, 90000, 108000, "PLN", "2026-11-05", "pl")),
        dict(id=3302002, office="Warszawa", department="Sprzedaż", title="Kierownik Sprzedaży Regionalnej",
             blocks=[("Oferujemy", "<p>Podstawa 14 000 zł brutto + premia do 30%. Samochód służbowy.</p>")],
             contract="permanent", seniority="experienced", schedule="full-time",
             created="2026-11-19T09:00:00+01:00",
             label=L("Kierownik Sprzedaży Regionalnej", "Browar Kazimierz Sp. z o.o.", "Warszawa", None, "PL", None,
                     "full-time", "lead", 168000, 168000, "PLN", "2026-11-19", "pl")),
        dict(id=3302003, office="Wrocław", department="Marketing", title="Stażysta ds. Marketingu",
             blocks=[("Oferujemy", "<p>Płatny staż: 32 zł/h brutto, 20 godzin tygodniowo.</p>")],
             contract="intern", seniority="student", schedule="part-time", created="2026-11-27T09:00:00+01:00",
             label=L("Stażysta ds. Marketingu", "Browar Kazimierz Sp. z o.o.", "Wrocław", None, "PL", None,
                     "internship", "entry", 66560, 66560, "PLN", "2026-11-27", "pl")),
    ]),
]

# ---------------------------------------------------------------- Teamtailor (6, two feeds)
TEAMTAILOR = [
    ("Karriär hos Skåne Museer", "careers.skanemuseer.example", [
        dict(id="7300001", company="Skåne Museer", title="Intendent, samtidskonst", employment="FULL_TIME",
             addresses=[{"addressLocality": "Malmö", "addressRegion": "Skåne län", "postalCode": "211 20",
                         "addressCountry": "SE"}],
             published="2026-11-05T10:00:00+01:00",
             text="<p>Tillsvidareanställning.</p><p>Lön: individuell lönesättning.</p>",
             label=L("Intendent, samtidskonst", "Skåne Museer", "Malmö", "Skåne län", "SE", "onsite", "full-time",
                     None, None, None, None, "2026-11-05", "sv")),
        dict(id="7300002", company="Skåne Museer", title="Museipedagog", employment="PART_TIME",
             addresses=[{"addressLocality": "Lund", "addressRegion": "Skåne län", "addressCountry": "SE"}],
             published="2026-11-11T10:00:00+01:00", salary=("SEK", "MONTH", 31000, 34000),
             text="<p>Skolvisningar tre dagar i veckan.</p>",
             label=L("Museipedagog", "Skåne Museer", "Lund", "Skåne län", "SE", "onsite", "part-time", None, 372000,
                     408000, "SEK", "2026-11-11", "sv")),
        dict(id="7300003", company="Skåne Museer", title="Konservator, papper", employment="FULL_TIME",
             addresses=[{"addressLocality": "Malmö", "addressRegion": "Skåne län", "addressCountry": "SE"}],
             published="2026-11-17T10:00:00+01:00",
             text="<p>Konservering av grafik och arkivalier.</p><p>Månadslön från 38 000 kr.</p>",
             label=L("Konservator, papper", "Skåne Museer", "Malmö", "Skåne län", "SE", "onsite", "full-time", None,
                     456000, None, "SEK", "2026-11-17", "sv")),
    ]),
    ("Jobs at Atlas Flight Academy", "atlas-flight.teamtailor.com", [
        dict(id="7400001", company="Atlas Flight Academy", title="Flight Instructor (CFI)", employment="PART_TIME",
             addresses=[{"addressLocality": "Prescott", "addressRegion": "AZ", "addressCountry": "US"}],
             published="2026-11-12T09:00:00-07:00",
             text="<p>Primary and instrument students on Cessna 172s.</p><p>Pay: $38\u2013$52 per hour depending on"
                  " ratings (CFII, MEI).</p>",
             label=L("Flight Instructor (CFI)", "Atlas Flight Academy", "Prescott", "AZ", "US", "onsite",
                     "part-time", None, 79040, 108160, "USD", "2026-11-12", "en")),
        dict(id="7400002", company="Atlas Flight Academy", title="Captain - King Air 350", employment="FULL_TIME",
             addresses=[{"addressLocality": "Bournemouth", "addressRegion": "Dorset", "postalCode": "BH23 6SE",
                         "addressCountry": "GB"}],
             published="2026-11-20T09:00:00+00:00", salary=("GBP", "YEAR", 78000, 92000),
             text="<p>Air ambulance and charter. 2,500 hours total time required. Duty allowance of \u00a345 per"
                  " night away.</p>",
             label=L("Captain - King Air 350", "Atlas Flight Academy", "Bournemouth", "Dorset", "GB", "onsite",
                     "full-time", None, 78000, 92000, "GBP", "2026-11-20", "en")),
        dict(id="7400003", company="Atlas Flight Academy", title="Chief Flight Instructor", employment="FULL_TIME",
             addresses=[{"addressLocality": "Prescott", "addressRegion": "AZ", "addressCountry": "US"}],
             published="2026-11-26T09:00:00-07:00",
             text="<p>Own our Part 141 training course outlines.</p><p>Salary DOE. Relocation up to $5,000.</p>",
             label=L("Chief Flight Instructor", "Atlas Flight Academy", "Prescott", "AZ", "US", "onsite",
                     "full-time", "lead", None, None, None, "2026-11-26", "en")),
    ]),
]

# ---------------------------------------------------------------- Breezy (6, two companies)
BREEZY = [
    ("Andes Trekking Co.", [
        dict(id="pe5f6a7b8c01", title="Guía de Montaña", type="Full-Time", city="Cusco", state="Cusco",
             country="Peru", place="Cusco, Peru", published="2026-11-04T14:00:00.000Z",
             salary="S/ 3,800 mensuales",
             label=L("Guía de Montaña", "Andes Trekking Co.", "Cusco", "Cusco", "PE", "onsite", "full-time", None,
                     45600, 45600, "PEN", "2026-11-04", "es")),
        dict(id="pe5f6a7b8c02", title="Cocinero de Campamento", type="Temporary", city="Huaraz", state="Áncash",
             country="Peru", place="Huaraz, Áncash", published="2026-11-13T14:00:00.000Z",
             salary="PEN 120 per day",
             label=L("Cocinero de Campamento", "Andes Trekking Co.", "Huaraz", "Áncash", "PE", "onsite", "contract",
                     None, 31200, 31200, "PEN", "2026-11-13", "es")),
        dict(id="pe5f6a7b8c03", title="Gerente de Operaciones", type="Full-Time", city="Lima", state="Lima",
             country="Peru", place="Lima, Peru", published="2026-11-21T14:00:00.000Z", salary="Competitive",
             label=L("Gerente de Operaciones", "Andes Trekking Co.", "Lima", "Lima", "PE", "onsite", "full-time",
                     None, None, None, None, "2026-11-21", "es")),
    ]),
    ("Cedar & Pine Tree Care", [
        dict(id="or6a7b8c9d01", title="Climbing Arborist", type="Full-Time", city="Eugene", state="Oregon",
             country="United States", place="Eugene, OR", published="2026-11-05T16:00:00.000Z",
             salary="$26-$34/hr DOE",
             label=L("Climbing Arborist", "Cedar & Pine Tree Care", "Eugene", "OR", "US", "onsite", "full-time",
                     None, 54080, 70720, "USD", "2026-11-05", "en")),
        dict(id="or6a7b8c9d02", title="Arborist Apprentice", type="Full-Time", city="Salem", state="Oregon",
             country="United States", place="Salem, OR", published="2026-11-16T16:00:00.000Z",
             salary="$20/hour to start",
             label=L("Arborist Apprentice", "Cedar & Pine Tree Care", "Salem", "OR", "US", "onsite", "full-time",
                     "entry", 41600, None, "USD", "2026-11-16", "en")),
        dict(id="or6a7b8c9d03", title="Office Manager", type="Part-Time", city="Bend", state="Oregon",
             country="United States", place="Bend, OR", published="2026-11-25T16:00:00.000Z",
             salary="$52,000/yr (pro-rated for 30 hrs)",
             label=L("Office Manager", "Cedar & Pine Tree Care", "Bend", "OR", "US", "onsite", "part-time", None,
                     52000, 52000, "USD", "2026-11-25", "en")),
    ]),
]


# ---------------------------------------------------------------- Hacker News (6, one thread)
def hn_text(first, *paragraphs):
    return first + "".join("<p>" + p for p in paragraphs)


HN = [
    dict(id=48400001, author="kobo_hiring", created="2026-12-01T15:40:00.000Z",
         text=hn_text("Kōbō Labs | Senior iOS Engineer | Tokyo, Japan | ONSITE, VISA |"
                      " \u00a59M\u2013\u00a513M + stock options",
                      "Swift and SwiftUI for a bookkeeping app used by 300,000 sole traders."),
         label=L("Senior iOS Engineer", "Kōbō Labs", "Tokyo", None, "JP", "onsite", None, "senior", 9000000,
                 13000000, "JPY", "2026-12-01", "en")),
    dict(id=48400002, author="cedro_eng", created="2026-12-01T16:05:00.000Z",
         text=hn_text("Cedro Health (Series B) | Staff ML Engineer | Remote (EMEA) | \u20ac130k\u2013\u20ac160k",
                      "Clinical NLP on 20M notes. PyTorch, Ray, Postgres."),
         label=L("Staff ML Engineer", "Cedro Health", None, None, None, "remote", None, "senior", 130000, 160000,
                 "EUR", "2026-12-01", "en")),
    dict(id=48400003, author="jaffa_robots", created="2026-12-01T16:30:00.000Z",
         text=hn_text("Jaffa Robotics | Robotics Engineer, Perception | Tel Aviv, Israel | Hybrid | Full-time",
                      "Orchard-picking robots. We raised $30M and have 30+ months of runway.",
                      "Email jobs@jaffa-robotics.example."),
         label=L("Robotics Engineer, Perception", "Jaffa Robotics", "Tel Aviv", None, "IL", "hybrid", "full-time",
                 None, None, None, None, "2026-12-01", "en")),
    dict(id=48400004, author="saigonstack", created="2026-12-01T17:00:00.000Z",
         text=hn_text("Saigon Stack | Backend Engineer (Elixir) | Ho Chi Minh City, Vietnam | ONSITE |"
                      " USD 3,500\u20135,000/month",
                      "Logistics APIs for 2,000 shippers across Southeast Asia."),
         label=L("Backend Engineer (Elixir)", "Saigon Stack", "Ho Chi Minh City", None, "VN", "onsite", None, None,
                 42000, 60000, "USD", "2026-12-01", "en")),
    dict(id=48400005, author="kiln_founders", created="2026-12-01T17:20:00.000Z",
         text=hn_text("Kiln (YC S25) | Founding Engineer | San Francisco, CA | ONSITE | $180k\u2013$220k +"
                      " 1\u20132% equity",
                      "Scheduling software for ceramics studios; $4M raised."),
         label=L("Founding Engineer", "Kiln", "San Francisco", "CA", "US", "onsite", None, None, 180000, 220000,
                 "USD", "2026-12-01", "en")),
    dict(id=48400006, author="krona_pay", created="2026-12-01T18:45:00.000Z",
         text=hn_text("Krona Pay | Compliance Officer | Stockholm, Sweden | HYBRID | Full-time |"
                      " SEK 55,000\u201365,000/month",
                      "AML and PSD2 for a licensed payment institution."),
         label=L("Compliance Officer", "Krona Pay", "Stockholm", None, "SE", "hybrid", "full-time", None, 660000,
                 780000, "SEK", "2026-12-01", "en")),
]


def main():
    setwriter.write_set(sys.modules[__name__], "fresh7", "hn-2026-12.json", 48400000)


if __name__ == "__main__":
    main()
