#!/usr/bin/env python3
"""Writes Tests/Eval/discover/fresh11: 96 postings written one by one, six per
source kind over all sixteen kinds, shaped like an ordinary user's discover
traffic (as fresh9 and fresh10 are, with other employers, places, professions
and phrasings): about two thirds from the eighteen biggest markets (the US, the
UK, Germany, Canada, Australia, India, France, the Netherlands, Ireland, Spain,
Italy, Brazil, Mexico, Japan, Singapore, Poland, Sweden, Switzerland), the rest
from elsewhere (Austria, Belgium, New Zealand, South Africa, Ecuador, Greece,
Slovakia, Costa Rica, Uganda, Sri Lanka, Peru, Romania, Lithuania, Denmark,
Finland, Nepal, Chile, the UAE, Norway, a Kingston whose province and country
disagree, and remote roles with no country).

Professions across the labour market: nursing, aged and home care, allied
health, dental and clinic staff; electricians, roofers, drillers, diesel and
refrigeration technicians; drivers, forklift and warehouse staff; retail and
hospitality; early-years and tutoring; accounts, payroll, tax and credit;
paralegals and property management; the public sector; engineering and a few
software roles. Pay sits where boards put it (a table, a footer, a benefits
paragraph, a collective agreement or public pay scale, structured fields); a
few postings state no pay for the role but name other money (bonuses, budgets,
allowances, funding, piece rates). A few values a careful recruiter would not
record: a JobSpy date that cannot exist, a place whose parts contradict each
other (those fields are labelled null).
Labelled with what a careful recruiter would record, by the conventions of
Tests/Eval/discover/README.md, before jobhunt was run on them.
Run: python3 Tests/Eval/discover/tools/fresh11.py
"""
import sys

import setwriter
from setwriter import H, D, W, M
from fresh2 import L


# ---------------------------------------------------------------- Greenhouse (6)
GREENHOUSE = [
    dict(id=9080100001, company="Triangle Ridge Medical Center",
         title="Registered Nurse - Cardiac Step-Down (Nights)", location="Raleigh, NC",
         meta={"Workplace Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-04T07:00:00-05:00", pay=(41, 58, "USD", "Hourly base pay"),
         text="<p>Triangle Ridge is a 540-bed teaching hospital and Level II trauma center serving Wake and"
              " Johnston counties.</p><h3>Position overview</h3><p>Our 32-bed cardiac step-down unit cares for"
              " patients after PCI, ablation and open-heart surgery. You will titrate drips, monitor"
              " telemetry and educate patients and families before discharge.</p><h3>Schedule</h3><ul><li>Three"
              " 12-hour night shifts (7p&ndash;7a) per week</li><li>Every third weekend</li></ul><h3>Minimum"
              " requirements</h3><ul><li>Active North Carolina or compact RN licence</li><li>BLS and ACLS</li>"
              "<li>1 year of acute care experience (new grads: see our residency)</li></ul><h3>Total rewards</h3>"
              "<ul><li>Night differential of $6.50/hr and weekend differential of $3.00/hr</li><li>$15,000"
              " sign-on bonus for experienced RNs (two-year commitment)</li><li>403(b) with up to 5% match</li>"
              "<li>Up to $5,250 a year in tuition assistance</li></ul><p><em>Pay is based on years of licensed"
              " experience; the range shown is the base hourly rate before differentials.</em></p>",
         label=L("Registered Nurse - Cardiac Step-Down (Nights)", "Triangle Ridge Medical Center", "Raleigh", "NC",
                 "US", "onsite", "full-time", None, H(41), H(58), "USD", "2026-11-04", "en")),
    dict(id=9080100002, company="Soar Valley Electrical Ltd", title="Approved Electrician (JIB) - Commercial",
         location="Leicester, Leicestershire", meta={"Location Type": "On-site", "Employment Type": "Permanent"},
         published="2026-11-10T08:15:00+00:00",
         text="<p>Soar Valley Electrical installs and maintains electrical systems in schools, warehouses and"
              " retail parks across the East Midlands, with 65 site staff.</p><h3>The role</h3><ul><li>First and"
              " second fix on commercial fit-outs and new-build schools</li><li>Containment, SWA and LV"
              " distribution</li><li>Testing and inspection (18th Edition)</li></ul><h3>Requirements</h3><ul>"
              "<li>JIB Approved Electrician grade, or Electrician with a 2391 and an ECS Gold card</li><li>Own"
              " hand tools and a full UK driving licence</li></ul><h3>Rates</h3><table><tr><th></th><th>Rate"
              "</th></tr><tr><td>Approved Electrician (JIB)</td><td>&pound;21.40 per hour</td></tr><tr><td>"
              "Travel time over 15 miles</td><td>&pound;9.80 per day</td></tr><tr><td>Overtime (Saturday)</td>"
              "<td>time and a half</td></tr></table><p>Company van for supervisors, JIB pension and health"
              " scheme, and &pound;300 a year towards tools.</p>",
         label=L("Approved Electrician (JIB) - Commercial", "Soar Valley Electrical Ltd", "Leicester",
                 "Leicestershire", "GB", "onsite", "full-time", None, H(21.40), H(21.40), "GBP", "2026-11-10",
                 "en")),
    dict(id=9080100003, company="Mitteldeutsche Stadtwerke Service GmbH", title="Senior Controller (m/w/d)",
         location="Leipzig, Sachsen", meta={"Workplace Type": "Hybrid", "Employment Type": "Vollzeit"},
         published="2026-11-13T09:30:00+01:00",
         text="<p>Wir sind der Dienstleister für Energie, Wasser und Nahverkehr in der Region Leipzig und betreuen"
              " ein Investitionsvolumen von 240 Mio. € pro Jahr.</p><h3>Ihre Aufgaben</h3><ul><li>Planung,"
              " Forecast und Monatsabschluss für die Sparten Netz und Erzeugung</li><li>Investitionscontrolling"
              " und Wirtschaftlichkeitsrechnungen</li><li>Berichte an Geschäftsführung und Aufsichtsrat</li></ul>"
              "<h3>Ihr Profil</h3><ul><li>Studium der Wirtschaftswissenschaften, 5+ Jahre Controlling</li><li>"
              "Sehr gute SAP-S/4HANA-Kenntnisse</li></ul><h3>Was wir bieten</h3><p>Mobiles Arbeiten an bis zu"
              " drei Tagen pro Woche, 30 Tage Urlaub, betriebliche Altersvorsorge und ein Jobrad.</p><p><strong>"
              "Vergütung:</strong> 68.000 – 78.000 € Jahresbrutto zzgl. einer variablen Vergütung von bis zu 10"
              " %.</p>",
         label=L("Senior Controller (m/w/d)", "Mitteldeutsche Stadtwerke Service GmbH", "Leipzig", "Sachsen", "DE",
                 "hybrid", "full-time", "senior", 68000, 78000, "EUR", "2026-11-13", "de")),
    dict(id=9080100004, company="Sabarmati Life Sciences Ltd", title="Executive - Quality Assurance (OSD)",
         location="Ahmedabad, Gujarat", meta={"Location Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-17T10:00:00+05:30",
         text="<p>Sabarmati makes oral solid dosage forms for 40 markets from a USFDA- and MHRA-approved plant"
              " near Changodar.</p><h3>Key responsibilities</h3><ul><li>In-process quality checks on granulation,"
              " compression and coating lines</li><li>Review batch manufacturing records and deviations</li><li>"
              "Support regulatory audits</li></ul><h3>Eligibility</h3><ul><li>B.Pharm / M.Pharm / M.Sc, 2&ndash;4"
              " years in OSD QA</li></ul><h3>Compensation</h3><p>CTC: &#8377; 4,20,000 &ndash; &#8377; 5,40,000"
              " per annum. Company transport from Ahmedabad city, subsidised canteen and Mediclaim cover of"
              " &#8377; 3,00,000 for your family.</p>",
         label=L("Executive - Quality Assurance (OSD)", "Sabarmati Life Sciences Ltd", "Ahmedabad", "Gujarat", "IN",
                 "onsite", "full-time", None, 420000, 540000, "INR", "2026-11-17", "en")),
    dict(id=9080100005, company="Aegean Blue Hotels S.A.", title="Accounts Payable Specialist",
         location="Athens, Greece", meta={"Location Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-19T11:00:00+02:00",
         text="<p>Aegean Blue runs eleven resort hotels on Crete, Rhodes and Santorini, with a central finance"
              " team in Athens.</p><h3>What you will do</h3><ul><li>Process supplier invoices for all hotels in"
              " SoftOne ERP</li><li>Prepare weekly payment runs and reconcile supplier statements</li><li>Support"
              " the year-end audit</li></ul><h3>Requirements</h3><ul><li>Degree in accounting or finance</li>"
              "<li>2+ years in accounts payable, fluent Greek and English</li></ul><h3>We offer</h3><p>Gross"
              " monthly salary of &euro;1,350 &ndash; &euro;1,550, paid 14 times a year as Greek law provides,"
              " private health insurance and a free stay at our hotels each season.</p>",
         label=L("Accounts Payable Specialist", "Aegean Blue Hotels S.A.", "Athens", None, "GR", "onsite",
                 "full-time", None, M(1350, 14), M(1550, 14), "EUR", "2026-11-19", "en")),
    dict(id=9080100006, company="Snake River Potato Co.", title="Plant Controller", location="Boise, ID",
         meta={"Workplace Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-24T09:00:00-07:00",
         text="<p>Snake River processes 1.2 billion pounds of potatoes a year into fries and flakes at two"
              " Idaho plants.</p><h3>About the job</h3><p>As Plant Controller you will own cost accounting,"
              " inventory and the $40 million capital budget of our Boise plant, and partner with the plant"
              " manager on yield and labour.</p><h3>You bring</h3><ul><li>CPA or CMA preferred</li><li>7+ years"
              " of manufacturing cost accounting</li></ul><h3>Compensation and benefits</h3><p>Competitive base"
              " salary plus an annual bonus with a 15% target. 401(k) with a dollar-for-dollar match to 6%,"
              " relocation assistance up to $10,000 and a free case of fries every month.</p>",
         label=L("Plant Controller", "Snake River Potato Co.", "Boise", "ID", "US", "onsite", "full-time", None,
                 None, None, None, "2026-11-24", "en")),
]

# ---------------------------------------------------------------- Lever (6, three employers)
LEVER = [
    dict(company="Okanagan Smiles Dental", id="f11a0c1d-0001-4e00-9000-000000002001",
         title="Certified Dental Assistant (Level II)", location="Kelowna, BC", country="CA", workplace="onsite",
         commitment="Full-time", created="2026-11-05T17:00:00Z",
         text="Okanagan Smiles is a family and implant practice with eight operatories in downtown Kelowna.\n\n"
              "What you will do\nChairside assisting for general and implant procedures, sterilisation,"
              " radiographs, and coronal polishing and sealants within your Level II scope.\n\nWhat you bring\n"
              "Registration with the BC College of Oral Health Professionals as a CDA, and Dentrix experience"
              " is an asset.\n\nHours\nFour days a week, Monday to Thursday, 8am-5pm.\n\nCompensation\n$27 -"
              " $32 per hour based on experience, extended health and dental after three months, a $750 yearly"
              " continuing-education allowance and uniforms.",
         label=L("Certified Dental Assistant (Level II)", "Okanagan Smiles Dental", "Kelowna", "BC", "CA",
                 "onsite", "full-time", None, H(27), H(32), "CAD", "2026-11-05", "en")),
    dict(company="Okanagan Smiles Dental", id="f11a0c1d-0002-4e00-9000-000000002002", title="Office Manager",
         location="Kelowna, BC", country="CA", workplace="onsite", commitment="Full-time",
         created="2026-11-20T16:30:00Z", salary=("CAD", "per-year-salary", 62000, 70000),
         text="Run the front office of a busy eight-chair practice: scheduling, insurance claims, collections"
              " and a team of four.\n\nYou have managed a dental or medical office for 3+ years and know"
              " CDAnet claims.\n\nWe offer a quarterly bonus tied to collections (typically $1,000 - $2,500)"
              " and a health spending account of $1,200.",
         label=L("Office Manager", "Okanagan Smiles Dental", "Kelowna", "BC", "CA", "onsite", "full-time", None,
                 62000, 70000, "CAD", "2026-11-20", "en")),
    dict(company="Polderpoort Logistics", id="f11a0c1d-0003-4e00-9000-000000002003", title="Planner Transport",
         location="Eindhoven", country="NL", workplace="hybrid", commitment="Fulltime",
         created="2026-11-09T08:00:00Z",
         text="Polderpoort verzorgt groupage- en FTL-transport tussen Brabant en Duitsland met 90 eigen"
              " trucks.\n\nWat ga je doen?\nJe plant dagelijks zo'n 45 ritten, bewaakt rij- en rusttijden en"
              " bent het aanspreekpunt voor chauffeurs en klanten.\n\nWat vragen wij?\nMbo-4 of hbo in"
              " logistiek, 2 jaar planningservaring en goed Duits.\n\nWat bieden wij?\nBruto maandsalaris"
              " € 3.100 – € 4.300 o.b.v. 40 uur, 8% vakantiegeld, reiskostenvergoeding en twee dagen per week"
              " thuiswerken.",
         label=L("Planner Transport", "Polderpoort Logistics", "Eindhoven", None, "NL", "hybrid", "full-time",
                 None, M(3100), M(4300), "EUR", "2026-11-09", "nl")),
    dict(company="Polderpoort Logistics", id="f11a0c1d-0004-4e00-9000-000000002004",
         title="Magazijnmedewerker – 3-ploegendienst", location="Genk", country="BE", workplace="onsite",
         commitment="Fulltime", created="2026-11-23T07:30:00Z",
         text="In ons Belgische cross-dock in Genk laad en los je trailers, scan je zendingen en houd je de"
              " hal op orde.\n\nJe werkt in drie ploegen (vroeg, laat, nacht) en hebt een geldig"
              " heftruckattest of wilt dat bij ons halen.\n\nBrutouurloon € 16,05 volgens PC 226, plus een"
              " ploegenpremie van 12% en een nachtpremie van € 2,40 per uur. Maaltijdcheques van € 8 per"
              " gewerkte dag en een vast contract na zes maanden.",
         label=L("Magazijnmedewerker – 3-ploegendienst", "Polderpoort Logistics", "Genk", None, "BE",
                 "onsite", "full-time", None, H(16.05), H(16.05), "EUR", "2026-11-23", "nl")),
    dict(company="Comeragh Credit Union", id="f11a0c1d-0005-4e00-9000-000000002005",
         title="Member Services Officer", location="Waterford", country="IE", workplace="onsite",
         commitment="Permanent", created="2026-11-06T10:00:00Z",
         text="Comeragh Credit Union serves 38,000 members from five offices in Waterford and south"
              " Kilkenny.\n\nThe role\nHelp members at the counter and by phone with savings, loans and"
              " payments; process lodgements and withdrawals; spot members who would benefit from a loan"
              " review.\n\nAbout you\nQFA or willingness to complete it (fees paid), and two years in a"
              " customer-facing role.\n\nSalary\n€31,000 – €35,500 per annum, a defined-contribution pension"
              " with a 7% employer contribution and a 35-hour week.",
         label=L("Member Services Officer", "Comeragh Credit Union", "Waterford", None, "IE", "onsite",
                 "full-time", None, 31000, 35500, "EUR", "2026-11-06", "en")),
    dict(company="Comeragh Credit Union", id="f11a0c1d-0006-4e00-9000-000000002006", title="Lending Officer",
         location="Dungarvan, Co. Waterford", country="IE", workplace="onsite", commitment="Permanent",
         created="2026-11-25T11:00:00Z",
         text="Our loan book passed €180m this year, and our Dungarvan office needs a second lending"
              " officer.\n\nAssess personal, car and home-improvement loans up to €75,000, meet members and"
              " present larger cases to the credit committee.\n\nThree years of lending or underwriting"
              " experience and a MIPS or QFA.\n\nA competitive salary with a performance-related payment of up"
              " to 8%, pension, and a €1,000 education support scheme.",
         label=L("Lending Officer", "Comeragh Credit Union", "Dungarvan", "Co. Waterford", "IE", "onsite",
                 "full-time", None, None, None, None, "2026-11-25", "en")),
]

# ---------------------------------------------------------------- Ashby (6, two employers)
ASHBY = [
    dict(company="Tandem Robotics", id="b1100000-0000-4000-8000-000000002001",
         title="Field Service Technician", location="Pittsburgh, PA",
         address={"addressLocality": "Pittsburgh", "addressRegion": "Pennsylvania", "addressCountry": "USA"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-03T14:00:00.000+00:00",
         comp=("USD", "1 HOUR", 30, 38),
         text="Tandem builds autonomous palletizing cells for food and beverage plants.\nYou will install,"
              " commission and repair our robot cells at customer sites in Pennsylvania, Ohio and West"
              " Virginia, about 50% travel.\nYou have 3+ years as a field or maintenance technician with"
              " industrial robots (FANUC, ABB or KUKA) and PLCs.\nCompany truck, per diem of $65 on travel"
              " days, and a $1,000 tool allowance in your first year.",
         label=L("Field Service Technician", "Tandem Robotics", "Pittsburgh", "PA", "US", "onsite", "full-time",
                 None, H(30), H(38), "USD", "2026-11-03", "en")),
    dict(company="Tandem Robotics", id="b1100000-0000-4000-8000-000000002002",
         title="Applications Engineer", location="Nagoya",
         address={"addressLocality": "Nagoya", "addressRegion": "Aichi", "addressCountry": "Japan"},
         workplace="Hybrid", remote=False, employment="FullTime", published="2026-11-11T03:00:00.000+00:00",
         comp=("JPY", "1 YEAR", 6500000, 8500000),
         text="Tandem opened its Japan office in Nagoya to serve automotive and food customers in Chubu.\n"
              "You will scope palletizing projects with customers, run simulations and hand designs to our"
              " engineering team in Pittsburgh.\nBusiness-level Japanese and English; 4+ years in robot"
              " integration or automation sales engineering.\nHybrid: two days a week in our Sakae office."
              " Commuting costs paid in full.",
         label=L("Applications Engineer", "Tandem Robotics", "Nagoya", "Aichi", "JP", "hybrid", "full-time", None,
                 6500000, 8500000, "JPY", "2026-11-11", "en")),
    dict(company="Tandem Robotics", id="b1100000-0000-4000-8000-000000002003",
         title="Senior Mechanical Engineer", location="Wrocław",
         address={"addressLocality": "Wrocław", "addressRegion": "dolnośląskie", "addressCountry": "Poland"},
         workplace="Hybrid", remote=False, employment="FullTime", published="2026-11-18T08:00:00.000+00:00",
         text="Our Wrocław team designs grippers and conveyor modules for every Tandem cell.\nYou will lead"
              " the mechanical design of a new vacuum gripper family from concept to production, in"
              " SolidWorks.\n6+ years of machine design; experience with sheet metal and aluminium"
              " extrusions.\nSalary: 22 000 – 27 000 PLN gross per month on an employment contract (UoP), or"
              " 26 000 – 32 000 PLN net + VAT on B2B. Multisport card and private medical care.",
         label=L("Senior Mechanical Engineer", "Tandem Robotics", "Wrocław", "dolnośląskie", "PL", "hybrid",
                 "full-time", "senior", M(22000), M(27000), "PLN", "2026-11-18", "en")),
    dict(company="Kestrel Physio & Rehab", id="b1100000-0000-4000-8000-000000002004", title="Physiotherapist",
         location="Perth, WA",
         address={"addressLocality": "Joondalup", "addressRegion": "WA", "addressCountry": "AU"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-05T01:00:00.000+00:00",
         comp=("AUD", "1 YEAR", 85000, 100000),
         text="Kestrel runs 14 physiotherapy and rehab clinics in Perth and the Peel region.\nOur Joondalup"
              " clinic sees musculoskeletal, sports and workers' compensation clients, with a gym and"
              " hydrotherapy pool.\nAHPRA registration as a physiotherapist; new graduates with strong"
              " placements are welcome.\nPlus superannuation, a $2,500 professional development allowance and"
              " five days of study leave.",
         label=L("Physiotherapist", "Kestrel Physio & Rehab", "Joondalup", "WA", "AU", "onsite", "full-time",
                 None, 85000, 100000, "AUD", "2026-11-05", "en")),
    dict(company="Kestrel Physio & Rehab", id="b1100000-0000-4000-8000-000000002005",
         title="Clinic Operations Manager", location="Singapore",
         address={"addressLocality": "Singapore", "addressCountry": "SG"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-12T02:00:00.000+00:00",
         text="Kestrel is opening its first three Singapore clinics in Novena, Tampines and Jurong East in"
              " 2027.\nYou will hire front-desk teams, set up billing with insurers and hit the clinics'"
              " combined revenue target of S$6M in year one.\n5+ years running outpatient clinics or a retail"
              " healthcare chain in Singapore.\nSalary commensurate with experience, with an annual incentive"
              " and S$1,200 a year in flexible benefits.",
         label=L("Clinic Operations Manager", "Kestrel Physio & Rehab", "Singapore", None, "SG", "onsite",
                 "full-time", None, None, None, None, "2026-11-12", "en")),
    dict(company="Kestrel Physio & Rehab", id="b1100000-0000-4000-8000-000000002006",
         title="Clinic Receptionist (Arabic/English)", location="Dubai",
         address={"addressLocality": "Dubai", "addressCountry": "AE"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-26T09:00:00.000+00:00",
         text="Our Jumeirah Lake Towers clinic is the first of our Gulf sites.\nWelcome patients, book"
              " appointments in Cliniko, check insurance approvals and take payments.\nSix days a week in"
              " rotating morning and evening shifts; fluent Arabic and English.\nSalary: AED 5,500 per month,"
              " plus free physio sessions, an annual flight ticket and an AED 1,000 bonus when a friend you"
              " refer passes probation.",
         label=L("Clinic Receptionist (Arabic/English)", "Kestrel Physio & Rehab", "Dubai", None, "AE",
                 "onsite", "full-time", None, M(5500), M(5500), "AED", "2026-11-26", "en")),
]

# ---------------------------------------------------------------- JSON-LD (6)
JSONLD = [
    dict(slug="aircraft-maintenance-technician-ap-tampa", company="Gulfstream Coast Aviation Services",
         title="Aircraft Maintenance Technician (A&P)",
         address={"addressLocality": "Tampa", "addressRegion": "FL", "postalCode": "33607",
                  "addressCountry": "US"},
         employment="FULL_TIME", posted="2026-11-06T06:30:00-05:00", salary=("USD", "HOUR", 34, 44),
         text="<p>Gulfstream Coast is an FAA Part 145 repair station maintaining regional jets and turboprops"
              " for three airlines at Tampa International.</p><p><b>Responsibilities:</b> scheduled checks,"
              " component changes and troubleshooting on CRJ and ATR aircraft; accurate logbook and task-card"
              " entries.</p><p><b>Qualifications:</b> FAA Airframe &amp; Powerplant certificate, 2+ years of"
              " line or heavy maintenance, own basic tools.</p><p><b>Shifts:</b> 2nd and 3rd shift, four 10s."
              " Night shift premium $2.50/hr.</p><p>Tool allowance of $1,500 a year and a $7,500 retention"
              " bonus paid over two years.</p>",
         label=L("Aircraft Maintenance Technician (A&P)", "Gulfstream Coast Aviation Services", "Tampa", "FL", "US",
                 "onsite", "full-time", None, H(34), H(44), "USD", "2026-11-06", "en")),
    dict(slug="conducteur-de-travaux-nantes", company="Bâtiments de l'Erdre", title="Conducteur de travaux (H/F)",
         address={"addressLocality": "Nantes", "addressRegion": "Pays de la Loire", "postalCode": "44300",
                  "addressCountry": "FR"},
         employment="FULL_TIME", posted="2026-11-09",
         text="<p>Entreprise générale de bâtiment (160 salariés, 38 M€ de chiffre d'affaires), nous"
              " construisons logements collectifs et équipements publics en Loire-Atlantique.</p><p><b>Vos"
              " missions :</b> piloter deux à trois chantiers de 3 à 8 M€, de la préparation à la réception ;"
              " encadrer les chefs de chantier ; suivre budgets, plannings et sous-traitants.</p><p><b>Profil"
              " :</b> Bac+2 à Bac+5 génie civil, 5 ans d'expérience en conduite de travaux tous corps d'état."
              "</p><p><b>Rémunération :</b> 42 000 € à 48 000 € bruts annuels selon expérience, véhicule de"
              " fonction, intéressement et participation. CDI.</p>",
         label=L("Conducteur de travaux (H/F)", "Bâtiments de l'Erdre", "Nantes", "Pays de la Loire", "FR",
                 "onsite", "full-time", None, 42000, 48000, "EUR", "2026-11-09", "fr")),
    dict(slug="operatore-socio-sanitario-bari", company="Cooperativa Sociale Levante Cura",
         title="Operatore Socio Sanitario (OSS) – tempo determinato 12 mesi",
         address={"addressLocality": "Bari", "addressRegion": "Puglia", "postalCode": "70124",
                  "addressCountry": "IT"},
         employment="TEMPORARY", posted="2026-11-12T08:00:00+01:00",
         text="<p>La Cooperativa Levante Cura gestisce tre RSA e un servizio di assistenza domiciliare nell'area"
              " metropolitana di Bari.</p><p><b>Mansioni:</b> assistenza di base agli ospiti, igiene, mobilizzazione,"
              " somministrazione dei pasti, collaborazione con infermieri e fisioterapisti.</p><p><b>Requisiti:"
              "</b> attestato di qualifica OSS, disponibilità a turni diurni e notturni.</p><p><b>Offriamo:</b>"
              " contratto a tempo determinato di 12 mesi, CCNL Cooperative Sociali categoria C1; € 1.480 lordi"
              " mensili per 14 mensilità, indennità di turno notturno.</p>",
         label=L("Operatore Socio Sanitario (OSS) – tempo determinato 12 mesi", "Cooperativa Sociale Levante Cura",
                 "Bari", "Puglia", "IT", "onsite", "contract", None, M(1480, 14), M(1480, 14), "EUR", "2026-11-12",
                 "it")),
    dict(slug="analista-departamento-pessoal-pleno-recife", company="Grupo Capibaribe Varejo",
         title="Analista de Departamento Pessoal Pleno",
         address={"addressLocality": "Recife", "addressRegion": "PE", "postalCode": "50030-230",
                  "addressCountry": "BR"},
         employment="FULL_TIME", posted="2026-11-16T09:00:00-03:00",
         text="<p>Rede com 42 supermercados em Pernambuco e na Paraíba e 6.500 colaboradores.</p><p><b>"
              "Atividades:</b> folha de pagamento, férias, rescisões, eSocial e FGTS Digital para as lojas da"
              " região metropolitana.</p><p><b>Requisitos:</b> superior completo ou cursando, 3 anos de"
              " experiência em DP e conhecimento do sistema Senior.</p><p><b>Benefícios:</b> salário de R$"
              " 4.800,00 + VR de R$ 35,00 por dia + VT + plano de saúde e 15% de desconto nas lojas. Contratação"
              " CLT, segunda a sexta.</p>",
         label=L("Analista de Departamento Pessoal Pleno", "Grupo Capibaribe Varejo", "Recife", "PE", "BR",
                 "onsite", "full-time", "mid", M(4800), M(4800), "BRL", "2026-11-16", "pt")),
    dict(slug="supervisor-produccion-segundo-turno-guadalajara", company="Plásticos del Bajío Occidente",
         title="Supervisor/a de Producción – 2do turno",
         address={"addressLocality": "Guadalajara", "addressRegion": "Jal.", "postalCode": "44940",
                  "addressCountry": "MX"},
         employment="FULL_TIME", posted="2026-11-20T10:00:00-06:00",
         text="<p>Fabricamos piezas de inyección de plástico para la industria electrónica y de"
              " electrodomésticos en El Salto y Guadalajara.</p><p><b>Responsabilidades:</b> coordinar a 45"
              " operadores y 6 técnicos de moldes en el segundo turno, cumplir el plan de producción, scrap y"
              " seguridad.</p><p><b>Requisitos:</b> ingeniería industrial o afín, 3 años supervisando"
              " inyección de plástico.</p><p><b>Ofrecemos:</b> $28,000 MXN brutos mensuales, vales de despensa"
              " por $2,500 al mes, fondo de ahorro, comedor y transporte de personal.</p>",
         label=L("Supervisor/a de Producción – 2do turno", "Plásticos del Bajío Occidente", "Guadalajara", "Jal.",
                 "MX", "onsite", "full-time", None, M(28000), M(28000), "MXN", "2026-11-20", "es")),
    dict(slug="uctovnik-bratislava", company="Dunaj Účtovníctvo s.r.o.", title="Účtovník / Účtovníčka",
         address={"addressLocality": "Bratislava", "addressRegion": "Bratislavský kraj", "postalCode": "821 09",
                  "addressCountry": "SK"},
         employment="FULL_TIME", posted="2026-11-25T09:00:00+01:00",
         text="<p>Sme účtovná kancelária s 18 zamestnancami a 150 klientmi z radov malých a stredných"
              " firiem.</p><p><b>Náplň práce:</b> podvojné účtovníctvo, DPH, kontrolný výkaz a účtovné"
              " závierky pre pridelených klientov.</p><p><b>Požiadavky:</b> SŠ alebo VŠ ekonomického zamerania,"
              " 3 roky praxe, znalosť Pohody alebo Money S3.</p><p><b>Ponúkame:</b> mzda od 1 800 € brutto"
              " mesačne podľa skúseností, stravné lístky v hodnote 6 €, 5 týždňov dovolenky.</p>",
         label=L("Účtovník / Účtovníčka", "Dunaj Účtovníctvo s.r.o.", "Bratislava", "Bratislavský kraj", "SK",
                 "onsite", "full-time", None, M(1800), None, "EUR", "2026-11-25", "sk")),
]

# ---------------------------------------------------------------- RSS (6)
RSS = [
    dict(slug="bilingual-claims-representative-english-spanish", company="Harborstone Insurance Services",
         title="Bilingual Claims Representative (English/Spanish)", region="Latin America Only",
         country="Costa Rica", type="Full-Time", pub="Wed, 04 Nov 2026 10:00:00 -0600",
         text="<p>Harborstone handles auto and renters claims for four US insurers from its San José hub.</p><p><strong>What you"
              " will do:</strong> take first notice of loss calls in English and Spanish, set up claims, order"
              " appraisals and rental cars, and keep claimants updated.</p><p><strong>What you need:</strong>"
              " fluent Spanish and English, residence in Costa Rica, a quiet home workspace and wired internet.</p>"
              "<p><strong>Pay:</strong> USD 1,300 – 1,500 per month (gross, payroll in Costa Rica with CCSS),"
              " plus a $40 monthly internet stipend and private health insurance.</p>",
         label=L("Bilingual Claims Representative (English/Spanish)", "Harborstone Insurance Services", None, None,
                 "CR", "remote", "full-time", None, M(1300), M(1500), "USD", "2026-11-04", "en")),
    dict(slug="seasonal-tax-preparer-remote", company="Ledgerline Tax", title="Seasonal Tax Preparer (Remote)",
         region="USA Only", country="United States", type="Contract", pub="Mon, 09 Nov 2026 12:00:00 -0500",
         text="<p>Ledgerline prepares 30,000 individual returns each season through its virtual practice.</p>"
              "<p>Prepare 1040 returns with Schedules A, C and E for clients assigned to you, January to April;"
              " work your own hours.</p><p>PTIN and one prior season of paid preparation required; EAs"
              " welcome.</p><p>Pay: $40 – $85 per completed return, depending on complexity, plus a $500"
              " end-of-season bonus for preparers who finish 150 returns.</p>",
         label=L("Seasonal Tax Preparer (Remote)", "Ledgerline Tax", None, None, "US", "remote", "contract", None,
                 None, None, None, "2026-11-09", "en")),
    dict(slug="part-time-bookkeeper-20-hours", company="Protea Bookkeeping",
         title="Part-Time Bookkeeper (20 hrs/week)", region="South Africa Only", country="South Africa",
         type="Part-Time", pub="Thu, 12 Nov 2026 09:00:00 GMT",
         text="<p>We are a small practice of 12 looking after sole proprietors and small (Pty) Ltd companies.</p>"
              "<p>Keep the books for around 25 clients in Xero and Sage, reconcile banks and prepare VAT201"
              " returns for review.</p><p>A bookkeeping certificate (ICB or equivalent) and 3 years of"
              " experience.</p><p>R180 – R220 per hour, flexible school-friendly hours and a paid ICB diploma if"
              " you want it.</p>",
         label=L("Part-Time Bookkeeper (20 hrs/week)", "Protea Bookkeeping", None, None, "ZA", "remote",
                 "part-time", None, H(180), H(220), "ZAR", "2026-11-12", "en")),
    dict(slug="virtual-care-registered-nurse", company="Northern Lights Telehealth",
         title="Virtual Care Registered Nurse", region="Canada Only", country="Canada", type="Full-Time",
         pub="Tue, 17 Nov 2026 13:00:00 -0600",
         text="<p>We run nurse advice lines and virtual follow-up for two provincial health authorities.</p>"
              "<p>Assess callers by phone and video, triage using Canadian protocols and book follow-ups.</p>"
              "<p>RN registration in Manitoba or Saskatchewan (we support additional registrations), 3 years of"
              " acute or emergency experience.</p><p>Wage: $44.00 – $52.50 hourly according to the RN wage grid,"
              " plus a $1,000 home-office set-up payment and evening premiums.</p>",
         label=L("Virtual Care Registered Nurse", "Northern Lights Telehealth", None, None, "CA", "remote",
                 "full-time", None, H(44), H(52.50), "CAD", "2026-11-17", "en")),
    dict(slug="customer-success-associate-india", company="Parcelbird", title="Customer Success Associate",
         region="India Only", country="India", type="Full-Time", pub="Fri, 20 Nov 2026 11:30:00 +0530",
         text="<p>Parcelbird is shipping software for 9,000 D2C brands in India and the Middle East.</p><p>"
              "Onboard new merchants, answer tickets and calls, and help brands set up courier rules.</p><p>1–3"
              " years in SaaS support or e-commerce operations; fluent English and Hindi.</p><p>Salary: ₹5.5 –"
              " 7 lakh per annum fixed, plus a quarterly incentive of up to ₹30,000. Remote anywhere in India,"
              " with a ₹1,500 monthly internet reimbursement.</p>",
         label=L("Customer Success Associate", "Parcelbird", None, None, "IN", "remote", "full-time", None, 550000,
                 700000, "INR", "2026-11-20", "en")),
    dict(slug="head-of-finance-europe", company="Fjordkit", title="Head of Finance", region="Europe Only",
         country="", type="Full-Time", pub="Wed, 25 Nov 2026 08:00:00 +0100",
         text="<p>Fjordkit sells modular outdoor kitchens online in 12 European countries; revenue grew to"
              " €48M this year.</p><p>Own accounting, FP&amp;A, cash and our multi-country VAT set-up, and build"
              " a team of four.</p><p>10+ years in finance, including time in e-commerce.</p><p>€110k–€130k base"
              " plus options, remote anywhere in Europe with quarterly team weeks.</p>",
         label=L("Head of Finance", "Fjordkit", None, None, None, "remote", "full-time", "lead", 110000, 130000,
                 "EUR", "2026-11-25", "en")),
]

# ---------------------------------------------------------------- Remote OK (6)
REMOTEOK = [
    dict(id="1810001", company="Cobblestone Software", position="Senior Revenue Accountant",
         location="United States", salary=(105000, 125000), date="2026-11-05T16:00:00+00:00",
         tags=["accounting", "finance", "asc 606"],
         text="<p>Cobblestone makes field-service software for 4,000 contractors.</p><p><strong>What you'll"
              " do:</strong> own ASC 606 revenue recognition for multi-element contracts, month-end close for"
              " revenue and deferred revenue, and the audit schedules.</p><p><strong>You have:</strong> a CPA,"
              " 5+ years including Big Four or SaaS revenue.</p><p>Plus a 10% bonus target, 401(k) with a 4%"
              " match and $1,500 a year for learning.</p>",
         label=L("Senior Revenue Accountant", "Cobblestone Software", None, None, "US", "remote", None, "senior",
                 105000, 125000, "USD", "2026-11-05", "en")),
    dict(id="1810002", company="Rheinblick Steuerbüro", position="Buchhalter:in (Teilzeit, remote)",
         location="Germany", salary=(0, 0), date="2026-11-10T08:00:00+00:00", tags=["buchhaltung", "datev"],
         text="<p>Wir sind eine Steuerkanzlei mit 30 Mitarbeitenden und arbeiten vollständig digital.</p><p>"
              "Finanzbuchhaltung für Mandanten aus Handwerk und Gastronomie in DATEV Unternehmen online.</p><p>"
              "Abgeschlossene Ausbildung als Steuerfachangestellte:r.</p><p>Gehalt: 2.600 – 2.900 € brutto pro"
              " Monat bei 30 Wochenstunden, plus 50 € Internetpauschale.</p>",
         label=L("Buchhalter:in (Teilzeit, remote)", "Rheinblick Steuerbüro", None, None, "DE", "remote",
                 "part-time", None, M(2600), M(2900), "EUR", "2026-11-10", "de")),
    dict(id="1810003", company="Trilha Educação", position="Designer Instrucional", location="Brazil",
         salary=(0, 0), date="2026-11-13T12:00:00+00:00", tags=["instructional design", "e-learning"],
         text="<p>Produzimos cursos on-line para universidades corporativas de bancos e varejistas.</p><p>"
              "Desenhar trilhas de aprendizagem, roteiros e avaliações em Articulate e Moodle.</p><p>Contratação"
              " PJ: R$ 7.000 – 9.000 por mês, 100% remoto, com recesso remunerado de 20 dias.</p>",
         label=L("Designer Instrucional", "Trilha Educação", None, None, "BR", "remote", "contract", None, M(7000),
                 M(9000), "BRL", "2026-11-13", "pt")),
    dict(id="1810004", company="Brabo Help Desk", position="Bilingual Support Specialist (FR/NL)",
         location="Belgium", salary=(0, 0), date="2026-11-18T15:00:00+00:00",
         tags=["support", "french", "dutch", "customer service"],
         text="<p>We provide outsourced IT support for 300 Belgian law and accounting firms.</p><p>Answer"
              " tickets and calls in French and Dutch, reset accounts, set up laptops remotely and escalate"
              " what you cannot fix.</p><p>Two years of help-desk experience and a CompTIA A+ or similar.</p>"
              "<p>Salary: €3,200 – €3,700 gross per month, meal vouchers of €8 a day and a €150 monthly"
              " home-working allowance.</p>",
         label=L("Bilingual Support Specialist (FR/NL)", "Brabo Help Desk", None, None, "BE", "remote", None, None,
                 M(3200), M(3700), "EUR", "2026-11-18", "en")),
    dict(id="1810005", company="Hearthside Games", position="Community Moderator (Part-Time)",
         location="Worldwide", salary=(0, 0), date="2026-11-22T18:00:00+00:00", tags=["community", "discord"],
         text="<p>Hearthside makes cosy farming games played by 3 million people; we raised an $8M seed round in"
              " October.</p><p>Moderate our Discord and forums on weekends, escalate bug reports and run a"
              " monthly community event.</p><p>Pay is per shift and depends on your region; our moderators also"
              " share a $20,000 yearly bonus pool.</p>",
         label=L("Community Moderator (Part-Time)", "Hearthside Games", None, None, None, "remote", "part-time",
                 None, None, None, None, "2026-11-22", "en")),
    dict(id="1810006", company="Kampala Pay", position="Mobile Money Support Lead", location="Uganda",
         salary=(0, 0), date="2026-11-27T07:00:00+00:00", tags=["fintech", "support", "mobile money"],
         text="<p>Kampala Pay lets 600,000 market traders take MTN and Airtel mobile-money payments.</p><p>Lead"
              " a remote team of 12 support agents across Uganda, set rotas and own our ticket quality.</p><p>"
              "Salary: UGX 3,500,000 – 4,200,000 per month, plus a monthly airtime and data allowance of UGX"
              " 150,000.</p>",
         label=L("Mobile Money Support Lead", "Kampala Pay", None, None, "UG", "remote", None, "lead", M(3500000),
                 M(4200000), "UGX", "2026-11-27", "en")),
]

# ---------------------------------------------------------------- JobSpy (6)
JOBSPY = [
    dict(id="in-d4e5f6a7b8c90811", site="indeed", title="Diesel Technician - Heavy Truck",
         company="Platte River Truck Centers", location="Omaha, NE", date="2026-11-04", job_type="fulltime",
         remote=False, pay=("hourly", 28, 38, "USD"),
         text="**Platte River Truck Centers** is a Peterbilt and Kenworth dealer with six locations in Nebraska"
              " and Iowa.\n\n**Responsibilities**\n\n* Diagnose and repair Class 8 engines, aftertreatment,"
              " brakes and electrical systems\n* Perform DOT inspections and PM services\n* Document work"
              " accurately in our dealer system\n\n**Requirements**\n\n* 2+ years of heavy-truck experience or a"
              " diesel technology degree\n* Cummins or PACCAR certifications a plus\n\n**Benefits**\n\n* $2,000"
              " annual tool allowance\n* Up to $4,000 sign-on bonus\n* Paid OEM training\n\n**Pay:** $28.00 -"
              " $38.00 per hour, flat-rate option available for experienced techs.",
         label=L("Diesel Technician - Heavy Truck", "Platte River Truck Centers", "Omaha", "NE", "US", "onsite",
                 "full-time", None, H(28), H(38), "USD", "2026-11-04", "en")),
    dict(id="li-4932001001", site="linkedin", title="Paralegal - Personal Injury",
         company="Morgan Prys Solicitors", location="Cardiff, Wales, United Kingdom", date="2026-11-11",
         job_type="fulltime", remote=False, level="Entry level",
         text="Morgan Prys is a claimant personal injury firm with offices in Cardiff and Swansea.\n\n"
              "**The role**\n\n* Support two fee earners on road traffic and employer's liability claims\n"
              "* Draft letters of claim, chase medical records and prepare trial bundles\n\n**About you**\n\n"
              "* A law degree or CILEx Level 3\n* Excellent written English; Welsh is a bonus\n\n**What we"
              " offer**\n\n£24,000 - £27,000 per annum, free parking at our Cathedral Road office, 25 days' holiday"
              " plus your birthday off, and a £1,000 referral bonus.",
         label=L("Paralegal - Personal Injury", "Morgan Prys Solicitors", "Cardiff", "Wales", "GB", "onsite",
                 "full-time", "entry", 24000, 27000, "GBP", "2026-11-11", "en")),
    dict(id="gd-5060708090", site="glassdoor", title="Early Childhood Educator (ECE II)",
         company="Little Prairie Child Care Centre", location="Winnipeg, MB", date="2026-11-15",
         job_type="fulltime", remote=False, pay=("hourly", 20.5, 24, "CAD"),
         text="Little Prairie is a non-profit centre for 72 children aged 12 weeks to 6 years in St. Boniface."
              "\n\n**Responsibilities**\n\n* Plan and lead play-based programming for a preschool room\n"
              "* Observe and document children's learning\n* Communicate daily with families\n\n"
              "**Qualifications**\n\n* ECE II classification from Manitoba Early Learning and Child Care\n"
              "* Current First Aid/CPR Level C\n\n**Compensation:** $20.50 - $24.00 an hour per the Manitoba"
              " wage grid, plus a $1,200 yearly professional development fund and a pension plan.",
         label=L("Early Childhood Educator (ECE II)", "Little Prairie Child Care Centre", "Winnipeg", "MB", "CA",
                 "onsite", "full-time", None, H(20.5), H(24), "CAD", "2026-11-15", "en")),
    dict(id="in-e5f6a7b8c9d01922", site="indeed", title="Préparateur de commandes H/F",
         company="Alsace Frais Logistique", location="Strasbourg, GES", date="2026-11-31", job_type="fulltime",
         remote=False,
         text="Alsace Frais Logistique prépare les commandes de produits frais pour 180 magasins du Grand Est."
              "\n\n**Vos missions**\n\n* Préparer les commandes au chariot préparateur, en vocal\n* Contrôler"
              " les palettes et filmer\n\n**Votre profil**\n\n* CACES R489 catégorie 1 souhaité\n* Résistance"
              " au froid (entrepôt à 2 °C)\n\n**Rémunération** : 11,95 € brut de l'heure, prime de froid de 90"
              " € par mois, prime de productivité et 13e mois après un an. CDI, 35 h du lundi au vendredi.",
         label=L("Préparateur de commandes H/F", "Alsace Frais Logistique", "Strasbourg", "Grand Est", "FR",
                 "onsite", "full-time", None, H(11.95), H(11.95), "EUR", None, "fr")),
    dict(id="in-f6a7b8c9d0e12033", site="indeed", title="Mozo/a de almacén con carretilla",
         company="Ebro Distribución Alimentaria", location="Zaragoza, Aragón", date="2026-02-30",
         job_type="fulltime", remote=False,
         text="Ebro Distribución abastece a supermercados de Aragón y Navarra desde su plataforma en"
              " PLAZA.\n\n**Funciones**\n\n* Carga y descarga de camiones\n* Ubicación de palets con carretilla"
              " retráctil\n* Inventarios\n\n**Requisitos**\n\n* Carné de carretillero en vigor\n* Disponibilidad"
              " para turnos rotativos\n\n**Se ofrece**\n\nContrato indefinido, salario bruto anual de 19.600 €,"
              " plus de nocturnidad y ticket comida de 8 € por turno.",
         label=L("Mozo/a de almacén con carretilla", "Ebro Distribución Alimentaria", "Zaragoza", "Aragón", "ES",
                 "onsite", "full-time", None, 19600, 19600, "EUR", None, "es")),
    dict(id="li-4932002002", site="linkedin", title="Nurse Educator", company="Hillcrest Hospitals Kandy",
         location="Kandy, Central Province, Sri Lanka", date="2026-11-26", job_type="fulltime", remote=False,
         level="Mid-Senior level",
         text="Hillcrest is a 300-bed private hospital in Kandy accredited by ACHSI.\n\n"
              "**Responsibilities**\n\n* Plan induction and in-service training for 400 nurses\n* Run BLS"
              " and ACLS sessions\n* Audit clinical competencies\n\n**Qualifications**\n\n* BSc Nursing with"
              " 5+ years of clinical experience\n* SLNC registration\n\n**Salary:** Rs. 185,000 – 230,000 per"
              " month, with free accommodation for staff from outside the district and an Rs. 50,000 yearly"
              " conference allowance.",
         label=L("Nurse Educator", "Hillcrest Hospitals Kandy", "Kandy", "Central Province", "LK", "onsite",
                 "full-time", "senior", M(185000), M(230000), "LKR", "2026-11-26", "en")),
]

# ---------------------------------------------------------------- file: (6)
FILE = [
    dict(external_id="au-cook-01", title="Cook – Aged Care (Permanent Part-Time)",
         company="Corio Bay Aged Care", locations=["Geelong, VIC 3220"], employment="Part-time",
         posted="2026-11-05",
         text="Corio Bay Aged Care is a 96-bed not-for-profit home overlooking the bay. We cook everything from"
              " scratch, including texture-modified meals for residents with swallowing difficulties. The"
              " cook runs the kitchen on four 7.6-hour shifts a week, rotating weekends: preparing breakfast,"
              " lunch and dinner, ordering, and keeping our food-safety plan up to date. You hold a Certificate"
              " III in Commercial Cookery and a Food Safety Supervisor certificate. Pay: $29.12 per hour (Aged"
              " Care Award, Level 4), plus weekend penalty rates and salary packaging of up to $15,900 a year.",
         label=L("Cook – Aged Care (Permanent Part-Time)", "Corio Bay Aged Care", "Geelong", "VIC", "AU", "onsite",
                 "part-time", None, H(29.12), H(29.12), "AUD", "2026-11-05", "en")),
    dict(external_id="se-elektriker-02", title="Serviceelektriker", company="Mälarens El & Energi AB",
         locations=["Västerås"], employment="Full-time", posted="2026-11-09T07:00:00+01:00",
         text="Vi är ett elinstallationsföretag med 45 anställda i Västmanland. Som serviceelektriker åker du"
              " ut till villor, bostadsrättsföreningar och butiker med felsökning, laddboxar och mindre"
              " installationer. Du har auktorisation AL eller B och B-körkort; servicebil ingår. Lön enligt"
              " Installationsavtalet: 215–245 kr/tim beroende på erfarenhet, plus jourersättning och 2 000 kr i"
              " friskvårdsbidrag om året.",
         label=L("Serviceelektriker", "Mälarens El & Energi AB", "Västerås", None, "SE", "onsite", "full-time",
                 None, H(215), H(245), "SEK", "2026-11-09", "sv")),
    dict(external_id="ch-infirmier-03", title="Infirmier/ère diplômé/e à 80 % – médecine interne",
         company="Clinique du Léman", locations=["1004 Lausanne"], employment="Part-time", posted="2026-11-13",
         text="La Clinique du Léman (120 lits) recherche un/e infirmier/ère diplômé/e pour son service de médecine"
              " interne, à 80 %, en horaires irréguliers. Diplôme d'infirmier/ère reconnu par la Croix-Rouge"
              " suisse et deux ans d'expérience en soins aigus. Salaire annuel brut de CHF 78'000 à CHF 92'000"
              " pour un 100 %, versé en 13 mensualités, indemnités pour travail de nuit et du week-end en sus.",
         label=L("Infirmier/ère diplômé/e à 80 % – médecine interne", "Clinique du Léman", "Lausanne", None, "CH",
                 "onsite", "part-time", None, 78000, 92000, "CHF", "2026-11-13", "fr")),
    dict(external_id="pe-operador-04", title="Operador/a de Maquinaria Pesada – Cargador Frontal",
         company="Minera Chachani S.A.C.", locations=["Arequipa, Arequipa"], employment="Full-time",
         posted="2026-11-17T08:00:00-05:00",
         text="Minera Chachani opera una mina de cobre a tajo abierto a 60 km de Arequipa. Buscamos operadores"
              " de cargador frontal CAT 994 con régimen 14x7. Requisitos: licencia A-IIb, 3 años operando"
              " cargadores en minería y certificación vigente. Ofrecemos S/ 5,200 mensuales más gratificaciones"
              " de ley, movilidad desde Arequipa, alimentación y alojamiento en campamento, y un bono de"
              " asistencia de S/ 400.",
         label=L("Operador/a de Maquinaria Pesada – Cargador Frontal", "Minera Chachani S.A.C.", "Arequipa",
                 "Arequipa", "PE", "onsite", "full-time", None, M(5200), M(5200), "PEN", "2026-11-17", "es")),
    dict(external_id="jp-kaigo-05", title="介護職員（正社員）", company="株式会社ほっかいケアサービス",
         locations=["北海道札幌市"], employment="Full-time", posted="2026-11-20T10:00:00+09:00",
         text="札幌市内で特別養護老人ホームとデイサービスを運営しています。入居者様の食事・入浴・排泄などの介助を"
              "お願いします。介護職員初任者研修以上の資格をお持ちの方歓迎。夜勤は月4～5回です。給与：月給 22万円～"
              "26万円（夜勤手当含まず）、賞与年2回、資格手当あり。",
         label=L("介護職員（正社員）", "株式会社ほっかいケアサービス", "札幌市", "北海道", "JP", "onsite", "full-time", None,
                 M(220000), M(260000), "JPY", "2026-11-20", "ja")),
    dict(external_id="pl-kierowca-06", title="Kierowca kat. C+E – trasy krajowe", company="Trans-Bałtyk Sp. z o.o.",
         locations=["Łódź", "Piotrków Trybunalski"], employment="Full-time", posted="2026-11-26",
         text="Firma transportowa z bazą w Łodzi szuka kierowców kat. C+E do przewozów krajowych plandeką,"
              " system 5/2 z powrotem do domu na weekend. Wymagamy prawa jazdy C+E, kwalifikacji zawodowej i"
              " karty kierowcy. Oferujemy umowę o pracę, wynagrodzenie 9 500 – 11 000 zł netto miesięcznie"
              " plus diety oraz nowe ciągniki Volvo FH.",
         label=L("Kierowca kat. C+E – trasy krajowe", "Trans-Bałtyk Sp. z o.o.", "Łódź", None, "PL", "onsite",
                 "full-time", None, M(9500), M(11000), "PLN", "2026-11-26", "pl")),
]

# ---------------------------------------------------------------- Workday (6): one detail per file
WORKDAY = [
    dict(company="Inland Northwest Health", path="Sterile-Processing-Technician-II---Evenings_R-88214",
         title="Sterile Processing Technician II - Evenings", location="Spokane, WA",
         country="United States of America", remote="On-site", time="Full time", posted_on="Posted 3 Days Ago",
         text="<p><b>Job Summary</b></p><p>Decontaminate, inspect, assemble and sterilize surgical instruments"
              " for 22 operating rooms at our Spokane campus.</p><p><b>Essential Functions</b></p><ul><li>Operate"
              " washers, steam and low-temperature sterilizers</li><li>Assemble complex orthopaedic and robotic"
              " trays to count sheets</li><li>Track loads in Censitrac</li></ul><p><b>Required</b></p><ul><li>CRCST"
              " or CSPDT certification</li><li>1 year in sterile processing</li></ul><p><b>Shift</b></p><p>"
              "Evenings, 2:30pm-11pm, with every other weekend.</p><p><b>Pay Range</b></p><p>$24.15 - $33.80"
              " per hour. Evening shift differential of $2.25 per hour and a $2,500 sign-on bonus for"
              " certified candidates.</p>",
         label=L("Sterile Processing Technician II - Evenings", "Inland Northwest Health", "Spokane", "WA", "US",
                 "onsite", "full-time", "mid", H(24.15), H(33.80), "USD", "2026-11-28", "en")),
    dict(company="Don Valley Foods Ltd", path="Maintenance-Engineer--Multi-skilled----Days_JR-10455",
         title="Maintenance Engineer (Multi-skilled) - Days", location="Sheffield",
         country="United Kingdom", remote="On-site", time="Full time", posted_on="Posted Today",
         text="<p><b>About us</b></p><p>Don Valley Foods bakes 2 million crumpets, muffins and pancakes a week"
              " for UK supermarkets.</p><p><b>Your role</b></p><ul><li>Reactive and planned maintenance on ovens,"
              " proving lines, slicers and packing machines</li><li>Fault-finding on PLCs (Siemens S7) and"
              " drives</li><li>Contribute to our CMMS and root-cause reviews</li></ul><p><b>You'll need</b></p>"
              "<ul><li>Electrical or mechanical apprenticeship, NVQ Level 3 or HNC</li><li>Food or FMCG"
              " experience</li></ul><p><b>Package</b></p><p>&pound;42,500 per annum on a days pattern (Monday to"
              " Friday, 07:00&ndash;15:30), overtime at time and a half, a 6% matched pension and free"
              " crumpets.</p>",
         label=L("Maintenance Engineer (Multi-skilled) - Days", "Don Valley Foods Ltd", "Sheffield", None, "GB",
                 "onsite", "full-time", None, 42500, 42500, "GBP", "2026-12-01", "en")),
    dict(company="Wascana Co-operative Ltd", path="Accounts-Payable-Clerk_R-2231",
         title="Accounts Payable Clerk", location="Regina, SK", country="Canada", remote="Hybrid",
         time="Full time", posted_on="Posted Yesterday",
         text="<p>Wascana Co-op runs grocery, gas bar, agro and home centres across southern Saskatchewan.</p>"
              "<p><b>What you will do</b></p><ul><li>Match and enter 1,500 vendor invoices a month</li><li>Resolve"
              " vendor statements and prepare cheque and EFT runs</li></ul><p><b>What you bring</b></p><ul><li>"
              "A diploma in business administration or accounting</li><li>2 years of accounts payable</li></ul>"
              "<p>Hybrid: two days a week from home after training.</p><p><b>Wage:</b> $23.40 - $27.10 hourly,"
              " plus profit-sharing when the Co-op has a good year and a 6% pension contribution.</p>",
         label=L("Accounts Payable Clerk", "Wascana Co-operative Ltd", "Regina", "SK", "CA", "hybrid", "full-time",
                 None, H(23.40), H(27.10), "CAD", "2026-11-30", "en")),
    dict(company="Weserhafen Logistik GmbH", path="Fachkraft-fuer-Lagerlogistik--m-w-d-_R-6612",
         title="Fachkraft für Lagerlogistik (m/w/d)", location="Bremen", country="Germany", remote="On-site",
         time="Full time",
         text="<p><b>Über uns</b></p><p>Wir lagern und kommissionieren Kaffee, Tee und Kakao für internationale"
              " Röstereien im Bremer Überseehafen.</p><p><b>Deine Aufgaben</b></p><ul><li>Wareneingang,"
              " Einlagerung und Kommissionierung im SAP EWM</li><li>Bemusterung von Rohkaffee</li></ul><p><b>Dein"
              " Profil</b></p><ul><li>Abgeschlossene Ausbildung als Fachkraft für Lagerlogistik</li><li>Staplerschein"
              "</li></ul><p><b>Wir bieten</b></p><p>3.050 € brutto im Monat nach Haustarif, Urlaubs- und"
              " Weihnachtsgeld, Schichtzulage 15 % für Spätschicht und ein Jobticket.</p>",
         label=L("Fachkraft für Lagerlogistik (m/w/d)", "Weserhafen Logistik GmbH", "Bremen", None, "DE", "onsite",
                 "full-time", None, M(3050), M(3050), "EUR", None, "de")),
    dict(company="Martini Zorggroep", path="Verpleegkundige-niveau-4---Interne-Geneeskunde_R-14502",
         title="Verpleegkundige niveau 4 – Interne Geneeskunde", location="Groningen", country="Netherlands",
         remote="On-site", time="Full time", posted_on="Posted 6 Days Ago",
         text="<p>Op onze afdeling Interne Geneeskunde (32 bedden) verplegen we patiënten met complexe"
              " ziektebeelden.</p><p><b>Wat ga je doen?</b></p><ul><li>Je bent verantwoordelijk voor de zorg"
              " van vier tot zes patiënten per dienst</li><li>Je werkt in vroege, late en nachtdiensten</li>"
              "</ul><p><b>Wie ben jij?</b></p><ul><li>Mbo-verpleegkundige niveau 4 met BIG-registratie</li></ul>"
              "<p><b>Wat bieden wij?</b></p><p>Salaris volgens cao Ziekenhuizen, FWG 45: € 3.054 – € 4.271"
              " bruto per maand bij 36 uur, plus onregelmatigheidstoeslag, eindejaarsuitkering van 8,33% en"
              " een opleidingsbudget van € 1.500.</p>",
         label=L("Verpleegkundige niveau 4 – Interne Geneeskunde", "Martini Zorggroep", "Groningen", None, "NL",
                 "onsite", "full-time", None, M(3054), M(4271), "EUR", "2026-11-25", "nl")),
    dict(company="Vestfold Omsorg AS", path="Helsefagarbeider---natt--80----_R-3307",
         title="Helsefagarbeider – natt (80 %)", location="Tønsberg", country="Norway", remote="On-site",
         time="Part time", posted_on="Posted 10 Days Ago",
         text="<p>Vestfold Omsorg driver tre sykehjem med til sammen 140 beboere.</p><p><b>Arbeidsoppgaver</b>"
              "</p><ul><li>Stell, tilsyn og medisinutdeling på natt</li><li>Dokumentasjon i Gerica</li></ul><p>"
              "<b>Kvalifikasjoner</b></p><ul><li>Fagbrev som helsefagarbeider</li><li>Gode norskkunnskaper</li>"
              "</ul><p><b>Vi tilbyr</b></p><p>Lønn etter tariff. Nattillegg på 60 kr per time og helgetillegg"
              " etter avtale, pensjon i KLP.</p>",
         label=L("Helsefagarbeider – natt (80 %)", "Vestfold Omsorg AS", "Tønsberg", None, "NO", "onsite",
                 "part-time", None, None, None, None, "2026-11-21", "no")),
]

# ---------------------------------------------------------------- Workable (6, three accounts)
WORKABLE = [
    ("Ruapehu Roofing Ltd", "<p>Long-run metal and membrane roofing across the top of the South Island.</p>", [
        dict(code="W4X5Y6Z001", title="Roofing Foreman", employment="Full-time", city="Nelson",
             region="Nelson", country="New Zealand", published="2026-11-04", experience="",
             text="<p>Lead a crew of four to six on long-run metal, membrane and re-roof jobs, from strip-off to"
                  " the final council inspection.</p><p><strong>Requirements</strong></p><ul><li>5+ years of"
                  " roofing, 2 as a crew leader; LBP (Roofing) licence</li><li>Site Safe passport and a full"
                  " NZ driver licence</li></ul><p><strong>Pay</strong></p><p>$34 – $42 per hour depending on"
                  " experience, plus a $100 crew bonus for every job signed off first time, a company ute and"
                  " KiwiSaver.</p>",
             label=L("Roofing Foreman", "Ruapehu Roofing Ltd", "Nelson", "Nelson", "NZ", "onsite",
                     "full-time", "lead", H(34), H(42), "NZD", "2026-11-04", "en")),
        dict(code="W4X5Y6Z002", title="Roofing Labourer", employment="Full-time", city="Blenheim",
             region="Marlborough", country="New Zealand", published="2026-11-18", experience="",
             text="<p>Strip-off, loading, clean-up and learning to lay long-run iron alongside our crews.</p><p>No"
                  " experience needed; you must be comfortable working at heights.</p><p>Pay: starting at"
                  " $26/hour, with a review after 90 days. Boots and harness provided.</p>",
             label=L("Roofing Labourer", "Ruapehu Roofing Ltd", "Blenheim", "Marlborough", "NZ", "onsite",
                     "full-time", None, H(26), None, "NZD", "2026-11-18", "en")),
    ]),
    ("Bluewater Learning Centres", "<p>After-school tutoring centres.</p>", [
        dict(code="X5Y6Z7A001", title="Math Tutor (Part-Time)", employment="Part-time", city="Kingston",
             region="Ontario", country="Jamaica", published="2026-11-07", experience="",
             text="<p>Tutor students in grades 4 to 11 in small groups after school, Monday to Thursday from"
                  " 3:30 to 7:30.</p><p>A degree in mathematics, engineering or education, or current"
                  " enrolment in one.</p><p>Refer a family that enrols for a term and receive a $50 gift"
                  " card.</p>",
             label=L("Math Tutor (Part-Time)", "Bluewater Learning Centres", "Kingston", None, None, "onsite",
                     "part-time", None, None, None, None, "2026-11-07", "en")),
        dict(code="X5Y6Z7A002", title="Centre Coordinator", employment="Full-time", city="Kingston",
             region="Ontario", country="Canada", published="2026-11-21", experience="",
             text="<p>Run our Princess Street centre: schedule 15 tutors, meet parents and keep enrolment"
                  " growing.</p><p>Two years in education administration or customer service.</p><p>$48,000 –"
                  " $54,000 a year, plus a $2,000 bonus when the centre reaches 200 enrolled students.</p>",
             label=L("Centre Coordinator", "Bluewater Learning Centres", "Kingston", "ON", "CA", "onsite",
                     "full-time", None, 48000, 54000, "CAD", "2026-11-21", "en")),
    ]),
    ("Agrícola Costa Verde", "<p>Producción y exportación de banano desde El Oro.</p>", [
        dict(code="Y6Z7A8B001", title="Agrónomo/a de campo – bananeras", employment="Full-time", city="Machala",
             region="El Oro", country="Ecuador", published="2026-11-10", experience="",
             text="<p>Supervisar el manejo técnico de 350 hectáreas de banano: fertilización, control de"
                  " sigatoka y calidad de fruta para exportación.</p><p>Ingeniería agronómica y 2 años de"
                  " experiencia en bananeras.</p><p>Sueldo: USD 1.100 mensuales más décimo tercero y décimo"
                  " cuarto de ley, afiliación al IESS y movilización.</p>",
             label=L("Agrónomo/a de campo – bananeras", "Agrícola Costa Verde", "Machala", "El Oro", "EC", "onsite",
                     "full-time", None, M(1100, 13), M(1100, 13), "USD", "2026-11-10", "es")),
        dict(code="Y6Z7A8B002", title="Jefe/a de Bodega", employment="Full-time", city="Guayaquil", region="Guayas",
             country="Ecuador", published="2026-11-24", experience="",
             text="<p>Responsable de la bodega de insumos y cartón en Guayaquil, con 8 personas a cargo.</p><p>"
                  "3 años en jefaturas de bodega y manejo de inventarios en SAP.</p><p>Remuneración: USD 1.400"
                  " – 1.700 mensuales según experiencia.</p>",
             label=L("Jefe/a de Bodega", "Agrícola Costa Verde", "Guayaquil", "Guayas", "EC", "onsite", "full-time",
                     "lead", M(1400), M(1700), "USD", "2026-11-24", "es")),
    ]),
]

# ---------------------------------------------------------------- SmartRecruiters (6)
SMARTRECRUITERS = [
    dict(company="Karoo Cold Chain (Pty) Ltd", id="779100100000001", title="Forklift Operator - Night Shift",
         city="Durban", region="KwaZulu-Natal", country="za", full="Durban, KwaZulu-Natal, South Africa",
         released="2026-11-03T15:00:00.000Z", employment="Full-time", experience="Entry Level",
         sections=[("companyDescription", "Company Description",
                    "<p>Karoo stores frozen and chilled food for 120 brands at the Port of Durban, with"
                    " 60,000 pallet positions.</p>"),
                   ("jobDescription", "Job Description",
                    "<p>Load and unload reefer containers, put away and pick pallets in a -25&deg;C freezer"
                    " with a reach truck.</p>"),
                   ("qualifications", "Qualifications",
                    "<p>Valid reach-truck licence (we re-certify on site) and Grade 12.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>R42.50 per hour plus a night-shift allowance of R6 per hour and a cold-store"
                    " allowance. Thermal gear provided; R750 attendance bonus every quarter.</p>")],
         label=L("Forklift Operator - Night Shift", "Karoo Cold Chain (Pty) Ltd", "Durban", "KwaZulu-Natal", "ZA",
                 "onsite", "full-time", "entry", H(42.50), H(42.50), "ZAR", "2026-11-03", "en")),
    dict(company="Clínica Ría de Bilbao", id="779100100000002", title="Enfermero/a – Unidad de Hospitalización",
         city="Bilbao", region="País Vasco", country="es", full="Bilbao, País Vasco, Spain",
         released="2026-11-08T09:00:00.000Z", employment="Full-time", experience="Not Applicable",
         sections=[("jobDescription", "Job Description",
                    "<p>Cuidados de enfermería en la planta de hospitalización quirúrgica (40 camas), turnos"
                    " rotatorios de mañana, tarde y noche.</p>"),
                   ("qualifications", "Qualifications",
                    "<p>Grado en Enfermería y colegiación en vigor; se valora euskera.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Contrato indefinido a jornada completa. Salario: 31.000 – 34.000 € brutos anuales"
                    " más complementos de nocturnidad y festivos.</p>")],
         label=L("Enfermero/a – Unidad de Hospitalización", "Clínica Ría de Bilbao", "Bilbao", "País Vasco", "ES",
                 "onsite", "full-time", None, 31000, 34000, "EUR", "2026-11-08", "es")),
    dict(company="Someș Componente Industriale S.R.L.", id="779100100000003",
         title="Contabil/ă furnizori", city="Cluj-Napoca", region="Cluj",
         country="ro", full="Cluj-Napoca, Cluj, Romania", released="2026-11-12T08:00:00.000Z",
         employment="Full-time", experience="Associate",
         sections=[("jobDescription", "Job Description",
                    "<p>Înregistrarea facturilor de la furnizori, reconcilieri, scadențar de plăți în SAP"
                    " Business One.</p>"),
                   ("qualifications", "Qualifications",
                    "<p>Studii economice, 2 ani de experiență în contabilitate.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Salariu: 7.000 – 8.500 lei brut lunar, tichete de masă de 40 lei pe zi și abonament"
                    " medical.</p>")],
         label=L("Contabil/ă furnizori", "Someș Componente Industriale S.R.L.", "Cluj-Napoca", "Cluj", "RO", "onsite",
                 "full-time", "mid", M(7000), M(8500), "RON", "2026-11-12", "ro")),
    dict(company="Yamuna Fashion Retail Pvt Ltd", id="779100100000004", title="Store Manager – Apparel",
         city="Noida", region="Uttar Pradesh", country="in", full="Noida, Uttar Pradesh, India",
         released="2026-11-16T05:00:00.000Z", employment="Full-time", experience="Mid-Senior Level",
         sections=[("jobDescription", "Job Description",
                    "<p>Run a 9,000 sq ft store with 25 staff and monthly sales of ₹1.2 crore.</p>"),
                   ("qualifications", "Qualifications", "<p>Graduate, 6+ years in apparel retail.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>₹45,000 – ₹55,000 per month fixed, plus monthly sales incentives.</p>")],
         label=L("Store Manager – Apparel", "Yamuna Fashion Retail Pvt Ltd", "Noida", "Uttar Pradesh", "IN",
                 "onsite", "full-time", "senior", M(45000), M(55000), "INR", "2026-11-16", "en")),
    dict(company="Autopartes Angelópolis S.A. de C.V.", id="779100100000005",
         title="Ingeniero/a de Calidad de Proveedores (SQE)", city="Puebla", region="Pue.", country="mx",
         full="Puebla, Pue., Mexico", released="2026-11-21T16:00:00.000Z", employment="Full-time",
         experience="Not Applicable",
         sections=[("jobDescription", "Job Description",
                    "<p>Desarrollo y auditoría de 60 proveedores de piezas estampadas y plásticas, PPAP y"
                    " 8D.</p>"),
                   ("qualifications", "Qualifications", "<p>Ingeniería, 3 años en calidad automotriz, inglés"
                                                         " avanzado.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>$38,000 – $45,000 MXN brutos mensuales, aguinaldo de 30 días, vales de despensa y"
                    " seguro de gastos médicos mayores.</p>")],
         label=L("Ingeniero/a de Calidad de Proveedores (SQE)", "Autopartes Angelópolis S.A. de C.V.", "Puebla",
                 "Pue.", "MX", "onsite", "full-time", None, M(38000, 13), M(45000, 13), "MXN", "2026-11-21", "es")),
    dict(company="Neris Logistika UAB", id="779100100000006", title="Sandėlio vadovas (Warehouse Manager)",
         city="Vilnius", region="Vilniaus apskritis", country="lt", full="Vilnius, Vilniaus apskritis, Lithuania",
         released="2026-11-25T07:00:00.000Z", employment="Full-time", experience="Not Applicable",
         sections=[("jobDescription", "Job Description",
                    "<p>Vadovauti 40 darbuotojų sandėliui, planuoti pamainas ir užtikrinti KPI.</p>"),
                   ("qualifications", "Qualifications", "<p>3+ metų vadovavimo sandėliui patirtis.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Atlyginimas: 2 400 – 3 000 EUR neatskaičius mokesčių, metinis priedas ir papildomas"
                    " sveikatos draudimas.</p>")],
         label=L("Sandėlio vadovas (Warehouse Manager)", "Neris Logistika UAB", "Vilnius", "Vilniaus apskritis",
                 "LT", "onsite", "full-time", None, M(2400), M(3000), "EUR", "2026-11-25", "lt")),
]

# ---------------------------------------------------------------- Recruitee (6)
RECRUITEE = [
    dict(id=3101001, company="Huisartsenpraktijk De IJsselhof", title="Doktersassistent (24-32 uur)",
         city="Zwolle", state="Overijssel", country="Netherlands", location="Zwolle, Netherlands", on_site=True,
         published="2026-11-05 08:00:00 UTC", employment="parttime", experience="",
         text="<p>Onze praktijk met vijf huisartsen zorgt voor 9.500 patiënten in Zwolle-Zuid.</p><p>Je doet de"
              " telefonische triage, spreekuren voor wondzorg, uitstrijkjes en bloeddruk, en de"
              " balie.</p><p>Diploma doktersassistent (mbo-4) en NTS-triage.</p><p>Salaris volgens cao"
              " Huisartsenzorg, functiegroep 5: € 2.650 – € 3.520 bruto per maand bij 36 uur, naar rato van je"
              " uren; 8% vakantiegeld en 3% eindejaarsuitkering.</p>",
         label=L("Doktersassistent (24-32 uur)", "Huisartsenpraktijk De IJsselhof", "Zwolle", "Overijssel", "NL",
                 "onsite", "part-time", None, M(2650), M(3520), "EUR", "2026-11-05", "nl")),
    dict(id=3101002, company="Fyns Køleteknik ApS", title="Kølemontør til service",
         city="Odense", state="Region Syddanmark", country="Denmark", location="Odense, Denmark",
         on_site=True, published="2026-11-10 07:00:00 UTC", employment="fulltime", experience="mid_level",
         salary=("245", "275", "DKK", "hour"),
         text="<p>Service og fejlfinding på køle- og fryseanlæg og varmepumper i supermarkeder og"
              " fødevarevirksomheder på Fyn.</p><p>Uddannet kølemontør med kølecertifikat (kategori I) og"
              " kørekort B.</p><p>Egen servicebil, tablet og vagtordning hver femte uge med et vagttillæg på"
              " 2.800 kr. pr. uge. Pension 12 %.</p>",
         label=L("Kølemontør til service", "Fyns Køleteknik ApS", "Odense", "Region Syddanmark",
                 "DK", "onsite", "full-time", "mid", H(245), H(275), "DKK", "2026-11-10", "da")),
    dict(id=3102001, company="Kinderopvang Reiepit vzw", title="Kinderbegeleider baby's en peuters",
         city="Brugge", state="West-Vlaanderen", country="Belgium", location="Brugge, Belgium", on_site=True,
         published="2026-11-14 07:00:00 UTC", employment="fulltime", experience="",
         text="<p>Onze kinderdagverblijven in Brugge en Sint-Kruis vangen 140 kinderen op.</p><p>Je zorgt voor"
              " een groep van acht baby's en peuters, werkt in vroege en late diensten en houdt het"
              " heen-en-weerschriftje bij.</p><p>Attest kinderbegeleider.</p><p>Verloning volgens PC 331,"
              " fietsvergoeding van € 0,35 per km en een eindejaarspremie.</p>",
         label=L("Kinderbegeleider baby's en peuters", "Kinderopvang Reiepit vzw", "Brugge", "West-Vlaanderen",
                 "BE", "onsite", "full-time", None, None, None, None, "2026-11-14", "nl")),
    dict(id=3103001, company="Kita-Verbund Dortmund-Süd gGmbH", title="Erzieher:in (Teilzeit, 30 Std.)",
         city="Dortmund", state="Nordrhein-Westfalen", country="Germany", location="Dortmund, Germany",
         on_site=True, published="2026-11-17 08:00:00 UTC", employment="parttime", experience="",
         text="<p>Unser Verbund betreibt sechs Kitas im Dortmunder Süden.</p><p>Du begleitest eine Gruppe von"
              " 20 Kindern zwischen drei und sechs Jahren und arbeitest eng mit den Eltern.</p><p>Staatlich"
              " anerkannte:r Erzieher:in.</p><p>Bezahlung nach TVöD SuE, Entgeltgruppe S8a: 3.450 – 4.700 €"
              " brutto im Monat (Vollzeit, 39 Std.), Jahressonderzahlung und 30 Tage Urlaub.</p>",
         label=L("Erzieher:in (Teilzeit, 30 Std.)", "Kita-Verbund Dortmund-Süd gGmbH", "Dortmund",
                 "Nordrhein-Westfalen", "DE", "onsite", "part-time", None, M(3450), M(4700), "EUR", "2026-11-17",
                 "de")),
    dict(id=3104001, company="Norrlandsfrakt AB", title="Lastbilschaufför C/CE", city="Umeå",
         state="Västerbottens län", country="Sweden", location="Umeå, Sweden", on_site=True,
         published="2026-11-20 06:00:00 UTC", employment="fulltime", experience="",
         text="<p>Vi kör livsmedel och byggmaterial mellan Umeå, Skellefteå och inlandet.</p><p>Dagtid, hemma"
              " varje kväll. C/CE-körkort, YKB och förarkort krävs.</p><p>Månadslön 31 500 – 35 000 kr enligt"
              " Transportavtalet, traktamente vid övernattning och friskvårdsbidrag 3 000 kr.</p>",
         label=L("Lastbilschaufför C/CE", "Norrlandsfrakt AB", "Umeå", "Västerbottens län", "SE", "onsite",
                 "full-time", None, M(31500), M(35000), "SEK", "2026-11-20", "sv")),
    dict(id=3105001, company="Armor Services Comptables", title="Comptable fournisseurs (H/F) – CDD 6 mois",
         city="Rennes", state="Bretagne", country="France", location="Rennes, France", hybrid=True,
         published="2026-11-24 08:00:00 UTC", employment="fulltime", experience="",
         text="<p>Cabinet d'expertise comptable de 70 collaborateurs en Ille-et-Vilaine.</p><p>Saisie et"
              " contrôle des factures fournisseurs, lettrage, préparation des règlements pour nos clients"
              " PME.</p><p>BTS CG et 2 ans d'expérience. Télétravail deux jours par semaine.</p><p>CDD de 6"
              " mois (remplacement congé maternité). Salaire : entre 2 300 et 2 600 € bruts mensuels, tickets"
              " restaurant de 10 €.</p>",
         label=L("Comptable fournisseurs (H/F) – CDD 6 mois", "Armor Services Comptables", "Rennes", "Bretagne",
                 "FR", "hybrid", "contract", None, M(2300), M(2600), "EUR", "2026-11-24", "fr")),
]

# ---------------------------------------------------------------- Personio (6, two feeds)
PERSONIO = [
    ("Alpenland Hauskrankenpflege GmbH", [
        dict(id=3701001, office="Salzburg", department="Mobile Pflege",
             title="Pflegefachassistent:in (PFA) – mobile Pflege",
             blocks=[("Deine Aufgaben", "<p>Pflege und Betreuung unserer Klient:innen zu Hause in der Stadt"
                                        " Salzburg und im Flachgau, Dokumentation am Tablet.</p>"),
                     ("Wir bieten", "<p>Gehalt: 2.950 – 3.250 € brutto monatlich in Vollzeit (37 Std.), 14"
                                    " Gehälter, dazu ein E-Dienstauto und 50 € Tankgutschein im Monat.</p>")],
             contract="permanent", seniority="experienced", schedule="full-time",
             created="2026-11-04T08:00:00+01:00",
             label=L("Pflegefachassistent:in (PFA) – mobile Pflege", "Alpenland Hauskrankenpflege GmbH",
                     "Salzburg", None, "AT", None, "full-time", None, M(2950, 14), M(3250, 14), "EUR",
                     "2026-11-04", "de")),
        dict(id=3701002, office="Innsbruck", department="Mobile Pflege", title="Heimhilfe (geringfügig)",
             blocks=[("Deine Aufgaben", "<p>Unterstützung bei Haushalt, Einkauf und Körperpflege, vor allem an"
                                        " Wochenenden.</p>"),
                     ("Wir bieten", "<p>Geringfügige Beschäftigung bis zur Geringfügigkeitsgrenze, 15,00 €"
                                    " brutto pro Stunde, flexible Einsätze.</p>")],
             contract="permanent", seniority="entry-level", schedule="part-time",
             created="2026-11-12T09:00:00+01:00",
             label=L("Heimhilfe (geringfügig)", "Alpenland Hauskrankenpflege GmbH", "Innsbruck", None, "AT", None,
                     "part-time", "entry", H(15), H(15), "EUR", "2026-11-12", "de")),
        dict(id=3701003, office="Klagenfurt", department="Leitung", title="Pflegedienstleitung (m/w/d)",
             blocks=[("Deine Aufgaben", "<p>Fachliche und personelle Leitung unseres Kärntner Standorts mit"
                                        " 35 Mitarbeitenden und einem Jahresbudget von 2,1 Mio. €.</p>"),
                     ("Wir bieten", "<p>Attraktive Vergütung, Dienstwagen auch zur privaten Nutzung und 1.500 €"
                                    " Fortbildungsbudget pro Jahr.</p>")],
             contract="permanent", seniority="experienced", schedule="full-time",
             created="2026-11-23T10:00:00+01:00",
             label=L("Pflegedienstleitung (m/w/d)", "Alpenland Hauskrankenpflege GmbH", "Klagenfurt", None, "AT",
                     None, "full-time", "lead", None, None, None, "2026-11-23", "de")),
    ]),
    ("Sportissimo Dolomiti S.r.l.", [
        dict(id=3702001, office="Verona", department="Vendite", title="Addetto/a vendita (part-time 24h)",
             blocks=[("Chi cerchiamo", "<p>Consulenza alla clientela nel reparto sci e outdoor, cassa e"
                                       " allestimento.</p>"),
                     ("Cosa offriamo", "<p>Contratto a tempo indeterminato part-time 24 ore, CCNL Commercio"
                                       " 5° livello: € 1.150 lordi mensili per 14 mensilità, sconto dipendenti"
                                       " del 30%.</p>")],
             contract="permanent", seniority="entry-level", schedule="part-time",
             created="2026-11-06T09:00:00+01:00",
             label=L("Addetto/a vendita (part-time 24h)", "Sportissimo Dolomiti S.r.l.", "Verona", None, "IT", None,
                     "part-time", "entry", M(1150, 14), M(1150, 14), "EUR", "2026-11-06", "it")),
        dict(id=3702002, office="Bolzano", department="Vendite", title="Store Manager",
             blocks=[("Chi cerchiamo", "<p>Gestione del punto vendita di Bolzano (1.200 mq, 14 persone),"
                                       " obiettivi di vendita e visual merchandising.</p>"),
                     ("Cosa offriamo", "<p>RAL fino a 38.000 € in base all'esperienza, premio di risultato"
                                       " annuale e auto aziendale.</p>")],
             contract="permanent", seniority="experienced", schedule="full-time",
             created="2026-11-16T09:00:00+01:00",
             label=L("Store Manager", "Sportissimo Dolomiti S.r.l.", "Bolzano", None, "IT", None, "full-time", None,
                     None, 38000, "EUR", "2026-11-16", "it")),
        dict(id=3702003, office="Trento", department="Logistica", title="Magazziniere/a – stagione invernale",
             blocks=[("Chi cerchiamo", "<p>Ricevimento merci, picking e spedizioni verso i 12 negozi del"
                                       " gruppo.</p>"),
                     ("Cosa offriamo", "<p>Contratto stagionale da dicembre ad aprile, € 9,80 lordi all'ora,"
                                       " mensa aziendale.</p>")],
             contract="temporary", seniority="entry-level", schedule="full-time",
             created="2026-11-27T09:00:00+01:00",
             label=L("Magazziniere/a – stagione invernale", "Sportissimo Dolomiti S.r.l.", "Trento", None, "IT",
                     None, "contract", "entry", H(9.80), H(9.80), "EUR", "2026-11-27", "it")),
    ]),
]

# ---------------------------------------------------------------- Teamtailor (6, two feeds)
TEAMTAILOR = [
    ("Jobs bei Emmentaler Hofkäserei", "hofkaeserei.teamtailor.com", [
        dict(id="1110001", company="Emmentaler Hofkäserei AG", title="Käser:in EFZ", employment="FULL_TIME",
             addresses=[{"addressLocality": "Langnau im Emmental", "addressRegion": "Bern", "postalCode": "3550",
                         "addressCountry": "CH"}],
             published="2026-11-05T07:00:00+01:00",
             text="<p>Wir verarbeiten täglich 40'000 Liter Rohmilch zu Emmentaler AOP und Spezialitäten.</p><p>"
                  "Du führst die Fertiger, pflegst die Laibe im Reifungskeller und dokumentierst die Qualität.</p>"
                  "<p>Lehrabschluss als Milchtechnolog:in oder Käser:in EFZ.</p><p>Monatslohn CHF 5'200 – 5'800,"
                  " 13 Monatslöhne, 5 Wochen Ferien und Käse für den Eigenbedarf.</p>",
             label=L("Käser:in EFZ", "Emmentaler Hofkäserei AG", "Langnau im Emmental", "Bern", "CH", "onsite",
                     "full-time", None, M(5200, 13), M(5800, 13), "CHF", "2026-11-05", "de")),
        dict(id="1110002", company="Emmentaler Hofkäserei AG",
             title="Lernende:r Detailhandelsfachfrau/-mann EFZ (Lehrbeginn August 2027)", employment="FULL_TIME",
             addresses=[{"addressLocality": "Luzern", "addressRegion": "Luzern", "addressCountry": "CH"}],
             published="2026-11-13T08:00:00+01:00",
             text="<p>In unserem Käsefachgeschäft in der Luzerner Altstadt lernst du Beratung, Verkauf und"
                  " Warenpräsentation.</p><p>Abgeschlossene Volksschule, Freude am Umgang mit Menschen.</p><p>Lohn"
                  " pro Monat: CHF 750 (1. Lehrjahr), CHF 1'000 (2. Lehrjahr), CHF 1'350 (3. Lehrjahr).</p>",
             label=L("Lernende:r Detailhandelsfachfrau/-mann EFZ (Lehrbeginn August 2027)", "Emmentaler Hofkäserei AG",
                     "Luzern", "Luzern", "CH", "onsite", "full-time", "entry", M(750), M(1350), "CHF", "2026-11-13",
                     "de")),
        dict(id="1110003", company="Emmentaler Hofkäserei AG", title="Verkaufsleiter:in Gastronomie",
             employment="FULL_TIME",
             addresses=[{"addressLocality": "Zürich", "addressRegion": "Zürich", "addressCountry": "CH"}],
             published="2026-11-24T09:00:00+01:00",
             text="<p>Du baust unser Geschäft mit Restaurants, Hotels und Caterern in der Deutschschweiz aus und"
                  " führst drei Aussendienstmitarbeitende.</p><p>Der Gastrokanal macht heute CHF 14 Mio. Umsatz;"
                  " bis 2029 sollen es 20 Mio. sein.</p><p>Attraktives Salär mit Umsatzbonus, Geschäftsauto und"
                  " GA 1. Klasse.</p>",
             label=L("Verkaufsleiter:in Gastronomie", "Emmentaler Hofkäserei AG", "Zürich", "Zürich", "CH", "onsite",
                     "full-time", "lead", None, None, None, "2026-11-24", "de")),
    ]),
    ("Careers at Goldfields Drilling Services", "goldfieldsdrilling.teamtailor.com", [
        dict(id="1120001", company="Goldfields Drilling Services", title="Underground Diamond Driller (FIFO)",
             employment="FULL_TIME",
             addresses=[{"addressLocality": "Kalgoorlie", "addressRegion": "Western Australia",
                         "postalCode": "6430", "addressCountry": "AU"}],
             published="2026-11-06T08:00:00+08:00",
             text="<p>We run 38 underground and surface rigs for gold and nickel miners in the Goldfields.</p>"
                  "<p>Operate LM90 and LM110 rigs on a 2/1 FIFO roster from Perth, keep core recovery high and"
                  " look after your offsiders.</p><p>Current underground driller's ticket, Cert III in Drilling"
                  " and a clean drug and alcohol record.</p><p>$55 – $68 per hour plus metreage bonuses (our"
                  " drillers averaged $28,000 in bonuses last year) and superannuation.</p>",
             label=L("Underground Diamond Driller (FIFO)", "Goldfields Drilling Services", "Kalgoorlie", "WA", "AU",
                     "onsite", "full-time", None, H(55), H(68), "AUD", "2026-11-06", "en")),
        dict(id="1120002", company="Goldfields Drilling Services", title="HR Business Partner",
             employment="FULL_TIME",
             addresses=[{"addressLocality": "Perth", "addressRegion": "WA", "postalCode": "6000",
                         "addressCountry": "AU"}],
             published="2026-11-17T09:00:00+08:00", salary=("AUD", "YEAR", 120000, 135000),
             text="<p>Partner with our operations managers on 600 employees across Perth and the Goldfields.</p>"
                  "<p>Lead employee relations, enterprise agreement negotiations and workforce planning.</p><p>"
                  "Plus superannuation and a 10% short-term incentive.</p>",
             label=L("HR Business Partner", "Goldfields Drilling Services", "Perth", "WA", "AU", "onsite",
                     "full-time", None, 120000, 135000, "AUD", "2026-11-17", "en")),
        dict(id="1120003", company="Goldfields Drilling Services", title="Trade Assistant (Casual)",
             employment="PART_TIME",
             addresses=[{"addressLocality": "Townsville", "addressRegion": "Queensland", "postalCode": "4810",
                         "addressCountry": "AU"}],
             published="2026-11-26T10:00:00+10:00",
             text="<p>Help our fitters rebuild rigs, pumps and rod handlers in our Townsville workshop.</p><p>"
                  "White card and a manual driver's licence.</p><p>$38.50 per hour including 25% casual loading;"
                  " steel caps and PPE supplied.</p>",
             label=L("Trade Assistant (Casual)", "Goldfields Drilling Services", "Townsville", "QLD", "AU",
                     "onsite", "part-time", None, H(38.50), H(38.50), "AUD", "2026-11-26", "en")),
    ]),
]

# ---------------------------------------------------------------- Breezy (6, two companies)
BREEZY = [
    ("Rosemont Home Health", [
        dict(id="md3c4d5e6f01", title="Home Health Aide", type="Full-Time", city="Baltimore", state="Maryland",
             country="United States", place="Baltimore, MD", published="2026-11-05T14:00:00.000Z",
             salary="$17 - $19 / hour",
             label=L("Home Health Aide", "Rosemont Home Health", "Baltimore", "MD", "US", "onsite", "full-time",
                     None, H(17), H(19), "USD", "2026-11-05", "en")),
        dict(id="md3c4d5e6f02", title="RN Case Manager", type="Full-Time", city="Baltimore", state="Maryland",
             country="United States", place="Baltimore, MD", published="2026-11-16T14:00:00.000Z",
             salary="$85,000 - $98,000 / year",
             label=L("RN Case Manager", "Rosemont Home Health", "Baltimore", "MD", "US", "onsite", "full-time",
                     None, 85000, 98000, "USD", "2026-11-16", "en")),
        dict(id="md3c4d5e6f03", title="Physical Therapist Assistant (PRN)", type="Per Diem", city="Portland",
             state="Maine", country="United States", place="Portland, OR", published="2026-11-27T14:00:00.000Z",
             label=L("Physical Therapist Assistant (PRN)", "Rosemont Home Health", "Portland", None, "US", "onsite",
                     "part-time", None, None, None, None, "2026-11-27", "en")),
    ]),
    ("Thamesbank Property Services", [
        dict(id="gb4d5e6f7a01", title="Lettings Negotiator", type="Full-Time", city="Reading",
             state="England", country="United Kingdom", place="Reading, England",
             published="2026-11-06T10:00:00.000Z", salary="£26,000 - £28,000 / year",
             label=L("Lettings Negotiator", "Thamesbank Property Services", "Reading", "England", "GB", "onsite",
                     "full-time", None, 26000, 28000, "GBP", "2026-11-06", "en")),
        dict(id="gb4d5e6f7a02", title="Property Maintenance Operative", type="Full-Time", city="Slough",
             state="England", country="United Kingdom", place="Slough, England",
             published="2026-11-18T10:00:00.000Z", salary="£14.10 / hour",
             label=L("Property Maintenance Operative", "Thamesbank Property Services", "Slough", "England", "GB",
                     "onsite", "full-time", None, H(14.10), H(14.10), "GBP", "2026-11-18", "en")),
        dict(id="gb4d5e6f7a03", title="Senior Block Manager", type="Full-Time", city="Windsor", state="England",
             country="United Kingdom", place="Windsor, England", published="2026-11-28T10:00:00.000Z",
             salary="£40,000 - £46,000 / year",
             label=L("Senior Block Manager", "Thamesbank Property Services", "Windsor", "England", "GB", "onsite",
                     "full-time", "senior", 40000, 46000, "GBP", "2026-11-28", "en")),
    ]),
]


# ---------------------------------------------------------------- Hacker News (6, one thread)
def hn_text(first, *paragraphs):
    return first + "".join("<p>" + p for p in paragraphs)


HN = [
    dict(id=48800001, author="haulwise", created="2026-11-02T16:05:00.000Z",
         text=hn_text("Haulwise | Senior Data Engineer | Chicago, IL (Hybrid) | Full-time | $165k\u2013$190k +"
                      " 0.1% equity",
                      "We price and match truckload freight for 2,000 shippers. Spark, dbt, Snowflake, and a lot of"
                      " messy EDI. In office Tue-Thu in the West Loop."),
         label=L("Senior Data Engineer", "Haulwise", "Chicago", "IL", "US", "hybrid", "full-time", "senior", 165000,
                 190000, "USD", "2026-11-02", "en")),
    dict(id=48800002, author="medlinknordic", created="2026-11-02T16:40:00.000Z",
         text=hn_text("Medlink Nordic | Fullstack Developer | Helsinki, Finland | ONSITE | 4 500\u20135 500"
                      " \u20ac/month",
                      "Booking and journal software for 900 physiotherapy and dental clinics in Finland and"
                      " Estonia. TypeScript, Kotlin, Postgres. Finnish not required."),
         label=L("Fullstack Developer", "Medlink Nordic", "Helsinki", None, "FI", "onsite", None, None, M(4500),
                 M(5500), "EUR", "2026-11-02", "en")),
    dict(id=48800003, author="pinkcitypay", created="2026-11-02T17:30:00.000Z",
         text=hn_text("Himal Payments | Android Engineer | Kathmandu, Nepal | ONSITE | Full-time | NPR"
                      " 250,000-320,000/month",
                      "QR and wallet acceptance for 150,000 small shops. Kotlin, Jetpack Compose, offline-first"
                      " sync. 3+ years of Android."),
         label=L("Android Engineer", "Himal Payments", "Kathmandu", None, "NP", "onsite", "full-time", None,
                 M(250000), M(320000), "NPR", "2026-11-02", "en")),
    dict(id=48800004, author="tesseralabs", created="2026-11-02T18:10:00.000Z",
         text=hn_text("Tessera Labs | Founding ML Engineer | London, UK | ONSITE | \u00a3110k\u2013\u00a3140k +"
                      " meaningful equity",
                      "We read building drawings so that fire engineers don't have to. PyTorch, document"
                      " understanding, some CV. Team of six, ex-DeepMind and Arup."),
         label=L("Founding ML Engineer", "Tessera Labs", "London", None, "GB", "onsite", None, None, 110000,
                 140000, "GBP", "2026-11-02", "en")),
    dict(id=48800005, author="orchardrobo", created="2026-11-02T20:00:00.000Z",
         text=hn_text("Orchard Robotics (YC W26) | Mechanical Engineer | Curic\u00f3, Chile | Onsite | Full-time |"
                      " CLP 3.000.000\u20133.800.000 gross/month",
                      "Robots that thin and prune cherry and stone-fruit orchards. Our field team is in the Maule"
                      " valley. You will design end effectors and enclosures that survive dust, heat and"
                      " tractors."),
         label=L("Mechanical Engineer", "Orchard Robotics", "Curicó", None, "CL", "onsite", "full-time", None,
                 M(3000000), M(3800000), "CLP", "2026-11-02", "en")),
    dict(id=48800006, author="larkspurenergy", created="2026-11-03T08:20:00.000Z",
         text=hn_text("Larkspur Energy | Embedded Engineer | Remote (EU) | Full-time | competitive salary",
                      "Battery controllers for home storage. We just raised \u20ac12M and ship to 14 countries."
                      " Zephyr RTOS, C, CAN."),
         label=L("Embedded Engineer", "Larkspur Energy", None, None, None, "remote", "full-time", None, None, None,
                 None, "2026-11-03", "en")),
]


def main():
    setwriter.write_set(sys.modules[__name__], "fresh11", "hn-2026-11.json", 48800000)
    if not setwriter.check_set(sys.modules[__name__], "fresh11"):
        sys.exit(1)


if __name__ == "__main__":
    main()
