#!/usr/bin/env python3
"""Writes Tests/Eval/discover/fresh10: 96 postings written one by one, six per
source kind over all sixteen kinds, shaped like an ordinary user's discover
traffic (as fresh9 is, with other employers, places and phrasings): about two
thirds from the US, the UK, Canada, Australia, New Zealand, Ireland, Germany,
Austria, Switzerland, France, Belgium, the Netherlands, Spain, Italy, Portugal,
Poland, India and Singapore, the rest from elsewhere (Japan, the UAE, Mexico,
South Africa, Brazil, Colombia, Argentina, the Philippines, Chile, Nigeria,
Vietnam, Malaysia, South Korea, Sweden, Saudi Arabia, Denmark, Finland,
Czechia, Kenya, Taiwan, Egypt, and remote roles with no country).

Professions across the labour market: care and nursing, trades and
apprentices, drivers and warehouse staff, hospitality and seasonal work,
retail, teaching, finance, legal, marketing, the public sector, engineering,
research, executives and interns. Pay sits where boards put it (a
pay-transparency footer listing several US states, a table, a heading, a
benefits paragraph, a collective agreement or public pay scale, structured
fields), by the hour, day, week, month or year, with "pro rata", "DOE", "up
to", "from", "OTE", "+ super", a 13th/14th month; next to money that is not
this role's pay (bonuses, allowances, pension matches, relocation, funding,
revenue, another role's or shift's pay, prices).
Labelled with what a careful recruiter would record, by the conventions of
Tests/Eval/discover/README.md, and committed before jobhunt was run on them
(beyond checking that they load).
Run: python3 Tests/Eval/discover/tools/fresh10.py
"""
import sys

import setwriter
from setwriter import H, D, W, M
from fresh2 import L


# ---------------------------------------------------------------- Greenhouse (6)
GREENHOUSE = [
    dict(id=9070100001, company="Summit Mutual Insurance", title="Property Claims Adjuster II",
         location="Denver, CO", meta={"Workplace Type": "Hybrid", "Employment Type": "Full-time"},
         published="2026-11-03T08:30:00-07:00",
         text="<p>Summit Mutual insures 1.4 million homes across the Mountain West. When a hailstorm hits"
              " Colorado, our property claims team is who our members call.</p><h3>About the role</h3><p>As a"
              " Property Claims Adjuster II you will own a caseload of 60&ndash;80 residential claims, inspect"
              " damage on site, write estimates in Xactimate and settle claims up to $75,000 on your own"
              " authority.</p><h3>What you bring</h3><ul><li>2+ years of property adjusting experience</li>"
              "<li>A valid Colorado adjuster licence, or the ability to obtain one within 90 days</li><li>A"
              " clean driving record (company vehicle provided)</li></ul><h3>How we work</h3><p>Hybrid - 2 days"
              " in office at our Denver Tech Center office; the rest in the field or at home. During"
              " catastrophe season you may deploy for up to three weeks at a time.</p><h3>Benefits</h3><p>"
              "Medical, dental and vision; 401(k) with a 6% match; $2,500 annual tuition reimbursement; a"
              " $3,000 CAT deployment stipend per event.</p><p><strong>Pay transparency</strong></p><p>The"
              " base salary for this position is $64,000 - $78,000 per year in Colorado; $72,000 - $88,000 in"
              " California, New York and Washington; and $60,000 - $74,000 in all other states. Individual"
              " pay is set by location, skills and experience.</p>",
         label=L("Property Claims Adjuster II", "Summit Mutual Insurance", "Denver", "CO", "US", "hybrid",
                 "full-time", "mid", 64000, 78000, "USD", "2026-11-03", "en")),
    dict(id=9070100002, company="Nene Valley Distribution", title="HGV Class 1 Driver - Nights",
         location="Daventry, Northamptonshire", meta={"Location Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-09T10:00:00+00:00",
         text="<p>We run chilled and ambient trunking for three national grocers out of DIRFT, Daventry, with"
              " 140 tractor units and a fleet under three years old.</p><h3>The job</h3><ul><li>Night trunking"
              " to regional distribution centres, back at base every morning</li><li>Four nights on, Sunday to"
              " Thursday, 22:00 start</li><li>Multi-drop experience not needed</li></ul><h3>You will need</h3>"
              "<ul><li>Cat C+E licence, digital tacho card and Driver CPC</li><li>No more than 6 points</li>"
              "</ul><h3>Pay</h3><table><tr><th>Item</th><th>Rate</th></tr><tr><td>Basic (nights)</td><td>"
              "&pound;18.40 per hour</td></tr><tr><td>Overtime after 48 hours</td><td>&pound;27.60 per hour"
              "</td></tr><tr><td>Welcome bonus</td><td>&pound;2,000, paid in two instalments</td></tr></table>"
              "<p>Plus pension, free parking and a &pound;25 night-out allowance when a run requires it.</p>",
         label=L("HGV Class 1 Driver - Nights", "Nene Valley Distribution", "Daventry", "Northamptonshire", "GB",
                 "onsite", "full-time", None, H(18.40), H(18.40), "GBP", "2026-11-09", "en")),
    dict(id=9070100003, company="Frankenwerk Elektro GmbH",
         title="Ausbildung zum Kaufmann für Büromanagement (m/w/d) 2027", location="Nürnberg, Bayern",
         meta={"Location Type": "On-site", "Employment Type": "Ausbildung"},
         published="2026-11-12T09:00:00+01:00",
         text="<p>Frankenwerk ist ein familiengeführter Elektrogroßhändler mit 420 Mitarbeitenden und einem"
              " Umsatz von 180 Mio. € im Jahr 2025.</p><h3>Deine Ausbildung</h3><ul><li>Beginn: 1. September"
              " 2027, Dauer 3 Jahre (Verkürzung möglich)</li><li>Stationen in Einkauf, Vertrieb, Buchhaltung"
              " und Personal</li><li>Berufsschule an der B5 in Nürnberg</li></ul><h3>Dein Profil</h3><ul>"
              "<li>Mittlere Reife oder Abitur</li><li>Spaß an Zahlen und Organisation</li></ul><h3>Deine"
              " Vergütung</h3><p>Ausbildungsvergütung (brutto/Monat): 1. Jahr 1.150 €, 2. Jahr 1.250 €, 3. Jahr"
              " 1.350 €. Dazu Urlaubs- und Weihnachtsgeld, ein Deutschlandticket-Zuschuss und 500 € Prämie bei"
              " sehr guter Abschlussprüfung.</p>",
         label=L("Ausbildung zum Kaufmann für Büromanagement (m/w/d) 2027", "Frankenwerk Elektro GmbH",
                 "Nürnberg", "Bayern", "DE", "onsite", "full-time", "entry", M(1150), M(1350), "EUR",
                 "2026-11-12", "de")),
    dict(id=9070100004, company="Athabasca Heavy Equipment Ltd.", title="Heavy Duty Mechanic (Red Seal)",
         location="Fort McMurray, Alberta", meta={"Location Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-16T07:00:00-07:00", pay=(48, 55, "CAD", "Hourly rate"),
         text="<p>Athabasca maintains haul trucks, dozers and shovels for oil-sands operators north of Fort"
              " McMurray.</p><h3>Responsibilities</h3><ul><li>Diagnose and repair diesel engines, hydraulics,"
              " drivetrains and electrical systems on CAT 793 and Komatsu 930E units</li><li>Complete"
              " inspections and work orders in SAP</li></ul><h3>Qualifications</h3><ul><li>Interprovincial Red"
              " Seal Heavy Equipment Technician</li><li>3+ years in mining or heavy civil</li></ul><h3>Rotation"
              " and allowances</h3><p>14 days on / 14 days off, flights from Edmonton and Calgary. A living-out"
              " allowance of $175 per day worked applies when camp is not available. Tool allowance of $1,200"
              " per year. RRSP matching of 5%.</p>",
         label=L("Heavy Duty Mechanic (Red Seal)", "Athabasca Heavy Equipment Ltd.", "Fort McMurray", "AB", "CA",
                 "onsite", "full-time", None, H(48), H(55), "CAD", "2026-11-16", "en")),
    dict(id=9070100005, company="Kamogawa Riverside Hotel", title="Front Desk Agent (English / Japanese)",
         location="Kyoto, Japan", meta={"Location Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-06T10:00:00+09:00",
         text="<p>A 180-room hotel on the Kamo River, five minutes from Gion-Shijo station, with guests from"
              " more than 40 countries.</p><h3>Duties</h3><ul><li>Check-in and check-out, reservations in"
              " Opera Cloud</li><li>Concierge requests: restaurant bookings, tea ceremonies, day trips to Nara"
              "</li><li>Night shifts about four times a month</li></ul><h3>Requirements</h3><ul><li>Business"
              " English and JLPT N2 or above</li><li>Valid working visa (we sponsor renewals)</li></ul><h3>"
              "Conditions</h3><p>Monthly salary: ¥240,000 – ¥280,000 (gross), depending on experience and"
              " language ability. Bonus twice a year based on company performance. Commuting allowance up to"
              " ¥30,000 per month; staff meals; 110 days off a year. Rooms from ¥18,000 a night are offered to"
              " staff family at 50% off.</p>",
         label=L("Front Desk Agent (English / Japanese)", "Kamogawa Riverside Hotel", "Kyoto", None, "JP", "onsite",
                 "full-time", None, M(240000), M(280000), "JPY", "2026-11-06", "en")),
    dict(id=9070100006, company="Marsa Hospitality Group", title="Executive Chef – Mediterranean Restaurant",
         location="Dubai, United Arab Emirates", meta={"Location Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-22T11:00:00+04:00",
         text="<p>Marsa operates nine restaurants in Dubai and Abu Dhabi with AED 140 million in yearly sales."
              " We are opening a 220-cover Mediterranean restaurant on Bluewaters Island in March 2027.</p>"
              "<h3>Your role</h3><ul><li>Build the menu, the brigade of 35 and the kitchen systems from"
              " pre-opening</li><li>Hold food cost at 28% and run HACCP and Dubai Municipality audits</li></ul>"
              "<h3>Your profile</h3><ul><li>10+ years, including 3 as executive or head chef in a high-volume"
              " restaurant</li><li>Opening experience in the GCC preferred</li></ul><h3>Package</h3><p>AED"
              " 28,000 – 32,000 per month, tax-free, inclusive of housing and transport allowances. Annual"
              " return flight, medical insurance and end-of-service gratuity.</p>",
         label=L("Executive Chef – Mediterranean Restaurant", "Marsa Hospitality Group", "Dubai", None, "AE",
                 "onsite", "full-time", "lead", M(28000), M(32000), "AED", "2026-11-22", "en")),
]

# ---------------------------------------------------------------- Lever (6, three employers)
LEVER = [
    dict(company="Northgate Care Homes", id="f10a0c1d-0001-4e00-9000-000000001001",
         title="Care Assistant - Days (Zero Hours)", location="Norwich", country="GB", workplace="onsite",
         commitment="Zero Hours", created="2026-11-04T10:00:00Z",
         text="Northgate runs 22 residential and nursing homes across East Anglia. Our Thorpe St Andrew home"
              " cares for 64 residents, many living with dementia.\n\nAbout the role\nYou will support residents"
              " with personal care, meals and activities, and keep clear care notes on our digital system. Shifts"
              " are 8am-8pm; you choose the days that suit you, with no minimum hours.\n\nAbout you\nKindness and"
              " patience matter more than experience: we train you to the Care Certificate in your first 12"
              " weeks.\n\nPay and benefits\nPay: £12.60 - £13.40 per hour depending on your Care Certificate or"
              " NVQ level, with time and a half on bank holidays. Paid DBS, free meals on shift and a £500"
              " refer-a-friend bonus.",
         label=L("Care Assistant - Days (Zero Hours)", "Northgate Care Homes", "Norwich", None, "GB", "onsite",
                 "part-time", None, H(12.60), H(13.40), "GBP", "2026-11-04", "en")),
    dict(company="Northgate Care Homes", id="f10a0c1d-0002-4e00-9000-000000001002", title="Registered Manager",
         location="Ipswich, Suffolk", country="GB", workplace="onsite", commitment="Full-time",
         created="2026-11-18T09:00:00Z",
         text="Lead our 58-bed nursing home in Ipswich, rated Good by the CQC, and take it to Outstanding.\n\n"
              "You will be the CQC-registered manager, accountable for care quality, a team of 75 and a budget"
              " of £3.2m.\n\nYou hold a Level 5 Diploma in Leadership for Health and Social Care (or are"
              " working towards it) and have managed a regulated service before.\n\nSalary up to £58,000 per"
              " annum, plus an annual bonus of up to 15% linked to CQC rating and occupancy. 28 days' holiday and"
              " a company car or £4,800 car allowance.",
         label=L("Registered Manager", "Northgate Care Homes", "Ipswich", "Suffolk", "GB", "onsite", "full-time",
                 None, None, 58000, "GBP", "2026-11-18", "en")),
    dict(company="Bluepeak Freight", id="f10a0c1d-0003-4e00-9000-000000001003", title="CDL-A Regional Driver",
         location="Joliet, IL", country="US", workplace="onsite", commitment="Full-time",
         created="2026-11-10T14:00:00Z",
         text="Bluepeak Freight hauls dry van freight for retailers across the Midwest from our Joliet, Illinois"
              " terminal.\n\nRegional lanes in IL, IN, WI, MI and OH; home every weekend, usually Friday"
              " evening.\n\nRequirements: Class A CDL, 12 months of verifiable tractor-trailer experience, clean"
              " MVR and a DOT medical card.\n\nPay: average weekly pay of $1,450 - $1,700, paid by the mile"
              " (66-72 cpm), with detention and layover paid. $5,000 sign-on bonus for drivers with 2+ years."
              " Medical, dental, vision and a 401(k) from day 60.",
         label=L("CDL-A Regional Driver", "Bluepeak Freight", "Joliet", "IL", "US", "onsite", "full-time", None,
                 W(1450), W(1700), "USD", "2026-11-10", "en")),
    dict(company="Bluepeak Freight", id="f10a0c1d-0004-4e00-9000-000000001004", title="Dispatcher (Temp-to-Hire)",
         location="Joliet, IL", country="US", workplace="onsite", commitment="Temporary",
         created="2026-11-24T15:30:00Z", salary=("USD", "per-hour-wage", 24, 28),
         text="Plan loads for 80 drivers on our regional board, keep customers updated and solve what breaks on"
              " the road.\n\nThis is a 90-day temporary assignment through our staffing partner, with the aim of"
              " hiring you permanently at the end.\n\nYou have dispatch or logistics coordination experience"
              " and know McLeod or a similar TMS.\n\nWeekend on-call rotation once a month, with a $150 on-call"
              " stipend.",
         label=L("Dispatcher (Temp-to-Hire)", "Bluepeak Freight", "Joliet", "IL", "US", "onsite", "contract", None,
                 H(24), H(28), "USD", "2026-11-24", "en")),
    dict(company="Atlântico Energia", id="f10a0c1d-0005-4e00-9000-000000001005",
         title="Jurista Sénior – Contratos de Energia", location="Lisboa", country="PT", workplace="hybrid",
         commitment="Full-time", created="2026-11-05T11:00:00Z",
         text="A Atlântico Energia desenvolve parques solares e eólicos em Portugal e Espanha, com 1,2 GW em"
              " construção.\n\nO que vais fazer\nNegociar e redigir contratos de compra de energia (PPA),"
              " contratos EPC e de O&M; acompanhar processos de licenciamento junto da DGEG.\n\nO que"
              " procuramos\nMestrado em Direito, inscrição na Ordem dos Advogados, 6+ anos em direito da energia"
              " ou infraestruturas.\n\nO que oferecemos\nRemuneração: 3.800 € – 4.500 € brutos mensais, pagos"
              " 14 vezes por ano, seguro de saúde e subsídio de refeição de 10,20 €/dia. Modelo híbrido:"
              " 3 dias no escritório.",
         label=L("Jurista Sénior – Contratos de Energia", "Atlântico Energia", "Lisboa", None, "PT", "hybrid",
                 "full-time", "senior", M(3800, 14), M(4500, 14), "EUR", "2026-11-05", "pt")),
    dict(company="Atlântico Energia", id="f10a0c1d-0006-4e00-9000-000000001006",
         title="Estágio Profissional – Engenharia Eletrotécnica (12 meses)", location="Porto", country="PT",
         workplace="onsite", commitment="Internship", created="2026-11-19T10:00:00Z",
         text="Estágio de 12 meses na equipa de engenharia de redes, em parques em construção no norte do país."
              "\n\nLicenciatura ou mestrado em Engenharia Eletrotécnica concluído há menos de 3 anos.\n\nBolsa"
              " de estágio: 1.250 € brutos por mês, comparticipada pelo IEFP, mais subsídio de refeição e"
              " seguro de acidentes pessoais.",
         label=L("Estágio Profissional – Engenharia Eletrotécnica (12 meses)", "Atlântico Energia", "Porto", None,
                 "PT", "onsite", "internship", "entry", M(1250), M(1250), "EUR", "2026-11-19", "pt")),
]

# ---------------------------------------------------------------- Ashby (6, two employers)
ASHBY = [
    dict(company="Meridian Vet Partners", id="a1000000-0000-4000-8000-000000001001",
         title="Veterinarian - New Graduate", location="Toowoomba, QLD",
         address={"addressLocality": "Toowoomba", "addressRegion": "Queensland", "addressCountry": "Australia"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-04T00:30:00.000+00:00",
         comp=("AUD", "1 YEAR", 95000, 105000),
         text="Meridian Vet Partners is a group of 30 mixed and small-animal practices in regional Queensland"
              " and New South Wales.\nOur Toowoomba hospital has six vets, a surgical suite, digital"
              " radiography and ultrasound.\nOur graduate program pairs you with a mentor for 12 months, with"
              " protected consult times and a structured on-call roster.\nYou hold (or will hold by February"
              " 2027) a veterinary degree registrable with the Veterinary Surgeons Board of Queensland.\n"
              "Salary plus 11.5% super, a $3,000 CPD allowance each year, paid VIN membership and relocation"
              " support up to $5,000.",
         label=L("Veterinarian - New Graduate", "Meridian Vet Partners", "Toowoomba", "QLD", "AU", "onsite",
                 "full-time", "entry", 95000, 105000, "AUD", "2026-11-04", "en")),
    dict(company="Meridian Vet Partners", id="a1000000-0000-4000-8000-000000001002",
         title="Veterinary Nurse (Casual)", location="Christchurch",
         address={"addressLocality": "Christchurch", "addressRegion": "Canterbury", "addressCountry": "NZ"},
         workplace="OnSite", remote=False, employment="PartTime", published="2026-11-12T01:00:00.000+00:00",
         text="Join the casual pool at our Riccarton clinic: weekday and Saturday shifts to cover leave and"
              " busy seasons.\nYou will run anaesthesia, take radiographs and look after inpatients.\nNZVNA"
              " registration, or a NZ Diploma in Veterinary Nursing, required.\nPay: $29.50 - $33.00 per hour"
              " plus 8% holiday pay, depending on experience. Staff discount of 30% on pet care.",
         label=L("Veterinary Nurse (Casual)", "Meridian Vet Partners", "Christchurch", "Canterbury", "NZ",
                 "onsite", "part-time", None, H(29.50), H(33.00), "NZD", "2026-11-12", "en")),
    dict(company="Meridian Vet Partners", id="a1000000-0000-4000-8000-000000001003", title="Practice Manager",
         location="Auckland",
         address={"addressLocality": "Auckland", "addressRegion": "Auckland", "addressCountry": "New Zealand"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-23T02:00:00.000+00:00",
         text="Run the business side of our busiest New Zealand clinic in Mt Eden: rosters, stock, client"
              " complaints and a team of 18.\nThe clinic turns over $4.6M a year; you will own its budget with"
              " the clinical director.\nExperience managing a practice, clinic or retail store is essential.\n"
              "Salary negotiable, based on experience. Our senior vets earn $130,000+; you would set their"
              " rosters. KiwiSaver 3% employer contribution and a $1,500 wellbeing allowance.",
         label=L("Practice Manager", "Meridian Vet Partners", "Auckland", "Auckland", "NZ", "onsite", "full-time",
                 None, None, None, None, "2026-11-23", "en")),
    dict(company="Lumio Learning", id="a1000000-0000-4000-8000-000000001004",
         title="Curriculum Writer – Spanish (Contract)", location="Remote - Mexico",
         address={"addressCountry": "Mexico"}, workplace="Remote", remote=True, employment="Contract",
         published="2026-11-06T16:00:00.000+00:00", comp=("USD", "1 HOUR", 25, 32),
         text="Lumio builds literacy apps used in 6,000 US elementary schools.\nWrite and edit Spanish"
              " reading passages and lesson plans for grades K-5, aligned to WIDA and state standards.\nYou"
              " have taught in a bilingual classroom or written curriculum for Spanish-language learners.\n"
              "Four-month contract, about 25 hours a week, remote from anywhere in Mexico; invoices paid in USD"
              " twice a month.",
         label=L("Curriculum Writer – Spanish (Contract)", "Lumio Learning", None, None, "MX", "remote", "contract",
                 None, H(25), H(32), "USD", "2026-11-06", "en")),
    dict(company="Lumio Learning", id="a1000000-0000-4000-8000-000000001005", title="Head of People",
         location="Berlin",
         address={"addressLocality": "Berlin", "addressRegion": "Berlin", "addressCountry": "DE"},
         workplace="Hybrid", remote=False, employment="FullTime", published="2026-11-13T09:00:00.000+00:00",
         comp=("EUR", "1 YEAR", 95000, 115000),
         text="We raised a €30M Series B in September and will grow from 140 to 220 people across Berlin,"
              " Austin and Mexico City in 2027.\nYou will lead a team of five across recruiting, people"
              " operations and total rewards, and report to the CEO.\n8+ years in HR, including building a"
              " function in a scale-up; German labour law experience required.\nHybrid - 2 days a week in our"
              " Kreuzberg office. VSOP, 30 days' holiday and a €1,000 yearly learning budget.",
         label=L("Head of People", "Lumio Learning", "Berlin", "Berlin", "DE", "hybrid", "full-time", "lead",
                 95000, 115000, "EUR", "2026-11-13", "en")),
    dict(company="Lumio Learning", id="a1000000-0000-4000-8000-000000001006", title="Customer Success Manager",
         location="Bengaluru",
         address={"addressLocality": "Bengaluru", "addressRegion": "Karnataka", "addressCountry": "IN"},
         workplace="Hybrid", remote=False, employment="FullTime", published="2026-11-25T06:00:00.000+00:00",
         comp=("INR", "1 YEAR", 1400000, 1800000),
         text="Own a book of 40 school-district accounts in the US and keep them renewing.\nYou will work"
              " US Eastern mornings from our Indiranagar office three days a week.\n4+ years in SaaS customer"
              " success or account management.\nPlus 10% variable pay, health cover for your family and a"
              " ₹50,000 learning budget.",
         label=L("Customer Success Manager", "Lumio Learning", "Bengaluru", "Karnataka", "IN", "hybrid",
                 "full-time", None, 1400000, 1800000, "INR", "2026-11-25", "en")),
]

# ---------------------------------------------------------------- JSON-LD (6)
JSONLD = [
    dict(slug="lpn-prn-columbus", company="Buckeye Senior Care", title="Licensed Practical Nurse (LPN) - PRN",
         address={"addressLocality": "Columbus", "addressRegion": "OH", "postalCode": "43215",
                  "addressCountry": "US"},
         employment="PER_DIEM", posted="2026-11-05T08:00:00-05:00", salary=("USD", "HOUR", 28, 34),
         text="<p>Buckeye Senior Care operates four skilled nursing and rehabilitation centers in central"
              " Ohio.</p><p><b>Position summary:</b> As a PRN LPN you will pick up shifts across our Columbus"
              " and Westerville centers: medication passes, treatments, admissions paperwork and supervising"
              " STNAs.</p><p><b>Requirements:</b> active Ohio LPN licence, IV certification preferred, one year"
              " of long-term care experience.</p><p><b>Schedule:</b> minimum of two shifts a month, including"
              " one weekend shift. Daily pay available.</p><p>A $2.00/hr weekend differential applies; a"
              " $1,500 bonus is paid to PRN staff who work 300 hours in a quarter.</p>",
         label=L("Licensed Practical Nurse (LPN) - PRN", "Buckeye Senior Care", "Columbus", "OH", "US", "onsite",
                 "part-time", None, H(28), H(34), "USD", "2026-11-05", "en")),
    dict(slug="aide-soignant-nuit-cdd-lyon", company="Résidence Les Tilleuls",
         title="Aide-soignant(e) de nuit (CDD 6 mois)",
         address={"addressLocality": "Lyon", "addressRegion": "Auvergne-Rhône-Alpes", "postalCode": "69008",
                  "addressCountry": "FR"},
         employment="TEMPORARY", posted="2026-11-10",
         text="<p>EHPAD de 92 résidents dans le 8e arrondissement de Lyon, établissement associatif à but non"
              " lucratif.</p><p><b>Missions :</b> accompagner les résidents dans les actes de la vie quotidienne"
              " pendant la nuit, assurer les transmissions avec l'équipe de jour, surveiller et alerter"
              " l'infirmier(e) d'astreinte.</p><p><b>Profil :</b> diplôme d'État d'aide-soignant (DEAS)"
              " exigé.</p><p><b>Conditions :</b> CDD de 6 mois à temps plein (nuits de 10 h), renouvelable."
              " Salaire : 2 050 € brut mensuel, auquel s'ajoutent la prime Ségur (183 € net par mois) et la"
              " majoration de nuit. Mutuelle prise en charge à 60 %.</p>",
         label=L("Aide-soignant(e) de nuit (CDD 6 mois)", "Résidence Les Tilleuls", "Lyon", "Auvergne-Rhône-Alpes",
                 "FR", "onsite", "contract", None, M(2050), M(2050), "EUR", "2026-11-10", "fr")),
    dict(slug="vrachtwagenchauffeur-ce-antwerpen", company="Scheldeport Transport NV",
         title="Vrachtwagenchauffeur CE – nationaal transport",
         address={"addressLocality": "Antwerpen", "addressRegion": "Antwerpen", "postalCode": "2030",
                  "addressCountry": "BE"},
         employment="FULL_TIME", posted="2026-11-13T07:00:00+01:00",
         text="<p>Scheldeport vervoert containers tussen de haven van Antwerpen en klanten in heel België.</p>"
              "<p><b>Jouw job:</b> je rijdt dagritten met een trekker-oplegger en bent elke avond thuis. Je laadt"
              " en lost zelf aan de terminals.</p><p><b>Profiel:</b> rijbewijs CE, code 95 en bestuurderskaart;"
              " ADR is een plus.</p><p><b>Aanbod:</b> loon volgens PC 140.03: €17,12 – €18,90 bruto per uur,"
              " afhankelijk van je ervaring. Daarnaast een dagvergoeding van €16,39, ecocheques (€250 per jaar)"
              " en een hospitalisatieverzekering.</p>",
         label=L("Vrachtwagenchauffeur CE – nationaal transport", "Scheldeport Transport NV", "Antwerpen",
                 "Antwerpen", "BE", "onsite", "full-time", None, H(17.12), H(18.90), "EUR", "2026-11-13", "nl")),
    dict(slug="senior-bookkeeper-cape-town", company="Fynbos Accounting (Pty) Ltd", title="Senior Bookkeeper",
         address={"addressLocality": "Cape Town", "addressRegion": "Western Cape", "postalCode": "8001",
                  "addressCountry": "ZA"},
         employment="FULL_TIME", posted="2026-11-17T09:00:00+02:00",
         text="<p>We keep the books for 70 small businesses in the Western Cape, from wine farms to dental"
              " practices.</p><p><b>Responsibilities:</b> full function bookkeeping to trial balance on Xero"
              " and Sage, VAT201 and EMP201 submissions, payroll for 12 clients.</p><p><b>Requirements:</b>"
              " a bookkeeping or accounting diploma, 5+ years' experience, SAIPA membership an advantage.</p>"
              "<p><b>Remuneration:</b> R32 000 – R38 000 gross per month, plus a provident fund contribution"
              " of 7.5%. Our clients' combined turnover is over R900 million.</p>",
         label=L("Senior Bookkeeper", "Fynbos Accounting (Pty) Ltd", "Cape Town", "Western Cape", "ZA", "onsite",
                 "full-time", "senior", M(32000), M(38000), "ZAR", "2026-11-17", "en")),
    dict(slug="tecnico-enfermagem-noturno-curitiba", company="Hospital Santa Araucária",
         title="Técnico(a) de Enfermagem – Plantão Noturno",
         address={"addressLocality": "Curitiba", "addressRegion": "PR", "postalCode": "80010-000",
                  "addressCountry": "BR"},
         employment="FULL_TIME", posted="2026-11-20T10:00:00-03:00",
         text="<p>Hospital geral com 260 leitos, referência em cardiologia no Paraná.</p><p><b>Atividades:</b>"
              " cuidados de enfermagem a pacientes internados na unidade de clínica médica, administração de"
              " medicamentos e registros no prontuário eletrônico.</p><p><b>Requisitos:</b> curso técnico em"
              " enfermagem e COREN-PR ativo.</p><p><b>Oferecemos:</b> salário de R$ 3.200,00 mensais (CLT,"
              " escala 12x36), adicional noturno de 20%, vale-alimentação de R$ 700 e plano de saúde.</p>",
         label=L("Técnico(a) de Enfermagem – Plantão Noturno", "Hospital Santa Araucária", "Curitiba", "PR", "BR",
                 "onsite", "full-time", None, M(3200), M(3200), "BRL", "2026-11-20", "pt")),
    dict(slug="clerical-officer-grade-iii-galway", company="Galway County Council",
         title="Clerical Officer (Grade III)",
         address={"addressLocality": "Galway", "addressRegion": "Co. Galway", "addressCountry": "IE"},
         employment="FULL_TIME", posted="2026-11-24",
         text="<p>Galway County Council is forming a panel from which permanent and temporary Clerical Officer"
              " posts will be filled across the county.</p><p><b>Duties</b> include dealing with the public at"
              " our customer service desks, processing motor tax, planning and housing applications, and"
              " general administration.</p><p><b>Essential:</b> a Leaving Certificate (grade D3 in five"
              " subjects) or equivalent.</p><p><b>Salary:</b> €34,509 – €45,247 per annum (incremental scale)."
              " Posts are whole-time and pensionable; the single public service pension scheme applies.</p>",
         label=L("Clerical Officer (Grade III)", "Galway County Council", "Galway", "Co. Galway", "IE", "onsite",
                 "full-time", None, 34509, 45247, "EUR", "2026-11-24", "en")),
]

# ---------------------------------------------------------------- RSS (6)
RSS = [
    dict(slug="remote-medical-coder-cpc", company="Clearpath Revenue Cycle", title="Remote Medical Coder (CPC)",
         region="USA Only", country="United States", type="Full-Time", pub="Tue, 03 Nov 2026 09:00:00 -0500",
         text="<p>Clearpath codes outpatient and ambulatory surgery records for 45 hospitals.</p><p><strong>"
              "What you'll do:</strong> assign ICD-10-CM, CPT and HCPCS codes, meet a 95% accuracy standard and"
              " query providers when documentation is unclear.</p><p><strong>Requirements:</strong> CPC, CCS"
              " or RHIT credential and 2+ years of outpatient coding.</p><p><strong>Pay:</strong> $24–$30 per"
              " hour, depending on credentials and specialty. We can hire in AZ, TX, FL, GA and NC only.</p>"
              "<p>We provide a laptop, two monitors and a $300 home-office stipend.</p>",
         label=L("Remote Medical Coder (CPC)", "Clearpath Revenue Cycle", None, None, "US", "remote", "full-time",
                 None, H(24), H(30), "USD", "2026-11-03", "en")),
    dict(slug="payroll-officer-0-8-fte", company="Ironbark Payroll", title="Payroll Officer (0.8 FTE)",
         region="Australia Only", country="Australia", type="Part-Time", pub="Mon, 09 Nov 2026 14:00:00 +1100",
         text="<p>Ironbark runs payroll for 120 not-for-profits, from aged-care providers to sporting clubs.</p>"
              "<p>You will process fortnightly pays for about 2,000 employees across several modern awards in"
              " Employment Hero and KeyPay, including STP Phase 2 and super clearing.</p><p>Four days a week,"
              " remote anywhere in Australia.</p><p><strong>Salary:</strong> $78,000 – $84,000 + super, pro"
              " rata for 0.8 FTE.</p>",
         label=L("Payroll Officer (0.8 FTE)", "Ironbark Payroll", None, None, "AU", "remote", "part-time", None,
                 78000, 84000, "AUD", "2026-11-09", "en")),
    dict(slug="grant-writer-freelance", company="Open Harvest Foundation", title="Grant Writer (Freelance)",
         region="Anywhere in the World", country="", type="Contract", pub="Thu, 12 Nov 2026 15:00:00 GMT",
         text="<p>Open Harvest funds seed banks and smallholder cooperatives in 14 countries.</p><p>We need a"
              " freelance grant writer to draft proposals to foundations and bilateral donors; last year our"
              " grants team secured $4.2M.</p><p>Rate: $60 per hour, around 15 hours a week, invoiced"
              " monthly.</p>",
         label=L("Grant Writer (Freelance)", "Open Harvest Foundation", None, None, None, "remote", "contract",
                 None, H(60), H(60), "USD", "2026-11-12", "en")),
    dict(slug="executive-assistant-to-the-ceo", company="Saltwell", title="Executive Assistant to the CEO",
         region="UK Only", country="United Kingdom", type="Full-Time", pub="Mon, 16 Nov 2026 09:30:00 +0000",
         text="<p>Saltwell makes water-softening systems for 300,000 UK homes.</p><p>Run the CEO's diary,"
              " board packs and travel, and coordinate our quarterly in-person week in Bristol.</p><p>You have"
              " supported a C-level executive before and are unflappable.</p><p>Competitive salary, a 10% company"
              " bonus and private medical cover. Our last EA now runs the CEO's office as Chief of Staff"
              " (£85k); we like to grow people.</p>",
         label=L("Executive Assistant to the CEO", "Saltwell", None, None, "GB", "remote", "full-time", None,
                 None, None, None, "2026-11-16", "en")),
    dict(slug="customer-support-agent-spanish-english", company="Tiendita Cloud",
         title="Customer Support Agent (Spanish/English)", region="Latin America Only", country="Colombia",
         type="Full-Time", pub="Thu, 19 Nov 2026 08:00:00 -0500",
         text="<p>Tiendita Cloud powers online stores for 25,000 small shops in Latin America.</p><p>Answer"
              " merchants by chat and email in Spanish and English, Monday to Friday, 8:00–17:00 Bogotá"
              " time.</p><p>USD 1,400 – 1,700 per month, paid as a full-time contractor, plus a $40 monthly"
              " internet allowance.</p>",
         label=L("Customer Support Agent (Spanish/English)", "Tiendita Cloud", None, None, "CO", "remote",
                 "full-time", None, M(1400), M(1700), "USD", "2026-11-19", "en")),
    dict(slug="sales-development-representative", company="Northern Ledger",
         title="Sales Development Representative", region="Canada Only", country="Canada", type="Full-Time",
         pub="Wed, 25 Nov 2026 11:00:00 -0500",
         text="<p>Northern Ledger sells invoicing software to Canadian trades businesses.</p><p>Book 15"
              " qualified meetings a month for our account executives through calls, email and LinkedIn.</p>"
              "<p>Compensation: $55,000 base salary ($80,000 OTE), plus a $500 home-office setup.</p>",
         label=L("Sales Development Representative", "Northern Ledger", None, None, "CA", "remote", "full-time",
                 None, 55000, 55000, "CAD", "2026-11-25", "en")),
]

# ---------------------------------------------------------------- Remote OK (6)
REMOTEOK = [
    dict(id="1710001", company="Ledgerwise CPA", position="Senior Tax Manager", location="United States",
         salary=(140000, 170000), date="2026-11-04T15:00:00+00:00", tags=["tax", "accounting", "cpa"],
         text="<p>Ledgerwise is a fully remote CPA firm advising 400 founder-led businesses and their owners"
              " on tax; our wealth partners oversee $2.4B in client assets.</p><p><strong>You will</strong>"
              " review 1120-S, 1065 and 1040 returns, lead tax planning meetings and manage a team of four"
              " seniors.</p><p><strong>You have</strong> a CPA licence, 8+ years in public accounting and"
              " multi-state experience.</p><p>Benefits: 401(k) with a 4% safe-harbor contribution, a $3,000 CPE"
              " budget and no busy-season Saturdays.</p>",
         label=L("Senior Tax Manager", "Ledgerwise CPA", None, None, "US", "remote", None, "senior", 140000,
                 170000, "USD", "2026-11-04", "en")),
    dict(id="1710002", company="Piksel Docs", position="Technical Writer", location="Poland", salary=(0, 0),
         date="2026-11-09T09:00:00+00:00", tags=["docs", "writing", "api"],
         text="<p>Piksel Docs writes developer documentation for API companies in Europe and the US.</p><p>"
              "Write API references, tutorials and release notes in Markdown and OpenAPI, working with client"
              " engineers.</p><p>Wynagrodzenie: 18 000 – 22 000 PLN netto + VAT miesięcznie (B2B), 20 dni"
              " płatnej przerwy w roku.</p>",
         label=L("Technical Writer", "Piksel Docs", None, None, "PL", "remote", "contract", None, M(18000),
                 M(22000), "PLN", "2026-11-09", "en")),
    dict(id="1710003", company="Tidepool Media", position="Paid Search Manager", location="Worldwide",
         salary=(0, 0), date="2026-11-14T13:00:00+00:00", tags=["marketing", "ppc", "google ads"],
         text="<p>We manage $30M a year of Google and Microsoft Ads spend for DTC brands.</p><p>Own six client"
              " accounts end to end: strategy, builds, bidding and weekly reporting.</p><p>Compensation:"
              " $6,000–$7,500/month, paid as a contractor.</p>",
         label=L("Paid Search Manager", "Tidepool Media", None, None, None, "remote", "contract", None, M(6000),
                 M(7500), "USD", "2026-11-14", "en")),
    dict(id="1710004", company="Lionfish Talent", position="Recruitment Coordinator (6-month contract)",
         location="Singapore", salary=(0, 0), date="2026-11-18T02:00:00+00:00", tags=["recruiting", "hr"],
         text="<p>Coordinate interviews and offers for our clients' APAC hiring, working from home in"
              " Singapore.</p><p>S$5,000 – S$6,000 per month; the contract may convert to permanent.</p>",
         label=L("Recruitment Coordinator (6-month contract)", "Lionfish Talent", None, None, "SG", "remote",
                 "contract", None, M(5000), M(6000), "SGD", "2026-11-18", "en")),
    dict(id="1710005", company="Pampero Analytics", position="Data Engineer", location="Argentina",
         salary=(0, 0), date="2026-11-23T14:00:00+00:00", tags=["data", "python", "airflow"],
         text="<p>Construimos pipelines de datos para retailers de Argentina y Uruguay.</p><p>Airflow, dbt y"
              " BigQuery; 3+ años de experiencia.</p><p>Relación de dependencia, tiempo completo. Salario:"
              " USD 3.500 – 4.500 mensuales, pagados en dólares.</p>",
         label=L("Data Engineer", "Pampero Analytics", None, None, "AR", "remote", "full-time", None, M(3500),
                 M(4500), "USD", "2026-11-23", "es")),
    dict(id="1710006", company="Brightlingo", position="Online English Tutor (Part-Time)", location="Philippines",
         salary=(0, 0), date="2026-11-27T03:00:00+00:00", tags=["teaching", "esl"],
         text="<p>Teach conversational English to adult learners in Japan and Korea over video.</p><p>₱250 –"
              " ₱320 per hour, minimum 15 hours a week; a TESOL certificate is a plus.</p>",
         label=L("Online English Tutor (Part-Time)", "Brightlingo", None, None, "PH", "remote", "part-time", None,
                 H(250), H(320), "PHP", "2026-11-27", "en")),
]

# ---------------------------------------------------------------- JobSpy (6)
JOBSPY = [
    dict(id="in-a1b2c3d4e5f60710", site="indeed", title="Seasonal Retail Team Member",
         company="Lakeshore Outfitters", location="Grand Rapids, MI", date="2026-11-05", job_type="temporary",
         remote=False, pay=("hourly", 15.5, 17, "USD"),
         text="**About Lakeshore Outfitters**\n\nWe sell outdoor clothing and gear in 38 stores across the Great"
              " Lakes region.\n\n**What you'll do**\n\n* Help customers find the right jacket, boots or tent\n"
              "* Run the register and process online-order pickups\n* Keep the floor stocked during our busiest"
              " weeks\n\n**Schedule**\n\nSeasonal role from November 16 through January 10; 20-38 hours a week,"
              " including weekends and Black Friday.\n\n**Perks**\n\n* 40% employee discount\n* Seasonal staff"
              " may be offered a permanent role in January\n\n**Pay:** $15.50 - $17.00 per hour.",
         label=L("Seasonal Retail Team Member", "Lakeshore Outfitters", "Grand Rapids", "MI", "US", "onsite",
                 "contract", None, H(15.5), H(17), "USD", "2026-11-05", "en")),
    dict(id="li-4931001001", site="linkedin", title="Senior Tax Accountant (80-100%)",
         company="Kaiser & Voss Treuhand AG", location="Zürich, Zurich, Switzerland", date="2026-11-08",
         job_type="fulltime", remote=False, level="Mid-Senior level",
         text="Kaiser & Voss ist eine unabhängige Treuhand- und Steuerberatungsgesellschaft mit 85"
              " Mitarbeitenden in Zürich und Zug.\n\n**Ihre Aufgaben**\n\n* Erstellung von Steuererklärungen für"
              " natürliche und juristische Personen\n* Beratung von KMU und Privatpersonen in Steuerfragen\n"
              "* Betreuung von Steuerrevisionen\n\n**Ihr Profil**\n\n* Dipl. Steuerexpert:in oder Treuhänder:in"
              " mit eidg. Fachausweis\n* Mindestens 5 Jahre Erfahrung\n\n**Wir bieten**\n\nLohn: CHF 105'000 –"
              " 120'000 p.a. (13 Monatslöhne inbegriffen), 5 Wochen Ferien, Weiterbildungsbeitrag bis CHF"
              " 10'000.",
         label=L("Senior Tax Accountant (80-100%)", "Kaiser & Voss Treuhand AG", "Zürich", "Zurich", "CH", "onsite",
                 "full-time", "senior", 105000, 120000, "CHF", "2026-11-08", "de")),
    dict(id="gd-3040506070", site="glassdoor", title="Registered Dental Hygienist", company="Bright Harbor Dental",
         location="Sacramento, CA", date="2026-11-11", job_type="fulltime", remote=False,
         pay=("hourly", 58, 72, "USD"),
         text="Bright Harbor Dental is a group of six family practices in the Sacramento area.\n\n"
              "**Responsibilities**\n\n* Prophylaxis, scaling and root planing, periodontal charting\n"
              "* Patient education and radiographs\n\n**Requirements**\n\n* Active California RDH licence,"
              " local anesthesia and nitrous oxide permits\n\n**Schedule:** four 9-hour days, Monday to"
              " Thursday.\n\n**Compensation:** $58 - $72 per hour based on experience, plus a $2,000 annual CE"
              " allowance and a 401(k) with a 3% match.",
         label=L("Registered Dental Hygienist", "Bright Harbor Dental", "Sacramento", "CA", "US", "onsite",
                 "full-time", None, H(58), H(72), "USD", "2026-11-11", "en")),
    dict(id="in-b2c3d4e5f6071811", site="indeed", title="Agent de quai H/F - Intérim",
         company="Optima Intérim", location="Rungis, IDF", date="2026-11-16", job_type="temporary",
         remote=False,
         text="Notre client, grossiste en fruits et légumes du MIN de Rungis, recherche des agents de quai pour"
              " renforcer ses équipes pendant les fêtes.\n\n**Missions**\n\n* Chargement et déchargement des"
              " camions\n* Préparation de commandes au transpalette électrique\n\n**Profil** : CACES R485"
              " catégorie 1 apprécié, horaires de nuit (2 h – 9 h).\n\n**Rémunération** : 12,50 € brut de"
              " l'heure + panier repas de 7,50 € par nuit + 10 % d'IFM + 10 % d'ICCP. Mission de 6 semaines,"
              " renouvelable.",
         label=L("Agent de quai H/F - Intérim", "Optima Intérim", "Rungis", "Île-de-France", "FR", "onsite",
                 "contract", None, H(12.50), H(12.50), "EUR", "2026-11-16", "fr")),
    dict(id="in-c3d4e5f607182912", site="indeed", title="Técnico Eléctrico de Mantención – Turno 7x7",
         company="Minera Altiplano", location="Antofagasta, Antofagasta", date="2026-11-21", job_type="fulltime",
         remote=False,
         text="Minera Altiplano busca técnicos eléctricos para su faena de cobre a 180 km de Antofagasta.\n\n"
              "**Funciones**\n\n* Mantención preventiva y correctiva de motores, variadores y salas eléctricas\n"
              "* Registro de órdenes de trabajo en SAP PM\n\n**Requisitos**\n\n* Título técnico en electricidad"
              "\n* Licencia SEC clase B o superior\n* 3 años de experiencia en minería\n\n**Ofrecemos**\n\nRenta:"
              " $1.800.000 – $2.200.000 líquidos mensuales + bono de turno + traslado desde Antofagasta y"
              " Calama.",
         label=L("Técnico Eléctrico de Mantención – Turno 7x7", "Minera Altiplano", "Antofagasta", "Antofagasta",
                 "CL", "onsite", "full-time", None, M(1800000), M(2200000), "CLP", "2026-11-21", "es")),
    dict(id="li-4931002002", site="linkedin", title="Graduate Mechanical Engineer - 2027 Intake",
         company="Tasman Rail Services", location="Newcastle, New South Wales, Australia", date="2026-11-26",
         job_type="fulltime", remote=False, level="Entry level",
         text="Tasman Rail maintains rolling stock and track machines for freight operators in the Hunter"
              " Valley.\n\n**The program**\n\nA two-year graduate program starting February 2027 with rotations"
              " through fleet engineering, reliability and our Broadmeadow workshop.\n\n**You will need**\n\n"
              "* A degree in mechanical or mechatronic engineering completed in 2025 or 2026\n* Full Australian"
              " work rights\n\n**What we offer**\n\n$78,500 + 11.5% superannuation, paid Engineers Australia"
              " membership and a $2,000 relocation payment for interstate graduates.",
         label=L("Graduate Mechanical Engineer - 2027 Intake", "Tasman Rail Services", "Newcastle", "NSW", "AU",
                 "onsite", "full-time", "entry", 78500, 78500, "AUD", "2026-11-26", "en")),
]

# ---------------------------------------------------------------- file: (6)
FILE = [
    dict(external_id="gb-souschef-01", title="Sous Chef", company="The Grassmarket Kitchen",
         locations=["Edinburgh EH1 2JU"], employment="Full-time", posted="2026-11-03",
         text="The Grassmarket Kitchen is a 90-cover neighbourhood restaurant cooking Scottish produce over"
              " fire. We are looking for a sous chef to run the pass four nights a week and lead the kitchen"
              " when the head chef is off. You will order, cost new dishes, train our commis and keep our"
              " five-star food hygiene rating. Experience as a sous chef or strong junior sous in a fresh-food"
              " kitchen is essential. Salary: £34,000 – £37,000 per annum, plus tronc (averaging £4,000 a"
              " year), 28 days' holiday and a staff meal every shift. We close on Mondays and Tuesdays.",
         label=L("Sous Chef", "The Grassmarket Kitchen", "Edinburgh", None, "GB", "onsite", "full-time", None,
                 34000, 37000, "GBP", "2026-11-03", "en")),
    dict(external_id="at-lehrer-02", title="Lehrer:in für Mathematik und Physik (befristet bis 31.08.2027)",
         company="Privatgymnasium Graz-Nord", locations=["8010 Graz, Steiermark"], employment="temporary",
         posted="2026-11-10",
         text="Das Privatgymnasium Graz-Nord (Öffentlichkeitsrecht, 620 Schüler:innen) sucht ab Februar 2027"
              " eine Lehrkraft für Mathematik und Physik in der Oberstufe als Karenzvertretung, befristet bis"
              " 31.08.2027, im Ausmaß von 22 Wochenstunden. Voraussetzung ist ein abgeschlossenes Lehramtsstudium"
              " (Sekundarstufe Allgemeinbildung) oder Masterstudium im Fach. Die Entlohnung erfolgt nach dem"
              " Entlohnungsschema pd: ab € 3.150 brutto monatlich (14 x jährlich); Vordienstzeiten werden"
              " angerechnet.",
         label=L("Lehrer:in für Mathematik und Physik (befristet bis 31.08.2027)", "Privatgymnasium Graz-Nord",
                 "Graz", "Steiermark", "AT", "onsite", "contract", None, M(3150, 14), None, "EUR", "2026-11-10",
                 "de")),
    dict(external_id="ng-pharm-03", title="Community Pharmacist", company="Medbridge Pharmacies Ltd",
         locations=["Ikeja, Lagos"], employment="Full-time", posted="2026-11-13T09:00:00+01:00",
         text="Medbridge runs 48 community pharmacies in Lagos, Abuja and Port Harcourt. As the pharmacist in"
              " charge of our Allen Avenue branch you will dispense, counsel patients, manage a team of six"
              " and keep the branch compliant with PCN regulations. You are a registered pharmacist with a"
              " current PCN licence and two years' community experience. Salary: ₦650,000 – ₦800,000 gross"
              " monthly, plus HMO cover, 13th month pay and a transport allowance of ₦60,000.",
         label=L("Community Pharmacist", "Medbridge Pharmacies Ltd", "Ikeja", "Lagos", "NG", "onsite",
                 "full-time", None, M(650000, 13), M(800000, 13), "NGN", "2026-11-13", "en")),
    dict(external_id="nl-heftruck-04", title="Heftruckchauffeur (uitzendbasis)", company="Brabant Flex Uitzendbureau",
         locations=["Tilburg, Noord-Brabant", "Waalwijk, Noord-Brabant"], employment="temporary",
         posted="2026-11-17",
         salary={"salary_min": 14.80, "salary_max": 16.20, "salary_currency": "EUR", "salary_period": "hour"},
         text="Voor een groot e-commerce distributiecentrum in Tilburg (en soms Waalwijk) zoeken we"
              " heftruckchauffeurs in 2- en 3-ploegendienst. Je laadt en lost vrachtwagens en vult de"
              " stellingen aan met een reachtruck. Een geldig heftruckcertificaat is verplicht. Je werkt op"
              " basis van een uitzendcontract (fase A) met uitzicht op een vast contract. Ploegentoeslag tot"
              " 25%, 8% vakantiegeld en een reiskostenvergoeding van €0,23 per km.",
         label=L("Heftruckchauffeur (uitzendbasis)", "Brabant Flex Uitzendbureau", "Tilburg", "Noord-Brabant", "NL",
                 "onsite", "contract", None, H(14.80), H(16.20), "EUR", "2026-11-17", "nl")),
    dict(external_id="vn-site-05", title="Site Engineer (Civil)", company="Saigon Urban Build JSC",
         locations=["District 7, Ho Chi Minh City"], employment="Full-time", posted="2026-11-20",
         text="We are building a 32-storey residential tower in District 7 for a Japanese-Vietnamese developer."
              " The site engineer supervises formwork, rebar and concrete works, checks subcontractors'"
              " quantities and writes daily reports in English and Vietnamese. A civil engineering degree and"
              " three years on high-rise sites are required. Lương: 18 – 25 triệu VND/tháng (gross), tháng"
              " lương thứ 13, bảo hiểm đầy đủ. Site allowance of 1.5 million VND per month.",
         label=L("Site Engineer (Civil)", "Saigon Urban Build JSC", "Ho Chi Minh City", None, "VN", "onsite",
                 "full-time", None, M(18000000, 13), M(25000000, 13), "VND", "2026-11-20", "en")),
    dict(external_id="es-campo-06", title="Peón/a agrícola – campaña de fresa 2027", company="Frutas Doñana S.C.A.",
         locations=["Moguer, Huelva"], employment="temporary", posted="2026-11-27",
         text="Cooperativa con 300 hectáreas de frutos rojos en Moguer busca personal para la campaña de fresa"
              " de enero a junio de 2027: recolección, plantación y mantenimiento de túneles. No se requiere"
              " experiencia. Salario según el convenio del campo de Huelva: 1.259 € brutos al mes a jornada"
              " completa, con las pagas extra prorrateadas. Alojamiento disponible por 100 € al mes.",
         label=L("Peón/a agrícola – campaña de fresa 2027", "Frutas Doñana S.C.A.", "Moguer", "Huelva", "ES",
                 "onsite", "contract", None, M(1259), M(1259), "EUR", "2026-11-27", "es")),
]

# ---------------------------------------------------------------- Workday (6): one detail per file
WORKDAY = [
    dict(company="Metro Lakes Transit", path="Bus-Operator---Part-Time_R-40117", title="Bus Operator - Part-Time",
         location="Minneapolis, MN", additional=["St. Paul, MN"], country="United States of America",
         remote="On-site", time="Part time", posted_on="Posted 5 Days Ago",
         text="<p><b>Job Summary</b></p><p>Operate a 40-foot or articulated bus safely and on time on local and"
              " express routes across the Twin Cities.</p><p><b>Minimum Qualifications</b></p><ul><li>21 years"
              " of age and a valid driver's licence for 2+ years</li><li>We pay for your Class B CDL training"
              " (about 8 weeks)</li></ul><p><b>Schedule</b></p><p>Part-time operators work 20-30 hours a week,"
              " weekday peaks and some weekends.</p><p><b>Compensation</b></p><p>Pay Range: $26.45 - $36.10 per"
              " hour (progression to the top rate over 4 years, per the ATU Local 1005 agreement). A $3,000"
              " hiring bonus is paid after the first year.</p>",
         label=L("Bus Operator - Part-Time", "Metro Lakes Transit", "Minneapolis", "MN", "US", "onsite",
                 "part-time", None, H(26.45), H(36.10), "USD", "2026-11-26", "en")),
    dict(company="Shannonside Pharmacy Group", path="Pharmacy-Technician_JR-2209", title="Pharmacy Technician",
         location="Limerick", country="Ireland", remote="On-site", time="Full time", posted_on="Posted Yesterday",
         text="<p>Shannonside runs 16 community pharmacies in Limerick, Clare and Tipperary.</p><p>You will"
              " dispense prescriptions under the pharmacist's supervision, manage stock and the methadone"
              " service, and help patients at the counter.</p><p>A pharmacy technician qualification (Level 6 or"
              " equivalent) is required.</p><p><b>Salary:</b> €30,000 – €34,000 per annum, depending on"
              " experience, plus a 5% pension contribution and a €500 education grant.</p>",
         label=L("Pharmacy Technician", "Shannonside Pharmacy Group", "Limerick", None, "IE", "onsite", "full-time",
                 None, 30000, 34000, "EUR", "2026-11-30", "en")),
    dict(company="Penang Precision Sdn Bhd", path="Process-Engineer_R-7781", title="Process Engineer",
         location="Bayan Lepas, Penang", country="Malaysia", remote="On-site", time="Full time",
         posted_on="Posted 2 Days Ago",
         text="<p>We machine and assemble precision parts for semiconductor equipment makers.</p><p><b>Job"
              " Responsibilities</b></p><ul><li>Own CNC machining processes for a product family: cycle time,"
              " yield and cost</li><li>Lead PFMEA and control plans for new parts</li></ul><p><b>Requirements"
              "</b></p><ul><li>Degree in mechanical or manufacturing engineering</li><li>3+ years in a"
              " high-mix, low-volume factory</li></ul><p>Salary: RM 6,000 – RM 8,500 per month + annual"
              " performance bonus. Shuttle bus from Butterworth.</p>",
         label=L("Process Engineer", "Penang Precision Sdn Bhd", "Bayan Lepas", "Penang", "MY", "onsite",
                 "full-time", None, M(6000), M(8500), "MYR", "2026-11-29", "en")),
    dict(company="Sahyadri Finance Ltd", path="Assistant-Manager---Credit-Underwriting_R-30912",
         title="Assistant Manager - Credit Underwriting", location="Mumbai, Maharashtra", country="India",
         remote="Hybrid", time="Full time", posted_on="Posted Today",
         text="<p>Sahyadri Finance is a non-banking finance company with a loan book of ₹12,000 crore across"
              " MSME and affordable housing loans.</p><p><b>Key responsibilities</b></p><ul><li>Appraise MSME"
              " loan proposals of ₹50 lakh to ₹5 crore</li><li>Conduct personal discussions and site visits"
              "</li></ul><p><b>Qualifications</b></p><ul><li>CA or MBA (Finance), 3-5 years in credit</li>"
              "</ul>",
         label=L("Assistant Manager - Credit Underwriting", "Sahyadri Finance Ltd", "Mumbai", "Maharashtra", "IN",
                 "hybrid", "full-time", None, None, None, None, "2026-12-01", "en")),
    dict(company="Hanbit Battery Co., Ltd.", path="Quality-Engineer_R-11820", title="품질 엔지니어 (Quality Engineer)",
         location="Ulsan", country="Korea, Republic of", remote="On-site", time="Full time",
         posted_on="Posted 4 Days Ago",
         text="<p>전기차 배터리 셀 생산 라인의 품질 관리를 담당합니다.</p><p><b>주요 업무</b></p><ul><li>공정 품질"
              " 데이터 분석 및 불량 개선</li><li>고객사 품질 감사 대응</li></ul><p><b>자격 요건</b></p><ul><li>"
              "공학 계열 학사 이상, 경력 3년 이상</li></ul><p><b>처우</b></p><p>연봉: 4,800만원 ~ 6,000만원"
              " (경력에 따라 협의), 사택 제공, 명절 상여금.</p>",
         label=L("품질 엔지니어 (Quality Engineer)", "Hanbit Battery Co., Ltd.", "Ulsan", None, "KR", "onsite",
                 "full-time", None, 48000000, 60000000, "KRW", "2026-11-27", "ko")),
    dict(company="Västkust Logistik AB", path="Lagerarbetare---visstidsanstallning_R-5530",
         title="Lagerarbetare – visstidsanställning 6 månader", location="Göteborg", country="Sweden",
         remote="On-site", time="Full time",
         text="<p>Vi söker lagerarbetare till vårt e-handelslager på Hisingen inför högsäsongen.</p><p>Plock,"
              " pack och inleverans med truck. Truckkort A+B är meriterande.</p><p>Visstidsanställning i sex"
              " månader, heltid, dag- eller kvällsskift.</p><p>Timlön 165 – 180 kr enligt kollektivavtal"
              " (Transport), plus OB-tillägg för kvällar och helger.</p>",
         label=L("Lagerarbetare – visstidsanställning 6 månader", "Västkust Logistik AB", "Göteborg", None, "SE",
                 "onsite", "contract", None, H(165), H(180), "SEK", None, "sv")),
]

# ---------------------------------------------------------------- Workable (6, three accounts)
WORKABLE = [
    ("Maple Crest Senior Living", "<p>Retirement and long-term care homes across the Golden Horseshoe.</p>", [
        dict(code="T1U2V3W001", title="Personal Support Worker (PSW) - Part-Time", employment="Part-time",
             city="Hamilton", region="Ontario", country="Canada", published="2026-11-06", experience="",
             text="<p>Support residents of our 160-bed long-term care home with daily living, mobility and"
                  " meals.</p><p>Requirements: PSW certificate, current CPR/First Aid and a vulnerable sector"
                  " check.</p><p>Two to three shifts a week, including every other weekend.</p><p>$23.50–$25.75"
                  " per hour, plus weekend and night premiums of $1.25/hr. Paid orientation and uniform"
                  " allowance.</p>",
             label=L("Personal Support Worker (PSW) - Part-Time", "Maple Crest Senior Living", "Hamilton", "ON",
                     "CA", "onsite", "part-time", None, H(23.50), H(25.75), "CAD", "2026-11-06", "en")),
        dict(code="T1U2V3W002", title="Director of Care", employment="Full-time", city="Oakville",
             region="Ontario", country="Canada", published="2026-11-19", experience="",
             text="<p>Lead nursing and personal care for our 128-bed long-term care home, with 110 staff and a"
                  " nursing budget of $9M.</p><p>You are a Registered Nurse in good standing with the CNO, with"
                  " 5+ years of leadership in long-term care.</p><p>Salary: $115,000 – $130,000 annually, plus"
                  " an 8% performance bonus and HOOPP pension.</p>",
             label=L("Director of Care", "Maple Crest Senior Living", "Oakville", "ON", "CA", "onsite",
                     "full-time", "lead", 115000, 130000, "CAD", "2026-11-19", "en")),
    ]),
    ("Osteria Navigli Group", "<p>Cinque ristoranti e una pasticceria a Milano.</p>", [
        dict(code="U2V3W4X001", title="Cuoco/a Capo Partita", employment="Full-time", city="Milano",
             region="Lombardia", country="Italy", published="2026-11-09", experience="",
             text="<p>Cerchiamo un/a capo partita per la linea dei primi nella nostra osteria sui Navigli (120"
                  " coperti).</p><p>Esperienza di almeno 3 anni in ristorazione di qualità; conoscenza HACCP.</p>"
                  "<p>Contratto a tempo indeterminato, CCNL Turismo livello 4. Retribuzione: 1.800 – 2.100 € netti"
                  " al mese per 14 mensilità. Pasto in servizio e due giorni di riposo consecutivi.</p>",
             label=L("Cuoco/a Capo Partita", "Osteria Navigli Group", "Milano", "Lombardia", "IT", "onsite",
                     "full-time", None, M(1800, 14), M(2100, 14), "EUR", "2026-11-09", "it")),
        dict(code="U2V3W4X002", title="Stage Marketing & Social Media (6 mesi)", employment="Internship",
             city="Milano", region="Lombardia", country="Italy", published="2026-11-24", experience="Internship",
             text="<p>Affiancherai la responsabile marketing nella gestione dei canali social, delle newsletter"
                  " e degli eventi dei nostri locali.</p><p>Laurea (o laureanda/o) in comunicazione o"
                  " marketing.</p><p>Stage extracurriculare di 6 mesi, full time. Rimborso spese: 800 € lordi"
                  " mensili + buoni pasto da 7 €.</p>",
             label=L("Stage Marketing & Social Media (6 mesi)", "Osteria Navigli Group", "Milano", "Lombardia", "IT",
                     "onsite", "internship", "entry", M(800), M(800), "EUR", "2026-11-24", "it")),
    ]),
    ("Caribe Sol Resorts", "<p>Hoteles todo incluido en la Riviera Maya.</p>", [
        dict(code="V3W4X5Y001", title="Salvavidas (Temporada de Invierno)", employment="Temporary", city="Cancún",
             region="Quintana Roo", country="Mexico", published="2026-11-12", experience="",
             text="<p>Vigilancia de albercas y playa en nuestro resort de 600 habitaciones en la Zona Hotelera."
                  "</p><p>Certificación vigente de salvavidas y primeros auxilios.</p><p>Contrato por temporada"
                  " de diciembre a abril. Sueldo: $14,000 MXN mensuales brutos + propinas + comedor y"
                  " transporte.</p>",
             label=L("Salvavidas (Temporada de Invierno)", "Caribe Sol Resorts", "Cancún", "Quintana Roo", "MX",
                     "onsite", "contract", None, M(14000), M(14000), "MXN", "2026-11-12", "es")),
        dict(code="V3W4X5Y002", title="Gerente de Alimentos y Bebidas", employment="Full-time",
             city="Playa del Carmen", region="Quintana Roo", country="Mexico", published="2026-11-27",
             experience="",
             text="<p>Dirige 9 restaurantes y 6 bares con ventas de USD 28 millones al año.</p><p>8 años de"
                  " experiencia en A&amp;B en resorts, inglés avanzado.</p><p>Sueldo competitivo + bonos por"
                  " desempeño + alojamiento para ti y tu familia.</p>",
             label=L("Gerente de Alimentos y Bebidas", "Caribe Sol Resorts", "Playa del Carmen", "Quintana Roo",
                     "MX", "onsite", "full-time", None, None, None, None, "2026-11-27", "es")),
    ]),
]

# ---------------------------------------------------------------- SmartRecruiters (6)
SMARTRECRUITERS = [
    dict(company="Bluegrass Packaging Co.", id="779000100000001", title="Maintenance Technician II - 2nd Shift",
         city="Louisville", region="KY", country="us", full="Louisville, KY, United States",
         released="2026-11-05T13:00:00.000Z", employment="Full-time", experience="Associate",
         sections=[("companyDescription", "Company Description",
                    "<p>We make corrugated boxes for 600 customers from two plants in Kentucky.</p>"),
                   ("jobDescription", "Job Description",
                    "<p>Troubleshoot and repair corrugators, flexo folder-gluers and conveyors; PLC diagnostics"
                    " on Allen-Bradley controls; preventive maintenance in our CMMS.</p>"),
                   ("qualifications", "Qualifications",
                    "<p>3+ years of industrial maintenance; electrical and mechanical skills.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Pay: $27.00 - $31.50/hour, plus a $1.50/hr second-shift differential. Annual $400 boot"
                    " and tool allowance.</p>")],
         label=L("Maintenance Technician II - 2nd Shift", "Bluegrass Packaging Co.", "Louisville", "KY", "US",
                 "onsite", "full-time", "mid", H(27), H(31.50), "USD", "2026-11-05", "en")),
    dict(company="Nordique RH", id="779000100000002", title="Chargé(e) de recrutement – Alternance (12 à 24 mois)",
         city="Lille", region="Hauts-de-France", country="fr", full="Lille, Hauts-de-France, France",
         released="2026-11-10T09:00:00.000Z", employment="Full-time", experience="Entry Level",
         sections=[("jobDescription", "Job Description",
                    "<p>Au sein d'un cabinet de 25 consultants, vous participerez au sourcing, aux entretiens"
                    " et au suivi des candidats pour nos clients industriels.</p>"),
                   ("qualifications", "Qualifications",
                    "<p>Préparation d'un bac+3 à bac+5 en RH en alternance (rythme 3 semaines / 1 semaine).</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Rémunération selon la grille légale de l'apprentissage (de 27 % à 100 % du SMIC selon"
                    " l'âge et l'année). Tickets restaurant de 9 € et remboursement de 50 % du transport.</p>")],
         label=L("Chargé(e) de recrutement – Alternance (12 à 24 mois)", "Nordique RH", "Lille", "Hauts-de-France",
                 "FR", "onsite", "full-time", "entry", None, None, None, "2026-11-10", "fr")),
    dict(company="Wawel Usługi Finansowe Sp. z o.o.", id="779000100000003", title="Księgowa / Księgowy",
         city="Kraków", region="małopolskie", country="pl", full="Kraków, małopolskie, Poland",
         released="2026-11-14T08:00:00.000Z", employment="Full-time", experience="Not Applicable",
         sections=[("jobDescription", "Job Description",
                    "<p>Prowadzenie pełnej księgowości dla 30 klientów (spółki z o.o.), rozliczenia VAT, JPK i"
                    " CIT.</p>"),
                   ("qualifications", "Qualifications", "<p>Min. 3 lata doświadczenia w biurze rachunkowym.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Wynagrodzenie: 8 000 – 10 000 zł brutto/mies. (umowa o pracę), premia kwartalna,"
                    " karta Multisport.</p>")],
         label=L("Księgowa / Księgowy", "Wawel Usługi Finansowe Sp. z o.o.", "Kraków", "małopolskie", "PL",
                 "onsite", "full-time", None, M(8000), M(10000), "PLN", "2026-11-14", "pl")),
    dict(company="Merlion Assurance LLP", id="779000100000004", title="Senior Auditor, Assurance",
         city="Singapore", region="", country="sg", full="Singapore, Singapore", hybrid=True,
         released="2026-11-18T02:00:00.000Z", employment="Full-time", experience="Mid-Senior Level",
         sections=[("jobDescription", "Job Description",
                    "<p>Lead audit fieldwork for listed and private clients in manufacturing and shipping;"
                    " supervise two associates.</p>"),
                   ("qualifications", "Qualifications",
                    "<p>ISCA or ACCA, 3+ years of external audit.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Monthly salary: S$5,500 – S$6,800 + AWS + performance bonus. Hybrid: 3 days at client"
                    " sites or in office.</p>")],
         label=L("Senior Auditor, Assurance", "Merlion Assurance LLP", "Singapore", None, "SG", "hybrid",
                 "full-time", "senior", M(5500, 13), M(6800, 13), "SGD", "2026-11-18", "en")),
    dict(company="Pflegewohnhaus Donaustadt", id="779000100000005",
         title="Diplomierte Gesundheits- und Krankenpfleger:in (DGKP) – 30 Std./Woche", city="Wien", region="Wien",
         country="at", full="Wien, Wien, Austria", released="2026-11-21T08:00:00.000Z", employment="Part-time",
         experience="Not Applicable",
         sections=[("jobDescription", "Job Description",
                    "<p>Pflegeplanung und -dokumentation für 30 Bewohner:innen, Wundmanagement,"
                    " Zusammenarbeit mit Ärzt:innen.</p>"),
                   ("qualifications", "Qualifications", "<p>Diplom bzw. Bachelor in der Gesundheits- und"
                                                         " Krankenpflege, Eintragung im Gesundheitsberuferegister."
                                                         "</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Das Mindestgehalt laut KV SWÖ beträgt € 3.450 brutto monatlich auf Basis Vollzeit"
                    " (37 Std.), 14 x jährlich; Überzahlung je nach Berufserfahrung.</p>")],
         label=L("Diplomierte Gesundheits- und Krankenpfleger:in (DGKP) – 30 Std./Woche", "Pflegewohnhaus Donaustadt",
                 "Wien", "Wien", "AT", "onsite", "part-time", None, M(3450, 14), None, "EUR", "2026-11-21", "de")),
    dict(company="Najd Industrial Services", id="779000100000006", title="HSE Manager", city="Riyadh",
         region="Riyadh Province", country="sa", full="Riyadh, Riyadh Province, Saudi Arabia",
         released="2026-11-25T06:00:00.000Z", employment="Full-time", experience="Not Applicable",
         sections=[("jobDescription", "Job Description",
                    "<p>Own health, safety and environment for 1,800 workers on petrochemical shutdown"
                    " projects worth SAR 400 million a year.</p>"),
                   ("qualifications", "Qualifications", "<p>NEBOSH IGC, 10+ years in HSE.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Monthly package: SAR 30,000 – 36,000 (basic + housing + transport), annual tickets and"
                    " family medical insurance.</p>")],
         label=L("HSE Manager", "Najd Industrial Services", "Riyadh", "Riyadh Province", "SA", "onsite",
                 "full-time", None, M(30000), M(36000), "SAR", "2026-11-25", "en")),
]

# ---------------------------------------------------------------- Recruitee (6)
RECRUITEE = [
    dict(id=3001001, company="Stichting Domstad Onderwijs", title="Leerkracht groep 5/6 (0,8 fte)", city="Utrecht",
         state="Utrecht", country="Netherlands", location="Utrecht, Netherlands", on_site=True,
         published="2026-11-04 08:00:00 UTC", employment="parttime", experience="",
         text="<p>Basisschool De Regenboog in Utrecht-Oost (310 leerlingen) zoekt een leerkracht voor groep"
              " 5/6, vier dagen per week.</p><p>Je hebt een pabo-diploma en bent bevoegd.</p><p>Salaris volgens"
              " cao po, schaal L10: €3.579 – €5.197 bruto per maand bij een volledige werktijdfactor,"
              " exclusief 8% vakantiegeld en een eindejaarsuitkering van 8,33%.</p>",
         label=L("Leerkracht groep 5/6 (0,8 fte)", "Stichting Domstad Onderwijs", "Utrecht", "Utrecht", "NL",
                 "onsite", "part-time", None, M(3579), M(5197), "EUR", "2026-11-04", "nl")),
    dict(id=3001002, company="Grachtenglans Schoonmaak B.V.", title="Schoonmaker kantoren (nul-urencontract)",
         city="Amsterdam", state="Noord-Holland", country="Netherlands", location="Amsterdam, Netherlands",
         on_site=True, published="2026-11-11 06:00:00 UTC", employment="parttime", experience="",
         salary=("14.40", "14.40", "EUR", "hour"),
         text="<p>Schoonmaken van kantoren op de Zuidas, 's avonds tussen 18.00 en 22.00 uur.</p><p>Nul-"
              "urencontract: je geeft zelf je beschikbaarheid door. Loon volgens de cao Schoonmaak, plus"
              " 8% vakantiegeld en €2,00 per uur avondtoeslag na 20.00 uur.</p>",
         label=L("Schoonmaker kantoren (nul-urencontract)", "Grachtenglans Schoonmaak B.V.", "Amsterdam",
                 "Noord-Holland", "NL", "onsite", "part-time", None, H(14.40), H(14.40), "EUR", "2026-11-11",
                 "nl")),
    dict(id=3002001, company="Kempen Accountancy BV", title="Boekhouder (m/v/x)", city="Hasselt", state="Limburg",
         country="Belgium", location="Hasselt, Belgium", hybrid=True, published="2026-11-16 08:00:00 UTC",
         employment="fulltime", experience="mid_level",
         text="<p>Je beheert een portefeuille van 60 kmo's: boekhouding, btw-aangiftes en jaarafsluitingen.</p>"
              "<p>Bachelor boekhouden en 3 jaar ervaring. Twee dagen per week thuiswerk.</p><p>Bruto maandloon"
              " tussen € 3.200 en € 3.900, 13de maand, dubbel vakantiegeld, maaltijdcheques van € 8 per dag"
              " en een hospitalisatieverzekering.</p>",
         label=L("Boekhouder (m/v/x)", "Kempen Accountancy BV", "Hasselt", "Limburg", "BE", "hybrid", "full-time",
                 "mid", M(3200, 13), M(3900, 13), "EUR", "2026-11-16", "nl")),
    dict(id=3003001, company="Børnehuset Mælkebøtten", title="Pædagogmedhjælper (30 timer)", city="København",
         state="Region Hovedstaden", country="Denmark", location="København, Denmark", on_site=True,
         published="2026-11-08 09:00:00 UTC", employment="parttime", experience="",
         text="<p>Integreret institution på Nørrebro med 80 børn i vuggestue og børnehave.</p><p>Vi søger en"
              " pædagogmedhjælper til vuggestuen, 30 timer om ugen.</p><p>Løn efter overenskomst mellem KL og"
              " FOA, ca. 27.000 kr. pr. måned ved fuld tid, plus pension.</p>",
         label=L("Pædagogmedhjælper (30 timer)", "Børnehuset Mælkebøtten", "København", "Region Hovedstaden", "DK",
                 "onsite", "part-time", None, M(27000), M(27000), "DKK", "2026-11-08", "da")),
    dict(id=3004001, company="Pirkanmaan Hoiva Oy", title="Sairaanhoitaja, sisätautiosasto", city="Tampere",
         state="Pirkanmaa", country="Finland", location="Tampere, Finland", on_site=True,
         published="2026-11-20 07:00:00 UTC", employment="fulltime", experience="",
         text="<p>Etsimme sairaanhoitajaa 28-paikkaiselle sisätautiosastollemme kolmivuorotyöhön.</p><p>"
              "Edellytämme sairaanhoitajan tutkintoa ja Valviran laillistusta.</p><p>Palkka: 3 100 – 3 450"
              " €/kk + vuorotyölisät. Liikunta- ja kulttuurietu 400 € vuodessa.</p>",
         label=L("Sairaanhoitaja, sisätautiosasto", "Pirkanmaan Hoiva Oy", "Tampere", "Pirkanmaa", "FI", "onsite",
                 "full-time", None, M(3100), M(3450), "EUR", "2026-11-20", "fi")),
    dict(id=3005001, company="Slezská Logistika s.r.o.", title="Skladník / Skladnice", city="Ostrava",
         state="Moravskoslezský kraj", country="Czechia", location="Ostrava, Czechia", on_site=True,
         published="2026-11-26 06:00:00 UTC", employment="fulltime", experience="",
         salary=("34000", "40000", "CZK", "month"),
         text="<p>Práce ve skladu automobilových dílů: příjem, vychystávání a expedice.</p><p>Dvousměnný"
              " provoz, průkaz VZV výhodou.</p><p>Příspěvek na penzijní spoření 1 000 Kč měsíčně, stravenky"
              " a 25 dní dovolené.</p>",
         label=L("Skladník / Skladnice", "Slezská Logistika s.r.o.", "Ostrava", "Moravskoslezský kraj", "CZ",
                 "onsite", "full-time", None, M(34000), M(40000), "CZK", "2026-11-26", "cs")),
]

# ---------------------------------------------------------------- Personio (6, two feeds)
PERSONIO = [
    ("Bergblick Hotels GmbH", [
        dict(id=3601001, office="Kitzbühel", department="Front Office",
             title="Rezeptionist:in (Wintersaison 2026/27)",
             blocks=[("Deine Aufgaben", "<p>Check-in und Check-out, Reservierungen in Protel, Gästebetreuung"
                                        " in Deutsch und Englisch in unserem 4-Sterne-Superior-Hotel.</p>"),
                     ("Wir bieten", "<p>Saisonstelle von Mitte Dezember bis Ostern. Das Mindestentgelt laut"
                                    " KV Hotel- und Gastgewerbe beträgt € 2.050 brutto monatlich (14 x);"
                                    " Überzahlung je nach Qualifikation. Kost &amp; Logis frei, Skipass um"
                                    " € 99 für die ganze Saison.</p>")],
             contract="temporary", seniority="experienced", schedule="full-time",
             created="2026-11-04T09:00:00+01:00",
             label=L("Rezeptionist:in (Wintersaison 2026/27)", "Bergblick Hotels GmbH", "Kitzbühel", None, "AT",
                     None, "contract", None, M(2050, 14), None, "EUR", "2026-11-04", "de")),
        dict(id=3601002, office="Garmisch-Partenkirchen", department="Küche", title="Koch / Köchin (m/w/d)",
             blocks=[("Deine Aufgaben", "<p>À-la-carte und Halbpension für bis zu 180 Gäste, regionale"
                                        " Küche.</p>"),
                     ("Wir bieten", "<p>Unbefristete Vollzeitstelle. Festgehalt ab 3.000 € brutto im Monat,"
                                    " dazu Trinkgeld-Pool sowie Sonn- und Feiertagszuschläge.</p>")],
             contract="permanent", seniority="experienced", schedule="full-time",
             created="2026-11-11T09:00:00+01:00",
             label=L("Koch / Köchin (m/w/d)", "Bergblick Hotels GmbH", "Garmisch-Partenkirchen", None, "DE", None,
                     "full-time", None, M(3000), None, "EUR", "2026-11-11", "de")),
        dict(id=3601003, office="München", department="Ausbildung",
             title="Auszubildende:r Hotelfachmann/-frau (Ausbildungsbeginn 09/2027)",
             blocks=[("Deine Ausbildung", "<p>Drei Jahre in Rezeption, Service, Bankett und Housekeeping"
                                          " unseres Stadthotels am Isartor.</p>"),
                     ("Wir bieten", "<p>Ausbildungsvergütung im ersten Lehrjahr: 1.150 € brutto monatlich,"
                                    " Zuschuss zum Deutschlandticket, Mitarbeiterübernachtungen für 35 €.</p>")],
             contract="trainee", seniority="student", schedule="full-time", created="2026-11-20T09:00:00+01:00",
             label=L("Auszubildende:r Hotelfachmann/-frau (Ausbildungsbeginn 09/2027)", "Bergblick Hotels GmbH",
                     "München", None, "DE", None, "full-time", "entry", M(1150), M(1150), "EUR", "2026-11-20",
                     "de")),
    ]),
    ("Lumbre Estudio S.L.", [
        dict(id=3602001, office="Valencia", department="Diseño", title="Diseñador/a Gráfico/a Junior",
             blocks=[("Tu día a día", "<p>Diseño de packaging y materiales de punto de venta para marcas de"
                                      " alimentación.</p>"),
                     ("Qué ofrecemos", "<p>Contrato indefinido. Salario: 22.000 € – 24.000 € brutos anuales,"
                                       " jornada intensiva en verano.</p>")],
             contract="permanent", seniority="entry-level", schedule="full-time",
             created="2026-11-06T10:00:00+01:00",
             label=L("Diseñador/a Gráfico/a Junior", "Lumbre Estudio S.L.", "Valencia", None, "ES", None,
                     "full-time", "entry", 22000, 24000, "EUR", "2026-11-06", "es")),
        dict(id=3602002, office="Valencia", department="Finanzas",
             title="Responsable de Administración y Finanzas",
             blocks=[("Tu día a día", "<p>Contabilidad, tesorería, cierre mensual y relación con la asesoría"
                                      " fiscal; facturación anual de 6 M€.</p>"),
                     ("Qué ofrecemos", "<p>Salario: hasta 48.000 € brutos/año según experiencia, más"
                                       " retribución flexible (seguro médico, guardería).</p>")],
             contract="permanent", seniority="experienced", schedule="full-time",
             created="2026-11-17T10:00:00+01:00",
             label=L("Responsable de Administración y Finanzas", "Lumbre Estudio S.L.", "Valencia", None, "ES", None,
                     "full-time", None, None, 48000, "EUR", "2026-11-17", "es")),
        dict(id=3602003, office="Madrid", department="Operaciones",
             title="Técnico/a de mantenimiento (media jornada)",
             blocks=[("Tu día a día", "<p>Mantenimiento de nuestro estudio y showroom en Chamberí: electricidad,"
                                      " pintura y montaje de expositores.</p>"),
                     ("Qué ofrecemos", "<p>Media jornada de mañanas (20 h/semana). Salario: 9,50 € brutos por"
                                       " hora.</p>")],
             contract="permanent", seniority="experienced", schedule="part-time",
             created="2026-11-26T10:00:00+01:00",
             label=L("Técnico/a de mantenimiento (media jornada)", "Lumbre Estudio S.L.", "Madrid", None, "ES", None,
                     "part-time", None, H(9.50), H(9.50), "EUR", "2026-11-26", "es")),
    ]),
]

# ---------------------------------------------------------------- Teamtailor (6, two feeds)
TEAMTAILOR = [
    ("Karriär på Öresund Omsorg", "oresundomsorg.teamtailor.com", [
        dict(id="1010001", company="Öresund Omsorg AB", title="Undersköterska – timanställning",
             employment="PART_TIME",
             addresses=[{"addressLocality": "Malmö", "addressRegion": "Skåne län", "addressCountry": "SE"}],
             published="2026-11-05T09:00:00+01:00",
             text="<p>Vi driver hemtjänst och två äldreboenden i Malmö.</p><p>Som timanställd undersköterska"
                  " hoppar du in vid sjukdom och semester, dag, kväll och helg.</p><p>Undersköterskeexamen och"
                  " B-körkort krävs.</p><p>Timlön från 175 kr + OB-tillägg enligt kollektivavtal.</p>",
             label=L("Undersköterska – timanställning", "Öresund Omsorg AB", "Malmö", "Skåne län", "SE", "onsite",
                     "part-time", None, H(175), None, "SEK", "2026-11-05", "sv")),
        dict(id="1010002", company="Öresund Omsorg AB", title="Enhetschef hemtjänst", employment="FULL_TIME",
             addresses=[{"addressLocality": "Lund", "addressRegion": "Skåne län", "addressCountry": "SE"}],
             published="2026-11-14T09:00:00+01:00", salary=("SEK", "MONTH", 48000, 54000),
             text="<p>Leda en hemtjänstgrupp med 45 medarbetare och en budget på 28 miljoner kronor.</p><p>"
                  "Högskoleexamen inom socialt arbete eller vård, erfarenhet av personalansvar.</p>",
             label=L("Enhetschef hemtjänst", "Öresund Omsorg AB", "Lund", "Skåne län", "SE", "onsite", "full-time",
                     None, M(48000), M(54000), "SEK", "2026-11-14", "sv")),
        dict(id="1010003", company="Öresund Omsorg AB", title="Sjuksköterska natt", employment="FULL_TIME",
             addresses=[{"addressLocality": "Helsingborg", "addressRegion": "Skåne län", "addressCountry": "SE"}],
             published="2026-11-25T09:00:00+01:00",
             text="<p>Nattsjuksköterska för tre äldreboenden i Helsingborg.</p><p>Lön: individuell"
                  " lönesättning. Vi erbjuder friskvårdsbidrag på 5 000 kr per år.</p>",
             label=L("Sjuksköterska natt", "Öresund Omsorg AB", "Helsingborg", "Skåne län", "SE", "onsite",
                     "full-time", None, None, None, None, "2026-11-25", "sv")),
    ]),
    ("Jobs at Pennine Homes", "penninehomes.teamtailor.com", [
        dict(id="1020001", company="Pennine Homes", title="Housing Officer", employment="FULL_TIME",
             addresses=[{"addressLocality": "Halifax", "addressRegion": "West Yorkshire", "postalCode": "HX1 1UN",
                         "addressCountry": "GB"}],
             published="2026-11-03T09:00:00+00:00", salary=("GBP", "YEAR", 31000, 34500),
             text="<p>Pennine Homes owns 14,000 homes across Calderdale and Kirklees.</p><p>You will manage"
                  " 450 tenancies: sign-ups, estate inspections, anti-social behaviour and arrears.</p><p>Hybrid"
                  " - 2 days in office, the rest out on your patch or at home.</p><p>Local Government Pension"
                  " Scheme and 27 days' holiday.</p>",
             label=L("Housing Officer", "Pennine Homes", "Halifax", "West Yorkshire", "GB", "hybrid", "full-time",
                     None, 31000, 34500, "GBP", "2026-11-03", "en")),
        dict(id="1020002", company="Pennine Homes", title="Multi-skilled Maintenance Operative",
             employment="FULL_TIME",
             addresses=[{"addressLocality": "Huddersfield", "addressRegion": "West Yorkshire",
                         "addressCountry": "GB"},
                        {"addressLocality": "Halifax", "addressRegion": "West Yorkshire", "addressCountry": "GB"}],
             published="2026-11-12T09:00:00+00:00",
             text="<p>Carry out responsive repairs in our homes: joinery, plumbing, tiling and plastering.</p>"
                  "<p>NVQ Level 2 in a trade and a full driving licence.</p><p>£28,500 per annum + van, fuel"
                  " card and a £1,000 annual tool allowance. Overtime at time and a half.</p>",
             label=L("Multi-skilled Maintenance Operative", "Pennine Homes", "Huddersfield", "West Yorkshire", "GB",
                     "onsite", "full-time", None, 28500, 28500, "GBP", "2026-11-12", "en")),
        dict(id="1020003", company="Pennine Homes", title="Chief Executive", employment="FULL_TIME",
             addresses=[{"addressLocality": "Halifax", "addressRegion": "West Yorkshire", "addressCountry": "GB"}],
             published="2026-11-23T09:00:00+00:00",
             text="<p>Our board is looking for a chief executive to lead 520 colleagues and a £95m turnover"
                  " housing association through a £300m investment programme.</p><p>Salary circa £135,000 plus"
                  " a car allowance of £6,000 and a defined-contribution pension.</p>",
             label=L("Chief Executive", "Pennine Homes", "Halifax", "West Yorkshire", "GB", "onsite", "full-time",
                     "executive", 135000, 135000, "GBP", "2026-11-23", "en")),
    ]),
]

# ---------------------------------------------------------------- Breezy (6, two companies)
BREEZY = [
    ("Sunbelt Comfort Services", [
        dict(id="tx1a2b3c4d01", title="HVAC Service Technician", type="Full-Time", city="San Antonio",
             state="Texas", country="United States", place="San Antonio, TX", published="2026-11-04T15:00:00.000Z",
             salary="$28 - $40 / hour",
             label=L("HVAC Service Technician", "Sunbelt Comfort Services", "San Antonio", "TX", "US", "onsite",
                     "full-time", None, H(28), H(40), "USD", "2026-11-04", "en")),
        dict(id="tx1a2b3c4d02", title="Plumbing Apprentice", type="Full-Time", city="Austin", state="Texas",
             country="United States", place="Austin, TX", published="2026-11-15T15:00:00.000Z",
             salary="$17 - $19 / hour",
             label=L("Plumbing Apprentice", "Sunbelt Comfort Services", "Austin", "TX", "US", "onsite", "full-time",
                     "entry", H(17), H(19), "USD", "2026-11-15", "en")),
        dict(id="tx1a2b3c4d03", title="Customer Service Representative", type="Part-Time", city="Austin",
             state="Texas", country="United States", place="Austin, TX", published="2026-11-25T15:00:00.000Z",
             label=L("Customer Service Representative", "Sunbelt Comfort Services", "Austin", "TX", "US", "onsite",
                     "part-time", None, None, None, None, "2026-11-25", "en")),
    ]),
    ("Harambee Coffee Roasters", [
        dict(id="ke2b3c4d5e01", title="Barista", type="Full-Time", city="Nairobi", country="Kenya",
             place="Nairobi", published="2026-11-07T07:00:00.000Z", salary="KES 35,000 - 42,000 / month",
             label=L("Barista", "Harambee Coffee Roasters", "Nairobi", None, "KE", "onsite", "full-time", None,
                     M(35000), M(42000), "KES", "2026-11-07", "en")),
        dict(id="ke2b3c4d5e02", title="Head Roaster", type="Full-Time", city="Nairobi", country="Kenya",
             place="Nairobi", published="2026-11-18T07:00:00.000Z", salary="KES 120,000 - 150,000 / month",
             label=L("Head Roaster", "Harambee Coffee Roasters", "Nairobi", None, "KE", "onsite", "full-time", "lead",
                     M(120000), M(150000), "KES", "2026-11-18", "en")),
        dict(id="ke2b3c4d5e03", title="Delivery Rider (Part-Time)", type="Part-Time", city="Mombasa",
             country="Kenya", place="Mombasa", published="2026-11-28T07:00:00.000Z", salary="KES 800 / day",
             label=L("Delivery Rider (Part-Time)", "Harambee Coffee Roasters", "Mombasa", None, "KE", "onsite",
                     "part-time", None, D(800), D(800), "KES", "2026-11-28", "en")),
    ]),
]


# ---------------------------------------------------------------- Hacker News (6, one thread)
def hn_text(first, *paragraphs):
    return first + "".join("<p>" + p for p in paragraphs)


HN = [
    dict(id=48700001, author="fieldworkhq", created="2026-11-02T16:08:00.000Z",
         text=hn_text("Fieldwork Health (YC S25) | Clinical Operations Lead (RN) | Remote (US) | Full-time |"
                      " $130k\u2013$150k + equity",
                      "We run at-home visits for Medicare Advantage plans: 40,000 visits last quarter. You would"
                      " own clinical protocols and QA for 200 nurse practitioners. Active RN licence required.",
                      "We closed a $22M Series A in the spring."),
         label=L("Clinical Operations Lead (RN)", "Fieldwork Health", None, None, "US", "remote", "full-time",
                 "lead", 130000, 150000, "USD", "2026-11-02", "en")),
    dict(id=48700002, author="astergrid", created="2026-11-02T16:25:00.000Z",
         text=hn_text("Aster Grid | Power Systems Engineer | Amsterdam, NL | ONSITE | \u20ac80k\u2013\u20ac100k",
                      "We forecast congestion on the Dutch distribution grid for three DSOs. Load-flow modelling,"
                      " Python, some PowerFactory. Relocation support available."),
         label=L("Power Systems Engineer", "Aster Grid", "Amsterdam", None, "NL", "onsite", None, None, 80000,
                 100000, "EUR", "2026-11-02", "en")),
    dict(id=48700003, author="formosasense", created="2026-11-03T01:40:00.000Z",
         text=hn_text("Formosa Sensing | Firmware Engineer | Taipei, Taiwan | ONSITE | Full-time |"
                      " NT$1.6M\u20132.2M/yr",
                      "Radar modules for factory safety. Embedded C on Cortex-M, some Rust. English or Mandarin is"
                      " fine."),
         label=L("Firmware Engineer", "Formosa Sensing", "Taipei", None, "TW", "onsite", "full-time", None,
                 1600000, 2200000, "TWD", "2026-11-03", "en")),
    dict(id=48700004, author="ternbio", created="2026-11-02T17:15:00.000Z",
         text=hn_text("Tern Bio | Scientist II, Protein Engineering | Cambridge, MA | ONSITE |"
                      " $115,000 \u2013 $135,000",
                      "ML-guided enzyme design for industrial biocatalysis. Wet lab: cloning, expression,"
                      " high-throughput assays. PhD or MS + 3 years. Our lab moved into 40,000 sq ft in Kendall"
                      " Square this year."),
         label=L("Scientist II, Protein Engineering", "Tern Bio", "Cambridge", "MA", "US", "onsite", None, "mid",
                 115000, 135000, "USD", "2026-11-02", "en")),
    dict(id=48700005, author="pampalog", created="2026-11-02T19:50:00.000Z",
         text=hn_text("Pampa Logistics | Senior Backend Engineer | REMOTE (Argentina) | USD 4k\u20135.5k/month",
                      "Route planning for last-mile couriers in Buenos Aires, C\u00f3rdoba and Rosario. Elixir and"
                      " Postgres. Contractor or employee, your choice."),
         label=L("Senior Backend Engineer", "Pampa Logistics", None, None, "AR", "remote", None, "senior",
                 M(4000), M(5500), "USD", "2026-11-02", "en")),
    dict(id=48700006, author="nilecommerce", created="2026-11-03T09:30:00.000Z",
         text=hn_text("Nile Commerce | Operations Analyst | Cairo, Egypt | HYBRID | EGP 45,000\u201360,000 per month",
                      "Marketplace for 3,000 Egyptian sellers; we process EGP 2B of orders a year. SQL and"
                      " spreadsheets, Arabic and English."),
         label=L("Operations Analyst", "Nile Commerce", "Cairo", None, "EG", "hybrid", None, None, M(45000),
                 M(60000), "EGP", "2026-11-03", "en")),
]


def main():
    setwriter.write_set(sys.modules[__name__], "fresh10", "hn-2026-11.json", 48700000)


if __name__ == "__main__":
    main()
