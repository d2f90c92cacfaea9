#!/usr/bin/env python3
"""Writes Tests/Eval/discover/fresh16: 96 postings written one by one, six per
source kind over all sixteen kinds, shaped like an ordinary user's discover
traffic (as fresh9 to fresh15 are, with other employers, places, professions
and pay phrasings): about two thirds from the eighteen biggest markets, the
rest from elsewhere. Professions across the labour market (health, trades,
logistics, retail, hospitality, education, finance, legal, the public sector,
engineering, a few software roles). Pay sits where boards put it (tables,
footers, benefits paragraphs, structured fields); about one posting in eight
states no pay for the role, most of those next to money that is not its pay.
A few values a careful recruiter would not record (dates that cannot exist,
places whose parts contradict each other) are labelled null.
Labelled with what a careful recruiter would record, by the conventions of
Tests/Eval/discover/README.md, before jobhunt was run on them (its writer did
not read the normaliser).
Run: python3 Tests/Eval/discover/tools/fresh16.py
"""
import sys

import setwriter
from setwriter import H, D, W, M
from fresh2 import L


# ---------------------------------------------------------------- Greenhouse (6)
GREENHOUSE = [
    dict(id=9160600001, company="Pine Mountain Regional Medical Center", title="Sterile Processing Technician",
         location="Middlesboro, KY", meta={"Workplace Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-03T07:15:00-05:00", pay=(21.40, 27.85, "USD", "Hourly pay range"),
         text="<p>Pine Mountain Regional is a 96-bed acute-care hospital serving the tri-state corner of"
              " Kentucky, Tennessee and Virginia.</p><h3>Responsibilities</h3><ul><li>Decontaminate, inspect,"
              " assemble and sterilise surgical instruments and trays</li><li>Run steam, low-temperature and"
              " washer-disinfector cycles and keep the load records</li><li>Deliver case carts to the OR and"
              " the cath lab on time</li></ul><h3>Qualifications</h3><ul><li>CRCST or CSPDT certification, or"
              " obtained within 12 months of hire</li><li>1 year of sterile processing experience</li></ul>"
              "<h3>Pay and benefits</h3><p>The hourly pay range is shown above. Evening shift differential"
              " $2.25/hr, night differential $3.00/hr, and a $750 certification bonus when you pass the"
              " CRCST. Medical, dental and a 403(b) with a 4% match.</p>",
         label=L("Sterile Processing Technician", "Pine Mountain Regional Medical Center", "Middlesboro", "KY",
                 "US", "onsite", "full-time", "entry", H(21.40), H(27.85), "USD", "2026-11-03", "en")),
    dict(id=9160600002, company="Trentside Bakeries Ltd", title="Multi-skilled Maintenance Engineer – Nights",
         location="Newark-on-Trent, Nottinghamshire", meta={"Location Type": "On-site", "Employment Type": "Permanent"},
         published="2026-11-05T06:30:00+00:00",
         text="<p>Trentside bakes 1.4 million rolls, wraps and flatbreads a week for supermarkets and sandwich"
              " makers from two plants off the A1.</p><h3>The role</h3><ul><li>Breakdown and planned"
              " maintenance on mixers, dividers, provers, spiral coolers and flow-wrappers</li><li>Fault-find"
              " on Allen-Bradley PLCs, inverters and servo drives</li><li>Four nights on, four off, 19:00 to"
              " 07:00</li></ul><h3>You need</h3><ul><li>NVQ Level 3 or an apprenticeship in electrical or"
              " mechanical engineering</li><li>3 years of maintenance in food or FMCG manufacturing</li></ul>"
              "<h3>Rates</h3><table><tr><th>Element</th><th>Rate</th></tr><tr><td>Night shift hourly rate</td>"
              "<td>&pound;21.40</td></tr><tr><td>Weekend enhancement</td><td>&pound;2.00 per hour</td></tr><tr>"
              "<td>Monthly attendance bonus</td><td>&pound;150</td></tr><tr><td>Refer-a-friend</td><td>&pound;500"
              "</td></tr></table><p>Paid weekly, with a stakeholder pension and free parking.</p>",
         label=L("Multi-skilled Maintenance Engineer – Nights", "Trentside Bakeries Ltd", "Newark-on-Trent",
                 "Nottinghamshire", "GB", "onsite", "full-time", "mid", H(21.40), H(21.40), "GBP", "2026-11-05",
                 "en")),
    dict(id=9160600003, company="ROC Betuwe & Bommelerwaard", title="Docent Verpleegkunde (mbo, 0,8 fte)",
         location="Tiel, Gelderland", meta={"Workplace Type": "Op locatie", "Employment Type": "Parttime"},
         published="2026-11-09T10:00:00+01:00",
         text="<p>Ons ROC leidt ruim 6.000 studenten op in zorg, techniek en economie, op vier locaties in de"
              " Betuwe.</p><h3>Wat ga je doen?</h3><ul><li>Je geeft les aan niveau 4-studenten Verpleegkunde"
              " (BOL en BBL)</li><li>Je begeleidt studenten tijdens hun stage in ziekenhuizen en VVT-instellingen"
              "</li><li>Je ontwikkelt samen met het team praktijkopdrachten</li></ul><h3>Wie ben jij?</h3><ul>"
              "<li>Een afgeronde hbo-V en werkervaring als verpleegkundige</li><li>Een pedagogisch-didactisch"
              " getuigschrift (PDG), of bereid dit te halen</li></ul><h3>Wat bieden wij?</h3><p>Salaris in"
              " schaal 11 van de cao mbo: &euro; 3.915 tot &euro; 5.872 bruto per maand bij een volledige"
              " aanstelling, plus 8% vakantietoeslag, een eindejaarsuitkering van 8,33% en &euro; 600"
              " scholingsbudget per jaar.</p>",
         label=L("Docent Verpleegkunde (mbo, 0,8 fte)", "ROC Betuwe & Bommelerwaard", "Tiel", "Gelderland", "NL",
                 "onsite", "part-time", None, M(3915), M(5872), "EUR", "2026-11-09", "nl")),
    dict(id=9160600004, company="Menengai Diagnostics Centre", title="Radiographer – Imaging Department",
         location="Nakuru, Nakuru County", meta={"Location Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-10T09:00:00+03:00",
         text="<p>Menengai Diagnostics runs X-ray, ultrasound, CT and mammography for hospitals and clinics"
              " across the Rift Valley.</p><h3>Duties</h3><ul><li>Carry out general and contrast X-ray and"
              " CT examinations</li><li>Apply radiation-protection rules and keep dose records</li><li>Cover"
              " weekend and night on-call for emergency scans</li></ul><h3>Requirements</h3><ul><li>Diploma"
              " or degree in medical imaging science, registered and licensed with the Radiation Protection"
              " Board</li><li>2 years of post-qualification experience</li></ul><h3>Terms</h3><p>Gross salary"
              " KES 85,000 &ndash; 105,000 per month. On-call is paid at KES 1,500 per night, and the centre"
              " contributes 10% of salary to the staff pension scheme.</p>",
         label=L("Radiographer – Imaging Department", "Menengai Diagnostics Centre", "Nakuru",
                 "Nakuru County", "KE", "onsite", "full-time", "mid", M(85000), M(105000), "KES", "2026-11-10",
                 "en")),
    dict(id=9160600005, company="Kootenay Pulp & Paper Ltd", title="Red Seal Millwright",
         location="Castlegar, BC", meta={"Workplace Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-12T08:00:00-08:00",
         text="<p>Our kraft pulp mill on the Columbia River produces 420,000 tonnes a year and employs 350"
              " people.</p><h3>What you'll do</h3><ul><li>Maintain and rebuild pumps, gearboxes, conveyors and"
              " the recovery boiler's rotating equipment</li><li>Laser alignment and vibration analysis</li>"
              "<li>Work 12-hour rotating shifts and the annual shutdown</li></ul><h3>What you bring</h3><ul><li>"
              "Red Seal millwright (industrial mechanic) ticket</li><li>4 years as a journeyperson in heavy"
              " industry</li></ul><h3>Compensation</h3><p>Wages per the USW Local 1-405 collective agreement."
              " We pay a $2,000 annual tool allowance, up to $5,000 in relocation, and this year's shutdown"
              " carries a $12M maintenance budget.</p>",
         label=L("Red Seal Millwright", "Kootenay Pulp & Paper Ltd", "Castlegar", "BC", "CA", "onsite",
                 "full-time", "mid", None, None, None, "2026-11-12", "en")),
    dict(id=9160600006, company="Sahyadri Lifeline Hospitals", title="Staff Pharmacist – Inpatient Pharmacy",
         location="Solapur, Maharashtra", meta={"Workplace Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-16T10:00:00+05:30", pay=(360000, 480000, "INR", "Annual CTC"),
         text="<p>Sahyadri Lifeline is a 300-bed multispeciality hospital with cardiac, oncology and renal"
              " units.</p><h3>Key responsibilities</h3><ul><li>Dispense to wards against e-prescriptions and"
              " check high-alert drugs</li><li>Maintain narcotic registers and cold-chain logs</li><li>Support"
              " NABH audits</li></ul><h3>Eligibility</h3><ul><li>B.Pharm or D.Pharm, registered with the"
              " Maharashtra State Pharmacy Council</li><li>1 year of hospital pharmacy experience</li></ul><h3>"
              "Benefits</h3><p>Annual CTC as above, plus a night shift allowance of &#8377;200 per night, free"
              " meals in the canteen and group mediclaim.</p>",
         label=L("Staff Pharmacist – Inpatient Pharmacy", "Sahyadri Lifeline Hospitals", "Solapur", "Maharashtra",
                 "IN", "onsite", "full-time", "entry", 360000, 480000, "INR", "2026-11-16", "en")),
]

# ---------------------------------------------------------------- Lever (6, three employers)
LEVER = [
    dict(company="Elizabeth River Home Health Partners", id="f16c0d1e-0001-4f00-9000-000000007001",
         title="Personal Care Aide – In-Home", location="Norfolk, VA", country="US", workplace="onsite",
         commitment="Part-time", created="2026-11-04T14:00:00Z",
         text="Elizabeth River Home Health Partners sends aides, nurses and therapists to 900 patients at home across"
              " Hampton Roads.\n\nWhat you'll do\nHelp clients with bathing, dressing, meals and light"
              " housekeeping, remind them about medicines and report changes to the nurse.\n\nWhat you need\n"
              "A Virginia CNA or PCA certificate, a reliable car and a clear background check.\n\nPay\n$17.50"
              " to $19.00 an hour, 20 to 30 hours a week. Mileage between clients is reimbursed at 70 cents a"
              " mile, and weekend visits earn an extra $1.50 an hour.",
         label=L("Personal Care Aide – In-Home", "Elizabeth River Home Health Partners", "Norfolk", "VA", "US", "onsite", "part-time",
                 None, H(17.50), H(19), "USD", "2026-11-04", "en")),
    dict(company="Elizabeth River Home Health Partners", id="f16c0d1e-0002-4f00-9000-000000007002",
         title="Wound Care Nurse (WOCN) - Home Health", location="Chesapeake, VA", country="US", workplace="onsite",
         commitment="Full-time", created="2026-11-19T15:30:00Z", salary=("USD", "per-year-salary", 88000, 101000),
         text="See 6 to 7 patients a day in their homes in Chesapeake and Suffolk.\n\nYou will evaluate, assess"
              " and stage wounds, manage negative-pressure therapy and ostomies, and teach patients and the visiting nurses.\n\n"
              "Requirements\nA Virginia RN licence, WOCN or CWOCN certification and 2 years of wound care; home"
              " health is a plus.\n\nExtras\nA $3,000 sign-on bonus, a $0.70/mile car allowance, a tablet and a $1,000"
              " continuing-education allowance.",
         label=L("Wound Care Nurse (WOCN) - Home Health", "Elizabeth River Home Health Partners", "Chesapeake", "VA", "US",
                 "onsite", "full-time", "mid", 88000, 101000, "USD", "2026-11-19", "en")),
    dict(company="Brennan & Foy Solicitors", id="f16c0d1e-0003-4f00-9000-000000007003",
         title="Litigation Legal Assistant", location="Galway, Co. Galway", country="IE", workplace="hybrid",
         commitment="Full-time", created="2026-11-06T10:00:00Z",
         text="Brennan & Foy is a 35-person firm in Galway and Limerick acting for insurers, farmers and"
              " family businesses.\n\nThe role\nDigital dictation, court documents and briefs to counsel,"
              " diary management and client calls for two litigation partners.\n\nYou\n3 years as a legal assistant, ideally in litigation, and fast, accurate typing.\n\nPackage\n€34,000 – €38,000 per"
              " annum depending on experience, two days a week from home, a 5% pension contribution and a"
              " Christmas bonus.",
         label=L("Litigation Legal Assistant", "Brennan & Foy Solicitors", "Galway", "Co. Galway", "IE", "hybrid",
                 "full-time", "mid", 34000, 38000, "EUR", "2026-11-06", "en")),
    dict(company="Brennan & Foy Solicitors", id="f16c0d1e-0004-4f00-9000-000000007004",
         title="Trainee Solicitor (2027 intake)", location="Limerick, Co. Limerick", country="IE", workplace="onsite",
         commitment="Full-time", created="2026-11-20T09:00:00Z",
         text="We take two trainees a year into our Limerick office.\n\nYou will rotate through litigation,"
              " property and private client over two years, with your own supervising partner.\n\nYou have"
              " passed the FE-1 exams, or will have by March.\n\nTrainees start on €32,000 in year one and"
              " €36,000 in year two. We pay the Law Society PPC fees (about €10,000) and give study leave"
              " for the exams.",
         label=L("Trainee Solicitor (2027 intake)", "Brennan & Foy Solicitors", "Limerick", "Co. Limerick", "IE",
                 "onsite", "full-time", "entry", 32000, 32000, "EUR", "2026-11-20", "en")),
    dict(company="Murray Basin Grain Co-operative", id="f16c0d1e-0005-4f00-9000-000000007005",
         title="Grain Receival Site Supervisor - Harvest 2026/27", location="Horsham, VIC", country="AU",
         workplace="onsite", commitment="Contract", created="2026-11-02T01:00:00Z",
         salary=("AUD", "per-hour-wage", 38, 42),
         text="Our co-operative runs 14 receival sites across the Wimmera and southern Mallee.\n\nThe job\nRun"
              " a receival site through harvest (mid-November to January): sampling and grading, weighbridge,"
              " stack building and a crew of 8 casuals.\n\nYou\nAt least 2 years of grain-handling"
              " supervision, a forklift licence and a cool head at 11pm in a queue of trucks.\n\nOn top of"
              " the hourly rate: superannuation, a $150 per day site allowance for remote sites and a $1,000"
              " completion bonus.",
         label=L("Grain Receival Site Supervisor - Harvest 2026/27", "Murray Basin Grain Co-operative", "Horsham",
                 "VIC", "AU", "onsite", "contract", "mid", H(38), H(42), "AUD", "2026-11-02", "en")),
    dict(company="Murray Basin Grain Co-operative", id="f16c0d1e-0006-4f00-9000-000000007006",
         title="Agronomist", location="Swan Hill, VIC", country="AU", workplace="onsite",
         commitment="Full-time", created="2026-11-23T02:00:00Z",
         text="Advise our grower members on crop nutrition, weed and disease control across 180,000 hectares of"
              " dryland and irrigated cropping.\n\nWhat you'll do\nPaddock walks, soil and tissue testing,"
              " spray recommendations and winter field days.\n\nWhat we need\nA degree in agricultural"
              " science, a ChemCert and 5 years advising broadacre growers.\n\nPackage\n$95,000 - $110,000"
              " plus super, a fully maintained ute and a fuel card.",
         label=L("Agronomist", "Murray Basin Grain Co-operative", "Swan Hill", "VIC", "AU", "onsite", "full-time",
                 "senior", 95000, 110000, "AUD", "2026-11-23", "en")),
]

# ---------------------------------------------------------------- Ashby (6)
ASHBY = [
    dict(company="Rheinhessen Getränke Abfüllung GmbH", id="b1600000-0000-4000-8000-000000007001",
         title="Mechatroniker:in Instandhaltung (m/w/d)", location="Worms",
         address={"addressLocality": "Worms", "addressRegion": "Rheinland-Pfalz", "addressCountry": "Germany"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-04T08:00:00.000+01:00",
         comp=("EUR", "1 YEAR", 46000, 54000),
         text="Wir füllen auf sechs Linien Mineralwasser, Schorlen und Säfte für Marken und Handelsketten ab.\n"
              "Du hältst Abfüller, Etikettierer und Palettierer am Laufen, suchst Fehler in SPS-Steuerungen"
              " (S7, TIA-Portal) und arbeitest im Dreischichtbetrieb.\nAbgeschlossene Ausbildung als"
              " Mechatroniker:in und 3 Jahre Erfahrung in der Instandhaltung.\nDazu Schichtzulagen,"
              " 30 Urlaubstage, ein Jobrad und 1.200 € Urlaubsgeld im Juni.",
         label=L("Mechatroniker:in Instandhaltung (m/w/d)", "Rheinhessen Getränke Abfüllung GmbH", "Worms",
                 "Rheinland-Pfalz", "DE", "onsite", "full-time", "mid", 46000, 54000, "EUR", "2026-11-04", "de")),
    dict(company="Rheinhessen Getränke Abfüllung GmbH", id="b1600000-0000-4000-8000-000000007002",
         title="Schichtführer:in Abfüllung (m/w/d)", location="Worms",
         address={"addressLocality": "Worms", "addressRegion": "Rheinland-Pfalz", "addressCountry": "Germany"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-18T09:30:00.000+01:00",
         comp=("EUR", "1 MONTH", 4100, 4600),
         text="Du führst eine Schicht mit 14 Maschinenführer:innen und Helfer:innen an zwei Glaslinien.\n"
              "Du planst die Besetzung, sorgst für Hygiene nach IFS und BRC und gibst die Produktion frei.\n"
              "Du bringst eine Ausbildung als Fachkraft für Lebensmitteltechnik oder Industriemeister:in und"
              " 5 Jahre Erfahrung in der Abfüllung mit.\nDas Monatsgehalt von 4.100 – 4.600 € brutto kommt zu"
              " den Schichtzulagen und einer Erfolgsbeteiligung von bis zu 2.500 € im Jahr dazu.",
         label=L("Schichtführer:in Abfüllung (m/w/d)", "Rheinhessen Getränke Abfüllung GmbH", "Worms",
                 "Rheinland-Pfalz", "DE", "onsite", "full-time", "lead", M(4100), M(4600), "EUR", "2026-11-18",
                 "de")),
    dict(company="Linden & Okafor Immigration Law PLLC", id="b1600000-0000-4000-8000-000000007003",
         title="Immigration Case Manager", location="Houston, TX",
         address={"addressLocality": "Houston", "addressRegion": "Texas", "addressCountry": "United States"},
         workplace="Hybrid", remote=False, employment="FullTime", published="2026-11-05T10:00:00.000-06:00",
         comp=("USD", "1 YEAR", 56000, 68000),
         text="We handle family, employment and humanitarian immigration cases for clients from 40 countries.\n"
              "Prepare I-130, I-485, I-765 and H-1B packets, translate and organise evidence, and keep clients"
              " informed of RFEs and interview dates.\nYou have 2 years preparing immigration filings; Spanish or"
              " French is a strong plus.\nThree days in our Midtown office. Bilingual staff receive a $2,500"
              " annual language stipend.",
         label=L("Immigration Case Manager", "Linden & Okafor Immigration Law PLLC", "Houston", "TX", "US", "hybrid",
                 "full-time", "mid", 56000, 68000, "USD", "2026-11-05", "en")),
    dict(company="Linden & Okafor Immigration Law PLLC", id="b1600000-0000-4000-8000-000000007004",
         title="Senior Associate Attorney – Removal Defense", location="Houston, TX",
         address={"addressLocality": "Houston", "addressRegion": "Texas", "addressCountry": "United States"},
         workplace="Hybrid", remote=False, employment="FullTime", published="2026-11-21T11:00:00.000-06:00",
         comp=("USD", "1 YEAR", 115000, 140000),
         text="Lead removal defense and asylum cases before the Houston and Conroe immigration courts.\n"
              "Draft briefs and motions, prepare clients and witnesses, argue bond hearings and supervise two"
              " associates.\nLicensed in any US state, with at least 4 years of removal defense practice.\n"
              "The salary range excludes a case-results bonus of up to 15%. We cover bar dues and AILA"
              " membership.",
         label=L("Senior Associate Attorney – Removal Defense", "Linden & Okafor Immigration Law PLLC", "Houston",
                 "TX", "US", "hybrid", "full-time", "senior", 115000, 140000, "USD", "2026-11-21", "en")),
    dict(company="Bluegum Allied Health", id="b1600000-0000-4000-8000-000000007005",
         title="Paediatric Speech Pathologist", location="Perth",
         address={"addressLocality": "Perth", "addressRegion": "Ontario", "addressCountry": "Australia"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-10T09:00:00.000+08:00",
         comp=("AUD", "1 YEAR", 92000, 105000),
         text="Bluegum is a multidisciplinary paediatric practice: speech, OT and psychology under one roof.\n"
              "Assess and treat children with speech sound, language and fluency difficulties, in clinic and"
              " in local schools, with NDIS and private funding.\nCertified Practising Speech Pathologist;"
              " new graduates welcome, with structured supervision.\nPlus superannuation, a $2,000 PD"
              " allowance and five paid PD days.",
         label=L("Paediatric Speech Pathologist", "Bluegum Allied Health", "Perth", None, None, "onsite",
                 "full-time", None, 92000, 105000, "AUD", "2026-11-10", "en")),
    dict(company="Moldeados Técnicos del Bajío S.A. de C.V.", id="b1600000-0000-4000-8000-000000007006",
         title="Ingeniero(a) de Procesos – Inyección de Plástico", location="San Luis Potosí, S.L.P.",
         address={"addressLocality": "San Luis Potosí", "addressRegion": "S.L.P.", "addressCountry": "México"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-13T08:30:00.000-06:00",
         comp=("MXN", "1 MONTH", 32000, 38000),
         text="Fabricamos piezas técnicas inyectadas para la industria automotriz y de electrodomésticos, con"
              " 40 prensas de 80 a 1.200 toneladas.\nOptimizar parámetros de proceso, validar moldes nuevos"
              " (PPAP), reducir scrap y tiempos de ciclo y dar soporte a los tres turnos.\nIngeniería en"
              " plásticos, mecánica o industrial y 3 años de experiencia en inyección; inglés intermedio.\n"
              "Sueldo mensual bruto más vales de despensa de $2,400 al mes, fondo de ahorro del 13% y"
              " transporte de personal.",
         label=L("Ingeniero(a) de Procesos – Inyección de Plástico", "Moldeados Técnicos del Bajío S.A. de C.V.",
                 "San Luis Potosí", "S.L.P.", "MX", "onsite", "full-time", "mid", M(32000), M(38000), "MXN", "2026-11-13",
                 "es")),
]

# ---------------------------------------------------------------- JSON-LD (6)
JSONLD = [
    dict(slug="restorative-aide-evenings-tupelo", company="Magnolia Terrace Rehabilitation Center",
         title="Restorative Nursing Aide – Evenings",
         address={"addressLocality": "Tupelo", "addressRegion": "MS", "postalCode": "38801", "addressCountry": "US"},
         employment="FULL_TIME", posted="2026-11-03T13:00:00-06:00", salary=("USD", "HOUR", 16.50, 19.25),
         text="<p>A 120-bed skilled nursing and short-term rehab center in north Mississippi.</p><p><b>What you"
              " will do:</b> run range-of-motion, walking and splint programmes set by the therapists,"
              " and chart in PointClickCare, 2pm to 10:30pm, five evenings a week.</p><p><b>Requirements:</b> an"
              " active Mississippi CNA certificate and CPR.</p><p><b>Benefits:</b> evening differential"
              " of $1.25/hr, a $1,000 retention bonus after six months, daily pay option and free meals.</p>",
         label=L("Restorative Nursing Aide – Evenings", "Magnolia Terrace Rehabilitation Center", "Tupelo",
                 "MS", "US", "onsite", "full-time", None, H(16.50), H(19.25), "USD", "2026-11-03", "en")),
    dict(slug="fontanero-oficial-el-puerto", company="Instalaciones Hidráulicas Guadalete S.L.",
         title="Fontanero/a oficial de 1ª",
         address={"addressLocality": "El Puerto de Santa María", "addressRegion": "Andalucía", "postalCode": "11500",
                  "addressCountry": "ES"},
         employment="FULL_TIME", posted="2026-11-06T09:00:00+01:00", salary=("EUR", "MONTH", 1850, 2100),
         text="<p>Empresa instaladora con 30 años en la provincia de Cádiz: viviendas, naves y bodegas.</p>"
              "<p><b>Funciones:</b> instalaciones de fontanería, saneamiento, calefacción y aerotermia,"
              " y reparación de averías en comunidades de vecinos.</p><p><b>Requisitos:</b>"
              " FP de instalaciones térmicas y de fluidos, carné de instalador térmico (RITE) y 3 años como oficial.</p>"
              "<p><b>Ofrecemos:</b> contrato indefinido, 1.850 – 2.100 € brutos al mes en 14 pagas, dietas de"
              " 12 € por día fuera de la provincia y furgoneta de empresa.</p>",
         label=L("Fontanero/a oficial de 1ª", "Instalaciones Hidráulicas Guadalete S.L.", "El Puerto de Santa María",
                 "Andalucía", "ES", "onsite", "full-time", "mid", M(1850, 14), M(2100, 14), "EUR", "2026-11-06",
                 "es")),
    dict(slug="school-business-manager-fleetwood", company="Wyreside Academy Trust",
         title="School Business Manager",
         address={"addressLocality": "Fleetwood", "addressRegion": "Lancashire", "postalCode": "FY7 6HF",
                  "addressCountry": "GB"},
         employment="FULL_TIME", posted="2026-06-31", salary=("GBP", "YEAR", 38220, 42708),
         text="<p>Wyreside Academy Trust runs two primary schools and a secondary school on the Fylde"
              " coast.</p><p><b>The role:</b> lead finance, HR administration, premises and health and safety"
              " for our 900-pupil secondary, manage the office team of five and report to the trustees'"
              " finance committee.</p><p><b>You have:</b> an accountancy or school business management"
              " qualification and 3 years managing budgets in a school or public body.</p><p><b>Salary:</b>"
              " NJC points 28–32, £38,220 – £42,708 a year, Local Government Pension Scheme. The school's"
              " £6.1M annual budget and a £400,000 capital grant are yours to manage.</p>",
         label=L("School Business Manager", "Wyreside Academy Trust", "Fleetwood", "Lancashire", "GB", "onsite",
                 "full-time", "mid", 38220, 42708, "GBP", None, "en")),
    dict(slug="ash-nuit-montbrison", company="Résidence Les Tilleuls du Forez",
         title="Agent(e) de service hospitalier (ASH) de nuit",
         address={"addressLocality": "Montbrison", "addressRegion": "Auvergne-Rhône-Alpes", "postalCode": "42600",
                  "addressCountry": "FR"},
         employment="FULL_TIME", posted="2026-11-09T14:00:00+01:00", salary=("EUR", "MONTH", 1900, 2000),
         text="<p>EHPAD associatif de 84 lits, dont une unité protégée de 14 places.</p><p><b>Missions :</b>"
              " entretien des locaux, aide aux levers tardifs et couchers, surveillance des résidents la nuit, transmissions écrites et"
              " orales à l'équipe de jour.</p><p><b>Profil :</b> une première expérience en EHPAD est appréciée.</p><p><b>Conditions :</b>"
              " CDI à temps plein en 12 h de nuit, 1 900 € à 2 000 € bruts mensuels (complément Ségur inclus),"
              " prime de nuit et indemnité dimanche et jours fériés de 45 €.</p>",
         label=L("Agent(e) de service hospitalier (ASH) de nuit", "Résidence Les Tilleuls du Forez", "Montbrison", "Auvergne-Rhône-Alpes",
                 "FR", "onsite", "full-time", None, M(1900), M(2000), "EUR", "2026-11-09", "fr")),
    dict(slug="tecnico-seguranca-trabalho-rio-verde", company="Usina Alvorada do Oeste S.A.",
         title="Técnico(a) de Segurança do Trabalho",
         address={"addressLocality": "Rio Verde", "addressRegion": "GO", "postalCode": "75901-970",
                  "addressCountry": "BR"},
         employment="FULL_TIME", posted="2026-11-11T08:00:00-03:00", salary=("BRL", "MONTH", 4200, 4800),
         text="<p>Usina de etanol e açúcar com 2.400 colaboradores na safra.</p><p><b>Atividades:</b>"
              " inspeções de campo na indústria e na frente agrícola, DDS, análise de acidentes, controle de"
              " EPIs e apoio à CIPA.</p><p><b>Requisitos:</b> curso técnico com registro no MTE e 2 anos de"
              " experiência em indústria.</p><p><b>Benefícios:</b> salário de R$ 4.200 a R$ 4.800, adicional"
              " de periculosidade de 30%, PLR e vale-alimentação de R$ 650.</p>",
         label=L("Técnico(a) de Segurança do Trabalho", "Usina Alvorada do Oeste S.A.", "Rio Verde", "GO", "BR",
                 "onsite", "full-time", "mid", M(4200), M(4800), "BRL", "2026-11-11", "pt")),
    dict(slug="physical-therapist-cagayan-de-oro", company="St. Benedict Rehabilitation Center",
         title="Physical Therapist – Outpatient Rehab",
         address={"addressLocality": "Cagayan de Oro", "addressRegion": "Northern Mindanao", "postalCode": "9000",
                  "addressCountry": "PH"},
         employment="FULL_TIME", posted="2026-11-14T09:00:00+08:00",
         text="<p>An outpatient rehabilitation centre with four branches in Northern Mindanao.</p><p><b>Duties:</b>"
              " assess and treat orthopaedic, stroke and sports patients, and run the"
              " back-care classes.</p><p><b>Qualifications:</b> a licensed PTRP with 1 year of clinical"
              " experience.</p><p><b>We offer:</b> a competitive salary, a ₱5,000 signing bonus"
              " after regularisation, a rice subsidy of ₱2,000 a month and HMO coverage from day one.</p>",
         label=L("Physical Therapist – Outpatient Rehab", "St. Benedict Rehabilitation Center", "Cagayan de Oro", "Northern Mindanao", "PH",
                 "onsite", "full-time", "entry", None, None, None, "2026-11-14", "en")),
]

# ---------------------------------------------------------------- RSS / We Work Remotely (6)
RSS = [
    dict(slug="remote-prior-authorization-specialist", company="Blue Heron Revenue Cycle",
         title="Prior Authorization Specialist", region="USA Only", country="United States", type="Full-Time",
         pub="Tue, 03 Nov 2026 16:00:00 GMT",
         text="<p>We handle payer authorisations for 60 imaging and infusion centres.</p><p><strong>What you'll do:</strong>"
              " check benefits, submit prior authorisations on payer portals, chase"
              " pending requests and work peer-to-peer scheduling.</p><p><strong>You have:</strong> 2 years of prior authorisation or medical billing work.</p><p>"
              "<strong>Pay:</strong> $27 – $32/hour, plus a quarterly accuracy bonus of up to $500.</p>",
         label=L("Prior Authorization Specialist", "Blue Heron Revenue Cycle", None, None, "US", "remote",
                 "full-time", "mid", H(27), H(32), "USD", "2026-11-03", "en")),
    dict(slug="remote-bilingual-claims-agent", company="Northstar Mutual Insurance Services",
         title="Bilingual Claims Intake Agent (EN/FR)", region="Canada Only", country="Canada", type="Part-Time",
         pub="Thu, 05 Nov 2026 14:30:00 +0000",
         text="<p>We take first notice of loss for home and auto insurers across Canada.</p><p><strong>The"
              " job:</strong> answer claim calls in English and French, open files and arrange tow trucks and"
              " emergency repairs, 24 hours a week including one weekend day.</p><p><strong>Pay:</strong>"
              " $21.50 an hour, with a $0.75/hr bilingual premium and a $40 monthly phone allowance.</p>",
         label=L("Bilingual Claims Intake Agent (EN/FR)", "Northstar Mutual Insurance Services", None, None, "CA",
                 "remote", "part-time", None, H(21.50), H(21.50), "CAD", "2026-11-05", "en")),
    dict(slug="remote-ap-specialist-netsuite-latam", company="Andes Ledger Partners",
         title="Accounts Payable Specialist (NetSuite)", region="Latin America Only", country="Colombia", type="Contract",
         pub="Mon, 09 Nov 2026 13:00:00 GMT",
         text="<p>We keep the books for 150 US small businesses, with a team in Medellín and Bogotá.</p><p>"
              "<strong>What you'll do:</strong> vendor invoices, three-way matching, payment runs and vendor"
              " statements for 12 clients.</p><p><strong>You have:</strong> 3 years of AP in NetSuite and professional English.</p><p><strong>Pay:</strong> US$1,400 – US$1,800 per month as"
              " an independent contractor, paid in USD.</p>",
         label=L("Accounts Payable Specialist (NetSuite)", "Andes Ledger Partners", None, None, "CO", "remote", "contract",
                 "mid", M(1400), M(1800), "USD", "2026-11-09", "en")),
    dict(slug="remote-legal-cashier", company="Pennine Conveyancing Direct",
         title="Legal Cashier", region="UK Only", country="United Kingdom", type="Full-Time",
         pub="Wed, 11 Nov 2026 10:00:00 GMT",
         text="<p>A fully remote conveyancing firm handling 4,000 sales and purchases a year.</p><p><strong>"
              "Your role:</strong> client account postings, completion-day transfers, SDLT payments and"
              " three-way reconciliations under the SRA Accounts Rules.</p><p><strong>You have:</strong> 2"
              " years as a legal cashier and ILFM training.</p><p><strong>Salary:</strong> £27,000 - £30,000 a"
              " year, with a £300 home-working allowance.</p>",
         label=L("Legal Cashier", "Pennine Conveyancing Direct", None, None, "GB", "remote", "full-time", "mid",
                 27000, 30000, "GBP", "2026-11-11", "en")),
    dict(slug="instructional-designer-nursing-courses", company="Fieldstone Learning",
         title="Instructional Designer – Nursing CPD", region="Anywhere in the World", country="", type="Contract",
         pub="Mon, 16 Nov 2026 18:00:00 GMT",
         text="<p>We build accredited online CPD for nurses and care workers.</p><p><strong>The work:</strong>"
              " storyboard and build SCORM modules in Articulate Rise with our clinical writers.</p><p><strong>"
              "You have:</strong> 3 years of e-learning design.</p><p><strong>Pay:</strong> set per project."
              " Each course has an $8,000 production budget, and this year's programme is funded by a $2M"
              " foundation grant.</p>",
         label=L("Instructional Designer – Nursing CPD", "Fieldstone Learning", None, None, None, "remote",
                 "contract", "mid", None, None, None, "2026-11-16", "en")),
    dict(slug="remote-regulatory-affairs-associate", company="Medisafe Dossier Services",
         title="Regulatory Affairs Associate", region="India Only", country="India", type="Full-Time",
         pub="Fri, 20 Nov 2026 06:00:00 GMT",
         text="<p>We prepare dossiers for 30 generic and biotech manufacturers.</p><p><strong>"
              "You will:</strong> compile CTD modules, prepare variations and respond to CDSCO and EU queries.</p><p>"
              "<strong>You have:</strong> a B.Pharm, M.Pharm or Pharm.D and 1 year in regulatory affairs.</p><p>"
              "<strong>Pay:</strong> ₹4.2 – 5.4 lakh per annum, plus a ₹1,500 monthly internet allowance.</p>",
         label=L("Regulatory Affairs Associate", "Medisafe Dossier Services", None, None, "IN", "remote", "full-time",
                 "mid", 420000, 540000, "INR", "2026-11-20", "en")),
]

# ---------------------------------------------------------------- Remote OK (6)
REMOTEOK = [
    dict(id="1860001", company="Quarry Lane Payroll", position="Senior Benefits Administrator",
         location="United States", salary=(72000, 85000), date="2026-11-04T15:00:00+00:00",
         tags=["benefits", "hr", "insurance"],
         text="<p>We run benefits and payroll for 300 restaurant and franchise clients.</p><p><strong>You"
              " will:</strong> run open enrolment, COBRA and leave administration, and reconcile carrier invoices"
              " for client escalations.</p><p><strong>You have:</strong> 5 years of benefits administration and a CEBS or SHRM-CP.</p><p>"
              "A $600 home-office stipend and 401(k) match of 4%.</p>",
         label=L("Senior Benefits Administrator", "Quarry Lane Payroll", None, None, "US", "remote", None, "senior",
                 72000, 85000, "USD", "2026-11-04", "en")),
    dict(id="1860002", company="Karoo Tax Advisory", position="Tax Consultant (Individuals & Trusts)",
         location="South Africa", salary=(0, 0), date="2026-11-06T08:00:00+00:00",
         tags=["tax", "accounting", "sars"],
         text="<p>A boutique tax practice in the Western Cape with clients across South Africa.</p><p><strong>"
              "You will:</strong> prepare ITR12 and ITR12T returns, handle SARS audits and objections, and"
              " advise on provisional tax.</p><p><strong>You have:</strong> a registered tax practitioner"
              " number and 3 years in a practice.</p><p>Full-time. R38,000 – R45,000 per month, plus a 13th"
              " cheque in December and R500 a month for data.</p>",
         label=L("Tax Consultant (Individuals & Trusts)", "Karoo Tax Advisory", None, None, "ZA", "remote",
                 "full-time", "mid", M(38000), M(45000), "ZAR", "2026-11-06", "en")),
    dict(id="1860003", company="Lohnbüro Nordheide", position="Lohnbuchhalter:in (Teilzeit, remote)",
         location="Germany", salary=(0, 0), date="2026-11-09T09:00:00+00:00",
         tags=["lohn", "datev", "teilzeit"],
         text="<p>Wir rechnen für 180 Handwerks- und Gastronomiebetriebe die Löhne ab.</p><p><strong>Deine"
              " Aufgaben:</strong> Lohn- und Gehaltsabrechnung in DATEV LODAS, Meldungen an Krankenkassen und"
              " Finanzamt, Fragen der Mandant:innen.</p><p><strong>Dein Profil:</strong> Ausbildung als"
              " Steuerfachangestellte:r oder Lohnbuchhalter:in und 3 Jahre Erfahrung.</p><p>Teilzeit 20–25"
              " Std./Woche, 24,00 € brutto pro Stunde, dazu 50 € Internetpauschale im Monat.</p>",
         label=L("Lohnbuchhalter:in (Teilzeit, remote)", "Lohnbüro Nordheide", None, None, "DE", "remote",
                 "part-time", "mid", H(24), H(24), "EUR", "2026-11-09", "de")),
    dict(id="1860004", company="Pinewick Software", position="Customer Support Lead",
         location="Worldwide", salary=(0, 0), date="2026-11-12T17:00:00+00:00",
         tags=["support", "saas", "leadership"],
         text="<p>Pinewick makes scheduling software for 9,000 veterinary and dental clinics.</p><p><strong>"
              "You will:</strong> lead a team of 8 support agents across time zones, own our help centre and"
              " escalation process.</p><p><strong>You have:</strong> 4 years in SaaS support, 1 of them"
              " leading.</p><p>Compensation is benchmarked to your location. Everyone gets a $1,200 home"
              " office stipend and a $3,000 annual learning budget; we raised an $18M Series B in"
              " September.</p>",
         label=L("Customer Support Lead", "Pinewick Software", None, None, None, "remote", None, "lead", None, None,
                 None, "2026-11-12", "en")),
    dict(id="1860005", company="Wisła Games Studio", position="QA Tester (manual, console)",
         location="Poland", salary=(0, 0), date="2026-11-16T10:00:00+00:00",
         tags=["qa", "games", "testing"],
         text="<p>We port PC indie games to PlayStation, Xbox and Switch.</p><p><strong>You will:</strong> run"
              " test plans against certification requirements (TRC, XR, Lotcheck), log bugs in Jira and"
              " verify fixes.</p><p><strong>You have:</strong> 1 year in game QA and good English.</p><p>"
              "Full-time, umowa o pracę: 7 000 – 9 000 PLN brutto miesięcznie, a Multisport card and a"
              " 1 500 PLN yearly equipment budget.</p>",
         label=L("QA Tester (manual, console)", "Wisła Games Studio", None, None, "PL", "remote", "full-time",
                 "entry", M(7000), M(9000), "PLN", "2026-11-16", "en")),
    dict(id="1860006", company="Tagus Language Services", position="Legal Translator EN–PT",
         location="Portugal", salary=(0, 0), date="2026-11-20T11:00:00+00:00",
         tags=["translation", "legal", "portuguese"],
         text="<p>We translate contracts, court filings and corporate documents for law firms in Lisbon and"
              " London.</p><p><strong>You will:</strong> translate and revise legal texts in memoQ, and keep"
              " the termbases for our two largest clients.</p><p><strong>You have:</strong> a degree in"
              " translation or law and 2 years of legal translation.</p><p>Full-time employment: €1,500 –"
              " €1,800 gross per month, 14 payments, and a €7.63 daily meal allowance.</p>",
         label=L("Legal Translator EN–PT", "Tagus Language Services", None, None, "PT", "remote", "full-time",
                 "mid", M(1500, 14), M(1800, 14), "EUR", "2026-11-20", "en")),
]

# ---------------------------------------------------------------- JobSpy (6)
JOBSPY = [
    dict(id="in-e5f6a7b8c9d01601", site="indeed", title="Diesel Technician - Truck & Trailer",
         company="Panhandle Truck & Trailer Repair", location="Amarillo, TX", date="2026-11-03",
         job_type="fulltime", remote=False, pay=("hourly", 28, 36, "USD"),
         text="**Panhandle Truck & Trailer** keeps regional and long-haul fleets rolling from a 14-bay shop on"
              " I-40.\n\n**Responsibilities**\n\n* Diagnose and repair engines, aftertreatment, brakes and"
              " electrical on Class 8 trucks\n* DOT annual inspections on trucks and trailers\n\n"
              "**Requirements**\n\n* 3 years as a diesel tech; ASE certifications a plus\n* Own hand tools\n\n"
              "**Benefits**\n\n* $28 - $36 an hour\n* $1,500 annual tool allowance\n* Flat-rate bonus on top"
              " of hourly",
         label=L("Diesel Technician - Truck & Trailer", "Panhandle Truck & Trailer Repair", "Amarillo", "TX", "US",
                 "onsite", "full-time", "mid", H(28), H(36), "USD", "2026-11-03", "en")),
    dict(id="li-4968813603", site="linkedin", title="Property Legal Executive – Commercial", company="Ashcombe Reed LLP",
         location="Guildford, England, United Kingdom", date="2026-11-06", job_type="fulltime", remote=False,
         level="Associate",
         text="Ashcombe Reed is a 45-lawyer Surrey firm advising landlords, developers and retailers.\n\nAs a"
              " commercial property legal executive you will draft leases, licences and reports on title, run"
              " Land Registry applications and post-completion work for two partners.\n\nWe are looking for"
              " 1 year of experience in property law and a law degree or CILEx qualification.\n\nSalary"
              " £28,000 - £32,000 per annum + discretionary bonus. Hybrid after probation.",
         label=L("Property Legal Executive – Commercial", "Ashcombe Reed LLP", "Guildford", "England", "GB", "onsite",
                 "full-time", "entry", 28000, 32000, "GBP", "2026-11-06", "en")),
    dict(id="in-f6a7b8c9d0e11602", site="indeed", title="Guest Relations Executive - Heritage Hotel",
         company="The Aravali Haveli Hotel", location="Udaipur, Rajasthan", date="2026-11-10",
         job_type="fulltime", remote=False, pay=("monthly", 28000, 34000, "INR"),
         text="**The Aravali Haveli** is a 62-room heritage hotel on Lake Pichola.\n\n**Role**\n\n* Welcome"
              " guests, arrange tours and boat rides\n* Handle VIP arrivals and guest feedback\n* Coordinate"
              " with housekeeping and the restaurants\n\n**Requirements**\n\n* 2 years in hotel"
              " front office or guest relations; English and Hindi\n\n**Salary**\n\n* ₹28,000 - ₹34,000 per month\n* Staff"
              " accommodation and meals; service charge shared monthly",
         label=L("Guest Relations Executive - Heritage Hotel", "The Aravali Haveli Hotel", "Udaipur", "Rajasthan", "IN", "onsite",
                 "full-time", "mid", M(28000), M(34000), "INR", "2026-11-10", "en")),
    dict(id="gd-1009512601712", site="glassdoor", title="Early Childhood Teacher (Bachelor qualified)",
         company="Little Wattle Learning Centre", location="Toowoomba QLD 4350", date="2026-11-12",
         job_type="fulltime", remote=False, pay=("yearly", 82000, 96000, "AUD"),
         text="Little Wattle is a 90-place long day care centre in Toowoomba's east.\n\nYou will lead the"
              " kindergarten program for 22 four-year-olds, plan to the QKLG and mentor two educators.\n\n"
              "You hold an ACECQA-approved bachelor's degree and Queensland teacher registration.\n\n$82,000 -"
              " $96,000 plus super, non-contact time, and 50% off childcare fees.",
         label=L("Early Childhood Teacher (Bachelor qualified)", "Little Wattle Learning Centre", "Toowoomba",
                 "QLD", "AU", "onsite", "full-time", None, 82000, 96000, "AUD", "2026-11-12", "en")),
    dict(id="in-a7b8c9d0e1f21603", site="indeed", title="Impound Yard Attendant - Overnight",
         company="Prairie Hook Towing & Recovery", location="Regina, SK", date="2026-11-17",
         job_type="fulltime", remote=False,
         text="**Prairie Hook** answers motor-club, police and commercial calls across southern"
              " Saskatchewan.\n\n**What you'll do**\n\n* Check vehicles in and out of the impound lot\n*"
              " Release vehicles to owners and take payment\n\n**Requirements**\n\n* 1 year of customer-service"
              " experience\n\n**Pay**\n\n* Wage based on experience\n* $250 referral bonus\n* Our heavy-wreck"
              " drivers earn $32/hr and more",
         label=L("Impound Yard Attendant - Overnight", "Prairie Hook Towing & Recovery", "Regina", "SK", "CA",
                 "onsite", "full-time", "entry", None, None, None, "2026-11-17", "en")),
    dict(id="li-4971124804", site="linkedin", title="Polymechaniker/in EFZ – CNC-Fräsen",
         company="Rheintal Präzisionstechnik AG", location="Altstätten, St. Gallen, Switzerland", date="2026-11-19",
         job_type="fulltime", remote=False, level="Mid-Senior level",
         text="Wir fertigen Präzisionsteile für Medizintechnik und Uhrenindustrie.\n\nIhre Aufgaben:"
              " Programmieren und Einrichten von 5-Achs-Fräszentren (Heidenhain), Erstmusterprüfung und"
              " Optimierung der Abläufe.\n\nIhr Profil: Lehre als Polymechaniker/in EFZ und 3 Jahre Erfahrung"
              " an CNC-Fräsmaschinen.\n\nWir bieten: Monatslohn CHF 5'400 – 6'200 brutto, 13 Monatslöhne,"
              " 5 Wochen Ferien und eine Schichtzulage von CHF 4.50 pro Stunde.",
         label=L("Polymechaniker/in EFZ – CNC-Fräsen", "Rheintal Präzisionstechnik AG", "Altstätten", "St. Gallen",
                 "CH", "onsite", "full-time", "mid", M(5400, 13), M(6200, 13), "CHF", "2026-11-19", "de")),
]

# ---------------------------------------------------------------- file: JSON Lines (6)
FILE = [
    dict(external_id="ie-hca-cnu-01", title="Multi-Task Attendant – Community Nursing Unit",
         company="Shannon Estuary Community Nursing Unit", locations=["Kilrush, Co. Clare"], employment="Full-time",
         posted="2026-11-04",
         text="The Community Nursing Unit in Kilrush provides long-stay, respite and palliative care for 52"
              " residents. You will keep wards and kitchens clean, serve meals, help with laundry and"
              " support residents' activities, on a roster of 12-hour days. Experience in a healthcare setting is an"
              " advantage. Salary: €31,016 – €38,960 per annum on the Multi-Task Attendant scale, plus"
              " premium pay for Sundays and public holidays. Pensionable, with 25 days' annual leave.",
         label=L("Multi-Task Attendant – Community Nursing Unit", "Shannon Estuary Community Nursing Unit",
                 "Kilrush", "Co. Clare", "IE", "onsite", "full-time", None, 31016, 38960, "EUR", "2026-11-04",
                 "en")),
    dict(external_id="it-oss-rsa-02", title="Operatore socio-sanitario (OSS) – RSA",
         company="Cooperativa Sociale Il Girasole Verde", locations=["Ferrara, Emilia-Romagna"],
         employment="Full-time", posted="2026-09-31",
         salary={"salary_min": 1500, "salary_max": 1650, "salary_currency": "EUR", "salary_period": "month"},
         text="La cooperativa gestisce tre RSA e un centro diurno in provincia di Ferrara. Assistenza di base"
              " agli ospiti (igiene, alimentazione, mobilizzazione), collaborazione con infermieri e"
              " fisioterapisti, compilazione delle schede. Requisito: attestato OSS. Contratto a tempo"
              " indeterminato CCNL Cooperative Sociali, categoria C1: da 1.500 a 1.650 € lordi al mese per 14"
              " mensilità, più indennità turno notturno e buoni pasto da 7 €.",
         label=L("Operatore socio-sanitario (OSS) – RSA", "Cooperativa Sociale Il Girasole Verde", "Ferrara",
                 "Emilia-Romagna", "IT", "onsite", "full-time", None, M(1500, 14), M(1650, 14), "EUR", None,
                 "it")),
    dict(external_id="cz-svarec-03", title="Svářeč/ka MIG/MAG",
         company="Strojírny Vysočina s.r.o.", locations=["Jihlava, Kraj Vysočina"], employment="Full-time",
         posted="2026-11-10",
         text="Vyrábíme svařované konstrukce pro zemědělské a stavební stroje. Náplň práce: svařování"
              " ocelových dílů metodou MIG/MAG podle výkresu, kontrola svarů, práce ve dvousměnném provozu."
              " Požadujeme svářečský průkaz ZK 135/136 a 2 roky praxe. Nabízíme mzdu 35 000 – 42 000 Kč"
              " hrubého měsíčně, příplatek za odpolední směnu 10 Kč/h, 13. plat a stravenky.",
         label=L("Svářeč/ka MIG/MAG", "Strojírny Vysočina s.r.o.", "Jihlava", "Kraj Vysočina", "CZ", "onsite",
                 "full-time", "mid", M(35000), M(42000), "CZK", "2026-11-10", "cs")),
    dict(external_id="us-bldg-insp-04", title="Plans Examiner II",
         company="Mesa Valley Consolidated Permitting Authority", locations=["Grand Junction, CO"],
         employment="Full-time", posted="2026-11-13", workplace="onsite",
         text="The Permitting Authority reviews plans and inspects construction for the county and two towns."
              " Review residential and commercial plans for compliance with the IBC, IRC and adopted"
              " amendments, write plan-review comments and meet designers at the counter. Requires ICC Residential"
              " Plans Examiner certification and 2 years of plan review or construction experience."
              " Salary range $62,400 – $78,000 annually. The Authority pays up to $1,200 a year for ICC certifications.",
         label=L("Plans Examiner II", "Mesa Valley Consolidated Permitting Authority", "Grand Junction", "CO",
                 "US", "onsite", "full-time", "mid", 62400, 78000, "USD", "2026-11-13", "en")),
    dict(external_id="ae-lift-tech-05", title="Lift Maintenance Technician",
         company="Al Qurm Facility Services LLC", locations=["Abu Dhabi, United Arab Emirates"],
         employment="Full-time", posted="2026-11-18",
         text="Al Qurm maintains towers, malls and schools across Abu Dhabi. Service passenger and goods lifts and"
              " escalators, respond to breakdowns and carry out monthly PPM. Diploma in electrical or mechanical engineering and"
              " 3 years of GCC experience; a UAE driving licence is an advantage. Salary as per company"
              " scale. Housing allowance of AED 1,500 a month, transport to site, annual air ticket and"
              " medical insurance.",
         label=L("Lift Maintenance Technician", "Al Qurm Facility Services LLC", "Abu Dhabi", None,
                 "AE", "onsite", "full-time", "mid", None, None, None, "2026-11-18", "en")),
    dict(external_id="pl-pielegniarka-06", title="Pielęgniarka / Pielęgniarz – Oddział Chirurgii Ogólnej",
         company="Podhalańskie Centrum Medyczne", locations=["Nowy Targ, małopolskie"], employment="Full-time",
         posted="2026-11-23",
         text="Szpital z 280 łóżkami obsługujący Podhale. Opieka nad pacjentami przed i po zabiegach,"
              " podawanie leków, prowadzenie dokumentacji w systemie. Wymagamy prawa wykonywania zawodu"
              " pielęgniarki. Oferujemy umowę o pracę, wynagrodzenie 8 200 – 9 600 zł brutto miesięcznie,"
              " dodatek za pracę w nocy i dofinansowanie do specjalizacji do 4 000 zł.",
         label=L("Pielęgniarka / Pielęgniarz – Oddział Chirurgii Ogólnej", "Podhalańskie Centrum Medyczne",
                 "Nowy Targ", "małopolskie", "PL", "onsite", "full-time", None, M(8200), M(9600), "PLN",
                 "2026-11-23", "pl")),
]

# ---------------------------------------------------------------- Workday (6; posted dates against 2026-12-01)
WORKDAY = [
    dict(company="Great Plains Women's Health System", path="RN-Labor-and-Delivery-Nights_R-2611-0582",
         title="RN - Labor & Delivery (Nights)", location="Rapid City, SD", country="United States of America",
         remote="On-site", time="Full time", posted_on="Posted Yesterday",
         text="<p><b>Position Summary</b></p><p>Care for laboring, postpartum and antepartum patients in a"
              " 28-bed birth center delivering 3,200 babies a year, three 12-hour night shifts a week.</p><p><b>"
              "Essential Functions</b></p><ul><li>Fetal monitoring, induction and epidural support</li><li>"
              "Circulate for cesarean sections</li><li>Newborn assessment and breastfeeding support</li></ul>"
              "<p><b>Qualifications</b></p><ul><li>South Dakota or compact RN licence; BLS, NRP and AWHONN"
              " fetal monitoring</li><li>1 year of acute-care nursing</li></ul><p><b>Compensation</b></p><p>"
              "$36.50 &ndash; $54.75 per hour based on experience. Night shift differential $4.50/hr, weekend"
              " differential $2.00/hr, and a $7,500 sign-on bonus for experienced L&amp;D nurses.</p>",
         label=L("RN - Labor & Delivery (Nights)", "Great Plains Women's Health System", "Rapid City", "SD", "US",
                 "onsite", "full-time", "entry", H(36.50), H(54.75), "USD", "2026-11-30", "en")),
    dict(company="Fenland District Services", path="Street-Lighting-Operative_R0057310",
         title="Street Lighting Operative", location="Wisbech", country="United Kingdom",
         remote="On-site", time="Full time", posted_on="Posted 3 Days Ago",
         text="<p><b>About the role</b></p><p>Maintain and replace 14,000 street lights, illuminated signs and"
              " bollards across the district, working from a MEWP with a two-person crew.</p><p><b>What you'll"
              " do</b></p><ul><li>Night scouting and fault repairs</li><li>LED lantern upgrades and column"
              " testing</li><li>Keep records on the asset system</li></ul><p><b>What you need</b></p><ul><li>"
              "An electrical qualification (Level 2 or above), IPAF 1b and a full driving licence</li></ul><p>"
              "<b>Pay</b></p><p>Grade 5: &pound;25,992 &ndash; &pound;27,711 per annum, a standby payment of"
              " &pound;180 per week on the call-out rota and the Local Government Pension Scheme.</p>",
         label=L("Street Lighting Operative", "Fenland District Services", "Wisbech", None, "GB", "onsite",
                 "full-time", None, 25992, 27711, "GBP", "2026-11-28", "en")),
    dict(company="Börde Gleisbau GmbH", path="Gleisbauer-in-m-w-d_R-26-3391",
         title="Gleisbauer:in (m/w/d)", location="Magdeburg", country="Germany",
         remote="On-site", time="Vollzeit", posted_on="Posted 30+ Days Ago",
         text="<p><b>Ihre Aufgaben</b></p><ul><li>Instandhaltung von Gleisen und Weichen in"
              " Anschlussbahnen und Häfen an der Elbe</li><li>Schwellenwechsel, Schienenschweißen und"
              " Kleinmaschineneinsatz</li><li>Bereitschaftsdienst im Wechsel</li></ul><p><b>Ihr Profil</b></p>"
              "<ul><li>Ausbildung als Gleisbauer:in oder Tiefbaufacharbeiter:in</li><li>Führerschein Klasse"
              " B</li></ul><p><b>Unser Angebot</b></p><p>3.350 € &ndash; 3.750 € brutto im Monat nach"
              " Haustarif, Bereitschaftspauschale von 25 € pro Tag und Weihnachtsgeld.</p>",
         label=L("Gleisbauer:in (m/w/d)", "Börde Gleisbau GmbH", "Magdeburg", None, "DE", "onsite", "full-time",
                 None, M(3350), M(3750), "EUR", None, "de")),
    dict(company="Westman Regional Justice Services", path="Correctional-Officer-Recruit_JR-104472",
         title="Correctional Officer (Recruit Class, Spring 2027)", location="Brandon, MB", country="Canada",
         remote="On-site", time="Full time", posted_on="Posted Today",
         text="<p><b>Overview</b></p><p>Supervise adults in custody at a 250-bed remand and sentenced"
              " facility, after a paid 10-week recruit training program.</p><p><b>Duties</b></p><ul><li>Count,"
              " search and escort inmates</li><li>Write incident reports and respond to emergencies</li><li>"
              "Rotating 12-hour shifts</li></ul><p><b>Qualifications</b></p><ul><li>Grade 12, a clear"
              " criminal record check and the physical abilities test</li></ul><p><b>Salary</b></p><p>$31.27"
              " &ndash; $38.40 hourly. Shift premium $2.10/hr, weekend premium $2.50/hr, and a $1,200 boot"
              " and uniform issue.</p>",
         label=L("Correctional Officer (Recruit Class, Spring 2027)", "Westman Regional Justice Services", "Brandon",
                 "MB", "CA", "onsite", "full-time", None, H(31.27), H(38.40), "CAD", "2026-12-01", "en")),
    dict(company="Pasir Panjang Marine Terminals Pte Ltd", path="Senior-Port-Operations-Executive_R2611-77",
         title="Senior Port Operations Executive", location="Singapore", country="Singapore",
         remote="On-site", time="Full time", posted_on="Posted 5 Days Ago",
         text="<p><b>Job Description</b></p><ul><li>Plan berth windows and yard allocation for feeder and"
              " break-bulk vessels</li><li>Coordinate with shipping lines, stevedores and MPA</li><li>Lead a"
              " shift of 12 planners and checkers</li></ul><p><b>Requirements</b></p><ul><li>Degree or diploma"
              " in maritime studies or logistics</li><li>At least 4 years in terminal operations</li></ul><p>"
              "<b>What we offer</b></p><p>Remuneration commensurate with experience. AWS, a variable bonus, a"
              " S$200 monthly transport allowance and shift allowance.</p>",
         label=L("Senior Port Operations Executive", "Pasir Panjang Marine Terminals Pte Ltd", "Singapore", None,
                 "SG", "onsite", "full-time", "senior", None, None, None, "2026-11-26", "en")),
    dict(company="Eastern Province Healthcare Cluster Services", path="Clinical-Perfusionist_REQ-26-1180",
         title="Clinical Perfusionist", location="Dammam", country="Saudi Arabia",
         remote="On-site", time="Full time", posted_on="Posted 10 Days Ago",
         text="<p><b>Summary</b></p><p>Run cardiopulmonary bypass and ECMO for adult and paediatric cardiac"
              " surgery at a 500-bed tertiary centre.</p><p><b>Responsibilities</b></p><ul><li>Prime and run"
              " the heart-lung machine, cell salvage and myocardial protection</li><li>ECMO cannulation"
              " support and transport</li><li>On-call rota</li></ul><p><b>Requirements</b></p><ul><li>"
              "Certified clinical perfusionist with SCFHS classification</li><li>5 years of clinical"
              " perfusion</li></ul><p><b>Package</b></p><p>SAR 22,000 &ndash; 28,000 per month basic, plus a"
              " housing allowance of 25% of basic, an annual flight ticket and end-of-service gratuity.</p>",
         label=L("Clinical Perfusionist", "Eastern Province Healthcare Cluster Services", "Dammam", None, "SA",
                 "onsite", "full-time", "senior", M(22000), M(28000), "SAR", "2026-11-21", "en")),
]

# ---------------------------------------------------------------- Workable (6, three accounts)
WORKABLE = [
    ("Clyde Valley Care Services", "<p>Care at home and supported living across Lanarkshire.</p>", [
        dict(code="F4B5C6D016", title="Support Worker – Waking Nights", employment="Full-time", city="Motherwell",
             region="North Lanarkshire", country="United Kingdom", published="2026-11-05", experience="",
             text="<p>We support adults with learning disabilities in their own tenancies.</p><p><strong>Your"
                  " shifts</strong></p><ul><li>Four waking nights a week, 22:00 to 08:00</li><li>Personal care,"
                  " medication and night checks</li></ul><p><strong>You</strong></p><ul><li>SSSC registration"
                  " or willing to register; SVQ 2 in Social Services and Healthcare</li></ul><p><strong>Pay"
                  "</strong></p><p>&pound;13.45 per hour, with &pound;1.00 an hour extra on public holidays and a"
                  " &pound;250 refer-a-friend bonus.</p>",
             label=L("Support Worker – Waking Nights", "Clyde Valley Care Services", "Motherwell",
                     "North Lanarkshire", "GB", "onsite", "full-time", None, H(13.45), H(13.45), "GBP", "2026-11-05",
                     "en")),
        dict(code="F4B5C6D017", title="Team Leader – Supported Living", employment="Full-time", city="Wishaw",
             region="North Lanarkshire", country="United Kingdom", published="2026-11-19", experience="",
             text="<p>Lead a team of 16 support workers across three supported-living houses.</p><p><strong>"
                  "Responsibilities</strong></p><ul><li>Rotas, supervisions and support plans</li><li>Care"
                  " Inspectorate visits and adult protection</li></ul><p><strong>Requirements</strong></p><ul>"
                  "<li>SVQ 3 and 2 years of senior practitioner experience</li></ul><p><strong>Salary</strong>"
                  "</p><p>&pound;29,500 &ndash; &pound;31,000 a year, 33 days' holiday and a pension.</p>",
             label=L("Team Leader – Supported Living", "Clyde Valley Care Services", "Wishaw", "North Lanarkshire",
                     "GB", "onsite", "full-time", "lead", 29500, 31000, "GBP", "2026-11-19", "en")),
    ]),
    ("Saigon Riverside Hospitality", "<p>Two riverside hotels in Ho Chi Minh City.</p>", [
        dict(code="F4B5C6D018", title="Reservations Manager", employment="Full-time", city="Ho Chi Minh City",
             region="", country="Vietnam", published="2026-11-08", experience="",
             text="<p>Our 240-room flagship on the Saigon River.</p><p><strong>Responsibilities</strong></p><ul>"
                  "<li>Lead the reservations team of 6 and the group desk</li><li>Rate loading and channel"
                  " manager, OTA parity</li></ul><p><strong>Requirements</strong></p><ul><li>4 years in hotel"
                  " reservations or revenue, fluent English</li></ul><p><strong>Benefits</strong></p><p>VND"
                  " 28,000,000 &ndash; 35,000,000 gross per month, service charge, duty meals and a 13th-month"
                  " salary.</p>",
             label=L("Reservations Manager", "Saigon Riverside Hospitality", "Ho Chi Minh City", None, "VN",
                     "onsite", "full-time", "mid", M(28000000), M(35000000), "VND", "2026-11-08", "en")),
        dict(code="F4B5C6D019", title="Spa Therapist", employment="Full-time", city="Ho Chi Minh City",
             region="", country="Vietnam", published="2026-11-22", experience="",
             text="<p>Our spa has eight treatment rooms and a hammam.</p><p><strong>Duties</strong></p><ul><li>"
                  "Massage, facials and body treatments</li><li>Retail advice and room hygiene</li></ul><p>"
                  "<strong>Requirements</strong></p><ul><li>A spa therapy certificate and 1 year in a hotel or"
                  " day spa</li></ul><p><strong>Pay</strong></p><p>VND 9,500,000 per month plus treatment"
                  " commission and service charge.</p>",
             label=L("Spa Therapist", "Saigon Riverside Hospitality", "Ho Chi Minh City", None, "VN", "onsite",
                     "full-time", "entry", M(9500000), M(9500000), "VND", "2026-11-22", "en")),
    ]),
    ("Autobuses Costa Cántabra", "<p>Transporte urbano e interurbano en Cantabria.</p>", [
        dict(code="F4B5C6D020", title="Conductor/a de autobús – temporada de verano", employment="Seasonal",
             city="Santander", region="Cantabria", country="Spain", published="2026-11-10", experience="",
             text="<p>Refuerzo de líneas de playa y lanzaderas de junio a septiembre.</p><p><strong>Funciones"
                  "</strong></p><ul><li>Conducción de autobuses urbanos y atención a viajeros</li><li>Cobro y"
                  " validación de títulos</li></ul><p><strong>Requisitos</strong></p><ul><li>Carné D y CAP en"
                  " vigor</li></ul><p><strong>Ofrecemos</strong></p><p>1.780 € netos al mes, dietas y"
                  " formación en la flota híbrida.</p>",
             label=L("Conductor/a de autobús – temporada de verano", "Autobuses Costa Cántabra", "Santander",
                     "Cantabria", "ES", "onsite", "contract", None, M(1780), M(1780), "EUR", "2026-11-10", "es")),
        dict(code="F4B5C6D021", title="Jefe/a de tráfico", employment="Full-time", city="Torrelavega",
             region="Cantabria", country="Spain", published="2026-11-24", experience="",
             text="<p>Dirigir la planificación de servicios, cuadrantes y el puesto de regulación de 110"
                  " conductores.</p><p><strong>Requisitos</strong></p><ul><li>5 años en planificación de"
                  " transporte de viajeros y manejo de SAE</li></ul><p><strong>Ofrecemos</strong></p><p>"
                  "Salario a convenir. Bonus anual de hasta 1.500 € por objetivos de puntualidad; gestionarás"
                  " un presupuesto de explotación de 9 millones de euros.</p>",
             label=L("Jefe/a de tráfico", "Autobuses Costa Cántabra", "Torrelavega", "Cantabria", "ES", "onsite",
                     "full-time", "lead", None, None, None, "2026-11-24", "es")),
    ]),
]

# ---------------------------------------------------------------- SmartRecruiters (6)
def sections(company, job, qualifications, additional):
    return [("companyDescription", "Company Description", company), ("jobDescription", "Job Description", job),
            ("qualifications", "Qualifications", qualifications),
            ("additionalInformation", "Additional Information", additional)]


SMARTRECRUITERS = [
    dict(company="Logistique Val de Loire SAS", id="779160100000001", title="Préparateur / Préparatrice de commandes",
         city="Orléans", region="Centre-Val de Loire", country="fr", full="Orléans, Centre-Val de Loire, France",
         released="2026-11-04T08:00:00.000Z", employment="Intérim", experience="Entry Level",
         sections=sections("<p>Entrepôt de 45 000 m² pour la parfumerie et la cosmétique.</p>",
                           "<p>Préparation de commandes à la commande vocale, emballage et contrôle qualité, en"
                           " équipe 5h-12h ou 13h-20h. Mission d'intérim de 6 mois.</p>",
                           "<p>CACES 1 apprécié, débutants acceptés.</p>",
                           "<p>12,10 € brut de l'heure, prime de productivité jusqu'à 120 € par mois, 13e"
                           " mois au prorata et indemnité de fin de mission de 10 %.</p>"),
         label=L("Préparateur / Préparatrice de commandes", "Logistique Val de Loire SAS", "Orléans",
                 "Centre-Val de Loire", "FR", "onsite", "contract", "entry", H(12.10), H(12.10), "EUR",
                 "2026-11-04", "fr")),
    dict(company="Cascade Valley Vision Centers", id="779160100000002", title="Dispensing Optician",
         city="Yakima", region="WA", country="us", full="Yakima, WA, United States",
         released="2026-11-06T17:00:00.000Z", employment="Full-time", experience="Entry Level",
         sections=sections("<p>Eleven optometry clinics in central Washington.</p>",
                           "<p>Help patients choose frames and lenses, take measurements, adjust and repair"
                           " eyewear, and verify orders from the lab.</p>",
                           "<p>A Washington dispensing optician licence, or an apprentice licence and"
                           " willingness to finish it.</p>",
                           "<p>$20.50 – $24.00 per hour, a $300 annual eyewear allowance and a $1,000"
                           " licensing bonus.</p>"),
         label=L("Dispensing Optician", "Cascade Valley Vision Centers", "Yakima", "WA", "US", "onsite",
                 "full-time", "entry", H(20.50), H(24), "USD", "2026-11-06", "en")),
    dict(company="Trasporti Sile S.r.l.", id="779160100000003", title="Impiegato/a ufficio spedizioni",
         city="Treviso", region="Veneto", country="it", full="Treviso, Veneto, Italy",
         released="2026-11-09T09:00:00.000Z", employment="Full-time", experience="Mid-Senior Level",
         sections=sections("<p>Spedizioni groupage e camion completi verso Germania e Austria.</p>",
                           "<p>Organizzazione dei viaggi, gestione vettori, documenti CMR e DDT, rapporti con"
                           " i clienti.</p>",
                           "<p>Diploma, 3 anni di esperienza in ufficio traffico, tedesco o inglese.</p>",
                           "<p>RAL 30.000 – 34.000 €, buoni pasto da 8 € e premio di risultato fino a"
                           " 1.500 €.</p>"),
         label=L("Impiegato/a ufficio spedizioni", "Trasporti Sile S.r.l.", "Treviso", "Veneto", "IT", "onsite",
                 "full-time", "mid", 30000, 34000, "EUR", "2026-11-09", "it")),
    dict(company="Alföld Energia Kft.", id="779160100000004", title="Villanyszerelő",
         city="Kecskemét", region="Bács-Kiskun", country="hu", full="Kecskemét, Bács-Kiskun, Hungary",
         released="2026-11-12T07:00:00.000Z", employment="Full-time", experience="Mid-Senior Level",
         sections=sections("<p>Napelemes rendszereket és ipari villamos hálózatokat építünk.</p>",
                           "<p>Kisfeszültségű hálózatok és elosztószekrények szerelése, napelemes"
                           " rendszerek bekötése, hibaelhárítás.</p>",
                           "<p>Villanyszerelő szakképesítés, 2 év tapasztalat, B kategóriás jogosítvány.</p>",
                           "<p>Bruttó 520 000 – 620 000 Ft/hó, cafeteria évi 200 000 Ft és vidéki munkánál"
                           " napidíj.</p>"),
         label=L("Villanyszerelő", "Alföld Energia Kft.", "Kecskemét", "Bács-Kiskun", "HU", "onsite", "full-time",
                 "mid", M(520000), M(620000), "HUF", "2026-11-12", "hu")),
    dict(company="Hoysala Home Furnishings Pvt Ltd", id="779160100000005", title="Showroom Manager – Furniture",
         city="Hubballi", region="Karnataka", country="in", full="Hubballi, Karnataka, India",
         released="2026-11-16T05:30:00.000Z", employment="Full-time", experience="Mid-Senior Level",
         sections=sections("<p>Furniture and furnishings showrooms in 14 cities of Karnataka and Goa.</p>",
                           "<p>Run a 12,000 sq ft showroom with 10 staff: sales targets, displays, deliveries"
                           " and after-sales service.</p>",
                           "<p>Graduate with 4 years in retail, 1 as a store or showroom manager.</p>",
                           "<p>₹5,40,000 – ₹6,60,000 per annum, plus monthly sales incentives and a ₹2,000"
                           " conveyance allowance.</p>"),
         label=L("Showroom Manager – Furniture", "Hoysala Home Furnishings Pvt Ltd", "Hubballi", "Karnataka", "IN",
                 "onsite", "full-time", "mid", 540000, 660000, "INR", "2026-11-16", "en")),
    dict(company="Atlas Relation Client SARL", id="779160100000006", title="Superviseur(e) plateau – centre d'appels",
         city="Tanger", region="Tanger-Tétouan-Al Hoceïma", country="ma",
         full="Tanger, Tanger-Tétouan-Al Hoceïma, Morocco",
         released="2026-11-20T09:00:00.000Z", employment="Full-time", experience="Mid-Senior Level",
         sections=sections("<p>Centre de relation client francophone de 600 positions.</p>",
                           "<p>Encadrer une équipe de 20 conseillers, suivre la qualité et les indicateurs,"
                           " animer les briefs.</p>",
                           "<p>Bac+2 et 2 ans d'expérience en supervision.</p>",
                           "<p>Rémunération attractive selon profil. Prime de transport de 500 MAD par mois"
                           " et prime d'objectifs jusqu'à 2 000 MAD pour les conseillers de l'équipe.</p>"),
         label=L("Superviseur(e) plateau – centre d'appels", "Atlas Relation Client SARL", "Tanger",
                 "Tanger-Tétouan-Al Hoceïma", "MA", "onsite", "full-time", "mid", None, None, None, "2026-11-20",
                 "fr")),
]

# ---------------------------------------------------------------- Recruitee (6)
RECRUITEE = [
    dict(id=3601001, company="Flevoland Koeltransport B.V.", title="Chauffeur CE – internationaal koeltransport",
         city="Lelystad", state="Flevoland", country="Netherlands", location="Lelystad, Netherlands", on_site=True,
         published="2026-11-03 07:00:00 UTC", employment="fulltime", experience="",
         salary=("2800", "3300", "EUR", "month"),
         text="<p>We rijden gekoelde groente en bloemen naar Duitsland, Scandinavië en Polen.</p><p>Je bent"
              " maandag tot vrijdag onderweg met een nieuwe DAF XG en een Carrier-koeloplegger.</p><p>Rijbewijs"
              " CE, code 95 en een digitale bestuurderskaart; ervaring met koeltransport is een pré.</p><p>"
              "Loon volgens cao Beroepsgoederenvervoer, plus een onkostenvergoeding van € 45 per"
              " overnachting en een ADR-toeslag.</p>",
         label=L("Chauffeur CE – internationaal koeltransport", "Flevoland Koeltransport B.V.", "Lelystad",
                 "Flevoland", "NL", "onsite", "full-time", None, M(2800), M(3300), "EUR", "2026-11-03", "nl")),
    dict(id=3601002, company="Scheldepoort Douane Services", title="Douanedeclarant (m/v/x)", city="Antwerpen",
         state="Noord-Brabant", country="Belgium", location="Antwerpen, Belgium", on_site=True,
         published="2026-11-07 09:00:00 UTC", employment="fulltime", experience="",
         salary=("3200", "3900", "EUR", "month"),
         text="<p>Wij maken jaarlijks 60.000 aangiften voor importeurs en rederijen in de haven.</p><p>Je"
              " maakt invoer-, uitvoer- en transitaangiften in PLDA en NCTS en overlegt met de douane bij"
              " controles.</p><p>Bachelor of 2 jaar ervaring als declarant.</p><p>Bruto maandloon van € 3.200"
              " tot € 3.900, maaltijdcheques van € 8 per dag en een hospitalisatieverzekering.</p>",
         label=L("Douanedeclarant (m/v/x)", "Scheldepoort Douane Services", "Antwerpen", None, "BE", "onsite",
                 "full-time", "mid", M(3200), M(3900), "EUR", "2026-11-07", "nl")),
    dict(id=3601003, company="Tierärztliche Klinik Rhön-Fulda", title="Tiermedizinische Fachangestellte (m/w/d)",
         city="Fulda", state="Hessen", country="Germany", location="Fulda, Germany", on_site=True,
         published="2026-11-11 08:00:00 UTC", employment="fulltime", experience="",
         salary=("2600", "3100", "EUR", "month"),
         text="<p>Kleintierklinik mit 24-Stunden-Notdienst, OP, Röntgen und CT.</p><p>Du assistierst bei"
              " Sprechstunden und Operationen, überwachst Narkosen und betreust stationäre Patienten.</p><p>"
              "Abgeschlossene Ausbildung als TFA.</p><p>Gehalt nach Tarifvertrag für TFA, Nachtdienstzuschlag"
              " von 25 % und 500 € Fortbildungsbudget im Jahr.</p>",
         label=L("Tiermedizinische Fachangestellte (m/w/d)", "Tierärztliche Klinik Rhön-Fulda", "Fulda", "Hessen",
                 "DE", "onsite", "full-time", None, M(2600), M(3100), "EUR", "2026-11-11", "de")),
    dict(id=3601004, company="Skovbo Plejecenter", title="Social- og sundhedsassistent, aftenvagt", city="Silkeborg",
         state="Midtjylland", country="Denmark", location="Silkeborg, Denmark", on_site=True,
         published="2026-11-13 12:00:00 UTC", employment="parttime", experience="",
         salary=("29500", "33000", "DKK", "month"),
         text="<p>Plejecenter med 64 boliger ved Silkeborg Langsø.</p><p>Du giver sygepleje og medicin, og"
              " koordinerer aftenvagten med hjemmeplejen, 30 timer om ugen.</p><p>Uddannet social- og"
              " sundhedsassistent med autorisation.</p><p>Løn efter overenskomst med FOA, aftentillæg og"
              " pension.</p>",
         label=L("Social- og sundhedsassistent, aftenvagt", "Skovbo Plejecenter", "Silkeborg", "Midtjylland", "DK",
                 "onsite", "part-time", None, M(29500), M(33000), "DKK", "2026-11-13", "da")),
    dict(id=3601005, company="Caisse Coopérative du Velay", title="Chargé(e) de clientèle particuliers",
         city="Le Puy-en-Velay", state="Auvergne-Rhône-Alpes", country="France", location="Le Puy-en-Velay, France",
         on_site=True, published="2026-11-17 10:00:00 UTC", employment="fulltime", experience="",
         text="<p>Banque coopérative régionale de 40 agences en Haute-Loire et en Lozère.</p><p>Vous gérez un"
              " portefeuille de 600 clients particuliers : épargne, crédit immobilier et assurance.</p><p>"
              "Bac+2/3 en banque et 2 ans d'expérience commerciale.</p><p>Rémunération selon profil et"
              " convention collective. Intéressement et participation (en moyenne 2 800 € par an) et prime de"
              " cooptation de 1 000 €.</p>",
         label=L("Chargé(e) de clientèle particuliers", "Caisse Coopérative du Velay", "Le Puy-en-Velay",
                 "Auvergne-Rhône-Alpes", "FR", "onsite", "full-time", "mid", None, None, None, "2026-11-17", "fr")),
    dict(id=3601006, company="Bodmin Moor Heritage Estates", title="Estates Gardener", city="Bodmin",
         state="Cornwall", country="United Kingdom", location="Bodmin, United Kingdom", on_site=True,
         published="2026-11-20 09:30:00 UTC", employment="fulltime", experience="",
         salary=("12.60", "13.80", "GBP", "hour"),
         text="<p>We care for a historic house, 30 acres of gardens and a walled kitchen garden.</p><p>Mowing,"
              " pruning, planting and glasshouse work, with help at weddings and open days.</p><p>RHS Level 2"
              " or similar and a chainsaw ticket are welcome.</p><p>Hourly rate as above, 37.5 hours a week,"
              " and a £150 clothing allowance.</p>",
         label=L("Estates Gardener", "Bodmin Moor Heritage Estates", "Bodmin", "Cornwall", "GB", "onsite",
                 "full-time", None, H(12.60), H(13.80), "GBP", "2026-11-20", "en")),
]

# ---------------------------------------------------------------- Personio (6, three employers)
PERSONIO = [
    ("Dachstein Bergbahnen GmbH", [
        dict(id=4201001, office="Schladming", department="Pistenbetrieb", title="Pistengerätefahrer:in (m/w/d)",
             blocks=[("Deine Aufgaben", "<p>Präparieren der Pisten mit Windenpistengeräten in der Nacht,"
                                        " Schneitechnik und Wartung der Fahrzeuge.</p>"),
                     ("Dein Profil", "<p>Führerschein B, technisches Verständnis und 2 Winter Erfahrung am"
                                     " Pistengerät.</p>"),
                     ("Wir bieten", "<p>KV-Lohn ab 2.890 € brutto pro Monat, 14 Gehälter, Überzahlung je nach"
                                    " Qualifikation, dazu Saisonkarte und Personalzimmer um 150 € im Monat.</p>")],
             contract="permanent", seniority="", schedule="full-time", created="2026-11-04T08:00:00+01:00",
             label=L("Pistengerätefahrer:in (m/w/d)", "Dachstein Bergbahnen GmbH", "Schladming", None, "AT", None,
                     "full-time", "mid", M(2890, 14), None, "EUR", "2026-11-04", "de")),
        dict(id=4201002, office="Ramsau am Dachstein", department="Kassa", title="Saisonkraft Kassa (m/w/d)",
             blocks=[("Deine Aufgaben", "<p>Verkauf von Liftkarten, Beratung unserer Gäste und"
                                        " Kassenabrechnung, Dezember bis April.</p>"),
                     ("Dein Profil", "<p>Freundliches Auftreten, Deutsch und Englisch.</p>"),
                     ("Wir bieten", "<p>1.980 € brutto monatlich für die Saison, Saisonkarte für dich und"
                                    " eine Prämie von 300 € bei Saisonende.</p>")],
             contract="temporary", seniority="", schedule="full-time", created="2026-11-12T09:00:00+01:00",
             label=L("Saisonkraft Kassa (m/w/d)", "Dachstein Bergbahnen GmbH", "Ramsau am Dachstein", None, "AT",
                     None, "contract", None, M(1980), M(1980), "EUR", "2026-11-12", "de")),
    ]),
    ("Förde Fahrradmanufaktur GmbH", [
        dict(id=4201003, office="Kiel", department="Werkstatt", title="Zweiradmechatroniker:in (m/w/d)",
             blocks=[("Deine Aufgaben", "<p>Montage, Inspektion und Reparatur von E-Bikes und"
                                        " Lastenrädern, Diagnose mit Bosch- und Shimano-Software.</p>"),
                     ("Dein Profil", "<p>Ausbildung als Zweiradmechatroniker:in, gern mit 1 Jahr"
                                     " Berufserfahrung.</p>"),
                     ("Wir bieten", "<p>16,80 € brutto pro Stunde, 40 Stunden pro Woche, Dienstrad-Leasing"
                                    " und 40 € Werkzeugzuschuss im Monat.</p>")],
             contract="permanent", seniority="", schedule="full-time", created="2026-11-06T10:00:00+01:00",
             label=L("Zweiradmechatroniker:in (m/w/d)", "Förde Fahrradmanufaktur GmbH", "Kiel", None, "DE", None,
                     "full-time", "entry", H(16.80), H(16.80), "EUR", "2026-11-06", "de")),
        dict(id=4201004, office="Neumünster", department="Lager", title="Lagerist:in Ersatzteillager (m/w/d)",
             blocks=[("Deine Aufgaben", "<p>Wareneingang, Kommissionierung und Versand von Ersatzteilen an"
                                        " 120 Fachhändler.</p>"),
                     ("Dein Profil", "<p>Erfahrung im Lager und ein Staplerschein.</p>"),
                     ("Wir bieten", "<p>2.650 € brutto im Monat, Urlaubs- und Weihnachtsgeld und ein"
                                    " Jobticket.</p>")],
             contract="permanent", seniority="", schedule="full-time", created="2026-11-19T07:30:00+01:00",
             label=L("Lagerist:in Ersatzteillager (m/w/d)", "Förde Fahrradmanufaktur GmbH", "Neumünster", None, "DE",
                     None, "full-time", None, M(2650), M(2650), "EUR", "2026-11-19", "de")),
    ]),
    ("Centros Deportivos Baix Vinalopó S.L.", [
        dict(id=4201005, office="Elche", department="Instalaciones acuáticas", title="Socorrista acuático/a",
             blocks=[("Funciones", "<p>Vigilancia de la piscina cubierta, primeros auxilios y control de la"
                                   " calidad del agua.</p>"),
                     ("Requisitos", "<p>Título de socorrista acuático en vigor e inscripción en el registro"
                                    " de la Comunitat Valenciana.</p>"),
                     ("Ofrecemos", "<p>Media jornada de tarde, 11,20 € brutos la hora y acceso gratuito a"
                                   " las instalaciones.</p>")],
             contract="permanent", seniority="", schedule="part-time", created="2026-11-09T11:00:00+01:00",
             label=L("Socorrista acuático/a", "Centros Deportivos Baix Vinalopó S.L.", "Elche", None, "ES", None,
                     "part-time", None, H(11.20), H(11.20), "EUR", "2026-11-09", "es")),
        dict(id=4201006, office="Orihuela", department="Fitness", title="Monitor/a de sala fitness",
             blocks=[("Funciones", "<p>Atención en sala, planes de entrenamiento y clases de ciclo indoor.</p>"),
                     ("Requisitos", "<p>TSEAS o grado en CAFD y 1 año de experiencia en gimnasio.</p>"),
                     ("Ofrecemos", "<p>Jornada completa, 1.420 € brutos al mes en 14 pagas y un plus de"
                                   " 10 € por clase dirigida adicional.</p>")],
             contract="permanent", seniority="", schedule="full-time", created="2026-11-23T10:00:00+01:00",
             label=L("Monitor/a de sala fitness", "Centros Deportivos Baix Vinalopó S.L.", "Orihuela", None, "ES",
                     None, "full-time", "entry", M(1420, 14), M(1420, 14), "EUR", "2026-11-23", "es")),
    ]),
]

# ---------------------------------------------------------------- Teamtailor (6, three feeds)
TEAMTAILOR = [
    ("Jobb hos Sunnmøre Båtverft", "sunnmorebatverft.teamtailor.com", [
        dict(id="1610001", company="Sunnmøre Båtverft AS", title="Platearbeider / sveiser – aluminium",
             employment="FULL_TIME",
             addresses=[{"addressLocality": "Ålesund", "addressRegion": "Møre og Romsdal", "postalCode": "6020",
                         "addressCountry": "NO"}],
             published="2026-11-03T08:00:00+01:00", salary=("NOK", "HOUR", 265, 305),
             text="<p>Vi bygger arbeidsbåter og hurtigbåter i aluminium for havbruk og passasjertrafikk.</p><p>Du"
                  " tilpasser, sveiser (MIG/TIG) og monterer skrog og overbygg etter tegning.</p><p>Fagbrev som"
                  " platearbeider eller sveisesertifikat etter ISO 9606-2.</p><p>Timelønn etter erfaring,"
                  " overtidstillegg og 12 % feriepenger; skiftillegg 45 kr per time på kveld.</p>",
             label=L("Platearbeider / sveiser – aluminium", "Sunnmøre Båtverft AS", "Ålesund", "Møre og Romsdal",
                     "NO", "onsite", "full-time", None, H(265), H(305), "NOK", "2026-11-03", "no")),
        dict(id="1610002", company="Sunnmøre Båtverft AS", title="Prosjektleder nybygg",
             employment="FULL_TIME",
             addresses=[{"addressLocality": "Ålesund", "addressRegion": "Møre og Romsdal", "postalCode": "6020",
                         "addressCountry": "NO"}],
             published="2026-11-17T09:00:00+01:00", salary=("NOK", "YEAR", 780000, 900000),
             text="<p>Du leder bygging av to til tre fartøy om gangen, fra kontrakt til levering.</p><p>Ansvar"
                  " for framdrift, kostnader, innkjøp og kontakt med rederi og klasse.</p><p>Ingeniør eller"
                  " tilsvarende, og minst 5 års erfaring fra skipsbygging eller offshore.</p><p>Årslønn"
                  " 780 000–900 000 kr, bonusordning og fri telefon.</p>",
             label=L("Prosjektleder nybygg", "Sunnmøre Båtverft AS", "Ålesund", "Møre og Romsdal", "NO", "onsite",
                     "full-time", "senior", 780000, 900000, "NOK", "2026-11-17", "no")),
    ]),
    ("Careers at Severn Vale Schools Trust", "severnvale.teamtailor.com", [
        dict(id="1610003", company="Severn Vale Schools Trust", title="Cover Supervisor",
             employment="PART_TIME",
             addresses=[{"addressLocality": "Tetbury", "addressRegion": "Gloucestershire", "postalCode": "GL8 8HD",
                         "addressCountry": "GB"}],
             published="2026-11-05T10:00:00+00:00", salary=("GBP", "YEAR", 19850, 21400),
             text="<p>A 1,100-pupil secondary school in the Cotswolds.</p><p>Supervise classes with work set by"
                  " absent teachers, keep behaviour on track and support exam invigilation.</p><p>Experience"
                  " working with young people; GCSE English and maths.</p><p>Term time only, 32.5 hours a week."
                  " The salary shown is the actual salary, NJC points 7–11 pro rata.</p>",
             label=L("Cover Supervisor", "Severn Vale Schools Trust", "Tetbury", "Gloucestershire", "GB",
                     "onsite", "part-time", None, 19850, 21400, "GBP", "2026-11-05", "en")),
        dict(id="1610004", company="Severn Vale Schools Trust", title="Teacher of Food Technology",
             employment="FULL_TIME",
             addresses=[{"addressLocality": "Tewkesbury", "addressRegion": "Gloucestershire", "postalCode": "GL20 5DT",
                         "addressCountry": "GB"}],
             published="2026-11-20T11:00:00+00:00",
             text="<p>Teach food preparation and nutrition at KS3 and GCSE in a newly fitted food room.</p><p>"
                  "Plan practical lessons, moderate NEA and run the after-school cooking club.</p><p>QTS; ECTs"
                  " are welcome to apply.</p><p>Salary: MPS/UPS, £32,916 – £51,048. A TLR 2b of £3,214 is"
                  " available separately for the Head of Technology post.</p>",
             label=L("Teacher of Food Technology", "Severn Vale Schools Trust", "Tewkesbury", "Gloucestershire", "GB",
                     "onsite", "full-time", None, 32916, 51048, "GBP", "2026-11-20", "en")),
    ]),
    ("Pohjanmaan Rakennus – avoimet työpaikat", "pohjanmaanrakennus.teamtailor.com", [
        dict(id="1610005", company="Pohjanmaan Rakennus Oy", title="Kirvesmies",
             employment="FULL_TIME",
             addresses=[{"addressLocality": "Vaasa", "addressRegion": "Pohjanmaa", "postalCode": "65100",
                         "addressCountry": "FI"}],
             published="2026-11-09T08:00:00+02:00", salary=("EUR", "HOUR", 16.20, 19.40),
             text="<p>Rakennamme asuinkerrostaloja ja hoivakoteja Vaasan seudulla.</p><p>Muottityöt, runko- ja"
                  " sisävalmistusvaiheen puutyöt.</p><p>Alan ammattitutkinto tai vastaava kokemus,"
                  " työturvallisuuskortti.</p><p>Palkka rakennusalan TES:n mukaan, 16,20–19,40 €/h, ja"
                  " työkalukorvaus 1,30 € päivässä.</p>",
             label=L("Kirvesmies", "Pohjanmaan Rakennus Oy", "Vaasa", "Pohjanmaa", "FI", "onsite", "full-time", None,
                     H(16.20), H(19.40), "EUR", "2026-11-09", "fi")),
        dict(id="1610006", company="Pohjanmaan Rakennus Oy", title="Työmaamestari",
             employment="FULL_TIME",
             addresses=[{"addressLocality": "Seinäjoki", "addressRegion": "Etelä-Pohjanmaa", "postalCode": "60100",
                         "addressCountry": "FI"}],
             published="2026-11-24T09:00:00+02:00", salary=("EUR", "MONTH", 3900, 4600),
             text="<p>Johdat kerrostalotyömaan päivittäistä työtä ja aliurakoitsijoita.</p><p>Aikataulut,"
                  " hankinnat, laatu- ja turvallisuusvalvonta.</p><p>Rakennusinsinööri tai -mestari ja vähintään"
                  " 5 vuoden kokemus työmaatehtävistä.</p><p>Kuukausipalkka 3 900–4 600 €, autoetu ja"
                  " tulospalkkio.</p>",
             label=L("Työmaamestari", "Pohjanmaan Rakennus Oy", "Seinäjoki", "Etelä-Pohjanmaa", "FI", "onsite",
                     "full-time", "senior", M(3900), M(4600), "EUR", "2026-11-24", "fi")),
    ]),
]

# ---------------------------------------------------------------- Breezy (6, three employers; pay is a phrase)
BREEZY = [
    ("Lone Star Fence & Gate", [
        dict(id="tx1a2b3c4d01", title="Fence Installer", type="Full-Time", city="San Antonio", state="Texas",
             country="United States", place="San Antonio, TX", published="2026-11-05T15:00:00.000Z",
             salary="$17 - $22 / hour",
             label=L("Fence Installer", "Lone Star Fence & Gate", "San Antonio", "TX", "US", "onsite", "full-time",
                     None, H(17), H(22), "USD", "2026-11-05", "en")),
        dict(id="tx1a2b3c4d02", title="Office Coordinator", type="Full-Time", city="New Braunfels", state="Texas",
             country="United States", place="New Braunfels, TX", published="2026-11-18T16:00:00.000Z",
             label=L("Office Coordinator", "Lone Star Fence & Gate", "New Braunfels", "TX", "US", "onsite",
                     "full-time", None, None, None, None, "2026-11-18", "en")),
    ]),
    ("Coastal Sparks Electrical", [
        dict(id="nsw2b3c4d5e01", title="Electrical Apprentice (2nd Year)", type="Full-Time", city="Newcastle",
             state="New South Wales", country="Australia", place="Newcastle, NSW", published="2026-11-08T01:00:00.000Z",
             salary="$22 - $26 / hour",
             label=L("Electrical Apprentice (2nd Year)", "Coastal Sparks Electrical", "Newcastle", "NSW", "AU",
                     "onsite", "full-time", "entry", H(22), H(26), "AUD", "2026-11-08", "en")),
        dict(id="nsw2b3c4d5e02", title="A-Grade Electrician - Commercial", type="Full-Time", city="Maitland",
             state="New South Wales", country="Australia", place="Maitland, NSW", published="2026-11-21T02:00:00.000Z",
             salary="$85,000 - $98,000 / year",
             label=L("A-Grade Electrician - Commercial", "Coastal Sparks Electrical", "Maitland", "NSW", "AU",
                     "onsite", "full-time", None, 85000, 98000, "AUD", "2026-11-21", "en")),
    ]),
    ("Penang Precision Components Sdn Bhd", [
        dict(id="my3c4d5e6f01", title="Quality Inspector (CMM)", type="Full-Time", city="Bayan Lepas",
             state="Penang", country="Malaysia", place="Bayan Lepas, Penang", published="2026-11-10T03:00:00.000Z",
             salary="RM 2,300 - RM 2,800 / month",
             label=L("Quality Inspector (CMM)", "Penang Precision Components Sdn Bhd", "Bayan Lepas", "Penang", "MY",
                     "onsite", "full-time", None, M(2300), M(2800), "MYR", "2026-11-10", "en")),
        dict(id="my3c4d5e6f02", title="Production Supervisor - Machining", type="Full-Time", city="Bukit Mertajam",
             state="Penang", country="Malaysia", place="Bukit Mertajam, Penang", published="2026-11-25T04:00:00.000Z",
             salary="RM 4,500 - RM 5,500 / month",
             label=L("Production Supervisor - Machining", "Penang Precision Components Sdn Bhd", "Bukit Mertajam",
                     "Penang", "MY", "onsite", "full-time", None, M(4500), M(5500), "MYR", "2026-11-25", "en")),
    ]),
]

# ---------------------------------------------------------------- Hacker News (6)
def hn_text(first, *paragraphs):
    return first + "".join("<p>" + p for p in paragraphs)


HN = [
    dict(id=49300001, author="flatironmicrogrid", created="2026-11-02T15:40:00.000Z",
         text=hn_text("Flatiron Microgrid | Senior Power Electronics Engineer | Boulder, CO | Onsite | Full-time |"
                      " $160k\u2013$190k",
                      "Bidirectional inverters for community microgrids and EV depots. SiC designs from 50 to"
                      " 250 kW, magnetics, gate drives and UL 1741 testing in our own lab.",
                      "Relocation help up to $10k."),
         label=L("Senior Power Electronics Engineer", "Flatiron Microgrid", "Boulder", "CO", "US", "onsite",
                 "full-time", "senior", 160000, 190000, "USD", "2026-11-02", "en")),
    dict(id=49300002, author="olivewood_dx", created="2026-11-02T18:05:00.000Z",
         text=hn_text("Olivewood Diagnostics | ML Engineer (Medical Imaging) | Haifa, Israel | Hybrid | Full-time |"
                      " \u20aa28,000\u2013\u20aa36,000 per month",
                      "CT and MRI triage models in use at 40 hospitals. PyTorch, MONAI, DICOM pipelines. 3+"
                      " years shipping ML models."),
         label=L("ML Engineer (Medical Imaging)", "Olivewood Diagnostics", "Haifa", None, "IL", "hybrid",
                 "full-time", "mid", M(28000), M(36000), "ILS", "2026-11-02", "en")),
    dict(id=49300003, author="hakata_ledger", created="2026-11-03T02:20:00.000Z",
         text=hn_text("Hakata Ledger | Backend Engineer (Kotlin) | Fukuoka, Japan | Hybrid | Full-time |"
                      " \u00a56.5M\u2013\u00a59M",
                      "Accounting SaaS for 20,000 small businesses in Kyushu. Kotlin, Spring Boot, PostgreSQL."
                      " Japanese at business level; visa sponsorship available."),
         label=L("Backend Engineer (Kotlin)", "Hakata Ledger", "Fukuoka", None, "JP", "hybrid", "full-time", None,
                 6500000, 9000000, "JPY", "2026-11-03", "en")),
    dict(id=49300004, author="loesshills", created="2026-11-03T14:10:00.000Z",
         text=hn_text("Loess Hills Robotics | Robot Deployment Technician | Des Moines, IA | Onsite, 60% travel |"
                      " Full-time | DOE",
                      "Autonomous feed-pushing and barn-cleaning robots for dairy and hog farms. You install and"
                      " commission robots on farms across the Midwest. 2+ years fixing ag equipment or"
                      " industrial automation.",
                      "Per diem of $65/day while travelling; we raised a $22M Series A in August."),
         label=L("Robot Deployment Technician", "Loess Hills Robotics", "Des Moines", "IA", "US", "onsite",
                 "full-time", "mid", None, None, None, "2026-11-03", "en")),
    dict(id=49300005, author="amberlane", created="2026-11-04T09:30:00.000Z",
         text=hn_text("Amberlane Logistics | Frontend Engineer (TypeScript) | Vilnius, Lithuania | REMOTE (EU) |"
                      " Full-time | \u20ac4,000\u2013\u20ac5,500/month gross",
                      "Route planning and proof-of-delivery for 300 Baltic and Nordic carriers. React,"
                      " TypeScript, MapLibre. We meet in Vilnius once a quarter."),
         label=L("Frontend Engineer (TypeScript)", "Amberlane Logistics", "Vilnius", None, "LT", "remote",
                 "full-time", None, M(4000), M(5500), "EUR", "2026-11-04", "en")),
    dict(id=49300006, author="cajueirosaude", created="2026-11-04T17:45:00.000Z",
         text=hn_text("Cajueiro Sa\u00fade | Engenheiro(a) de Dados | S\u00e3o Paulo, SP | Hybrid | CLT |"
                      " R$ 14.000\u2013R$ 18.000/m\u00eas",
                      "Dados de 1,2 milh\u00e3o de pacientes de cl\u00ednicas populares. dbt, BigQuery, Airflow."
                      " 5+ anos com engenharia de dados."),
         label=L("Engenheiro(a) de Dados", "Cajueiro Saúde", "São Paulo", "SP", "BR", "hybrid", "full-time",
                 "senior", M(14000), M(18000), "BRL", "2026-11-04", "pt")),
]


def main():
    setwriter.write_set(sys.modules[__name__], "fresh16", "hn-2026-11.json", 49300000)
    if not setwriter.check_set(sys.modules[__name__], "fresh16"):
        sys.exit(1)


if __name__ == "__main__":
    main()
