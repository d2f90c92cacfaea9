#!/usr/bin/env python3
"""Writes Tests/Eval/discover/fresh12: 96 postings written one by one, six per
source kind over all sixteen kinds, shaped like an ordinary user's discover
traffic (as fresh9, fresh10 and fresh11 are, with other employers, places,
professions and phrasings): about two thirds from the eighteen biggest markets
(the US, the UK, Germany, Canada, Australia, India, France, the Netherlands,
Ireland, Spain, Italy, Brazil, Mexico, Japan, Singapore, Poland, Sweden and
Switzerland) and the rest from elsewhere; professions across the labour
market: nurses, surgical and pharmacy technicians, care and disability
workers, dental nurses, vets' technologists; electricians, plumbers, solar
and HVAC technicians, bakers, excavator operators, diesel apprentices; drivers,
warehouse and lift staff; tellers, cashiers, retail, hotel, café and kitchen
staff; teachers, teaching assistants, a head teacher; accountants, payroll,
tax, credit and mortgage staff; a paralegal and a sworn translator; municipal
utilities and a water authority; engineers; a few software roles. Pay sits
where boards put it (tables, footers, benefits paragraphs, collective
agreements and public pay scales, structured fields); about one in eight
postings state no pay for the role, most of them next to money that is not
this role's pay. A few values a careful recruiter would not record: a JobSpy
date that cannot exist, places whose parts contradict each other (those
fields are labelled null).
Labelled with what a careful recruiter would record, by the conventions of
Tests/Eval/discover/README.md, before jobhunt was run on them.
Run: python3 Tests/Eval/discover/tools/fresh12.py
"""
import sys

import setwriter
from setwriter import H, D, W, M
from fresh2 import L


# ---------------------------------------------------------------- Greenhouse (6)
GREENHOUSE = [
    dict(id=9120100001, company="Chattahoochee Valley Surgery Center", title="Surgical Technologist",
         location="Macon, GA", meta={"Workplace Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-03T08:00:00-05:00", pay=(26, 34, "USD", "Base hourly rate"),
         text="<p>Chattahoochee Valley is a physician-owned ambulatory surgery center with six operating rooms"
              " and two procedure rooms, performing 9,000 orthopedic, ENT and GI cases a year.</p>"
              "<h3>What you will do</h3><ul><li>Set up sterile fields, instruments and supplies for each case</li>"
              "<li>Pass instruments and anticipate the surgeon's needs in total joints and sports medicine cases</li>"
              "<li>Perform counts with the circulating nurse and turn rooms over quickly</li></ul>"
              "<h3>Requirements</h3><ul><li>Graduate of an accredited surgical technology program</li><li>CST"
              " through NBSTSA</li><li>2 years of OR experience, orthopedics preferred</li></ul>"
              "<h3>Why join us</h3><ul><li>No nights, no holidays, call one weekend a month</li><li>$150 per call"
              " shift plus time and a half when called in</li><li>$3,000 sign-on bonus paid at 90 days</li>"
              "<li>401(k) with a 4% safe-harbor contribution</li></ul>",
         label=L("Surgical Technologist", "Chattahoochee Valley Surgery Center", "Macon", "GA", "US", "onsite",
                 "full-time", "mid", H(26), H(34), "USD", "2026-11-03", "en")),
    dict(id=9120100002, company="Medway Chilled Distribution Ltd", title="HGV Class 1 Driver - Nights",
         location="Sittingbourne, Kent", meta={"Location Type": "On-site", "Employment Type": "Permanent"},
         published="2026-11-09T07:30:00+00:00",
         text="<p>Medway Chilled delivers fresh and chilled food from our Kent hub to 260 supermarkets and"
              " convenience stores across the South East.</p><h3>The job</h3><ul><li>Multi-drop store deliveries"
              " in fridge trailers, 4 on / 4 off, nights starting between 20:00 and 23:00</li><li>Walk-round"
              " checks, temperature logs and roll-cage handling</li></ul><h3>What you need</h3><ul><li>C+E"
              " licence, Driver CPC and digital tachograph card</li><li>12 months' Class 1 experience, no more"
              " than 6 points</li></ul><h3>Pay</h3><table><tr><th>Shift</th><th>Rate</th></tr><tr><td>Nights"
              " (basic)</td><td>&pound;19.85 per hour</td></tr><tr><td>Bank holidays</td><td>double time</td></tr>"
              "<tr><td>Overtime after 48 hours</td><td>&pound;24.80 per hour</td></tr></table><p>&pound;1,000"
              " retention bonus after 12 months, free hot food on shift and a 5% matched pension.</p>",
         label=L("HGV Class 1 Driver - Nights", "Medway Chilled Distribution Ltd", "Sittingbourne", "Kent", "GB",
                 "onsite", "full-time", "entry", H(19.85), H(19.85), "GBP", "2026-11-09", "en")),
    dict(id=9120100003, company="Neckarwerk Antriebstechnik GmbH",
         title="Elektroniker:in für Betriebstechnik (m/w/d)", location="Heilbronn, Baden-Württemberg",
         meta={"Workplace Type": "Vor Ort", "Employment Type": "Vollzeit"},
         published="2026-11-12T06:45:00+01:00",
         text="<p>Neckarwerk fertigt mit 1.100 Beschäftigten Getriebemotoren und Frequenzumrichter für"
              " Förder- und Intralogistikanlagen.</p><h3>Ihre Aufgaben</h3><ul><li>Instandhaltung und"
              " Störungsbeseitigung an Montagelinien, Prüfständen und Lackieranlage</li><li>Programmänderungen"
              " in Siemens TIA Portal</li><li>Mitarbeit an Verbesserungsprojekten im Schichtbetrieb</li></ul>"
              "<h3>Ihr Profil</h3><ul><li>Abgeschlossene Ausbildung als Elektroniker:in für Betriebstechnik oder"
              " Mechatroniker:in</li><li>Bereitschaft zur Wechselschicht</li></ul><h3>Vergütung</h3><table><tr>"
              "<td>Tarif</td><td>ERA-TV Metall- und Elektroindustrie Baden-Württemberg, EG 9</td></tr><tr><td>"
              "Monatsgrundentgelt</td><td>4.150 € brutto</td></tr><tr><td>Schichtzulage</td><td>15 % (Spät),"
              " 25 % (Nacht)</td></tr></table><p>Dazu tarifliches Urlaubs- und Weihnachtsgeld, T-ZUG, 30 Tage"
              " Urlaub, Kantine und ein Jobrad.</p>",
         label=L("Elektroniker:in für Betriebstechnik (m/w/d)", "Neckarwerk Antriebstechnik GmbH", "Heilbronn",
                 "Baden-Württemberg", "DE", "onsite", "full-time", None, M(4150), M(4150), "EUR", "2026-11-12",
                 "de")),
    dict(id=9120100004, company="Kaveri Multispeciality Hospital", title="ICU Nurse (B.Sc / GNM)",
         location="Mysuru, Karnataka", meta={"Location Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-16T09:30:00+05:30",
         text="<p>Kaveri is a 350-bed NABH-accredited hospital with a 40-bed medical and surgical ICU.</p>"
              "<h3>Responsibilities</h3><ul><li>Care for ventilated and post-operative patients, 1:2 ratio</li>"
              "<li>Administer IV medication and maintain charts in our HIS</li><li>Assist with central lines,"
              " intubation and CRRT</li></ul><h3>Eligibility</h3><ul><li>B.Sc Nursing or GNM, registered with"
              " the Karnataka State Nursing Council</li><li>2 to 4 years of ICU experience</li></ul><h3>Salary and"
              " benefits</h3><p>Gross salary of &#8377;32,000 &ndash; &#8377;40,000 per month depending on"
              " experience, free hostel accommodation for the first six months, night-duty allowance of"
              " &#8377;300 per night and free treatment for your family.</p>",
         label=L("ICU Nurse (B.Sc / GNM)", "Kaveri Multispeciality Hospital", "Mysuru", "Karnataka", "IN", "onsite",
                 "full-time", "mid", M(32000), M(40000), "INR", "2026-11-16", "en")),
    dict(id=9120100005, company="Tana Microfinance Bank", title="Credit Officer - SME Lending",
         location="Kisumu, Kenya", meta={"Location Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-19T10:00:00+03:00",
         text="<p>Tana serves 120,000 small businesses and farmers from 28 branches in western and central"
              " Kenya.</p><h3>Key duties</h3><ul><li>Appraise loans of KES 200,000 to KES 5 million for traders,"
              " transporters and agro-dealers</li><li>Visit businesses, verify collateral and prepare credit"
              " papers</li><li>Follow up arrears and keep PAR30 under 4%</li></ul><h3>Requirements</h3><ul><li>"
              "Degree in business, finance or economics</li><li>3 years of SME credit experience</li></ul>"
              "<h3>Remuneration</h3><p>KES 85,000 &ndash; 110,000 gross per month, a motorbike or fuel"
              " allowance, quarterly performance bonus and staff loans at preferential rates.</p>",
         label=L("Credit Officer - SME Lending", "Tana Microfinance Bank", "Kisumu", None, "KE", "onsite",
                 "full-time", "mid", M(85000), M(110000), "KES", "2026-11-19", "en")),
    dict(id=9120100006, company="Piedmont Fresh Markets", title="Store Director", location="Greenville, SC",
         meta={"Workplace Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-23T09:00:00-05:00",
         text="<p>Piedmont Fresh is an employee-owned grocer with 31 stores in the Carolinas.</p><h3>The role"
              "</h3><p>Lead a 58,000 sq ft store with $38 million in annual sales and 140 associates: sales,"
              " shrink, labor scheduling, food safety and community giving.</p><h3>Qualifications</h3><ul><li>"
              "8+ years of grocery retail management, including 3 as a store director or co-manager</li><li>"
              "Weekends and holidays as the business requires</li></ul><h3>Compensation</h3><p>Competitive"
              " base salary plus a quarterly bonus of up to 25% of base, ESOP shares after one year, and a"
              " $500 monthly vehicle allowance.</p>",
         label=L("Store Director", "Piedmont Fresh Markets", "Greenville", "SC", "US", "onsite", "full-time",
                 "senior", None, None, None, "2026-11-23", "en")),
]

# ---------------------------------------------------------------- Lever (6, three employers)
LEVER = [
    dict(company="Harbourfront Veterinary Partners", id="f12a0c1d-0001-4e00-9000-000000003001",
         title="Registered Veterinary Technologist", location="Charlottetown, PE", country="CA",
         workplace="onsite", commitment="Full-time", created="2026-11-04T15:00:00Z",
         salary=("CAD", "per-hour-wage", 25, 31),
         text="Harbourfront runs three small-animal hospitals on Prince Edward Island, with an emergency"
              " service on weekends.\n\nWhat you will do\nInduce and monitor anaesthesia, place catheters, take"
              " radiographs and run the in-house lab; dental cleanings and client discharges.\n\nWhat you"
              " bring\nRVT registration (or eligibility) with the PEI Veterinary Medical Association and 1 year"
              " of clinical experience.\n\nBenefits\nFour 10-hour shifts, a $1,000 yearly CE allowance, uniform"
              " allowance, and 50% off care for your own pets.",
         label=L("Registered Veterinary Technologist", "Harbourfront Veterinary Partners", "Charlottetown", "PE",
                 "CA", "onsite", "full-time", "entry", H(25), H(31), "CAD", "2026-11-04", "en")),
    dict(company="Harbourfront Veterinary Partners", id="f12a0c1d-0002-4e00-9000-000000003002",
         title="Client Care Coordinator", location="Summerside, PE", country="CA", workplace="onsite",
         commitment="Part-time", created="2026-11-18T14:00:00Z",
         text="Be the first voice our clients hear: answer phones, book appointments, check patients in and out"
              " and process payments in ezyVet.\n\nThree days a week plus every other Saturday.\n\nPay\n$21.50"
              " per hour, with a $0.75/hour premium on Saturdays and a referral bonus of $500 for RVTs you"
              " bring to us.",
         label=L("Client Care Coordinator", "Harbourfront Veterinary Partners", "Summerside", "PE", "CA",
                 "onsite", "part-time", None, H(21.50), H(21.50), "CAD", "2026-11-18", "en")),
    dict(company="Brisa Atlântica Hotéis", id="f12a0c1d-0003-4e00-9000-000000003003",
         title="Rececionista de Hotel (m/f)", location="Aveiro", country="PT", workplace="onsite",
         commitment="Full-time", created="2026-11-07T10:00:00Z",
         text="A Brisa Atlântica tem quatro hotéis de 4 estrelas no litoral centro, com 420 quartos.\n\n"
              "Funções\nCheck-in e check-out, reservas no Opera, apoio ao cliente e fecho de caixa em turnos"
              " rotativos.\n\nPerfil\n12.º ano ou curso de turismo, 1 ano de experiência em receção, inglês"
              " fluente e francês ou espanhol.\n\nOferecemos\nVencimento de 1.050 € brutos x 14 meses, subsídio"
              " de alimentação de 10,20 € por dia, formação e estadias com desconto no grupo.",
         label=L("Rececionista de Hotel (m/f)", "Brisa Atlântica Hotéis", "Aveiro", None, "PT", "onsite",
                 "full-time", "entry", M(1050, 14), M(1050, 14), "EUR", "2026-11-07", "pt")),
    dict(company="Brisa Atlântica Hotéis", id="f12a0c1d-0004-4e00-9000-000000003004",
         title="Chefe de Cozinha", location="Figueira da Foz", country="PT", workplace="onsite",
         commitment="Full-time", created="2026-11-21T11:00:00Z",
         text="O restaurante do nosso hotel na Figueira da Foz serve 180 refeições por dia e banquetes até 300"
              " pessoas.\n\nFunções\nLiderar uma brigada de 12, criar cartas sazonais, gerir compras e custos"
              " e garantir o HACCP.\n\nPerfil\n5 anos como chefe ou subchefe em hotelaria.\n\nOferecemos\n"
              "Remuneração competitiva, prémio anual por objetivos até 3.000 €, gestão de um orçamento de"
              " compras de 1,2 M€ e alojamento na época alta.",
         label=L("Chefe de Cozinha", "Brisa Atlântica Hotéis", "Figueira da Foz", None, "PT", "onsite",
                 "full-time", "lead", None, None, None, "2026-11-21", "pt")),
    dict(company="Straits Dental Group", id="f12a0c1d-0005-4e00-9000-000000003005",
         title="Dental Surgery Assistant", location="Petaling Jaya", country="MY", workplace="onsite",
         commitment="Full-time", created="2026-11-05T03:00:00Z",
         text="Straits Dental has nine clinics in the Klang Valley and Johor.\n\nResponsibilities\nChairside"
              " assistance, instrument sterilisation, X-rays under supervision and patient records in our"
              " clinic system.\n\nRequirements\nSPM or diploma; fresh graduates are welcome and trained.\n\n"
              "Remuneration\nRM 2,800 – RM 3,400 per month, EPF and SOCSO, a RM 200 attendance allowance and"
              " free dental treatment.",
         label=L("Dental Surgery Assistant", "Straits Dental Group", "Petaling Jaya", None, "MY", "onsite",
                 "full-time", None, M(2800), M(3400), "MYR", "2026-11-05", "en")),
    dict(company="Straits Dental Group", id="f12a0c1d-0006-4e00-9000-000000003006", title="Practice Manager",
         location="Johor Bahru", country="MY", workplace="onsite", commitment="Full-time",
         created="2026-11-24T02:30:00Z", salary=("MYR", "per-month-salary", 6000, 7500),
         text="Run our two Johor Bahru clinics: rosters for 22 staff, panel-insurer billing, stock and patient"
              " complaints.\n\n3 years managing a clinic or dental practice.\n\nPlus a quarterly KPI bonus tied"
              " to the clinics' RM 4.5 million revenue target and a car allowance of RM 800 a month.",
         label=L("Practice Manager", "Straits Dental Group", "Johor Bahru", None, "MY", "onsite", "full-time",
                 "mid", M(6000), M(7500), "MYR", "2026-11-24", "en")),
]

# ---------------------------------------------------------------- Ashby (6, two employers)
ASHBY = [
    dict(company="Voltaic Grid Services", id="b1200000-0000-4000-8000-000000003001",
         title="Solar PV Technician", location="Bakersfield, CA",
         address={"addressLocality": "Bakersfield", "addressRegion": "California", "addressCountry": "USA"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-02T15:00:00.000+00:00",
         comp=("USD", "1 HOUR", 27, 35),
         text="Voltaic operates and maintains 3.4 GW of utility-scale solar and storage in the western US.\n"
              "You will troubleshoot inverters, combiner boxes and trackers, run IV-curve tests and complete"
              " corrective work orders across our Kern County sites.\nYou have 1+ year of solar or electrical"
              " field work, OSHA 10 and a clean driving record; NABCEP PV Associate is a plus.\nCompany truck,"
              " a $75 per diem on overnight trips and a $1,200 boot and tool allowance.",
         label=L("Solar PV Technician", "Voltaic Grid Services", "Bakersfield", "CA", "US", "onsite",
                 "full-time", "entry", H(27), H(35), "USD", "2026-11-02", "en")),
    dict(company="Voltaic Grid Services", id="b1200000-0000-4000-8000-000000003002",
         title="Senior Electrical Engineer - Substations", location="Copiapó, Chile",
         address={"addressLocality": "Copiapó", "addressRegion": "Atacama", "addressCountry": "Chile"},
         workplace="Hybrid", remote=False, employment="FullTime", published="2026-11-10T13:00:00.000+00:00",
         comp=("CLP", "1 YEAR", 48000000, 58000000),
         text="Voltaic is building 900 MW of solar and storage in the Atacama region.\nYou will own the design"
              " review of 220 kV substations and grid connection studies with the Coordinador Eléctrico"
              " Nacional.\n8+ years in HV substation design; fluent Spanish and English.\nHybrid between our"
              " Copiapó office and site, with a site allowance of CLP 45.000 per day on site.",
         label=L("Senior Electrical Engineer - Substations", "Voltaic Grid Services", "Copiapó", "Atacama", "CL",
                 "hybrid", "full-time", "senior", 48000000, 58000000, "CLP", "2026-11-10", "en")),
    dict(company="Voltaic Grid Services", id="b1200000-0000-4000-8000-000000003003",
         title="Construction Site Safety Manager", location="Mildura, VIC",
         address={"addressLocality": "Mildura", "addressRegion": "Victoria", "addressCountry": "Australia"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-17T00:30:00.000+00:00",
         comp=("AUD", "1 YEAR", 140000, 155000),
         text="Our 400 MW Sunraysia solar farm starts construction in January with up to 350 workers on site.\n"
              "You will run the site's safety management plan, inductions, permits and incident"
              " investigations.\n5+ years as a safety manager or advisor on civil or energy construction; Cert"
              " IV in WHS.\nPlus superannuation, a 5-and-2 roster with flights home, and a $10,000 completion"
              " bonus.",
         label=L("Construction Site Safety Manager", "Voltaic Grid Services", "Mildura", "VIC", "AU", "onsite",
                 "full-time", "senior", 140000, 155000, "AUD", "2026-11-17", "en")),
    dict(company="Lumen Diagnostics", id="b1200000-0000-4000-8000-000000003004",
         title="Field Application Specialist - Clinical Chemistry", location="Nashik, India",
         address={"addressLocality": "Nashik", "addressRegion": "Maharashtra", "addressCountry": "India"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-06T05:00:00.000+00:00",
         text="Lumen supplies clinical chemistry and immunoassay analysers to 2,000 laboratories in India.\n"
              "You will install analysers, train laboratory staff and solve application problems for customers"
              " across north Maharashtra, about 60% travel.\nM.Sc in biochemistry or biotechnology with 4+"
              " years of laboratory or application experience.\nAnnual CTC as per industry standards; travel"
              " allowance of ₹1,800 per day on the road; you will support a territory worth ₹40 crore a year.",
         label=L("Field Application Specialist - Clinical Chemistry", "Lumen Diagnostics", "Nashik",
                 "Maharashtra", "IN", "onsite", "full-time", "mid", None, None, None, "2026-11-06", "en")),
    dict(company="Lumen Diagnostics", id="b1200000-0000-4000-8000-000000003005",
         title="Biomedical Service Engineer", location="Surabaya, Indonesia",
         address={"addressLocality": "Surabaya", "addressRegion": "Jawa Timur", "addressCountry": "Indonesia"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-13T03:00:00.000+00:00",
         text="Our Indonesian service team keeps 600 analysers running in hospitals across East Java and"
              " Bali.\nPreventive maintenance, repairs and installations, with on-call duty one week in four.\n"
              "D3 or S1 in electromedical or electrical engineering and 2 years of field service.\nGaji: IDR"
              " 12.000.000 – 15.000.000 gross per bulan, BPJS, tunjangan transport and THR.",
         label=L("Biomedical Service Engineer", "Lumen Diagnostics", "Surabaya", "Jawa Timur", "ID", "onsite",
                 "full-time", "mid", M(12000000), M(15000000), "IDR", "2026-11-13", "en")),
    dict(company="Lumen Diagnostics", id="b1200000-0000-4000-8000-000000003006", title="Quality Engineer",
         location="Athlone, Ireland",
         address={"addressLocality": "Athlone", "addressRegion": "Co. Westmeath", "addressCountry": "Ireland"},
         workplace="Hybrid", remote=False, employment="FullTime", published="2026-11-25T09:00:00.000+00:00",
         comp=("EUR", "1 YEAR", 52000, 60000),
         text="Our Athlone plant makes reagent cartridges for our analysers under ISO 13485.\nYou will own"
              " CAPAs, non-conformances and validation of new filling lines.\nA degree in engineering or"
              " science and 3+ years of quality engineering in medical devices or pharma.\nHybrid after"
              " onboarding, 10% annual bonus target, and a pension with 6% employer contribution.",
         label=L("Quality Engineer", "Lumen Diagnostics", "Athlone", "Co. Westmeath", "IE", "hybrid", "full-time",
                 "mid", 52000, 60000, "EUR", "2026-11-25", "en")),
]

# ---------------------------------------------------------------- JSON-LD (6)
JSONLD = [
    dict(slug="aide-soignant-nuit-ehpad-limoges", company="Résidence Les Tilleuls du Limousin",
         title="Aide-soignant(e) de nuit – EHPAD",
         address={"addressLocality": "Limoges", "addressRegion": "Nouvelle-Aquitaine", "postalCode": "87100",
                  "addressCountry": "FR"},
         employment="FULL_TIME", posted="2026-11-05T07:00:00+01:00",
         text="<p>Notre EHPAD associatif accueille 92 résidents, dont une unité protégée de 14 places.</p>"
              "<p><b>Vos missions :</b> surveillance et soins de nuit, aide au coucher, prévention des chutes,"
              " transmissions écrites et orales avec l'équipe de jour.</p><p><b>Profil :</b> diplôme d'État"
              " d'aide-soignant (DEAS) obligatoire ; débutant(e)s accepté(e)s.</p><p><b>Conditions :</b> CDI à"
              " temps plein, nuits de 10 h en 21 h – 7 h, un week-end sur deux.</p><p><b>Rémunération :</b>"
              " 1 920 € bruts mensuels selon la CCN 51, plus prime de nuit, complément Ségur et prime"
              " d'assiduité de 60 € par mois.</p>",
         label=L("Aide-soignant(e) de nuit – EHPAD", "Résidence Les Tilleuls du Limousin", "Limoges",
                 "Nouvelle-Aquitaine", "FR", "onsite", "full-time", None, M(1920), M(1920), "EUR", "2026-11-05",
                 "fr")),
    dict(slug="electricista-oficial-primera-alicante", company="Instalaciones Eléctricas Benacantil S.L.",
         title="Electricista oficial de 1ª",
         address={"addressLocality": "Alicante", "addressRegion": "Comunidad Valenciana", "postalCode": "03006",
                  "addressCountry": "ES"},
         employment="FULL_TIME", posted="2026-11-10",
         text="<p>Empresa instaladora con 40 trabajadores, especializada en viviendas de obra nueva, hoteles y"
              " locales comerciales en la provincia de Alicante.</p><p><b>Funciones:</b> instalaciones de baja"
              " tensión, cuadros, canalizaciones y puesta en marcha; lectura de planos y partes de trabajo.</p>"
              "<p><b>Requisitos:</b> FP de grado medio en electricidad, 3 años como oficial, carné de conducir y"
              " curso de PRL de 20 horas.</p><p><b>Ofrecemos:</b> contrato indefinido, salario de 26.000 a"
              " 29.000 € brutos anuales según valía, dietas de 12 € por día fuera de Alicante y furgoneta de"
              " empresa.</p>",
         label=L("Electricista oficial de 1ª", "Instalaciones Eléctricas Benacantil S.L.", "Alicante",
                 "Comunidad Valenciana", "ES", "onsite", "full-time", "mid", 26000, 29000, "EUR", "2026-11-10",
                 "es")),
    dict(slug="impiegato-amministrativo-contabile-bergamo", company="Orobica Valvole S.p.A.",
         title="Impiegato/a amministrativo/a contabile",
         address={"addressLocality": "Bergamo", "addressRegion": "Lombardia", "postalCode": "24126",
                  "addressCountry": "IT"},
         employment="FULL_TIME", posted="2026-11-13T09:00:00+01:00",
         text="<p>Orobica Valvole produce valvole industriali per il settore oil &amp; gas e idrico, con 210"
              " dipendenti e un fatturato di 64 milioni di euro.</p><p><b>Attività:</b> contabilità generale,"
              " registrazione fatture attive e passive, riconciliazioni bancarie, supporto alle chiusure"
              " mensili e al bilancio.</p><p><b>Requisiti:</b> diploma di ragioneria o laurea in economia, 2"
              " anni di esperienza in ruolo analogo, conoscenza di SAP.</p><p><b>Si offre:</b> assunzione a"
              " tempo indeterminato, CCNL Metalmeccanico Industria, RAL 28.000 – 32.000 € in base"
              " all'esperienza, buoni pasto da 8 € e welfare aziendale di 600 € l'anno.</p>",
         label=L("Impiegato/a amministrativo/a contabile", "Orobica Valvole S.p.A.", "Bergamo", "Lombardia", "IT",
                 "onsite", "full-time", "mid", 28000, 32000, "EUR", "2026-11-13", "it")),
    dict(slug="onderwijsassistent-apeldoorn", company="Stichting Veluwezoom Onderwijs",
         title="Onderwijsassistent (0,8 fte)",
         address={"addressLocality": "Apeldoorn", "addressRegion": "Gelderland", "postalCode": "7311",
                  "addressCountry": "NL"},
         employment="PART_TIME", posted="2026-11-17T08:30:00+01:00",
         text="<p>Stichting Veluwezoom Onderwijs telt 14 basisscholen met samen 3.900 leerlingen.</p><p><b>Wat"
              " ga je doen?</b> Je begeleidt kleine groepen leerlingen bij rekenen en lezen, ondersteunt de"
              " leerkrachten van groep 3 tot en met 5 en helpt bij het leerlingvolgsysteem.</p><p><b>Wie zoeken"
              " we?</b> Een afgeronde mbo-4 opleiding onderwijsassistent.</p><p><b>Wat bieden we?</b> Een"
              " tijdelijke aanstelling van een jaar met uitzicht op vast, salaris volgens cao po in schaal 6:"
              " € 2.782 – € 3.663 bruto per maand bij een volledige werktijd, 8% vakantietoeslag en een"
              " eindejaarsuitkering van 8,33%.</p>",
         label=L("Onderwijsassistent (0,8 fte)", "Stichting Veluwezoom Onderwijs", "Apeldoorn", "Gelderland",
                 "NL", "onsite", "part-time", None, M(2782), M(3663), "EUR", "2026-11-17", "nl")),
    dict(slug="cajero-sucursal-monterrey", company="Caja Popular Sierra Madre",
         title="Cajero/a de sucursal",
         address={"addressLocality": "Monterrey", "addressRegion": "N.L.", "postalCode": "64000",
                  "addressCountry": "MX"},
         employment="FULL_TIME", posted="2026-11-20T09:00:00-06:00",
         text="<p>Somos una cooperativa de ahorro y préstamo con 85 sucursales en el noreste de México.</p>"
              "<p><b>Funciones:</b> recibir depósitos y pagos de créditos, pagar retiros, cuadrar caja al cierre"
              " y orientar a los socios sobre nuestros productos.</p><p><b>Requisitos:</b> bachillerato"
              " terminado, 1 año de experiencia manejando efectivo, disponibilidad de lunes a sábado.</p><p><b>"
              "Ofrecemos:</b> sueldo de $11,500 mensuales, prestaciones superiores a las de ley, bono de"
              " productividad de hasta $2,000 al mes y caja de ahorro.</p>",
         label=L("Cajero/a de sucursal", "Caja Popular Sierra Madre", "Monterrey", "N.L.", "MX", "onsite",
                 "full-time", "entry", M(11500), M(11500), "MXN", "2026-11-20", "es")),
    dict(slug="call-center-agent-healthcare-cebu", company="Visayas Contact Solutions Inc.",
         title="Call Center Agent – Healthcare Account",
         address={"addressLocality": "Cebu City", "addressRegion": "Central Visayas", "postalCode": "6000",
                  "addressCountry": "PH"},
         employment="FULL_TIME", posted="2026-11-24T10:00:00+08:00", salary=("PHP", "MONTH", 22000, 26000),
         text="<p>We handle member and provider calls for US health insurance plans from our IT Park site.</p>"
              "<p><b>What you will do:</b> answer inbound calls about benefits, claims status and"
              " authorizations; document every call accurately.</p><p><b>Qualifications:</b> at least 2nd-year"
              " college level, excellent English; 6 months of BPO experience is an advantage.</p><p><b>Perks:</b>"
              " night differential, HMO from day one with two free dependents, a ₱5,000 perfect attendance"
              " incentive each quarter and free shuttle service.</p>",
         label=L("Call Center Agent – Healthcare Account", "Visayas Contact Solutions Inc.", "Cebu City",
                 "Central Visayas", "PH", "onsite", "full-time", "entry", M(22000), M(26000), "PHP",
                 "2026-11-24", "en")),
]

# ---------------------------------------------------------------- RSS (6)
RSS = [
    dict(slug="medical-coder-cpc-philippines", company="Lakeshore Revenue Cycle", title="Medical Coder (CPC)",
         region="Philippines Only", country="Philippines", type="Full-Time", pub="Tue, 03 Nov 2026 09:00:00 +0800",
         text="<p>Lakeshore codes professional and outpatient claims for 40 US physician groups.</p><p><strong>"
              "Responsibilities:</strong> assign ICD-10-CM, CPT and HCPCS codes to E/M, radiology and"
              " surgery encounters; meet 95% accuracy and daily productivity targets.</p><p><strong>"
              "Requirements:</strong> CPC or CCS certification and 2 years of US outpatient coding.</p><p><strong>"
              "Compensation:</strong> PHP 35,000 – 45,000 per month, a ₱3,000 monthly internet and power"
              " allowance, and HMO with one free dependent.</p>",
         label=L("Medical Coder (CPC)", "Lakeshore Revenue Cycle", None, None, "PH", "remote", "full-time", "mid",
                 M(35000), M(45000), "PHP", "2026-11-03", "en")),
    dict(slug="payroll-specialist-uk", company="Brightwater Payroll Bureau", title="Payroll Specialist",
         region="UK Only", country="United Kingdom", type="Full-Time", pub="Fri, 06 Nov 2026 10:00:00 GMT",
         text="<p>We run weekly and monthly payrolls for 180 small businesses, charities and academies.</p>"
              "<p><strong>The role:</strong> process a portfolio of 25 payrolls end to end in BrightPay and"
              " Sage, RTI submissions, pensions auto-enrolment and year-end.</p><p><strong>You:</strong> 2+"
              " years of bureau or in-house payroll; CIPP qualification welcome.</p><p><strong>Salary:"
              "</strong> £30,000 – £34,000 per year, fully remote in the UK, with a £25 monthly home-working"
              " allowance and paid CIPP study.</p>",
         label=L("Payroll Specialist", "Brightwater Payroll Bureau", None, None, "GB", "remote", "full-time",
                 "mid", 30000, 34000, "GBP", "2026-11-06", "en")),
    dict(slug="online-esl-teacher", company="Maple Leaf Lingo", title="Online ESL Teacher",
         region="Anywhere in the World", country="", type="Contract", pub="Mon, 09 Nov 2026 14:00:00 +0000",
         text="<p>We teach English to children and adults in Japan, Korea and Brazil over video.</p><p>Teach"
              " one-to-one 25-minute lessons from our curriculum; choose your own hours, with a minimum of 10"
              " hours a week.</p><p>A bachelor's degree and a TEFL/TESOL certificate of 120 hours.</p><p>You"
              " earn $9 for every completed 25-minute lesson, plus a $1 bonus per lesson when students rebook"
              " and a $50 bonus after your first 100 lessons.</p>",
         label=L("Online ESL Teacher", "Maple Leaf Lingo", None, None, None, "remote", "contract", None, None,
                 None, None, "2026-11-09", "en")),
    dict(slug="grant-writer-part-time", company="Coastal Prairie Conservancy", title="Grant Writer (Part-Time)",
         region="USA Only", country="United States", type="Part-Time", pub="Thu, 12 Nov 2026 11:00:00 -0600",
         text="<p>Coastal Prairie protects 60,000 acres of prairie and wetland on the Texas Gulf Coast.</p><p>"
              "Research funders, write proposals and reports for federal, state and foundation grants, and keep"
              " our grants calendar; we currently manage $3.2 million in active federal grants.</p><p>3+ years"
              " of grant writing with a record of awards over $100,000.</p><p>20 hours a week, remote in the US,"
              " with a $1,000 professional development fund and a laptop.</p>",
         label=L("Grant Writer (Part-Time)", "Coastal Prairie Conservancy", None, None, "US", "remote",
                 "part-time", "mid", None, None, None, "2026-11-12", "en")),
    dict(slug="customer-support-agent-german", company="Ostwind Travel", title="Customer Support Agent (German)",
         region="Poland Only", country="Poland", type="Full-Time", pub="Wed, 18 Nov 2026 08:00:00 +0100",
         text="<p>Ostwind sells rail and bus tickets across Central Europe to 4 million travellers a year.</p>"
              "<p>Help German-speaking customers by chat, email and phone with bookings, refunds and"
              " delays.</p><p>German at C1 level and English at B2; no experience needed, full training"
              " provided.</p><p>Salary: PLN 7,500 – 8,500 gross per month on an employment contract, plus a"
              " language bonus of PLN 800 a month, Multisport and a home-office allowance.</p>",
         label=L("Customer Support Agent (German)", "Ostwind Travel", None, None, "PL", "remote", "full-time",
                 None, M(7500), M(8500), "PLN", "2026-11-18", "en")),
    dict(slug="tax-associate-nigeria", company="Harmattan Advisory", title="Tax Associate",
         region="Nigeria Only", country="Nigeria", type="Full-Time", pub="Mon, 23 Nov 2026 09:00:00 +0100",
         text="<p>Harmattan advises 300 Nigerian SMEs and subsidiaries of foreign groups on tax.</p><p>Prepare"
              " CIT, VAT and WHT returns, support FIRS and state audits and research tax positions.</p><p>ACA"
              " or ACTI part-qualified, 2 years in tax.</p><p>Pay: ₦450,000 – ₦600,000 per month, HMO, and"
              " exam fees and a ₦250,000 bonus when you qualify.</p>",
         label=L("Tax Associate", "Harmattan Advisory", None, None, "NG", "remote", "full-time", "mid",
                 M(450000), M(600000), "NGN", "2026-11-23", "en")),
]

# ---------------------------------------------------------------- Remote OK (6)
REMOTEOK = [
    dict(id="1820001", company="Tidewell Logistics Software", position="Senior Backend Engineer (Go)",
         location="Canada", salary=(120000, 140000), date="2026-11-04T17:00:00+00:00",
         tags=["golang", "backend", "postgres", "logistics"],
         text="<p>Tidewell's yard and dock scheduling software runs 900 warehouses in North America.</p><p>"
              "<strong>What you'll do:</strong> design APIs and event pipelines in Go and Postgres, improve"
              " reliability and mentor two engineers.</p><p><strong>You have:</strong> 6+ years of backend"
              " development, 3 in Go.</p><p>USD 120k–140k base, paid in Canada through our employer of record,"
              " plus stock options and a $1,500 home-office budget.</p>",
         label=L("Senior Backend Engineer (Go)", "Tidewell Logistics Software", None, None, "CA", "remote", None,
                 "senior", 120000, 140000, "USD", "2026-11-04", "en")),
    dict(id="1820002", company="MedBridge Rx Remote", position="Clinical Pharmacist (Telepharmacy)",
         location="United States", salary=(0, 0), date="2026-11-08T14:00:00+00:00",
         tags=["pharmacy", "healthcare", "telehealth"],
         text="<p>We verify orders overnight for 70 rural hospitals that have no pharmacist on site.</p><p>"
              "Review and verify medication orders, answer nurses' questions and handle drug-information"
              " requests.</p><p>PharmD, active license in any state (we sponsor additional licenses) and 2+"
              " years of hospital pharmacy.</p><p>Pay: $58 – $66 per hour for seven 10-hour overnight shifts"
              " every two weeks, plus a $2,500 license reimbursement budget.</p>",
         label=L("Clinical Pharmacist (Telepharmacy)", "MedBridge Rx Remote", None, None, "US", "remote", None,
                 "mid", H(58), H(66), "USD", "2026-11-08", "en")),
    dict(id="1820003", company="Lexia Traducciones", position="Traductor/a público/a inglés-español",
         location="Argentina", salary=(0, 0), date="2026-11-12T13:00:00+00:00",
         tags=["translation", "legal", "spanish"],
         text="<p>Agencia de traducción con 25 años traduciendo documentación legal y societaria para estudios"
              " jurídicos.</p><p>Traducir contratos, poderes y estados contables del inglés al español y"
              " legalizar traducciones ante el Colegio.</p><p>Título de traductor/a público/a y matrícula"
              " vigente.</p><p>Colaboración freelance: tarifa de ARS 95 por palabra y un volumen de unas 40.000"
              " palabras al mes.</p>",
         label=L("Traductor/a público/a inglés-español", "Lexia Traducciones", None, None, "AR", "remote",
                 "contract", None, None, None, None, "2026-11-12", "es")),
    dict(id="1820004", company="Ferreira & Wong Immigration LLP", position="Immigration Paralegal",
         location="Mexico", salary=(0, 0), date="2026-11-16T16:00:00+00:00",
         tags=["legal", "paralegal", "immigration"],
         text="<p>We are a US immigration firm with clients in tech and healthcare.</p><p>Prepare H-1B,"
              " L-1 and PERM filings, gather evidence from clients and keep case systems up to date.</p><p>2"
              " years as an immigration paralegal, fluent English and Spanish; hours overlap US Eastern"
              " time.</p><p>Independent contractor: USD 1,800 – 2,200 per month.</p>",
         label=L("Immigration Paralegal", "Ferreira & Wong Immigration LLP", None, None, "MX", "remote",
                 "contract", "mid", M(1800), M(2200), "USD", "2026-11-16", "en")),
    dict(id="1820005", company="Kōwhai Cloud", position="Accounts Receivable Specialist",
         location="New Zealand", salary=(0, 0), date="2026-11-20T01:00:00+00:00",
         tags=["accounting", "finance", "xero"],
         text="<p>Kōwhai Cloud sells rostering software to 6,000 hospitality venues in New Zealand and"
              " Australia.</p><p>Own invoicing, collections and cash application for NZ and AU customers in"
              " Xero and Stripe.</p><p>3 years in accounts receivable or credit control.</p><p>NZ$62,000 –"
              " $68,000 per year plus KiwiSaver, remote anywhere in New Zealand.</p>",
         label=L("Accounts Receivable Specialist", "Kōwhai Cloud", None, None, "NZ", "remote", None, "mid",
                 62000, 68000, "NZD", "2026-11-20", "en")),
    dict(id="1820006", company="Sahel Health Analytics", position="Data Analyst – Public Health",
         location="Senegal", salary=(0, 0), date="2026-11-26T10:00:00+00:00",
         tags=["data", "public health", "python", "dhis2"],
         text="<p>We build dashboards for ministries of health and NGOs in West Africa.</p><p>Clean and"
              " analyse DHIS2 and survey data, build dashboards and write short reports in French and"
              " English.</p><p>3 years of data analysis; Python or R.</p><p>XOF 900 000 – 1 100 000 per month,"
              " health insurance, and a project budget of $2.4M funded by two foundations.</p>",
         label=L("Data Analyst – Public Health", "Sahel Health Analytics", None, None, "SN", "remote", None,
                 "mid", M(900000), M(1100000), "XOF", "2026-11-26", "en")),
]

# ---------------------------------------------------------------- JobSpy (6)
JOBSPY = [
    dict(id="in-a1b2c3d4e5f61201", site="indeed", title="CDL-A Regional Truck Driver - Home Weekly",
         company="Ozark Ridge Freight", location="Springfield, MO", date="2026-11-05", job_type="fulltime",
         remote=False, pay=("weekly", 1400, 1700, "USD"),
         text="**Ozark Ridge Freight** hauls dry van freight for retail and food customers across the Midwest"
              " and South.\n\n**Route**\n\n* Regional lanes within 600 miles of Springfield\n* Out Monday, home"
              " Friday or Saturday\n* 2,200 - 2,600 miles a week, 90% no-touch freight\n\n**Requirements**\n\n"
              "* Class A CDL\n* 1 year of verifiable tractor-trailer experience\n* Clean MVR and DOT medical"
              " card\n\n**Pay & benefits**\n\n* $1,400 - $1,700 per week average\n* $2,500 safety bonus paid"
              " quarterly\n* Medical, dental and vision from day 30\n* 2024 Freightliner Cascadias with APUs",
         label=L("CDL-A Regional Truck Driver - Home Weekly", "Ozark Ridge Freight", "Springfield", "MO", "US",
                 "onsite", "full-time", "entry", W(1400), W(1700), "USD", "2026-11-05", "en")),
    dict(id="li-4932101001", site="linkedin", title="Trainee Mortgage Adviser",
         company="Pennine Home Finance", location="Wakefield, England, United Kingdom", date="2026-11-10",
         job_type="fulltime", remote=False, level="Entry level",
         text="Pennine Home Finance is a mortgage and protection broker with 45 advisers in West Yorkshire.\n\n"
              "**The opportunity**\n\n* Study for CeMAP with us, fees and study days paid\n* Shadow senior"
              " advisers, then run your own appointments by phone and video\n\n**About you**\n\n* Experience in"
              " sales or customer service\n* Organised and good with numbers\n\n**Package**\n\n£24,000 basic"
              " while you train, rising to £30,000 when you qualify, with realistic on-target earnings of"
              " £45,000 in year two. 25 days' holiday and a pension.",
         label=L("Trainee Mortgage Adviser", "Pennine Home Finance", "Wakefield", "England", "GB", "onsite",
                 "full-time", "entry", 24000, 30000, "GBP", "2026-11-10", "en")),
    dict(id="gd-6070809010", site="glassdoor", title="Licensed Practical Nurse (LPN) - Long-Term Care",
         company="Bow Valley Continuing Care", location="Red Deer, AB", date="2026-11-14", job_type="fulltime",
         remote=False, pay=("hourly", 29.5, 38.9, "CAD"),
         text="Bow Valley operates four continuing-care homes in central Alberta with 420 residents.\n\n"
              "**Duties**\n\n* Medication administration and treatments for a 30-resident unit\n* Assessments,"
              " care plans and family communication\n* Lead health care aides on your shift\n\n"
              "**Qualifications**\n\n* Practical nurse diploma and active CLPNA registration\n* Long-term care"
              " experience an asset\n\n**Compensation:** $29.50 - $38.90 hourly per the AUPE collective"
              " agreement, shift and weekend premiums, a $5,000 rural retention incentive and a defined"
              " benefit pension (LAPP).",
         label=L("Licensed Practical Nurse (LPN) - Long-Term Care", "Bow Valley Continuing Care", "Red Deer", "AB",
                 "CA", "onsite", "full-time", None, H(29.5), H(38.9), "CAD", "2026-11-14", "en")),
    dict(id="in-b2c3d4e5f6a71302", site="indeed", title="Accountant", company="Shree Narmada Agro Exports",
         location="Indore, Madhya Pradesh", date="2026-09-31", job_type="fulltime", remote=False,
         pay=("yearly", 300000, 420000, "INR"),
         text="Shree Narmada exports soybean meal and pulses to 14 countries from its plant at Pithampur.\n\n"
              "**Responsibilities**\n\n* Day-to-day accounting in Tally Prime\n* GST returns, TDS and bank"
              " reconciliations\n* Export documentation and realisation tracking\n\n**Requirements**\n\n"
              "* B.Com or M.Com\n* 2 - 3 years of experience in a manufacturing or export firm\n\n**Salary:**"
              " ₹3,00,000 - ₹4,20,000 per year, plus Diwali bonus and PF.",
         label=L("Accountant", "Shree Narmada Agro Exports", "Indore", "Madhya Pradesh", "IN", "onsite",
                 "full-time", "mid", 300000, 420000, "INR", None, "en")),
    dict(id="in-c3d4e5f6a7b81403", site="indeed", title="Pflegefachkraft (m/w/d) ambulant",
         company="Ambulanter Pflegedienst Lahntal", location="Marburg, Hessen", date="2026-11-19",
         job_type="fulltime", remote=False, pay=("monthly", 3400, 3900, "EUR"),
         text="Wir versorgen mit 45 Mitarbeitenden rund 260 Patient:innen in Marburg und im Landkreis.\n\n"
              "**Deine Aufgaben**\n\n* Behandlungs- und Grundpflege nach SGB V und XI\n* Pflegeplanung und"
              " Dokumentation am Smartphone\n* Erstgespräche mit Angehörigen\n\n**Dein Profil**\n\n"
              "* Examen als Pflegefachfrau/-mann, Gesundheits- und Krankenpfleger:in oder Altenpfleger:in\n"
              "* Führerschein Klasse B\n\n**Wir bieten**\n\n3.400 – 3.900 € brutto im Monat, Dienstwagen auch"
              " privat, Wochenendzuschläge und 500 € Willkommensprämie.",
         label=L("Pflegefachkraft (m/w/d) ambulant", "Ambulanter Pflegedienst Lahntal", "Marburg", "Hessen", "DE",
                 "onsite", "full-time", None, M(3400), M(3900), "EUR", "2026-11-19", "de")),
    dict(id="li-4932102002", site="linkedin", title="Técnico(a) de Enfermagem – UTI Adulto",
         company="Hospital São Lucas do Cerrado", location="Goiânia, Goiás, Brazil", date="2026-11-25",
         job_type="fulltime", remote=False, level="Not Applicable",
         text="Hospital geral com 210 leitos e 30 leitos de UTI em Goiânia.\n\n**Atividades**\n\n"
              "* Cuidados de enfermagem a pacientes críticos\n* Administração de medicamentos e controle de"
              " sinais vitais\n* Escala 12x36 noturna\n\n**Requisitos**\n\n* Curso técnico em enfermagem e"
              " COREN-GO ativo\n* 1 ano de experiência em UTI\n\n**Oferecemos**\n\nSalário: R$ 2.900,00 +"
              " adicional de insalubridade de 20% + adicional noturno, vale-alimentação de R$ 600,00 e plano"
              " de saúde.",
         label=L("Técnico(a) de Enfermagem – UTI Adulto", "Hospital São Lucas do Cerrado", "Goiânia", "Goiás",
                 "BR", "onsite", "full-time", "entry", M(2900), M(2900), "BRL", "2026-11-25", "pt")),
]

# ---------------------------------------------------------------- file: (6)
FILE = [
    dict(external_id="us-plumber-01", title="Journeyman Plumber - Service",
         company="Cascade Mechanical Plumbing", locations=["Tacoma, WA 98402"], employment="Full-time",
         posted="2026-11-04", salary={"salary_min": 38, "salary_max": 48, "salary_currency": "USD",
                                      "salary_period": "hour"},
         text="Cascade Mechanical is a family-owned plumbing and drain company serving Pierce and south King"
              " counties since 1987. Our service plumbers repair and replace water heaters, fixtures, gas"
              " lines and drains in homes and light commercial buildings. You hold a Washington journey-level"
              " plumber certificate, have 4 years of service plumbing and a clean driving record. We provide a"
              " stocked service van you take home, an iPad and a $1,000 yearly tool allowance. Commission of"
              " 3% on replacement sales is paid on top of your hourly rate.",
         label=L("Journeyman Plumber - Service", "Cascade Mechanical Plumbing", "Tacoma", "WA", "US", "onsite",
                 "full-time", "mid", H(38), H(48), "USD", "2026-11-04", "en")),
    dict(external_id="jp-front-02", title="ホテルフロントスタッフ（正社員）", company="株式会社兼六ホテルズ",
         locations=["石川県金沢市"], employment="Full-time", posted="2026-11-09T09:00:00+09:00",
         text="金沢駅前でビジネスホテルと旅館を3施設運営しています。フロントでのチェックイン・チェックアウト、予約管理、"
              "観光案内、外国人のお客様への対応をお願いします。未経験歓迎、英語または中国語ができる方優遇。シフト制（夜勤"
              "月4回程度）。給与：月給 21万円～25万円、夜勤手当1回5,000円、賞与年2回（昨年実績3.5か月分）、交通費支給。",
         label=L("ホテルフロントスタッフ（正社員）", "株式会社兼六ホテルズ", "金沢市", "石川県", "JP", "onsite", "full-time",
                 None, M(210000), M(250000), "JPY", "2026-11-09", "ja")),
    dict(external_id="au-dsw-03", title="Disability Support Worker (Casual)",
         company="Riverina Community Supports", locations=["Wagga Wagga NSW 2650"], employment="Casual",
         posted="2026-11-12",
         text="Riverina Community Supports helps 300 NDIS participants live independently in their own homes"
              " and in supported accommodation. You will help with personal care, meals, medication prompts,"
              " community access and daily living skills, on shifts that suit you including sleepovers. You"
              " need a NDIS Worker Screening Check, a First Aid certificate and a driver's licence with a"
              " comprehensive-insured car. Pay: $38.90 per hour (SCHADS Award Level 2.1, including 25% casual"
              " loading), plus a sleepover allowance of $62.50 and 99c per km when you drive participants.",
         label=L("Disability Support Worker (Casual)", "Riverina Community Supports", "Wagga Wagga", "NSW", "AU",
                 "onsite", "part-time", None, H(38.90), H(38.90), "AUD", "2026-11-12", "en")),
    dict(external_id="sg-logistics-04", title="Logistics Coordinator", company="Tuas Harbour Freight Pte Ltd",
         locations=["Singapore 639465"], employment="Full-time", posted="2026-11-16T10:00:00+08:00",
         text="Tuas Harbour Freight is a freight forwarder and 3PL with a 120,000 sq ft bonded warehouse in"
              " Tuas. You will coordinate inbound containers and outbound deliveries, book transport, prepare"
              " TradeNet permits and update customers. Diploma in logistics or supply chain; 1 to 2 years in"
              " freight or warehousing. Salary: S$2,800 – S$3,300 per month plus AWS (13th month) and a"
              " variable bonus; 5-day work week; transport allowance of S$150.",
         label=L("Logistics Coordinator", "Tuas Harbour Freight Pte Ltd", "Singapore", None, "SG", "onsite",
                 "full-time", "entry", M(2800, 13), M(3300, 13), "SGD", "2026-11-16", "en")),
    dict(external_id="ch-fage-05", title="Fachfrau/Fachmann Gesundheit EFZ (FaGe) 60–80 %",
         company="Spitex Aare-Seeland", locations=["2502 Biel/Bienne"], employment="Part-time",
         posted="2026-11-20",
         text="Die Spitex Aare-Seeland pflegt mit 110 Mitarbeitenden rund 700 Klientinnen und Klienten in"
              " Biel und den umliegenden Gemeinden. Du übernimmst Grundpflege, einfache Behandlungspflege und"
              " die Betreuung im Alltag, mit dem E-Bike oder dem Geschäftsauto. Abschluss als FaGe EFZ,"
              " Deutsch und Französisch. Monatslohn CHF 5'100 – 5'900 bei 100 %, 13. Monatslohn,"
              " Wochenendzulagen und ein Halbtax-Abo.",
         label=L("Fachfrau/Fachmann Gesundheit EFZ (FaGe) 60–80 %", "Spitex Aare-Seeland", "Biel/Bienne", None,
                 "CH", "onsite", "part-time", None, M(5100, 13), M(5900, 13), "CHF", "2026-11-20", "de")),
    dict(external_id="gh-engineer-06", title="Site Engineer (Civil)", company="Volta Build Contractors Ltd",
         locations=["Kumasi, Ashanti"], employment="Full-time", posted="2026-11-25T08:00:00+00:00",
         text="Volta Build is a D1K1 building and road contractor with projects in Ashanti and Bono regions."
              " You will set out works, supervise concrete and earthworks, check subcontractors' quantities"
              " and write daily site reports for a GH₵ 85 million road project. BSc in civil engineering and"
              " 3 years on site; GhIE membership is an advantage. Salary: GH₵ 9,000 – 12,000 per month, site"
              " accommodation and a field allowance of GH₵ 150 per day.",
         label=L("Site Engineer (Civil)", "Volta Build Contractors Ltd", "Kumasi", "Ashanti", "GH", "onsite",
                 "full-time", "mid", M(9000), M(12000), "GHS", "2026-11-25", "en")),
]

# ---------------------------------------------------------------- Workday (6): one detail per file
WORKDAY = [
    dict(company="Great Plains Drug Co.", path="Pharmacy-Technician---Retail_R-40517",
         title="Pharmacy Technician - Retail", location="Wichita, KS", country="United States of America",
         remote="On-site", time="Full time", posted_on="Posted 2 Days Ago",
         text="<p><b>Job Summary</b></p><p>Support our pharmacists in filling 350 prescriptions a day at our"
              " East Wichita store.</p><p><b>Essential Functions</b></p><ul><li>Enter and fill prescriptions,"
              " count and label medication</li><li>Handle insurance rejections and prior authorizations</li>"
              "<li>Help patients at the drive-through and register</li></ul><p><b>Qualifications</b></p><ul>"
              "<li>Kansas pharmacy technician registration</li><li>PTCB certification within 12 months of"
              " hire</li></ul><p><b>Compensation</b></p><p>$18.50 - $22.75 per hour, with $1.00 more per hour"
              " once PTCB-certified, a 20% employee discount and tuition support up to $2,000.</p>",
         label=L("Pharmacy Technician - Retail", "Great Plains Drug Co.", "Wichita", "KS", "US", "onsite",
                 "full-time", None, H(18.50), H(22.75), "USD", "2026-11-29", "en")),
    dict(company="Severn Vale Academy Trust", path="Teaching-Assistant---Level-3--SEN-_R-1186",
         title="Teaching Assistant - Level 3 (SEN)", location="Gloucester", country="United Kingdom",
         remote="On-site", time="Part time", posted_on="Posted Today",
         text="<p><b>About the Trust</b></p><p>Severn Vale is a trust of nine primary schools in Gloucester and"
              " the Forest of Dean.</p><p><b>The role</b></p><ul><li>Support pupils with EHC plans one to one"
              " and in small groups</li><li>Deliver speech and language and fine motor programmes</li></ul><p>"
              "<b>Requirements</b></p><ul><li>Level 3 teaching assistant qualification</li><li>Experience with"
              " autistic children</li></ul><p><b>Salary</b></p><p>NJC Grade 4, points 5&ndash;6: &pound;25,584"
              " &ndash; &pound;25,992 FTE (actual salary &pound;20,115 &ndash; &pound;20,436 for 32.5 hours a"
              " week, term time only). Local Government Pension Scheme.</p>",
         label=L("Teaching Assistant - Level 3 (SEN)", "Severn Vale Academy Trust", "Gloucester", None, "GB",
                 "onsite", "part-time", None, 25584, 25992, "GBP", "2026-12-01", "en")),
    dict(company="Tri-Rivers Regional Utilities Commission",
         path="Water-Treatment-Plant-Operator---Class-II_R-0932",
         title="Water Treatment Plant Operator - Class II", location="Fredericton, NB", country="Canada",
         remote="On-site", time="Full time",
         text="<p>The Commission supplies drinking water to 95,000 residents from two surface-water plants on"
              " the Saint John River.</p><p><b>Duties</b></p><ul><li>Operate and monitor filtration,"
              " disinfection and chemical feed systems by SCADA</li><li>Collect samples and run process"
              " tests</li><li>Take part in the standby rotation</li></ul><p><b>Qualifications</b></p><ul><li>"
              "Class II Water Treatment certificate (ABC)</li><li>Grade 12 and a valid class 5 licence</li>"
              "</ul><p><b>Rate of pay</b></p><p>$34.12 - $39.87 per hour under the CUPE Local 2745 collective"
              " agreement, shift premium of $1.75 per hour and standby pay of $250 per week.</p>",
         label=L("Water Treatment Plant Operator - Class II", "Tri-Rivers Regional Utilities Commission",
                 "Fredericton", "NB", "CA", "onsite", "full-time", None, H(34.12), H(39.87), "CAD", None, "en")),
    dict(company="Sunraysia Water Authority", path="Graduate-Civil-Engineer---2027-Program_R-2207",
         title="Graduate Civil Engineer - 2027 Program", location="Mildura", country="Australia",
         remote="Hybrid", time="Full time", posted_on="Posted 5 Days Ago",
         text="<p><b>About us</b></p><p>We supply irrigation and urban water to 60,000 people along the Murray"
              " in north-west Victoria.</p><p><b>The program</b></p><ul><li>Two years of rotations in asset"
              " planning, capital delivery and operations</li><li>Mentoring towards chartered status with"
              " Engineers Australia</li></ul><p><b>Who we are looking for</b></p><ul><li>A civil engineering"
              " degree completed by February 2027</li></ul><p><b>What we offer</b></p><p>$78,450 - $83,900 plus"
              " 12% superannuation, a $3,000 relocation payment, and a nine-day fortnight after probation.</p>",
         label=L("Graduate Civil Engineer - 2027 Program", "Sunraysia Water Authority", "Mildura", None, "AU",
                 "hybrid", "full-time", "entry", 78450, 83900, "AUD", "2026-11-26", "en")),
    dict(company="Brabantse Zuivel Coöperatie", path="Teamleider-Productie---ploegendienst_R-5521",
         title="Teamleider Productie – ploegendienst", location="Veghel", country="Netherlands",
         remote="On-site", time="Full time", posted_on="Posted Yesterday",
         text="<p><b>Over ons</b></p><p>In Veghel maken wij met 380 collega's kaas, wei-eiwit en melkpoeder voor"
              " 60 landen.</p><p><b>Wat ga je doen?</b></p><ul><li>Je stuurt een ploeg van 14 operators aan in"
              " de poederfabriek</li><li>Je bewaakt veiligheid, voedselveiligheid en output</li></ul><p><b>Wie"
              " ben jij?</b></p><ul><li>Mbo-4 of hbo werk- en denkniveau, ervaring als leidinggevende in een"
              " 5-ploegendienst</li></ul><p><b>Wat bieden wij?</b></p><p>Salaris conform cao Zuivel, een"
              " ploegentoeslag van 19%, een winstdelingsregeling tot € 2.400 per jaar en een"
              " opleidingsbudget van € 1.500.</p>",
         label=L("Teamleider Productie – ploegendienst", "Brabantse Zuivel Coöperatie", "Veghel", None, "NL",
                 "onsite", "full-time", "lead", None, None, None, "2026-11-30", "nl")),
    dict(company="Wisła Retail Services Sp. z o.o.", path="Specjalista-ds--Plac_R-7740",
         title="Specjalista ds. Płac", location="Poznań", country="Poland", remote="Hybrid", time="Full time",
         posted_on="Posted 8 Days Ago",
         text="<p><b>O nas</b></p><p>Obsługujemy kadry i płace 140 sklepów sieci handlowej w zachodniej"
              " Polsce.</p><p><b>Zadania</b></p><ul><li>Naliczanie wynagrodzeń dla około 1 200 pracowników w"
              " Symfonii</li><li>Deklaracje ZUS i PIT, rozliczenia PFRON</li></ul><p><b>Wymagania</b></p><ul>"
              "<li>3 lata doświadczenia w naliczaniu płac</li></ul><p><b>Oferujemy</b></p><p>Wynagrodzenie: 8 000"
              " – 10 000 zł brutto miesięcznie (umowa o pracę), pracę hybrydową, kartę Multisport i premię"
              " roczną do 10%.</p>",
         label=L("Specjalista ds. Płac", "Wisła Retail Services Sp. z o.o.", "Poznań", None, "PL", "hybrid",
                 "full-time", "mid", M(8000), M(10000), "PLN", "2026-11-23", "pl")),
]

# ---------------------------------------------------------------- Workable (6, three accounts)
WORKABLE = [
    ("Claddagh Kitchen Collective", "<p>Cafés and a bistro in the north-west of Ireland.</p>", [
        dict(code="C7D8E9F001", title="Sous Chef", employment="Full-time", city="Sligo", region="County Sligo",
             country="Ireland", published="2026-11-03", experience="",
             text="<p>Our bistro on the Garavogue seats 70 and cooks seasonal food from local farms and"
                  " boats.</p><p><strong>The role</strong></p><ul><li>Run the pass when the head chef is off</li>"
                  "<li>Ordering, stock rotation and HACCP records</li><li>Train commis chefs</li></ul><p><strong>"
                  "You</strong></p><ul><li>3 years in a busy kitchen, 1 as a chef de partie or above</li></ul>"
                  "<p><strong>Package</strong></p><p>€38,000 – €42,000 per annum, a fair share of tips (around"
                  " €3,000 a year last year), staff meals and four days on, three off.</p>",
             label=L("Sous Chef", "Claddagh Kitchen Collective", "Sligo", "County Sligo", "IE", "onsite",
                     "full-time", "mid", 38000, 42000, "EUR", "2026-11-03", "en")),
        dict(code="C7D8E9F002", title="Barista (Part-Time, Weekends)", employment="Part-time", city="Sligo",
             region="County Sligo", country="Ireland", published="2026-11-19", experience="",
             text="<p>Make great coffee and look after our regulars at our Quay Street café, Saturdays and"
                  " Sundays 8am–4pm.</p><p>Barista experience is nice but we will train you.</p><p>€13.50 per"
                  " hour plus tips, free coffee and 30% off food.</p>",
             label=L("Barista (Part-Time, Weekends)", "Claddagh Kitchen Collective", "Sligo", "County Sligo", "IE",
                     "onsite", "part-time", None, H(13.50), H(13.50), "EUR", "2026-11-19", "en")),
    ]),
    ("Atlas Facility Services", "<p>Maintenance multitechnique et propreté au Maroc.</p>", [
        dict(code="D8E9F0A001", title="Technicien de maintenance CVC", employment="Full-time", city="Casablanca",
             region="Casablanca-Settat", country="Morocco", published="2026-11-06", experience="",
             text="<p>Nous assurons la maintenance des installations de climatisation et de ventilation de"
                  " centres commerciaux et de sièges sociaux à Casablanca.</p><p><strong>Missions</strong>"
                  "</p><ul><li>Maintenance préventive et corrective des groupes d'eau glacée, CTA et VRV</li>"
                  "<li>Astreinte une semaine sur quatre</li></ul><p><strong>Profil</strong></p><ul><li>Bac+2"
                  " en froid et climatisation, 2 ans d'expérience</li></ul><p><strong>Rémunération</strong>"
                  "</p><p>Salaire : 8 000 – 10 000 MAD nets par mois, prime d'astreinte, CNSS et AMO.</p>",
             label=L("Technicien de maintenance CVC", "Atlas Facility Services", "Casablanca", "Casablanca-Settat",
                     "MA", "onsite", "full-time", "mid", M(8000), M(10000), "MAD", "2026-11-06", "fr")),
        dict(code="D8E9F0A002", title="Chef d'équipe nettoyage", employment="Full-time", city="Rabat",
             region="Rabat-Salé-Kénitra", country="Morocco", published="2026-11-20", experience="",
             text="<p>Encadrer une équipe de 18 agents de propreté sur le site d'un grand hôpital privé de"
                  " Rabat, en horaires de jour.</p><p>Expérience de l'encadrement d'équipe dans la propreté ou"
                  " l'hôtellerie.</p><p>Prime de panier de 25 MAD par jour, transport du personnel et"
                  " mutuelle. Le contrat du site représente 6 millions de MAD par an.</p>",
             label=L("Chef d'équipe nettoyage", "Atlas Facility Services", "Rabat", "Rabat-Salé-Kénitra", "MA",
                     "onsite", "full-time", "lead", None, None, None, "2026-11-20", "fr")),
    ]),
    ("Pacific Crest Property Management", "<p>Apartment communities in the Southwest.</p>", [
        dict(code="E9F0A1B001", title="Leasing Consultant", employment="Full-time", city="El Paso",
             region="Texas", country="United States", published="2026-11-09", experience="",
             text="<p>Lease apartments at our 312-unit community on the east side of El Paso: tours,"
                  " applications, renewals and follow-up.</p><p><strong>Requirements</strong></p><ul><li>Sales"
                  " or customer service experience; bilingual English/Spanish preferred</li><li>Weekends"
                  " required</li></ul><p><strong>Pay</strong></p><p>$18 – $20/hr plus $150 for every signed"
                  " new lease and $75 per renewal, and 20% off rent at any of our communities.</p>",
             label=L("Leasing Consultant", "Pacific Crest Property Management", "El Paso", "TX", "US", "onsite",
                     "full-time", None, H(18), H(20), "USD", "2026-11-09", "en")),
        dict(code="E9F0A1B002", title="Maintenance Technician", employment="Full-time", city="Albuquerque",
             region="Arizona", country="United States", published="2026-11-23", experience="",
             text="<p>Keep our 240-unit community running: work orders, make-readies, pools and HVAC.</p>"
                  "<p>EPA 608 certification and 2 years of apartment or building maintenance; on-call one"
                  " week in four.</p><p>$22 – $26 per hour, an extra $1/hr with a CAM-T certificate, and an"
                  " on-call stipend of $200 per week.</p>",
             label=L("Maintenance Technician", "Pacific Crest Property Management", "Albuquerque", None, "US",
                     "onsite", "full-time", "mid", H(22), H(26), "USD", "2026-11-23", "en")),
    ]),
]

# ---------------------------------------------------------------- SmartRecruiters (6)
SMARTRECRUITERS = [
    dict(company="Caribbean Harbour Credit Union", id="779120100000001", title="Member Service Teller",
         city="Port of Spain", region="", country="tt", full="Port of Spain, Trinidad and Tobago",
         released="2026-11-04T13:00:00.000Z", employment="Full-time", experience="Entry Level",
         sections=[("companyDescription", "Company Description",
                    "<p>A member-owned credit union with 52,000 members and five branches in north"
                    " Trinidad.</p>"),
                   ("jobDescription", "Job Description",
                    "<p>Process deposits, withdrawals, loan payments and bill payments; balance your cash"
                    " drawer daily and refer members to loan officers.</p>"),
                   ("qualifications", "Qualifications", "<p>Five CXC/CSEC passes including Mathematics and"
                                                         " English.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>TT$7,500 – TT$8,800 per month, a health plan, a uniform allowance of TT$1,200 a year"
                    " and a Christmas bonus based on the credit union's surplus.</p>")],
         label=L("Member Service Teller", "Caribbean Harbour Credit Union", "Port of Spain", None, "TT", "onsite",
                 "full-time", "entry", M(7500), M(8800), "TTD", "2026-11-04", "en")),
    dict(company="Boulangeries Le Fournil Lorrain", id="779120100000002",
         title="Responsable adjoint(e) de magasin (H/F)", city="Metz", region="Grand Est", country="fr",
         full="Metz, Grand Est, France", released="2026-11-09T08:00:00.000Z", employment="Full-time",
         experience="Associate",
         sections=[("jobDescription", "Job Description",
                    "<p>Seconder la responsable d'une boulangerie-café de 12 salariés : plannings, caisse,"
                    " commandes, hygiène et animation de l'équipe de vente.</p>"),
                   ("qualifications", "Qualifications", "<p>Expérience en vente alimentaire ou restauration"
                                                         " rapide.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>CDI 39 h. Salaire : 2 350 € brut mensuel sur 13 mois, heures supplémentaires"
                    " majorées, mutuelle et repas offert.</p>")],
         label=L("Responsable adjoint(e) de magasin (H/F)", "Boulangeries Le Fournil Lorrain", "Metz",
                 "Grand Est", "FR", "onsite", "full-time", "mid", M(2350, 13), M(2350, 13), "EUR", "2026-11-09",
                 "fr")),
    dict(company="Frischemarkt Mosel S.à r.l.", id="779120100000003",
         title="Verkäufer:in Frischetheke (m/w/d)", city="Esch-sur-Alzette", region="Canton d'Esch-sur-Alzette",
         country="lu", full="Esch-sur-Alzette, Luxembourg", released="2026-11-13T07:00:00.000Z",
         employment="Full-time", experience="Not Applicable",
         sections=[("jobDescription", "Job Description",
                    "<p>Beratung und Verkauf an der Fleisch-, Käse- und Fischtheke, Warenpflege und"
                    " Hygienedokumentation.</p>"),
                   ("qualifications", "Qualifications", "<p>Abgeschlossene Ausbildung im Verkauf, Deutsch oder"
                                                         " Luxemburgisch und Französisch.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>18,50 € brutto pro Stunde (qualifizierter Mindestlohn), 40 Stunden, Essensschecks"
                    " und 26 Tage Urlaub.</p>")],
         label=L("Verkäufer:in Frischetheke (m/w/d)", "Frischemarkt Mosel S.à r.l.", "Esch-sur-Alzette",
                 "Canton d'Esch-sur-Alzette", "LU", "onsite", "full-time", None, H(18.50), H(18.50), "EUR",
                 "2026-11-13", "de")),
    dict(company="Ospedale Privato Santa Chiara", id="779120100000004",
         title="Infermiere/a – Pronto Soccorso", city="Padova", region="Veneto", country="it",
         full="Padova, Veneto, Italy", released="2026-11-17T09:00:00.000Z", employment="Full-time",
         experience="Not Applicable",
         sections=[("jobDescription", "Job Description",
                    "<p>Assistenza infermieristica in pronto soccorso (35.000 accessi l'anno), triage e"
                    " osservazione breve intensiva.</p>"),
                   ("qualifications", "Qualifications", "<p>Laurea in Infermieristica e iscrizione all'OPI.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Contratto a tempo indeterminato CCNL AIOP, bonus di ingresso di 2.000 €, alloggio"
                    " convenzionato per i primi sei mesi e turni su cinque giorni.</p>")],
         label=L("Infermiere/a – Pronto Soccorso", "Ospedale Privato Santa Chiara", "Padova", "Veneto", "IT",
                 "onsite", "full-time", None, None, None, None, "2026-11-17", "it")),
    dict(company="Nile Delta Foods S.A.E.", id="779120100000005", title="General Ledger Accountant",
         city="Alexandria", region="Alexandria Governorate", country="eg", full="Alexandria, Egypt",
         released="2026-11-21T08:00:00.000Z", employment="Full-time", experience="Associate",
         sections=[("jobDescription", "Job Description",
                    "<p>Journal entries, accruals, fixed assets and month-end close for our juice and"
                    " dairy plants.</p>"),
                   ("qualifications", "Qualifications", "<p>B.Com, 3 years in general ledger, Oracle"
                                                         " experience.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>EGP 18,000 – 24,000 gross monthly, medical insurance, transportation and a profit"
                    " share paid twice a year.</p>")],
         label=L("General Ledger Accountant", "Nile Delta Foods S.A.E.", "Alexandria", "Alexandria Governorate",
                 "EG", "onsite", "full-time", "mid", M(18000), M(24000), "EGP", "2026-11-21", "en")),
    dict(company="Saigon Stitch Co., Ltd.", id="779120100000006", title="QA/QC Inspector – Garments",
         city="Thủ Dầu Một", region="Bình Dương", country="vn", full="Thủ Dầu Một, Bình Dương, Vietnam",
         released="2026-11-26T02:00:00.000Z", employment="Full-time", experience="Associate",
         sections=[("jobDescription", "Job Description",
                    "<p>Inline and final inspections of knit garments for European brands, AQL sampling and"
                    " defect reports.</p>"),
                   ("qualifications", "Qualifications", "<p>2 years of garment QC; basic English.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>VND 12,000,000 – 16,000,000 per month plus 13th-month salary, lunch and"
                    " a shuttle bus from Thủ Dầu Một.</p>")],
         label=L("QA/QC Inspector – Garments", "Saigon Stitch Co., Ltd.", "Thủ Dầu Một", "Bình Dương", "VN",
                 "onsite", "full-time", "mid", M(12000000, 13), M(16000000, 13), "VND", "2026-11-26", "en")),
]

# ---------------------------------------------------------------- Recruitee (6)
RECRUITEE = [
    dict(id=3201001, company="Salon Haarwerk Amersfoort", title="Kapper / Kapster (24-32 uur)",
         city="Amersfoort", state="Utrecht", country="Netherlands", location="Amersfoort, Netherlands",
         on_site=True, published="2026-11-04 08:00:00 UTC", employment="parttime", experience="",
         salary=("14.20", "16.50", "EUR", "hour"),
         text="<p>Ons salon in de binnenstad heeft zes stoelen en een vaste klantenkring.</p><p>Knippen,"
              " kleuren en stylen voor dames, heren en kinderen; je adviseert over verzorgingsproducten.</p>"
              "<p>Diploma kapper niveau 3 of vergelijkbaar.</p><p>Salaris volgens cao Kappersbranche, 10%"
              " provisie op productverkoop en jaarlijks een opleidingsdag bij een merk naar keuze.</p>",
         label=L("Kapper / Kapster (24-32 uur)", "Salon Haarwerk Amersfoort", "Amersfoort", "Utrecht", "NL",
                 "onsite", "part-time", None, H(14.20), H(16.50), "EUR", "2026-11-04", "nl")),
    dict(id=3201002, company="Zahnarztpraxis am Rosengarten", title="Zahnmedizinische:r Fachangestellte:r (ZFA)",
         city="Mannheim", state="Baden-Württemberg", country="Germany", location="Mannheim, Germany",
         on_site=True, published="2026-11-10 07:30:00 UTC", employment="fulltime", experience="",
         salary=("2800", "3300", "EUR", "month"),
         text="<p>Moderne Praxis mit drei Zahnärzt:innen, Schwerpunkt Implantologie und Prophylaxe.</p><p>"
              "Stuhlassistenz, Hygiene und Aufbereitung nach RKI, Abrechnung mit der KZV.</p><p>Abgeschlossene"
              " Ausbildung als ZFA, Röntgenschein.</p><p>Dazu 30 Tage Urlaub, Fortbildungen bis zur ZMP und"
              " ein Deutschlandticket.</p>",
         label=L("Zahnmedizinische:r Fachangestellte:r (ZFA)", "Zahnarztpraxis am Rosengarten", "Mannheim",
                 "Baden-Württemberg", "DE", "onsite", "full-time", None, M(2800), M(3300), "EUR", "2026-11-10",
                 "de")),
    dict(id=3202001, company="Pohjolan Kotihoito Oy", title="Lähihoitaja – kotihoito", city="Oulu",
         state="Pohjois-Pohjanmaa", country="Finland", location="Oulu, Finland", on_site=True,
         published="2026-11-13 06:00:00 UTC", employment="fulltime", experience="",
         text="<p>Tuotamme kotihoitoa ja tukipalveluja 450 asiakkaalle Oulussa.</p><p>Autat asiakkaita"
              " arjessa, lääkehoidossa ja hygieniassa, liikut työvuoroissa autolla tai sähköpyörällä.</p><p>"
              "Lähihoitajan tutkinto ja LOVE-lupa.</p><p>Palkka 2 650 – 2 900 € kuukaudessa kokemuksen mukaan,"
              " iltalisät ja työsuhdepyöräetu.</p>",
         label=L("Lähihoitaja – kotihoito", "Pohjolan Kotihoito Oy", "Oulu", "Pohjois-Pohjanmaa", "FI", "onsite",
                 "full-time", None, M(2650), M(2900), "EUR", "2026-11-13", "fi")),
    dict(id=3203001, company="Fiduciaire Demerland", title="Boekhouder", city="Leuven", state="Vlaams-Brabant",
         country="Belgium", location="Leuven, Belgium", hybrid=True, published="2026-11-17 08:00:00 UTC",
         employment="fulltime", experience="mid_level",
         text="<p>Ons kantoor van 22 medewerkers verzorgt de boekhouding van zelfstandigen, vrije beroepen en"
              " kmo's.</p><p>Je verwerkt aankoop- en verkoopfacturen, maakt btw-aangiften en bereidt"
              " jaarrekeningen voor in Exact Online.</p><p>Bachelor boekhouden en 3 jaar ervaring.</p><p>€ 3.100"
              " – € 3.800 bruto per maand, maaltijdcheques van € 8, ecocheques van € 250 en twee dagen"
              " thuiswerk.</p>",
         label=L("Boekhouder", "Fiduciaire Demerland", "Leuven", "Vlaams-Brabant", "BE", "hybrid", "full-time",
                 "mid", M(3100), M(3800), "EUR", "2026-11-17", "nl")),
    dict(id=3204001, company="Moravia Sklad s.r.o.", title="Skladník / skladnice – ranní směna", city="Brno",
         state="Jihomoravský kraj", country="Czechia", location="Brno, Czechia", on_site=True,
         published="2026-11-20 05:00:00 UTC", employment="fulltime", experience="",
         text="<p>Provozujeme distribuční sklad pro e-shopy s 30 000 paletovými místy u Brna.</p><p>"
              "Vychystávání objednávek se čtečkou, balení a nakládka kamionů.</p><p>Průkaz VZV výhodou.</p>"
              "<p>Mzda 34 000 – 38 000 Kč hrubého měsíčně, stravenky, příspěvek na dopravu a náborový"
              " příspěvek 10 000 Kč.</p>",
         label=L("Skladník / skladnice – ranní směna", "Moravia Sklad s.r.o.", "Brno", "Jihomoravský kraj", "CZ",
                 "onsite", "full-time", None, M(34000), M(38000), "CZK", "2026-11-20", "cs")),
    dict(id=3205001, company="Agence Emploi Val de Loire", title="Chargé(e) de recrutement – CDD 8 mois",
         city="Tours", state="Centre-Val de Loire", country="France", location="Tours, France", hybrid=True,
         published="2026-11-24 09:00:00 UTC", employment="temporary", experience="",
         salary=("30000", "34000", "EUR", "year"),
         text="<p>Agence de recrutement et d'intérim spécialisée dans l'industrie et la logistique en"
              " Indre-et-Loire.</p><p>Sourcing, entretiens, suivi des candidats et des clients, pour des"
              " postes d'opérateurs, de caristes et de techniciens.</p><p>Bac+2/3 RH, une première"
              " expérience en recrutement.</p><p>CDD de 8 mois, télétravail un jour par semaine, primes sur"
              " placements et tickets restaurant.</p>",
         label=L("Chargé(e) de recrutement – CDD 8 mois", "Agence Emploi Val de Loire", "Tours",
                 "Centre-Val de Loire", "FR", "hybrid", "contract", None, 30000, 34000, "EUR", "2026-11-24",
                 "fr")),
]

# ---------------------------------------------------------------- Personio (6, two feeds)
PERSONIO = [
    ("Bergbäckerei Allgäu GmbH", [
        dict(id=3801001, office="Kempten", department="Produktion", title="Bäcker:in (m/w/d) – Nachtschicht",
             blocks=[("Deine Aufgaben", "<p>Herstellung von Brot, Brezen und Feingebäck in unserer"
                                        " Backstube für 24 Filialen, Teigführung und Ofenarbeit.</p>"),
                     ("Dein Profil", "<p>Abgeschlossene Ausbildung als Bäcker:in, Freude an Handwerk und"
                                     " Nachtarbeit.</p>"),
                     ("Wir bieten", "<p>Stundenlohn 17,20 € brutto zzgl. 25 % steuerfreiem Nachtzuschlag,"
                                    " Schichten von 22 bis 6 Uhr, Mitarbeiterrabatt und Brot für zuhause.</p>")],
             contract="permanent", seniority="experienced", schedule="full-time",
             created="2026-11-03T07:00:00+01:00",
             label=L("Bäcker:in (m/w/d) – Nachtschicht", "Bergbäckerei Allgäu GmbH", "Kempten", None, "DE",
                     None, "full-time", None, H(17.20), H(17.20), "EUR", "2026-11-03", "de")),
        dict(id=3801002, office="Memmingen", department="Verkauf",
             title="Ausbildung Fachverkäufer:in im Lebensmittelhandwerk – Bäckerei (Start 2027)",
             blocks=[("Deine Ausbildung", "<p>Drei Jahre in unseren Filialen: Beratung, Verkauf, Kaffeebar und"
                                          " Warenpräsentation.</p>"),
                     ("Wir bieten", "<p>Ausbildungsvergütung: 1. Jahr 1.000 €, 2. Jahr 1.100 €, 3. Jahr 1.250 €"
                                    " monatlich, dazu 300 € Prämie für ein gutes Zeugnis.</p>")],
             contract="permanent", seniority="student", schedule="full-time",
             created="2026-11-11T08:00:00+01:00",
             label=L("Ausbildung Fachverkäufer:in im Lebensmittelhandwerk – Bäckerei (Start 2027)",
                     "Bergbäckerei Allgäu GmbH", "Memmingen", None, "DE", None, "full-time", "entry", M(1000),
                     M(1250), "EUR", "2026-11-11", "de")),
        dict(id=3801003, office="Lindau", department="Verkauf", title="Filialleitung (m/w/d)",
             blocks=[("Deine Aufgaben", "<p>Du führst unsere Filiale mit Café am Lindauer Hafen, 11"
                                        " Mitarbeitende und einen Jahresumsatz von 1,4 Mio. €.</p>"),
                     ("Wir bieten", "<p>Leistungsgerechte Vergütung, Umsatzbonus bis zu 3.000 € im Jahr und"
                                    " 100 € Sachbezug im Monat.</p>")],
             contract="permanent", seniority="experienced", schedule="full-time",
             created="2026-11-24T09:00:00+01:00",
             label=L("Filialleitung (m/w/d)", "Bergbäckerei Allgäu GmbH", "Lindau", None, "DE", None,
                     "full-time", "lead", None, None, None, "2026-11-24", "de")),
    ]),
    ("Ötztaler Bergbahnen Service GmbH", [
        dict(id=3802001, office="Sölden", department="Betrieb", title="Liftmitarbeiter:in Wintersaison 2026/27",
             blocks=[("Deine Aufgaben", "<p>Ein- und Ausstiegskontrolle an Sessel- und Gondelbahnen,"
                                        " Pistenbetreuung und Gästeinformation.</p>"),
                     ("Wir bieten", "<p>Saisonstelle von Dezember bis April, 2.350 € brutto monatlich laut KV"
                                    " für Seilbahnen, Unterkunft um 150 € im Monat und ein Saisonskipass.</p>")],
             contract="temporary", seniority="entry-level", schedule="full-time",
             created="2026-11-05T08:00:00+01:00",
             label=L("Liftmitarbeiter:in Wintersaison 2026/27", "Ötztaler Bergbahnen Service GmbH", "Sölden", None,
                     "AT", None, "contract", "entry", M(2350), M(2350), "EUR", "2026-11-05", "de")),
        dict(id=3802002, office="Obergurgl", department="Technik", title="Seilbahntechniker:in",
             blocks=[("Deine Aufgaben", "<p>Wartung und Revision unserer 14 Seilbahnanlagen, Störungsbehebung"
                                        " im Winterbetrieb.</p>"),
                     ("Dein Profil", "<p>Lehrabschluss Elektrotechnik, Mechatronik oder Seilbahntechnik.</p>"),
                     ("Wir bieten", "<p>Ab 3.200 € brutto monatlich, 14 Gehälter, Ganzjahresstelle und"
                                    " Dienstwohnung.</p>")],
             contract="permanent", seniority="experienced", schedule="full-time",
             created="2026-11-16T08:00:00+01:00",
             label=L("Seilbahntechniker:in", "Ötztaler Bergbahnen Service GmbH", "Obergurgl", None, "AT", None,
                     "full-time", None, M(3200, 14), None, "EUR", "2026-11-16", "de")),
        dict(id=3802003, office="Imst", department="Verwaltung", title="Buchhalter:in (Teilzeit 25 Std.)",
             blocks=[("Deine Aufgaben", "<p>Kreditoren, Debitoren und Bankbuchungen in BMD, Vorbereitung der"
                                        " UVA.</p>"),
                     ("Wir bieten", "<p>2.100 € brutto monatlich für 25 Wochenstunden, Überzahlung je nach"
                                    " Erfahrung, Gratis-Saisonkarte.</p>")],
             contract="permanent", seniority="experienced", schedule="part-time",
             created="2026-11-26T09:00:00+01:00",
             label=L("Buchhalter:in (Teilzeit 25 Std.)", "Ötztaler Bergbahnen Service GmbH", "Imst", None, "AT",
                     None, "part-time", None, M(2100), M(2100), "EUR", "2026-11-26", "de")),
    ]),
]

# ---------------------------------------------------------------- Teamtailor (6, two feeds)
TEAMTAILOR = [
    ("Careers at Drakensberg Leisure Resorts", "drakensbergresorts.teamtailor.com", [
        dict(id="1210001", company="Drakensberg Leisure Resorts", title="Resort Maintenance Artisan",
             employment="FULL_TIME",
             addresses=[{"addressLocality": "Winterton", "addressRegion": "KwaZulu-Natal", "postalCode": "3340",
                         "addressCountry": "ZA"}],
             published="2026-11-04T08:00:00+02:00", salary=("ZAR", "HOUR", 85, 95),
             text="<p>Our three resorts in the Central Drakensberg have 380 chalets, two spas and a conference"
                  " centre.</p><p>Plumbing, electrical and general building maintenance, boiler checks and"
                  " preventive maintenance schedules.</p><p>Trade test in plumbing or electrical and 3 years"
                  " of building maintenance.</p><p>Live-in accommodation is available at R1,500 a month;"
                  " staff transport from Bergville.</p>",
             label=L("Resort Maintenance Artisan", "Drakensberg Leisure Resorts", "Winterton", "KwaZulu-Natal",
                     "ZA", "onsite", "full-time", "mid", H(85), H(95), "ZAR", "2026-11-04", "en")),
        dict(id="1210002", company="Drakensberg Leisure Resorts", title="Duty Manager", employment="FULL_TIME",
             addresses=[{"addressLocality": "Winterton", "addressRegion": "KwaZulu-Natal", "postalCode": "3340",
                         "addressCountry": "ZA"}],
             published="2026-11-15T09:00:00+02:00",
             text="<p>Run the resort on your shift: front office, housekeeping, food and beverage, guest"
                  " complaints and cash-up.</p><p>2 years as a supervisor or duty manager in a hotel.</p><p>"
                  "R28,000 per month, meals on duty and accommodation on site.</p>",
             label=L("Duty Manager", "Drakensberg Leisure Resorts", "Winterton", "KwaZulu-Natal", "ZA", "onsite",
                     "full-time", "mid", M(28000), M(28000), "ZAR", "2026-11-15", "en")),
        dict(id="1210003", company="Drakensberg Leisure Resorts", title="Lifeguard (Seasonal)",
             employment="TEMPORARY",
             addresses=[{"addressLocality": "Bergville", "addressRegion": "KZN", "postalCode": "3350",
                         "addressCountry": "ZA"}],
             published="2026-11-25T10:00:00+02:00",
             text="<p>Supervise our pools and water slides from 1 December to 31 January.</p><p>Lifesaving"
                  " South Africa pool lifeguard award and first aid level 1.</p><p>R60 per hour, uniform and"
                  " a meal on every shift.</p>",
             label=L("Lifeguard (Seasonal)", "Drakensberg Leisure Resorts", "Bergville", "KZN", "ZA", "onsite",
                     "contract", None, H(60), H(60), "ZAR", "2026-11-25", "en")),
    ]),
    ("Jobb hos Vänerskolan", "vanerskolan.teamtailor.com", [
        dict(id="1220001", company="Vänerskolan Friskola AB", title="Lärare i matematik och NO, åk 7–9",
             employment="FULL_TIME",
             addresses=[{"addressLocality": "Karlstad", "addressRegion": "Värmlands län", "postalCode": "652 25",
                         "addressCountry": "SE"}],
             published="2026-11-06T08:00:00+01:00",
             text="<p>Vänerskolan är en friskola med 420 elever i årskurs F–9 på Herrhagen i Karlstad.</p>"
                  "<p>Du undervisar i matematik, biologi, fysik och kemi i årskurs 7–9 och är mentor för en"
                  " klass.</p><p>Lärarlegitimation med behörighet i matematik och minst ett NO-ämne.</p><p>"
                  "Månadslön 38 000 – 44 000 kr beroende på erfarenhet, friskvårdsbidrag 4 000 kr och"
                  " tjänstepension.</p>",
             label=L("Lärare i matematik och NO, åk 7–9", "Vänerskolan Friskola AB", "Karlstad", "Värmlands län",
                     "SE", "onsite", "full-time", None, M(38000), M(44000), "SEK", "2026-11-06", "sv")),
        dict(id="1220002", company="Vänerskolan Friskola AB", title="Elevassistent (75 %)",
             employment="PART_TIME",
             addresses=[{"addressLocality": "Karlstad", "addressRegion": "Värmlands län", "postalCode": "652 25",
                         "addressCountry": "SE"}],
             published="2026-11-18T08:00:00+01:00",
             text="<p>Stötta elever med särskilda behov i klassrummet och på rasterna i årskurs 1–3.</p><p>"
                  "Barnskötar- eller elevassistentutbildning är meriterande.</p><p>Lön enligt överenskommelse."
                  " Skolan har en kompetensutvecklingsbudget på 5 000 kr per anställd och år.</p>",
             label=L("Elevassistent (75 %)", "Vänerskolan Friskola AB", "Karlstad", "Värmlands län", "SE",
                     "onsite", "part-time", None, None, None, None, "2026-11-18", "sv")),
        dict(id="1220003", company="Vänerskolan Friskola AB", title="Rektor", employment="FULL_TIME",
             addresses=[{"addressLocality": "Kristinehamn", "addressRegion": "Värmlands län",
                         "postalCode": "681 30", "addressCountry": "SE"}],
             published="2026-11-27T09:00:00+01:00", salary=("SEK", "MONTH", 62000, 70000),
             text="<p>Vi öppnar vår andra skola i Kristinehamn i augusti 2027 med 200 elever i F–6.</p><p>Du"
                  " leder rekrytering, budget och det pedagogiska arbetet och är chef för 25 medarbetare.</p>"
                  "<p>Rektorsutbildning eller påbörjad, och minst 5 års erfarenhet som lärare.</p>",
             label=L("Rektor", "Vänerskolan Friskola AB", "Kristinehamn", "Värmlands län", "SE", "onsite",
                     "full-time", "lead", M(62000), M(70000), "SEK", "2026-11-27", "sv")),
    ]),
]

# ---------------------------------------------------------------- Breezy (6, two companies)
BREEZY = [
    ("Gulf Shore Home Care", [
        dict(id="al5e6f7a8b01", title="Certified Nursing Assistant (CNA)", type="Full-Time", city="Dothan",
             state="Alabama", country="United States", place="Dothan, AL", published="2026-11-04T15:00:00.000Z",
             salary="$16 - $19 / hour",
             label=L("Certified Nursing Assistant (CNA)", "Gulf Shore Home Care", "Dothan", "AL", "US", "onsite",
                     "full-time", None, H(16), H(19), "USD", "2026-11-04", "en")),
        dict(id="al5e6f7a8b02", title="Home Care Scheduler", type="Full-Time", city="Pensacola", state="Florida",
             country="United States", place="Pensacola, FL", published="2026-11-17T15:00:00.000Z",
             salary="$42,000 - $48,000 / year",
             label=L("Home Care Scheduler", "Gulf Shore Home Care", "Pensacola", "FL", "US", "onsite", "full-time",
                     None, 42000, 48000, "USD", "2026-11-17", "en")),
        dict(id="al5e6f7a8b03", title="Director of Nursing", type="Full-Time", city="Biloxi", state="Mississippi",
             country="United States", place="Biloxi, LA", published="2026-11-28T15:00:00.000Z",
             salary="$105,000 - $120,000 / year",
             label=L("Director of Nursing", "Gulf Shore Home Care", "Biloxi", None, "US", "onsite", "full-time",
                     None, 105000, 120000, "USD", "2026-11-28", "en")),
    ]),
    ("Sunshine Coast Earthworks", [
        dict(id="qa6f7a8b9c01", title="Excavator Operator", type="Full-Time", city="Maroochydore",
             state="Queensland", country="Australia", place="Maroochydore, QLD",
             published="2026-11-05T00:00:00.000Z", salary="$40 - $46 / hour",
             label=L("Excavator Operator", "Sunshine Coast Earthworks", "Maroochydore", "QLD", "AU", "onsite",
                     "full-time", None, H(40), H(46), "AUD", "2026-11-05", "en")),
        dict(id="qa6f7a8b9c02", title="Civil Site Supervisor", type="Full-Time", city="Caloundra",
             state="Queensland", country="Australia", place="Caloundra, QLD", published="2026-11-16T00:00:00.000Z",
             label=L("Civil Site Supervisor", "Sunshine Coast Earthworks", "Caloundra", "QLD", "AU", "onsite",
                     "full-time", None, None, None, None, "2026-11-16", "en")),
        dict(id="qa6f7a8b9c03", title="Apprentice Diesel Fitter", type="Full-Time", city="Nambour",
             state="Queensland", country="Australia", place="Nambour, QLD", published="2026-11-27T00:00:00.000Z",
             salary="$20.50 / hour",
             label=L("Apprentice Diesel Fitter", "Sunshine Coast Earthworks", "Nambour", "QLD", "AU", "onsite",
                     "full-time", "entry", H(20.50), H(20.50), "AUD", "2026-11-27", "en")),
    ]),
]


# ---------------------------------------------------------------- Hacker News (6, one thread)
def hn_text(first, *paragraphs):
    return first + "".join("<p>" + p for p in paragraphs)


HN = [
    dict(id=48900001, author="ferrodata", created="2026-11-02T16:03:00.000Z",
         text=hn_text("Ferrodata | Backend Engineer | Sevilla, Spain | Hybrid | Full-time | \u20ac55k\u2013\u20ac70k",
                      "We help Spanish rail operators predict track and rolling-stock failures from sensor data."
                      " Python, Rust, TimescaleDB. Three days a week in our Triana office; Spanish helpful, not"
                      " required."),
         label=L("Backend Engineer", "Ferrodata", "Sevilla", None, "ES", "hybrid", "full-time", None, 55000, 70000,
                 "EUR", "2026-11-02", "en")),
    dict(id=48900002, author="quillpointhq", created="2026-11-02T16:30:00.000Z",
         text=hn_text("Quillpoint | Senior iOS Engineer | REMOTE (US) | Full-time | $170k-$200k + equity",
                      "Note-taking for field inspectors at utilities and insurers, offline first. Swift, SwiftUI,"
                      " Core Data, some Kotlin. Series A, 28 people."),
         label=L("Senior iOS Engineer", "Quillpoint", None, None, "US", "remote", "full-time", "senior", 170000,
                 200000, "USD", "2026-11-02", "en")),
    dict(id=48900003, author="tallyhealth", created="2026-11-02T17:15:00.000Z",
         text=hn_text("Tallyhealth | Clinical Operations Lead (RN) | Ottawa, ON | Hybrid | CAD 115k\u2013130k",
                      "We run remote monitoring for heart-failure patients for Ontario hospitals. You will lead"
                      " our team of eight nurses and own protocols with our cardiologists. RN with 5+ years in"
                      " cardiology or home care."),
         label=L("Clinical Operations Lead (RN)", "Tallyhealth", "Ottawa", "ON", "CA", "hybrid", None, "lead",
                 115000, 130000, "CAD", "2026-11-02", "en")),
    dict(id=48900004, author="vindmolle", created="2026-11-02T18:45:00.000Z",
         text=hn_text("Vindm\u00f8lle Analytics | Data Scientist | Aarhus, Denmark | ONSITE | Full-time | DKK"
                      " 50,000\u201360,000/month + pension",
                      "Forecasting wind-farm output and prices for traders. Python, xarray, a lot of weather"
                      " data. 3+ years of applied forecasting."),
         label=L("Data Scientist", "Vindmølle Analytics", "Aarhus", None, "DK", "onsite", "full-time", "mid",
                 M(50000), M(60000), "DKK", "2026-11-02", "en")),
    dict(id=48900005, author="sparrowgrid", created="2026-11-02T19:20:00.000Z",
         text=hn_text("Sparrowgrid | Firmware Engineer | Coimbatore, India | ONSITE | Full-time | \u20b935\u201345"
                      " LPA",
                      "Smart meters and pump controllers for Indian utilities and farmers. C, FreeRTOS, NB-IoT."
                      " 4+ years of embedded firmware."),
         label=L("Firmware Engineer", "Sparrowgrid", "Coimbatore", None, "IN", "onsite", "full-time", "mid",
                 3500000, 4500000, "INR", "2026-11-02", "en")),
    dict(id=48900006, author="owlbridge", created="2026-11-03T09:10:00.000Z",
         text=hn_text("Owlbridge | Staff Product Engineer | Remote (Americas) | Full-time | top-of-market salary",
                      "Payroll for clinics and dental practices. We raised a $30M Series B in September and"
                      " pay a $5,000 bonus for successful referrals. TypeScript, Postgres."),
         label=L("Staff Product Engineer", "Owlbridge", None, None, None, "remote", "full-time", "senior", None,
                 None, None, "2026-11-03", "en")),
]


def main():
    setwriter.write_set(sys.modules[__name__], "fresh12", "hn-2026-11.json", 48900000)
    if not setwriter.check_set(sys.modules[__name__], "fresh12"):
        sys.exit(1)


if __name__ == "__main__":
    main()
