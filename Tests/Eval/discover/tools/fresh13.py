#!/usr/bin/env python3
"""Writes Tests/Eval/discover/fresh13: 96 postings written one by one, six per
source kind over all sixteen kinds, shaped like an ordinary user's discover
traffic (as fresh9 to fresh12 are, with other employers, places, professions
and pay phrasings): about two thirds from the eighteen biggest markets, the
rest from elsewhere. Professions across the labour market (health, trades,
logistics, retail, hospitality, education, finance, legal, the public sector,
engineering, a few software roles). Pay sits where boards put it (tables,
footers, benefits paragraphs, structured fields); about one posting in eight
states no pay for the role, most of those next to money that is not its pay.
A few values a careful recruiter would not record (a date that cannot exist,
places whose parts contradict each other) are labelled null.
Labelled with what a careful recruiter would record, by the conventions of
Tests/Eval/discover/README.md, before jobhunt was run on them (its writer did
not read the normaliser).
Run: python3 Tests/Eval/discover/tools/fresh13.py
"""
import sys

import setwriter
from setwriter import H, D, W, M
from fresh2 import L


# ---------------------------------------------------------------- Greenhouse (6)
GREENHOUSE = [
    dict(id=9080300001, company="Cimarron Valley Health", title="Diagnostic Medical Sonographer - General/Vascular",
         location="Tulsa, OK", meta={"Workplace Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-03T08:30:00-06:00", pay=(38, 52, "USD", "Hourly pay range"),
         text="<p>Cimarron Valley Health runs two hospitals and nine outpatient imaging centers in northeast"
              " Oklahoma.</p><h3>What you will do</h3><ul><li>Abdominal, small parts, OB and venous/arterial"
              " duplex exams in our South Tulsa imaging center</li><li>Prepare preliminary findings for the"
              " reading radiologist</li><li>Keep equipment QA logs</li></ul><h3>Qualifications</h3><ul><li>RDMS"
              " (AB) and RVT through ARDMS</li><li>2+ years of general and vascular sonography</li></ul>"
              "<h3>Benefits</h3><ul><li>$10,000 sign-on bonus paid over 12 months</li><li>Call pay of $4/hr and"
              " call-back at time and a half</li><li>Medical, dental and vision from day one; 403(b) with a 4%"
              " match</li></ul><p><em>The pay range above is the base hourly rate; placement depends on"
              " credentials and years of experience.</em></p>",
         label=L("Diagnostic Medical Sonographer - General/Vascular", "Cimarron Valley Health", "Tulsa", "OK", "US",
                 "onsite", "full-time", "mid", H(38), H(52), "USD", "2026-11-03", "en")),
    dict(id=9080300002, company="Humber Access Scaffolding Ltd", title="Advanced Scaffolder (CISRS Part 2)",
         location="Hull, East Riding of Yorkshire", meta={"Location Type": "On-site", "Employment Type": "Permanent"},
         published="2026-11-06T07:45:00+00:00",
         text="<p>Humber Access erects and inspects access and temporary-works scaffolds for refineries, ports"
              " and housebuilders on both banks of the Humber.</p><h3>The job</h3><ul><li>Tube-and-fitting and"
              " system scaffolds to TG20 and design drawings</li><li>Loading bays, cantilevers and chimney"
              " stacks</li><li>Lead a gang of two or three</li></ul><h3>You need</h3><ul><li>CISRS Advanced"
              " Scaffolder card and a valid CSCS</li><li>COTS refinery passport an advantage</li></ul>"
              "<h3>Pay</h3><table><tr><th>Item</th><th>Amount</th></tr><tr><td>Day rate (8 hrs)</td><td>"
              "&pound;195.00</td></tr><tr><td>Refinery shutdown uplift</td><td>&pound;2.50 per hour</td></tr>"
              "<tr><td>Lodge allowance (away work)</td><td>&pound;45 per night</td></tr></table><p>Paid weekly,"
              " company pension and 28 days' holiday including bank holidays.</p>",
         label=L("Advanced Scaffolder (CISRS Part 2)", "Humber Access Scaffolding Ltd", "Hull",
                 "East Riding of Yorkshire", "GB", "onsite", "full-time", None, D(195), D(195), "GBP", "2026-11-06",
                 "en")),
    dict(id=9080300003, company="Breisgau Holzbau Ingenieure GmbH", title="Senior Tragwerksplaner:in Holzbau (m/w/d)",
         location="Freiburg im Breisgau, Baden-Württemberg", meta={"Workplace Type": "Hybrid",
                                                                   "Employment Type": "Vollzeit"},
         published="2026-11-10T10:00:00+01:00",
         text="<p>Wir planen Tragwerke für mehrgeschossige Holz- und Hybridbauten in Süddeutschland, der"
              " Schweiz und dem Elsass – von Schulen bis zu Wohnhochhäusern.</p><h3>Deine Aufgaben</h3><ul>"
              "<li>Statische Berechnung und Bemessung nach Eurocode 5</li><li>Abstimmung mit Architekt:innen,"
              " Prüfingenieur:innen und Abbundbetrieben</li><li>Fachliche Betreuung von zwei Junior-"
              "Ingenieur:innen</li></ul><h3>Dein Profil</h3><ul><li>Master Bauingenieurwesen, mindestens 6"
              " Jahre Tragwerksplanung</li><li>Sicher in Dlubal RFEM und Dietrich's</li></ul><h3>Unser"
              " Angebot</h3><p>Zwei Tage Homeoffice pro Woche, 30 Urlaubstage, JobRad und ein Fortbildungsbudget"
              " von 2.000 € im Jahr.</p><p><strong>Jahreszielgehalt:</strong> 72.000 – 86.000 € brutto"
              " (inkl. Weihnachtsgeld).</p>",
         label=L("Senior Tragwerksplaner:in Holzbau (m/w/d)", "Breisgau Holzbau Ingenieure GmbH",
                 "Freiburg im Breisgau", "Baden-Württemberg", "DE", "hybrid", "full-time", "senior", 72000, 86000,
                 "EUR", "2026-11-10", "de")),
    dict(id=9080300004, company="Goldfields Community Health", title="Occupational Therapist – Community (Grade 2)",
         location="Ballarat, VIC", meta={"Location Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-12T11:00:00+11:00",
         text="<p>Goldfields Community Health delivers allied health, nursing and NDIS services across the"
              " Central Highlands from hubs in Ballarat, Ararat and Daylesford.</p><h3>About the role</h3>"
              "<p>You will assess clients at home after hospital discharge, prescribe equipment and minor home"
              " modifications, and run our falls-prevention group.</p><h3>Selection criteria</h3><ul><li>AHPRA"
              " registration as an Occupational Therapist</li><li>At least 3 years of community or hospital"
              " practice</li><li>Current driver licence and Working with Children Check</li></ul><h3>What we"
              " offer</h3><p>Salary packaging up to $15,900 a year plus a further $2,650 for meals and"
              " entertainment, a fleet car for home visits, and a $1,500 professional development"
              " allowance.</p><p><strong>Remuneration:</strong> $98,450 – $108,200 per annum (Allied Health"
              " Professionals Enterprise Agreement, Grade 2) + 12% superannuation.</p>",
         label=L("Occupational Therapist – Community (Grade 2)", "Goldfields Community Health", "Ballarat", "VIC",
                 "AU", "onsite", "full-time", "mid", 98450, 108200, "AUD", "2026-11-12", "en")),
    dict(id=9080300005, company="Pwani Freight Clearing Ltd", title="Customs Clearing and Forwarding Agent",
         location="Dar es Salaam, Tanzania", meta={"Location Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-18T09:00:00+03:00",
         text="<p>Pwani clears 1,400 containers a month through Dar es Salaam port and its inland"
              " container depots for importers in Tanzania, Zambia and the DRC.</p><h3>Duties</h3><ul><li>Lodge"
              " entries on TANCIS and follow up TRA verification</li><li>Coordinate TPA releases,"
              " shipping-line documentation and transporters</li><li>Keep clients updated on cargo status</li>"
              "</ul><h3>Requirements</h3><ul><li>EAFFPC or FIATA diploma</li><li>2 years in clearing and"
              " forwarding</li></ul><h3>Remuneration</h3><p>Attractive package. Agents earn a commission of TZS"
              " 50,000 for every container cleared within 72 hours, and the branch has a monthly fuel and"
              " airtime budget of TZS 3,000,000.</p>",
         label=L("Customs Clearing and Forwarding Agent", "Pwani Freight Clearing Ltd", "Dar es Salaam", None, "TZ",
                 "onsite", "full-time", "mid", None, None, None, "2026-11-18", "en")),
    dict(id=9080300006, company="Kongu Gold Finance Ltd", title="Branch Relationship Manager - Gold Loans",
         location="Madurai, Tamil Nadu", meta={"Location Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-24T10:30:00+05:30",
         text="<p>Kongu Gold Finance has 310 branches in Tamil Nadu and Kerala lending against gold"
              " jewellery.</p><h3>Responsibilities</h3><ul><li>Grow the branch gold-loan book through walk-ins,"
              " local events and renewals</li><li>Appraise jewellery with the branch appraiser and keep KYC"
              " complete</li><li>Manage auctions of overdue pledges under RBI norms</li></ul><h3>Candidate"
              " profile</h3><ul><li>Graduate, 1&ndash;3 years in gold loans, microfinance or retail"
              " banking</li><li>Fluent Tamil</li></ul><h3>CTC</h3><p>&#8377; 3.6 &ndash; 4.8 Lakhs per annum"
              " fixed, plus monthly incentives on disbursement (up to &#8377; 8,000) and a two-wheeler"
              " allowance of &#8377; 1,500 a month.</p>",
         label=L("Branch Relationship Manager - Gold Loans", "Kongu Gold Finance Ltd", "Madurai", "Tamil Nadu",
                 "IN", "onsite", "full-time", "entry", 360000, 480000, "INR", "2026-11-24", "en")),
]

# ---------------------------------------------------------------- Lever (6, three employers)
LEVER = [
    dict(company="Fraser Valley Mobility Services", id="f13a0c1d-0001-4e00-9000-000000004001",
         title="Paratransit Operator", location="Abbotsford, BC", country="CA", workplace="onsite",
         commitment="Full-time", created="2026-11-04T18:00:00Z", salary=("CAD", "per-hour-wage", 26.10, 29.40),
         text="Fraser Valley Mobility runs door-to-door accessible transit for seniors and people with"
              " disabilities in Abbotsford and Mission under contract to BC Transit.\n\nWhat you will do\nDrive a"
              " wheelchair-accessible minibus, secure mobility devices and help riders to and from the door.\n\n"
              "What you need\nA BC Class 4 unrestricted licence (or willingness to get it; we pay the road test),"
              " a clean driver's abstract and patience.\n\nBenefits\nThe wage scale above rises with seniority"
              " under our collective agreement with Unifor; a $500 boot and uniform allowance and a municipal"
              " pension plan.",
         label=L("Paratransit Operator", "Fraser Valley Mobility Services", "Abbotsford", "BC", "CA", "onsite",
                 "full-time", None, H(26.10), H(29.40), "CAD", "2026-11-04", "en")),
    dict(company="Fraser Valley Mobility Services", id="f13a0c1d-0002-4e00-9000-000000004002",
         title="Heavy Duty Mechanic (Red Seal) - Transit Fleet", location="Chilliwack, BC", country="CA",
         workplace="onsite", commitment="Full-time", created="2026-11-21T17:30:00Z",
         text="Keep our fleet of 64 minibuses and 12 low-floor buses on the road.\n\nPreventive maintenance"
              " inspections, brakes, wheelchair lifts, diagnostics on Ford and Freightliner chassis, CVIP"
              " paperwork.\n\nRed Seal heavy duty or commercial transport ticket, a CVIP inspector licence is an"
              " asset, and 4 years of fleet work.\n\nWage: $44.50 per hour on the afternoon shift (3pm-11:30pm),"
              " plus a $1,200 yearly tool allowance and a $2.00/hr shift premium.",
         label=L("Heavy Duty Mechanic (Red Seal) - Transit Fleet", "Fraser Valley Mobility Services", "Chilliwack",
                 "BC", "CA", "onsite", "full-time", "mid", H(44.50), H(44.50), "CAD", "2026-11-21", "en")),
    dict(company="Ópticas Ebro Visión", id="f13a0c1d-0003-4e00-9000-000000004003",
         title="Óptico-Optometrista", location="Logroño", country="ES", workplace="onsite",
         commitment="Jornada completa", created="2026-11-09T09:00:00Z",
         text="Ópticas Ebro Visión tiene 14 tiendas en Aragón y La Rioja y un laboratorio propio de"
              " montaje.\n\nTus funciones\nExámenes visuales y de contactología, adaptación de lentes"
              " progresivas, atención al cliente y venta.\n\nRequisitos\nGrado en Óptica y Optometría y"
              " colegiación en el CNOO.\n\nOfrecemos\nContrato indefinido de 40 horas, salario bruto anual de"
              " 23.500 € – 26.000 €, incentivos por ventas y formación en baja visión.",
         label=L("Óptico-Optometrista", "Ópticas Ebro Visión", "Logroño", None, "ES", "onsite", "full-time", None,
                 23500, 26000, "EUR", "2026-11-09", "es")),
    dict(company="Ópticas Ebro Visión", id="f13a0c1d-0004-4e00-9000-000000004004",
         title="Encargado/a de tienda", location="Huesca", country="ES", workplace="onsite",
         commitment="Jornada completa", created="2026-11-22T10:00:00Z",
         text="Buscamos a la persona que dirija nuestra tienda del Coso Alto con un equipo de cuatro"
              " personas.\n\nGestión del equipo y de los turnos, control de stock, cumplimiento del objetivo"
              " anual de ventas de 650.000 € y atención en sala.\n\nExperiencia mínima de 3 años en retail,"
              " preferiblemente en óptica.\n\nIncentivos trimestrales de hasta 1.800 €, descuento del 50% en"
              " gafas para ti y tu familia y plan de carrera.",
         label=L("Encargado/a de tienda", "Ópticas Ebro Visión", "Huesca", None, "ES", "onsite", "full-time", "mid",
                 None, None, None, "2026-11-22", "es")),
    dict(company="Lion City Surgical Centre", id="f13a0c1d-0005-4e00-9000-000000004005",
         title="Senior Staff Nurse (Operating Theatre)", location="Singapore", country="SG", workplace="onsite",
         commitment="Full-time", created="2026-11-05T03:00:00Z",
         text="Lion City Surgical Centre is a day-surgery centre at Novena with six theatres for orthopaedic,"
              " ENT and eye surgery.\n\nScrub and circulate for day cases, check instruments and implants, and"
              " guide junior nurses.\n\nRegistered Nurse with the SNB, a post-basic in perioperative nursing and"
              " 5 years in OT.\n\nMonthly gross S$5,200 – S$6,400, a performance bonus of up to two months,"
              " no night shifts and 21 days of annual leave.",
         label=L("Senior Staff Nurse (Operating Theatre)", "Lion City Surgical Centre", "Singapore", None, "SG",
                 "onsite", "full-time", "senior", M(5200), M(6400), "SGD", "2026-11-05", "en")),
    dict(company="Lion City Surgical Centre", id="f13a0c1d-0006-4e00-9000-000000004006",
         title="Patient Service Associate", location="Singapore", country="SG", workplace="onsite",
         commitment="Full-time", created="2026-11-19T02:00:00Z", salary=("SGD", "per-month-salary", 2400, 2800),
         text="Register patients, book surgery dates, explain estimates and MediSave claims, and answer"
              " calls.\n\nNitec or diploma; clinic front-desk experience is a plus.\n\nFive-day week, medical"
              " and dental benefits, and a $300 yearly wellness allowance.",
         label=L("Patient Service Associate", "Lion City Surgical Centre", "Singapore", None, "SG", "onsite",
                 "full-time", "mid", M(2400), M(2800), "SGD", "2026-11-19", "en")),
]

# ---------------------------------------------------------------- Ashby (6, two employers)
ASHBY = [
    dict(company="Keystone Vertical Transportation", id="b1300000-0000-4000-8000-000000004001",
         title="Elevator Service Mechanic", location="Philadelphia, PA",
         address={"addressLocality": "Philadelphia", "addressRegion": "Pennsylvania", "addressCountry": "USA"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-02T14:30:00.000+00:00",
         comp=("USD", "1 HOUR", 58, 66),
         text="Keystone services 4,200 elevators and escalators in office towers, hospitals and SEPTA stations"
              " across the Philadelphia region.\nYou will run a service route in Center City: callbacks,"
              " preventive maintenance, safety tests and minor repairs on traction, hydraulic and MRL units.\n"
              "IUEC mechanic card or equivalent, Pennsylvania elevator mechanic licence and 5+ years of service"
              " work.\nRates follow the IUEC Local 5 agreement; overtime and call-outs at double time, company"
              " van and a $600 boot allowance.",
         label=L("Elevator Service Mechanic", "Keystone Vertical Transportation", "Philadelphia", "PA", "US",
                 "onsite", "full-time", "senior", H(58), H(66), "USD", "2026-11-02", "en")),
    dict(company="Keystone Vertical Transportation", id="b1300000-0000-4000-8000-000000004002",
         title="Elevator Mechanic Apprentice", location="Allentown, PA",
         address={"addressLocality": "Allentown", "addressRegion": "Pennsylvania", "addressCountry": "USA"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-12T15:00:00.000+00:00",
         text="Learn the trade beside a licensed mechanic on our Lehigh Valley modernization crew.\nYou will"
              " help install controllers, machines and door equipment, carry material and keep the job site"
              " safe.\nHigh school diploma, a driver's licence and mechanical aptitude; no experience required.\n"
              "Starting rate $29.10 per hour (50% of the mechanic rate), rising every six months through the"
              " four-year NEIEP program, with tuition fully paid.",
         label=L("Elevator Mechanic Apprentice", "Keystone Vertical Transportation", "Allentown", "PA", "US",
                 "onsite", "full-time", "entry", H(29.10), H(29.10), "USD", "2026-11-12", "en")),
    dict(company="Keystone Vertical Transportation", id="b1300000-0000-4000-8000-000000004003",
         title="Service Dispatcher", location="Philadelphia, PA",
         address={"addressLocality": "Philadelphia", "addressRegion": "Pennsylvania", "addressCountry": "USA"},
         workplace="Hybrid", remote=False, employment="FullTime", published="2026-11-19T13:00:00.000+00:00",
         comp=("USD", "1 YEAR", 52000, 60000),
         text="Route entrapments, shutdowns and routine calls to 70 field mechanics from our 24/7 dispatch"
              " desk.\nLog calls in ServiceTitan, keep customers updated and escalate entrapments to"
              " supervisors.\n2 years of dispatch or call-center experience; a calm voice on the phone.\n"
              "Two days a week from home after training, and a $1.50/hr differential on evening shifts.",
         label=L("Service Dispatcher", "Keystone Vertical Transportation", "Philadelphia", "PA", "US", "hybrid",
                 "full-time", "mid", 52000, 60000, "USD", "2026-11-19", "en")),
    dict(company="Nordlys Havbruk AS", id="b1300000-0000-4000-8000-000000004004",
         title="Fiskehelsebiolog", location="Tromsø, Norway",
         address={"addressLocality": "Tromsø", "addressRegion": "Troms", "addressCountry": "Norway"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-04T09:00:00.000+00:00",
         comp=("NOK", "1 YEAR", 620000, 720000),
         text="Nordlys Havbruk driver 18 sjølokaliteter for laks i Troms og Finnmark.\nDu følger opp"
              " fiskehelse og velferd, gjennomfører helsekontroller og lusetellinger og rådgir driftsteamene.\n"
              "Autorisasjon som fiskehelsebiolog og førerkort klasse B; båtførerbevis er en fordel.\n"
              "Vi tilbyr pensjon, forsikringer, og en fast tilleggsytelse for arbeid i Finnmark.",
         label=L("Fiskehelsebiolog", "Nordlys Havbruk AS", "Tromsø", "Troms", "NO", "onsite", "full-time", None,
                 620000, 720000, "NOK", "2026-11-04", "no")),
    dict(company="Nordlys Havbruk AS", id="b1300000-0000-4000-8000-000000004005",
         title="Driftsoperatør settefisk", location="Bodø, Norway",
         address={"addressLocality": "Bodø", "addressRegion": "Nordland", "addressCountry": "Norway"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-16T08:00:00.000+00:00",
         text="Vårt settefiskanlegg i Bodø produserer 9 millioner smolt i året i et RAS-anlegg.\nFôring,"
              " vannkvalitet, vaksinering og sortering, og vakt etter turnus.\nFagbrev i akvakultur eller"
              " erfaring fra settefisk.\nLønn etter avtale. Turnustillegg, vaktgodtgjørelse på kr 1 200 per"
              " vaktdøgn og bonusordning på inntil kr 40 000 ved gode resultater.",
         label=L("Driftsoperatør settefisk", "Nordlys Havbruk AS", "Bodø", "Nordland", "NO", "onsite", "full-time",
                 None, None, None, None, "2026-11-16", "no")),
    dict(company="Nordlys Havbruk AS", id="b1300000-0000-4000-8000-000000004006",
         title="Senior Process Engineer – Smolt Facilities", location="Trondheim, Norway",
         address={"addressLocality": "Trondheim", "addressRegion": "Trøndelag", "addressCountry": "Norway"},
         workplace="Hybrid", remote=False, employment="FullTime", published="2026-11-25T10:00:00.000+00:00",
         comp=("NOK", "1 YEAR", 850000, 980000),
         text="We are building two new recirculating smolt facilities and need an engineer to own their process"
              " design.\nWater treatment, biofilters, oxygenation and CO2 stripping; work with contractors from"
              " tender to commissioning.\nMSc in process or environmental engineering and 7 years in"
              " aquaculture, water or food processing.\nHybrid from our Trondheim office, with about 40 travel"
              " days a year to the sites.",
         label=L("Senior Process Engineer – Smolt Facilities", "Nordlys Havbruk AS", "Trondheim", "Trøndelag", "NO",
                 "hybrid", "full-time", "senior", 850000, 980000, "NOK", "2026-11-25", "en")),
]

# ---------------------------------------------------------------- JSON-LD (6)
JSONLD = [
    dict(slug="sage-femme-salle-naissance-beziers", company="Polyclinique du Val d'Orb",
         title="Sage-femme – salle de naissance (H/F)",
         address={"addressLocality": "Béziers", "addressRegion": "Occitanie", "postalCode": "34500",
                  "addressCountry": "FR"},
         employment="FULL_TIME", posted="2026-11-04T09:00:00+01:00",
         text="<p>Notre maternité de niveau 2A réalise 1 600 accouchements par an et dispose d'une unité"
              " kangourou.</p><p><b>Vos missions :</b> suivi du travail et accouchements eutociques, surveillance"
              " des suites de couches immédiates, consultations d'urgence obstétricale.</p><p><b>Profil :</b>"
              " diplôme d'État de sage-femme, inscription à l'Ordre ; jeunes diplômé(e)s bienvenu(e)s.</p><p>"
              "<b>Conditions :</b> CDI à temps plein en 12 h, un week-end sur trois.</p><p><b>Salaire :</b>"
              " 2 450 € à 2 900 € bruts mensuels selon l'ancienneté (CCN FHP), prime de dimanche et jours"
              " fériés, et une prime d'installation de 3 000 €.</p>",
         label=L("Sage-femme – salle de naissance (H/F)", "Polyclinique du Val d'Orb", "Béziers", "Occitanie", "FR",
                 "onsite", "full-time", None, M(2450), M(2900), "EUR", "2026-11-04", "fr")),
    dict(slug="magazziniere-carrellista-piacenza", company="Logistica Farnese S.r.l.",
         title="Magazziniere carrellista – turni",
         address={"addressLocality": "Piacenza", "addressRegion": "Emilia-Romagna", "postalCode": "29122",
                  "addressCountry": "IT"},
         employment="FULL_TIME", posted="2026-11-11",
         text="<p>Operatore logistico per la grande distribuzione con un magazzino di 48.000 mq al polo"
              " logistico di Le Mose.</p><p><b>Attività:</b> carico e scarico automezzi con carrello frontale e retrattile,"
              " allestimento ordini con terminale RF, inventari.</p><p><b>Requisiti:</b> patentino per"
              " carrelli elevatori in corso di validità, disponibilità su tre turni.</p><p><b>Offerta:</b>"
              " contratto a tempo indeterminato, CCNL Logistica livello 5, retribuzione lorda mensile di 1.750 €"
              " per 14 mensilità, maggiorazione notturna del 30% e buoni pasto da 7 €.</p>",
         label=L("Magazziniere carrellista – turni", "Logistica Farnese S.r.l.", "Piacenza", "Emilia-Romagna", "IT",
                 "onsite", "full-time", None, M(1750, 14), M(1750, 14), "EUR", "2026-11-11", "it")),
    dict(slug="tecnico-radiologia-londrina", company="Clínica Imagem Araucária",
         title="Técnico(a) em Radiologia – Tomografia",
         address={"addressLocality": "Londrina", "addressRegion": "PR", "postalCode": "86020-000",
                  "addressCountry": "BR"},
         employment="FULL_TIME", posted="2026-11-13T08:00:00-03:00",
         text="<p>Somos uma rede de diagnóstico por imagem com cinco unidades em Londrina e no"
              " norte do Paraná.</p><p><b>Atividades:</b> realizar exames de tomografia e raio-X, posicionamento"
              " do paciente, controle de dose e apoio à enfermagem em exames contrastados.</p><p><b>Requisitos:"
              "</b> curso técnico em radiologia, registro ativo no CRTR e experiência em tomografia.</p><p><b>"
              "Oferecemos:</b> piso salarial de R$ 3.450,00 (jornada de 24 horas semanais conforme a Lei"
              " 7.394), vale-alimentação de R$ 800,00 por mês, plano de saúde e dosimetria.</p>",
         label=L("Técnico(a) em Radiologia – Tomografia", "Clínica Imagem Araucária", "Londrina", "PR", "BR",
                 "onsite", "full-time", None, M(3450), M(3450), "BRL", "2026-11-13", "pt")),
    dict(slug="auxiliar-contable-atlixco", company="Grupo Textil Atlixco S.A. de C.V.", title="Auxiliar contable",
         address={"addressLocality": "Atlixco", "addressRegion": "Puebla", "postalCode": "74200",
                  "addressCountry": "MX"},
         employment="FULL_TIME", posted="2026-11-17", salary=("MXN", "MONTH", 13000, 15500),
         text="<p>Fabricamos mezclilla y telas técnicas para marcas de México y Estados Unidos en dos plantas"
              " de Atlixco.</p><p><b>Funciones:</b> registro de pólizas en CONTPAQi, conciliaciones bancarias,"
              " cuentas por pagar y apoyo en la declaración mensual de IVA e ISR.</p><p><b>Requisitos:</b>"
              " licenciatura en Contaduría (trunca o titulado), 1 año de experiencia.</p><p><b>Ofrecemos:</b>"
              " prestaciones superiores a las de ley, vales de despensa de $1,200 mensuales, fondo de ahorro"
              " del 10% y comedor.</p>",
         label=L("Auxiliar contable", "Grupo Textil Atlixco S.A. de C.V.", "Atlixco", "Puebla", "MX", "onsite",
                 "full-time", "entry", M(13000), M(15500), "MXN", "2026-11-17", "es")),
    dict(slug="kaigo-shokuin-asahikawa", company="社会福祉法人すずらん福祉会", title="介護職員（正社員）／特別養護老人ホーム",
         address={"addressLocality": "旭川市", "addressRegion": "北海道", "postalCode": "070-0031",
                  "addressCountry": "JP"},
         employment="FULL_TIME", posted="2026-11-20T10:00:00+09:00",
         text="<p>旭川市の特別養護老人ホーム（定員80名・ユニット型）での介護業務です。</p><p><b>仕事内容：</b>"
              "食事・入浴・排泄の介助、レクリエーション、介護記録の入力（タブレット）。</p><p><b>応募資格：</b>"
              "介護職員初任者研修以上。介護福祉士の方は資格手当あり。</p><p><b>給与：</b>基本給 198,000円～235,000円"
              "（経験による）＋処遇改善手当 月15,000円、夜勤手当 1回6,000円、賞与年2回。</p><p><b>勤務：</b>"
              "シフト制（早番・日勤・遅番・夜勤）、年間休日115日。</p>",
         label=L("介護職員（正社員）／特別養護老人ホーム", "社会福祉法人すずらん福祉会", "旭川市", "北海道", "JP", "onsite",
                 "full-time", None, M(198000), M(235000), "JPY", "2026-11-20", "ja")),
    dict(slug="inginer-proiectant-instalatii-sibiu", company="Cibin Instal Proiect S.R.L.",
         title="Inginer proiectant instalații HVAC",
         address={"addressLocality": "Sibiu", "addressRegion": "Sibiu", "postalCode": "550160",
                  "addressCountry": "RO"},
         employment="FULL_TIME", posted="2026-11-26",
         text="<p>Proiectăm instalații HVAC și sanitare pentru clădiri de birouri, spitale și fabrici din"
              " Transilvania.</p><p><b>Responsabilități:</b> calcule de dimensionare, proiecte în Revit MEP,"
              " caiete de sarcini și asistență tehnică pe șantier.</p><p><b>Cerințe:</b> facultatea de"
              " instalații, minim 3 ani în proiectare, atestat MDLPA constituie avantaj.</p><p><b>Oferim:</b>"
              " salariu net între 7.500 și 9.000 lei pe lună, tichete de masă de 40 lei pe zi, abonament"
              " medical și o zi de lucru de acasă pe săptămână.</p>",
         label=L("Inginer proiectant instalații HVAC", "Cibin Instal Proiect S.R.L.", "Sibiu", "Sibiu", "RO",
                 "hybrid", "full-time", "mid", M(7500), M(9000), "RON", "2026-11-26", "ro")),
]

# ---------------------------------------------------------------- RSS (6)
RSS = [
    dict(slug="remote-auto-claims-adjuster", company="Prairie Mutual Claims Services",
         title="Remote Auto Claims Adjuster", region="USA Only", country="United States", type="Full-Time",
         pub="Mon, 02 Nov 2026 15:00:00 GMT",
         text="<p>We handle first-party and liability auto claims for six regional insurers in the Midwest.</p>"
              "<p><strong>What you'll do:</strong> take recorded statements, review photo estimates, set"
              " reserves and settle claims up to $15,000 of authority.</p><p><strong>You have:</strong> 1+ year"
              " of claims or body-shop experience and an adjuster licence (or will earn one in 60 days; we pay"
              " the exam).</p><p><strong>Pay and perks:</strong> $58,000 – $66,000 a year, a $2,000 licensing"
              " stipend, a laptop and two monitors.</p>",
         label=L("Remote Auto Claims Adjuster", "Prairie Mutual Claims Services", None, None, "US", "remote",
                 "full-time", "entry", 58000, 66000, "USD", "2026-11-02", "en")),
    dict(slug="bookkeeper-xero-part-time", company="Tui Ledger Partners", title="Bookkeeper (Xero) – Part-time",
         region="New Zealand Only", country="New Zealand", type="Part-Time", pub="Wed, 04 Nov 2026 14:00:00 +1300",
         text="<p>A chartered accounting practice in Hawke's Bay working with farms, trades and cafés.</p>"
              "<p><strong>The work:</strong> bank reconciliations, GST returns, payroll in Xero and PAYE"
              " filing for 30 small clients.</p><p><strong>About you:</strong> 3 years of bookkeeping and Xero"
              " advisor certification.</p><p><strong>Pay:</strong> NZ$32 – NZ$38 per hour for 20 hours a week,"
              " flexible days.</p>",
         label=L("Bookkeeper (Xero) – Part-time", "Tui Ledger Partners", None, None, "NZ", "remote", "part-time",
                 "mid", H(32), H(38), "NZD", "2026-11-04", "en")),
    dict(slug="legal-secretary-conveyancing", company="Wessex Conveyancing Hub",
         title="Legal Secretary (Residential Conveyancing)", region="UK Only", country="United Kingdom",
         type="Full-Time", pub="Mon, 09 Nov 2026 08:30:00 +0000",
         text="<p>We are a remote-first conveyancing practice regulated by the CLC, handling 2,000 sales and"
              " purchases a year.</p><p><strong>Your role:</strong> open files, prepare contract packs and"
              " TR1s, chase searches and management packs, and keep clients updated.</p><p><strong>You:"
              "</strong> 2 years as a conveyancing secretary or assistant, quick and accurate typing.</p><p>"
              "<strong>Salary:</strong> £26,500 – £29,000 per annum, 25 days' holiday and a £300 home-office"
              " set-up payment.</p>",
         label=L("Legal Secretary (Residential Conveyancing)", "Wessex Conveyancing Hub", None, None, "GB",
                 "remote", "full-time", "mid", 26500, 29000, "GBP", "2026-11-09", "en")),
    dict(slug="kundenberater-reisen-deutsch", company="Alpenblick Reisen Online GmbH",
         title="Kundenberater:in Reisebuchungen (Deutsch)", region="Europe Only", country="Austria",
         type="Full-Time", pub="Thu, 12 Nov 2026 10:00:00 +0100",
         text="<p>Wir verkaufen Wander- und Radreisen in den Alpen an Gäste aus Österreich, Deutschland und"
              " der Schweiz, von unserem Büro in Innsbruck aus.</p><p><strong>Aufgaben:</strong> Beratung am Telefon und per E-Mail, Buchungen"
              " und Umbuchungen, Betreuung der Gäste während der Reise.</p><p><strong>Profil:</strong>"
              " Erfahrung im Kundenservice oder Tourismus, sehr gutes Deutsch.</p><p><strong>Wir bieten:"
              "</strong> Gehalt nach Vereinbarung, 2 % Provision auf Zusatzbuchungen, einen Reisegutschein über"
              " 500 € im Jahr und komplett remote Arbeit innerhalb der EU.</p>",
         label=L("Kundenberater:in Reisebuchungen (Deutsch)", "Alpenblick Reisen Online GmbH", None, None, "AT",
                 "remote", "full-time", None, None, None, None, "2026-11-12", "de")),
    dict(slug="remote-medical-scribe-night", company="Veda Scribe Services", title="Remote Medical Scribe (Night Shift)",
         region="Pakistan Only", country="Pakistan", type="Full-Time", pub="Tue, 17 Nov 2026 11:00:00 +0500",
         text="<p>Our scribes document patient visits in real time for US urgent-care and family-medicine"
              " clinics.</p><p><strong>Responsibilities:</strong> listen to encounters, write HPI, exam and"
              " plan notes in the EHR, and queue orders for provider sign-off.</p><p><strong>Requirements:"
              "</strong> a life-sciences degree, excellent English and a quiet home workspace with 50 Mbps"
              " internet.</p><p><strong>Salary:</strong> PKR 120,000 – 150,000 per month, a night-shift"
              " allowance of PKR 15,000 a month and paid training of four weeks.</p>",
         label=L("Remote Medical Scribe (Night Shift)", "Veda Scribe Services", None, None, "PK", "remote",
                 "full-time", None, M(120000), M(150000), "PKR", "2026-11-17", "en")),
    dict(slug="technical-writer-api-docs", company="Inkwell Docs Collective", title="Technical Writer (API Docs)",
         region="Anywhere in the World", country="", type="Contract", pub="Mon, 23 Nov 2026 16:00:00 GMT",
         text="<p>We write developer documentation for payments and logistics APIs on behalf of our"
              " clients.</p><p><strong>You will:</strong> write guides, references and tutorials from OpenAPI"
              " specs, test every sample request and work with client engineers.</p><p><strong>You have:"
              "</strong> 4 years of technical writing with REST APIs and some Python or JavaScript.</p><p>"
              "<strong>Rate:</strong> USD 4,500 – 5,500 per month as an independent contractor, invoiced"
              " monthly.</p>",
         label=L("Technical Writer (API Docs)", "Inkwell Docs Collective", None, None, None, "remote", "contract",
                 "mid", M(4500), M(5500), "USD", "2026-11-23", "en")),
]

# ---------------------------------------------------------------- Remote OK (6)
REMOTEOK = [
    dict(id="1830001", company="Jadranpay", position="Senior Site Reliability Engineer",
         location="Croatia", salary=(0, 0), date="2026-11-03T09:00:00+00:00",
         tags=["sre", "kubernetes", "payments", "devops"],
         text="<p>Jadranpay runs card acquiring for 9,000 merchants in Croatia, Slovenia and Serbia.</p><p><strong>What you'll do:"
              "</strong> own our Kubernetes platform, on-call tooling and incident reviews, and cut our p99"
              " latency.</p><p><strong>You have:</strong> 6 years in SRE or platform roles, Terraform and"
              " Go.</p><p>EUR 5,500 – 6,500 gross per month, remote within Croatia, plus a €1,000 yearly wellness"
              " budget and on-call pay.</p>",
         label=L("Senior Site Reliability Engineer", "Jadranpay", None, None, "HR", "remote", None,
                 "senior", M(5500), M(6500), "EUR", "2026-11-03", "en")),
    dict(id="1830002", company="Meridian Chart Review", position="Clinical Documentation Specialist (RN)",
         location="United States", salary=(85000, 95000), date="2026-11-07T15:00:00+00:00",
         tags=["nursing", "healthcare", "cdi"],
         text="<p>We review inpatient charts for 30 hospitals to make sure documentation supports the care"
              " given.</p><p>Review records concurrently, query physicians and track CC/MCC capture.</p><p>"
              "Active RN licence, CCDS or CDIP (or within a year) and 3 years of acute-care nursing.</p><p>"
              "Base salary as listed, a $1,000 certification bonus and a yearly CEU budget of $750.</p>",
         label=L("Clinical Documentation Specialist (RN)", "Meridian Chart Review", None, None, "US", "remote",
                 None, "mid", 85000, 95000, "USD", "2026-11-07", "en")),
    dict(id="1830003", company="Quaybridge Software", position="Bilingual Customer Success Manager (FR/EN)",
         location="Canada", salary=(0, 0), date="2026-11-10T14:00:00+00:00",
         tags=["customer success", "saas", "french"],
         text="<p>Quaybridge sells maintenance software to marinas and ports.</p><p>Onboard and grow a"
              " book of 60 accounts in Quebec and the Maritimes, run quarterly reviews and renewals.</p><p>2"
              " years in customer success or account management, fluent French and English.</p><p>Salary:"
              " $68,000 – $78,000 CAD, plus a variable component of 10% on net retention.</p>",
         label=L("Bilingual Customer Success Manager (FR/EN)", "Quaybridge Software", None, None, "CA", "remote",
                 None, "mid", 68000, 78000, "CAD", "2026-11-10", "en")),
    dict(id="1830004", company="Pampas Testing Co.", position="QA Test Analyst",
         location="Uruguay", salary=(0, 0), date="2026-11-16T13:00:00+00:00",
         tags=["qa", "testing", "cypress"],
         text="<p>We test web and mobile apps for US healthcare and retail clients.</p><p>Write and run test"
              " cases, automate regression suites in Cypress and report defects in Jira.</p><p>2 years of"
              " QA, good English.</p><p>USD 2,200 – 2,800 per month as an independent contractor, paid in US"
              " dollars.</p>",
         label=L("QA Test Analyst", "Pampas Testing Co.", None, None, "UY", "remote", "contract", "mid", M(2200),
                 M(2800), "USD", "2026-11-16", "en")),
    dict(id="1830005", company="Kestrel Grid Analytics", position="Analytics Engineer",
         location="Worldwide", salary=(0, 0), date="2026-11-20T11:00:00+00:00",
         tags=["data", "python", "energy"],
         text="<p>We forecast grid congestion for distribution utilities from smart-meter data.</p><p>Build"
              " ingestion pipelines in Python and dbt on BigQuery, and own data quality checks.</p><p>3 years"
              " of data engineering.</p><p>We just raised a $9M seed round. Salary depends on location; $2,000"
              " yearly learning budget and a co-working stipend.</p>",
         label=L("Analytics Engineer", "Kestrel Grid Analytics", None, None, None, "remote", None, "mid", None, None,
                 None, "2026-11-20", "en")),
    dict(id="1830006", company="Lantern Re Consulting", position="Actuarial Analyst",
         location="Poland", salary=(0, 0), date="2026-11-25T10:00:00+00:00",
         tags=["actuarial", "insurance", "finance"],
         text="<p>We build pricing and reserving models for reinsurers in Europe.</p><p>Data preparation,"
              " loss triangles, Solvency II reporting support.</p><p>Degree in mathematics or econometrics,"
              " 1–2 years of actuarial work, passed or ongoing exams.</p><p>PLN 14 000 – 18 000 brutto"
              " miesięcznie (umowa o pracę), exam fees and study leave paid.</p>",
         label=L("Actuarial Analyst", "Lantern Re Consulting", None, None, "PL", "remote", "full-time", "entry",
                 M(14000), M(18000), "PLN", "2026-11-25", "en")),
]

# ---------------------------------------------------------------- JobSpy (6)
JOBSPY = [
    dict(id="in-b2c3d4e5f6a71301", site="indeed", title="Mobile Phlebotomist",
         company="Bluegrass Draw Partners", location="Lexington, KY", date="2026-11-03", job_type="fulltime",
         remote=False, pay=("hourly", 19.5, 23, "USD"),
         text="**Bluegrass Draw Partners** sends phlebotomists to patients' homes, assisted-living communities"
              " and employer health fairs across central Kentucky.\n\n**Duties**\n\n* 12 - 16 draws a day on a"
              " routed schedule\n* Process and package specimens for courier pickup\n* Document in our mobile"
              " app\n\n**Requirements**\n\n* Phlebotomy certification (NHA CPT or ASCP)\n* 6 months of"
              " phlebotomy experience\n* Reliable vehicle and clean driving record\n\n**Pay**\n\n* $19.50 - $23.00"
              " per hour\n* Mileage at the IRS rate\n* $1 per draw above 14 a day",
         label=L("Mobile Phlebotomist", "Bluegrass Draw Partners", "Lexington", "KY", "US", "onsite",
                 "full-time", "entry", H(19.5), H(23), "USD", "2026-11-03", "en")),
    dict(id="li-4932201002", site="linkedin", title="Graduate Quantity Surveyor",
         company="Thameside Cost Consultants", location="Milton Keynes, England, United Kingdom", date="2026-11-08",
         job_type="fulltime", remote=False, level="Entry level",
         text="Thameside is a cost consultancy of 60 people working on schools, labs and data centres in"
              " Buckinghamshire and Bedfordshire.\n\n**What you'll learn**\n\n* Measurement and cost plans\n* Tender reports and"
              " valuations\n* Final accounts on site\n\n**You**\n\n* RICS-accredited degree (2:1 or above)\n*"
              " Full driving licence\n\n**Package**\n\n£30,000 – £33,000, APC support with paid study days,"
              " 25 days' holiday and a £150 monthly car allowance once you are on site.",
         label=L("Graduate Quantity Surveyor", "Thameside Cost Consultants", "Milton Keynes", "England", "GB", "onsite",
                 "full-time", "entry", 30000, 33000, "GBP", "2026-11-08", "en")),
    dict(id="in-c3d4e5f6a7b81303", site="indeed", title="Structural Welder / Fitter (CWB)",
         company="Meewasin Steel Fabricators", location="Saskatoon, SK", date="2026-11-12", job_type="fulltime",
         remote=False, pay=("hourly", 34, 41, "CAD"),
         text="Meewasin fabricates structural steel for commercial buildings, bridges and potash mines.\n\n"
              "**Responsibilities**\n\n* Fit and weld beams, columns and trusses from shop drawings\n* FCAW and"
              " SMAW in all positions\n\n**Qualifications**\n\n* CWB tickets (flat and horizontal at minimum)\n*"
              " 3 years of structural fabrication\n\n**Benefits**\n\n* Four 10-hour days, Monday to Thursday\n*"
              " Group health after 3 months\n* $500 boot allowance",
         label=L("Structural Welder / Fitter (CWB)", "Meewasin Steel Fabricators", "Saskatoon", "SK", "CA", "onsite",
                 "full-time", "mid", H(34), H(41), "CAD", "2026-11-12", "en")),
    dict(id="gd-1009876543", site="glassdoor", title="Pastry Chef de Partie", company="Harbour Quay Hotel",
         location="Hobart TAS", date="2026-11-31", job_type="fulltime", remote=False,
         text="Harbour Quay Hotel is a 240-room hotel on Sullivans Cove with a restaurant, a rooftop bar and"
              " banqueting for 400.\n\n**The role**\n\n* Run the pastry section for breakfast, à la carte and"
              " events\n* Laminated doughs, plated desserts and wedding cakes\n\n**You have**\n\n* Trade"
              " qualification in patisserie\n* 2 years in a hotel or fine-dining pastry kitchen\n\n**We"
              " offer**\n\n$78,000 + super, duty meals, uniform laundry and hotel discounts worldwide.",
         label=L("Pastry Chef de Partie", "Harbour Quay Hotel", "Hobart", "TAS", "AU", "onsite", "full-time",
                 "mid", 78000, 78000, "AUD", None, "en")),
    dict(id="in-d4e5f6a7b8c91305", site="indeed", title="Dialysis Technician",
         company="Deccan Kidney Care Pvt Ltd", location="Nashik, Maharashtra", date="2026-11-19", job_type="fulltime",
         remote=False, pay=("yearly", 240000, 300000, "INR"),
         text="Deccan Kidney Care runs 22 dialysis centres in Maharashtra.\n\n**Job description**\n\n* Prepare"
              " and run haemodialysis machines, cannulate AV fistulas\n* Monitor patients during sessions\n*"
              " Reprocess dialysers and keep water-plant logs\n\n**Eligibility**\n\n* Diploma or B.Sc in"
              " Dialysis Technology\n* 1 year of experience\n\n**Benefits**\n\n* PF, ESIC and a night-shift"
              " allowance",
         label=L("Dialysis Technician", "Deccan Kidney Care Pvt Ltd", "Nashik", "Maharashtra", "IN", "onsite",
                 "full-time", "entry", 240000, 300000, "INR", "2026-11-19", "en")),
    dict(id="li-4932201006", site="linkedin", title="Técnico/a de Cumplimiento Normativo (PBC/FT)",
         company="Banca Meseta Cooperativa", location="Valladolid, Castile and León, Spain", date="2026-11-24",
         job_type="fulltime", remote=False, level="Mid-Senior level",
         text="Banca Meseta es una cooperativa de crédito con 95 oficinas en Castilla y León.\n\n**Funciones**"
              "\n\n* Análisis de alertas y operativa sospechosa\n* Comunicaciones al SEPBLAC\n* Formación a la"
              " red de oficinas\n\n**Requisitos**\n\n* Licenciatura en Derecho o ADE\n* 5 años en prevención"
              " del blanqueo de capitales\n\n**Ofrecemos**\n\nRetribución competitiva acorde a la experiencia,"
              " bonus de hasta el 15%, préstamos para empleados a tipo preferente y un día de teletrabajo.",
         label=L("Técnico/a de Cumplimiento Normativo (PBC/FT)", "Banca Meseta Cooperativa", "Valladolid",
                 "Castile and León", "ES", "hybrid", "full-time", "senior", None, None, None, "2026-11-24",
                 "es")),
]

# ---------------------------------------------------------------- file: (6)
FILE = [
    dict(external_id="ie-gas-01", title="Registered Gas Installer (RGII) - Service & Breakdown",
         company="Shannonside Heating Services", locations=["Ennis, Co. Clare"], employment="Full-time",
         posted="2026-11-05",
         text="Shannonside services and repairs gas boilers and heat pumps for 9,000 homes and landlords in"
              " Clare and north Kerry. You will carry out annual services, breakdowns and safety checks, issue"
              " RGII certificates and advise customers on upgrades. You hold RGII registration and a full"
              " driving licence; heat pump training is provided. Pay is €24 – €28 per hour depending on"
              " experience, with a liveried van, fuel card, phone and a €750 yearly tool allowance. Call-out"
              " weekends are paid separately at €180 per weekend.",
         label=L("Registered Gas Installer (RGII) - Service & Breakdown", "Shannonside Heating Services", "Ennis",
                 "Co. Clare", "IE", "onsite", "full-time", None, H(24), H(28), "EUR", "2026-11-05", "en")),
    dict(external_id="ch-kita-02", title="Fachperson Betreuung Kinder (FaBe) 80 %",
         company="Kita Sonnenbühl", locations=["9490 Vaduz"], employment="Part-time",
         posted="2026-11-10T08:00:00+01:00",
         text="Unsere Kita betreut 36 Kinder von 3 Monaten bis zum Kindergarteneintritt in zwei Gruppen. Du"
              " planst den Tagesablauf, begleitest Eingewöhnungen, führst Elterngespräche und begleitest eine"
              " lernende Person. Du hast ein EFZ als Fachperson Betreuung Kinder und Freude an Naturtagen im"
              " Wald. Jahreslohn CHF 62'000 – 68'000 bei 100 %, bezahlt in 13 Monatslöhnen, fünf Wochen"
              " Ferien und ein Weiterbildungsbudget von CHF 1'000.",
         label=L("Fachperson Betreuung Kinder (FaBe) 80 %", "Kita Sonnenbühl", "Vaduz", None, "LI", "onsite",
                 "part-time", None, 62000, 68000, "CHF", "2026-11-10", "de")),
    dict(external_id="au-lib-03", title="Library Officer – Casual", company="Loddon Regional Libraries",
         locations=["Bendigo VIC 3550"], employment="Casual", posted="2026-11-14",
         salary={"salary_min": 39.12, "salary_max": 39.12, "salary_currency": "AUD", "salary_period": "hour"},
         text="Loddon Regional Libraries runs 17 branches and two mobile libraries. Casual library officers"
              " cover the loans desk, shelve, run storytime and help customers with printing and e-books."
              " Shifts are offered across our Bendigo branches, including Saturdays. The rate is $39.12 per"
              " hour (Band 3, including 25% casual loading). A current Working with Children Check is"
              " required.",
         label=L("Library Officer – Casual", "Loddon Regional Libraries", "Bendigo", "VIC", "AU", "onsite",
                 "part-time", None, H(39.12), H(39.12), "AUD", "2026-11-14", "en")),
    dict(external_id="za-audit-04", title="Audit Trainee (SAICA Training Contract)",
         company="Mokoena & Partners Inc.", locations=["Bloemfontein, Free State"], employment="Full-time",
         posted="2026-11-18T09:00:00+02:00",
         text="Mokoena & Partners is a registered auditing firm with 120 staff in Bloemfontein and Kimberley."
              " Trainees audit municipalities, agricultural co-operatives and owner-managed businesses while"
              " completing their SAICA training programme. You hold a BCom Accounting (CTA in progress or"
              " completed). Remuneration: R 14 500 per month in the first year, R 16 800 in the second and"
              " R 19 200 in the third, plus study leave and a travel allowance for client visits.",
         label=L("Audit Trainee (SAICA Training Contract)", "Mokoena & Partners Inc.", "Bloemfontein",
                 "Free State", "ZA", "onsite", "full-time", "entry", M(14500), M(14500), "ZAR", "2026-11-18",
                 "en")),
    dict(external_id="nl-ha-05", title="Diëtist (24-32 uur)", company="Gezondheidscentrum De Linde",
         locations=["Deventer"], employment="Part-time", posted="2026-11-23",
         text="In ons gezondheidscentrum werken huisartsen, fysiotherapeuten en diëtisten samen voor 14.000"
              " inwoners van Deventer-Noord. Je begeleidt cliënten met diabetes, COPD, overgewicht en"
              " ondervoeding, individueel en in groepen, en werkt mee in de ketenzorg. Je hebt een diploma"
              " Voeding en Diëtetiek (hbo) en staat in het Kwaliteitsregister Paramedici. Salaris volgens cao"
              " Gezondheidscentra, FWG 50: € 3.120 – € 4.380 bruto per maand bij een volledige werkweek van 36"
              " uur, plus 8% vakantietoeslag en een eindejaarsuitkering van 8,3%.",
         label=L("Diëtist (24-32 uur)", "Gezondheidscentrum De Linde", "Deventer", None, "NL", "onsite",
                 "part-time", None, M(3120), M(4380), "EUR", "2026-11-23", "nl")),
    dict(external_id="co-sst-06", title="Ingeniero(a) de Seguridad y Salud en el Trabajo",
         company="Concretos del Valle de Aburrá S.A.S.", locations=["Medellín, Antioquia"], employment="Full-time",
         posted="2026-11-27T08:00:00-05:00",
         text="Producimos concreto premezclado y prefabricados con cuatro plantas en el Valle de Aburrá. Serás"
              " responsable del SG-SST de las plantas, investigación de incidentes, inspecciones a conductores"
              " de mixers y capacitación. Requisitos: ingeniería industrial o afín, licencia en SST vigente y 3"
              " años de experiencia en construcción o industria. Salario: COP 5.800.000 – 6.500.000 mensuales,"
              " prima extralegal y auxilio de movilización.",
         label=L("Ingeniero(a) de Seguridad y Salud en el Trabajo", "Concretos del Valle de Aburrá S.A.S.",
                 "Medellín", "Antioquia", "CO", "onsite", "full-time", "mid", M(5800000), M(6500000), "COP",
                 "2026-11-27", "es")),
]

# ---------------------------------------------------------------- Workday (6): one detail per file
WORKDAY = [
    dict(company="Marion Valley County", path="Building-Inspector-II_R-2611-044",
         title="Building Inspector II", location="Corvallis, OR", country="United States of America",
         remote="On-site", time="Full time", posted_on="Posted 3 Days Ago",
         text="<p><b>Position Summary</b></p><p>Inspect residential and light commercial construction for"
              " compliance with the Oregon Residential and Structural Specialty Codes in unincorporated Marion"
              " Valley County.</p><p><b>Essential Duties</b></p><ul><li>Foundation, framing, insulation and final"
              " inspections, 10&ndash;14 a day</li><li>Review plans for small projects and answer contractor"
              " questions at the permit counter</li><li>Write correction notices and keep records in"
              " Accela</li></ul><p><b>Minimum Qualifications</b></p><ul><li>Oregon A-level structural inspector"
              " certification and ICC residential combination inspector</li><li>2 years of inspection or"
              " construction experience</li></ul><p><b>Salary</b></p><p>$34.80 &ndash; $44.10 hourly (Range 24,"
              " AFSCME Local 2790). The county pays the full PERS employee contribution and provides a take-home"
              " vehicle.</p>",
         label=L("Building Inspector II", "Marion Valley County", "Corvallis", "OR", "US", "onsite", "full-time",
                 "mid", H(34.80), H(44.10), "USD", "2026-11-28", "en")),
    dict(company="Wrekin Vale Council", path="Social-Worker---Children-in-Care_REQ-77310",
         title="Social Worker - Children in Care", location="Telford, Shropshire", country="United Kingdom",
         remote="Hybrid", time="Full time", posted_on="Posted Yesterday",
         text="<p><b>About the team</b></p><p>Our Children in Care team supports 180 children and young people"
              " living in foster care, residential homes and with connected carers.</p><p><b>What you'll"
              " do</b></p><ul><li>Hold a caseload of around 16 children</li><li>Statutory visits, care plans and"
              " reviews</li><li>Court work and permanence planning</li></ul><p><b>About you</b></p><ul><li>Social"
              " Work England registration</li><li>2 years of post-qualifying experience in children's"
              " services</li></ul><p><b>Pay and benefits</b></p><p>Grade 8 (Social Worker Level 2): &pound;38,220"
              " &ndash; &pound;42,708 per annum, plus a &pound;2,000 market supplement and a &pound;1,500"
              " welcome payment. Local Government Pension Scheme, agile working and a reduced caseload in"
              " your first three months.</p>",
         label=L("Social Worker - Children in Care", "Wrekin Vale Council", "Telford", "Shropshire", "GB",
                 "hybrid", "full-time", "mid", 38220, 42708, "GBP", "2026-11-30", "en")),
    dict(company="Elbtal Cargo GmbH", path="Lokfuehrerin-Gueterverkehr_JR-1183",
         title="Lokführer:in im Güterverkehr (m/w/d)", location="Dresden", country="Germany",
         remote="On-site", time="Full time", posted_on="Posted 30+ Days Ago",
         text="<p><b>Über uns</b></p><p>Elbtal Cargo fährt Ganzzüge mit Containern, Holz und Baustoffen"
              " zwischen den Seehäfen, Sachsen und Tschechien.</p><p><b>Deine Aufgaben</b></p><ul><li>Führen"
              " von Güterzügen auf dem Netz der DB InfraGO und der Správa železnic</li><li>Bremsproben,"
              " Wagenprüfung und Rangierfahrten</li></ul><p><b>Dein Profil</b></p><ul><li>Triebfahrzeugführerschein"
              " Klasse B, Streckenkunde Sachsen wünschenswert</li><li>Bereitschaft zu Schicht- und"
              " Wochenendarbeit</li></ul><p><b>Vergütung</b></p><p>Tabellenentgelt 3.720 € brutto monatlich"
              " nach Haustarifvertrag, zzgl. Schicht-, Nacht- und Sonntagszulagen sowie Übernachtungspauschale"
              " von 28 € pro Tour.</p>",
         label=L("Lokführer:in im Güterverkehr (m/w/d)", "Elbtal Cargo GmbH", "Dresden", None, "DE", "onsite",
                 "full-time", None, M(3720), M(3720), "EUR", None, "de")),
    dict(company="Maple Gate Customs Brokers Inc.", path="Customs-Entry-Specialist_JR-20417",
         title="Customs Entry Specialist", location="Mississauga, ON", country="Canada",
         remote="Hybrid", time="Full time", posted_on="Posted Today",
         text="<p><b>Who we are</b></p><p>Maple Gate clears 250,000 commercial shipments a year at Pearson"
              " airport, the Peace Bridge and the port of Montreal.</p><p><b>The role</b></p><ul><li>Classify"
              " goods under the Customs Tariff and prepare CARM accounting declarations</li><li>Answer importer"
              " and carrier questions, correct B2 adjustments</li></ul><p><b>Qualifications</b></p><ul><li>CCS"
              " (Certified Customs Specialist) designation</li><li>2 years in customs brokerage</li></ul><p><b>"
              "Compensation</b></p><p>Salary range: $55,000 - $63,000 annually. Hybrid after probation (three"
              " days in office), RRSP match of 4% and a $500 annual wellness account.</p>",
         label=L("Customs Entry Specialist", "Maple Gate Customs Brokers Inc.", "Mississauga", "ON", "CA", "hybrid",
                 "full-time", "mid", 55000, 63000, "CAD", "2026-12-01", "en")),
    dict(company="Doha Pearl Retail W.L.L.", path="Store-Manager---Fragrance-Boutique_R-3391",
         title="Store Manager - Fragrance Boutique", location="Doha", country="Qatar",
         remote="On-site", time="Full time", posted_on="Posted 5 Days Ago",
         text="<p><b>Job Purpose</b></p><p>Lead our flagship oud and fragrance boutique at a Doha mall with a"
              " team of nine.</p><p><b>Key Accountabilities</b></p><ul><li>Deliver the boutique's QAR 11 million"
              " sales plan</li><li>Visual merchandising, stock control and staff rosters</li><li>Clienteling for"
              " VIP customers</li></ul><p><b>Requirements</b></p><ul><li>5 years in luxury retail, 2 as store or"
              " assistant manager</li><li>Arabic and English</li></ul><p><b>Package</b></p><p>Basic salary QAR"
              " 12,000 &ndash; 15,000 per month, plus housing and transport allowances of QAR 4,500 a month,"
              " a sales commission and annual air tickets.</p>",
         label=L("Store Manager - Fragrance Boutique", "Doha Pearl Retail W.L.L.", "Doha", None, "QA", "onsite",
                 "full-time", "senior", M(12000), M(15000), "QAR", "2026-11-26", "en")),
    dict(company="Andaman Breeze Resort Co., Ltd.", path="Front-Office-Manager_R-0877",
         title="Front Office Manager", location="Phuket", country="Thailand",
         remote="On-site", time="Full time", posted_on="Posted 10 Days Ago",
         text="<p><b>About the resort</b></p><p>A 310-key beach resort on Kata Beach with three restaurants"
              " and a kids' club.</p><p><b>Responsibilities</b></p><ul><li>Lead reception, concierge, guest"
              " relations and night audit (28 staff)</li><li>Upselling, guest satisfaction scores and Opera"
              " PMS</li></ul><p><b>Qualifications</b></p><ul><li>5 years in front office, 2 at supervisor level"
              " or above</li><li>Fluent English; Russian or Chinese an advantage</li></ul><p><b>Benefits"
              "</b></p><p>THB 55,000 &ndash; 70,000 per month, service charge, accommodation, duty meals and"
              " social security.</p>",
         label=L("Front Office Manager", "Andaman Breeze Resort Co., Ltd.", "Phuket", None, "TH", "onsite",
                 "full-time", "senior", M(55000), M(70000), "THB", "2026-11-21", "en")),
]

# ---------------------------------------------------------------- Workable (6, three accounts)
WORKABLE = [
    ("Tejo Hospitality Group", "<p>Boutique hotels in Cascais and Braga.</p>", [
        dict(code="D1E2F3A001", title="Governanta de Andares", employment="Full-time", city="Cascais",
             region="Lisboa", country="Portugal", published="2026-11-05", experience="",
             text="<p>Hotel de 96 quartos em Cascais, aberto todo o ano.</p><p><strong>Funções</strong></p><ul>"
                  "<li>Coordenar uma equipa de 12 empregadas de andares</li><li>Inspeção de quartos e zonas"
                  " comuns</li><li>Controlo de lavandaria e amenities</li></ul><p><strong>Perfil</strong></p>"
                  "<ul><li>2 anos como governanta ou supervisora</li></ul><p><strong>Oferecemos</strong></p><p>"
                  "Remuneração base de 1.150 € por mês, paga em 14 prestações, subsídio de alimentação de 9,60"
                  " € por dia e seguro de saúde.</p>",
             label=L("Governanta de Andares", "Tejo Hospitality Group", "Cascais", "Lisboa", "PT", "onsite",
                     "full-time", "mid", M(1150, 14), M(1150, 14), "EUR", "2026-11-05", "pt")),
        dict(code="D1E2F3A002", title="Sommelier", employment="Full-time", city="Braga", region="Braga",
             country="Portugal", published="2026-11-19", experience="",
             text="<p>O nosso restaurante no centro histórico tem uma carta de 400 referências de vinhos do Douro e do"
                  " Minho.</p><p>Serviço de vinhos, gestão da cave e formação da equipa de sala.</p><p>"
                  "Formação WSET 2 ou superior.</p><p>Remuneração competitiva, gorjetas (em média 300 € por"
                  " mês) e um orçamento anual de 5.000 € para visitas a produtores.</p>",
             label=L("Sommelier", "Tejo Hospitality Group", "Braga", "Braga", "PT", "onsite", "full-time", None,
                     None, None, None, "2026-11-19", "pt")),
    ]),
    ("Great Lakes Fire Protection", "<p>Sprinkler and fire alarm service in Michigan.</p>", [
        dict(code="E2F3A4B001", title="Fire Sprinkler Inspector", employment="Full-time", city="Kalamazoo",
             region="Michigan", country="United States", published="2026-11-09", experience="",
             text="<p>Inspect and test wet, dry and pre-action sprinkler systems, fire pumps and backflow"
                  " preventers under NFPA 25.</p><p>NICET Level II in water-based systems inspection (or Level"
                  " I and working toward II), 1 year of inspection work and a clean driving record.</p><p>"
                  "$27 – $33/hr, plus a $3/hr differential for NICET III, a company truck and an iPad.</p>",
             label=L("Fire Sprinkler Inspector", "Great Lakes Fire Protection", "Kalamazoo", "MI", "US",
                     "onsite", "full-time", "entry", H(27), H(33), "USD", "2026-11-09", "en")),
        dict(code="E2F3A4B002", title="Fire Alarm Technician", employment="Full-time", city="Lansing",
             region="Michigan", country="United States", published="2026-11-24", experience="",
             text="<p>Service, program and troubleshoot addressable fire alarm panels (Notifier, Simplex,"
                  " EST) in schools, hospitals and factories.</p><p>NICET III in fire alarm systems and 4 years"
                  " of service experience.</p><p>Pay is $36 – $42 per hour, with on-call pay of $250 a week"
                  " when you carry the phone.</p>",
             label=L("Fire Alarm Technician", "Great Lakes Fire Protection", "Lansing", "MI", "US", "onsite",
                     "full-time", "mid", H(36), H(42), "USD", "2026-11-24", "en")),
    ]),
    ("Kowloon Bay Logistics Ltd", "<p>Third-party logistics in Hong Kong.</p>", [
        dict(code="F3A4B5C001", title="Warehouse Supervisor", employment="Full-time", city="Kwai Chung",
             region="New Territories", country="Hong Kong", published="2026-11-06", experience="",
             text="<p>Supervise a team of 25 in our bonded warehouse serving cosmetics and electronics"
                  " brands.</p><p>Daily inbound and outbound plans, WMS, cycle counts and safety.</p><p>3 years"
                  " of warehouse experience with 1 as team lead; forklift licence preferred.</p><p>HK$22,000 –"
                  " 26,000 per month plus double pay, medical insurance and a shift allowance of HK$1,000.</p>",
             label=L("Warehouse Supervisor", "Kowloon Bay Logistics Ltd", "Kwai Chung", "New Territories", "HK",
                     "onsite", "full-time", "mid", M(22000, 13), M(26000, 13), "HKD", "2026-11-06", "en")),
        dict(code="F3A4B5C002", title="Shipping Documentation Clerk", employment="Full-time", city="Kwai Chung",
             region="New Territories", country="Hong Kong", published="2026-11-31", experience="",
             text="<p>Prepare invoices, packing lists and import/export declarations for sea and air"
                  " shipments.</p><p>1 year of shipping or forwarding experience; good English and"
                  " Chinese.</p><p>HK$15,000 – 17,000 per month, a discretionary bonus and five-day work"
                  " week.</p>",
             label=L("Shipping Documentation Clerk", "Kowloon Bay Logistics Ltd", "Kwai Chung", "New Territories",
                     "HK", "onsite", "full-time", "entry", M(15000), M(17000), "HKD", None, "en")),
    ]),
]

# ---------------------------------------------------------------- SmartRecruiters (6)
SMARTRECRUITERS = [
    dict(company="Officine Brianza Meccanica S.p.A.", id="779130100000001", title="Manutentore meccatronico",
         city="Monza", region="Lombardia", country="it", full="Monza, Lombardia, Italy",
         released="2026-11-03T08:00:00.000Z", employment="Full-time", experience="Mid-Senior Level",
         sections=[("companyDescription", "Company Description",
                    "<p>Produciamo riduttori e componenti di precisione per macchine agricole, con 420"
                    " dipendenti.</p>"),
                   ("jobDescription", "Job Description",
                    "<p>Manutenzione preventiva e su guasto di centri di lavoro CNC, robot e impianti"
                    " oleodinamici; lettura di schemi elettrici e pneumatici.</p>"),
                   ("qualifications", "Qualifications",
                    "<p>Diploma tecnico, 3 anni di esperienza in manutenzione industriale, disponibilità su"
                    " due turni.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Retribuzione annua lorda tra 32 e 36 mila euro su 14 mensilità, premio di risultato"
                    " fino a 1.500 € e mensa aziendale.</p>")],
         label=L("Manutentore meccatronico", "Officine Brianza Meccanica S.p.A.", "Monza", "Lombardia", "IT",
                 "onsite", "full-time", "mid", 32000, 36000, "EUR", "2026-11-03", "it")),
    dict(company="Caisse Rance-Émeraude", id="779130100000002", title="Conseiller(ère) clientèle particuliers",
         city="Saint-Malo", region="Bretagne", country="fr", full="Saint-Malo, Bretagne, France",
         released="2026-11-09T09:00:00.000Z", employment="Full-time", experience="Associate",
         sections=[("companyDescription", "Company Description",
                    "<p>Banque coopérative régionale, 38 agences entre Saint-Malo et Dinan.</p>"),
                   ("jobDescription", "Job Description",
                    "<p>Accueil et conseil d'un portefeuille de 700 clients : épargne, crédit immobilier et"
                    " assurances.</p>"),
                   ("qualifications", "Qualifications",
                    "<p>Bac+2/3 banque, 2 ans d'expérience en agence ; certification AMF.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Rémunération : 32 K€ – 36 K€ bruts annuels sur 13 mois, intéressement et"
                    " participation, prêt immobilier à taux préférentiel.</p>")],
         label=L("Conseiller(ère) clientèle particuliers", "Caisse Rance-Émeraude", "Saint-Malo", "Bretagne", "FR",
                 "onsite", "full-time", "mid", 32000, 36000, "EUR", "2026-11-09", "fr")),
    dict(company="Distribuidora Cerrado Alimentos Ltda.", id="779130100000003", title="Analista Fiscal Pleno",
         city="Anápolis", region="GO", country="br", full="Anápolis, GO, Brazil",
         released="2026-11-13T12:00:00.000Z", employment="Full-time", experience="Mid-Senior Level",
         sections=[("jobDescription", "Job Description",
                    "<p>Apuração de ICMS, IPI, PIS e COFINS, SPED Fiscal e EFD-Contribuições para quatro"
                    " centros de distribuição.</p>"),
                   ("qualifications", "Qualifications",
                    "<p>Ciências Contábeis, 3 anos na área fiscal de atacado ou indústria.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Salário: R$ 6.500 a R$ 7.800, PLR, vale-refeição de R$ 40 por dia e modelo híbrido"
                    " com dois dias em casa.</p>")],
         label=L("Analista Fiscal Pleno", "Distribuidora Cerrado Alimentos Ltda.", "Anápolis", "GO", "BR", "hybrid",
                 "full-time", "mid", M(6500), M(7800), "BRL", "2026-11-13", "pt")),
    dict(company="Trans-Warta Sp. z o.o.", id="779130100000004", title="Spedytor / spedytorka – transport krajowy",
         city="Gorzów Wielkopolski", region="lubuskie", country="pl", full="Gorzów Wielkopolski, lubuskie, Poland",
         released="2026-11-17T07:00:00.000Z", employment="Full-time", experience="Entry Level",
         sections=[("jobDescription", "Job Description",
                    "<p>Organizacja przewozów chłodniczych na terenie Polski dla floty 45 ciągników, kontakt z"
                    " klientami i kierowcami, wyceny zleceń.</p>"),
                   ("qualifications", "Qualifications",
                    "<p>Znajomość giełd transportowych (Trans.eu, Timocom) i dobra organizacja pracy; absolwenci"
                    " logistyki mile widziani.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Wynagrodzenie: 8 500 – 10 000 zł netto miesięcznie (umowa o pracę), premia"
                    " od marży do 2 000 zł i prywatna opieka medyczna.</p>")],
         label=L("Spedytor / spedytorka – transport krajowy", "Trans-Warta Sp. z o.o.", "Gorzów Wielkopolski", "lubuskie",
                 "PL", "onsite", "full-time", "entry", M(8500), M(10000), "PLN", "2026-11-17", "pl")),
    dict(company="Al-Nakheel Pharmacies", id="779130100000005", title="Medical Representative",
         city="Amman", region="", country="jo", full="Amman, Jordan",
         released="2026-11-21T06:00:00.000Z", employment="Full-time", experience="Entry Level",
         sections=[("companyDescription", "Company Description",
                    "<p>A distributor of generic medicines and nutrition products to 900 pharmacies in Jordan.</p>"),
                   ("jobDescription", "Job Description",
                    "<p>Visit doctors and pharmacies in east and west Amman, present our product lines and"
                    " report weekly call plans in our CRM.</p>"),
                   ("qualifications", "Qualifications",
                    "<p>B.Pharm or a life-sciences degree and a driving licence; fresh graduates welcome.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>JOD 650 – 800 per month, quarterly sales incentives, a car allowance of JOD 150, social"
                    " security and health insurance.</p>")],
         label=L("Medical Representative", "Al-Nakheel Pharmacies", "Amman", None, "JO", "onsite", "full-time",
                 "entry", M(650), M(800), "JOD", "2026-11-21", "en")),
    dict(company="Paljassaare Laevatehas AS", id="779130100000006", title="Elektrihooldusinsener",
         city="Tallinn", region="Harju maakond", country="ee", full="Tallinn, Harju maakond, Estonia",
         released="2026-11-26T08:00:00.000Z", employment="Full-time", experience="Mid-Senior Level",
         sections=[("jobDescription", "Job Description",
                    "<p>Laevade elektrisüsteemide hooldus ja remont, jaotuskilbid, generaatorid ja"
                    " automaatika.</p>"),
                   ("qualifications", "Qualifications",
                    "<p>Elektriala kõrgharidus ja vähemalt 5 aastat kogemust laevanduses või tööstuses;"
                    " B-kategooria juhiluba.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Brutopalk 2 600 – 3 200 € kuus, tulemustasu ja tervisesport.</p>")],
         label=L("Elektrihooldusinsener", "Paljassaare Laevatehas AS", "Tallinn", "Harju maakond", "EE", "onsite",
                 "full-time", "senior", M(2600), M(3200), "EUR", "2026-11-26", "et")),
]

# ---------------------------------------------------------------- Recruitee (6)
RECRUITEE = [
    dict(id=3301001, company="Vecht & Glas Beglazing", title="Glaszetter (38 uur)",
         city="Nieuwegein", state="Utrecht", country="Netherlands", location="Nieuwegein, Netherlands",
         on_site=True, published="2026-11-04 09:00:00 UTC", employment="fulltime", experience="",
         salary=("17.50", "21.00", "EUR", "hour"),
         text="<p>Wij plaatsen isolatieglas, kozijnen en glazen wanden bij woningen, scholen en kantoren in"
              " de regio Utrecht.</p><p>Je meet in, plaatst en kit glas op de bouw en bij particulieren, met"
              " een vaste collega in een goed ingerichte bus.</p><p>Mbo-2 of -3 in de bouw, VCA en rijbewijs"
              " B.</p><p>Uurloon volgens cao Glaszetbedrijf, reiskosten en een gereedschapsvergoeding van € 25"
              " per maand.</p>",
         label=L("Glaszetter (38 uur)", "Vecht & Glas Beglazing", "Nieuwegein", "Utrecht", "NL", "onsite",
                 "full-time", None, H(17.50), H(21.00), "EUR", "2026-11-04", "nl")),
    dict(id=3301002, company="Kanzlei Lamberti & Hövel", title="Steuersachbearbeiter:in (m/w/d)",
         city="Graz", state="Steiermark", country="Austria", location="Graz, Austria", hybrid=True,
         published="2026-11-08 08:00:00 UTC", employment="fulltime", experience="",
         salary=("2800", "3400", "EUR", "month"),
         text="<p>Steuerberatungskanzlei mit 28 Mitarbeitenden für Mittelstand, Ärzt:innen und"
              " Landwirtschaft in der Steiermark.</p><p>Finanz- und Lohnverrechnung in RZL, Jahresabschlüsse und"
              " Steuererklärungen für Einzelunternehmen und Personengesellschaften.</p><p>HAK-Matura oder"
              " Lehre als Steuerassistent:in und 3 Jahre Berufserfahrung.</p><p>Das monatliche Gehalt wird"
              " 14-mal im Jahr ausbezahlt. Zwei Tage Homeoffice pro Woche und die Ausbildung zur"
              " Personalverrechner:in wird bezahlt.</p>",
         label=L("Steuersachbearbeiter:in (m/w/d)", "Kanzlei Lamberti & Hövel", "Graz", "Steiermark",
                 "AT", "hybrid", "full-time", "mid", M(2800, 14), M(3400, 14), "EUR", "2026-11-08", "de")),
    dict(id=3301003, company="Busbedrijf Leiestreek", title="Buschauffeur streekvervoer",
         city="Kortrijk", state="West-Vlaanderen", country="Belgium", location="Kortrijk, Belgium", on_site=True,
         published="2026-11-12 06:00:00 UTC", employment="fulltime", experience="",
         text="<p>Als onderaannemer rijden wij 60 streeklijnen en schoolritten in Zuid-West-Vlaanderen.</p>"
              "<p>Je rijdt vaste diensten met gelede bussen, helpt reizigers en controleert vervoerbewijzen.</p>"
              "<p>Rijbewijs D en vakbekwaamheid (code 95); geen rijbewijs D? Wij betalen je opleiding.</p><p>"
              "Brutouurloon € 17,42 volgens PC 140.01, toeslagen voor onderbroken diensten en zondagen,"
              " maaltijdcheques van € 8 en hospitalisatieverzekering.</p>",
         label=L("Buschauffeur streekvervoer", "Busbedrijf Leiestreek", "Kortrijk", "West-Vlaanderen", "BE",
                 "onsite", "full-time", None, H(17.42), H(17.42), "EUR", "2026-11-12", "nl")),
    dict(id=3301004, company="Daugava Nami SIA", title="Grāmatvedis / grāmatvede",
         city="Rīga", state="", country="Latvia", location="Rīga, Latvia", on_site=True,
         published="2026-11-16 07:00:00 UTC", employment="fulltime", experience="",
         salary=("1800", "2300", "EUR", "month"),
         text="<p>Mēs pārvaldām 140 daudzdzīvokļu mājas Rīgā un Pierīgā.</p><p>Rēķinu sagatavošana"
              " iedzīvotājiem, maksājumu uzskaite, atskaites VID un mājas kopsapulcēm.</p><p>Augstākā izglītība"
              " grāmatvedībā un 2 gadu pieredze; Horizon zināšanas būs priekšrocība.</p><p>Veselības"
              " apdrošināšana un elastīgs darba laiks.</p>",
         label=L("Grāmatvedis / grāmatvede", "Daugava Nami SIA", "Rīga", None, "LV", "onsite", "full-time", "mid",
                 M(1800), M(2300), "EUR", "2026-11-16", "lv")),
    dict(id=3301005, company="Vents du Nord Maintenance", title="Technicien(ne) de maintenance éolienne",
         city="Arras", state="Hauts-de-France", country="France", location="Arras, France", on_site=True,
         published="2026-11-20 08:00:00 UTC", employment="fulltime", experience="",
         text="<p>Nous assurons la maintenance de 210 éoliennes dans le Pas-de-Calais et la Somme.</p><p>"
              "Maintenance préventive et corrective, diagnostic électrique et hydraulique, travail en hauteur"
              " en binôme.</p><p>BTS MS, électrotechnique ou CRSA, GWO à jour ou à passer chez nous ; une"
              " première expérience d'un an.</p><p>Rémunération de 28 000 à 33 000 € bruts annuels, primes"
              " d'astreinte et de déplacement, véhicule de service.</p>",
         label=L("Technicien(ne) de maintenance éolienne", "Vents du Nord Maintenance", "Arras", "Hauts-de-France",
                 "FR", "onsite", "full-time", "entry", 28000, 33000, "EUR", "2026-11-20", "fr")),
    dict(id=3301006, company="Open Pathways Foundation", title="Grants Accountant",
         city="", state="", country="United Kingdom", location="Remote, United Kingdom", remote=True,
         published="2026-11-25 10:00:00 UTC", employment="fulltime", experience="",
         text="<p>We fund community education projects and manage £14M of grants a year from 30 donors.</p>"
              "<p>Grant budgets and donor reports, restricted-fund accounting, audit support.</p><p>Part- or"
              " fully-qualified accountant (ACCA, CIMA or ACA) with 2 years in charity finance.</p><p>Salary"
              " banding available on request. 8% employer pension contribution and a £400 yearly wellbeing"
              " allowance.</p>",
         label=L("Grants Accountant", "Open Pathways Foundation", None, None, "GB", "remote", "full-time", "mid",
                 None, None, None, "2026-11-25", "en")),
]

# ---------------------------------------------------------------- Personio (6, two feeds)
PERSONIO = [
    ("Mainfranken Pflegedienste gGmbH", [
        dict(id=3901001, office="Würzburg", department="Ambulante Pflege", title="Pflegehelfer:in (m/w/d) – ambulant",
             blocks=[("Deine Aufgaben", "<p>Grundpflege, Hilfe im Haushalt und Begleitung unserer"
                                        " Klient:innen zu Hause, mit Dienstwagen.</p>"),
                     ("Dein Profil", "<p>Pflegebasiskurs oder Ausbildung zur Pflegefachhelfer:in,"
                                     " Führerschein Klasse B.</p>"),
                     ("Wir bieten", "<p>Stundenlohn 16,80 € brutto, Zuschläge für Wochenenden und Feiertage,"
                                    " Dienstwagen auch privat nutzbar.</p>")],
             contract="permanent", seniority="", schedule="full-time",
             created="2026-11-04T08:00:00+01:00",
             label=L("Pflegehelfer:in (m/w/d) – ambulant", "Mainfranken Pflegedienste gGmbH", "Würzburg", None,
                     "DE", None, "full-time", None, H(16.80), H(16.80), "EUR", "2026-11-04", "de")),
        dict(id=3901002, office="Schweinfurt", department="Leitung", title="Pflegedienstleitung (PDL) (m/w/d)",
             blocks=[("Deine Aufgaben", "<p>Fachliche und personelle Leitung eines Teams von 35"
                                        " Pflegekräften, Dienstplanung, Qualitätsmanagement und MD-Prüfungen.</p>"),
                     ("Dein Profil", "<p>Pflegefachkraft mit Weiterbildung zur PDL nach § 71 SGB XI und 3"
                                     " Jahren Leitungserfahrung.</p>"),
                     ("Wir bieten", "<p>Jahresgehalt 58.000 – 64.000 € brutto, Dienstwagen und 30 Tage"
                                    " Urlaub.</p>")],
             contract="permanent", seniority="experienced", schedule="full-time",
             created="2026-11-13T09:00:00+01:00",
             label=L("Pflegedienstleitung (PDL) (m/w/d)", "Mainfranken Pflegedienste gGmbH", "Schweinfurt", None,
                     "DE", None, "full-time", "lead", 58000, 64000, "EUR", "2026-11-13", "de")),
        dict(id=3901003, office="Kitzingen", department="Verwaltung",
             title="Kaufmännische:r Mitarbeiter:in Abrechnung (Teilzeit 20 Std.)",
             blocks=[("Deine Aufgaben", "<p>Abrechnung mit Pflege- und Krankenkassen, Mahnwesen und"
                                        " Klientenverwaltung.</p>"),
                     ("Wir bieten", "<p>Vergütung nach AVR Diakonie inklusive Jahressonderzahlung,"
                                    " Fahrtkostenzuschuss von 50 € monatlich und flexible Arbeitszeiten.</p>")],
             contract="permanent", seniority="", schedule="part-time",
             created="2026-11-24T10:00:00+01:00",
             label=L("Kaufmännische:r Mitarbeiter:in Abrechnung (Teilzeit 20 Std.)",
                     "Mainfranken Pflegedienste gGmbH", "Kitzingen", None, "DE", None, "part-time", None, None, None,
                     None, "2026-11-24", "de")),
    ]),
    ("Holzbau Emmental AG", [
        dict(id=3902001, office="Burgdorf", department="Produktion", title="Zimmermann/Zimmerin EFZ",
             blocks=[("Deine Aufgaben", "<p>Abbund, Elementbau in der Halle und Montage von Dachstühlen und"
                                        " Holzfassaden.</p>"),
                     ("Dein Profil", "<p>EFZ als Zimmermann/Zimmerin, Führerausweis Kat. B.</p>"),
                     ("Wir bieten", "<p>Monatslohn CHF 5'400 – 6'100 × 13, Mittagszulage auf Montage und"
                                    " moderne Maschinen.</p>")],
             contract="permanent", seniority="experienced", schedule="full-time",
             created="2026-11-06T07:30:00+01:00",
             label=L("Zimmermann/Zimmerin EFZ", "Holzbau Emmental AG", "Burgdorf", None, "CH", None, "full-time",
                     None, M(5400, 13), M(6100, 13), "CHF", "2026-11-06", "de")),
        dict(id=3902002, office="Sumiswald", department="Ausbildung",
             title="Lernende:r Zimmermann/Zimmerin EFZ (Lehrbeginn August 2027)",
             blocks=[("Deine Lehre", "<p>Vier Jahre Lehre in Werkstatt und auf Baustellen, Berufsschule in"
                                     " Langnau.</p>"),
                     ("Wir bieten", "<p>Lehrlingslohn im 1. Lehrjahr CHF 900 pro Monat, danach CHF 1'200,"
                                    " 1'550 und 1'950.</p>")],
             contract="permanent", seniority="student", schedule="full-time",
             created="2026-11-17T08:00:00+01:00",
             label=L("Lernende:r Zimmermann/Zimmerin EFZ (Lehrbeginn August 2027)", "Holzbau Emmental AG",
                     "Sumiswald", None, "CH", None, "full-time", "entry", M(900), M(900), "CHF",
                     "2026-11-17", "de")),
        dict(id=3902003, office="Thun", department="Projektleitung", title="Projektleiter:in Holzbau",
             blocks=[("Deine Aufgaben", "<p>Führung von Holzbauprojekten von 1 bis 15 Mio. CHF,"
                                        " Ausschreibung, Kosten und Termine, Bauleitung.</p>"),
                     ("Dein Profil", "<p>Holzbauingenieur:in FH oder Holzbau-Polier:in mit mindestens 5"
                                     " Jahren Projekterfahrung.</p>"),
                     ("Wir bieten", "<p>Jahreslohn CHF 105'000 – 120'000, Geschäftsauto und ein Homeoffice-Tag"
                                    " pro Woche.</p>")],
             contract="permanent", seniority="experienced", schedule="full-time",
             created="2026-11-26T09:00:00+01:00",
             label=L("Projektleiter:in Holzbau", "Holzbau Emmental AG", "Thun", None, "CH", None, "full-time",
                     "senior", 105000, 120000, "CHF", "2026-11-26", "de")),
    ]),
]

# ---------------------------------------------------------------- Teamtailor (6, two feeds)
TEAMTAILOR = [
    ("Jobba hos Bergslagen Bussar", "bergslagenbussar.teamtailor.com", [
        dict(id="1310001", company="Bergslagen Bussar AB", title="Bussförare – linjetrafik", employment="FULL_TIME",
             addresses=[{"addressLocality": "Örebro", "addressRegion": "Örebro län", "postalCode": "702 27",
                         "addressCountry": "SE"}],
             published="2026-11-03T08:00:00+01:00", salary=("SEK", "HOUR", 178, 196),
             text="<p>Vi kör stads- och regiontrafik i Örebro län på uppdrag av Länstrafiken, med 240"
                  " bussar.</p><p>Du kör linjetrafik enligt schema, hjälper resenärer och gör dagliga"
                  " fordonskontroller.</p><p>Körkort D och YKB; vi erbjuder också utbildning för dig som saknar"
                  " D-behörighet.</p><p>Timlön enligt Bussbranschavtalet, OB-tillägg och arbetskläder.</p>",
             label=L("Bussförare – linjetrafik", "Bergslagen Bussar AB", "Örebro", "Örebro län", "SE", "onsite",
                     "full-time", None, H(178), H(196), "SEK", "2026-11-03", "sv")),
        dict(id="1310002", company="Bergslagen Bussar AB", title="Fordonstekniker – tunga fordon",
             employment="FULL_TIME",
             addresses=[{"addressLocality": "Eskilstuna", "addressRegion": "Södermanlands län", "postalCode": "632 20",
                         "addressCountry": "SE"}],
             published="2026-11-12T09:00:00+01:00",
             text="<p>Vår verkstad i Eskilstuna underhåller 90 bussar, både diesel och el.</p><p>Service,"
                  " felsökning och reparation av bromsar, växellådor och högvoltssystem.</p><p>Fordonsteknisk"
                  " utbildning och 3 års erfarenhet av tunga fordon.</p><p>Månadslön enligt Motorbranschavtalet,"
                  " från 34 500 kr, och friskvårdsbidrag på 3 000 kr.</p>",
             label=L("Fordonstekniker – tunga fordon", "Bergslagen Bussar AB", "Eskilstuna", "Södermanlands län", "SE",
                     "onsite", "full-time", "mid", M(34500), None, "SEK", "2026-11-12", "sv")),
        dict(id="1310003", company="Bergslagen Bussar AB", title="Trafikledare", employment="FULL_TIME",
             addresses=[{"addressLocality": "Örebro", "addressRegion": "Örebro län", "postalCode": "702 27",
                         "addressCountry": "SE"}],
             published="2026-11-23T10:00:00+01:00",
             text="<p>Trafikledningen styr all vår trafik dygnet runt: störningar, ersättningsbussar och"
                  " information till resenärer.</p><p>Erfarenhet av trafikledning eller kollektivtrafik.</p>"
                  "<p>Individuell lönesättning, OB-tillägg för kvällar och helger och en bonus på 5 000 kr"
                  " efter provanställningen.</p>",
             label=L("Trafikledare", "Bergslagen Bussar AB", "Örebro", "Örebro län", "SE", "onsite", "full-time",
                     None, None, None, None, "2026-11-23", "sv")),
    ]),
    ("Careers at Cotswold Vale Care Homes", "cotswoldvalecare.teamtailor.com", [
        dict(id="1320001", company="Cotswold Vale Care Homes", title="Senior Care Assistant – Nights",
             employment="FULL_TIME",
             addresses=[{"addressLocality": "Cheltenham", "addressRegion": "Gloucestershire",
                         "postalCode": "GL52 3JD", "addressCountry": "GB"}],
             published="2026-11-05T09:00:00+00:00", salary=("GBP", "HOUR", 13.10, 13.60),
             text="<p>Our 64-bed nursing and dementia home in Cheltenham was rated Good by the CQC.</p><p>"
                  "Lead the night care team, administer medication via eMAR and support residents at the end"
                  " of life.</p><p>NVQ/Diploma Level 3 in Health and Social Care and medication training.</p><p>"
                  "Four 12-hour nights a week, paid breaks and a £500 refer-a-friend bonus.</p>",
             label=L("Senior Care Assistant – Nights", "Cotswold Vale Care Homes", "Cheltenham", "Gloucestershire",
                     "GB", "onsite", "full-time", "senior", H(13.10), H(13.60), "GBP", "2026-11-05", "en")),
        dict(id="1320002", company="Cotswold Vale Care Homes", title="Activities Coordinator",
             employment="PART_TIME",
             addresses=[{"addressLocality": "Stroud", "addressRegion": "Gloucestershire", "postalCode": "GL5 2BY",
                         "addressCountry": "GB"}],
             published="2026-11-16T10:00:00+00:00", salary=("GBP", "HOUR", 12.40, 12.40),
             text="<p>Plan and run a weekly programme of music, gardening, outings and one-to-one time for 48"
                  " residents.</p><p>30 hours a week, Monday to Friday, with an activities budget of £250 a"
                  " month.</p>",
             label=L("Activities Coordinator", "Cotswold Vale Care Homes", "Stroud", "Gloucestershire", "GB",
                     "onsite", "part-time", None, H(12.40), H(12.40), "GBP", "2026-11-16", "en")),
        dict(id="1320003", company="Cotswold Vale Care Homes", title="Home Manager (Registered Manager)",
             employment="FULL_TIME",
             addresses=[{"addressLocality": "Cirencester", "addressRegion": "Gloucestershire",
                         "postalCode": "GL7 1UY", "addressCountry": "GB"}],
             published="2026-11-27T11:00:00+00:00",
             text="<p>Lead our 52-bed residential home and register with the CQC as its manager.</p><p>"
                  "Level 5 Diploma in Leadership for Health and Social Care and 3 years of managing a care"
                  " service.</p><p>£62,000 – £68,000 per annum, an occupancy bonus of up to £8,000 and a car"
                  " allowance of £4,200.</p>",
             label=L("Home Manager (Registered Manager)", "Cotswold Vale Care Homes", "Cirencester",
                     "Gloucestershire", "GB", "onsite", "full-time", "mid", 62000, 68000, "GBP", "2026-11-27",
                     "en")),
    ]),
]

# ---------------------------------------------------------------- Breezy (6, two companies)
BREEZY = [
    ("Cumberland Pediatric Therapy", [
        dict(id="tn7a8b9c0d01", title="Speech-Language Pathologist (CCC-SLP)", type="Full-Time", city="Nashville",
             state="Tennessee", country="United States", place="Nashville, TN", published="2026-11-04T16:00:00.000Z",
             salary="$80,000 - $95,000 / year",
             label=L("Speech-Language Pathologist (CCC-SLP)", "Cumberland Pediatric Therapy", "Nashville", "TN",
                     "US", "onsite", "full-time", None, 80000, 95000, "USD", "2026-11-04", "en")),
        dict(id="tn7a8b9c0d02", title="Pediatric Physical Therapist Assistant", type="Part-Time",
             city="Murfreesboro", state="Tennessee", country="United States", place="Murfreesboro, TN",
             published="2026-11-15T15:00:00.000Z", salary="$30 - $36 / hour",
             label=L("Pediatric Physical Therapist Assistant", "Cumberland Pediatric Therapy", "Murfreesboro", "TN",
                     "US", "onsite", "part-time", None, H(30), H(36), "USD", "2026-11-15", "en")),
        dict(id="tn7a8b9c0d03", title="Front Desk Coordinator", type="Full-Time", city="Clarksville",
             state="Tennessee", country="United States", place="Clarksville, KY",
             published="2026-11-26T14:00:00.000Z", salary="$17 - $19 / hour",
             label=L("Front Desk Coordinator", "Cumberland Pediatric Therapy", "Clarksville", None, "US", "onsite",
                     "full-time", None, H(17), H(19), "USD", "2026-11-26", "en")),
    ]),
    ("Pilbara Haulage Pty Ltd", [
        dict(id="wa8b9c0d1e01", title="Road Train Driver (MC)", type="Full-Time", city="Port Hedland",
             state="Western Australia", country="Australia", place="Port Hedland, WA",
             published="2026-11-06T00:00:00.000Z", salary="$48 / hour",
             label=L("Road Train Driver (MC)", "Pilbara Haulage Pty Ltd", "Port Hedland", "WA", "AU", "onsite",
                     "full-time", None, H(48), H(48), "AUD", "2026-11-06", "en")),
        dict(id="wa8b9c0d1e02", title="Workshop Supervisor", type="Full-Time", city="Karratha",
             state="Western Australia", country="Australia", place="Karratha, WA",
             published="2026-11-18T00:00:00.000Z",
             label=L("Workshop Supervisor", "Pilbara Haulage Pty Ltd", "Karratha", "WA", "AU", "onsite",
                     "full-time", None, None, None, None, "2026-11-18", "en")),
        dict(id="wa8b9c0d1e03", title="Dispatch Coordinator", type="Full-Time", city="Port Hedland",
             state="Western Australia", country="Australia", place="Port Hedland, WA",
             published="2026-11-28T00:00:00.000Z", salary="$95,000 - $105,000 / year",
             label=L("Dispatch Coordinator", "Pilbara Haulage Pty Ltd", "Port Hedland", "WA", "AU", "onsite",
                     "full-time", None, 95000, 105000, "AUD", "2026-11-28", "en")),
    ]),
]

# ---------------------------------------------------------------- Hacker News (6, one thread)
def hn_text(first, *paragraphs):
    return first + "".join("<p>" + p for p in paragraphs)


HN = [
    dict(id=49000001, author="tallybookhq", created="2026-11-02T16:05:00.000Z",
         text=hn_text("Tallybook | Senior Android Engineer | Kochi, India | Hybrid | Full-time | \u20b945\u201360"
                      " lakh CTC + ESOPs",
                      "Bookkeeping and GST filing for 2M kirana stores, offline first on cheap Android phones."
                      " Kotlin, Jetpack Compose, Room. In the office Tue\u2013Thu at Infopark."),
         label=L("Senior Android Engineer", "Tallybook", "Kochi", None, "IN", "hybrid", "full-time", "senior",
                 4500000, 6000000, "INR", "2026-11-02", "en")),
    dict(id=49000002, author="calderahealth", created="2026-11-02T16:40:00.000Z",
         text=hn_text("Caldera Health | Clinical Data Analyst | REMOTE (US only) | Full-time | $95,000 -"
                      " $115,000",
                      "We measure outcomes for community mental-health clinics. SQL, dbt, a little R; clinical"
                      " or public-health background very welcome."),
         label=L("Clinical Data Analyst", "Caldera Health", None, None, "US", "remote", "full-time", None, 95000,
                 115000, "USD", "2026-11-02", "en")),
    dict(id=49000003, author="brueckenwerk", created="2026-11-02T17:15:00.000Z",
         text=hn_text("Br\u00fcckenwerk | Embedded Linux Engineer | Maribor, Slovenia | ONSITE | Full-time |"
                      " \u20ac60-75k",
                      "Sensors that monitor the fatigue of steel bridges for Slovenian and Austrian road"
                      " authorities. Yocto, C++, LoRaWAN. English is our working language."),
         label=L("Embedded Linux Engineer", "Brückenwerk", "Maribor", None, "SI", "onsite", "full-time", None,
                 60000, 75000, "EUR", "2026-11-02", "en")),
    dict(id=49000004, author="kiwarobotics", created="2026-11-02T19:30:00.000Z",
         text=hn_text("Kiwa Robotics | Robotics Field Technician | Te Awamutu, New Zealand | Onsite | Full-time |"
                      " NZD 70k\u201385k",
                      "Milking robots for pasture-based dairy farms. You'll install and service units on farms"
                      " across the Waikato; ute provided."),
         label=L("Robotics Field Technician", "Kiwa Robotics", "Te Awamutu", None, "NZ", "onsite", "full-time", None,
                 70000, 85000, "NZD", "2026-11-02", "en")),
    dict(id=49000005, author="reconcilohq", created="2026-11-03T14:00:00.000Z",
         text=hn_text("Reconcilo | Staff Backend Engineer | Waterloo, ON | Hybrid | Full-time | CA$190k\u2013220k"
                      " + equity",
                      "Reconciliation for Canadian credit unions. Kotlin, Postgres, Kafka. Two days a week in"
                      " Uptown Waterloo."),
         label=L("Staff Backend Engineer", "Reconcilo", "Waterloo", "ON", "CA", "hybrid", "full-time", "senior",
                 190000, 220000, "CAD", "2026-11-03", "en")),
    dict(id=49000006, author="rutaverde", created="2026-11-03T18:20:00.000Z",
         text=hn_text("Ruta Verde | Operations Lead | Mexico City | ONSITE | Full-time | competitive + equity",
                      "Electric delivery vans for grocers in CDMX. We just closed a $14M Series A and run 120"
                      " vans. You'll own depots, drivers and charging."),
         label=L("Operations Lead", "Ruta Verde", "Mexico City", None, "MX", "onsite", "full-time", "lead", None,
                 None, None, "2026-11-03", "en")),
]


def main():
    setwriter.write_set(sys.modules[__name__], "fresh13", "hn-2026-11.json", 49000000)
    if not setwriter.check_set(sys.modules[__name__], "fresh13"):
        sys.exit(1)


if __name__ == "__main__":
    main()
