#!/usr/bin/env python3
"""Writes Tests/Eval/discover/fresh15: 96 postings written one by one, six per
source kind over all sixteen kinds, shaped like an ordinary user's discover
traffic (as fresh9 to fresh14 are, with other employers, places, professions
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
Run: python3 Tests/Eval/discover/tools/fresh15.py
"""
import sys

import setwriter
from setwriter import H, D, W, M
from fresh2 import L


# ---------------------------------------------------------------- Greenhouse (6)
GREENHOUSE = [
    dict(id=9150500001, company="Pawnee Prairie Surgical Hospital", title="Surgical Technologist - Main OR",
         location="Salina, KS", meta={"Workplace Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-02T08:30:00-06:00", pay=(28, 39, "USD", "Base pay (per hour)"),
         text="<p>Pawnee Prairie is a physician-owned surgical hospital with 14 operating rooms, specialising in"
              " orthopaedics, spine and general surgery.</p><h3>What you will do</h3><ul><li>Set up and scrub"
              " for total joints, spine fusions and laparoscopic cases</li><li>Keep counts, handle specimens and"
              " anticipate the surgeon's needs</li><li>Take call one weekend in five</li></ul><h3>What you"
              " bring</h3><ul><li>CST through the NBSTSA</li><li>2 years of scrub experience, orthopaedics"
              " preferred</li><li>BLS</li></ul><h3>Compensation and benefits</h3><p>The range above is the"
              " hourly base. Call pays $4.00/hr standby and time and a half when called in. A $5,000 sign-on"
              " bonus is paid over the first year, and we match 401(k) contributions up to 5%.</p>",
         label=L("Surgical Technologist - Main OR", "Pawnee Prairie Surgical Hospital", "Salina", "KS", "US",
                 "onsite", "full-time", "mid", H(28), H(39), "USD", "2026-11-02", "en")),
    dict(id=9150500002, company="Ouse Valley Electrical Contractors Ltd", title="Approved Electrician",
         location="York, North Yorkshire", meta={"Location Type": "On-site", "Employment Type": "Permanent"},
         published="2026-11-04T07:45:00+00:00",
         text="<p>Ouse Valley carries out electrical installation and maintenance for housing associations,"
              " schools and light-industrial units across York and the Vale.</p><h3>The job</h3><ul><li>Rewires,"
              " consumer unit changes and EICRs on occupied homes</li><li>Containment, trunking and SWA"
              " installs on commercial fit-outs</li><li>Fault finding on three-phase boards</li></ul><h3>You"
              " have</h3><ul><li>NVQ Level 3 and AM2, an ECS gold card and the 18th Edition</li><li>2 years"
              " since qualifying</li><li>A full driving licence</li></ul><h3>What we pay</h3><table><tr><th>"
              "Item</th><th>Rate</th></tr><tr><td>Basic hourly rate (JIB Approved)</td><td>&pound;19.50</td></tr>"
              "<tr><td>Travel time over 30 minutes</td><td>&pound;9.00 per day</td></tr><tr><td>Completion"
              " bonus per signed-off job</td><td>&pound;40</td></tr></table><p>40 hours a week, a company van"
              " and 28 days' holiday.</p>",
         label=L("Approved Electrician", "Ouse Valley Electrical Contractors Ltd", "York", "North Yorkshire", "GB",
                 "onsite", "full-time", "mid", H(19.50), H(19.50), "GBP", "2026-11-04", "en")),
    dict(id=9150500003, company="Mainfranken Klinikverbund gGmbH", title="Pflegefachkraft Intensivstation (m/w/d)",
         location="Bad Kissingen, Bayern", meta={"Workplace Type": "Vor Ort", "Employment Type": "Vollzeit"},
         published="2026-11-06T09:00:00+01:00",
         text="<p>Unser Klinikverbund versorgt mit 620 Betten die Region Mainfranken; die interdisziplinäre"
              " Intensivstation hat 18 Betten.</p><h3>Ihre Aufgaben</h3><ul><li>Pflege beatmeter und"
              " kreislaufinstabiler Patient:innen</li><li>Assistenz bei Bronchoskopien, ZVK-Anlagen und"
              " Dialyse</li><li>Anleitung von Auszubildenden</li></ul><h3>Ihr Profil</h3><ul><li>Examen als"
              " Pflegefachfrau/-mann oder Gesundheits- und Krankenpfleger:in</li><li>Fachweiterbildung"
              " Intensiv wünschenswert</li></ul><h3>Unser Angebot</h3><p>Vergütung nach TVöD-P, Entgeltgruppe"
              " P8: 3.750 € – 4.480 € brutto monatlich, dazu Intensivzulage von 46 € und Wechselschichtzulage"
              " von 155 € im Monat, Jahressonderzahlung und Zusatzversorgung.</p>",
         label=L("Pflegefachkraft Intensivstation (m/w/d)", "Mainfranken Klinikverbund gGmbH", "Bad Kissingen", "Bayern",
                 "DE", "onsite", "full-time", None, M(3750), M(4480), "EUR", "2026-11-06", "de")),
    dict(id=9150500004, company="Tema Harbour Logistics Ltd", title="Customs Clearing Officer",
         location="Tema, Greater Accra", meta={"Location Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-09T10:00:00+00:00",
         text="<p>Tema Harbour Logistics clears and forwards about 9,000 containers a year for importers of"
              " food, building materials and vehicles.</p><h3>Responsibilities</h3><ul><li>Prepare and lodge"
              " declarations on the ICUMS platform</li><li>Attend examinations with GRA Customs and resolve"
              " valuation queries</li><li>Track duty payments and release orders</li></ul><h3>Requirements</h3>"
              "<ul><li>HND or degree in logistics, plus a Customs licence</li><li>3 years clearing at Tema"
              " port</li></ul><h3>Remuneration</h3><p>GHS 6,500 &ndash; 8,000 gross per month, a transport"
              " allowance of GHS 600 a month and medical cover.</p>",
         label=L("Customs Clearing Officer", "Tema Harbour Logistics Ltd", "Tema", "Greater Accra", "GH", "onsite",
                 "full-time", "mid", M(6500), M(8000), "GHS", "2026-11-09", "en")),
    dict(id=9150500005, company="Brolga Mining Services Pty Ltd", title="Heavy Diesel Fitter - FIFO 2:1",
         location="Newman, WA", meta={"Workplace Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-12T09:30:00+08:00",
         text="<p>Brolga maintains haul trucks, excavators and dozers for iron ore and lithium clients in the"
              " Pilbara.</p><h3>The role</h3><ul><li>Services, component change-outs and breakdowns on CAT 793"
              " and Komatsu 930E fleets</li><li>Two weeks on, one week off, 12-hour day and night shifts</li>"
              "<li>Flights from Perth included</li></ul><h3>About you</h3><ul><li>Trade certificate as a heavy"
              " diesel fitter and 3+ years of mining experience</li><li>HR licence and a clean medical</li></ul>"
              "<h3>Why Brolga</h3><p>A competitive hourly rate. We add a $3,000 annual tool allowance, a $2,500"
              " sign-on bonus after your first swing, and the site has a $40M equipment budget for next"
              " year.</p>",
         label=L("Heavy Diesel Fitter - FIFO 2:1", "Brolga Mining Services Pty Ltd", "Newman", "WA", "AU", "onsite",
                 "full-time", "mid", None, None, None, "2026-11-12", "en")),
    dict(id=9150500006, company="Clinique Vétérinaire des Coteaux", title="Auxiliaire spécialisé(e) vétérinaire (ASV)",
         location="Angers, Pays de la Loire", meta={"Workplace Type": "Sur site", "Employment Type": "CDI"},
         published="2026-11-17T10:15:00+01:00", pay=(23000, 26000, "EUR", "Salaire annuel brut"),
         text="<p>Clinique mixte de six vétérinaires (canine, équine et NAC) au nord d'Angers.</p><h3>Vos"
              " missions</h3><ul><li>Accueil des clients, prise de rendez-vous et encaissements</li><li>Aide en"
              " consultation, préparation du bloc et surveillance des hospitalisés</li><li>Gestion des stocks"
              " de médicaments</li></ul><h3>Profil</h3><ul><li>Titre d'ASV échelon 3 ou 4</li></ul><h3>Conditions"
              "</h3><p>CDI à 35 h, un samedi matin sur deux. Rémunération selon la grille de la convention"
              " collective des cabinets vétérinaires, mutuelle prise en charge à 60 % et prime d'ancienneté.</p>",
         label=L("Auxiliaire spécialisé(e) vétérinaire (ASV)", "Clinique Vétérinaire des Coteaux", "Angers",
                 "Pays de la Loire", "FR", "onsite", "full-time", None, 23000, 26000, "EUR", "2026-11-17", "fr")),
]

# ---------------------------------------------------------------- Lever (6, three employers)
LEVER = [
    dict(company="Harbor Point Credit Union", id="f15c0d1e-0001-4f00-9000-000000006001",
         title="Member Service Representative II", location="Duluth, MN", country="US", workplace="onsite",
         commitment="Full-time", created="2026-11-03T15:00:00Z",
         text="Harbor Point is a member-owned credit union with 11 branches along the North Shore and the Iron"
              " Range.\n\nWhat you'll do\nOpen accounts, process loan payments and wires, resolve card disputes"
              " and refer members to our lenders.\n\nWhat you bring\nA year or more in a bank or credit union"
              " branch and comfort with cash handling.\n\nPay\n$19.75 - $23.10 per hour depending on"
              " experience. Tellers share a quarterly referral incentive of up to $300; the credit union pays"
              " a 4% 401(k) contribution whether or not you contribute.",
         label=L("Member Service Representative II", "Harbor Point Credit Union", "Duluth", "MN", "US", "onsite",
                 "full-time", "mid", H(19.75), H(23.10), "USD", "2026-11-03", "en")),
    dict(company="Harbor Point Credit Union", id="f15c0d1e-0002-4f00-9000-000000006002",
         title="Mortgage Loan Originator", location="Superior, WI", country="US", workplace="hybrid",
         commitment="Full-time", created="2026-11-18T14:00:00Z",
         text="Grow our purchase and refinance business in Douglas and Bayfield counties.\n\nYou will take"
              " applications, pre-qualify members, work with realtors and shepherd files through underwriting"
              " to closing.\n\nRequirements\nAn active NMLS registration and 3 years of residential mortgage"
              " origination.\n\nCompensation\nCommission-based with a draw. Our originators closed $210M in"
              " loans last year, and the top producer earned over $140,000.",
         label=L("Mortgage Loan Originator", "Harbor Point Credit Union", "Superior", "WI", "US", "hybrid",
                 "full-time", "mid", None, None, None, "2026-11-18", "en")),
    dict(company="Kinross Veterinary Partners", id="f15c0d1e-0003-4f00-9000-000000006003",
         title="Registered Veterinary Nurse", location="Pitlochry, Perth and Kinross", country="GB", workplace="onsite",
         commitment="Full-time", created="2026-11-05T10:00:00Z", salary=("GBP", "per-year-salary", 29000, 33500),
         text="We are a mixed practice of three surgeries in Highland Perthshire, with a 24-hour hospital in"
              " Pitlochry.\n\nThe role\nAnaesthesia, dentals, nurse clinics and in-patient care, with one night on"
              " call a fortnight.\n\nYou\nRCVS registered; farm animal experience welcome but not needed.\n\n"
              "Benefits\nOn-call pays £60 per night. CPD allowance of £500 and five CPD days, RCVS fees paid and"
              " a pet care discount.",
         label=L("Registered Veterinary Nurse", "Kinross Veterinary Partners", "Pitlochry", "Perth and Kinross", "GB",
                 "onsite", "full-time", None, 29000, 33500, "GBP", "2026-11-05", "en")),
    dict(company="Kinross Veterinary Partners", id="f15c0d1e-0004-4f00-9000-000000006004",
         title="Clinical Director", location="Dundee, Scotland", country="GB", workplace="onsite",
         commitment="Full-time", created="2026-11-21T11:30:00Z", salary=("GBP", "per-year-salary", 78000, 90000),
         text="Lead our Dundee small-animal hospital: a team of 9 vets and 14 nurses.\n\nYou will own clinical"
              " standards, rotas and the hospital budget, and keep up your own consulting and surgery two days"
              " a week.\n\nAt least 5 years in practice and a certificate in small-animal medicine or"
              " surgery.\n\nA profit share of up to 10% of base, a £1,000 CPD budget and relocation support"
              " of up to £5,000.",
         label=L("Clinical Director", "Kinross Veterinary Partners", "Dundee", "Scotland", "GB", "onsite",
                 "full-time", "senior", 78000, 90000, "GBP", "2026-11-21", "en")),
    dict(company="Okanagan Transit Co-operative", id="f15c0d1e-0005-4f00-9000-000000006005",
         title="Transit Bus Operator", location="Penticton, BC", country="CA", workplace="onsite",
         commitment="Full-time", created="2026-11-07T18:00:00Z",
         text="We run 24 bus routes and a custom handyDART service across the South Okanagan.\n\nWhat you'll"
              " do\nDrive scheduled routes safely and on time, help riders with mobility devices and handle"
              " fares and incidents.\n\nYou need\nA Class 2 licence with air brake endorsement (or a Class 5 and"
              " we train you), a clean abstract and customer-service experience.\n\nPay\nStarting wage"
              " $27.10/hour, rising to $33.88/hour after 30 months under the collective agreement. Paid"
              " 6-week training, a $500 boot and uniform allowance and a municipal pension.",
         label=L("Transit Bus Operator", "Okanagan Transit Co-operative", "Penticton", "BC", "CA", "onsite",
                 "full-time", None, H(27.10), H(33.88), "CAD", "2026-11-07", "en")),
    dict(company="Okanagan Transit Co-operative", id="f15c0d1e-0006-4f00-9000-000000006006",
         title="Heavy Duty Mechanic Apprentice", location="Vernon, BC", country="CA", workplace="onsite",
         commitment="Full-time", created="2026-11-24T17:00:00Z",
         text="Join our Vernon garage maintaining 60 diesel and battery-electric buses.\n\nYou will do"
              " inspections, brake jobs and PM services alongside journeyperson mechanics, and attend SkilledTradesBC"
              " technical training.\n\nGrade 12 and mechanical aptitude; first- or second-year standing is an"
              " asset.\n\nApprentice rates are $24.00 - $30.00 per hour by level. We cover tuition and books"
              " and pay a $1,000 tool allowance each year.",
         label=L("Heavy Duty Mechanic Apprentice", "Okanagan Transit Co-operative", "Vernon", "BC", "CA", "onsite",
                 "full-time", "entry", H(24), H(30), "CAD", "2026-11-24", "en")),
]

# ---------------------------------------------------------------- Ashby (6)
ASHBY = [
    dict(company="Little Banyan Preschools", id="b1500000-0000-4000-8000-000000006001",
         title="Preschool Teacher (Chinese Language)", location="Singapore",
         address={"addressLocality": "Singapore", "addressCountry": "Singapore"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-03T09:00:00.000+08:00",
         comp=("SGD", "1 MONTH", 3400, 4200),
         text="Little Banyan runs eight Anchor Operator preschools in the west of Singapore.\nPlan and teach"
              " Chinese language and literacy for K1 and K2, observe and document children's learning and"
              " speak with parents at pick-up.\nYou hold a DPT or DECCE-T with ECDA L2 certification and are"
              " fluent in Mandarin.\nThe monthly salary range excludes the 13th-month AWS and the ECDA"
              " retention grant of up to S$5,000 paid after three years.",
         label=L("Preschool Teacher (Chinese Language)", "Little Banyan Preschools", "Singapore", None, "SG",
                 "onsite", "full-time", None, M(3400), M(4200), "SGD", "2026-11-03", "en")),
    dict(company="Little Banyan Preschools", id="b1500000-0000-4000-8000-000000006002",
         title="Centre Principal", location="Singapore",
         address={"addressLocality": "Singapore", "addressCountry": "Singapore"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-19T10:00:00.000+08:00",
         comp=("SGD", "1 MONTH", 6000, 7500),
         text="Lead a 150-child centre in Jurong West with 22 educators.\nYou set the curriculum direction,"
              " manage licensing with ECDA, enrolment and the centre budget, and mentor your teachers.\nAn"
              " ECDA-recognised leadership qualification and 5 years of preschool teaching, 2 of them as a"
              " senior teacher or vice-principal.\nPlus a performance bonus of up to two months and an annual"
              " professional development budget of S$1,500.",
         label=L("Centre Principal", "Little Banyan Preschools", "Singapore", None, "SG", "onsite", "full-time",
                 "lead", M(6000), M(7500), "SGD", "2026-11-19", "en")),
    dict(company="Ironwood Behavioral Health", id="b1500000-0000-4000-8000-000000006003",
         title="Licensed Clinical Social Worker (LCSW) - Outpatient", location="Yuma, AZ",
         address={"addressLocality": "Yuma", "addressRegion": "Arizona", "addressCountry": "United States"},
         workplace="Hybrid", remote=False, employment="FullTime", published="2026-11-05T08:00:00.000-07:00",
         comp=("USD", "1 YEAR", 72000, 88000),
         text="Ironwood is a community mental health agency serving adults and adolescents across Yuma"
              " County.\nCarry an outpatient caseload of about 28 clients, deliver CBT and DBT-informed"
              " therapy and run one group a week; telehealth two days a week.\nAn Arizona LCSW and 2 years"
              " post-licensure.\nLicensure supervision for associates earns an extra $2,400 a year; we pay"
              " a $1,200 CE stipend and offer PSLF-qualifying employment.",
         label=L("Licensed Clinical Social Worker (LCSW) - Outpatient", "Ironwood Behavioral Health", "Yuma", "AZ",
                 "US", "hybrid", "full-time", "mid", 72000, 88000, "USD", "2026-11-05", "en")),
    dict(company="Ironwood Behavioral Health", id="b1500000-0000-4000-8000-000000006004",
         title="Peer Support Specialist", location="Sierra Vista, AZ",
         address={"addressLocality": "Sierra Vista", "addressRegion": "Arizona", "addressCountry": "United States"},
         workplace="OnSite", remote=False, employment="PartTime", published="2026-11-20T09:30:00.000-07:00",
         comp=("USD", "1 HOUR", 18, 21),
         text="Use your own lived experience of recovery to support adults in our Sierra Vista clinic.\nYou"
              " will meet members one to one, co-facilitate recovery groups and help with housing and benefits"
              " applications. 24 hours a week.\nArizona Peer Support certification (or gain it within 90 days)"
              " and a valid driver's license.\nMileage is reimbursed at the federal rate.",
         label=L("Peer Support Specialist", "Ironwood Behavioral Health", "Sierra Vista", "AZ", "US", "onsite",
                 "part-time", None, H(18), H(21), "USD", "2026-11-20", "en")),
    dict(company="Kade Energie B.V.", id="b1500000-0000-4000-8000-000000006005",
         title="Monteur Laadinfrastructuur", location="Houten, Netherlands",
         address={"addressLocality": "Houten", "addressRegion": "Utrecht", "addressCountry": "Netherlands"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-10T08:00:00.000+01:00",
         comp=("EUR", "1 MONTH", 2900, 3600),
         text="Kade Energie installeert en onderhoudt laadpleinen voor gemeenten, vvE's en wagenparken.\nJe"
              " plaatst laadpalen, legt bekabeling aan en neemt installaties in bedrijf volgens NEN 1010.\nMBO 2"
              " of 3 elektrotechniek en VCA; een rijbewijs B is nodig.\nHet maandsalaris is exclusief 8%"
              " vakantiegeld; je krijgt een bus van de zaak en een reiskostenvergoeding.",
         label=L("Monteur Laadinfrastructuur", "Kade Energie B.V.", "Houten", "Utrecht", "NL", "onsite",
                 "full-time", None, M(2900), M(3600), "EUR", "2026-11-10", "nl")),
    dict(company="Kade Energie B.V.", id="b1500000-0000-4000-8000-000000006006",
         title="Projectleider Netaansluitingen", location="Veenendaal, Netherlands",
         address={"addressLocality": "Veenendaal", "addressRegion": "Utrecht", "addressCountry": "Netherlands"},
         workplace="Hybrid", remote=False, employment="FullTime", published="2026-11-25T09:00:00.000+01:00",
         text="Je coördineert aanvragen voor grootverbruikaansluitingen bij netbeheerders voor onze laadpleinen.\n"
              "Je plant werkzaamheden, bewaakt budgetten tot € 2 miljoen per project en stuurt"
              " onderaannemers aan.\nHBO werk- en denkniveau en minimaal 5 jaar ervaring in de energie- of"
              " installatiesector.\nSalaris volgens cao Metalektro; daarnaast een leasebudget van € 650 per"
              " maand en een bonus van maximaal € 4.000 per jaar.",
         label=L("Projectleider Netaansluitingen", "Kade Energie B.V.", "Veenendaal", "Utrecht", "NL", "hybrid",
                 "full-time", "senior", None, None, None, "2026-11-25", "nl")),
]

# ---------------------------------------------------------------- JSON-LD (6)
JSONLD = [
    dict(slug="gerocultor-tarde-vigo", company="Residencia Atlántica Os Castros S.L.",
         title="Gerocultor/a – turno de tarde",
         address={"addressLocality": "Vigo", "addressRegion": "Galicia", "postalCode": "36204",
                  "addressCountry": "ES"},
         employment="FULL_TIME", posted="2026-11-04T11:00:00+01:00", salary=("EUR", "MONTH", 1320, 1320),
         text="<p>Residencia de 96 plazas para personas mayores en Vigo.</p><p><b>Funciones:</b> aseo y"
              " movilización de residentes, acompañamiento en comidas y actividades, registro en el programa"
              " de cuidados.</p><p><b>Requisitos:</b> certificado de profesionalidad de atención sociosanitaria"
              " o título de TCAE.</p><p><b>Ofrecemos:</b> contrato indefinido, turno de tarde (15 h – 22 h),"
              " 1.320 € brutos mensuales en 14 pagas, plus de festivos de 25 € por día trabajado y formación"
              " continua.</p>",
         label=L("Gerocultor/a – turno de tarde", "Residencia Atlántica Os Castros S.L.", "Vigo", "Galicia", "ES",
                 "onsite", "full-time", None, M(1320, 14), M(1320, 14), "EUR", "2026-11-04", "es")),
    dict(slug="sped-paraprofessional-bismarck", company="Missouri Slope Public Schools",
         title="Special Education Paraprofessional",
         address={"addressLocality": "Bismarck", "addressRegion": "ND", "postalCode": "58501",
                  "addressCountry": "US"},
         employment="PART_TIME", posted="2026-11-06T08:00:00-06:00", salary=("USD", "HOUR", 17.25, 20.40),
         text="<p><strong>Assignment:</strong> 7 hours a day, student days only (176 days), at an elementary"
              " resource room.</p><p><strong>Duties:</strong> support students with IEPs in class and in small"
              " groups, help with personal care and behaviour plans, and collect data for case managers.</p>"
              "<p><strong>Qualifications:</strong> high school diploma and the ND paraprofessional"
              " certificate (or 48 college credits).</p><p><strong>Salary:</strong> $17.25 – $20.40 per hour on"
              " the classified schedule; a $750 hard-to-fill stipend is paid in May.</p>",
         label=L("Special Education Paraprofessional", "Missouri Slope Public Schools", "Bismarck", "ND", "US",
                 "onsite", "part-time", None, H(17.25), H(20.40), "USD", "2026-11-06", "en")),
    dict(slug="tecnico-mantenimiento-leon", company="Curtidos y Suelas del Bajío S.A. de C.V.",
         title="Técnico de Mantenimiento Industrial",
         address={"addressLocality": "Irapuato", "addressRegion": "Gto.", "postalCode": "36615",
                  "addressCountry": "MX"},
         employment="FULL_TIME", posted="2026-11-09T07:30:00-06:00", salary=("MXN", "MONTH", 16000, 19000),
         text="<p>Planta de suelas y componentes para calzado con 480 colaboradores.</p><p><b>Actividades:</b>"
              " mantenimiento preventivo y correctivo a inyectoras, compresores y tableros eléctricos; llenado"
              " de órdenes de trabajo en SAP PM.</p><p><b>Requisitos:</b> carrera técnica en electromecánica y"
              " 2 años de experiencia en planta; disponibilidad para rolar turnos.</p><p><b>Ofrecemos:</b>"
              " sueldo mensual de $16,000 a $19,000 MXN, vales de despensa de $1,200 al mes, fondo de ahorro"
              " y bono de puntualidad.</p>",
         label=L("Técnico de Mantenimiento Industrial", "Curtidos y Suelas del Bajío S.A. de C.V.", "Irapuato", "Gto.",
                 "MX", "onsite", "full-time", "mid", M(16000), M(19000), "MXN", "2026-11-09", "es")),
    dict(slug="farmacista-collaboratore-parma", company="Farmacia Santa Croce di Parma S.n.c.",
         title="Farmacista collaboratore/collaboratrice",
         address={"addressLocality": "Parma", "addressRegion": "Emilia-Romagna", "postalCode": "43125",
                  "addressCountry": "IT"},
         employment="FULL_TIME", posted="2026-11-13T09:00:00+01:00",
         text="<p>Farmacia di quartiere con servizi di autoanalisi, CUP e telemedicina.</p><p><b>Mansioni:</b>"
              " dispensazione e consiglio al banco, preparazioni galeniche, gestione ordini e DPC.</p><p><b>"
              "Requisiti:</b> laurea in Farmacia o CTF e iscrizione all'Ordine; anche prima esperienza.</p><p>"
              "<b>Offriamo:</b> contratto CCNL Farmacie private, 1° livello, retribuzione annua lorda da 31.000 a 34.000 €, buoni"
              " pasto elettronici da 8 € e un incentivo annuale sulle vendite di parafarmaco.</p>",
         label=L("Farmacista collaboratore/collaboratrice", "Farmacia Santa Croce di Parma S.n.c.", "Parma",
                 "Emilia-Romagna", "IT", "onsite", "full-time", None, 31000, 34000, "EUR", "2026-11-13", "it")),
    dict(slug="qc-supervisor-packhouse-damanhur", company="Nile Delta Agro Exports S.A.E.",
         title="Quality Control Supervisor – Citrus Packhouse",
         address={"addressLocality": "Damanhur", "addressRegion": "Beheira Governorate", "addressCountry": "EG"},
         employment="FULL_TIME", posted="2026-11-16T10:00:00+02:00",
         text="<p>We pack and export 60,000 tonnes of oranges and grapes a year to the EU, the Gulf and"
              " Asia.</p><p><strong>Responsibilities:</strong> run inspection on the packing lines, residue and"
              " brix sampling, GlobalG.A.P. and BRCGS records, and pre-shipment checks with buyers'"
              " inspectors.</p><p><strong>Requirements:</strong> BSc in agriculture or food science and 3 years"
              " in a fruit packhouse.</p><p><strong>Package:</strong> attractive, according to experience;"
              " company transport from Alexandria or an allowance of EGP 1,500 a month, and a season-end bonus"
              " tied to the packhouse's rejection rate.</p>",
         label=L("Quality Control Supervisor – Citrus Packhouse", "Nile Delta Agro Exports S.A.E.", "Damanhur",
                 "Beheira Governorate", "EG", "onsite", "full-time", "mid", None, None, None, "2026-11-16", "en")),
    dict(slug="operador-empilhadeira-cascavel", company="Cooperativa Agroindustrial Vale do Iguaçu",
         title="Operador(a) de Empilhadeira – Armazém de Grãos",
         address={"addressLocality": "Cascavel", "addressRegion": "PR", "postalCode": "85818-560",
                  "addressCountry": "BR"},
         employment="FULL_TIME", posted="2026-11-19T08:00:00-03:00", salary=("BRL", "MONTH", 2650, 2650),
         text="<p>Cooperativa com 9 mil associados e unidades de recebimento de soja, milho e trigo no oeste do"
              " Paraná.</p><p><b>Atividades:</b> movimentação de big bags e paletes, carga e descarga de"
              " caminhões, controle de estoque no coletor.</p><p><b>Requisitos:</b> curso de operador de"
              " empilhadeira válido e 6 meses de experiência.</p><p><b>Oferecemos:</b> salário de R$ 2.650,00"
              " por mês, vale-alimentação de R$ 800, PLR e plano de saúde.</p>",
         label=L("Operador(a) de Empilhadeira – Armazém de Grãos", "Cooperativa Agroindustrial Vale do Iguaçu",
                 "Cascavel", "PR", "BR", "onsite", "full-time", "entry", M(2650), M(2650), "BRL", "2026-11-19", "pt")),
]

# ---------------------------------------------------------------- RSS / We Work Remotely (6)
RSS = [
    dict(slug="remote-telehealth-triage-nurse", company="Pinecrest Telehealth",
         title="Telehealth Triage Nurse (RN)", region="USA Only", country="United States", type="Full-Time",
         pub="Mon, 02 Nov 2026 15:00:00 GMT",
         text="<p>We answer after-hours nurse lines for 120 primary-care and paediatric practices.</p><p><strong>"
              "What you'll do:</strong> triage symptom calls with Schmitt-Thompson protocols, document in the"
              " practice's EHR and escalate to on-call physicians.</p><p><strong>You have:</strong> a compact"
              " RN license and 2 years of clinical nursing, ideally triage or ED.</p><p><strong>Pay:</strong>"
              " $38 – $44 per hour, an overnight differential of $3/hr and a $50 monthly internet stipend.</p>",
         label=L("Telehealth Triage Nurse (RN)", "Pinecrest Telehealth", None, None, "US", "remote", "full-time",
                 "mid", H(38), H(44), "USD", "2026-11-02", "en")),
    dict(slug="remote-management-accountant", company="Ledgerline Outsourced Finance",
         title="Management Accountant", region="South Africa Only", country="South Africa", type="Full-Time",
         pub="Thu, 05 Nov 2026 09:30:00 +0000",
         text="<p>We run the finance function for 70 South African hospitality and leisure businesses.</p><p><strong>Your"
              " work:</strong> month-end close, management packs, cash-flow forecasts and VAT returns for a"
              " portfolio of eight clients in Xero and Sage Intacct.</p><p><strong>You have:</strong> CIMA or"
              " SAICA (qualified or finalist) and 3 years in practice or industry.</p><p><strong>Salary:"
              "</strong> R420,000 – R480,000 per annum, with an R8,000 exam-pass bonus and an R500 a month"
              " home-working allowance.</p>",
         label=L("Management Accountant", "Ledgerline Outsourced Finance", None, None, "ZA", "remote", "full-time",
                 "mid", 420000, 480000, "ZAR", "2026-11-05", "en")),
    dict(slug="remote-conveyancing-clerk", company="Southern Cross Conveyancing",
         title="Conveyancing Clerk", region="Australia Only", country="Australia", type="Full-Time",
         pub="Tue, 10 Nov 2026 01:00:00 GMT",
         text="<p>A licensed conveyancing practice settling 1,800 residential transfers a year in NSW, Victoria"
              " and Queensland.</p><p><strong>The role:</strong> open files, order searches, prepare"
              " contracts and transfer documents and book settlements on PEXA.</p><p><strong>About you:"
              "</strong> a Certificate IV in Conveyancing or matching experience.</p><p><strong>Package:"
              "</strong> A$65,000 – A$72,000 plus superannuation, and a laptop and second screen sent to"
              " you.</p>",
         label=L("Conveyancing Clerk", "Southern Cross Conveyancing", None, None, "AU", "remote", "full-time", None,
                 65000, 72000, "AUD", "2026-11-10", "en")),
    dict(slug="vri-medical-interpreter-spanish", company="Andes Language Collective",
         title="Spanish–English Medical Interpreter (Video)", region="Anywhere in the World", country="",
         type="Contract", pub="Fri, 13 Nov 2026 14:00:00 GMT",
         text="<p>We provide video remote interpreting to hospitals and clinics in the US and Canada.</p>"
              "<p><strong>What you'll do:</strong> interpret consultations, consent discussions and discharge"
              " instructions by video, in shifts you book a week ahead.</p><p><strong>Requirements:</strong>"
              " CCHI or NBCMI certification (or a recognised equivalent) and a quiet, private workspace.</p>"
              "<p><strong>Rate:</strong> US$22 per hour logged in, paid monthly on your invoice.</p>",
         label=L("Spanish–English Medical Interpreter (Video)", "Andes Language Collective", None, None, None,
                 "remote", "contract", None, H(22), H(22), "USD", "2026-11-13", "en")),
    dict(slug="remote-claims-adjudicator-india", company="Kaveri Claims Services",
         title="Medical Claims Adjudicator", region="India Only", country="India", type="Full-Time",
         pub="Wed, 18 Nov 2026 06:30:00 GMT",
         text="<p>We process cashless and reimbursement health-insurance claims for TPAs and insurers.</p><p>"
              "<strong>Responsibilities:</strong> review hospital bills and discharge summaries, apply policy"
              " terms and tariffs, and flag suspect claims.</p><p><strong>Eligibility:</strong> BAMS, BHMS,"
              " B.Pharm or B.Sc Nursing with 1 year of claims or hospital experience.</p><p><strong>CTC:"
              "</strong> ₹3.6 – 4.8 lakh per annum, with a ₹1,000 monthly internet allowance.</p>",
         label=L("Medical Claims Adjudicator", "Kaveri Claims Services", None, None, "IN", "remote", "full-time",
                 "entry", 360000, 480000, "INR", "2026-11-18", "en")),
    dict(slug="freelance-grant-writer", company="Northwind Grants Studio", title="Freelance Grant Writer – Health and Food Programs",
         region="North America Only", country="United States", type="Contract",
         pub="Mon, 23 Nov 2026 17:00:00 GMT",
         text="<p>We write federal, state and foundation proposals for rural hospitals, tribal health programs"
              " and food banks.</p><p><strong>What you'll do:</strong> draft narratives, budgets and logic"
              " models, and manage deadlines with client teams.</p><p><strong>You have:</strong> 3 years of"
              " grant writing with awards you can show us.</p><p><strong>Compensation:</strong> paid per"
              " proposal, agreed on the first call. Our writers secured $14M in funding for clients last"
              " year, and proposals over $1M carry a $1,500 success fee.</p>",
         label=L("Freelance Grant Writer – Health and Food Programs", "Northwind Grants Studio", None, None, "US", "remote", "contract",
                 "mid", None, None, None, "2026-11-23", "en")),
]

# ---------------------------------------------------------------- Remote OK (6)
REMOTEOK = [
    dict(id="1850001", company="Corvid Health Analytics", position="Senior Clinical Data Analyst",
         location="United States", salary=(110000, 130000), date="2026-11-03T14:00:00+00:00",
         tags=["healthcare", "sql", "analytics"],
         text="<p>We measure quality and cost for 40 accountable care organisations.</p><p><strong>You"
              " will:</strong> build HEDIS and readmission measures from claims and EHR extracts, and present"
              " findings to physician leaders.</p><p><strong>You have:</strong> 5 years with healthcare data,"
              " strong SQL and Python.</p><p>Annual bonus of up to 10% and a $1,000 learning budget.</p>",
         label=L("Senior Clinical Data Analyst", "Corvid Health Analytics", None, None, "US", "remote", None,
                 "senior", 110000, 130000, "USD", "2026-11-03", "en")),
    dict(id="1850002", company="Tallis Tutors", position="Online GCSE Maths Tutor",
         location="United Kingdom", salary=(0, 0), date="2026-11-06T10:00:00+00:00",
         tags=["education", "tutoring", "part-time"],
         text="<p>We match secondary pupils with qualified tutors for weekly one-to-one lessons.</p><p><strong>"
              "The role:</strong> part-time, evenings and weekends, 6–15 hours a week, teaching Foundation and"
              " Higher GCSE Maths on our whiteboard platform.</p><p><strong>You have:</strong> QTS or a maths"
              " degree and an enhanced DBS.</p><p>£28 per hour of tutoring, paid monthly; a £50 bonus for each"
              " pupil you refer who stays a term.</p>",
         label=L("Online GCSE Maths Tutor", "Tallis Tutors", None, None, "GB", "remote", "part-time", None, H(28),
                 H(28), "GBP", "2026-11-06", "en")),
    dict(id="1850003", company="Lantern Subtitling", position="Subtitle Quality Checker (Korean)",
         location="Worldwide", salary=(0, 0), date="2026-11-09T03:00:00+00:00",
         tags=["media", "localization", "korean"],
         text="<p>We subtitle drama series and documentaries for streaming platforms in 30 languages.</p><p>"
              "<strong>What you'll do:</strong> check Korean-to-English subtitle files for accuracy, timing and"
              " style-guide compliance.</p><p><strong>You need:</strong> native-level Korean and English.</p>"
              "<p>Contractor role, USD 2,000 – 2,600 per month for a full load, invoiced monthly.</p>",
         label=L("Subtitle Quality Checker (Korean)", "Lantern Subtitling", None, None, None, "remote", "contract",
                 None, M(2000), M(2600), "USD", "2026-11-09", "en")),
    dict(id="1850004", company="Brückenwerk Software GmbH", position="Customer Success Manager (German-speaking)",
         location="Austria", salary=(0, 0), date="2026-11-12T08:00:00+00:00",
         tags=["saas", "customer success", "german"],
         text="<p>Scheduling software for 2,400 Austrian craft businesses: electricians, plumbers and roofers.</p><p>"
              "<strong>You will:</strong> onboard new customers, run training calls and reduce churn in your"
              " book of 180 accounts.</p><p><strong>You have:</strong> fluent German and 2 years in customer"
              " success or account management.</p><p>55.000 – 65.000 € brutto im Jahr, plus a variable part of"
              " up to 6.000 € and a 1.000 € home-office budget.</p>",
         label=L("Customer Success Manager (German-speaking)", "Brückenwerk Software GmbH", None, None, "AT",
                 "remote", None, "mid", 55000, 65000, "EUR", "2026-11-12", "en")),
    dict(id="1850005", company="Kalev Ledger OÜ", position="Backend Developer (Go)",
         location="Estonia", salary=(0, 0), date="2026-11-17T09:00:00+00:00",
         tags=["go", "backend", "fintech"],
         text="<p>Invoice financing for small exporters in the Baltics and Finland.</p><p><strong>You will:"
              "</strong> build payment and ledger services in Go on Postgres and Kafka.</p><p><strong>You have:"
              "</strong> 3 years of backend development.</p><p>€4,200 – €5,500 gross per month, stock options"
              " and a €1,200 yearly sports and health allowance.</p>",
         label=L("Backend Developer (Go)", "Kalev Ledger OÜ", None, None, "EE", "remote", None, "mid", M(4200),
                 M(5500), "EUR", "2026-11-17", "en")),
    dict(id="1850006", company="Baobab Learning", position="Curriculum Designer (Primary Science)",
         location="Nigeria", salary=(0, 0), date="2026-11-21T11:00:00+00:00",
         tags=["education", "curriculum", "contract"],
         text="<p>We make low-data science lessons for 3,000 primary schools in Nigeria and Ghana.</p><p>"
              "<strong>The work:</strong> write lesson plans, experiments with household materials and"
              " teacher guides, on a six-month contract.</p><p><strong>You have:</strong> 2 years of primary"
              " teaching or curriculum work.</p><p>A monthly retainer agreed at interview. We add a ₦150,000"
              " data and power allowance, and the project is funded by a ₦420 million foundation grant.</p>",
         label=L("Curriculum Designer (Primary Science)", "Baobab Learning", None, None, "NG", "remote", "contract",
                 "mid", None, None, None, "2026-11-21", "en")),
]

# ---------------------------------------------------------------- JobSpy (6)
JOBSPY = [
    dict(id="in-d4e5f6a7b8c91501", site="indeed", title="Warehouse Associate - Overnight",
         company="Prairie State Fulfillment", location="Minooka, IL", date="2026-11-04", job_type="fulltime",
         remote=False, pay=("hourly", 19.5, 21, "USD"),
         text="**Prairie State Fulfillment** ships online orders for home-goods and pet-supply brands from a"
              " 600,000 sq ft building off I-80.\n\n**What you'll do**\n\n* Pick, pack and sort orders with RF"
              " scanners\n* Load trailers and keep the dock clear\n* Work Sunday-Thursday, 10pm - 6:30am\n\n"
              "**Requirements**\n\n* 18+, able to lift 50 lbs\n\n**Pay & benefits**\n\n* $19.50 - $21.00 per"
              " hour\n* $1.50/hr overnight premium and peak-season bonus of $600\n* Medical from day 31",
         label=L("Warehouse Associate - Overnight", "Prairie State Fulfillment", "Minooka", "IL", "US", "onsite",
                 "full-time", None, H(19.5), H(21), "USD", "2026-11-04", "en")),
    dict(id="li-4957702502", site="linkedin", title="Conveyancing Solicitor", company="Halloran Whitby LLP",
         location="Taunton, England, United Kingdom", date="2026-11-08", job_type="fulltime", remote=False,
         level="Mid-Senior level",
         text="Halloran Whitby is a 60-lawyer regional firm with offices in Taunton and Bridgwater.\n\nWe are looking"
              " for a residential conveyancing solicitor to run a caseload of freehold and leasehold sales,"
              " purchases and remortgages from instruction to completion.\n\nYou will have 2+ years' PQE and"
              " CQS experience.\n\nSalary £45,000 - £55,000 DOE, a fee-based bonus paid quarterly, 25 days'"
              " holiday and hybrid working after probation.",
         label=L("Conveyancing Solicitor", "Halloran Whitby LLP", "Taunton", "England", "GB", "onsite", "full-time",
                 "mid", 45000, 55000, "GBP", "2026-11-08", "en")),
    dict(id="in-e5f6a7b8c9d01503", site="indeed", title="Early Childhood Educator – Toddler Room (ECE II)",
         company="Riverbend Children's Centre", location="Prince Albert, SK", date="2026-11-11", job_type="fulltime",
         remote=False, pay=("hourly", 21, 25, "CAD"),
         text="**Riverbend Children's Centre** is a non-profit, 90-space centre beside Kinsmen"
              " Park.\n\n**Responsibilities**\n\n* Plan play-based programming for the toddler room\n"
              "* Keep daily records and talk with families\n\n**Qualifications**\n\n* ECE Level II certificate"
              " from the Ministry of Education\n* First Aid/CPR\n\n**Wage**\n\n* $21.00 - $25.00 per hour"
              " including the provincial wage enhancement\n* $300 a year for professional development",
         label=L("Early Childhood Educator – Toddler Room (ECE II)", "Riverbend Children's Centre", "Prince Albert", "SK", "CA",
                 "onsite", "full-time", "mid", H(21), H(25), "CAD", "2026-11-11", "en")),
    dict(id="in-f6a7b8c9d0e11504", site="indeed", title="ICU Nurse (GNM / B.Sc Nursing)",
         company="Periyar Multispeciality Hospital", location="Thrissur, Kerala", date="2026-11-31",
         job_type="fulltime", remote=False, pay=("yearly", 300000, 420000, "INR"),
         text="**Periyar Multispeciality Hospital** is a 350-bed NABH-accredited hospital in Thrissur.\n\n"
              "**Job description**\n\n* Care for ventilated and post-operative patients in the 24-bed"
              " medical-surgical ICU\n* Rotating shifts including nights\n\n**Requirements**\n\n* GNM or B.Sc"
              " Nursing with Kerala Nursing Council registration\n* Minimum 1 year of ICU experience\n\n"
              "**Salary**\n\n* ₹3,00,000 - ₹4,20,000 per year, free hostel for the first six months",
         label=L("ICU Nurse (GNM / B.Sc Nursing)", "Periyar Multispeciality Hospital", "Thrissur", "Kerala", "IN",
                 "onsite", "full-time", "entry", 300000, 420000, "INR", None, "en")),
    dict(id="li-4957702505", site="linkedin", title="Conducteur de travaux VRD (H/F)",
         company="Terrassements Sèvre et Loire", location="Saint-Nazaire, Pays de la Loire, France", date="2026-11-20",
         job_type="fulltime", remote=False, level="Confirmé",
         text="Terrassements Sèvre et Loire réalise des travaux de voirie, réseaux secs et humides pour les"
              " collectivités et les promoteurs de Loire-Atlantique.\n\nVous préparez et pilotez 4 à 6"
              " chantiers en parallèle : planning, commandes, sous-traitants et suivi financier.\n\nBac+2/3 en"
              " travaux publics et 5 ans d'expérience en conduite de travaux VRD.\n\nRémunération : 42 000 € à"
              " 50 000 € bruts annuels sur 13 mois, véhicule de fonction, prime d'intéressement et"
              " tickets-restaurant.",
         label=L("Conducteur de travaux VRD (H/F)", "Terrassements Sèvre et Loire", "Saint-Nazaire", "Pays de la Loire",
                 "FR", "onsite", "full-time", "senior", 42000, 50000, "EUR", "2026-11-20", "fr")),
    dict(id="gd-1009384501506", site="glassdoor", title="Registered Nurse - Residential Aged Care",
         company="Jacaranda Grove Aged Care", location="Warwick QLD 4370", date="2026-11-25",
         job_type="parttime", remote=False,
         text="Jacaranda Grove is a 110-bed not-for-profit aged care home on the Southern Downs.\n\nAs an RN you will lead"
              " care on the floor for two wings, oversee medication rounds, wound care and clinical"
              " assessments, and support our AINs and ENs.\n\nCurrent AHPRA registration; graduates"
              " welcome.\n\nPay as per the Nurses and Midwives (Aged Care) Award. Part-time 0.8 FTE. A $2,000"
              " sign-on bonus, salary packaging up to $15,900 a year and free onsite parking.",
         label=L("Registered Nurse - Residential Aged Care", "Jacaranda Grove Aged Care", "Warwick", "QLD", "AU",
                 "onsite", "part-time", None, None, None, None, "2026-11-25", "en")),
]

# ---------------------------------------------------------------- file: JSON Lines (6)
FILE = [
    dict(external_id="ie-clerical-01", title="Clerical Officer – Housing Section",
         company="Mayo County Council", locations=["Castlebar, Co. Mayo"], employment="Full-time",
         posted="2026-11-05",
         text="Mayo County Council invites applications for Clerical Officers to form a panel for the Housing"
              " Section at Áras an Chontae. You will process housing applications and grant payments, answer"
              " public queries at the counter and by phone, and keep records on the iHouse system. You have"
              " a Leaving Certificate (five passes) or equivalent and good computer skills. Salary: €29,647 –"
              " €46,150 per annum on the Clerical Officer scale; new entrants start at the first point. The"
              " post is pensionable, with 22 days' annual leave and flexible working.",
         label=L("Clerical Officer – Housing Section", "Mayo County Council", "Castlebar", "Co. Mayo", "IE",
                 "onsite", "full-time", None, 29647, 46150, "EUR", "2026-11-05", "en")),
    dict(external_id="es-fisio-02", title="Fisioterapeuta – clínica de traumatología",
         company="Centre de Fisioteràpia Túria", locations=["València, Comunitat Valenciana"],
         employment="Full-time", posted="2026-11-09T09:00:00+01:00",
         salary={"salary_min": 1700, "salary_max": 2000, "salary_currency": "EUR", "salary_period": "month"},
         text="Clínica de fisioterapia con 9 profesionales, especializada en traumatología deportiva y suelo"
              " pélvico. Buscamos fisioterapeuta para tratamientos individuales, punción seca y ejercicio"
              " terapéutico. Grado en Fisioterapia y colegiación en el ICOFCV; valoraremos máster en"
              " terapia manual. Contrato indefinido a jornada completa, 1.700 – 2.000 € brutos mensuales"
              " en 12 pagas, más un incentivo por sesiones a partir de 120 al mes y 500 € anuales de"
              " formación.",
         label=L("Fisioterapeuta – clínica de traumatología", "Centre de Fisioteràpia Túria", "València",
                 "Comunitat Valenciana", "ES", "onsite", "full-time", None, M(1700), M(2000), "EUR", "2026-11-09",
                 "es")),
    dict(external_id="pl-kierowca-03", title="Kierowca C+E – chłodnia, trasy po Polsce",
         company="Chłodnie Konińskie Trans Sp. z o.o.", locations=["Konin, wielkopolskie"], employment="Full-time",
         posted="2026-11-12",
         text="Przewozimy chłodnie z żywnością dla sieci handlowych na terenie całej Polski. Szukamy"
              " kierowcy na trasy krajowe w systemie 5/2, z powrotami na bazę w weekendy. Wymagamy prawa"
              " jazdy kat. C+E, kwalifikacji zawodowej i karty kierowcy. Oferujemy umowę o pracę,"
              " wynagrodzenie 9 500 – 11 000 zł netto miesięcznie (z dietami), nowe ciągniki z 2025 roku"
              " i premię za ekonomiczną jazdę do 600 zł.",
         label=L("Kierowca C+E – chłodnia, trasy po Polsce", "Chłodnie Konińskie Trans Sp. z o.o.", "Konin", "wielkopolskie", "PL",
                 "onsite", "full-time", None, M(9500), M(11000), "PLN", "2026-11-12", "pl")),
    dict(external_id="ch-fabe-04", title="Fachperson Betreuung Kind EFZ (80 %)", company="Kita Sonnenberg",
         locations=["8570 Weinfelden"], employment="Part-time", posted="2026-11-16",
         text="Die Kita Sonnenberg betreut 44 Kinder in drei altersgemischten Gruppen. Du begleitest die Kinder"
              " im Alltag, planst Aktivitäten und führst Elterngespräche. Du hast einen Abschluss als"
              " Fachperson Betreuung Kind EFZ und Freude an der Arbeit im Team. Wir bieten einen Monatslohn bei"
              " 100 % von CHF 5'000 bis 5'600, 13 Monatslöhne, fünf Wochen Ferien und einen Beitrag von CHF 1'000"
              " pro Jahr an Weiterbildungen.",
         label=L("Fachperson Betreuung Kind EFZ (80 %)", "Kita Sonnenberg", "Weinfelden", None, "CH", "onsite",
                 "part-time", None, M(5000, 13), M(5600, 13), "CHF", "2026-11-16", "de")),
    dict(external_id="cl-tens-05", title="Técnico en Enfermería de Nivel Superior (TENS) – Pabellón",
         company="Clínica Los Andes del Sur", locations=["Puerto Montt, Los Lagos"], employment="Full-time",
         posted="2026-11-20",
         text="Clínica privada de 120 camas en Puerto Montt. Buscamos TENS para pabellón quirúrgico en sistema"
              " de cuarto turno. Requisitos: título de TENS, registro en la Superintendencia de Salud y curso"
              " de IAAS vigente. Ofrecemos contrato indefinido, renta líquida de $780.000 a $850.000 mensuales,"
              " bono de turno y aguinaldo de Fiestas Patrias y Navidad.",
         label=L("Técnico en Enfermería de Nivel Superior (TENS) – Pabellón", "Clínica Los Andes del Sur",
                 "Puerto Montt", "Los Lagos", "CL", "onsite", "full-time", None, M(780000), M(850000), "CLP",
                 "2026-11-20", "es")),
    dict(external_id="se-buss-06", title="Bussförare – stads- och regiontrafik", company="Mälarbuss AB",
         locations=["Köping, Västmanlands län"], employment="Full-time", posted="2026-11-24",
         text="Mälarbuss kör stads- och regionbussar i Köping med 60 förare. Som bussförare kör du"
              " linjetrafik enligt schema, hjälper resenärer och gör daglig fordonskontroll. Du har körkort"
              " med behörighet D och yrkeskompetensbevis, eller vill ta det: vi bekostar utbildningen, värd"
              " cirka 60 000 kr. Lön enligt Bussbranschavtalet, OB-tillägg på kvällar och helger och"
              " friskvårdsbidrag på 3 500 kr om året.",
         label=L("Bussförare – stads- och regiontrafik", "Mälarbuss AB", "Köping", "Västmanlands län", "SE", "onsite",
                 "full-time", None, None, None, None, "2026-11-24", "sv")),
]

# ---------------------------------------------------------------- Workday (6; posted dates against 2026-12-01)
WORKDAY = [
    dict(company="Maumee Bay Regional Water Authority", path="Water-Treatment-Plant-Operator-II_R-2611-204",
         title="Water Treatment Plant Operator II", location="Toledo, OH", country="United States of America",
         remote="On-site", time="Full time", posted_on="Posted Today",
         text="<p><b>Position Summary</b></p><p>Operate and monitor a 120 MGD surface-water treatment plant"
              " on rotating 12-hour shifts, including chemical feed, filtration and ozone systems.</p><p><b>"
              "Essential Functions</b></p><ul><li>Collect and analyse samples; adjust coagulant and chlorine"
              " dosing</li><li>Record readings in the SCADA log and the monthly operating report</li><li>"
              "Perform minor maintenance and lockout/tagout</li></ul><p><b>Minimum Qualifications</b></p><ul>"
              "<li>Ohio Class II Water Supply operator certificate</li><li>High school diploma</li></ul><p><b>"
              "Compensation</b></p><p>Pay grade W7: $29.14 &ndash; $36.02 hourly. Shift differential of"
              " $1.10/hr, an $800 annual certification premium and OPERS pension.</p>",
         label=L("Water Treatment Plant Operator II", "Maumee Bay Regional Water Authority", "Toledo", "OH", "US",
                 "onsite", "full-time", "mid", H(29.14), H(36.02), "USD", "2026-12-01", "en")),
    dict(company="Solent Shores Community Health NHS Trust", path="Community-Nurse-District-Nursing_R0041887",
         title="Community Nurse – District Nursing Team", location="Portsmouth", country="United Kingdom",
         remote="On-site", time="Full time", posted_on="Posted 2 Days Ago",
         text="<p><b>Job overview</b></p><p>Join our Portsmouth North district nursing team visiting"
              " housebound patients for wound care, palliative care, catheter care and diabetes"
              " management.</p><p><b>Main duties</b></p><ul><li>Manage your own daily caseload</li><li>Assess"
              " and plan care with GPs and social care</li><li>Support student nurses</li></ul><p><b>Person"
              " specification</b></p><ul><li>NMC registered nurse (adult)</li><li>A full driving licence and"
              " access to a car</li></ul><p><b>Pay</b></p><p>Band 5: &pound;31,049 &ndash; &pound;37,796 per"
              " annum. Mileage is paid at the Agenda for Change rate and a lease car scheme is"
              " available.</p>",
         label=L("Community Nurse – District Nursing Team", "Solent Shores Community Health NHS Trust", "Portsmouth",
                 None, "GB", "onsite", "full-time", None, 31049, 37796, "GBP", "2026-11-29", "en")),
    dict(company="Donaulogistik Regensburg SE", path="Disponent-in-Nahverkehr_JR-7731",
         title="Disponent:in Nahverkehr (m/w/d)", location="Regensburg", country="Germany",
         remote="On-site", time="Vollzeit", posted_on="Posted 6 Days Ago",
         text="<p><b>Ihre Aufgaben</b></p><ul><li>Tourenplanung für 45 Lkw im Nahverkehr Ostbayern</li><li>"
              "Abstimmung mit Kund:innen, Lager und Fahrer:innen</li><li>Kontrolle von Lenk- und Ruhezeiten</li>"
              "</ul><p><b>Ihr Profil</b></p><ul><li>Ausbildung als Kaufmann/-frau für Spedition und"
              " Logistikdienstleistung</li><li>Mindestens 2 Jahre Erfahrung in der Disposition</li></ul><p><b>"
              "Wir bieten</b></p><p>Vergütung nach Tarifvertrag Spedition und Logistik Bayern, Gehaltsgruppe"
              " 6: 3.280 € brutto im Monat, dazu Urlaubsgeld, eine Erfolgsprämie von bis zu 1.500 € im Jahr"
              " und ein Deutschlandticket als Jobticket.</p>",
         label=L("Disponent:in Nahverkehr (m/w/d)", "Donaulogistik Regensburg SE", "Regensburg", None, "DE",
                 "onsite", "full-time", "mid", M(3280), M(3280), "EUR", "2026-11-25", "de")),
    dict(company="Qu'Appelle Valley Health Authority", path="Medical-Laboratory-Technologist_REQ-55621",
         title="Medical Laboratory Technologist", location="Moose Jaw, SK", country="Canada",
         remote="On-site", time="Full time", posted_on="Posted 30+ Days Ago",
         text="<p><b>About the role</b></p><p>Perform chemistry, haematology and transfusion testing in our"
              " core laboratory, on a rotation of days, evenings and nights.</p><p><b>Qualifications</b></p>"
              "<ul><li>Registration with the Saskatchewan Society of Medical Laboratory Technologists</li><li>"
              "CSMLS general certification</li></ul><p><b>Compensation</b></p><p>$38.46 &ndash; $48.10 per"
              " hour under the HSAS collective agreement. Shift premiums apply, and a $10,000 rural and"
              " remote incentive is available for postings outside Moose Jaw.</p>",
         label=L("Medical Laboratory Technologist", "Qu'Appelle Valley Health Authority", "Moose Jaw", "SK", "CA",
                 "onsite", "full-time", None, H(38.46), H(48.10), "CAD", None, "en")),
    dict(company="Hokkaido Kizuna Care Co., Ltd.", path="Kaigo-Shokuin-Seishain_R-1120",
         title="特養 介護職員（正社員・夜勤あり）", location="北海道函館市", country="Japan",
         remote="On-site", time="Full time", posted_on="Posted 4 Days Ago",
         text="<p><b>仕事内容</b></p><p>特別養護老人ホーム（定員80名）での食事・入浴・排泄の介助、"
              "レクリエーションの企画、記録の入力。</p><p><b>応募資格</b></p><ul><li>介護職員初任者研修以上</li>"
              "<li>夜勤に対応できる方</li></ul><p><b>給与</b></p><p>月給 22万円～26万円（夜勤手当 1回6,000円は"
              "別途支給）、賞与年2回、交通費支給（上限3万円）。</p>",
         label=L("特養 介護職員（正社員・夜勤あり）", "Hokkaido Kizuna Care Co., Ltd.", "函館市", "北海道", "JP", "onsite",
                 "full-time", None, M(220000), M(260000), "JPY", "2026-11-27", "ja")),
    dict(company="Coromandel Fine Chemicals Ltd", path="Production-Chemist-API_JR-30915",
         title="Production Chemist – API Plant", location="Visakhapatnam, Andhra Pradesh", country="India",
         remote="On-site", time="Full time", posted_on="Posted Yesterday",
         text="<p><b>Job Description</b></p><ul><li>Run batch reactions, centrifuges and dryers in our"
              " USFDA-approved API block</li><li>Keep BMRs and log books to cGMP</li><li>Work in rotating"
              " shifts</li></ul><p><b>Qualifications</b></p><ul><li>B.Sc or M.Sc Chemistry with 2&ndash;5 years"
              " in API manufacturing</li></ul><p><b>Compensation</b></p><p>Salary best in the industry for the right candidate. Shift"
              " allowance of &#8377;3,000 a month, an annual performance bonus and company transport from"
              " Gajuwaka.</p>",
         label=L("Production Chemist – API Plant", "Coromandel Fine Chemicals Ltd", "Visakhapatnam",
                 "Andhra Pradesh", "IN", "onsite", "full-time", "mid", None, None, None, "2026-11-30", "en")),
]

# ---------------------------------------------------------------- Workable (6, three accounts)
WORKABLE = [
    ("Algarve Sol Resorts", "<p>Three family resorts on the Algarve coast.</p>", [
        dict(code="F3A4B5C015", title="Rececionista – Resort 4 estrelas", employment="Full-time", city="Albufeira",
             region="Faro", country="Portugal", published="2026-11-06", experience="",
             text="<p>Resort de 4 estrelas com 260 quartos e um aldeamento de apartamentos.</p><p><strong>"
                  "Funções</strong></p><ul><li>Check-in e check-out em Protel</li><li>Reservas, pedidos dos"
                  " hóspedes e caixa</li></ul><p><strong>Requisitos</strong></p><ul><li>Inglês fluente; alemão"
                  " ou francês é uma vantagem</li></ul><p><strong>Oferecemos</strong></p><p>Contrato sem termo,"
                  " €1,050 brutos por mês pagos 14 vezes por ano, subsídio de alimentação de €7,50 por dia e"
                  " alojamento nos primeiros três meses.</p>",
             label=L("Rececionista – Resort 4 estrelas", "Algarve Sol Resorts", "Albufeira", "Faro", "PT", "onsite",
                     "full-time", None, M(1050, 14), M(1050, 14), "EUR", "2026-11-06", "pt")),
        dict(code="F3A4B5C016", title="Housekeeping Supervisor", employment="Full-time", city="Lagos",
             region="Faro", country="Portugal", published="2026-11-31", experience="",
             text="<p>Our Lagos resort has 180 rooms and 40 villas.</p><p><strong>Duties</strong></p><ul><li>"
                  "Plan and check the work of 25 room attendants</li><li>Linen, minibar and lost-property"
                  " control</li></ul><p><strong>Requirements</strong></p><ul><li>2 years supervising"
                  " housekeeping in a 4- or 5-star hotel</li></ul><p><strong>We offer</strong></p><p>€1,250"
                  " gross monthly, paid 14 times a year, meal allowance and a €400 bonus for a 90%"
                  " guest-satisfaction score.</p>",
             label=L("Housekeeping Supervisor", "Algarve Sol Resorts", "Lagos", "Faro", "PT", "onsite",
                     "full-time", "mid", M(1250, 14), M(1250, 14), "EUR", None, "en")),
    ]),
    ("Cascade Dental Collective", "<p>Family and cosmetic dentistry in the Inland Northwest.</p>", [
        dict(code="F3A4B5C017", title="Expanded Function Dental Assistant (EFDA)", employment="Full-time",
             city="Spokane Valley", region="Washington", country="United States", published="2026-11-10",
             experience="",
             text="<p>A six-chair practice in Spokane Valley with digital scanning and same-day crowns.</p><p>"
                  "<strong>What you'll do</strong></p><ul><li>Place and finish restorations after"
                  " preparation</li><li>Take impressions, radiographs and scans</li></ul><p><strong>You have"
                  "</strong></p><ul><li>Washington EFDA license</li></ul><p><strong>Pay</strong></p><p>$24 -"
                  " $30/hr depending on experience, a monthly production bonus and $1,000 a year for"
                  " CE.</p>",
             label=L("Expanded Function Dental Assistant (EFDA)", "Cascade Dental Collective", "Spokane Valley", "WA",
                     "US", "onsite", "full-time", None, H(24), H(30), "USD", "2026-11-10", "en")),
        dict(code="F3A4B5C018", title="Dental Office Manager", employment="Full-time", city="Coeur d'Alene",
             region="Idaho", country="United States", published="2026-11-19", experience="",
             text="<p>Run the front office of our Coeur d'Alene practice: scheduling, insurance, collections and a"
                  " team of four.</p><p><strong>Requirements</strong></p><ul><li>3 years managing a dental"
                  " office; Dentrix or Eaglesoft</li></ul><p><strong>Benefits</strong></p><p>Salary discussed"
                  " at interview. The practice pays a $1,500 annual CE allowance to clinical staff, a"
                  " collections bonus pool of 1% over target and 401(k) with profit sharing.</p>",
             label=L("Dental Office Manager", "Cascade Dental Collective", "Coeur d'Alene", "ID", "US", "onsite",
                     "full-time", "mid", None, None, None, "2026-11-19", "en")),
    ]),
    ("Jadran Marina Services d.o.o.", "<p>Marina services and yacht charter in Dalmatia.</p>", [
        dict(code="F3A4B5C019", title="Marine Engine Mechanic", employment="Full-time", city="Split",
             region="Split-Dalmatia", country="Croatia", published="2026-11-13", experience="",
             text="<p>We service 600 yachts a year in Split and Kaštela.</p><p><strong>Duties</strong></p><ul>"
                  "<li>Service and repair Volvo Penta and Yanmar diesel engines and saildrives</li><li>Winter"
                  " lay-up and spring commissioning</li></ul><p><strong>Requirements</strong></p><ul><li>2"
                  " years as a marine or diesel mechanic</li></ul><p><strong>We offer</strong></p><p>€1,600 –"
                  " €1,900 net per month, a €500 Christmas bonus and a paid hot lunch.</p>",
             label=L("Marine Engine Mechanic", "Jadran Marina Services d.o.o.", "Split", "Split-Dalmatia", "HR",
                     "onsite", "full-time", "mid", M(1600), M(1900), "EUR", "2026-11-13", "en")),
        dict(code="F3A4B5C020", title="Charter Base Coordinator – Season 2027", employment="Contract",
             city="Šibenik", region="Šibenik-Knin", country="Croatia", published="2026-11-26", experience="",
             text="<p>Our Šibenik base turns around 45 charter yachts every Saturday from April to"
                  " October.</p><p><strong>Duties</strong></p><ul><li>Check-ins, briefings and check-outs"
                  " with skippers</li><li>Coordinate cleaners and technicians on turnaround days</li></ul><p>"
                  "<strong>Requirements</strong></p><ul><li>A skipper licence and 1 year in charter or"
                  " hospitality</li></ul><p><strong>We offer</strong></p><p>€2,000 net per month for the"
                  " season, accommodation in Šibenik and a tips share.</p>",
             label=L("Charter Base Coordinator – Season 2027", "Jadran Marina Services d.o.o.", "Šibenik",
                     "Šibenik-Knin", "HR", "onsite", "contract", "entry", M(2000), M(2000), "EUR", "2026-11-26",
                     "en")),
    ]),
]

# ---------------------------------------------------------------- SmartRecruiters (6)
SMARTRECRUITERS = [
    dict(company="Ortofrutta Padana S.p.A.", id="779150100000001", title="Magazziniere/a carrellista",
         city="Lodi", region="Lombardia", country="it", full="Lodi, Lombardia, Italy",
         released="2026-11-03T08:00:00.000Z", employment="Full-time", experience="Entry Level",
         sections=[("companyDescription", "Company Description",
                    "<p>Piattaforma logistica per frutta e verdura che rifornisce 400 supermercati del Nord"
                    " Italia.</p>"),
                   ("jobDescription", "Job Description",
                    "<p>Carico e scarico merci con carrello elevatore e transpallet elettrico, preparazione"
                    " ordini in cella frigorifera e controllo della merce in arrivo.</p>"),
                   ("qualifications", "Qualifications",
                    "<p>Patentino per carrelli elevatori, disponibilità ai turni notturni.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>CCNL Logistica, Trasporto Merci e Spedizione, livello 5°, 1.650 € lordi al mese su 14"
                    " mesi, maggiorazione notturna del 30% e indennità di cella di 60 € al mese.</p>")],
         label=L("Magazziniere/a carrellista", "Ortofrutta Padana S.p.A.", "Lodi", "Lombardia", "IT",
                 "onsite", "full-time", "entry", M(1650, 14), M(1650, 14), "EUR", "2026-11-03", "it")),
    dict(company="Keystone Outfitters Inc.", id="779150100000002", title="Store Manager – Outdoor Retail",
         city="Altoona", region="PA", country="us", full="Altoona, PA, United States",
         released="2026-11-07T14:00:00.000Z", employment="Full-time", experience="Mid-Senior Level",
         sections=[("companyDescription", "Company Description",
                    "<p>Hunting, fishing and camping stores in 32 towns across Pennsylvania and Ohio.</p>"),
                   ("jobDescription", "Job Description",
                    "<p>Run a 22,000 sq ft store with 25 associates: staffing, inventory, the firearms counter's"
                    " compliance and the store P&amp;L.</p>"),
                   ("qualifications", "Qualifications",
                    "<p>3 years managing a retail store or department; weekend availability.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>$58,000 – $66,000 annually, plus a quarterly bonus of up to 15% of base and a 30%"
                    " employee discount.</p>")],
         label=L("Store Manager – Outdoor Retail", "Keystone Outfitters Inc.", "Altoona", "PA", "US", "onsite", "full-time", "mid",
                 58000, 66000, "USD", "2026-11-07", "en")),
    dict(company="Hospital Alto da Sé Saúde S.A.", id="779150100000003", title="Enfermeiro(a) UTI Adulto",
         city="Olinda", region="PE", country="br", full="Olinda, PE, Brazil",
         released="2026-11-11T12:00:00.000Z", employment="Full-time", experience="Associate",
         sections=[("companyDescription", "Company Description",
                    "<p>Hospital geral com 280 leitos e 40 leitos de UTI em Olinda.</p>"),
                   ("jobDescription", "Job Description",
                    "<p>Assistência a pacientes críticos, sistematização da assistência de enfermagem e"
                    " supervisão dos técnicos de enfermagem no plantão 12x36.</p>"),
                   ("qualifications", "Qualifications",
                    "<p>Graduação em Enfermagem, COREN-PE ativo e 1 ano de experiência em UTI.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Salário de R$ 6.100 por mês, adicional de insalubridade de 20% e adicional noturno,"
                    " vale-refeição e plano de saúde.</p>")],
         label=L("Enfermeiro(a) UTI Adulto", "Hospital Alto da Sé Saúde S.A.", "Olinda", "PE", "BR", "onsite",
                 "full-time", "entry", M(6100), M(6100), "BRL", "2026-11-11", "pt")),
    dict(company="Quincaillerie Meuse & Ourthe SRL", id="779150100000004", title="Caissier(ère) – temps partiel",
         city="Verviers", region="Wallonie", country="be", full="Verviers, Wallonie, Belgium",
         released="2026-11-15T15:00:00.000Z", employment="Part-time", experience="Entry Level",
         sections=[("companyDescription", "Company Description",
                    "<p>Quincaillerie et centre de rénovation familial depuis 1962.</p>"),
                   ("jobDescription", "Job Description",
                    "<p>Accueil des clients à la caisse, retours et échanges, commandes téléphoniques et"
                    " entretien de la surface de vente. 15 à 25 heures par semaine, soirs et fins de"
                    " semaine.</p>"),
                   ("qualifications", "Qualifications",
                    "<p>Aucune expérience requise; français courant, néerlandais de base.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>14,80 € brut de l'heure, prime de 1 € l'heure le dimanche et 20 % de rabais employé.</p>")],
         label=L("Caissier(ère) – temps partiel", "Quincaillerie Meuse & Ourthe SRL", "Verviers", "Wallonie", "BE", "onsite",
                 "part-time", "entry", H(14.80), H(14.80), "EUR", "2026-11-15", "fr")),
    dict(company="Carpatica Auto Components SRL", id="779150100000005", title="Inginer Calitate Furnizori",
         city="Mediaș", region="Sibiu", country="ro", full="Mediaș, Sibiu, Romania",
         released="2026-11-18T07:00:00.000Z", employment="Full-time", experience="Mid-Senior Level",
         sections=[("companyDescription", "Company Description",
                    "<p>Producem cablaje și componente din plastic pentru constructori auto europeni.</p>"),
                   ("jobDescription", "Job Description",
                    "<p>Audituri la furnizori, PPAP, gestionarea reclamațiilor 8D și urmărirea indicatorilor"
                    " de calitate.</p>"),
                   ("qualifications", "Qualifications",
                    "<p>Studii tehnice superioare, 3 ani în calitate în industria auto, engleză"
                    " avansat.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Salariu brut 8.500 – 10.000 lei/lună, tichete de masă de 40 lei pe zi și bonus anual"
                    " de performanță.</p>")],
         label=L("Inginer Calitate Furnizori", "Carpatica Auto Components SRL", "Mediaș", "Sibiu", "RO", "onsite",
                 "full-time", "mid", M(8500), M(10000), "RON", "2026-11-18", "ro")),
    dict(company="Helix Cell Therapies", id="779150100000006", title="Laboratory Technician – Cell Culture",
         city="Worcester", region="Massachusetts", country="gb", full="Worcester, Massachusetts, United Kingdom",
         released="2026-11-23T16:00:00.000Z", employment="Full-time", experience="Entry Level",
         sections=[("companyDescription", "Company Description",
                    "<p>We develop autologous CAR-T therapies for solid tumours.</p>"),
                   ("jobDescription", "Job Description",
                    "<p>Maintain cell lines, prepare media and reagents, and support process-development runs"
                    " in a GMP-like lab.</p>"),
                   ("qualifications", "Qualifications",
                    "<p>A BS in biology or biotechnology and 1 year of aseptic cell-culture work.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>$27 – $32 per hour, an annual bonus target of 5% and a $2,000 tuition benefit.</p>")],
         label=L("Laboratory Technician – Cell Culture", "Helix Cell Therapies", "Worcester", None, None, "onsite",
                 "full-time", "entry", H(27), H(32), "USD", "2026-11-23", "en")),
]

# ---------------------------------------------------------------- Recruitee (6)
RECRUITEE = [
    dict(id=3501001, company="Zorggroep Vechtstede", title="Verzorgende IG (24–32 uur)", city="Kampen",
         state="Overijssel", country="Netherlands", location="Kampen, Netherlands", on_site=True,
         published="2026-11-04 09:00:00 UTC", employment="parttime", experience="",
         salary=("2700", "3500", "EUR", "month"),
         text="<p>Vechtstede biedt verpleeghuiszorg aan 140 cliënten op drie locaties in Kampen.</p><p>Je"
              " verzorgt cliënten met somatische klachten, deelt medicatie uit en rapporteert in Ons.</p><p>"
              "Diploma Verzorgende IG (niveau 3) en een BIG-registratie is niet nodig.</p><p>Salaris volgens"
              " cao VVT FWG 35 op basis van 36 uur, 8% vakantiegeld, een eindejaarsuitkering van 8,33% en"
              " een onregelmatigheidstoeslag.</p>",
         label=L("Verzorgende IG (24–32 uur)", "Zorggroep Vechtstede", "Kampen", "Overijssel", "NL", "onsite",
                 "part-time", None, M(2700), M(3500), "EUR", "2026-11-04", "nl")),
    dict(id=3501002, company="Gemüsehof Gera-Aue GmbH", title="Gärtner:in Gemüsebau (m/w/d)", city="Erfurt",
         state="Thüringen", country="Germany", location="Erfurt, Germany", on_site=True,
         published="2026-11-08 07:30:00 UTC", employment="fulltime", experience="",
         salary=("15.80", "17.50", "EUR", "hour"),
         text="<p>Wir bauen auf 180 Hektar Bio-Gemüse für den regionalen Handel an.</p><p>Du pflanzt,"
              " pflegst und erntest Kohl, Möhren und Salate, fährst Schlepper und arbeitest im Packhaus"
              " mit.</p><p>Ausbildung als Gärtner:in Fachrichtung Gemüsebau oder Erfahrung in der"
              " Landwirtschaft.</p><p>Stundenlohn 15,80 € bis 17,50 €, Gemüsekiste jede Woche und ein"
              " Fahrradleasing.</p>",
         label=L("Gärtner:in Gemüsebau (m/w/d)", "Gemüsehof Gera-Aue GmbH", "Erfurt", "Thüringen", "DE", "onsite",
                 "full-time", None, H(15.80), H(17.50), "EUR", "2026-11-08", "de")),
    dict(id=3501003, company="Halden & Pryce Solicitors", title="Family Law Legal Assistant", city="Plymouth",
         state="Devon", country="United Kingdom", location="Plymouth, United Kingdom", hybrid=True,
         published="2026-11-12 10:00:00 UTC", employment="fulltime", experience="",
         salary=("26000", "29000", "GBP", "year"),
         text="<p>A family law team of seven solicitors handling divorce, finances and children"
              " matters.</p><p>You will prepare court bundles, draft letters and forms, and keep clients"
              " updated.</p><p>Experience in a legal setting; a CILEx qualification is welcome.</p><p>"
              "Hybrid after three months, 25 days' holiday and a £250 wellbeing allowance.</p>",
         label=L("Family Law Legal Assistant", "Halden & Pryce Solicitors", "Plymouth", "Devon", "GB", "hybrid",
                 "full-time", None, 26000, 29000, "GBP", "2026-11-12", "en")),
    dict(id=3501004, company="Clínica Dental Algorta", title="Higienista dental", city="Getxo",
         state="País Vasco", country="Spain", location="Getxo, Spain", on_site=True,
         published="2026-11-17 08:00:00 UTC", employment="fulltime", experience="",
         text="<p>Clínica con 6 gabinetes en Algorta (Getxo).</p><p>Realizarás limpiezas, sellados,"
              " fluorizaciones y radiografías, y apoyarás en cirugía e implantes.</p><p>Título de Técnico"
              " Superior en Higiene Bucodental; euskera valorable.</p><p>Salario de 1.600 € brutos al mes en"
              " 12 pagas, incentivos por tratamientos de blanqueamiento y formación pagada.</p>",
         label=L("Higienista dental", "Clínica Dental Algorta", "Getxo", "País Vasco", "ES", "onsite",
                 "full-time", None, M(1600), M(1600), "EUR", "2026-11-17", "es")),
    dict(id=3501005, company="Lux Facility Services Sàrl", title="Agent(e) de nettoyage – bureaux",
         city="Differdange", state="", country="Luxembourg", location="Differdange, Luxembourg",
         on_site=True, published="2026-11-21 06:00:00 UTC", employment="parttime", experience="",
         salary=("2704", "2704", "EUR", "month"),
         text="<p>Nous assurons le nettoyage de 120 bâtiments de bureaux au Luxembourg.</p><p>Entretien"
              " des bureaux et sanitaires en fin de journée, 25 heures par semaine, du lundi au"
              " vendredi.</p><p>Aucun diplôme exigé.</p><p>Salaire social minimum non qualifié de 2 704 €"
              " brut par mois pour un temps plein, au prorata, plus une prime de nuit éventuelle.</p>",
         label=L("Agent(e) de nettoyage – bureaux", "Lux Facility Services Sàrl", "Differdange", None, "LU",
                 "onsite", "part-time", None, M(2704), M(2704), "EUR", "2026-11-21", "fr")),
    dict(id=3501006, company="Ege Örme Tekstil A.Ş.", title="Üretim Planlama Uzmanı", city="İzmir",
         state="İzmir", country="Türkiye", location="İzmir, Türkiye", on_site=True,
         published="2026-11-25 07:00:00 UTC", employment="fulltime", experience="",
         text="<p>Avrupalı markalar için yılda 12 milyon adet örme giyim üretiyoruz.</p><p>Sipariş bazında"
              " kapasite ve malzeme planlaması yapacak, termin takibini yürüteceksiniz.</p><p>Tekstil veya"
              " endüstri mühendisliği mezunu, en az 3 yıl üretim planlama deneyimi.</p><p>Ücret görüşmede"
              " belirlenecektir. Aylık 6.000 TL yemek kartı, servis ve yıllık performans primi.</p>",
         label=L("Üretim Planlama Uzmanı", "Ege Örme Tekstil A.Ş.", "İzmir", "İzmir", "TR", "onsite", "full-time",
                 "mid", None, None, None, "2026-11-25", "tr")),
]

# ---------------------------------------------------------------- Personio (6, three employers)
PERSONIO = [
    ("Ostseeklinik Kühlungsborn GmbH", [
        dict(id=4101001, office="Rostock", department="Therapie", title="Physiotherapeut:in (m/w/d)",
             blocks=[("Deine Aufgaben", "<p>Einzel- und Gruppentherapie in der orthopädischen und"
                                        " kardiologischen Reha, Bewegungsbad und medizinische Trainingstherapie.</p>"),
                     ("Dein Profil", "<p>Staatliche Anerkennung als Physiotherapeut:in; MT oder KGG von"
                                     " Vorteil.</p>"),
                     ("Wir bieten", "<p>3.300 € – 3.800 € brutto monatlich, eine Fortbildungspauschale von"
                                    " 800 € im Jahr und einen Zuschuss zum Deutschlandticket.</p>")],
             contract="permanent", seniority="", schedule="full-time", created="2026-11-05T08:00:00+01:00",
             label=L("Physiotherapeut:in (m/w/d)", "Ostseeklinik Kühlungsborn GmbH", "Rostock", None, "DE", None,
                     "full-time", None, M(3300), M(3800), "EUR", "2026-11-05", "de")),
        dict(id=4101002, office="Kühlungsborn", department="Verwaltung",
             title="Auszubildende:r Kaufmann/-frau im Gesundheitswesen (m/w/d)",
             blocks=[("Deine Aufgaben", "<p>Patientenaufnahme, Abrechnung mit Kostenträgern, Einkauf und"
                                        " Personalverwaltung in drei Ausbildungsjahren.</p>"),
                     ("Dein Profil", "<p>Mittlere Reife oder Abitur und Freude am Umgang mit Menschen.</p>"),
                     ("Wir bieten", "<p>Ausbildungsvergütung: 1. Jahr 1.150 €, 2. Jahr 1.230 €, 3. Jahr"
                                    " 1.320 € brutto monatlich, dazu 50 € Lernmittelzuschuss pro Jahr.</p>")],
             contract="trainee", seniority="entry-level", schedule="full-time",
             created="2026-11-14T09:00:00+01:00",
             label=L("Auszubildende:r Kaufmann/-frau im Gesundheitswesen (m/w/d)", "Ostseeklinik Kühlungsborn GmbH",
                     "Kühlungsborn", None, "DE", None, "full-time", "entry", M(1150), M(1150), "EUR", "2026-11-14",
                     "de")),
    ]),
    ("Tiroler Holzbau Pfister GmbH", [
        dict(id=4102001, office="Wörgl", department="Montage", title="Zimmerer/Zimmerin",
             blocks=[("Deine Aufgaben", "<p>Abbund und Montage von Dachstühlen, Holzriegelbauten und"
                                        " Fassaden in Tirol.</p>"),
                     ("Dein Profil", "<p>Lehrabschluss als Zimmerer/Zimmerin, Führerschein B.</p>"),
                     ("Wir bieten", "<p>KV-Lohn ab 18,92 € brutto pro Stunde, Überzahlung je nach"
                                    " Qualifikation, Taggeld auf Montage und Jausengeld.</p>")],
             contract="permanent", seniority="", schedule="full-time", created="2026-11-09T07:00:00+01:00",
             label=L("Zimmerer/Zimmerin", "Tiroler Holzbau Pfister GmbH", "Wörgl", None, "AT", None,
                     "full-time", None, H(18.92), None, "EUR", "2026-11-09", "de")),
        dict(id=4102002, office="Schwaz", department="Montage", title="Polier:in Holzbau",
             blocks=[("Deine Aufgaben", "<p>Führung von zwei Montagepartien, Baustellenkoordination,"
                                        " Aufmaß und Bautagesberichte.</p>"),
                     ("Dein Profil", "<p>Polierschule oder Meisterprüfung und mindestens 5 Jahre"
                                     " Erfahrung im Holzbau.</p>"),
                     ("Wir bieten", "<p>Mindestgehalt laut KV 3.900 € brutto pro Monat (14 Gehälter),"
                                    " Überzahlung je nach Erfahrung, Firmenauto auch privat.</p>")],
             contract="permanent", seniority="experienced", schedule="full-time",
             created="2026-11-22T08:00:00+01:00",
             label=L("Polier:in Holzbau", "Tiroler Holzbau Pfister GmbH", "Schwaz", None, "AT", None, "full-time",
                     "senior", M(3900, 14), None, "EUR", "2026-11-22", "de")),
    ]),
    ("Bodegas Ribera Alta S.L.", [
        dict(id=4103001, office="Aranda de Duero", department="Enología", title="Enólogo/a",
             blocks=[("Funciones", "<p>Seguimiento de la vendimia, elaboración y crianza de tintos de"
                                   " tempranillo, control analítico y catas con la dirección técnica.</p>"),
                     ("Requisitos", "<p>Grado en Enología y 3 años de experiencia en bodega.</p>"),
                     ("Ofrecemos", "<p>35.000 – 40.000 € brutos anuales, coche de empresa en vendimia y"
                                   " una prima por añada.</p>")],
             contract="permanent", seniority="", schedule="full-time", created="2026-11-11T10:00:00+01:00",
             label=L("Enólogo/a", "Bodegas Ribera Alta S.L.", "Aranda de Duero", None, "ES", None, "full-time",
                     "mid", 35000, 40000, "EUR", "2026-11-11", "es")),
        dict(id=4103002, office="Aranda de Duero", department="Producción",
             title="Operario/a de bodega – campaña 2027",
             blocks=[("Funciones", "<p>Recepción de uva, trasiegos, limpieza de depósitos y embotellado"
                                   " durante la campaña de septiembre a diciembre.</p>"),
                     ("Requisitos", "<p>Carné de carretillero valorable.</p>"),
                     ("Ofrecemos", "<p>Contrato temporal de campaña, 10,40 € brutos la hora y una prima de"
                                   " 300 € al final de la campaña.</p>")],
             contract="temporary", seniority="", schedule="full-time", created="2026-11-27T09:00:00+01:00",
             label=L("Operario/a de bodega – campaña 2027", "Bodegas Ribera Alta S.L.", "Aranda de Duero", None,
                     "ES", None, "contract", None, H(10.40), H(10.40), "EUR", "2026-11-27", "es")),
    ]),
]

# ---------------------------------------------------------------- Teamtailor (6, three feeds)
TEAMTAILOR = [
    ("Jobba hos Hälsingevård Omsorg", "halsingevard.teamtailor.com", [
        dict(id="1510001", company="Hälsingevård Omsorg AB", title="Undersköterska – hemtjänst",
             employment="PART_TIME",
             addresses=[{"addressLocality": "Hudiksvall", "addressRegion": "Gävleborgs län", "postalCode": "824 30",
                         "addressCountry": "SE"}],
             published="2026-11-03T08:00:00+01:00", salary=("SEK", "MONTH", 28500, 32000),
             text="<p>Vi driver hemtjänst på uppdrag av kommunen för 320 kunder i Hudiksvall.</p><p>Du hjälper"
                  " kunder med personlig omvårdnad, måltider och läkemedel i hemmet, 85 % av heltid.</p><p>"
                  "Undersköterskeexamen och B-körkort.</p><p>Månadslön enligt Kommunals avtal, OB-tillägg och"
                  " tjänstecykel.</p>",
             label=L("Undersköterska – hemtjänst", "Hälsingevård Omsorg AB", "Hudiksvall", "Gävleborgs län", "SE",
                     "onsite", "part-time", None, M(28500), M(32000), "SEK", "2026-11-03", "sv")),
        dict(id="1510002", company="Hälsingevård Omsorg AB", title="Sjuksköterska – särskilt boende",
             employment="FULL_TIME",
             addresses=[{"addressLocality": "Bollnäs", "addressRegion": "Gävleborgs län", "postalCode": "821 43",
                         "addressCountry": "SE"}],
             published="2026-11-16T09:00:00+01:00",
             text="<p>Vårt boende i Bollnäs har 54 platser, varav 18 för personer med demens.</p><p>Du"
                  " ansvarar för omvårdnaden, läkemedelshantering och samarbetet med läkare och"
                  " anhöriga.</p><p>Legitimerad sjuksköterska.</p><p>Lön: 39 000–45 000 kr i månaden,"
                  " friskvårdsbidrag 3 000 kr och 500 kr i månaden i tillägg för specialistutbildning.</p>",
             label=L("Sjuksköterska – särskilt boende", "Hälsingevård Omsorg AB", "Bollnäs", "Gävleborgs län",
                     "SE", "onsite", "full-time", None, M(39000), M(45000), "SEK", "2026-11-16", "sv")),
    ]),
    ("Work at Pennine Outdoor Learning Trust", "pennineoutdoor.teamtailor.com", [
        dict(id="1520001", company="Pennine Outdoor Learning Trust", title="Outdoor Activity Instructor",
             employment="FULL_TIME",
             addresses=[{"addressLocality": "Hebden Bridge", "addressRegion": "West Yorkshire",
                         "postalCode": "HX7 8AD", "addressCountry": "GB"}],
             published="2026-11-05T10:00:00+00:00", salary=("GBP", "YEAR", 24500, 27000),
             text="<p>Our residential centre hosts 9,000 school pupils a year for climbing, caving, canoeing"
                  " and gorge walking.</p><p>You will lead groups safely, run evening activities and help"
                  " maintain equipment.</p><p>An NGB award such as RCI or Paddlesport Leader, and a first-aid"
                  " certificate.</p><p>Live-in accommodation is available at £250 a month; we fund further"
                  " NGB training up to £1,200 a year.</p>",
             label=L("Outdoor Activity Instructor", "Pennine Outdoor Learning Trust", "Hebden Bridge",
                     "West Yorkshire", "GB", "onsite", "full-time", None, 24500, 27000, "GBP", "2026-11-05", "en")),
        dict(id="1520002", company="Pennine Outdoor Learning Trust", title="Centre Cook", employment="PART_TIME",
             addresses=[{"addressLocality": "Settle", "addressRegion": "North Yorkshire", "postalCode": "BD24 9JR",
                         "addressCountry": "GB"}],
             published="2026-11-18T11:00:00+00:00", salary=("GBP", "HOUR", 12.60, 13.20),
             text="<p>Cook breakfast and evening meals for up to 80 guests at our Dales centre.</p><p>Menu"
                  " planning with allergen control, ordering and kitchen hygiene, 25 hours a week.</p><p>Level 2"
                  " Food Hygiene; experience cooking for groups.</p><p>Free meals on shift and a £150 uniform"
                  " allowance.</p>",
             label=L("Centre Cook", "Pennine Outdoor Learning Trust", "Settle", "North Yorkshire", "GB", "onsite",
                     "part-time", None, H(12.60), H(13.20), "GBP", "2026-11-18", "en")),
    ]),
    ("Careers at Swan River Sports Physio", "swanriverphysio.teamtailor.com", [
        dict(id="1530001", company="Swan River Sports Physio", title="Physiotherapist – Sports Clinic",
             employment="FULL_TIME",
             addresses=[{"addressLocality": "Fremantle", "addressRegion": "Western Australia", "postalCode": "6160",
                         "addressCountry": "GB"}],
             published="2026-11-09T09:00:00+08:00", salary=("AUD", "YEAR", 85000, 98000),
             text="<p>Four sports and musculoskeletal clinics, working with two WAFL clubs.</p><p>Assess and"
                  " treat a caseload of sports and MSK clients, run rehab classes and cover game days.</p><p>"
                  "AHPRA registration; new graduates with sports placements are welcome.</p><p>Plus"
                  " superannuation, a $2,500 PD allowance and a 40% commission on billings above target.</p>",
             label=L("Physiotherapist – Sports Clinic", "Swan River Sports Physio", "Fremantle", None, None, "onsite",
                     "full-time", None, 85000, 98000, "AUD", "2026-11-09", "en")),
        dict(id="1530002", company="Norðurljós Hótel ehf.", title="Hotel Receptionist – Winter Season",
             employment="TEMPORARY",
             addresses=[{"addressLocality": "Akureyri", "addressRegion": "Norðurland eystra",
                         "postalCode": "600", "addressCountry": "IS"}],
             published="2026-11-20T10:00:00+00:00", salary=("ISK", "MONTH", 560000, 620000),
             text="<p>A 70-room hotel in Akureyri, busy with northern-lights tours from December to"
                  " March.</p><p>Check guests in and out, book tours and answer the phone in English.</p><p>"
                  "Hotel front-desk experience and fluent English; Icelandic is a plus.</p><p>Shared staff"
                  " housing at ISK 60,000 a month and a free lift pass for Hlíðarfjall.</p>",
             label=L("Hotel Receptionist – Winter Season", "Norðurljós Hótel ehf.", "Akureyri",
                     "Norðurland eystra", "IS", "onsite", "contract", None, M(560000), M(620000), "ISK",
                     "2026-11-20", "en")),
    ]),
]

# ---------------------------------------------------------------- Breezy (6, three employers; pay is a phrase)
BREEZY = [
    ("Bayou Roofing & Exteriors", [
        dict(id="la9c0d1e2f01", title="Roofing Estimator", type="Full-Time", city="Baton Rouge", state="Louisiana",
             country="United States", place="Baton Rouge, LA", published="2026-11-04T15:00:00.000Z",
             salary="$60,000 - $75,000 / year",
             label=L("Roofing Estimator", "Bayou Roofing & Exteriors", "Baton Rouge", "LA", "US", "onsite",
                     "full-time", None, 60000, 75000, "USD", "2026-11-04", "en")),
        dict(id="la9c0d1e2f02", title="Roofer - Crew Member", type="Full-Time", city="Lafayette", state="Louisiana",
             country="United States", place="Lafayette, LA", published="2026-11-17T14:00:00.000Z",
             salary="$18 - $24 / hour",
             label=L("Roofer - Crew Member", "Bayou Roofing & Exteriors", "Lafayette", "LA", "US", "onsite",
                     "full-time", None, H(18), H(24), "USD", "2026-11-17", "en")),
    ]),
    ("Fraser Valley Plumbing & Heating", [
        dict(id="bc0d1e2f3a01", title="Journeyperson Plumber", type="Full-Time", city="Mission",
             state="British Columbia", country="Canada", place="Mission, BC",
             published="2026-11-06T17:00:00.000Z", salary="$42 - $48 / hour",
             label=L("Journeyperson Plumber", "Fraser Valley Plumbing & Heating", "Mission", "BC", "CA",
                     "onsite", "full-time", None, H(42), H(48), "CAD", "2026-11-06", "en")),
        dict(id="bc0d1e2f3a02", title="Plumbing Apprentice (1st/2nd year)", type="Full-Time", city="Agassiz",
             state="British Columbia", country="Canada", place="Agassiz, BC",
             published="2026-11-24T18:00:00.000Z", salary="$22 - $28 / hour",
             label=L("Plumbing Apprentice (1st/2nd year)", "Fraser Valley Plumbing & Heating", "Agassiz", "BC",
                     "CA", "onsite", "full-time", "entry", H(22), H(28), "CAD", "2026-11-24", "en")),
    ]),
    ("Saltwater Café Co", [
        dict(id="hb1e2f3a4b01", title="Barista (Weekends)", type="Part-Time", city="Napier", state="Hawke's Bay",
             country="New Zealand", place="Napier, Hawke's Bay", published="2026-11-10T01:00:00.000Z",
             salary="NZ$24.50 - NZ$27 / hour",
             label=L("Barista (Weekends)", "Saltwater Café Co", "Napier", "Hawke's Bay", "NZ", "onsite", "part-time", None, H(24.50),
                     H(27), "NZD", "2026-11-10", "en")),
        dict(id="hb1e2f3a4b02", title="Café Manager", type="Full-Time", city="Hastings", state="Hawke's Bay",
             country="New Zealand", place="Hastings, Hawke's Bay", published="2026-11-26T02:00:00.000Z",
             label=L("Café Manager", "Saltwater Café Co", "Hastings", "Hawke's Bay", "NZ", "onsite", "full-time", None,
                     None, None, None, "2026-11-26", "en")),
    ]),
]


# ---------------------------------------------------------------- Hacker News (6)
def hn_text(first, *paragraphs):
    return first + "".join("<p>" + p for p in paragraphs)


HN = [
    dict(id=49200001, author="sawtoothhealth", created="2026-11-02T15:20:00.000Z",
         text=hn_text("Sawtooth Health | Senior iOS Engineer (Patient App) | Nampa, ID | Hybrid | Full-time | $150k\u2013$175k",
                      "Remote patient monitoring for rural clinics: blood pressure cuffs and scales that text"
                      " results to the care team. Swift, SwiftUI, HealthKit. In the office Tuesday to"
                      " Thursday."),
         label=L("Senior iOS Engineer (Patient App)", "Sawtooth Health", "Nampa", "ID", "US", "hybrid", "full-time", "senior",
                 150000, 175000, "USD", "2026-11-02", "en")),
    dict(id=49200002, author="granarylabs", created="2026-11-02T17:05:00.000Z",
         text=hn_text("Granary Labs | Embedded Linux Engineer (Gateways) | Opole, Poland | Onsite | B2B contract |"
                      " 18\u00a0000\u201324\u00a0000 PLN/month",
                      "Grain-bin monitoring: temperature and moisture cables, LTE gateways, Yocto builds. You'll"
                      " own the gateway image and OTA updates."),
         label=L("Embedded Linux Engineer (Gateways)", "Granary Labs", "Opole", None, "PL", "onsite", "contract", None,
                 M(18000), M(24000), "PLN", "2026-11-02", "en")),
    dict(id=49200003, author="mariposabio", created="2026-11-03T06:40:00.000Z",
         text=hn_text("Mariposa Bio | Lab Automation Engineer | Colombo, Sri Lanka | ONSITE | Full-time |"
                      " LKR 450k\u2013600k/month",
                      "We run high-throughput enzyme screening for detergent and food makers. Python, Opentrons"
                      " and Hamilton robots, LIMS integrations. 2+ years writing code that moves liquids."),
         label=L("Lab Automation Engineer", "Mariposa Bio", "Colombo", None, "LK", "onsite", "full-time", "mid",
                 M(450000), M(600000), "LKR", "2026-11-03", "en")),
    dict(id=49200004, author="fernhillenergy", created="2026-11-03T11:15:00.000Z",
         text=hn_text("Fernhill Energy | Grid Modelling Engineer | Ljubljana, Slovenia | Hybrid | Full-time |"
                      " \u20ac55k\u2013\u20ac70k",
                      "Connection studies for solar farms and batteries on the Slovenian, Croatian and Austrian grids. PowerFactory,"
                      " PSS/E and a growing Python toolkit. 3+ years of power-systems studies."),
         label=L("Grid Modelling Engineer", "Fernhill Energy", "Ljubljana", None, "SI", "hybrid", "full-time", "mid",
                 55000, 70000, "EUR", "2026-11-03", "en")),
    dict(id=49200005, author="utsuro_jobs", created="2026-11-04T01:30:00.000Z",
         text=hn_text("Utsuro | Backend Engineer (Rust) | REMOTE (South Korea) | Full-time | \u20a970M\u2013\u20a990M",
                      "Warehouse robotics fleet management for Korean 3PLs. Rust, gRPC, Postgres. Korean at"
                      " business level; we hire anywhere in South Korea."),
         label=L("Backend Engineer (Rust)", "Utsuro", None, None, "KR", "remote", "full-time", None, 70000000,
                 90000000, "KRW", "2026-11-04", "en")),
    dict(id=49200006, author="bramblefreight", created="2026-11-04T13:50:00.000Z",
         text=hn_text("Bramble Freight | Head of Operations | Lagos, Nigeria | Onsite | Full-time | competitive"
                      " + equity",
                      "Digital freight brokerage for FMCG distributors across Nigeria. We closed a $4M seed in"
                      " October, move 1,200 loads a month and pay truckers within 48 hours from a $500k"
                      " working-capital line."),
         label=L("Head of Operations", "Bramble Freight", "Lagos", None, "NG", "onsite", "full-time", "lead", None,
                 None, None, "2026-11-04", "en")),
]


def main():
    setwriter.write_set(sys.modules[__name__], "fresh15", "hn-2026-11.json", 49200000)
    if not setwriter.check_set(sys.modules[__name__], "fresh15"):
        sys.exit(1)


if __name__ == "__main__":
    main()
