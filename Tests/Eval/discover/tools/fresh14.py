#!/usr/bin/env python3
"""Writes Tests/Eval/discover/fresh14: 96 postings written one by one, six per
source kind over all sixteen kinds, shaped like an ordinary user's discover
traffic (as fresh9 to fresh13 are, with other employers, places, professions
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
Run: python3 Tests/Eval/discover/tools/fresh14.py
"""
import sys

import setwriter
from setwriter import H, D, W, M
from fresh2 import L


# ---------------------------------------------------------------- Greenhouse (6)
GREENHOUSE = [
    dict(id=9080400001, company="Sangamon Ridge Medical Center", title="Respiratory Therapist (RRT) - Nights",
         location="Peoria, IL", meta={"Workplace Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-02T09:15:00-06:00", pay=(34, 47, "USD", "Base hourly rate"),
         text="<p>Sangamon Ridge is a 312-bed regional medical center with a Level II trauma service and a"
              " 24-bed medical ICU.</p><h3>Your shift</h3><ul><li>Three 12-hour nights a week (7p&ndash;7a),"
              " every third weekend</li><li>Ventilator management, ABGs, BiPAP and high-flow set-ups in the ICU"
              " and on the floors</li><li>Respond to rapid responses and codes; neonatal deliveries after"
              " orientation</li></ul><h3>Requirements</h3><ul><li>RRT credential through the NBRC and an"
              " Illinois respiratory care license</li><li>BLS and ACLS; NRP within 90 days</li><li>1+ year of"
              " acute-care experience</li></ul><h3>Pay and benefits</h3><p>The range shown is the base hourly"
              " rate. Nights add a $5.00/hr differential and weekends a further $2.50/hr. New hires receive a"
              " $7,500 sign-on bonus (half after 90 days, half after a year), tuition reimbursement of up to"
              " $5,250 a year and a 6% 401(k) match.</p>",
         label=L("Respiratory Therapist (RRT) - Nights", "Sangamon Ridge Medical Center", "Peoria", "IL", "US",
                 "onsite", "full-time", "entry", H(34), H(47), "USD", "2026-11-02", "en")),
    dict(id=9080400002, company="Wearside Building Services Ltd", title="Commercial Gas Engineer",
         location="Sunderland, Tyne and Wear", meta={"Location Type": "On-site", "Employment Type": "Permanent"},
         published="2026-11-05T08:00:00+00:00",
         text="<p>Wearside maintains heating, hot water and catering gas plant for schools, care homes and"
              " offices across the North East, with 38 engineers on the road.</p><h3>The role</h3><ul><li>Planned"
              " maintenance and reactive breakdowns on commercial boilers up to 2 MW</li><li>Gas safety"
              " certificates, tightness tests and purges (IGE/UP/1 and 1A)</li><li>Plant room commissioning"
              " with our projects team</li></ul><h3>What you need</h3><ul><li>ACS commercial tickets (COCN1,"
              " CODNCO1, CDGA1, ICPN1)</li><li>3 years in commercial gas service</li><li>Full UK driving"
              " licence</li></ul><h3>Package</h3><table><tr><th></th><th></th></tr><tr><td>Basic salary</td>"
              "<td>&pound;41,000 &ndash; &pound;45,500</td></tr><tr><td>Call-out rota (1 in 6)</td><td>&pound;150"
              " per week on call plus time and a half</td></tr><tr><td>Annual quality bonus</td><td>up to"
              " &pound;3,000</td></tr><tr><td>Vehicle</td><td>Van, fuel card and tablet</td></tr></table>"
              "<p>33 days' holiday including bank holidays and a 5% matched pension.</p>",
         label=L("Commercial Gas Engineer", "Wearside Building Services Ltd", "Sunderland", "Tyne and Wear", "GB",
                 "onsite", "full-time", "mid", 41000, 45500, "GBP", "2026-11-05", "en")),
    dict(id=9080400003, company="Lahntal Papierwerke GmbH", title="Industriemechaniker:in Instandhaltung (m/w/d)",
         location="Wetzlar, Hessen", meta={"Workplace Type": "Vor Ort", "Employment Type": "Vollzeit"},
         published="2026-11-09T07:30:00+01:00",
         text="<p>Wir produzieren an zwei Papiermaschinen jährlich 280.000 Tonnen Wellpappenrohpapier aus"
              " Altpapier.</p><h3>Ihre Aufgaben</h3><ul><li>Wartung, Inspektion und Instandsetzung von"
              " Pumpen, Getrieben, Walzen und Hydraulikaggregaten</li><li>Störungsbeseitigung im"
              " Vollkonti-Schichtbetrieb</li><li>Mitarbeit bei Stillständen und Umbauten</li></ul><h3>Ihr"
              " Profil</h3><ul><li>Abgeschlossene Ausbildung als Industriemechaniker:in oder vergleichbar</li>"
              "<li>Mindestens 2 Jahre Berufserfahrung in der Instandhaltung</li><li>Bereitschaft zur"
              " Schichtarbeit</li></ul><h3>Wir bieten</h3><p>Vergütung nach dem Tarifvertrag der"
              " Papierindustrie: Stundenlohn 22,40 € brutto, dazu Schichtzulagen von rund 450 € im Monat,"
              " Urlaubs- und Weihnachtsgeld sowie eine arbeitgeberfinanzierte Betriebsrente.</p>",
         label=L("Industriemechaniker:in Instandhaltung (m/w/d)", "Lahntal Papierwerke GmbH", "Wetzlar", "Hessen",
                 "DE", "onsite", "full-time", "mid", H(22.40), H(22.40), "EUR", "2026-11-09", "de")),
    dict(id=9080400004, company="Nyeri Hill Mission Hospital", title="Clinical Officer – Outpatient Department",
         location="Nyeri, Kenya", meta={"Location Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-11T10:00:00+03:00",
         text="<p>Nyeri Hill is a 180-bed faith-based hospital serving Nyeri and Laikipia counties, with"
              " a busy outpatient department seeing about 400 patients a day.</p><h3>Key duties</h3><ul><li>"
              "Assess, diagnose and treat outpatients, and refer to medical officers where needed</li><li>Run"
              " the HIV and diabetes follow-up clinics two days a week</li><li>Take part in the night call"
              " rota</li></ul><h3>Requirements</h3><ul><li>Diploma in Clinical Medicine and Surgery and a"
              " valid practising licence from the Clinical Officers Council</li><li>At least 2 years after"
              " internship</li></ul><h3>Terms</h3><p>Gross salary of KES 85,000 &ndash; 110,000 per month,"
              " a night call allowance of KES 2,500 per call, NHIF and pension contributions, and a"
              " CPD allowance of KES 20,000 a year.</p>",
         label=L("Clinical Officer – Outpatient Department", "Nyeri Hill Mission Hospital", "Nyeri", None, "KE",
                 "onsite", "full-time", "mid", M(85000), M(110000), "KES", "2026-11-11", "en")),
    dict(id=9080400005, company="Sanand Auto Castings Pvt Ltd", title="Plant HR Executive",
         location="Sanand, Gujarat", meta={"Location Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-16T11:30:00+05:30",
         text="<p>Sanand Auto Castings makes grey and ductile iron castings for tractor and commercial-vehicle"
              " makers, with 1,150 employees across two foundries.</p><h3>What you will handle</h3><ul><li>"
              "Time office, attendance and contract-labour compliance (CLRA, Factories Act)</li><li>Monthly"
              " payroll inputs, PF and ESIC</li><li>Canteen, transport and the shop-floor grievance"
              " committee</li></ul><h3>Profile</h3><ul><li>MSW or MBA (HR) with 3&ndash;5 years in a"
              " manufacturing plant</li><li>Fluent Gujarati and Hindi</li></ul><h3>Compensation</h3><p>As per"
              " industry standards. The plant subsidises canteen meals at &#8377; 1,800 per employee a month"
              " and has a training budget of &#8377; 12 lakh for the year.</p>",
         label=L("Plant HR Executive", "Sanand Auto Castings Pvt Ltd", "Sanand", "Gujarat", "IN", "onsite",
                 "full-time", "mid", None, None, None, "2026-11-16", "en")),
    dict(id=9080400006, company="Tantramar Seniors' Residence", title="Licensed Practical Nurse - Long Term Care",
         location="Sackville, NB", meta={"Workplace Type": "On-site", "Employment Type": "Part-time"},
         published="2026-11-19T09:00:00-04:00", pay=(30, 36, "CAD", "Hourly wage"),
         text="<p>Tantramar Seniors' Residence is a 70-bed not-for-profit nursing home in Sackville.</p>"
              "<h3>About the position</h3><p>A 0.6 FTE rotating position (days and evenings, every second"
              " weekend) on our secure memory-care unit.</p><ul><li>Medication administration and"
              " treatments</li><li>Care planning with the RN and families</li><li>Supervise resident"
              " attendants on your shift</li></ul><h3>Qualifications</h3><ul><li>Registration with the"
              " Association of New Brunswick LPNs</li><li>Long-term care experience is an asset</li></ul>"
              "<h3>Benefits</h3><p>Wages follow the NBNHU collective agreement. Pro-rated health and dental,"
              " a defined-benefit pension and a $1,000 relocation allowance for nurses moving to the"
              " area.</p>",
         label=L("Licensed Practical Nurse - Long Term Care", "Tantramar Seniors' Residence", "Sackville", "NB",
                 "CA", "onsite", "part-time", None, H(30), H(36), "CAD", "2026-11-19", "en")),
]

# ---------------------------------------------------------------- Lever (6, three employers)
LEVER = [
    dict(company="Coastal Bend Title & Escrow", id="f14b0c1d-0001-4e00-9000-000000005001",
         title="Escrow Officer", location="Corpus Christi, TX", country="US", workplace="onsite",
         commitment="Full-time", created="2026-11-03T16:00:00Z", salary=("USD", "per-year-salary", 62000, 78000),
         text="Coastal Bend Title closes residential and commercial real estate transactions in Nueces, San"
              " Patricio and Kleberg counties.\n\nWhat you will do\nManage a pipeline of 40-60 files from"
              " contract to funding, prepare closing disclosures and settlement statements, and run closings"
              " with buyers, sellers and lenders.\n\nWhat you bring\n5 years as an escrow officer or closer, a"
              " Texas escrow officer license and a calm voice on the phone.\n\nBenefits\nThe salary above is"
              " base; officers also earn $35 per closed file over 45 a month. Medical, dental, a 401(k) with a"
              " 3% match and your birthday off.",
         label=L("Escrow Officer", "Coastal Bend Title & Escrow", "Corpus Christi", "TX", "US", "onsite",
                 "full-time", "senior", 62000, 78000, "USD", "2026-11-03", "en")),
    dict(company="Coastal Bend Title & Escrow", id="f14b0c1d-0002-4e00-9000-000000005002",
         title="Title Examiner", location="Harlingen, TX", country="US", workplace="hybrid",
         commitment="Full-time", created="2026-11-17T15:30:00Z",
         text="Examine title searches and abstracts, clear requirements and prepare commitments for our"
              " Rio Grande Valley office.\n\nTwo years of title examination in Texas; knowledge of"
              " Cameron and Hidalgo county records is a plus.\n\nHybrid: three days in the Harlingen office.\n\n"
              "Compensation\nCompetitive base. Examiners share a $25 bonus for every file closed without a"
              " curative delay; the office closed 6,400 files last year.",
         label=L("Title Examiner", "Coastal Bend Title & Escrow", "Harlingen", "TX", "US", "hybrid", "full-time",
                 "mid", None, None, None, "2026-11-17", "en")),
    dict(company="Aroha Early Learning", id="f14b0c1d-0003-4e00-9000-000000005003",
         title="Qualified ECE Teacher", location="Palmerston North", country="NZ", workplace="onsite",
         commitment="Full-time", created="2026-11-05T01:00:00Z",
         text="Aroha runs five community-owned early learning centres in Manawatū.\n\nThe role\nPlan and"
              " teach in our over-twos room with three other teachers, keep learning stories in Storypark and"
              " build strong relationships with whānau.\n\nAbout you\nA Bachelor of Teaching (ECE) and full or"
              " provisional certification with the Teaching Council.\n\nPay\nNZ$32.05 - NZ$38.64 per hour,"
              " placed on the pay-parity steps by qualification and experience, plus a $400 a year PD fund"
              " and 50% off fees for your own children.",
         label=L("Qualified ECE Teacher", "Aroha Early Learning", "Palmerston North", None, "NZ", "onsite",
                 "full-time", None, H(32.05), H(38.64), "NZD", "2026-11-05", "en")),
    dict(company="Aroha Early Learning", id="f14b0c1d-0004-4e00-9000-000000005004",
         title="Centre Manager", location="Whanganui", country="NZ", workplace="onsite",
         commitment="Full-time", created="2026-11-20T02:00:00Z", salary=("NZD", "per-year-salary", 78000, 88000),
         text="Lead our 60-place centre in Whanganui, its team of 12 teachers and its budget.\n\nYou will"
              " keep us compliant with the licensing criteria, coach teachers, manage rosters and enrolments"
              " and report to the board each month.\n\nAt least 5 years in early childhood education, two of"
              " them leading a team, and full teacher certification.\n\nThe centre's annual operating budget"
              " is about $1.1M; the role includes a $3,000 leadership development allowance.",
         label=L("Centre Manager", "Aroha Early Learning", "Whanganui", None, "NZ", "onsite", "full-time", "senior",
                 78000, 88000, "NZD", "2026-11-20", "en")),
    dict(company="Kestrel Aviation Ground Services", id="f14b0c1d-0005-4e00-9000-000000005005",
         title="Ramp Agent (25 hours)", location="Stansted, Essex", country="GB", workplace="onsite",
         commitment="Part-time", created="2026-11-06T11:00:00Z",
         text="We handle 70 turnarounds a day at London Stansted for three low-cost and two cargo"
              " airlines.\n\nWhat you'll do\nLoad and unload baggage and cargo, marshal and push back"
              " aircraft, and operate belt loaders and tugs.\n\nYou need\nA full UK driving licence, the right"
              " to work in the UK, a 5-year checkable history for airside security and the ability to lift"
              " 23 kg.\n\nPay\n£12.85 per hour, plus a 15% shift allowance for rosters including nights,"
              " free staff parking and a £250 refer-a-friend bonus.",
         label=L("Ramp Agent (25 hours)", "Kestrel Aviation Ground Services", "Stansted", "Essex", "GB", "onsite",
                 "part-time", None, H(12.85), H(12.85), "GBP", "2026-11-06", "en")),
    dict(company="Kestrel Aviation Ground Services", id="f14b0c1d-0006-4e00-9000-000000005006",
         title="Duty Manager - Ground Operations", location="Belfast, Northern Ireland", country="GB",
         workplace="onsite", commitment="Full-time", created="2026-11-23T10:00:00Z",
         salary=("GBP", "per-year-salary", 36500, 40000),
         text="Run the shift at Belfast International: staffing, on-time performance and safety on the ramp"
              " and at the check-in desks.\n\nYou have 3 years supervising a ramp or passenger services team"
              " and know IATA AHM procedures.\n\nRotating early and late shifts; a duty allowance of £1,800 a"
              " year and a company pension.",
         label=L("Duty Manager - Ground Operations", "Kestrel Aviation Ground Services", "Belfast",
                 "Northern Ireland", "GB", "onsite", "full-time", "mid", 36500, 40000, "GBP", "2026-11-23", "en")),
]

# ---------------------------------------------------------------- Ashby (6)
ASHBY = [
    dict(company="Nordhavn Offshore Services", id="b1400000-0000-4000-8000-000000005001",
         title="Stevedore / Havnearbejder", location="Esbjerg, Denmark",
         address={"addressLocality": "Esbjerg", "addressRegion": "Region Syddanmark", "addressCountry": "Denmark"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-04T08:00:00.000+01:00",
         comp=("DKK", "1 HOUR", 215, 240),
         text="Nordhavn loads and unloads installation vessels and cargo ships for the North Sea offshore"
              " wind farms from the port of Esbjerg.\nYou will lash and unlash cargo, drive reach stackers"
              " and work as banksman for crane lifts of monopiles and blades.\nA truck licence or crane"
              " certificate is a plus; we train the rest. Shift work, also weekends.\nThe hourly rate follows"
              " the port's collective agreement; evenings and weekends carry supplements of DKK 45-90 an"
              " hour, and pension is 12% on top.",
         label=L("Stevedore / Havnearbejder", "Nordhavn Offshore Services", "Esbjerg", "Region Syddanmark", "DK",
                 "onsite", "full-time", None, H(215), H(240), "DKK", "2026-11-04", "en")),
    dict(company="Nordhavn Offshore Services", id="b1400000-0000-4000-8000-000000005002",
         title="Marine Coordinator", location="Esbjerg, Denmark",
         address={"addressLocality": "Esbjerg", "addressRegion": "Region Syddanmark", "addressCountry": "Denmark"},
         workplace="Hybrid", remote=False, employment="FullTime", published="2026-11-18T09:30:00.000+01:00",
         comp=("DKK", "1 YEAR", 540000, 600000),
         text="Plan vessel calls, berth allocation and crew transfers for offshore campaigns.\nYou will"
              " coordinate with the harbour master, vessel agents and client marine managers, and keep the"
              " campaign schedule and SIMOPS plans current.\nA nautical background (master mariner or"
              " deck officer) or 4 years of marine coordination.\nTwo days a week from home outside"
              " campaigns; pension 10%, lunch scheme and a DKK 25,000 yearly course budget.",
         label=L("Marine Coordinator", "Nordhavn Offshore Services", "Esbjerg", "Region Syddanmark", "DK", "hybrid",
                 "full-time", "mid", 540000, 600000, "DKK", "2026-11-18", "en")),
    dict(company="Halcyon Home Infusion", id="b1400000-0000-4000-8000-000000005003",
         title="Home Infusion Nurse (RN)", location="Columbia, SC",
         address={"addressLocality": "Columbia", "addressRegion": "South Carolina", "addressCountry": "USA"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-06T14:00:00.000+00:00",
         comp=("USD", "1 HOUR", 42, 51),
         text="Halcyon provides IV antibiotics, TPN, IVIG and biologic infusions to patients at home across"
              " the Midlands of South Carolina.\nVisit 4-6 patients a day: PICC and port care, starts, lab"
              " draws and teaching for patients and caregivers.\nActive SC RN license, 2 years of acute care"
              " or infusion experience and strong IV skills; CRNI a plus.\nMileage at the IRS rate, an on-call"
              " stipend of $150 per weekend and a $5,000 sign-on bonus.",
         label=L("Home Infusion Nurse (RN)", "Halcyon Home Infusion", "Columbia", "SC", "US", "onsite", "full-time",
                 "mid", H(42), H(51), "USD", "2026-11-06", "en")),
    dict(company="Halcyon Home Infusion", id="b1400000-0000-4000-8000-000000005004",
         title="Infusion Pharmacist", location="Charleston, SC",
         address={"addressLocality": "Charleston", "addressRegion": "South Carolina", "addressCountry": "USA"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-24T15:00:00.000+00:00",
         comp=("USD", "1 YEAR", 138000, 152000),
         text="Verify and compound sterile preparations in our USP 797 clean room and manage therapy with"
              " referring physicians.\nPharmacokinetic dosing of vancomycin and aminoglycosides, TPN"
              " formulation and clinical monitoring.\nPharmD, SC pharmacist license and 1 year of home"
              " infusion or a PGY1 residency.\nEvery fourth weekend on call from home; a $2,000 CE allowance.",
         label=L("Infusion Pharmacist", "Halcyon Home Infusion", "Charleston", "SC", "US", "onsite", "full-time",
                 "entry", 138000, 152000, "USD", "2026-11-24", "en")),
    dict(company="Straits Cold Chain", id="b1400000-0000-4000-8000-000000005005",
         title="Cold Room Supervisor", location="Singapore",
         address={"addressLocality": "Singapore", "addressCountry": "Singapore"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-10T10:00:00.000+08:00",
         comp=("SGD", "1 MONTH", 3200, 3800),
         text="Our Jurong facility stores frozen and chilled food and pharmaceuticals for 80 importers.\n"
              "Lead a shift of 14 operators in chambers from +4 to -25 degrees: inbound checks, putaway, picking"
              " accuracy and temperature records.\n3 years in cold-chain or warehouse supervision and a"
              " forklift licence.\nA cold-room allowance of S$150 a month, shift allowance and an AWS"
              " (13th month) at the company's discretion.",
         label=L("Cold Room Supervisor", "Straits Cold Chain", "Singapore", None, "SG", "onsite", "full-time",
                 "mid", M(3200), M(3800), "SGD", "2026-11-10", "en")),
    dict(company="Straits Cold Chain", id="b1400000-0000-4000-8000-000000005006",
         title="Fleet Maintenance Planner", location="Pasir Gudang, Johor",
         address={"addressLocality": "Pasir Gudang", "addressRegion": "Johor", "addressCountry": "Malaysia"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-25T09:00:00.000+08:00",
         text="Plan preventive maintenance for our fleet of 120 reefer trucks and trailers running between"
              " Johor and Singapore.\nSchedule services, Puspakom inspections and reefer unit overhauls, and"
              " keep the workshop's parts stock in line.\nDiploma in mechanical or automotive engineering and"
              " 5 years of fleet maintenance planning.\nSalary commensurate with experience. The fleet's"
              " maintenance budget is RM 4.2 million a year, and staff receive a performance bonus of up to two"
              " months.",
         label=L("Fleet Maintenance Planner", "Straits Cold Chain", "Pasir Gudang", "Johor", "MY", "onsite",
                 "full-time", "senior", None, None, None, "2026-11-25", "en")),
]

# ---------------------------------------------------------------- JSON-LD (6)
JSONLD = [
    dict(slug="aide-soignant-nuit-vichy", company="Résidence Les Marronniers d'Allier",
         title="Aide-soignant(e) de nuit – EHPAD (H/F)",
         address={"addressLocality": "Vichy", "addressRegion": "Auvergne-Rhône-Alpes", "postalCode": "03200",
                  "addressCountry": "FR"},
         employment="FULL_TIME", posted="2026-11-03T10:00:00+01:00",
         text="<p>Notre EHPAD de 84 lits accueille des résidents dépendants, dont une unité protégée de 14"
              " places.</p><p><b>Vos missions :</b> soins d'hygiène et de confort, surveillance de nuit,"
              " transmissions écrites et orales, accompagnement de fin de vie.</p><p><b>Profil :</b> diplôme"
              " d'État d'aide-soignant(e) exigé.</p><p><b>Conditions :</b> CDI de nuit en 10 h (21 h – 7 h),"
              " 3 à 4 nuits par semaine.</p><p><b>Rémunération :</b> 1 980 € bruts mensuels hors primes, plus"
              " la prime Ségur de 238 € nets par mois, une indemnité de nuit et une prime d'assiduité"
              " trimestrielle de 150 €.</p>",
         label=L("Aide-soignant(e) de nuit – EHPAD (H/F)", "Résidence Les Marronniers d'Allier", "Vichy",
                 "Auvergne-Rhône-Alpes", "FR", "onsite", "full-time", None, M(1980), M(1980), "EUR", "2026-11-03",
                 "fr")),
    dict(slug="electricista-oficial-malaga", company="Instalaciones Eléctricas Guadalhorce S.L.",
         title="Oficial de 1ª electricista – fotovoltaica",
         address={"addressLocality": "Málaga", "addressRegion": "Andalucía", "postalCode": "29004",
                  "addressCountry": "ES"},
         employment="FULL_TIME", posted="2026-11-06T08:30:00+01:00", salary=("EUR", "MONTH", 1850, 2100),
         text="<p>Somos una instaladora con 45 técnicos que trabaja en obra nueva, naves industriales y"
              " fotovoltaica de autoconsumo en la Costa del Sol.</p><p><b>Funciones:</b> montaje de cuadros,"
              " canalizaciones y cableado en baja tensión, puesta en marcha de instalaciones fotovoltaicas y"
              " boletines.</p><p><b>Requisitos:</b> 3 años como oficial electricista, carné de instalador en"
              " baja tensión y carné de conducir B.</p><p><b>Ofrecemos:</b> contrato indefinido, salario de"
              " 1.850 € a 2.100 € brutos al mes en 14 pagas según el convenio del metal de Málaga, plus de"
              " transporte de 110 € al mes y dietas en desplazamientos.</p>",
         label=L("Oficial de 1ª electricista – fotovoltaica", "Instalaciones Eléctricas Guadalhorce S.L.", "Málaga", "Andalucía",
                 "ES", "onsite", "full-time", "mid", M(1850, 14), M(2100, 14), "EUR", "2026-11-06", "es")),
    dict(slug="cdl-a-regional-driver-shreveport", company="Red River Bulk Carriers",
         title="Regional CDL-A Tanker Driver",
         address={"addressLocality": "Shreveport", "addressRegion": "LA", "postalCode": "71107",
                  "addressCountry": "US"},
         employment="FULL_TIME", posted="2026-11-09T11:00:00-06:00", salary=("USD", "WEEK", 1450, 1700),
         text="<p>Red River hauls dry bulk cement, sand and plastics in pneumatic tankers across Louisiana,"
              " east Texas and Arkansas.</p><p><b>Home time:</b> home every weekend, most nights at home on"
              " the Shreveport lanes.</p><p><b>Requirements:</b> Class A CDL with tanker endorsement, 12"
              " months of verifiable tractor-trailer experience, clean MVR.</p><p><b>Pay:</b> average weekly"
              " pay of $1,450 - $1,700 (paid per load and per hour on site), a $3,000 sign-on bonus paid over"
              " six months, and quarterly safety bonuses of up to $600.</p>",
         label=L("Regional CDL-A Tanker Driver", "Red River Bulk Carriers", "Shreveport", "LA", "US", "onsite",
                 "full-time", "entry", W(1450), W(1700), "USD", "2026-11-09", "en")),
    dict(slug="auxiliar-enfermeria-queretaro", company="Hospital San Rafael de Querétaro",
         title="Auxiliar de Enfermería – Hospitalización",
         address={"addressLocality": "Santiago de Querétaro", "addressRegion": "Qro.", "postalCode": "76090",
                  "addressCountry": "MX"},
         employment="FULL_TIME", posted="2026-11-12T09:00:00-06:00", salary=("MXN", "MONTH", 14500, 16500),
         text="<p>Hospital privado de 120 camas con servicios de cirugía, ginecobstetricia y medicina"
              " interna.</p><p><b>Actividades:</b> apoyo en el cuidado del paciente hospitalizado, toma de"
              " signos vitales, traslados y registro en el expediente clínico.</p><p><b>Requisitos:</b>"
              " carrera técnica de auxiliar de enfermería con cédula, disponibilidad para turno nocturno y"
              " fines de semana.</p><p><b>Ofrecemos:</b> sueldo mensual bruto de $14,500 a $16,500 MXN,"
              " prestaciones de ley, vales de despensa de $1,200 mensuales y comedor.</p>",
         label=L("Auxiliar de Enfermería – Hospitalización", "Hospital San Rafael de Querétaro",
                 "Santiago de Querétaro", "Qro.", "MX", "onsite", "full-time", None, M(14500), M(16500), "MXN",
                 "2026-11-12", "es")),
    dict(slug="call-center-agent-healthcare-iloilo", company="Bayanihan Contact Solutions Inc.",
         title="Customer Service Representative – Health Insurance Account",
         address={"addressLocality": "Iloilo City", "addressRegion": "Iloilo", "postalCode": "5000",
                  "addressCountry": "PH"},
         employment="FULL_TIME", posted="2026-11-17T13:00:00+08:00",
         text="<p>We handle member services calls for a US health insurer from our Iloilo Business Park"
              " site.</p><p><b>What you will do:</b> answer inbound calls about benefits, claims and provider"
              " networks, and document each call in the CRM.</p><p><b>Qualifications:</b> at least senior"
              " high school graduate, good English, no experience required; night shift.</p><p><b>Compensation"
              " and benefits:</b> PHP 22,000 – 26,000 monthly basic pay, plus night differential, a PHP 3,000"
              " monthly attendance incentive, HMO from day one and paid training.</p>",
         label=L("Customer Service Representative – Health Insurance Account", "Bayanihan Contact Solutions Inc.", "Iloilo City",
                 "Iloilo", "PH", "onsite", "full-time", None, M(22000), M(26000), "PHP", "2026-11-17", "en")),
    dict(slug="elektroniker-betriebstechnik-neuwied", company="Stadtwerke Rheinaue GmbH",
         title="Elektroniker:in Netze und Anlagen (m/w/d)",
         address={"addressLocality": "Neuwied", "addressRegion": "Rheinland-Pfalz", "postalCode": "56564",
                  "addressCountry": "DE"},
         employment="FULL_TIME", posted="2026-11-20T08:00:00+01:00",
         text="<p>Die Stadtwerke Rheinaue versorgen 68.000 Menschen mit Strom, Gas, Wasser und Wärme und"
              " betreiben zwei Bäder.</p><p><b>Ihre Aufgaben:</b> Wartung und Störungsbeseitigung an"
              " Mittel- und Niederspannungsanlagen, Pumpwerken und Blockheizkraftwerken; Teilnahme an der"
              " Rufbereitschaft.</p><p><b>Ihr Profil:</b> abgeschlossene Ausbildung als Elektroniker:in für"
              " Betriebstechnik, Führerschein Klasse B.</p><p><b>Wir bieten:</b> Vergütung nach TV-V,"
              " Rufbereitschaftspauschale, Deutschlandticket als Jobticket (49 € übernehmen wir), betriebliche"
              " Altersversorgung und 30 Tage Urlaub.</p>",
         label=L("Elektroniker:in Netze und Anlagen (m/w/d)", "Stadtwerke Rheinaue GmbH", "Neuwied",
                 "Rheinland-Pfalz", "DE", "onsite", "full-time", None, None, None, None, "2026-11-20", "de")),
]

# ---------------------------------------------------------------- RSS (6, remote)
RSS = [
    dict(slug="remote-medical-billing-specialist", company="Sonora Revenue Partners",
         title="Medical Billing Specialist", region="USA Only", country="United States", type="Full-Time",
         pub="Tue, 03 Nov 2026 16:00:00 GMT",
         text="<p>We run billing and collections for 45 physical-therapy and chiropractic clinics.</p><p>"
              "<strong>What you'll do:</strong> work denials and aging reports, post ERAs, appeal claims with"
              " Medicare and commercial payers.</p><p><strong>You have:</strong> 2 years of medical billing,"
              " Kareo or WebPT experience a plus.</p><p><strong>Compensation:</strong> $21 – $25 per hour,"
              " a $75 monthly home-office stipend and a quarterly collections bonus of up to $500.</p>",
         label=L("Medical Billing Specialist", "Sonora Revenue Partners", None, None, "US", "remote", "full-time",
                 "mid", H(21), H(25), "USD", "2026-11-03", "en")),
    dict(slug="remote-immigration-paralegal", company="Okafor Lindqvist Immigration Law",
         title="Paralegal – Work Permits and PR Files", region="Canada Only", country="Canada", type="Full-Time",
         pub="Thu, 05 Nov 2026 14:30:00 +0000",
         text="<p>A boutique immigration firm helping employers and families with work permits, LMIAs and"
              " permanent residence.</p><p><strong>Responsibilities:</strong> prepare applications in the IRCC"
              " portals, collect documents from clients and track deadlines.</p><p><strong>Requirements:"
              "</strong> paralegal diploma or ICCRC course, 3+ years in immigration files.</p><p><strong>"
              "Salary:</strong> $58,000 to $64,000 CAD per year, plus a $1,000 yearly professional development"
              " budget.</p>",
         label=L("Paralegal – Work Permits and PR Files", "Okafor Lindqvist Immigration Law", None, None, "CA", "remote",
                 "full-time", "mid", 58000, 64000, "CAD", "2026-11-05", "en")),
    dict(slug="online-esl-teacher", company="Lingua Bridge Academy", title="Online ESL Teacher (Adults)",
         region="Anywhere in the World", country="", type="Part-Time", pub="Mon, 09 Nov 2026 09:00:00 GMT",
         text="<p>We teach business English to professionals in Japan, Korea and Brazil over video.</p><p>"
              "<strong>What you'll do:</strong> teach 10-25 hours a week of 50-minute one-to-one lessons from"
              " our curriculum.</p><p><strong>You have:</strong> a CELTA or 120-hour TEFL and 1 year of"
              " teaching adults.</p><p><strong>Pay:</strong> US$14 – US$18 per hour taught, paid monthly by"
              " bank transfer or Wise.</p>",
         label=L("Online ESL Teacher (Adults)", "Lingua Bridge Academy", None, None, None, "remote", "part-time",
                 "entry", H(14), H(18), "USD", "2026-11-09", "en")),
    dict(slug="freight-broker-agent", company="Lonestar Lane Logistics", title="Freight Broker Agent",
         region="USA Only", country="United States", type="Contract", pub="Wed, 11 Nov 2026 18:00:00 GMT",
         text="<p>An asset-light brokerage moving dry van and flatbed freight for manufacturers.</p><p>"
              "<strong>What you'll do:</strong> build your own book of shippers, cover loads with our carrier"
              " network and manage them to delivery.</p><p><strong>The deal:</strong> independent contractor"
              " (1099), 100% commission with a 60% split of gross margin; our top agents earned $140,000 last"
              " year. We provide TMS, load boards and credit.</p>",
         label=L("Freight Broker Agent", "Lonestar Lane Logistics", None, None, "US", "remote", "contract", None,
                 None, None, None, "2026-11-11", "en")),
    dict(slug="payroll-specialist-uk", company="Thistle Payroll Bureau", title="Bureau Payroll Administrator",
         region="UK Only", country="United Kingdom", type="Full-Time", pub="Mon, 16 Nov 2026 10:00:00 GMT",
         text="<p>We run payroll for 300 small businesses, charities and academies across the UK.</p><p>"
              "<strong>The role:</strong> end-to-end payrolls of 20-600 employees in BrightPay and Sage, RTI,"
              " pension auto-enrolment and P11Ds.</p><p><strong>About you:</strong> 2 years in a payroll"
              " bureau, CIPP qualification welcome.</p><p><strong>Salary:</strong> £31,000 – £34,000 per annum,"
              " 25 days' holiday plus bank holidays, and we fund your CIPP studies.</p>",
         label=L("Bureau Payroll Administrator", "Thistle Payroll Bureau", None, None, "GB", "remote", "full-time", "mid",
                 31000, 34000, "GBP", "2026-11-16", "en")),
    dict(slug="bilingual-support-rep-latam", company="Pampa Seguros Digital",
         title="Customer Support Representative (Spanish/English)", region="Argentina Only", country="Argentina",
         type="Full-Time", pub="Fri, 20 Nov 2026 13:00:00 GMT",
         text="<p>A digital insurer for motorbikes and bicycles in Argentina and Uruguay.</p><p><strong>What"
              " you'll do:</strong> answer chats and emails about policies and claims in Spanish and English,"
              " and escalate fraud signals.</p><p><strong>Requirements:</strong> C1 English, customer service"
              " experience.</p><p><strong>Pay:</strong> USD 1,100 – 1,300 per month, paid as a contractor"
              " invoice in dollars, plus a USD 50 monthly internet allowance.</p>",
         label=L("Customer Support Representative (Spanish/English)", "Pampa Seguros Digital", None, None, "AR",
                 "remote", "contract", None, M(1100), M(1300), "USD", "2026-11-20", "en")),
]

# ---------------------------------------------------------------- Remote OK (6)
REMOTEOK = [
    dict(id="1840001", company="Vistula Safety Services", position="Senior Pharmacovigilance Associate",
         location="Poland", salary=(0, 0), date="2026-11-02T09:00:00+00:00",
         tags=["pharma", "pharmacovigilance", "healthcare"],
         text="<p>We process adverse-event reports for 30 mid-sized pharmaceutical companies in the EU.</p>"
              "<p><strong>Your work:</strong> case intake and MedDRA coding, narrative writing, follow-up"
              " with reporters and submission to EudraVigilance.</p><p><strong>You have:</strong> a pharmacy"
              " or life-sciences degree and 4 years in case processing.</p><p>14 000 – 17 000 zł brutto"
              " miesięcznie (umowa o pracę), remote from anywhere in Poland, plus a 1 500 zł yearly"
              " training budget and private medical care.</p>",
         label=L("Senior Pharmacovigilance Associate", "Vistula Safety Services", None, None, "PL", "remote",
                 "full-time", "senior", M(14000), M(17000), "PLN", "2026-11-02", "en")),
    dict(id="1840002", company="Ridgeview Coding Group", position="Outpatient Medical Coder (CPC)",
         location="United States", salary=(52000, 60000), date="2026-11-06T15:30:00+00:00",
         tags=["healthcare", "medical coding", "non tech"],
         text="<p>We code outpatient and ED encounters for rural hospitals in 11 states.</p><p>Assign ICD-10"
              " and CPT codes, query providers and hit 95% accuracy on audits.</p><p>CPC or CCS and 2 years of"
              " outpatient or ED coding. Full-time, W-2, with a $500 credential renewal allowance.</p>",
         label=L("Outpatient Medical Coder (CPC)", "Ridgeview Coding Group", None, None, "US", "remote", "full-time",
                 "mid", 52000, 60000, "USD", "2026-11-06", "en")),
    dict(id="1840003", company="Tidewater Learning Co", position="K-8 Math Instructional Coach",
         location="Worldwide", salary=(0, 0), date="2026-11-10T12:00:00+00:00",
         tags=["education", "teaching", "math"],
         text="<p>We support math teachers in 60 charter and international schools with coaching over"
              " video.</p><p>Observe lessons, run coaching cycles and design PD sessions.</p><p>5 years of"
              " classroom math teaching and 2 of coaching.</p><p>Compensation is discussed at the first"
              " interview; every coach gets a $600 yearly learning stipend and a laptop.</p>",
         label=L("K-8 Math Instructional Coach", "Tidewater Learning Co", None, None, None, "remote", None,
                 "senior", None, None, None, "2026-11-10", "en")),
    dict(id="1840004", company="Kilimo Pay", position="Growth Marketing Manager",
         location="Kenya", salary=(0, 0), date="2026-11-13T08:00:00+00:00",
         tags=["marketing", "fintech", "growth"],
         text="<p>Kilimo Pay lends to smallholder farmers through agro-dealers in Kenya and Uganda.</p>"
              "<p>Own acquisition across radio, SMS, agents and referral; run experiments and report CAC by"
              " channel.</p><p>4 years in growth or performance marketing, ideally in fintech.</p><p>KES"
              " 350,000 – 420,000 gross per month, full-time, remote within Kenya with monthly team days in"
              " Nairobi; we raised a $7M Series A last spring.</p>",
         label=L("Growth Marketing Manager", "Kilimo Pay", None, None, "KE", "remote", "full-time", "mid",
                 M(350000), M(420000), "KES", "2026-11-13", "en")),
    dict(id="1840005", company="Fjordbyte", position="Backend Engineer (Elixir)",
         location="Norway", salary=(0, 0), date="2026-11-19T10:00:00+00:00",
         tags=["elixir", "backend", "postgres"],
         text="<p>Fjordbyte builds booking and ticketing for Norwegian ferry operators.</p><p>Phoenix,"
              " Postgres and a lot of timetable logic.</p><p>NOK 750 000 – 850 000 per year, remote from"
              " Norway, pension 7% and a home-office budget of NOK 10 000.</p>",
         label=L("Backend Engineer (Elixir)", "Fjordbyte", None, None, "NO", "remote", None, None, 750000, 850000,
                 "NOK", "2026-11-19", "en")),
    dict(id="1840006", company="Gumtree Ledger Co", position="Bookkeeper (Part-time)",
         location="Australia", salary=(0, 0), date="2026-11-24T02:00:00+00:00",
         tags=["bookkeeping", "accounting", "xero"],
         text="<p>We keep the books for 90 trades and hospitality businesses.</p><p>Reconcile accounts in"
              " Xero, prepare BAS and run payroll with STP.</p><p>A registered BAS agent or 3 years of"
              " bookkeeping.</p><p>A$38 – A$44 per hour plus super, 20 hours a week, remote within"
              " Australia.</p>",
         label=L("Bookkeeper (Part-time)", "Gumtree Ledger Co", None, None, "AU", "remote", "part-time", "mid", H(38),
                 H(44), "AUD", "2026-11-24", "en")),
]

# ---------------------------------------------------------------- JobSpy (6)
JOBSPY = [
    dict(id="in-c3d4e5f6a7b81401", site="indeed", title="Certified Nursing Assistant (CNA) - Evenings",
         company="Great Plains Lutheran Home", location="Sioux Falls, SD", date="2026-11-05", job_type="fulltime",
         remote=False, pay=("hourly", 18.5, 22, "USD"),
         text="**Great Plains Lutheran Home** is a 96-bed skilled nursing and rehab community on the east side"
              " of Sioux Falls.\n\n**What you'll do**\n\n* Help residents with bathing, dressing, meals and"
              " mobility\n* Record vitals and intake in PointClickCare\n* Work 2pm - 10:30pm, every other"
              " weekend\n\n**Requirements**\n\n* Active South Dakota CNA certification (or we'll pay for the"
              " course)\n\n**Pay & benefits**\n\n* $18.50 - $22.00 an hour based on experience\n* $1.50/hr"
              " evening differential and $1.00/hr weekend differential\n* Daily pay available, free meals on"
              " shift",
         label=L("Certified Nursing Assistant (CNA) - Evenings", "Great Plains Lutheran Home", "Sioux Falls", "SD",
                 "US", "onsite", "full-time", None, H(18.5), H(22), "USD", "2026-11-05", "en")),
    dict(id="li-4932201402", site="linkedin", title="Site Manager", company="Harrowgate Construction Ltd",
         location="Darlington, England, United Kingdom", date="2026-11-09", job_type="fulltime", remote=False,
         level="Mid-Senior level",
         text="Harrowgate builds schools, GP surgeries and social housing for councils and housing associations"
              " across County Durham and Teesside.\n\n**The role**\n\n* Run a £6m - £12m new-build scheme from"
              " groundworks to handover\n* Manage subcontractors, programme and quality\n* Keep site safety"
              " and CDM paperwork in order\n\n**You'll need**\n\n* SMSTS, CSCS black card and first aid\n* 5"
              " years as a site manager on new-build projects\n\n**Package**\n\n£52,000 - £58,000 basic, a"
              " £5,400 car allowance, 10% pension and a completion bonus on each project.",
         label=L("Site Manager", "Harrowgate Construction Ltd", "Darlington", "England", "GB", "onsite",
                 "full-time", "senior", 52000, 58000, "GBP", "2026-11-09", "en")),
    dict(id="gd-1009384401403", site="glassdoor", title="Sous Chef – Seafood Kitchen", company="Signal Hill Dining Group",
         location="St. John's, NL", date="2026-09-31", job_type="fulltime", remote=False,
         pay=("yearly", 52000, 58000, "CAD"),
         text="Signal Hill Dining Group runs three restaurants and a catering kitchen in downtown St. John's."
              "\n\nYou'll run the line at our 90-seat seafood restaurant on the chef's days off, order from"
              " local fishers and farms, and train our cooks.\n\nRed Seal cook certification preferred.\n\nWe"
              " offer $52,000 - $58,000 a year, a share of the kitchen tip pool, staff meals and a health"
              " spending account.",
         label=L("Sous Chef – Seafood Kitchen", "Signal Hill Dining Group", "St. John's", "NL", "CA", "onsite", "full-time", None,
                 52000, 58000, "CAD", None, "en")),
    dict(id="in-d4e5f6a7b8c91404", site="indeed", title="Conducteur / Conductrice de ligne H/F",
         company="Laiterie des Monts du Cantal", location="Aurillac, ARA", date="2026-11-12", job_type="fulltime",
         remote=False, pay=("monthly", 2100, 2300, "EUR"),
         text="**La Laiterie des Monts du Cantal** transforme 90 millions de litres de lait par an en fromages"
              " AOP et en beurre.\n\n**Vos missions**\n\n* Conduire une ligne de conditionnement de fromages"
              " en 2x8\n* Réaliser les changements de format et le premier niveau de maintenance\n* Assurer les"
              " contrôles qualité et la traçabilité\n\n**Profil**\n\n* CAP/BEP ou bac pro industries"
              " agroalimentaires, ou expérience équivalente\n\n**Salaire**\n\n* 2 100 € - 2 300 € par mois,"
              " plus prime d'équipe, 13e mois et intéressement",
         label=L("Conducteur / Conductrice de ligne H/F", "Laiterie des Monts du Cantal", "Aurillac",
                 "Auvergne-Rhône-Alpes", "FR", "onsite", "full-time", None, M(2100), M(2300), "EUR", "2026-11-12",
                 "fr")),
    dict(id="li-4932201405", site="linkedin", title="Pharmacist", company="Sahyadri Care Pharmacies",
         location="Kolhapur, Maharashtra, India", date="2026-11-18", job_type="fulltime", remote=False,
         level="Entry level", pay=("yearly", 300000, 420000, "INR"),
         text="Sahyadri Care runs 42 retail pharmacies across Kolhapur, Sangli and Satara.\n\n**Role**\n\n*"
              " Dispense prescriptions and counsel patients\n* Manage schedule H and H1 registers and"
              " expiry\n* Guide the pharmacy assistants on the counter\n\n**Requirements**\n\n* B.Pharm or"
              " D.Pharm with registration with the Maharashtra State Pharmacy Council\n\n**Salary**: INR 3.0 -"
              " 4.2 LPA with a monthly sales incentive.",
         label=L("Pharmacist", "Sahyadri Care Pharmacies", "Kolhapur", "Maharashtra", "IN", "onsite", "full-time",
                 "entry", 300000, 420000, "INR", "2026-11-18", "en")),
    dict(id="in-e5f6a7b8c9d01406", site="indeed", title="Storeperson - Day Shift",
         company="Outback Parts Distribution", location="Dandenong South VIC 3175", date="2026-11-26",
         job_type="fulltime", remote=False,
         text="**Outback Parts Distribution** supplies truck and trailer parts to 400 workshops in Victoria and"
              " Tasmania.\n\n**The job**\n\n* Pick, pack and dispatch orders with RF scanners\n* Receive"
              " containers and put away stock\n* Load linehaul trucks\n\n**You'll need**\n\n* LF forklift"
              " licence\n* Steel-capped boots and a good safety record\n\n**What's on offer**\n\n* Award rates"
              " plus a $1.20/hr forklift allowance\n* A $500 bonus after your probation\n* Monday to Friday,"
              " 6am - 2:30pm",
         label=L("Storeperson - Day Shift", "Outback Parts Distribution", "Dandenong South", "VIC", "AU", "onsite",
                 "full-time", None, None, None, None, "2026-11-26", "en")),
]

# ---------------------------------------------------------------- file: JSON Lines (6)
FILE = [
    dict(external_id="ie-hca-01", title="Healthcare Assistant – Home Care (Part-time)",
         company="Slaney Home Support", locations=["Wexford, Co. Wexford"], employment="Part-time",
         posted="2026-11-06",
         text="Slaney Home Support provides HSE-funded and private home care to 600 clients across Co. Wexford."
              " You will help clients with personal care, meals and medication prompts in their own homes, on"
              " morning and evening calls, 20-30 hours a week. You hold QQI Level 5 in Care Skills and Care of"
              " the Older Person (or are working towards it) and a full driving licence with your own car."
              " Pay is €15.50 – €17.00 per hour, with mileage at 43c per km, travel time paid between calls and"
              " a €200 bonus after three months.",
         label=L("Healthcare Assistant – Home Care (Part-time)", "Slaney Home Support", "Wexford", "Co. Wexford", "IE",
                 "onsite", "part-time", None, H(15.50), H(17.00), "EUR", "2026-11-06", "en")),
    dict(external_id="it-cuoco-02", title="Cuoco/a capo partita – stagione 2027",
         company="Trattoria Ca' del Lago", locations=["Desenzano del Garda, Lombardia"], employment="Seasonal",
         posted="2026-11-12T10:00:00+01:00",
         salary={"salary_min": 1700, "salary_max": 1900, "salary_currency": "EUR", "salary_period": "month"},
         text="Ristorante sul lungolago con 140 coperti, aperto da marzo a ottobre. Cerchiamo un/a capo partita"
              " per primi e secondi di pesce di lago: preparazione della linea, gestione della partita e"
              " degli ordini. Esperienza di almeno 2 anni nel ruolo. Contratto stagionale CCNL Turismo, 1.700 –"
              " 1.900 € netti al mese, vitto e alloggio in appartamento condiviso, e un premio di fine stagione"
              " di 800 €.",
         label=L("Cuoco/a capo partita – stagione 2027", "Trattoria Ca' del Lago", "Desenzano del Garda",
                 "Lombardia", "IT", "onsite", "contract", "mid", M(1700), M(1900), "EUR", "2026-11-12", "it")),
    dict(external_id="ch-fage-03", title="Fachfrau/Fachmann Gesundheit EFZ (80–100 %)",
         company="Spitex Region Aarau", locations=["5000 Aarau"], employment="Full-time", posted="2026-11-03",
         text="Die Spitex Region Aarau pflegt und betreut rund 900 Klientinnen und Klienten zu Hause. Du"
              " übernimmst Grundpflege und Behandlungspflege nach Verordnung, arbeitest mit E-Bike oder"
              " Dienstauto und dokumentierst in Perigon. Abgeschlossene Ausbildung FaGe EFZ und Führerschein"
              " B. Monatslohn bei 100 % CHF 5'300 bis 5'900 plus 13. Monatslohn, Wochenendzulagen, 5 Wochen Ferien und ein"
              " Halbtax-Abo.",
         label=L("Fachfrau/Fachmann Gesundheit EFZ (80–100 %)", "Spitex Region Aarau", "Aarau", None, "CH",
                 "onsite", "full-time", None, M(5300, 13), M(5900, 13), "CHF", "2026-11-03", "de")),
    dict(external_id="pl-wozek-04", title="Operator wózka widłowego – zmiana nocna",
         company="Magazyny Wiślane Sp. z o.o.", locations=["Toruń, kujawsko-pomorskie"], employment="Full-time",
         posted="2026-04-31",
         text="Centrum dystrybucyjne artykułów spożywczych obsługujące sklepy w północnej Polsce. Obsługa"
              " wózka wysokiego składowania, rozładunek i załadunek naczep, inwentaryzacje. Wymagamy"
              " uprawnień UDT na wózki jezdniowe i doświadczenia 1 roku. Oferujemy umowę o pracę, 28–32 zł"
              " brutto za godzinę, dodatek nocny, premię frekwencyjną do 500 zł miesięcznie i pakiet"
              " medyczny.",
         label=L("Operator wózka widłowego – zmiana nocna", "Magazyny Wiślane Sp. z o.o.", "Toruń",
                 "kujawsko-pomorskie", "PL", "onsite", "full-time", "entry", H(28), H(32), "PLN", None, "pl")),
    dict(external_id="za-boiler-05", title="Boilermaker", company="Vaal Steel Fabricators (Pty) Ltd",
         locations=["Vanderbijlpark, Gauteng"], employment="Full-time", posted="2026-11-16T08:00:00+02:00",
         text="We fabricate and erect structural steel, chutes and hoppers for mines and power stations. You"
              " will mark out, cut, roll and fit plate work from drawings and work on site shutdowns when"
              " required. Red Seal trade certificate as a boilermaker, 3 years post-trade experience and a valid"
              " medical. R165 – R190 per hour depending on trade test results, a site allowance of R350 per day"
              " away from the workshop, and a provident fund.",
         label=L("Boilermaker", "Vaal Steel Fabricators (Pty) Ltd", "Vanderbijlpark", "Gauteng", "ZA", "onsite",
                 "full-time", "mid", H(165), H(190), "ZAR", "2026-11-16", "en")),
    dict(external_id="br-enf-06", title="Técnico(a) de Enfermagem do Trabalho",
         company="Usina Vale do Paranapanema", locations=["Presidente Prudente - SP"], employment="Full-time",
         posted="2026-11-23",
         salary={"salary_min": 3200, "salary_max": 3200, "salary_currency": "BRL", "salary_period": "month"},
         text="Usina de açúcar e etanol com 2.300 colaboradores na safra. Atendimento ambulatorial, exames"
              " ocupacionais, campanhas de vacinação e apoio ao PCMSO. Curso técnico em enfermagem com"
              " especialização em enfermagem do trabalho e COREN ativo. Salário de R$ 3.200,00, adicional de"
              " insalubridade, vale-alimentação de R$ 650,00, transporte fretado e PLR.",
         label=L("Técnico(a) de Enfermagem do Trabalho", "Usina Vale do Paranapanema", "Presidente Prudente", "SP",
                 "BR", "onsite", "full-time", None, M(3200), M(3200), "BRL", "2026-11-23", "pt")),
]

# ---------------------------------------------------------------- Workday (6, one file each)
WORKDAY = [
    dict(company="Yellowstone Basin County", path="Detention-Officer-Trainee_R-2611-118",
         title="Detention Officer Trainee", location="Billings, MT", country="United States of America",
         remote="On-site", time="Full time", posted_on="Posted Yesterday",
         text="<p><b>Position Summary</b></p><p>Supervise the custody, care and movement of inmates at the"
              " county detention facility after completing the 8-week Montana Law Enforcement Academy"
              " detention course, paid by the county.</p><p><b>Essential Duties</b></p><ul><li>Conduct"
              " headcounts, cell searches and bookings</li><li>Escort inmates to court and medical"
              " appointments</li><li>Write incident reports</li></ul><p><b>Minimum Qualifications</b></p><ul>"
              "<li>Age 18 or older, high school diploma or GED</li><li>Pass a background check, drug screen and"
              " physical test</li></ul><p><b>Compensation</b></p><p>Hiring range: $24.61 &ndash; $27.90 hourly."
              " Shift differential of $0.75/hr for nights, a $2,500 retention payment after two years and"
              " Montana PERS retirement.</p>",
         label=L("Detention Officer Trainee", "Yellowstone Basin County", "Billings", "MT", "US", "onsite",
                 "full-time", "entry", H(24.61), H(27.90), "USD", "2026-11-30", "en")),
    dict(company="Wensum Valley Highways Partnership", path="Highways-Maintenance-Operative_REQ-40218",
         title="Highways Maintenance Operative", location="King's Lynn, Norfolk", country="United Kingdom",
         remote="On-site", time="Full time", posted_on="Posted 5 Days Ago",
         text="<p><b>About us</b></p><p>We maintain 2,400 miles of roads in west Norfolk on behalf of the"
              " county council.</p><p><b>What you will do</b></p><ul><li>Pothole and patching repairs, drainage"
              " clearance and signage</li><li>Set out traffic management to Chapter 8</li><li>Winter gritting on"
              " a rota</li></ul><p><b>What you need</b></p><ul><li>A full driving licence (C1 an advantage)"
              "</li><li>NRSWA operative card or willingness to gain it</li></ul><p><b>Pay and benefits</b></p>"
              "<p>Grade 4: &pound;25,584 &ndash; &pound;27,711 per annum, plus a standby allowance of &pound;210"
              " per week when on the winter rota, Local Government Pension Scheme and 26 days' leave.</p>",
         label=L("Highways Maintenance Operative", "Wensum Valley Highways Partnership", "King's Lynn", "Norfolk",
                 "GB", "onsite", "full-time", None, 25584, 27711, "GBP", "2026-11-26", "en")),
    dict(company="Kreissparkasse Altmühlgrund", path="Kundenberater-in-Privatkunden_JR-7713",
         title="Kundenberater:in Privatkunden (m/w/d)", location="Eichstätt, Bayern", country="Germany",
         remote="Hybrid", time="Vollzeit", posted_on="Posted 30+ Days Ago",
         text="<p><b>Ihre Aufgaben</b></p><ul><li>Ganzheitliche Beratung unserer Privatkund:innen zu Konto,"
              " Vorsorge, Wertpapieren und Baufinanzierung</li><li>Aktive Betreuung eines Kundenstamms in der"
              " Geschäftsstelle Eichstätt</li></ul><p><b>Ihr Profil</b></p><ul><li>Ausbildung zur Bankkauffrau"
              " / zum Bankkaufmann und 3 Jahre Erfahrung in der Kundenberatung</li><li>Zertifizierung nach"
              " WpHG</li></ul><p><b>Wir bieten</b></p><p>TVöD-S, Entgeltgruppe 9a: 3.650 € &ndash; 4.300 € brutto"
              " monatlich, dazu die Sparkassensonderzahlung, ein Tag mobiles Arbeiten pro Woche und ein"
              " Zuschuss zum Deutschlandticket.</p>",
         label=L("Kundenberater:in Privatkunden (m/w/d)", "Kreissparkasse Altmühlgrund", "Eichstätt", "Bayern", "DE",
                 "hybrid", "full-time", "mid", M(3650), M(4300), "EUR", None, "de")),
    dict(company="北関東ロジスティクス株式会社", path="Logistics-Office-Staff_JR-0511",
         title="物流センター 事務スタッフ（正社員）", location="栃木県宇都宮市", country="Japan",
         remote="On-site", time="Full time", posted_on="Posted Today",
         text="<p><b>仕事内容</b></p><p>食品・日用品の物流センターで、入出荷データの入力、配車の手配、"
              "ドライバーや取引先との電話・メール対応をお任せします。</p><p><b>応募資格</b></p><ul><li>"
              "PC（Excel・Word）の基本操作ができる方</li><li>未経験歓迎</li></ul><p><b>給与</b></p>"
              "<p>月給 23万円～27万円（経験・能力を考慮）、賞与年2回（昨年実績 計3.5か月分）、通勤手当"
              "（上限3万円）、残業手当別途支給。</p><p><b>勤務時間</b></p><p>8:30～17:30（休憩60分）、"
              "土日休み。</p>",
         label=L("物流センター 事務スタッフ（正社員）", "北関東ロジスティクス株式会社", "宇都宮市", "栃木県", "JP",
                 "onsite", "full-time", None, M(230000), M(270000), "JPY", "2026-12-01", "ja")),
    dict(company="Qassim Care Medical City", path="Biomedical-Engineer_R-11842",
         title="Biomedical Engineer", location="Buraydah", country="Saudi Arabia",
         remote="On-site", time="Full time", posted_on="Posted 10 Days Ago",
         text="<p><b>Job Purpose</b></p><p>Maintain and calibrate medical equipment across our 400-bed"
              " hospital, including ICU ventilators, dialysis machines and imaging support systems.</p><p>"
              "<b>Responsibilities</b></p><ul><li>Preventive maintenance and repair per the CMMS"
              " schedule</li><li>Acceptance testing of new devices</li><li>Vendor coordination and"
              " recall handling</li></ul><p><b>Requirements</b></p><ul><li>Bachelor's in biomedical"
              " engineering, SCFHS classification</li><li>3 years of hospital experience</li></ul><p><b>"
              "Package</b></p><p>Basic salary SAR 9,500 &ndash; 11,000 per month, plus a housing allowance of"
              " 25% of basic, a transport allowance of SAR 1,000 and an annual ticket home.</p>",
         label=L("Biomedical Engineer", "Qassim Care Medical City", "Buraydah", None, "SA", "onsite", "full-time",
                 "mid", M(9500), M(11000), "SAR", "2026-11-21", "en")),
    dict(company="Municipality of Kawartha Shores", path="Water-Treatment-Operator---Class-II_REQ-2219",
         title="Drinking Water Systems Operator - Class II", location="Peterborough, ON", country="Canada",
         remote="On-site", time="Full time", posted_on="Posted 3 Days Ago",
         text="<p><b>Overview</b></p><p>Operate and maintain the municipality's surface water treatment plant"
              " and three well systems serving 24,000 residents.</p><p><b>Duties</b></p><ul><li>Process"
              " monitoring, sampling and lab tests</li><li>Chemical dosing and filter backwashes</li><li>"
              "Standby rotation one week in five</li></ul><p><b>Qualifications</b></p><ul><li>Class II Water"
              " Treatment certificate (Ontario)</li><li>2 years of operating experience</li><li>DZ licence"
              "</li></ul><p><b>Compensation</b></p><p>Wages and benefits in accordance with the CUPE Local 4120"
              " collective agreement. Operators who earn a Class III certificate receive a one-time $1,000"
              " certification bonus; standby is paid at $320 per week.</p>",
         label=L("Drinking Water Systems Operator - Class II", "Municipality of Kawartha Shores", "Peterborough",
                 "ON", "CA", "onsite", "full-time", "mid", None, None, None, "2026-11-28", "en")),
]

# ---------------------------------------------------------------- Workable (6, three accounts)
WORKABLE = [
    ("Chania Bay Hotels", "<p>Four seaside hotels in western Crete.</p>", [
        dict(code="E2F3A4B014", title="Front Desk Receptionist – Season 2027", employment="Contract",
             city="Chania", region="Crete", country="Greece", published="2026-11-10", experience="",
             text="<p>Our 5-star resort on the Chania coast has 210 rooms and is open from April to October."
                  "</p><p><strong>Duties</strong></p><ul><li>Check-in and check-out, Opera PMS</li><li>Guest"
                  " requests and excursions</li></ul><p><strong>Requirements</strong></p><ul><li>Fluent English"
                  " and German</li><li>1 year of front desk experience</li></ul><p><strong>We offer</strong></p>"
                  "<p>A seasonal contract, €1,150 gross per month paid 14 times a year, staff"
                  " accommodation and meals, and a €300 end-of-season bonus.</p>",
             label=L("Front Desk Receptionist – Season 2027", "Chania Bay Hotels", "Chania", "Crete", "GR",
                     "onsite", "contract", "entry", M(1150, 14), M(1150, 14), "EUR", "2026-11-10", "en")),
        dict(code="E2F3A4B015", title="Chef de Partie", employment="Contract", city="Rethymno", region="Crete",
             country="Greece", published="2026-11-22", experience="",
             text="<p>À la carte Mediterranean restaurant of our Rethymno hotel, 120 covers.</p><p>Run the hot"
                  " section, prepare mise en place and train commis.</p><p>3 years in hotel kitchens.</p><p>"
                  "€1,400 – €1,600 net per month for the season, plus the Easter and holiday bonuses the law"
                  " provides; accommodation and meals included.</p>",
             label=L("Chef de Partie", "Chania Bay Hotels", "Rethymno", "Crete", "GR", "onsite", "contract", "mid",
                     M(1400), M(1600), "EUR", "2026-11-22", "en")),
    ]),
    ("Sandhills Veterinary Partners", "<p>Mixed-animal practices in central Nebraska.</p>", [
        dict(code="E2F3A4B016", title="Licensed Veterinary Technician", employment="Full-time",
             city="Grand Island", region="Nebraska", country="United States", published="2026-11-04",
             experience="",
             text="<p>Our Grand Island hospital sees small animals and equine patients, with a busy surgery"
                  " schedule.</p><p>Anesthesia, dental cleanings, radiographs, lab work and client education."
                  "</p><p>Nebraska LVT credential.</p><p>$20 – $25/hr DOE, CE allowance of $750, uniform"
                  " allowance and pet care discounts.</p>",
             label=L("Licensed Veterinary Technician", "Sandhills Veterinary Partners", "Grand Island", "NE", "US",
                     "onsite", "full-time", None, H(20), H(25), "USD", "2026-11-04", "en")),
        dict(code="E2F3A4B017", title="Associate Veterinarian (Mixed Animal)", employment="Full-time",
             city="Kearney", region="Nebraska", country="United States", published="2026-11-18",
             experience="",
             text="<p>Join three doctors in a mixed practice: cow-calf herd work in spring, small animal the"
                  " rest of the year.</p><p>DVM and a Nebraska license (or eligible); new graduates"
                  " welcome.</p><p>$115,000 – $140,000 base plus ProSal, a $10,000 signing bonus, $2,500 CE"
                  " and paid PLIT and licenses.</p>",
             label=L("Associate Veterinarian (Mixed Animal)", "Sandhills Veterinary Partners", "Kearney", "NE",
                     "US", "onsite", "full-time", "mid", 115000, 140000, "USD", "2026-11-18", "en")),
    ]),
    ("Rosedale Dental Group", "<p>Family dental offices in southwestern Ontario.</p>", [
        dict(code="E2F3A4B018", title="Dental Receptionist", employment="Full-time", city="Stratford",
             region="Ontario", country="United Kingdom", published="2026-11-07", experience="",
             text="<p>Our Stratford office has six operatories and a friendly team of 14.</p><p>Book"
                  " appointments in ABELDent, submit insurance claims and welcome patients.</p><p>Dental"
                  " office experience an asset.</p><p>CA$22 – CA$25 per hour, group benefits and dental care"
                  " for your family.</p>",
             label=L("Dental Receptionist", "Rosedale Dental Group", "Stratford", None, None, "onsite", "full-time",
                     None, H(22), H(25), "CAD", "2026-11-07", "en")),
        dict(code="E2F3A4B019", title="Dental Hygienist (RDH) – 3 days a week", employment="Part-time", city="Kitchener",
             region="Ontario", country="Canada", published="2026-11-25", experience="",
             text="<p>Three days a week, including one evening, in our Kitchener office.</p><p>Scaling, root"
                  " planing, radiographs and patient education.</p><p>Registration with the CDHO.</p><p>CA$48 –"
                  " CA$56 per hour and a $1,000 yearly CE allowance.</p>",
             label=L("Dental Hygienist (RDH) – 3 days a week", "Rosedale Dental Group", "Kitchener", "ON", "CA", "onsite",
                     "part-time", None, H(48), H(56), "CAD", "2026-11-25", "en")),
    ]),
]

# ---------------------------------------------------------------- SmartRecruiters (6)
SMARTRECRUITERS = [
    dict(company="Bricofiume S.p.A.", id="779140100000001", title="Addetto/a alle vendite – reparto giardino",
         city="Vicenza", region="Veneto", country="it", full="Vicenza, Veneto, Italy",
         released="2026-11-04T09:00:00.000Z", employment="Full-time", experience="Entry Level",
         sections=[("companyDescription", "Company Description",
                    "<p>Catena di 38 punti vendita di bricolage, giardinaggio e arredo casa nel Nord-Est.</p>"),
                   ("jobDescription", "Job Description",
                    "<p>Consulenza ai clienti del reparto giardino, riassortimento, gestione delle piante"
                    " vive e del banco taglio.</p>"),
                   ("qualifications", "Qualifications",
                    "<p>Passione per il verde, disponibilità a lavorare nel fine settimana su turni.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Contratto a tempo indeterminato, CCNL Commercio 4° livello, retribuzione mensile lorda di 1.780 € con"
                    " tredicesima e quattordicesima, buoni pasto da 7 € e sconto dipendenti del 15%.</p>")],
         label=L("Addetto/a alle vendite – reparto giardino", "Bricofiume S.p.A.", "Vicenza", "Veneto", "IT",
                 "onsite", "full-time", "entry", M(1780, 14), M(1780, 14), "EUR", "2026-11-04", "it")),
    dict(company="Klimaatwerk Brabant B.V.", id="779140100000002", title="Servicemonteur Warmtepompen",
         city="'s-Hertogenbosch", region="Noord-Brabant", country="nl", full="'s-Hertogenbosch, Noord-Brabant,"
                                                                              " Netherlands",
         released="2026-11-09T08:00:00.000Z", employment="Full-time", experience="Mid-Senior Level",
         sections=[("companyDescription", "Company Description",
                    "<p>Wij installeren en onderhouden warmtepompen en ventilatiesystemen bij 12.000 woningen"
                    " en scholen in Brabant.</p>"),
                   ("jobDescription", "Job Description",
                    "<p>Je lost storingen op, voert onderhoud uit en stelt installaties in bij klanten thuis;"
                    " je rijdt vanuit huis met een volledig ingerichte bus.</p>"),
                   ("qualifications", "Qualifications",
                    "<p>MBO-3 installatietechniek, F-gassen certificaat en 2 jaar ervaring in service.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>€ 2.900 – € 3.600 bruto per maand, 8% vakantiegeld, bus van de zaak en een"
                    " storingsdienstvergoeding van € 250 per week.</p>")],
         label=L("Servicemonteur Warmtepompen", "Klimaatwerk Brabant B.V.", "'s-Hertogenbosch", "Noord-Brabant",
                 "NL", "onsite", "full-time", "mid", M(2900), M(3600), "EUR", "2026-11-09", "nl")),
    dict(company="Pacific Rim Freight Forwarders", id="779140100000003", title="Import Coordinator",
         city="Richmond", region="British Columbia", country="au", full="Richmond, British Columbia, Australia",
         released="2026-11-13T18:00:00.000Z", employment="Full-time", experience="Associate",
         sections=[("companyDescription", "Company Description",
                    "<p>A freight forwarder moving ocean and air imports from Asia for retailers.</p>"),
                   ("jobDescription", "Job Description",
                    "<p>Track shipments, arrange customs clearance with our brokers, book drayage from the"
                    " terminals and keep clients informed.</p>"),
                   ("qualifications", "Qualifications",
                    "<p>1 year in freight forwarding or logistics; CargoWise experience an asset.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>CA$26 – CA$30 per hour, extended health benefits and a transit pass subsidy.</p>")],
         label=L("Import Coordinator", "Pacific Rim Freight Forwarders", "Richmond", None, None, "onsite",
                 "full-time", "entry", H(26), H(30), "CAD", "2026-11-13", "en")),
    dict(company="Cooperativa Crediserra", id="779140100000004", title="Analista de Crédito Pleno",
         city="Caxias do Sul", region="RS", country="br", full="Caxias do Sul, RS, Brazil",
         released="2026-11-17T12:00:00.000Z", employment="Full-time", experience="Mid-Senior Level",
         sections=[("companyDescription", "Company Description",
                    "<p>Cooperativa de crédito com 140 mil associados na Serra Gaúcha.</p>"),
                   ("jobDescription", "Job Description",
                    "<p>Análise de crédito para pessoas jurídicas, pareceres para o comitê e acompanhamento da"
                    " carteira.</p>"),
                   ("qualifications", "Qualifications",
                    "<p>Graduação em Administração, Economia ou Contabilidade e experiência em análise de"
                    " balanços.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Salário de R$ 5.200 a R$ 6.300 por mês, PLR, vale-refeição e plano de saúde.</p>")],
         label=L("Analista de Crédito Pleno", "Cooperativa Crediserra", "Caxias do Sul", "RS", "BR", "onsite",
                 "full-time", "mid", M(5200), M(6300), "BRL", "2026-11-17", "pt")),
    dict(company="Textiles del Cauca S.A.S.", id="779140100000005", title="Jefe de Mantenimiento",
         city="Cali", region="Valle del Cauca", country="co", full="Cali, Valle del Cauca, Colombia",
         released="2026-11-20T14:00:00.000Z", employment="Full-time", experience="Director",
         sections=[("companyDescription", "Company Description",
                    "<p>Hilandería y tejeduría con 650 colaboradores y exportaciones a Centroamérica.</p>"),
                   ("jobDescription", "Job Description",
                    "<p>Liderar el equipo de 22 técnicos, planear el mantenimiento preventivo de telares y"
                    " calderas, y administrar el presupuesto del área.</p>"),
                   ("qualifications", "Qualifications",
                    "<p>Ingeniero mecánico o electromecánico con 8 años de experiencia en planta.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Salario a convenir. El área maneja un presupuesto anual de mantenimiento de COP 1.200"
                    " millones y hay bonificación por disponibilidad de equipos.</p>")],
         label=L("Jefe de Mantenimiento", "Textiles del Cauca S.A.S.", "Cali", "Valle del Cauca", "CO", "onsite",
                 "full-time", "lead", None, None, None, "2026-11-20", "es")),
    dict(company="Bakony Autóalkatrész Kft.", id="779140100000006", title="Minőségellenőr (3 műszak)",
         city="Veszprém", region="Veszprém vármegye", country="hu", full="Veszprém, Veszprém vármegye, Hungary",
         released="2026-11-24T07:00:00.000Z", employment="Full-time", experience="Associate",
         sections=[("companyDescription", "Company Description",
                    "<p>Fröccsöntött műanyag alkatrészeket gyártunk autóipari beszállítóknak.</p>"),
                   ("jobDescription", "Job Description",
                    "<p>Gyártásközi és végellenőrzés mérőeszközökkel, hibás termékek elkülönítése és"
                    " dokumentálása.</p>"),
                   ("qualifications", "Qualifications",
                    "<p>Szakmunkás végzettség, tolómérő és mikrométer használata.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Bruttó 520 000 – 600 000 Ft/hó, műszakpótlék, cafeteria és ingyenes céges busz.</p>")],
         label=L("Minőségellenőr (3 műszak)", "Bakony Autóalkatrész Kft.", "Veszprém", "Veszprém vármegye", "HU",
                 "onsite", "full-time", "mid", M(520000), M(600000), "HUF", "2026-11-24", "hu")),
]

# ---------------------------------------------------------------- Recruitee (6)
RECRUITEE = [
    dict(id=3401001, company="WZC Hof ter Leie", title="Zorgkundige (80 %)", city="Deinze",
         state="Oost-Vlaanderen", country="Belgium", location="Deinze, Belgium", on_site=True,
         published="2026-11-05 08:00:00 UTC", employment="parttime", experience="",
         salary=("2650", "3300", "EUR", "month"),
         text="<p>Woonzorgcentrum met 112 bewoners en een afdeling voor personen met dementie, aan de Leie in"
              " Deinze.</p><p>Je helpt bewoners bij de dagelijkse verzorging, observeert en rapporteert in"
              " het zorgdossier en werkt in een team met verpleegkundigen.</p><p>Diploma zorgkundige en"
              " registratie bij de FOD Volksgezondheid.</p><p>Verloning volgens IFIC, een"
              " eindejaarspremie, maaltijdcheques van € 8 en een fietsvergoeding.</p>",
         label=L("Zorgkundige (80 %)", "WZC Hof ter Leie", "Deinze", "Oost-Vlaanderen", "BE", "onsite",
                 "part-time", None, M(2650), M(3300), "EUR", "2026-11-05", "nl")),
    dict(id=3401002, company="Spedition Weserbogen GmbH",
         title="Kaufmann/-frau für Spedition und Logistikdienstleistung (m/w/d)", city="Minden",
         state="Nordrhein-Westfalen", country="Germany", location="Minden, Germany", hybrid=True,
         published="2026-11-10 09:30:00 UTC", employment="fulltime", experience="mid_level",
         salary=("3200", "3700", "EUR", "month"),
         text="<p>Wir organisieren Teil- und Komplettladungen zwischen Ostwestfalen, Skandinavien und dem"
              " Baltikum mit 60 eigenen Zügen.</p><p>Du disponierst Touren, kalkulierst Angebote und betreust"
              " Kund:innen und Partnerspeditionen.</p><p>Abgeschlossene Ausbildung und 3 Jahre Erfahrung in der"
              " Disposition.</p><p>Ein Tag Homeoffice pro Woche, Jobrad, 30 Urlaubstage und eine Prämie von"
              " 1.000 € pro Jahr bei Erreichen der Auslastungsziele.</p>",
         label=L("Kaufmann/-frau für Spedition und Logistikdienstleistung (m/w/d)", "Spedition Weserbogen GmbH",
                 "Minden", "Nordrhein-Westfalen", "DE", "hybrid", "full-time", "mid", M(3200), M(3700), "EUR",
                 "2026-11-10", "de")),
    dict(id=3401003, company="Hoivakoti Kuusela Oy", title="Lähihoitaja, vakituinen", city="Jyväskylä",
         state="Keski-Suomi", country="Finland", location="Jyväskylä, Finland", on_site=True,
         published="2026-11-12 07:00:00 UTC", employment="fulltime", experience="",
         text="<p>Kuusela on 45-paikkainen ympärivuorokautisen palveluasumisen yksikkö Jyväskylän"
              " Vaajakoskella.</p><p>Työ on kolmivuorotyötä: perushoito, lääkehoito ja asukkaiden arjen"
              " tukeminen.</p><p>Lähihoitajan tutkinto ja Valviran rekisteröinti.</p><p>Peruspalkka 2 450"
              " – 2 700 € kuukaudessa Hyvinvointialan TES:n mukaan, vuorolisät sekä 500 euron"
              " rekrytointibonus koeajan jälkeen.</p>",
         label=L("Lähihoitaja, vakituinen", "Hoivakoti Kuusela Oy", "Jyväskylä", "Keski-Suomi", "FI", "onsite",
                 "full-time", None, M(2450), M(2700), "EUR", "2026-11-12", "fi")),
    dict(id=3401004, company="Rein & Zorg Facilitair", title="Schoonmaakmedewerker ziekenhuis (24 uur)",
         city="Leeuwarden", state="Friesland", country="Netherlands", location="Leeuwarden, Netherlands",
         on_site=True, published="2026-11-16 10:00:00 UTC", employment="parttime", experience="",
         salary=("14.20", "14.20", "EUR", "hour"),
         text="<p>Wij verzorgen de schoonmaak van ziekenhuizen en zorginstellingen in Friesland.</p><p>Je"
              " maakt patiëntenkamers en poliklinieken schoon volgens de hygiënerichtlijnen, ook bij"
              " isolatie.</p><p>Geen diploma nodig; we leiden je op.</p><p>Uurloon volgens de"
              " schoonmaak-cao, onregelmatigheidstoeslag en een reiskostenvergoeding.</p>",
         label=L("Schoonmaakmedewerker ziekenhuis (24 uur)", "Rein & Zorg Facilitair", "Leeuwarden", "Friesland",
                 "NL", "onsite", "part-time", None, H(14.20), H(14.20), "EUR", "2026-11-16", "nl")),
    dict(id=3401005, company="Hartley & Moss Estate Agents", title="Trainee Estate Agent", city="Chelmsford",
         state="Essex", country="United Kingdom", location="Chelmsford, United Kingdom", on_site=True,
         published="2026-11-19 09:00:00 UTC", employment="fulltime", experience="entry_level",
         salary=("24000", "24000", "GBP", "year"),
         text="<p>An independent estate agency with four branches in mid-Essex.</p><p>Book and carry out"
              " viewings, register applicants and progress sales to completion.</p><p>A full driving licence"
              " and a positive attitude; no property experience needed.</p><p>£24,000 basic with an OTE of"
              " £35,000 through commission, a company car after probation and Saturday rotas.</p>",
         label=L("Trainee Estate Agent", "Hartley & Moss Estate Agents", "Chelmsford", "Essex", "GB", "onsite",
                 "full-time", "entry", 24000, 24000, "GBP", "2026-11-19", "en")),
    dict(id=3401006, company="Moravská účetní kancelář s.r.o.", title="Účetní", city="Olomouc",
         state="Olomoucký kraj", country="Czechia", location="Olomouc, Czechia", hybrid=True,
         published="2026-11-23 08:00:00 UTC", employment="fulltime", experience="",
         text="<p>Účetní kancelář pro 160 malých firem a živnostníků na střední Moravě.</p><p>Vedení"
              " podvojného účetnictví, přiznání k DPH a kontrolní hlášení, mzdy v Pohodě.</p><p>SŠ"
              " s maturitou a 3 roky praxe v účetnictví.</p><p>Mzda 38 000 – 45 000 Kč hrubého měsíčně,"
              " dva dny home office týdně, stravenkový paušál a 5 týdnů dovolené.</p>",
         label=L("Účetní", "Moravská účetní kancelář s.r.o.", "Olomouc", "Olomoucký kraj", "CZ", "hybrid",
                 "full-time", "mid", M(38000), M(45000), "CZK", "2026-11-23", "cs")),
]

# ---------------------------------------------------------------- Personio (6, three employers)
PERSONIO = [
    ("Allgäuer Haustechnik Wiedemann GmbH", [
        dict(id=4001001, office="Kaufbeuren", department="Kundendienst",
             title="Anlagenmechaniker:in SHK im Kundendienst (m/w/d)",
             blocks=[("Deine Aufgaben", "<p>Wartung und Reparatur von Gas- und Ölheizungen, Wärmepumpen und"
                                        " Sanitäranlagen bei Privat- und Gewerbekund:innen im Ostallgäu.</p>"),
                     ("Dein Profil", "<p>Abgeschlossene Ausbildung als Anlagenmechaniker:in SHK,"
                                     " Führerschein Klasse B, Kundendiensterfahrung von Vorteil.</p>"),
                     ("Wir bieten", "<p>Bruttostundenlohn zwischen 19,50 € und 23,00 €, eigenes Servicefahrzeug,"
                                    " Bereitschaftspauschale von 150 € pro Woche und 30 Tage Urlaub.</p>")],
             contract="permanent", seniority="", schedule="full-time",
             created="2026-11-03T08:00:00+01:00",
             label=L("Anlagenmechaniker:in SHK im Kundendienst (m/w/d)", "Allgäuer Haustechnik Wiedemann GmbH",
                     "Kaufbeuren", None, "DE", None, "full-time", None, H(19.50), H(23.00), "EUR", "2026-11-03",
                     "de")),
        dict(id=4001002, office="Marktoberdorf", department="Ausbildung",
             title="Auszubildende:r Anlagenmechaniker:in SHK (Start September 2027)",
             blocks=[("Was dich erwartet", "<p>Dreieinhalb Jahre Ausbildung in Werkstatt, auf Baustellen und"
                                           " in der Berufsschule Kaufbeuren.</p>"),
                     ("Was du mitbringst", "<p>Mittelschul- oder Realschulabschluss und handwerkliches"
                                           " Geschick.</p>"),
                     ("Was wir bieten", "<p>Ausbildungsvergütung: 1. Lehrjahr 1.000 €, 2. Lehrjahr 1.050 €,"
                                        " 3. Lehrjahr 1.120 €, 4. Lehrjahr 1.200 € im Monat, Tablet und"
                                        " Werkzeug, Prämie von 500 € bei gutem Gesellenbrief.</p>")],
             contract="trainee", seniority="entry-level", schedule="full-time",
             created="2026-11-14T09:00:00+01:00",
             label=L("Auszubildende:r Anlagenmechaniker:in SHK (Start September 2027)",
                     "Allgäuer Haustechnik Wiedemann GmbH", "Marktoberdorf", None, "DE", None, "full-time", "entry",
                     M(1000), M(1000), "EUR", "2026-11-14", "de")),
    ]),
    ("Bäckerei Kornfeld GmbH", [
        dict(id=4001003, office="St. Pölten", department="Backstube", title="Bäcker:in (Nachtarbeit)",
             blocks=[("Deine Aufgaben", "<p>Herstellung von Brot, Gebäck und Feingebäck für 24 Filialen in"
                                        " Niederösterreich, ab 22 Uhr.</p>"),
                     ("Dein Profil", "<p>Lehrabschluss als Bäcker:in.</p>"),
                     ("Unser Angebot", "<p>Laut Kollektivvertrag für das Bäckergewerbe ab 2.280 € brutto"
                                       " monatlich (14 x jährlich), Nachtarbeitszuschläge, Gratis-Brot und"
                                       " ein Öffi-Ticket.</p>")],
             contract="permanent", seniority="", schedule="full-time",
             created="2026-11-06T07:00:00+01:00",
             label=L("Bäcker:in (Nachtarbeit)", "Bäckerei Kornfeld GmbH", "St. Pölten", None, "AT", None,
                     "full-time", None, M(2280, 14), None, "EUR", "2026-11-06", "de")),
        dict(id=4001004, office="Krems an der Donau", department="Filialen", title="Filialleitung Bäckerei-Café",
             blocks=[("Deine Aufgaben", "<p>Führung eines Teams von 9 Mitarbeiter:innen, Bestellungen,"
                                        " Kassenabrechnung und Dienstpläne.</p>"),
                     ("Dein Profil", "<p>Erfahrung im Verkauf und erste Führungserfahrung.</p>"),
                     ("Unser Angebot", "<p>Mindestgehalt 2.650 € brutto pro Monat (14 Gehälter) laut KV,"
                                       " Überzahlung je nach Erfahrung, Umsatzprämie und Mitarbeiterrabatt.</p>")],
             contract="permanent", seniority="", schedule="full-time",
             created="2026-11-21T10:00:00+01:00",
             label=L("Filialleitung Bäckerei-Café", "Bäckerei Kornfeld GmbH", "Krems an der Donau", None, "AT",
                     None, "full-time", "lead", M(2650, 14), None, "EUR", "2026-11-21", "de")),
    ]),
    ("Rüegg Treuhand AG", [
        dict(id=4001005, office="Winterthur", department="Treuhand", title="Sachbearbeiter:in Treuhand 80–100 %",
             blocks=[("Ihre Aufgaben", "<p>Buchhaltungen, Jahresabschlüsse und Steuererklärungen für KMU und"
                                       " Privatpersonen, MWST-Abrechnungen.</p>"),
                     ("Ihr Profil", "<p>Kaufmännische Grundbildung, Sachbearbeiter:in Rechnungswesen und 3"
                                    " Jahre Treuhanderfahrung.</p>"),
                     ("Wir bieten", "<p>Jahressalär brutto CHF 78'000 bis 88'000 auf Basis 100 %, flexible Arbeitszeiten"
                                    " und Beteiligung an der Weiterbildung zum/zur Treuhänder:in mit eidg."
                                    " FA.</p>")],
             contract="permanent", seniority="", schedule="full-time",
             created="2026-11-09T08:30:00+01:00",
             label=L("Sachbearbeiter:in Treuhand 80–100 %", "Rüegg Treuhand AG", "Winterthur", None, "CH", None,
                     "full-time", "mid", 78000, 88000, "CHF", "2026-11-09", "de")),
        dict(id=4001006, office="Frauenfeld", department="Ausbildung",
             title="Lernende:r Kauffrau/Kaufmann EFZ (Lehrbeginn August 2027)",
             blocks=[("Deine Lehre", "<p>Drei Jahre in Buchhaltung, Steuern und Kundenadministration.</p>"),
                     ("Dein Profil", "<p>Sekundarschule Niveau E, Freude an Zahlen.</p>"),
                     ("Wir bieten", "<p>Lohn gemäss den Empfehlungen des KV Schweiz, ein Beitrag von CHF 500"
                                    " an deinen Laptop und Schnuppertage nach Vereinbarung.</p>")],
             contract="trainee", seniority="", schedule="full-time",
             created="2026-11-26T09:00:00+01:00",
             label=L("Lernende:r Kauffrau/Kaufmann EFZ (Lehrbeginn August 2027)", "Rüegg Treuhand AG",
                     "Frauenfeld", None, "CH", None, "full-time", "entry", None, None, None, "2026-11-26", "de")),
    ]),
]

# ---------------------------------------------------------------- Teamtailor (6, three feeds)
TEAMTAILOR = [
    ("Jobba hos Norrmejerier Lantbruk", "norrmejerierlantbruk.teamtailor.com", [
        dict(id="1410001", company="Norrmejerier Lantbruk AB", title="Mejerioperatör – skift",
             employment="FULL_TIME",
             addresses=[{"addressLocality": "Luleå", "addressRegion": "Norrbottens län", "postalCode": "973 45",
                         "addressCountry": "SE"}],
             published="2026-11-04T08:00:00+01:00", salary=("SEK", "MONTH", 31000, 35000),
             text="<p>Vi förädlar mjölk från 140 gårdar i Norrbotten till ost, smör och fil.</p><p>Du kör och"
                  " övervakar processlinjer, gör CIP-rengöring och tar prover i treskift.</p><p>Gymnasieutbildning,"
                  " gärna livsmedels- eller processinriktning.</p><p>Månadslön enligt Livsmedelsavtalet,"
                  " skifttillägg och friskvårdsbidrag på 3 000 kr.</p>",
             label=L("Mejerioperatör – skift", "Norrmejerier Lantbruk AB", "Luleå", "Norrbottens län", "SE",
                     "onsite", "full-time", None, M(31000), M(35000), "SEK", "2026-11-04", "sv")),
        dict(id="1410002", company="Norrmejerier Lantbruk AB", title="Underhållstekniker", employment="FULL_TIME",
             addresses=[{"addressLocality": "Skellefteå", "addressRegion": "Västerbottens län",
                         "postalCode": "931 36", "addressCountry": "SE"}],
             published="2026-11-17T09:00:00+01:00",
             text="<p>Vårt mejeri i Skellefteå tillverkar 18 000 ton ost om året.</p><p>Förebyggande och"
                  " avhjälpande underhåll på packmaskiner, pumpar och styrsystem.</p><p>Eltekniker eller"
                  " mekaniker med 3 års erfarenhet av industriellt underhåll.</p><p>Lön: 38 000–44 000"
                  " kr i månaden, beredskapsersättning och pension enligt avtal.</p>",
             label=L("Underhållstekniker", "Norrmejerier Lantbruk AB", "Skellefteå", "Västerbottens län", "SE",
                     "onsite", "full-time", "mid", M(38000), M(44000), "SEK", "2026-11-17", "sv")),
    ]),
    ("Careers at Pendle Care Homes", "pendlecarehomes.teamtailor.com", [
        dict(id="1410003", company="Pendle Care Homes", title="Senior Carer (Nights)",
             employment="FULL_TIME",
             addresses=[{"addressLocality": "Burnley", "addressRegion": "Lancashire", "postalCode": "BB11 3DF",
                         "addressCountry": "GB"}],
             published="2026-11-07T10:00:00+00:00", salary=("GBP", "HOUR", 13.10, 13.60),
             text="<p>A 52-bed residential and nursing home for older people.</p><p>Lead the night team of"
                  " four carers, give medication and complete care plans.</p><p>NVQ Level 3 in Health and"
                  " Social Care.</p><p>Paid breaks, a £0.50/hr night enhancement and a £300 refer-a-friend"
                  " bonus.</p>",
             label=L("Senior Carer (Nights)", "Pendle Care Homes", "Burnley", "Lancashire", "GB",
                     "onsite", "full-time", "senior", H(13.10), H(13.60), "GBP", "2026-11-07", "en")),
        dict(id="1410004", company="Pendle Care Homes", title="Deputy Manager", employment="FULL_TIME",
             addresses=[{"addressLocality": "Accrington", "addressRegion": "Lancashire", "postalCode": "BB5 1LZ",
                         "addressCountry": "GB"}],
             published="2026-11-20T11:00:00+00:00",
             text="<p>Support the registered manager of our 40-bed home in Accrington.</p><p>Supervise the"
                  " care team, audit care plans and medication, and prepare for CQC inspections.</p><p>A"
                  " nursing or Level 5 qualification and 2 years in a supervisory role.</p><p>£38,500 –"
                  " £42,000 per annum, with an annual quality bonus of up to £2,000.</p>",
             label=L("Deputy Manager", "Pendle Care Homes", "Accrington", "Lancashire", "GB", "onsite", "full-time",
                     "mid", 38500, 42000, "GBP", "2026-11-20", "en")),
    ]),
    ("Trabaja con Grupo Hostelero Bahía", "grupobahia.teamtailor.com", [
        dict(id="1410005", company="Grupo Hostelero Bahía S.L.", title="Camarero/a de sala",
             employment="FULL_TIME",
             addresses=[{"addressLocality": "Cádiz", "addressRegion": "Andalucía", "postalCode": "11005",
                         "addressCountry": "ES"}],
             published="2026-11-09T10:00:00+01:00",
             text="<p>Tres restaurantes de pescado y un chiringuito en Cádiz capital.</p><p>Servicio de sala y"
                  " terraza, toma de comandas con TPV y montaje de eventos.</p><p>Experiencia mínima de 1 año"
                  " e inglés básico.</p><p>Salario bruto mensual de 1.450 € en 14 pagas según el convenio de"
                  " hostelería de Cádiz; las propinas se reparten aparte.</p>",
             label=L("Camarero/a de sala", "Grupo Hostelero Bahía S.L.", "Cádiz", "Andalucía", "ES", "onsite",
                     "full-time", "entry", M(1450, 14), M(1450, 14), "EUR", "2026-11-09", "es")),
        dict(id="1410006", company="Grupo Hostelero Bahía S.L.", title="Jefe/a de cocina",
             employment="FULL_TIME",
             addresses=[{"addressLocality": "Jerez de la Frontera", "addressRegion": "Andalucía",
                         "postalCode": "11402", "addressCountry": "ES"}],
             published="2026-11-23T09:00:00+01:00",
             text="<p>Abrimos en Jerez un restaurante de cocina andaluza con 90 cubiertos.</p><p>Dirigir la"
                  " cocina, diseñar la carta con producto de la sierra y la costa, y controlar costes y"
                  " APPCC.</p><p>5 años de experiencia, 2 de ellos como jefe/a de cocina.</p><p>Salario según"
                  " valía y un bonus de 3.000 € al año por objetivos de food cost.</p>",
             label=L("Jefe/a de cocina", "Grupo Hostelero Bahía S.L.", "Jerez de la Frontera", "Andalucía", "ES",
                     "onsite", "full-time", "lead", None, None, None, "2026-11-23", "es")),
    ]),
]

# ---------------------------------------------------------------- Breezy (6, two companies; no description)
BREEZY = [
    ("Gulf Coast Home Health", [
        dict(id="al8b9c0d1e01", title="Home Health Aide (HHA)", type="Part-Time", city="Mobile", state="Alabama",
             country="United States", place="Mobile, AL", published="2026-11-03T15:00:00.000Z",
             salary="$14 - $17 / hour",
             label=L("Home Health Aide (HHA)", "Gulf Coast Home Health", "Mobile", "AL", "US", "onsite",
                     "part-time", None, H(14), H(17), "USD", "2026-11-03", "en")),
        dict(id="al8b9c0d1e02", title="Physical Therapist - Home Health", type="Full-Time", city="Daphne",
             state="Alabama", country="United States", place="Daphne, AL", published="2026-11-12T16:00:00.000Z",
             salary="$95,000 - $110,000 / year",
             label=L("Physical Therapist - Home Health", "Gulf Coast Home Health", "Daphne", "AL", "US", "onsite",
                     "full-time", None, 95000, 110000, "USD", "2026-11-12", "en")),
        dict(id="al8b9c0d1e03", title="Certified Occupational Therapy Assistant (COTA)", type="Full-Time",
             city="Jackson", state="Mississippi", country="United States", place="Jackson, TN",
             published="2026-11-24T14:00:00.000Z", salary="$33 - $38 / hour",
             label=L("Certified Occupational Therapy Assistant (COTA)", "Gulf Coast Home Health", "Jackson", None,
                     "US", "onsite", "full-time", None, H(33), H(38), "USD", "2026-11-24", "en")),
    ]),
    ("Grand River Landscape Co.", [
        dict(id="on2c3d4e5f01", title="Landscape Crew Lead", type="Seasonal", city="Guelph", state="Ontario",
             country="Canada", place="Guelph, ON", published="2026-11-05T14:00:00.000Z",
             salary="$24 - $28 / hour",
             label=L("Landscape Crew Lead", "Grand River Landscape Co.", "Guelph", "ON", "CA", "onsite", "contract",
                     "lead", H(24), H(28), "CAD", "2026-11-05", "en")),
        dict(id="on2c3d4e5f02", title="Irrigation Technician", type="Full-Time", city="Brantford",
             state="Ontario", country="Canada", place="Brantford, ON", published="2026-11-16T15:00:00.000Z",
             salary="$22 - $26 / hour",
             label=L("Irrigation Technician", "Grand River Landscape Co.", "Brantford", "ON", "CA", "onsite",
                     "full-time", None, H(22), H(26), "CAD", "2026-11-16", "en")),
        dict(id="on2c3d4e5f03", title="Office Administrator", type="Full-Time", city="Guelph", state="Ontario",
             country="Canada", place="Guelph, ON", published="2026-11-27T15:30:00.000Z",
             salary="$42,000 - $48,000 / year",
             label=L("Office Administrator", "Grand River Landscape Co.", "Guelph", "ON", "CA", "onsite",
                     "full-time", None, 42000, 48000, "CAD", "2026-11-27", "en")),
    ]),
]


# ---------------------------------------------------------------- Hacker News (6)
def hn_text(first, *paragraphs):
    return first + "".join("<p>" + p for p in paragraphs)


HN = [
    dict(id=49100001, author="tidewellhq", created="2026-11-02T15:10:00.000Z",
         text=hn_text("Tidewell | Senior Platform Engineer | Coimbra, Portugal | Hybrid | Full-time |"
                      " \u20ac70\u201385k",
                      "Tide and weather forecasts for ports and marinas, sold to harbour authorities in 14"
                      " countries. Kubernetes, Terraform, Postgres; two days a week at our office by the"
                      " Mondego."),
         label=L("Senior Platform Engineer", "Tidewell", "Coimbra", None, "PT", "hybrid", "full-time", "senior",
                 70000, 85000, "EUR", "2026-11-02", "en")),
    dict(id=49100002, author="herdwise", created="2026-11-02T16:45:00.000Z",
         text=hn_text("Herdwise | Data Engineer (Sensor Pipelines) | REMOTE (EU) | Full-time | \u20ac65k\u2013\u20ac80k",
                      "Health monitoring collars for dairy cows; 2M readings a minute. Python, ClickHouse,"
                      " Dagster. We hire in any EU country through an employer of record."),
         label=L("Data Engineer (Sensor Pipelines)", "Herdwise", None, None, None, "remote", "full-time", None, 65000, 80000, "EUR",
                 "2026-11-02", "en")),
    dict(id=49100003, author="fenneclabs", created="2026-11-02T18:30:00.000Z",
         text=hn_text("Fennec Labs | Embedded Firmware Developer | Tel Aviv, Israel | ONSITE | Full-time |"
                      " \u20aa32,000\u201338,000/month",
                      "Low-power soil-moisture sensors for drip irrigation. C on nRF52, BLE, a lot of power"
                      " profiling. 3+ years of embedded work."),
         label=L("Embedded Firmware Developer", "Fennec Labs", "Tel Aviv", None, "IL", "onsite", "full-time", "mid",
                 M(32000), M(38000), "ILS", "2026-11-02", "en")),
    dict(id=49100004, author="quaywise", created="2026-11-03T10:20:00.000Z",
         text=hn_text("Quaywise | Product Designer | Brighton, UK | Hybrid | Full-time | \u00a355k\u2013\u00a365k",
                      "Booking and payments for independent marinas. You'll own the boater app and the harbour"
                      " office dashboard. In the office on Tuesdays and Thursdays."),
         label=L("Product Designer", "Quaywise", "Brighton", None, "GB", "hybrid", "full-time", None, 55000, 65000,
                 "GBP", "2026-11-03", "en")),
    dict(id=49100005, author="tallgrassag", created="2026-11-03T14:05:00.000Z",
         text=hn_text("Tallgrass Ag | Agronomy Data Scientist | Ames, IA | Onsite | Full-time | $120k\u2013$140k",
                      "Nitrogen recommendations from satellite imagery and soil tests for 9M acres of corn and"
                      " soybeans. Python, PyMC, Earth Engine. 2+ years after a PhD or 5 with an MS."),
         label=L("Agronomy Data Scientist", "Tallgrass Ag", "Ames", "IA", "US", "onsite", "full-time", "mid", 120000,
                 140000, "USD", "2026-11-03", "en")),
    dict(id=49100006, author="kaizenfreight", created="2026-11-04T09:40:00.000Z",
         text=hn_text("Kaizen Freight | Operations Manager | Da Nang, Vietnam | ONSITE | Full-time | competitive"
                      " + ESOP",
                      "Cross-border trucking between Vietnam, Laos and Thailand. We just raised a $6M seed and"
                      " run 80 trucks; you'll own dispatch, customs paperwork and our driver bonus pool."),
         label=L("Operations Manager", "Kaizen Freight", "Da Nang", None, "VN", "onsite", "full-time", None, None,
                 None, None, "2026-11-04", "en")),
]


def main():
    setwriter.write_set(sys.modules[__name__], "fresh14", "hn-2026-11.json", 49100000)
    if not setwriter.check_set(sys.modules[__name__], "fresh14"):
        sys.exit(1)


if __name__ == "__main__":
    main()
