#!/usr/bin/env python3
"""Writes Tests/Eval/discover/fresh9: 96 postings written one by one, six per
source kind over all sixteen kinds, shaped like the traffic an ordinary user's
discover run sees rather than chasing rare countries (as fresh5..fresh8 did):
about two thirds from the US, the UK, Canada, Australia, Ireland, Germany,
France, the Netherlands, Spain, India and Singapore, the rest from elsewhere
(New Zealand, Switzerland, Austria, Belgium, Norway, Sweden, Portugal, Italy,
Poland, South Africa, Kenya, Brazil, Mexico, the Philippines, Malaysia, Japan,
and remote roles with no country); professions across the labour market
(nurses, electricians, forklift and warehouse staff, store and outlet
managers, teachers and early childhood educators, accountants and analysts,
solicitors and paralegals, marketers, public-health inspectors and other
public-sector staff, chefs and hotel staff, engineers, researchers) rather
than mostly software.

Texts read as boards and ATS exports do: several paragraphs, pay buried in a
benefits paragraph, under a heading, in a table or in a pay-transparency
footer ("The base pay range for this role in Colorado is …"), next to money
that is not this role's pay (sign-on and referral bonuses, 401(k) matches,
relocation, funding rounds, revenue, budgets, stipends, another role's pay).
Labelled with what a careful recruiter would record, by the rules of
Tests/Eval/discover/README.md, and committed before jobhunt was run on them
(beyond checking that they load).
Run: python3 Tests/Eval/discover/tools/fresh9.py
"""
import sys

import setwriter
from setwriter import H, D, M
from fresh2 import L


# ---------------------------------------------------------------- Greenhouse (6)
GREENHOUSE = [
    dict(id=9069900001, company="Front Range Health", title="Registered Nurse II - Med/Surg (Nights)",
         location="Aurora, CO", meta={"Location Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-04T09:00:00-07:00",
         text="<p>Front Range Health is a 412-bed teaching hospital serving the east metro area.</p>"
              "<h3>What you will do</h3><ul><li>Care for 5&ndash;6 adult medical-surgical patients on three"
              " 12-hour night shifts a week</li><li>Precept new graduates and float to telemetry when needed</li>"
              "</ul><h3>What you bring</h3><ul><li>Colorado or compact RN licence, BLS</li><li>2+ years of acute"
              " care experience</li></ul><h3>Benefits</h3><p>Medical, dental and vision from day one; 403(b)"
              " with a 5% match; $10,000 sign-on bonus for experienced RNs; tuition support up to $5,250 a"
              " year.</p><p><em>The base pay range for this role in Colorado is $38.50 - $52.75 per hour."
              " A night differential of $4.00/hr is paid on top. Final pay depends on experience.</em></p>",
         label=L("Registered Nurse II - Med/Surg (Nights)", "Front Range Health", "Aurora", "CO", "US", "onsite",
                 "full-time", "mid", H(38.50), H(52.75), "USD", "2026-11-04", "en")),
    dict(id=9069900002, company="Harborline Logistics", title="Sr. Financial Analyst, FP&A",
         location="Remote (US)", meta={"Workplace Type": "Remote", "Employment Type": "Full-time"},
         published="2026-11-10T14:30:00-06:00",
         text="<p>Harborline moved $2.1 billion of freight in 2025 across 38 cross-dock terminals.</p><p>This"
              " role is remote within the US; the finance team meets quarterly in Chicago.</p><h3>The role"
              "</h3><ul><li>Own the monthly forecast for the linehaul network</li><li>Build driver-based models"
              " in Adaptive and Excel</li></ul><h3>Requirements</h3><ul><li>5+ years in FP&amp;A, ideally"
              " transportation</li></ul><p>Annual bonus target of 10%; 401(k) match up to 6%.</p>",
         label=L("Sr. Financial Analyst, FP&A", "Harborline Logistics", None, None, "US", "remote", "full-time",
                 "senior", None, None, None, "2026-11-10", "en")),
    dict(id=9069900003, company="Brightpath Fulfillment", title="Warehouse Associate - 2nd Shift",
         location="Reno, Nevada", meta={"Location Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-16T07:00:00-08:00",
         text="<p>Pick, pack and ship for 60 e-commerce brands out of our 400,000 sq ft Reno campus.</p>"
              "<p><strong>Schedule:</strong> Monday&ndash;Thursday, 3:00 pm &ndash; 1:30 am.</p><table><tr><th>Shift"
              "</th><th>Pay range</th></tr><tr><td>2nd shift (this posting)</td><td>$21.00 - $23.50 per hour</td>"
              "</tr><tr><td>Weekend night shift</td><td>$24.50 - $27.00 per hour</td></tr></table>"
              "<ul><li>$1,000 sign-on bonus paid after 90 days</li>"
              "<li>$500 referral bonus for every friend we hire</li><li>Weekly pay</li></ul><p>Must be able to"
              " lift 50 lbs and stand for a full shift.</p>",
         label=L("Warehouse Associate - 2nd Shift", "Brightpath Fulfillment", "Reno", "NV", "US", "onsite",
                 "full-time", None, H(21.00), H(23.50), "USD", "2026-11-16", "en")),
    dict(id=9069900004, company="Oakfield Academy Trust", title="Science Teacher (Maternity Cover)",
         location="Leeds, West Yorkshire, UK", meta={"Location Type": "On-site", "Employment Type": "Fixed Term"},
         published="2026-11-18T11:00:00+00:00",
         text="<p>Oakfield Academy is an 11&ndash;18 school of 1,350 students in north Leeds, rated Good.</p>"
              "<p>We are looking for a teacher of science (biology specialism welcome) to cover a maternity leave"
              " from January 2027 to December 2027.</p><h3>Salary</h3><p>&pound;31,650 &ndash; &pound;49,084 per"
              " annum (Main/Upper Pay Range), depending on experience. A TLR 2b of &pound;3,214 is available"
              " to a candidate who leads KS3 biology.</p><p>Teachers&rsquo; Pension Scheme, cycle to work, free"
              " on-site parking.</p>",
         label=L("Science Teacher (Maternity Cover)", "Oakfield Academy Trust", "Leeds", "West Yorkshire", "GB",
                 "onsite", "contract", None, 31650, 49084, "GBP", "2026-11-18", "en")),
    dict(id=9069900005, company="Rheinauen Chemie GmbH", title="Senior Verfahrensingenieur (m/w/d)",
         location="Ludwigshafen am Rhein, Rheinland-Pfalz, Deutschland", meta={"Workplace Type": "On-site"},
         published="2026-11-20T10:00:00+01:00",
         text="<p>Wir produzieren Spezialpolymere für die Automobil- und Medizintechnik (Umsatz 2025: 640 Mio."
              " €).</p><h3>Ihre Aufgaben</h3><ul><li>Optimierung kontinuierlicher Polymerisationsanlagen</li>"
              "<li>Leitung von Scale-up-Projekten vom Technikum in die Produktion</li></ul><h3>Ihr Profil</h3>"
              "<ul><li>Studium Verfahrenstechnik, mindestens 6 Jahre Berufserfahrung</li></ul><h3>Wir bieten"
              "</h3><p>Vollzeit, unbefristet. Das Gehalt für diese Position liegt zwischen 72.000 € und 88.000 €"
              " brutto jährlich, zzgl. Schichtzulagen. Dazu JobRad, 30 Urlaubstage und eine betriebliche"
              " Altersvorsorge mit 1.200 € Arbeitgeberzuschuss pro Jahr.</p>",
         label=L("Senior Verfahrensingenieur (m/w/d)", "Rheinauen Chemie GmbH", "Ludwigshafen am Rhein",
                 "Rheinland-Pfalz", "DE", "onsite", "full-time", "senior", 72000, 88000, "EUR", "2026-11-20", "de")),
    dict(id=9069900006, company="Cacau & Cia Alimentos", title="Analista de Marketing Pleno",
         location="São Paulo, SP, Brasil", meta={"Location Type": "Hybrid", "Employment Type": "CLT"},
         published="2026-11-24T10:00:00-03:00",
         text="<p>Somos uma fabricante de chocolates com 120 lojas próprias.</p><h3>Responsabilidades</h3><ul>"
              "<li>Planejar campanhas de trade e sazonais (Páscoa, Natal)</li><li>Gerir um orçamento de mídia de"
              " R$ 6 milhões</li></ul><h3>O que oferecemos</h3><p>Salário: R$ 7.500 a R$ 9.000 por mês (CLT),"
              " VR de R$ 45/dia, PLR e plano de saúde. Modelo híbrido: 3 dias no escritório.</p>",
         label=L("Analista de Marketing Pleno", "Cacau & Cia Alimentos", "São Paulo", "SP", "BR", "hybrid",
                 "full-time", "mid", M(7500), M(9000), "BRL", "2026-11-24", "pt")),
]

# ---------------------------------------------------------------- Lever (6, three employers)
LEVER = [
    dict(company="Larchmont Retail Group", id="f9b0c1d2-0001-4e00-9000-000000000901", title="Store Manager",
         location="Manchester", country="GB", workplace="onsite", commitment="Full-time",
         created="2026-11-05T10:00:00Z",
         text="Larchmont runs 140 homeware stores across the UK; our stores turned over £310m last year.\n\n"
              "As Store Manager of our Arndale store you will lead a team of 35, own the P&L and deliver"
              " great customer service every day.\n\nWhat we offer\nSalary: £42,000 - £48,000 per annum plus up"
              " to 20% annual bonus. 25% colleague discount, pension with 5% employer contribution, 33 days'"
              " holiday including bank holidays.",
         label=L("Store Manager", "Larchmont Retail Group", "Manchester", None, "GB", "onsite", "full-time", None,
                 42000, 48000, "GBP", "2026-11-05", "en")),
    dict(company="Larchmont Retail Group", id="f9b0c1d2-0002-4e00-9000-000000000902",
         title="Assistant Store Manager (Part Time, 30 hrs)", location="Bristol", country="GB",
         workplace="onsite", commitment="Part-time", created="2026-11-12T09:00:00Z",
         text="Support the Store Manager at Cabot Circus across four days a week, including one weekend day.\n\n"
              "You will have run a team in retail or hospitality before.\n\nPay: £32,000 - £36,000 pro rata"
              " (30 hours a week), plus store bonus. Colleague discount of 25%.",
         label=L("Assistant Store Manager (Part Time, 30 hrs)", "Larchmont Retail Group", "Bristol", None, "GB",
                 "onsite", "part-time", None, 32000, 36000, "GBP", "2026-11-12", "en")),
    dict(company="Kinetic Ledger", id="f9b0c1d2-0003-4e00-9000-000000000903", title="Senior Accountant",
         location="Toronto, ON", country="CA", workplace="hybrid", commitment="Full-time",
         created="2026-11-06T15:00:00Z", salary=("CAD", "per-year-salary", 85000, 98000),
         text="Kinetic Ledger builds accounts-payable software for 9,000 Canadian businesses; we raised a $40M"
              " Series B in June.\n\nYou will run month-end close, revenue recognition under ASPE and IFRS, and"
              " our first audit with a Big Four firm.\n\nCPA designation required. Hybrid - 3 days in office"
              " (King West).\n\nBenefits: health and dental from day one, RRSP matching up to 4%, $750 wellness"
              " account.",
         label=L("Senior Accountant", "Kinetic Ledger", "Toronto", "ON", "CA", "hybrid", "full-time", "senior",
                 85000, 98000, "CAD", "2026-11-06", "en")),
    dict(company="Kinetic Ledger", id="f9b0c1d2-0004-4e00-9000-000000000904", title="Backend Engineer II",
         location="Vancouver, British Columbia", country="CA", workplace="remote", commitment="Full-time",
         created="2026-11-19T18:00:00Z",
         text="Remote (Canada). Kotlin services and PostgreSQL behind our payments rails.\n\nYou have 3+ years"
              " of backend experience and have run services in production.\n\nWe offer a competitive salary and"
              " stock options. We also give every new hire a $1,000 home-office"
              " stipend.",
         label=L("Backend Engineer II", "Kinetic Ledger", "Vancouver", "BC", "CA", "remote", "full-time", "mid",
                 None, None, None, "2026-11-19", "en")),
    dict(company="Sunhaven Hoteles", id="f9b0c1d2-0005-4e00-9000-000000000905", title="Jefe/a de Recepción",
         location="Palma, Illes Balears", country="ES", workplace="onsite", commitment="Full-time",
         created="2026-11-09T09:00:00Z",
         text="Sunhaven gestiona seis hoteles de cuatro estrellas en Mallorca.\n\nCoordinarás un equipo de 12"
              " recepcionistas y la relación con turoperadores.\n\nRequisitos: inglés y alemán altos, 3 años"
              " en un puesto similar.\n\nSalario: 28.000 € - 32.000 € brutos anuales + incentivos por ocupación."
              " Alojamiento disponible durante la temporada.",
         label=L("Jefe/a de Recepción", "Sunhaven Hoteles", "Palma", "Illes Balears", "ES", "onsite", "full-time",
                 "lead", 28000, 32000, "EUR", "2026-11-09", "es")),
    dict(company="Sunhaven Hoteles", id="f9b0c1d2-0006-4e00-9000-000000000906",
         title="Camarero/a de Pisos (temporada 2027)", location="Alcúdia", country="ES", workplace="onsite",
         commitment="Temporary", created="2026-11-26T08:00:00Z",
         text="Contrato de temporada de abril a octubre de 2027.\n\nLimpieza y puesta a punto de habitaciones"
              " según los estándares de la cadena.\n\nRetribución: 1.450 € brutos al mes en 14 pagas, más"
              " manutención.",
         label=L("Camarero/a de Pisos (temporada 2027)", "Sunhaven Hoteles", "Alcúdia", None, "ES", "onsite",
                 "contract", None, M(1450, 14), M(1450, 14), "EUR", "2026-11-26", "es")),
]

# ---------------------------------------------------------------- Ashby (6, two employers)
ASHBY = [
    dict(company="Tidewater Analytics", id="a9000000-0000-4000-8000-000000000901", title="Staff Data Scientist",
         location="New York, NY",
         address={"addressLocality": "New York", "addressRegion": "New York", "addressCountry": "USA"},
         workplace="Hybrid", remote=False, employment="FullTime", published="2026-11-03T15:00:00.000+00:00",
         comp=("USD", "1 YEAR", 185000, 225000),
         text="Tidewater prices flood and storm risk for 300 insurers; we closed a $120M Series C in August.\n"
              "You will lead modelling for our commercial property product and mentor four data scientists.\n"
              "8+ years with Python and Bayesian methods.\nHybrid: Tuesday to Thursday in our SoHo office.\n"
              "Equity, 401(k) with 4% match, and a $4,000 annual learning budget.",
         label=L("Staff Data Scientist", "Tidewater Analytics", "New York", "NY", "US", "hybrid", "full-time",
                 "senior", 185000, 225000, "USD", "2026-11-03", "en")),
    dict(company="Tidewater Analytics", id="a9000000-0000-4000-8000-000000000902",
         title="Research Scientist, Climate Risk", location="London",
         address={"addressLocality": "London", "addressCountry": "United Kingdom"},
         workplace="Hybrid", remote=False, employment="FullTime", published="2026-11-11T10:00:00.000+00:00",
         text="Join our research group building probabilistic hazard models from reanalysis and climate model"
              " ensembles.\nPhD in atmospheric science, hydrology or statistics; publications welcome.\n"
              "Hybrid - 2 days a week in our Shoreditch office.\nCompensation: £85,000 – £105,000 base + equity."
              " Visa sponsorship and relocation support up to £8,000.",
         label=L("Research Scientist, Climate Risk", "Tidewater Analytics", "London", None, "GB", "hybrid",
                 "full-time", None, 85000, 105000, "GBP", "2026-11-11", "en")),
    dict(company="Tidewater Analytics", id="a9000000-0000-4000-8000-000000000903",
         title="Customer Support Specialist (Contract)", location="Remote - Philippines",
         address={"addressCountry": "Philippines"}, workplace="Remote", remote=True, employment="Contract",
         published="2026-11-20T02:00:00.000+00:00", comp=("USD", "1 HOUR", 9, 11),
         text="Six-month contract supporting US insurers by chat and email, US East Coast hours.\nExcellent"
              " written English and two years of SaaS support.\nWe provide a laptop and a $50 monthly internet"
              " allowance.",
         label=L("Customer Support Specialist (Contract)", "Tidewater Analytics", None, None, "PH", "remote",
                 "contract", None, H(9), H(11), "USD", "2026-11-20", "en")),
    dict(company="Kaimai Health", id="a9000000-0000-4000-8000-000000000904", title="Registered Nurse – Aged Care",
         location="Tauranga",
         address={"addressLocality": "Tauranga", "addressRegion": "Bay of Plenty", "addressCountry": "NZ"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-05T01:00:00.000+00:00",
         text="Kaimai Health runs three rest homes and a hospital-level dementia unit in the Bay of Plenty.\n"
              "Lead care on a 30-bed wing across a rotating roster; interRAI trained or willing to train.\n"
              "Current NZ APC required.\nPay: NZ$38.50 – NZ$44.00 per hour depending on PDRP level. We fund your"
              " APC and give KiwiSaver 3% employer contribution.",
         label=L("Registered Nurse – Aged Care", "Kaimai Health", "Tauranga", "Bay of Plenty", "NZ", "onsite",
                 "full-time", None, H(38.50), H(44.00), "NZD", "2026-11-05", "en")),
    dict(company="Kaimai Health", id="a9000000-0000-4000-8000-000000000905", title="Clinical Nurse Manager",
         location="Hamilton",
         address={"addressLocality": "Hamilton", "addressRegion": "Waikato", "addressCountry": "New Zealand"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-13T00:30:00.000+00:00",
         comp=("NZD", "1 YEAR", 118000, 132000),
         text="Lead the clinical team of our 40-bed hospital-level facility in Hamilton East.\nYou will hold"
              " a current APC and five years of senior nursing experience in aged care.\nKiwiSaver 3% employer"
              " contribution, professional development fund of $2,500 a year.",
         label=L("Clinical Nurse Manager", "Kaimai Health", "Hamilton", "Waikato", "NZ", "onsite", "full-time",
                 None, 118000, 132000, "NZD", "2026-11-13", "en")),
    dict(company="Kaimai Health", id="a9000000-0000-4000-8000-000000000906", title="Healthcare Assistant (Casual)",
         location="Rotorua",
         address={"addressLocality": "Rotorua", "addressRegion": "Bay of Plenty", "addressCountry": "NZ"},
         workplace="OnSite", remote=False, employment="PartTime", published="2026-11-25T01:00:00.000+00:00",
         text="Join our casual pool: morning, afternoon and night shifts to suit.\nNo experience needed; we"
              " train you to NZQA Level 3.\n$28.10 per hour, plus weekend penal rates.",
         label=L("Healthcare Assistant (Casual)", "Kaimai Health", "Rotorua", "Bay of Plenty", "NZ", "onsite",
                 "part-time", None, H(28.10), H(28.10), "NZD", "2026-11-25", "en")),
]

# ---------------------------------------------------------------- JSON-LD (6)
JSONLD = [
    dict(slug="senior-relationship-manager-wealth", company="Kaveri Bank Ltd",
         title="Senior Relationship Manager - Wealth",
         address={"addressLocality": "Bengaluru", "addressRegion": "Karnataka", "postalCode": "560001",
                  "addressCountry": "IN"},
         employment="FULL_TIME", posted="2026-11-05",
         text="<p>Manage a book of 80 HNI families and grow assets under management; the branch targets ₹150"
              " crore of new AUM this year.</p><p><b>Eligibility:</b> NISM XV/XXI-A, 6+ years in wealth.</p>"
              "<p><b>CTC:</b> INR 18-24 LPA + performance incentives.</p>",
         label=L("Senior Relationship Manager - Wealth", "Kaveri Bank Ltd", "Bengaluru", "Karnataka", "IN",
                 "onsite", "full-time", "senior", 1800000, 2400000, "INR", "2026-11-05", "en")),
    dict(slug="staff-nurse-icu-pune", company="Lotus Multispeciality Hospital", title="Staff Nurse - ICU",
         address={"addressLocality": "Pune", "addressRegion": "Maharashtra", "postalCode": "411004",
                  "addressCountry": "IN"},
         employment="FULL_TIME", posted="2026-11-09T10:00:00+05:30", salary=("INR", "MONTH", 35000, 48000),
         text="<p>B.Sc. Nursing with 2 years of ICU experience; registered with the Maharashtra Nursing Council."
              "</p><p>Free accommodation for the first three months and a night allowance of ₹300 per"
              " shift.</p>",
         label=L("Staff Nurse - ICU", "Lotus Multispeciality Hospital", "Pune", "Maharashtra", "IN", "onsite",
                 "full-time", None, M(35000), M(48000), "INR", "2026-11-09", "en")),
    dict(slug="logistics-executive-singapore", company="Straits Freight Pte. Ltd.", title="Logistics Executive",
         address={"addressLocality": "Singapore", "postalCode": "498746", "addressCountry": "SG"},
         employment="FULL_TIME", posted="2026-11-12T09:00:00+08:00",
         text="<p>Coordinate sea and air import shipments for our Changi warehouse.</p><ul><li>Diploma in"
              " logistics</li><li>Experience with CargoWise</li></ul><p>Salary: S$3,200 – S$3,800 monthly + AWS"
              " (13th month) + variable bonus. Transport allowance of S$150.</p>",
         label=L("Logistics Executive", "Straits Freight Pte. Ltd.", "Singapore", None, "SG", "onsite",
                 "full-time", None, M(3200, 13), M(3800, 13), "SGD", "2026-11-12", "en")),
    dict(slug="pflegefachkraft-intensiv", company="Klinikum am Westpark",
         title="Pflegefachkraft (m/w/d) Intensivstation",
         address={"addressLocality": "München", "addressRegion": "Bayern", "postalCode": "80339",
                  "addressCountry": "DE"},
         employment="FULL_TIME", posted="2026-11-13", salary=("EUR", "YEAR", 48500, 58900),
         text="<p>Unsere interdisziplinäre Intensivstation hat 24 Betten.</p><p>Vergütung nach TVöD-K P8 zzgl."
              " Intensivzulage, Jahressonderzahlung und einer Willkommensprämie von 2.500 €.</p>",
         label=L("Pflegefachkraft (m/w/d) Intensivstation", "Klinikum am Westpark", "München", "Bayern", "DE",
                 "onsite", "full-time", None, 48500, 58900, "EUR", "2026-11-13", "de")),
    dict(slug="paralegal-litigation-austin", company="Whitcombe & Hale LLP", title="Paralegal - Litigation",
         address={"addressLocality": "Austin", "addressRegion": "TX", "postalCode": "78701", "addressCountry": "US"},
         employment="FULL_TIME", posted="2026-11-19T08:00:00-06:00",
         text="<p>Support three partners in commercial litigation: e-filing, discovery and trial binders.</p>"
              "<p>Hybrid - 3 days in office.</p><p>Overtime eligible. The firm's revenue exceeds $400 million and"
              " our associates start at $225,000.</p>",
         label=L("Paralegal - Litigation", "Whitcombe & Hale LLP", "Austin", "TX", "US", "hybrid", "full-time",
                 None, None, None, None, "2026-11-19", "en")),
    dict(slug="procurement-officer-naivasha", company="Rift Valley Horticulture Ltd", title="Procurement Officer",
         address={"addressLocality": "Naivasha", "addressRegion": "Nakuru County", "addressCountry": "KE"},
         employment="FULL_TIME", posted="2026-11-24",
         text="<p>The farm exports 60 million stems a year to Europe.</p><p>Source fertiliser, packaging and"
              " spares; CIPS or KISM membership required.</p><p>Gross salary: KES 120,000 – 150,000 per month."
              " Medical cover for staff and dependants.</p>",
         label=L("Procurement Officer", "Rift Valley Horticulture Ltd", "Naivasha", "Nakuru County", "KE",
                 "onsite", "full-time", None, M(120000), M(150000), "KES", "2026-11-24", "en")),
]

# ---------------------------------------------------------------- RSS (6)
RSS = [
    dict(slug="senior-content-marketing-manager", company="Quillstack", title="Senior Content Marketing Manager",
         region="USA Only", country="United States", type="Full-Time", pub="Wed, 04 Nov 2026 10:00:00 -0500",
         text="<p>Own our blog, newsletter (120k subscribers) and customer stories.</p><p>5+ years in B2B"
              " content.</p><p><strong>Pay transparency:</strong> The base salary range for this role is"
              " $118,000–$142,000. We also offer a $2,000 annual wellness stipend.</p>",
         label=L("Senior Content Marketing Manager", "Quillstack", None, None, "US", "remote", "full-time",
                 "senior", 118000, 142000, "USD", "2026-11-04", "en")),
    dict(slug="bookkeeper-part-time", company="Ledgerleaf", title="Bookkeeper (Part-Time)", region="Canada Only",
         country="Canada", type="Part-Time", pub="Mon, 09 Nov 2026 09:00:00 -0500",
         text="<p>Keep the books for 15 small-business clients in QuickBooks Online.</p><p>CA$32–38/hour, about"
              " 20 hours a week.</p>",
         label=L("Bookkeeper (Part-Time)", "Ledgerleaf", None, None, "CA", "remote", "part-time", None, H(32),
                 H(38), "CAD", "2026-11-09", "en")),
    dict(slug="instructional-designer-contract", company="Brightfield Learning", title="Instructional Designer",
         region="Anywhere in the World", country="", type="Contract", pub="Thu, 12 Nov 2026 16:00:00 GMT",
         text="<p>Design compliance e-learning for hospital clients in Articulate Rise.</p><p>Contract, 6"
              " months. Rate: $45–$60 per hour.</p>",
         label=L("Instructional Designer", "Brightfield Learning", None, None, None, "remote", "contract", None,
                 H(45), H(60), "USD", "2026-11-12", "en")),
    dict(slug="senior-product-designer-europe", company="Fernhill", title="Senior Product Designer",
         region="Europe Only", country="", type="Full-Time", pub="Tue, 17 Nov 2026 11:00:00 +0100",
         text="<p>Design the scheduling app used by 4,000 physiotherapy clinics.</p><p>We hire in the"
              " Netherlands, Germany, Spain and Portugal.</p><p>€70k–85k + bonus.</p>",
         label=L("Senior Product Designer", "Fernhill", None, None, None, "remote", "full-time", "senior", 70000,
                 85000, "EUR", "2026-11-17", "en")),
    dict(slug="customer-support-lead-uk", company="Paddlepost", title="Customer Support Lead", region="UK Only",
         country="United Kingdom", type="Full-Time", pub="Fri, 20 Nov 2026 09:30:00 +0000",
         text="<p>Lead a team of eight support agents for our parcel app.</p><p>£34,000 – £38,000, plus a"
              " £1,500 one-off joining bonus.</p>",
         label=L("Customer Support Lead", "Paddlepost", None, None, "GB", "remote", "full-time", "lead", 34000,
                 38000, "GBP", "2026-11-20", "en")),
    dict(slug="technical-recruiter-latam", company="Orbital Hire", title="Technical Recruiter",
         region="Latin America Only", country="Mexico", type="Contract", pub="Wed, 25 Nov 2026 10:00:00 -0600",
         text="<p>Full-cycle hiring for US start-ups.</p><p>USD 3,000 – 3,800 per month, paid as a"
              " contractor.</p>",
         label=L("Technical Recruiter", "Orbital Hire", None, None, "MX", "remote", "contract", None, M(3000),
                 M(3800), "USD", "2026-11-25", "en")),
]

# ---------------------------------------------------------------- Remote OK (6)
REMOTEOK = [
    dict(id="1709001", company="Gridwise", position="Senior Python Engineer", location="United States",
         salary=(0, 0), date="2026-11-03T16:00:00+00:00", tags=["python", "django", "energy"],
         text="<p>Gridwise runs demand-response programs for 40 US utilities; during last summer's heat waves"
              " we shifted 1.2 GW of load.</p><p><strong>You will</strong> build the Django services and"
              " Celery pipelines that dispatch thermostats and batteries, and own their reliability.</p><p>"
              "<strong>You have</strong> 6+ years of Python in production and some PostgreSQL tuning.</p><p>"
              "Benefits: 401(k) with 4% match, $1,500 home office budget, 20 days off plus holidays.</p>",
         label=L("Senior Python Engineer", "Gridwise", None, None, "US", "remote", None, "senior", None, None,
                 None, "2026-11-03", "en")),
    dict(id="1709002", company="Loopline", position="Marketing Operations Manager", location="Worldwide",
         salary=(0, 0), date="2026-11-07T12:00:00+00:00", tags=["marketing", "hubspot"],
         text="<p>Run HubSpot, attribution and lead routing.</p><p>We pay $85k–$105k regardless of"
              " location.</p>",
         label=L("Marketing Operations Manager", "Loopline", None, None, None, "remote", None, None, 85000, 105000,
                 "USD", "2026-11-07", "en")),
    dict(id="1709003", company="Chaiwala Data", position="Data Analyst", location="India", salary=(0, 0),
         date="2026-11-11T06:00:00+00:00", tags=["sql", "analytics"],
         text="<p>SQL and Metabase for a quick-commerce marketplace.</p><p>Compensation: INR 12–16 LPA."
              " Full-time, remote within India.</p>",
         label=L("Data Analyst", "Chaiwala Data", None, None, "IN", "remote", "full-time", None, 1200000, 1600000,
                 "INR", "2026-11-11", "en")),
    dict(id="1709004", company="Puerta Digital", position="Junior Frontend Developer", location="Spain",
         salary=(0, 0), date="2026-11-16T09:00:00+00:00", tags=["react", "typescript"],
         text="<p>React y TypeScript para una plataforma de reservas.</p><p>Salario: 28.000€ - 32.000€"
              " brutos/año. Ticket restaurante 11€/día.</p>",
         label=L("Junior Frontend Developer", "Puerta Digital", None, None, "ES", "remote", None, "entry", 28000,
                 32000, "EUR", "2026-11-16", "en")),
    dict(id="1709005", company="Kernfeld", position="Developer Relations Engineer", location="Germany",
         salary=(0, 0), date="2026-11-21T10:00:00+00:00", tags=["devrel", "rust"],
         text="<p>We just closed our €25M Series A.</p><p>Salary: competitive + ESOP.</p>",
         label=L("Developer Relations Engineer", "Kernfeld", None, None, "DE", "remote", None, None, None, None,
                 None, "2026-11-21", "en")),
    dict(id="1709006", company="Billabong Books", position="Senior Accountant", location="Philippines",
         salary=(0, 0), date="2026-11-26T01:00:00+00:00", tags=["accounting", "xero"],
         text="<p>Xero and month-end for 60 Australian SME clients, working Australian business hours.</p><p>PHP"
              " 70,000 – 90,000 per month. Full-time. Our clients turn over AUD 2M – 20M a year.</p>",
         label=L("Senior Accountant", "Billabong Books", None, None, "PH", "remote", "full-time", "senior", M(70000),
                 M(90000), "PHP", "2026-11-26", "en")),
]

# ---------------------------------------------------------------- JobSpy (6)
JOBSPY = [
    dict(id="in-d4e5f60718293a4b", site="indeed", title="Forklift Operator - Night Shift",
         company="Lone Star Distribution", location="Fort Worth, TX", date="2026-11-03", job_type="fulltime",
         remote=False, pay=("hourly", 19, 23, "USD"),
         text="**Job Overview**\n\nLone Star Distribution supplies 220 grocery stores across North Texas from"
              " our 600,000 sq ft Fort Worth DC.\n\n**Responsibilities**\n\n* Operate sit-down and reach"
              " forklifts to put away and replenish\n* Load outbound trailers accurately and safely\n\n"
              "**Schedule:** Nights, Sunday-Thursday, 10:00 pm - 6:30 am\n\n**Benefits**\n\n* $1,000 sign-on"
              " bonus\n* 401(k) with 3% match\n* Forklift certification provided\n\n**Pay:** $19 - $23 an"
              " hour, based on experience.",
         label=L("Forklift Operator - Night Shift", "Lone Star Distribution", "Fort Worth", "TX", "US", "onsite",
                 "full-time", None, H(19), H(23), "USD", "2026-11-03", "en")),
    dict(id="li-4930001234", site="linkedin", title="Associate Solicitor - Employment Law",
         company="Pennant Barr LLP", location="Birmingham, England, United Kingdom", date="2026-11-06",
         job_type="fulltime", remote=False, level="Associate",
         text="Pennant Barr is a top-100 firm with 420 people across the Midlands. Our employment team acts for"
              " employers in retail, logistics and the public sector.\n\n**About you**\n\n* 2-5 years PQE in"
              " employment law, tribunal and advisory\n* Confident running your own caseload\n\n**What we"
              " offer**\n\nHybrid - 3 days in office. Competitive salary + bonus, 25 days' holiday and"
              " private medical cover. (Our trainees start at £32,000.)",
         label=L("Associate Solicitor - Employment Law", "Pennant Barr LLP", "Birmingham", "England", "GB",
                 "hybrid", "full-time", "mid", None, None, None, "2026-11-06", "en")),
    dict(id="gd-2030405060", site="glassdoor", title="Registered Nurse - Emergency Department",
         company="St. Brendan's Regional Hospital", location="Hamilton, ON", date="2026-11-10",
         job_type="fulltime", remote=False, pay=("yearly", 88000, 112000, "CAD"),
         text="Full-time rotating days/nights in a 60-bed ED. CNO registration required. $88,000 - $112,000 a"
              " year. OMERS pension.",
         label=L("Registered Nurse - Emergency Department", "St. Brendan's Regional Hospital", "Hamilton", "ON",
                 "CA", "onsite", "full-time", None, 88000, 112000, "CAD", "2026-11-10", "en")),
    dict(id="in-e5f60718293a4b5c", site="indeed", title="Responsable de magasin H/F", company="Maison Lavande",
         location="Lyon, ARA", date="2026-11-13", job_type="fulltime", remote=False,
         text="Maison Lavande, marque française d'art de vivre (65 boutiques), recrute pour sa boutique de la"
              " Presqu'île.\n\n**Vos missions**\n\n* Manager une équipe de 9 conseillers\n* Piloter le"
              " chiffre d'affaires du magasin (2,4 M€ en 2025)\n\n**Profil** : 3 ans d'expérience en gestion"
              " de point de vente.\n\n**Rémunération** : 38 000 € - 42 000 € brut annuel + prime sur objectifs,"
              " remise collaborateur de 30 %.",
         label=L("Responsable de magasin H/F", "Maison Lavande", "Lyon", "Auvergne-Rhône-Alpes", "FR", "onsite",
                 "full-time", None, 38000, 42000, "EUR", "2026-11-13", "fr")),
    dict(id="in-f60718293a4b5c6d", site="indeed", title="Mechanical Design Engineer",
         company="Deccan Precision Tools", location="Hyderabad, Telangana", date="2026-11-18", job_type="fulltime",
         remote=False, pay=("monthly", 45000, 65000, "INR"),
         text="SolidWorks design of press tools and fixtures. 3-5 years. ₹45,000 - ₹65,000 a month.",
         label=L("Mechanical Design Engineer", "Deccan Precision Tools", "Hyderabad", "Telangana", "IN", "onsite",
                 "full-time", None, M(45000), M(65000), "INR", "2026-11-18", "en")),
    dict(id="li-4930002345", site="linkedin", title="Werkstudent Marketing (m/w/d)",
         company="Alpenblick Outdoor GmbH", location="München, Bayern, Deutschland", date="2026-11-23",
         job_type="parttime", remote=False, level="Internship",
         text="Unterstütze unser Social-Media-Team. 20 Std./Woche, 15,00 € pro Stunde. 40 % Mitarbeiterrabatt.",
         label=L("Werkstudent Marketing (m/w/d)", "Alpenblick Outdoor GmbH", "München", "Bayern", "DE", "onsite",
                 "part-time", "entry", H(15), H(15), "EUR", "2026-11-23", "de")),
]

# ---------------------------------------------------------------- file: (6)
FILE = [
    dict(external_id="ie-teach-01", title="Mathematics Teacher", company="St Columba's Community School",
         locations=["Limerick, Co. Limerick"], employment="Full-time", posted="2026-11-04",
         text="Permanent whole-time post teaching Leaving Certificate Higher Level maths. Salary in line with"
              " Department of Education scales: €46,000 – €86,000 depending on incremental point. Teaching"
              " Council registration required.",
         label=L("Mathematics Teacher", "St Columba's Community School", "Limerick", "Co. Limerick", "IE",
                 "onsite", "full-time", None, 46000, 86000, "EUR", "2026-11-04", "en")),
    dict(external_id="fr-banque-02", title="Conseiller clientèle bancaire (H/F)", company="Banque Rhodanienne",
         locations=["Marseille (13)"], employment="CDI", posted="2026-11-09",
         text="Vous gérez un portefeuille de 450 clients particuliers. Rémunération : 32 K€ - 36 K€ brut annuel"
              " sur 13 mois + intéressement et participation.",
         label=L("Conseiller clientèle bancaire (H/F)", "Banque Rhodanienne", "Marseille", None, "FR", "onsite",
                 "full-time", None, 32000, 36000, "EUR", "2026-11-09", "fr")),
    dict(external_id="nl-vpk-03", title="Verpleegkundige Spoedeisende Hulp", company="Ziekenhuis Rijnmond-Zuid",
         locations=["Rotterdam, Zuid-Holland"], employment="Part-time", posted="2026-11-12",
         salary={"salary_min": 3400, "salary_max": 4900, "salary_currency": "EUR", "salary_period": "month"},
         text="24–32 uur per week op onze SEH. Salaris volgens cao Ziekenhuizen (FWG 50), plus 8,33%"
              " vakantiegeld en een eindejaarsuitkering.",
         label=L("Verpleegkundige Spoedeisende Hulp", "Ziekenhuis Rijnmond-Zuid", "Rotterdam", "Zuid-Holland",
                 "NL", "onsite", "part-time", None, M(3400), M(4900), "EUR", "2026-11-12", "nl")),
    dict(external_id="za-ops-04", title="Operations Manager - Distribution Centre", company="Highveld Retail Logistics",
         locations=["Germiston, Gauteng", "Midrand"], workplace="onsite", employment="Full-time",
         posted="2026-11-17",
         text="Run inbound, outbound and returns for a 24/7 site with 220 staff serving 410 stores. R45 000 – R52 000"
              " per month CTC, plus a 10% performance bonus and a R4 500 monthly car allowance.",
         label=L("Operations Manager - Distribution Centre", "Highveld Retail Logistics", "Germiston", "Gauteng",
                 "ZA", "onsite", "full-time", None, M(45000), M(52000), "ZAR", "2026-11-17", "en")),
    dict(external_id="au-ap-05", title="Accounts Payable Clerk", company="Coral Coast Resorts",
         locations=["Cairns QLD 4870"], employment="Full-time", posted="2026-11-20T13:00:00+10:00",
         text="Process 1,200 invoices a month across four resorts. $65,000 - $70,000 + 11.5% super.",
         label=L("Accounts Payable Clerk", "Coral Coast Resorts", "Cairns", "QLD", "AU", "onsite", "full-time",
                 None, 65000, 70000, "AUD", "2026-11-20", "en")),
    dict(external_id="us-elec-06", title="Electrician (Journeyman)", company="Keystone Electric",
         locations=["Pittsburgh, PA 15222"], employment="Full-time", posted="2026-11-25",
         text="Keystone Electric is a union contractor doing commercial fit-outs and hospital work in downtown"
              " Pittsburgh. We are looking for licensed journeyman electricians for a 14-month hospital"
              " expansion and ongoing service work. Requirements: journeyman card, OSHA 30, reliable"
              " transportation. Union scale: $46.85/hr plus benefits (IBEW Local 5); $250 tool allowance each"
              " year.",
         label=L("Electrician (Journeyman)", "Keystone Electric", "Pittsburgh", "PA", "US", "onsite", "full-time",
                 None, H(46.85), H(46.85), "USD", "2026-11-25", "en")),
]

# ---------------------------------------------------------------- Workday (6): one detail per file
WORKDAY = [
    dict(company="Piedmont Valley Health", path="Registered-Nurse---Labor---Delivery_R-88213",
         title="Registered Nurse - Labor & Delivery", location="Charlotte, NC",
         country="United States of America", remote="On-site", time="Full time", posted_on="Posted 3 Days Ago",
         text="<p><b>Job Summary</b></p><p>Provide care to laboring patients in our 32-bed birthing center"
              " (4,800 deliveries a year).</p><p><b>Requirements</b></p><ul><li>NC RN licence</li><li>NRP, BLS"
              " and ACLS</li><li>1 year of L&amp;D experience</li></ul><p><b>Benefits</b></p><p>Sign-on bonus up"
              " to $15,000 for experienced RNs. Relocation assistance up to $5,000.</p><p><b>Pay Range:</b></p>"
              "<p>$36.10 - $54.15 per hour</p><p>Pay is based on experience and internal equity.</p>",
         label=L("Registered Nurse - Labor & Delivery", "Piedmont Valley Health", "Charlotte", "NC", "US", "onsite",
                 "full-time", None, H(36.10), H(54.15), "USD", "2026-11-28", "en")),
    dict(company="Emilia Utensili S.p.A.", path="Sr-Supply-Chain-Analyst_R-55120", title="Sr. Supply Chain Analyst",
         location="Bologna", country="Italy", remote="Hybrid", time="Full time", posted_on="Posted 10 Days Ago",
         text="<p>Pianificazione della domanda per 14.000 codici su tre centri distributivi (fatturato 2025: 310"
              " milioni di euro).</p><p>5+ anni in supply chain analytics; SQL e Power BI.</p><p>RAL 45.000 –"
              " 55.000 € + premio di risultato fino al 10%, buoni pasto da 8 €.</p>",
         label=L("Sr. Supply Chain Analyst", "Emilia Utensili S.p.A.", "Bologna", None, "IT", "hybrid", "full-time",
                 "senior", 45000, 55000, "EUR", "2026-11-21", "it")),
    dict(company="Wisła Retail Sp. z o.o.", path="Kierownik-Zmiany---Centrum-Dystrybucyjne_R-30271",
         title="Kierownik Zmiany - Centrum Dystrybucyjne", location="Stryków, łódzkie", country="Poland",
         remote="On-site", time="Full time", posted_on="Posted Today",
         text="<p>Kierujesz zmianą 25 osób kompletujących zamówienia dla 300 sklepów.</p><p>System 4-brygadowy,"
              " także noce.</p><p>Wynagrodzenie: 7 500 – 9 000 zł brutto miesięcznie + dodatek nocny 20%. Karta"
              " Multisport.</p>",
         label=L("Kierownik Zmiany - Centrum Dystrybucyjne", "Wisła Retail Sp. z o.o.", "Stryków", "łódzkie", "PL",
                 "onsite", "full-time", "lead", M(7500), M(9000), "PLN", "2026-12-01", "pl")),
    dict(company="Zeeland Hypotheken B.V.", path="Medior-Financieel-Adviseur_JR-7712",
         title="Medior Financieel Adviseur", location="Middelburg", country="Netherlands", remote="Hybrid",
         time="Full time", start="2026-11-16", posted_on="Posted 15 Days Ago",
         text="<p>Je adviseert particulieren over hypotheken en verzekeringen.</p><p>Wft Hypothecair Krediet"
              " vereist.</p><p>Salaris: €4.100 – €5.300 bruto per maand, exclusief 8% vakantiegeld en een 13e"
              " maand.</p>",
         label=L("Medior Financieel Adviseur", "Zeeland Hypotheken B.V.", "Middelburg", None, "NL", "hybrid",
                 "full-time", "mid", M(4100, 13), M(5300, 13), "EUR", "2026-11-16", "nl")),
    dict(company="Regional Municipality of Peel", path="Public-Health-Inspector_REQ-14522",
         title="Public Health Inspector", location="Brampton, ON", country="Canada", remote="On-site",
         time="Full time", posted_on="Posted 30+ Days Ago",
         text="<p>Inspect food premises, recreational water and personal service settings.</p><p>CIPHI"
              " certification required.</p><p>Salary range: $89,482 - $111,852 per annum (2026 rates).</p>",
         label=L("Public Health Inspector", "Regional Municipality of Peel", "Brampton", "ON", "CA", "onsite",
                 "full-time", None, 89482, 111852, "CAD", None, "en")),
    dict(company="Meridian Payments India Pvt Ltd", path="Lead-Site-Reliability-Engineer_R-20881",
         title="Lead Site Reliability Engineer", location="Chennai, Tamil Nadu", country="India", remote="Hybrid",
         time="Full time", posted_on="Posted Yesterday",
         text="<p>Our platform processes ₹2 lakh crore a year.</p><p>Lead a team of six SREs on Kubernetes and"
              " Kafka.</p><p>Relocation support to Chennai.</p>",
         label=L("Lead Site Reliability Engineer", "Meridian Payments India Pvt Ltd", "Chennai", "Tamil Nadu", "IN",
                 "hybrid", "full-time", "lead", None, None, None, "2026-11-30", "en")),
]

# ---------------------------------------------------------------- Workable (6, three accounts)
WORKABLE = [
    ("Harbour & Vine Hospitality", "<p>Restaurants and bars on Sydney Harbour and in Melbourne.</p>", [
        dict(code="P1Q2R3S001", title="Head Chef", employment="Full-time", city="Sydney", region="New South Wales",
             country="Australia", published="2026-11-05", experience="",
             text="<p>Lead a brigade of 14 in our 180-seat waterfront restaurant.</p><p>Salary: $90,000 -"
                  " $100,000 + super. Staff meals; five weeks' annual leave.</p>",
             label=L("Head Chef", "Harbour & Vine Hospitality", "Sydney", "NSW", "AU", "onsite", "full-time",
                     "lead", 90000, 100000, "AUD", "2026-11-05", "en")),
        dict(code="P1Q2R3S002", title="Restaurant Supervisor (Casual)", employment="Part-time", city="Melbourne",
             region="Victoria", country="Australia", published="2026-11-18", experience="",
             text="<p>Supervise the floor on weekend services.</p><p>$34.50 per hour plus weekend penalty"
                  " rates.</p>",
             label=L("Restaurant Supervisor (Casual)", "Harbour & Vine Hospitality", "Melbourne", "VIC", "AU",
                     "onsite", "part-time", None, H(34.50), H(34.50), "AUD", "2026-11-18", "en")),
    ]),
    ("Bayside Legal Partners", "<p>Property and private-client solicitors in Dublin and Cork.</p>", [
        dict(code="Q2R3S4T001", title="Senior Solicitor – Conveyancing", employment="Full-time", city="Dublin",
             region="Co. Dublin", country="Ireland", published="2026-11-08", experience="",
             text="<p>Residential and commercial conveyancing.</p><p>Hybrid - 3 days in office.</p><p>Salary"
                  " €70,000–€85,000 DOE.</p>",
             label=L("Senior Solicitor – Conveyancing", "Bayside Legal Partners", "Dublin", "Co. Dublin", "IE",
                     "hybrid", "full-time", "senior", 70000, 85000, "EUR", "2026-11-08", "en")),
        dict(code="Q2R3S4T002", title="Legal Receptionist", employment="Full-time", city="Cork", region="",
             country="Ireland", published="2026-11-23", experience="",
             text="<p>Front of house for a busy practice.</p><p>€30,000 per annum.</p>",
             label=L("Legal Receptionist", "Bayside Legal Partners", "Cork", None, "IE", "onsite", "full-time",
                     None, 30000, 30000, "EUR", "2026-11-23", "en")),
    ]),
    ("Lumière Éducation", "<p>Établissements privés d'enseignement secondaire.</p>", [
        dict(code="R3S4T5U001", title="Professeur de mathématiques (H/F)", employment="Full-time", city="Bordeaux",
             region="Nouvelle-Aquitaine", country="France", published="2026-11-12", experience="",
             text="<p>Établissement privé hors contrat, classes de seconde à terminale.</p><p>Rémunération :"
                  " 2 400 € – 2 900 € brut mensuel. Prime de rentrée de 500 €.</p>",
             label=L("Professeur de mathématiques (H/F)", "Lumière Éducation", "Bordeaux", "Nouvelle-Aquitaine",
                     "FR", "onsite", "full-time", None, M(2400), M(2900), "EUR", "2026-11-12", "fr")),
        dict(code="R3S4T5U002", title="Stagiaire Communication (H/F)", employment="Internship", city="Paris",
             region="Île-de-France", country="France", published="2026-11-26", experience="Internship",
             text="<p>Stage de 6 mois à partir de février 2027.</p><p>Gratification : 1 000 € par mois (au-delà"
                  " du minimum légal de 4,35 €/h).</p>",
             label=L("Stagiaire Communication (H/F)", "Lumière Éducation", "Paris", "Île-de-France", "FR", "onsite",
                     "internship", "entry", M(1000), M(1000), "EUR", "2026-11-26", "fr")),
    ]),
]

# ---------------------------------------------------------------- SmartRecruiters (6)
SMARTRECRUITERS = [
    dict(company="Helvetica Biopharma AG", id="779000095000001", title="Sr. Manager, Regulatory Affairs",
         city="Basel", region="Basel-Stadt", country="ch", full="Basel, Basel-Stadt, Switzerland",
         released="2026-11-04T08:00:00.000Z", employment="Full-time", experience="Mid-Senior Level",
         sections=[("jobDescription", "Job Description", "<p>Lead EU and Swiss submissions for our biologics.</p>"),
                   ("qualifications", "Qualifications", "<p>8+ years in regulatory affairs.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Salary range CHF 140'000 – 165'000 per year, plus annual bonus.</p>")],
         label=L("Sr. Manager, Regulatory Affairs", "Helvetica Biopharma AG", "Basel", "Basel-Stadt", "CH",
                 "onsite", "full-time", "senior", 140000, 165000, "CHF", "2026-11-04", "en")),
    dict(company="Bajío Automotriz S.A. de C.V.", id="779000095000002", title="Ingeniero de Calidad II",
         city="León", region="Guanajuato", country="mx", full="León, Guanajuato, Mexico",
         released="2026-11-09T15:00:00.000Z", employment="Full-time", experience="Associate",
         sections=[("jobDescription", "Job Description", "<p>PPAP, APQP y 8D para clientes automotrices.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Sueldo: $32,000 – $38,000 MXN mensuales brutos + vales de despensa + fondo de ahorro"
                    " 13%.</p>")],
         label=L("Ingeniero de Calidad II", "Bajío Automotriz S.A. de C.V.", "León", "Guanajuato", "MX", "onsite",
                 "full-time", "mid", M(32000), M(38000), "MXN", "2026-11-09", "es")),
    dict(company="Nordkap Sport AB", id="779000095000003", title="Butikschef", city="Uppsala", region="Uppsala län",
         country="se", full="Uppsala, Uppsala län, Sweden", released="2026-11-13T08:00:00.000Z",
         employment="Full-time", experience="Not Applicable",
         sections=[("jobDescription", "Job Description", "<p>Leda butiken med 12 medarbetare.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Månadslön 38 000 – 44 000 kr + bonus.</p>")],
         label=L("Butikschef", "Nordkap Sport AB", "Uppsala", "Uppsala län", "SE", "onsite", "full-time", None,
                 M(38000), M(44000), "SEK", "2026-11-13", "sv")),
    dict(company="Northern Lights Insurance", id="779000095000004",
         title="Customer Service Representative - Bilingual", city="Moncton", region="NB", country="ca",
         full="Moncton, NB, Canada", released="2026-11-17T14:00:00.000Z", employment="Full-time",
         experience="Entry Level",
         sections=[("jobDescription", "Job Description", "<p>Answer policyholder calls in English and French.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>$21.50/hour; $500 bonus after probation.</p>")],
         label=L("Customer Service Representative - Bilingual", "Northern Lights Insurance", "Moncton", "NB", "CA",
                 "onsite", "full-time", "entry", H(21.50), H(21.50), "CAD", "2026-11-17", "en")),
    dict(company="Halden Whyte Consulting", id="779000095000005", title="Graduate Civil Engineer",
         city="Glasgow", region="Scotland", country="gb", full="Glasgow, Scotland, United Kingdom", hybrid=True,
         released="2026-11-20T09:00:00.000Z", employment="Full-time", experience="Entry Level",
         sections=[("jobDescription", "Job Description", "<p>Drainage and highways design for councils.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>Starting salary £30,500 with ICE chartership support and a £2,000 relocation"
                    " package.</p>")],
         label=L("Graduate Civil Engineer", "Halden Whyte Consulting", "Glasgow", "Scotland", "GB", "hybrid",
                 "full-time", "entry", 30500, None, "GBP", "2026-11-20", "en")),
    dict(company="Luzon Consumer Goods Corp.", id="779000095000006", title="Trade Marketing Manager",
         city="Taguig", region="Metro Manila", country="ph", full="Taguig, Metro Manila, Philippines",
         released="2026-11-25T03:00:00.000Z", employment="Full-time", experience="Mid-Senior Level",
         sections=[("jobDescription", "Job Description",
                    "<p>Plan trade programs for 80,000 sari-sari stores with a ₱120M budget.</p>"),
                   ("additionalInformation", "Additional Information",
                    "<p>₱85,000 – ₱110,000 monthly + 13th month pay.</p>")],
         label=L("Trade Marketing Manager", "Luzon Consumer Goods Corp.", "Taguig", "Metro Manila", "PH", "onsite",
                 "full-time", "senior", M(85000, 13), M(110000, 13), "PHP", "2026-11-25", "en")),
]

# ---------------------------------------------------------------- Recruitee (6)
RECRUITEE = [
    dict(id=2901001, company="Holland Fresh Logistics B.V.", title="Magazijnmedewerker (Avonddienst)", city="Venlo",
         state="Limburg", country="Netherlands", location="Venlo, Netherlands", on_site=True,
         published="2026-11-04 08:00:00 UTC", employment="fulltime", experience="",
         salary=("15.20", "17.10", "EUR", "hour"),
         text="<p>Orderpicken met een reachtruck in ons koelhuis.</p><p>Avondtoeslag 25% en reiskosten"
              " vergoed.</p>",
         label=L("Magazijnmedewerker (Avonddienst)", "Holland Fresh Logistics B.V.", "Venlo", "Limburg", "NL",
                 "onsite", "full-time", None, H(15.20), H(17.10), "EUR", "2026-11-04", "nl")),
    dict(id=2901002, company="Holland Fresh Logistics B.V.", title="Senior Controller", city="Venlo",
         state="Limburg", country="Netherlands", location="Venlo, Netherlands", hybrid=True,
         published="2026-11-11 09:00:00 UTC", employment="fulltime", experience="senior_level",
         text="<p>Business control voor drie distributiecentra (omzet € 280 mln).</p><p>Salaris: €6.000 –"
              " €7.500 bruto per maand + 8% vakantiegeld.</p>",
         label=L("Senior Controller", "Holland Fresh Logistics B.V.", "Venlo", "Limburg", "NL", "hybrid",
                 "full-time", "senior", M(6000), M(7500), "EUR", "2026-11-11", "nl")),
    dict(id=2902001, company="Donau Maschinenbau GmbH", title="Elektroniker für Betriebstechnik (m/w/d)",
         city="Linz", state="Oberösterreich", country="Austria", location="Linz, Austria", on_site=True,
         published="2026-11-06 07:00:00 UTC", employment="fulltime", experience="mid_level",
         text="<p>Instandhaltung unserer CNC-Fertigung im Dreischichtbetrieb.</p><p>Der kollektivvertragliche"
              " Mindestlohn für diese Position beträgt € 18,40 brutto pro Stunde; eine Überzahlung je nach"
              " Qualifikation ist vorgesehen.</p>",
         label=L("Elektroniker für Betriebstechnik (m/w/d)", "Donau Maschinenbau GmbH", "Linz", "Oberösterreich",
                 "AT", "onsite", "full-time", "mid", H(18.40), None, "EUR", "2026-11-06", "de")),
    dict(id=2902002, company="Donau Maschinenbau GmbH", title="Junior Buyer (m/w/d)", city="Wien",
         state="Wien", country="Austria", location="Wien, Austria", on_site=True,
         published="2026-11-19 08:00:00 UTC", employment="fulltime", experience="entry_level",
         salary=("46000", "52000", "EUR", "year"),
         text="<p>Einkauf von Zukaufteilen mit einem Einkaufsvolumen von 80 Mio. €.</p>",
         label=L("Junior Buyer (m/w/d)", "Donau Maschinenbau GmbH", "Wien", "Wien", "AT", "onsite",
                 "full-time", "entry", 46000, 52000, "EUR", "2026-11-19", "de")),
    dict(id=2903001, company="Thuiszorg Schelde vzw", title="Verpleegkundige thuiszorg", city="Gent",
         state="Oost-Vlaanderen", country="Belgium", location="Gent, Belgium", on_site=True,
         published="2026-11-14 07:00:00 UTC", employment="fulltime", experience="",
         text="<p>Zorg bij patiënten thuis in Gent en omgeving.</p><p>Verloning volgens barema IFIC cat. 14,"
              " maaltijdcheques van €8 per dag + firmawagen.</p>",
         label=L("Verpleegkundige thuiszorg", "Thuiszorg Schelde vzw", "Gent", "Oost-Vlaanderen", "BE", "onsite",
                 "full-time", None, None, None, None, "2026-11-14", "nl")),
    dict(id=2904001, company="Douro Hotels, Lda.", title="Rececionista de Hotel", city="Porto", state="",
         country="Portugal", location="Porto, Portugal", on_site=True, published="2026-11-24 09:00:00 UTC",
         employment="fulltime", experience="",
         text="<p>Receção de um hotel de 90 quartos na Ribeira.</p><p>Vencimento: 1.050 € brutos/mês × 14 +"
              " subsídio de alimentação.</p>",
         label=L("Rececionista de Hotel", "Douro Hotels, Lda.", "Porto", None, "PT", "onsite", "full-time", None,
                 M(1050, 14), M(1050, 14), "EUR", "2026-11-24", "pt")),
]

# ---------------------------------------------------------------- Personio (6, two feeds)
PERSONIO = [
    ("Brandt Logistik GmbH", [
        dict(id=3501001, office="Hamburg", department="Lager", title="Lagerleiter (m/w/d)",
             blocks=[("Ihre Aufgaben", "<p>Führung von 60 Mitarbeitenden in einem Kontraktlager.</p>"),
                     ("Wir bieten", "<p>Jahresgehalt 58.000 – 66.000 € brutto, Dienstwagen, 30 Tage"
                                    " Urlaub.</p>")],
             contract="permanent", seniority="experienced", schedule="full-time",
             created="2026-11-05T09:00:00+01:00",
             label=L("Lagerleiter (m/w/d)", "Brandt Logistik GmbH", "Hamburg", None, "DE", None, "full-time",
                     "lead", 58000, 66000, "EUR", "2026-11-05", "de")),
        dict(id=3501002, office="Duisburg", department="Fuhrpark", title="Berufskraftfahrer CE (m/w/d) Nahverkehr",
             blocks=[("Wir bieten", "<p>Stundenlohn ab 17,50 € brutto + Spesen. Moderne Fahrzeugflotte.</p>")],
             contract="permanent", seniority="", schedule="full-time", created="2026-11-12T09:00:00+01:00",
             label=L("Berufskraftfahrer CE (m/w/d) Nahverkehr", "Brandt Logistik GmbH", "Duisburg", None, "DE",
                     None, "full-time", None, H(17.50), None, "EUR", "2026-11-12", "de")),
        dict(id=3501003, office="Hamburg", department="Finanzen", title="Werkstudent Controlling (m/w/d)",
             blocks=[("Wir bieten", "<p>16,00 € pro Stunde, max. 20 Std./Woche, flexible Zeiten.</p>")],
             contract="working_student", seniority="student", schedule="part-time",
             created="2026-11-23T09:00:00+01:00",
             label=L("Werkstudent Controlling (m/w/d)", "Brandt Logistik GmbH", "Hamburg", None, "DE", None,
                     "part-time", "entry", H(16), H(16), "EUR", "2026-11-23", "de")),
    ]),
    ("Studio Nomade SRL", [
        dict(id=3502001, office="Liège", department="Production",
             title="Chargé(e) de production événementielle",
             blocks=[("Vos missions",
                      "<p>Production de salons et séminaires ; budgets gérés jusqu'à 1,5 M€.</p>"),
                     ("Ce que nous offrons", "<p>Rémunération : 38-45 K€ bruts annuels selon profil.</p>")],
             contract="permanent", seniority="experienced", schedule="full-time",
             created="2026-11-06T09:00:00+01:00",
             label=L("Chargé(e) de production événementielle", "Studio Nomade SRL", "Liège", None, "BE", None,
                     "full-time", None, 38000, 45000, "EUR", "2026-11-06", "fr")),
        dict(id=3502002, office="Bruxelles", department="Marketing", title="Stagiaire Marketing Digital (H/F)",
             blocks=[("Ce que nous offrons", "<p>Gratification : 700 € par mois + chèques-repas et abonnement STIB"
                                             " remboursé.</p>")],
             contract="intern", seniority="student", schedule="full-time", created="2026-11-16T09:00:00+01:00",
             label=L("Stagiaire Marketing Digital (H/F)", "Studio Nomade SRL", "Bruxelles", None, "BE", None,
                     "internship", "entry", M(700), M(700), "EUR", "2026-11-16", "fr")),
        dict(id=3502003, office="Namur", department="Finance", title="Comptable senior (H/F)",
             blocks=[("Ce que nous offrons", "<p>Salaire : 3 300 € – 3 700 € brut mensuel sur 13 mois,"
                                             " mutuelle prise en charge à 100 %.</p>")],
             contract="permanent", seniority="experienced", schedule="full-time",
             created="2026-11-25T09:00:00+01:00",
             label=L("Comptable senior (H/F)", "Studio Nomade SRL", "Namur", None, "BE", None, "full-time", "senior",
                     M(3300, 13), M(3700, 13), "EUR", "2026-11-25", "fr")),
    ]),
]

# ---------------------------------------------------------------- Teamtailor (6, two feeds)
TEAMTAILOR = [
    ("Careers at Fjordline Energi", "fjordline.teamtailor.com", [
        dict(id="9300001", company="Fjordline Energi AS", title="Elektriker", employment="FULL_TIME",
             addresses=[{"addressLocality": "Bergen", "addressRegion": "Vestland", "postalCode": "5003",
                         "addressCountry": "NO"}],
             published="2026-11-04T09:00:00+01:00",
             text="<p>Installasjon og service på ladeanlegg for elbiler.</p><p>Timelønn kr 285–320 etter tariff"
                  " (EBA), pluss firmabil.</p>",
             label=L("Elektriker", "Fjordline Energi AS", "Bergen", "Vestland", "NO", "onsite", "full-time", None,
                     H(285), H(320), "NOK", "2026-11-04", "no")),
        dict(id="9300002", company="Fjordline Energi AS", title="Principal Project Engineer", employment="FULL_TIME",
             addresses=[{"addressLocality": "Stavanger", "addressRegion": "Rogaland", "addressCountry": "NO"}],
             published="2026-11-12T10:00:00+01:00", salary=("NOK", "YEAR", 850000, 1000000),
             text="<p>Lead engineering for offshore wind grid connections worth NOK 4 billion.</p><p>Hybrid - 3"
                  " days in office.</p>",
             label=L("Principal Project Engineer", "Fjordline Energi AS", "Stavanger", "Rogaland", "NO", "hybrid",
                     "full-time", "lead", 850000, 1000000, "NOK", "2026-11-12", "en")),
        dict(id="9300003", company="Fjordline Energi AS", title="HR Business Partner", employment="FULL_TIME",
             addresses=[{"addressLocality": "Oslo", "addressCountry": "NO"}],
             published="2026-11-20T09:00:00+01:00",
             text="<p>Partner for 300 colleagues in operations.</p><p>Lønn: etter avtale.</p>",
             label=L("HR Business Partner", "Fjordline Energi AS", "Oslo", None, "NO", "onsite", "full-time", None,
                     None, None, None, "2026-11-20", "en")),
    ]),
    ("Jobs at Wattle Grove Education", "wattlegrove.teamtailor.com", [
        dict(id="9400001", company="Wattle Grove Education", title="Early Childhood Teacher", employment="FULL_TIME",
             addresses=[{"addressLocality": "Brisbane", "addressRegion": "Queensland", "postalCode": "4000",
                         "addressCountry": "AU"}],
             published="2026-11-05T14:00:00+10:00",
             text="<p>Lead our kindergarten room (22 children).</p><p>Above-award wages + super and a"
                  " 25% childcare discount.</p>",
             label=L("Early Childhood Teacher", "Wattle Grove Education", "Brisbane", "QLD", "AU", "onsite",
                     "full-time", None, None, None, None, "2026-11-05", "en")),
        dict(id="9400002", company="Wattle Grove Education", title="Centre Director", employment="FULL_TIME",
             addresses=[{"addressLocality": "Gold Coast", "addressRegion": "QLD", "addressCountry": "AU"}],
             published="2026-11-16T14:00:00+10:00", salary=("AUD", "YEAR", 110000, 120000),
             text="<p>Run a 110-place centre with 28 educators.</p><p>Performance bonus up to $8,000.</p>",
             label=L("Centre Director", "Wattle Grove Education", "Gold Coast", "QLD", "AU", "onsite", "full-time",
                     "lead", 110000, 120000, "AUD", "2026-11-16", "en")),
        dict(id="9400003", company="Wattle Grove Education", title="Educator – Cert III (Casual)",
             employment="PART_TIME",
             addresses=[{"addressLocality": "Ipswich", "addressRegion": "QLD", "addressCountry": "AU"}],
             published="2026-11-25T14:00:00+10:00",
             text="<p>Casual shifts across our Ipswich centres.</p><p>$31.20 – $33.80 per hour incl. 25% casual"
                  " loading.</p>",
             label=L("Educator – Cert III (Casual)", "Wattle Grove Education", "Ipswich", "QLD", "AU", "onsite",
                     "part-time", None, H(31.20), H(33.80), "AUD", "2026-11-25", "en")),
    ]),
]

# ---------------------------------------------------------------- Breezy (6, two companies)
BREEZY = [
    ("Copperline Electrical", [
        dict(id="az9c0d1e2f01", title="Journeyman Electrician", type="Full-Time", city="Phoenix", state="Arizona",
             country="United States", place="Phoenix, AZ", published="2026-11-03T16:00:00.000Z",
             salary="$32 - $42 / hour",
             label=L("Journeyman Electrician", "Copperline Electrical", "Phoenix", "AZ", "US", "onsite", "full-time",
                     None, H(32), H(42), "USD", "2026-11-03", "en")),
        dict(id="az9c0d1e2f02", title="Apprentice Electrician", type="Full-Time", city="Mesa", state="Arizona",
             country="United States", place="Mesa, AZ", published="2026-11-13T16:00:00.000Z",
             salary="$18/hr to start",
             label=L("Apprentice Electrician", "Copperline Electrical", "Mesa", "AZ", "US", "onsite", "full-time",
                     "entry", H(18), None, "USD", "2026-11-13", "en")),
        dict(id="az9c0d1e2f03", title="Estimator", type="Full-Time", city="Tucson", state="Arizona",
             country="United States", place="Tucson, AZ", published="2026-11-24T16:00:00.000Z",
             label=L("Estimator", "Copperline Electrical", "Tucson", "AZ", "US", "onsite", "full-time", None, None,
                     None, None, "2026-11-24", "en")),
    ]),
    ("Kopi Lane", [
        dict(id="sg0d1e2f3a01", title="Outlet Manager", type="Full-Time", city="Singapore", country="Singapore",
             place="Singapore", published="2026-11-06T03:00:00.000Z", salary="S$4,000 – S$4,800 monthly",
             label=L("Outlet Manager", "Kopi Lane", "Singapore", None, "SG", "onsite", "full-time", None, M(4000),
                     M(4800), "SGD", "2026-11-06", "en")),
        dict(id="sg0d1e2f3a02", title="Barista (Part-Time)", type="Part-Time", city="Singapore",
             country="Singapore", place="Singapore", published="2026-11-17T03:00:00.000Z",
             salary="S$11 - S$13 per hour",
             label=L("Barista (Part-Time)", "Kopi Lane", "Singapore", None, "SG", "onsite", "part-time", None, H(11),
                     H(13), "SGD", "2026-11-17", "en")),
        dict(id="my0d1e2f3a03", title="Area Manager", type="Full-Time", city="Kuala Lumpur",
             state="Wilayah Persekutuan Kuala Lumpur", country="Malaysia", place="Kuala Lumpur",
             published="2026-11-26T02:00:00.000Z", salary="RM 6,500 - RM 8,000 per month",
             label=L("Area Manager", "Kopi Lane", "Kuala Lumpur", "Wilayah Persekutuan Kuala Lumpur", "MY", "onsite",
                     "full-time", None, M(6500), M(8000), "MYR", "2026-11-26", "en")),
    ]),
]


# ---------------------------------------------------------------- Hacker News (6, one thread)
def hn_text(first, *paragraphs):
    return first + "".join("<p>" + p for p in paragraphs)


HN = [
    dict(id=48600001, author="modalfreight", created="2026-11-02T16:05:00.000Z",
         text=hn_text("Modal Freight (YC W24) | Senior Backend Engineer | San Francisco, CA | ONSITE |"
                      " $170k\u2013$210k + 0.1\u20130.3% equity",
                      "We route 9,000 truckloads a week for shippers. Go, Postgres, a lot of optimisation."
                      " We raised $28M last spring."),
         label=L("Senior Backend Engineer", "Modal Freight", "San Francisco", "CA", "US", "onsite", None, "senior",
                 170000, 210000, "USD", "2026-11-02", "en")),
    dict(id=48600002, author="lumenhealth", created="2026-11-02T16:20:00.000Z",
         text=hn_text("Lumen Health | Clinical Data Scientist | Boston, MA | HYBRID | Full-time |"
                      " $145,000\u2013$175,000",
                      "Outcomes research on 30M de-identified patient records. Epidemiology background a plus."),
         label=L("Clinical Data Scientist", "Lumen Health", "Boston", "MA", "US", "hybrid", "full-time", None,
                 145000, 175000, "USD", "2026-11-02", "en")),
    dict(id=48600003, author="tessellate_ai", created="2026-11-02T16:42:00.000Z",
         text=hn_text("Tessellate | Machine Learning Engineer | London, UK | HYBRID",
                      "Document understanding for insurers. PyTorch, some Rust. We raised a \u00a312M seed round"
                      " in March; competitive salary and meaningful equity."),
         label=L("Machine Learning Engineer", "Tessellate", "London", None, "GB", "hybrid", None, None, None,
                 None, None, "2026-11-02", "en")),
    dict(id=48600004, author="kernwerk", created="2026-11-02T17:30:00.000Z",
         text=hn_text("Kernwerk | Platform Engineer | Z\u00fcrich, Switzerland | HYBRID | CHF 130\u2013150k",
                      "Kubernetes and NixOS for a public-transport ticketing platform used by 4M riders."),
         label=L("Platform Engineer", "Kernwerk", "Zürich", None, "CH", "hybrid", None, None, 130000, 150000, "CHF",
                 "2026-11-02", "en")),
    dict(id=48600005, author="saltmarsh", created="2026-11-03T04:15:00.000Z",
         text=hn_text("Saltmarsh Robotics | Embedded Engineer | Bengaluru, India | ONSITE | Full-time |"
                      " \u20b935\u201350 LPA",
                      "Motor control firmware for warehouse robots; C and Zephyr."),
         label=L("Embedded Engineer", "Saltmarsh Robotics", "Bengaluru", None, "IN", "onsite", "full-time", None,
                 3500000, 5000000, "INR", "2026-11-03", "en")),
    dict(id=48600006, author="hoshizora", created="2026-11-03T02:10:00.000Z",
         text=hn_text("Hoshizora Labs | Research Engineer | Tokyo, Japan | ONSITE | \u00a59M\u2013\u00a513M",
                      "Speech recognition for Japanese call centres. Visa sponsorship available."),
         label=L("Research Engineer", "Hoshizora Labs", "Tokyo", None, "JP", "onsite", None, None, 9000000,
                 13000000, "JPY", "2026-11-03", "en")),
]


def main():
    setwriter.write_set(sys.modules[__name__], "fresh9", "hn-2026-11.json", 48600000)


if __name__ == "__main__":
    main()
