#!/usr/bin/env python3
"""Writes Tests/Eval/discover/fresh2: 64 postings written one by one (not drawn
from blocks), each in its source's own shape, with the values a careful recruiter
would record. Written after the last rule change of the second pass on issue 18,
labelled before jobhunt was run on them, and measured once.

Unlike generate.py nothing here is combinatorial: every posting has its own
title, place, text and pay sentence, in the way public boards print them
(entities, odd spacing, emoji, benefits with money, several figures in one
text). Professions well outside software; en, fr, de, es, pt and nl; USD, CAD,
GBP, EUR, NOK, PLN, BRL, INR, AUD, SEK, MXN, SGD, NZD, ZAR.

Labels follow Tests/Eval/discover/README.md: yearly salary in the posting's own
currency (hour x 2080, day x 260, week x 52, month x 12, or the payments the
text names), country as ISO code, null where the posting does not say.
Run: python3 Tests/Eval/discover/tools/fresh2.py
"""
import csv
import html
import io
import json
import os

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fresh2")


def L(title, company, city, state, country, arrangement, employment, level, low, high, currency, posted, language):
    return dict(title=title, company=company, city=city, state=state, country=country, work_arrangement=arrangement,
                employment_type=employment, experience_level=level, salary_min=low, salary_max=high,
                salary_currency=currency, posted_date=posted, language=language)


# ---------------------------------------------------------------- Greenhouse
GREENHOUSE = [
    dict(id=4012345001, company="Bayview Animal Hospital", title="Registered Veterinary Technician",
         location="Oakland, CA", meta={"Location Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-18T16:02:11-08:00",
         text="<p>Bayview is a 24/7 emergency hospital.</p><h3>What you&#39;ll do</h3><ul><li>Anesthesia monitoring"
              "</li><li>Triage &amp; client communication</li></ul><h3>Requirements</h3><ul><li>RVT license"
              "</li><li>2+ years of emergency experience</li></ul><p><strong>Pay range:</strong> $32.00 - $41.50"
              " per hour, plus $2/hr night differential.</p><p>CE allowance of $1,200 per year.</p>",
         label=L("Registered Veterinary Technician", "Bayview Animal Hospital", "Oakland", "CA", "US", "onsite",
                 "full-time", "mid", 66560, 86320, "USD", "2026-11-19", "en")),
    dict(id=4012345002, company="Northwind Outfitters", title="Staff Accountant",
         location="Minneapolis, Minnesota, United States",
         meta={"Workplace Type": "Hybrid", "Employment Type": "Full-time"}, published="2026-10-30T09:00:00-05:00",
         text="<p>Join our accounting team closing the books for 40 stores.</p><p><b>Qualifications</b></p><ul>"
              "<li>Bachelor&rsquo;s degree in Accounting</li><li>1-3 years of general ledger experience</li></ul>"
              "<p>The hiring range for this position is $62,000 to $74,000 annually. Northwind matches 401(k)"
              " contributions up to 5%.</p>",
         label=L("Staff Accountant", "Northwind Outfitters", "Minneapolis", "MN", "US", "hybrid", "full-time",
                 "entry", 62000, 74000, "USD", "2026-10-30", "en")),
    dict(id=4012345003, company="Quayside Energy", title="Electrical Commissioning Engineer",
         location="Aberdeen, Scotland, United Kingdom", meta={"Remote Status": "On-site",
                                                                "Employment Type": "Contract"},
         published="2026-11-05T08:15:00+00:00",
         text="<p>12-month contract on an offshore wind substation.</p><p>Day rate: &pound;550 &ndash; &pound;625"
              " per day (outside IR35).</p><p>Offshore allowance &pound;85/day on top.</p>",
         label=L("Electrical Commissioning Engineer", "Quayside Energy", "Aberdeen", "Scotland", "GB", "onsite",
                 "contract", None, 143000, 162500, "GBP", "2026-11-05", "en")),
    dict(id=4012345004, company="Helix Bioworks", title="Senior Scientist, Protein Engineering",
         location="South San Francisco, CA", meta={"Workplace Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-12T12:00:00-08:00",
         text="<p>Helix raised a $120M Series C in 2025 and has 180 people.</p><h2>About you</h2><ul><li>PhD and"
              " 4+ years of industry experience</li></ul><p>Benefits include a $5,000 annual wellness stipend.</p>"
              "<p>The anticipated base salary for this role is $155,000&ndash;$185,000. Actual pay depends on"
              " skills and experience.</p>",
         label=L("Senior Scientist, Protein Engineering", "Helix Bioworks", "South San Francisco", "CA", "US",
                 "onsite", "full-time", "senior", 155000, 185000, "USD", "2026-11-12", "en")),
    dict(id=4012345005, company="Marais Hospitality Group", title="Chef de Partie",
         location="Lyon, Auvergne-Rhône-Alpes, France", meta={"Workplace Type": "On-site",
                                                                "Employment Type": "Full-time"},
         published="2026-11-21T10:30:00+01:00",
         text="<p>Brasserie de 120 couverts à Lyon 2e.</p><p><b>Profil recherché</b></p><ul><li>CAP cuisine</li>"
              "<li>Expérience en brigade</li></ul><p>Rémunération : 2 200 € brut mensuel sur 13 mois, tickets"
              " restaurant de 9 € par jour.</p>",
         label=L("Chef de Partie", "Marais Hospitality Group", "Lyon", "Auvergne-Rhône-Alpes", "FR", "onsite",
                 "full-time", None, 28600, 28600, "EUR", "2026-11-21", "fr")),
    dict(id=4012345006, company="Kestrel Payments", title="Compliance Analyst II",
         location="Toronto, ON, Canada; Remote - Canada", meta={"Workplace Type": "Hybrid",
                                                                  "Employment Type": "Full-time"},
         published="2026-11-02T22:40:00-05:00",
         text="<p>Kestrel processes more than $4B in payments a year.</p><p>Requirements</p><ul><li>CAMS"
              " preferred</li></ul><p>Salary: $78,000 - $92,000 CAD plus annual bonus.</p>",
         label=L("Compliance Analyst II", "Kestrel Payments", "Toronto", "ON", "CA", "hybrid", "full-time", "mid",
                 78000, 92000, "CAD", "2026-11-03", "en")),
    dict(id=4012345007, company="Vinkel Studio", title="Medior UX Designer",
         location="Amsterdam, NL", meta={"Work Arrangement": "Hybrid", "Employment Type": "Full-time"},
         published="2026-11-16T09:00:00+01:00",
         text="<p>Wij ontwerpen apps voor zorginstellingen.</p><p><b>Wat vragen wij</b></p><ul><li>3 jaar"
              " ervaring met Figma</li></ul><p>Wat bieden wij: een salaris tussen &euro;3.900 en &euro;5.100 bruto"
              " per maand, 8% vakantiegeld en een NS Business Card.</p>",
         label=L("Medior UX Designer", "Vinkel Studio", "Amsterdam", None, "NL", "hybrid", "full-time", "mid",
                 46800, 61200, "EUR", "2026-11-16", "nl")),
    dict(id=4012345008, company="Saffron Logistics", title="Warehouse Team Lead - Nights",
         location="Remote - US", meta={"Location Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-25T06:00:00-05:00",
         text="<p>Lead a team of 14 pickers on night shift in our Columbus, OH fulfilment centre.</p><p>$24 -"
              " $27/hour. $1,000 sign-on bonus after 90 days.</p>",
         label=L("Warehouse Team Lead - Nights", "Saffron Logistics", "Columbus", "OH", "US", "onsite", "full-time",
                 "lead", 49920, 56160, "USD", "2026-11-25", "en")),
    dict(id=4012345009, company="Cobalt Health Partners", title="Head of Revenue Cycle",
         location="Nashville, TN", meta={"Workplace Type": "Hybrid", "Employment Type": "Full-time"},
         published="2026-10-21T14:00:00-05:00", pay=(175000, 210000, "USD", "Annual base salary"),
         text="<p>Own billing, coding and collections for 12 clinics.</p><p>10+ years in healthcare revenue cycle."
              "</p><p>Total compensation may include an annual bonus of up to 25% of base.</p>",
         label=L("Head of Revenue Cycle", "Cobalt Health Partners", "Nashville", "TN", "US", "hybrid", "full-time",
                 "lead", 175000, 210000, "USD", "2026-10-21", "en")),
    dict(id=4012345010, company="Aurelia Robotics", title="Field Service Technician",
         location="Monterrey, Nuevo León, Mexico", meta={"Workplace Type": "On-site", "Employment Type": "Full-time"},
         published="2026-11-09T11:00:00-06:00",
         text="<p>Instalación y mantenimiento de brazos robóticos en plantas automotrices.</p><p>Requisitos</p>"
              "<ul><li>Técnico en mecatrónica</li><li>Disponibilidad para viajar</li></ul><p>Sueldo: $28,000 -"
              " $34,000 MXN mensuales + prestaciones de ley.</p>",
         label=L("Field Service Technician", "Aurelia Robotics", "Monterrey", "Nuevo León", "MX", "onsite",
                 "full-time", None, 336000, 408000, "MXN", "2026-11-09", "es")),
]

# ---------------------------------------------------------------- Lever (one file per employer)
LEVER = [
    dict(company="Fjordline Maritime", id="b1a2c3d4-0001-4f00-9000-000000000001", title="Marine Electrician",
         location="Bergen", country="NO", workplace="onsite", commitment="Permanent",
         created="2026-11-03T07:00:00Z",
         text="Fjordline operates 11 ferries on the west coast.\n\nRequirements\n- Certified electrician (FS)\n\n"
              "Salary: NOK 640,000 - 720,000 per year, plus offshore supplement.",
         label=L("Marine Electrician", "Fjordline Maritime", "Bergen", None, "NO", "onsite", "full-time", None,
                 640000, 720000, "NOK", "2026-11-03", "en")),
    dict(company="Fjordline Maritime", id="b1a2c3d4-0002-4f00-9000-000000000002", title="Deck Officer (Temporary)",
         location="Stavanger, Norway", country="NO", workplace="onsite", commitment="Temporary",
         created="2026-11-10T07:00:00Z",
         text="Six-month cover on MS Solbris.\n\nWhat we offer\n- Rotation 2/4\n- Travel costs covered up to NOK"
              " 8,000 per rotation",
         label=L("Deck Officer (Temporary)", "Fjordline Maritime", "Stavanger", None, "NO", "onsite", "contract",
                 None, None, None, None, "2026-11-10", "en")),
    dict(company="Lumen Schools Trust", id="c2b3d4e5-0003-4f00-9000-000000000003", title="Teacher of Mathematics",
         location="Leeds", country="GB", workplace="onsite", commitment="Full Time",
         created="2026-10-28T12:00:00Z",
         salary=("GBP", "per-year-salary", 32916, 45352),
         text="Main Pay Scale / Upper Pay Scale. We are a trust of nine secondary schools.\n\nTLR 2b of £3,214 "
              "available for the right candidate.",
         label=L("Teacher of Mathematics", "Lumen Schools Trust", "Leeds", None, "GB", "onsite", "full-time", None,
                 32916, 45352, "GBP", "2026-10-28", "en")),
    dict(company="Lumen Schools Trust", id="c2b3d4e5-0004-4f00-9000-000000000004",
         title="Teaching Assistant (Part Time, Term Time Only)", location="Wakefield, West Yorkshire",
         country="GB", workplace="onsite", commitment="Part Time", created="2026-11-14T12:00:00Z",
         text="27.5 hours per week, 39 weeks a year.\n\nActual salary: £14,250 - £15,100 per annum (FTE £24,027 -"
              " £25,474).",
         label=L("Teaching Assistant (Part Time, Term Time Only)", "Lumen Schools Trust", "Wakefield",
                 "West Yorkshire", "GB", "onsite", "part-time", None, 14250, 15100, "GBP", "2026-11-14", "en")),
    dict(company="Grupo Albor", id="d3c4e5f6-0005-4f00-9000-000000000005", title="Jefa de Cocina",
         location="Sevilla", country="ES", workplace="onsite", commitment="Jornada completa",
         created="2026-11-07T09:30:00Z",
         text="Grupo Albor gestiona seis restaurantes en Andalucía.\n\nRequisitos\n- 5 años de experiencia"
              " liderando cocina\n\nOfrecemos\n- Salario de 30.000 a 34.000 euros brutos anuales\n- Comida de"
              " personal",
         label=L("Jefa de Cocina", "Grupo Albor", "Sevilla", None, "ES", "onsite", "full-time", "lead", 30000,
                 34000, "EUR", "2026-11-07", "es")),
    dict(company="Grupo Albor", id="d3c4e5f6-0006-4f00-9000-000000000006", title="Camarero/a de sala",
         location="Málaga, Andalucía", country="ES", workplace="onsite", commitment="Media jornada",
         created="2026-11-19T09:30:00Z",
         text="Temporada de invierno.\n\nSalario según convenio de hostelería. Propinas compartidas.",
         label=L("Camarero/a de sala", "Grupo Albor", "Málaga", "Andalucía", "ES", "onsite", "part-time", None,
                 None, None, None, "2026-11-19", "es")),
    dict(company="Pinecrest Dental", id="e4d5f6a7-0007-4f00-9000-000000000007", title="Dental Hygienist",
         location="Calgary, AB", country="CA", workplace="onsite", commitment="Full-time",
         created="2026-11-01T15:00:00Z",
         salary=("CAD", "per-hour-wage", 48, 56),
         text="Busy family practice, 4-day week.\n\nBenefits\n- $750 annual continuing education budget\n- Uniform"
              " allowance",
         label=L("Dental Hygienist", "Pinecrest Dental", "Calgary", "AB", "CA", "onsite", "full-time", None,
                 99840, 116480, "CAD", "2026-11-01", "en")),
    dict(company="Pinecrest Dental", id="e4d5f6a7-0008-4f00-9000-000000000008", title="Treatment Coordinator",
         location="Edmonton", country="CA", workplace="onsite", commitment="Full-time",
         created="2026-11-22T15:00:00Z",
         text="Coordinate treatment plans and insurance pre-authorizations.\n\nCompensation: $52,000–$58,000"
              " per year depending on experience.",
         label=L("Treatment Coordinator", "Pinecrest Dental", "Edmonton", "AB", "CA", "onsite", "full-time", None,
                 52000, 58000, "CAD", "2026-11-22", "en")),
    dict(company="Vértice Engenharia", id="f5e6a7b8-0009-4f00-9000-000000000009",
         title="Engenheiro Civil Pleno", location="Belo Horizonte, MG", country="BR", workplace="hybrid",
         commitment="CLT", created="2026-11-11T13:00:00Z",
         text="Projetos de infraestrutura urbana.\n\nRequisitos\n- CREA ativo\n- AutoCAD e Revit\n\nSalário:"
              " R$ 11.500,00 por mês + PLR + vale-refeição de R$ 40/dia",
         label=L("Engenheiro Civil Pleno", "Vértice Engenharia", "Belo Horizonte", "MG", "BR", "hybrid",
                 "full-time", "mid", 138000, 138000, "BRL", "2026-11-11", "pt")),
]

# ---------------------------------------------------------------- Ashby (one file per employer)
ASHBY = [
    dict(company="Orbital Freight", id="a1000000-0000-4000-8000-000000000101", title="Dispatcher",
         location="Denver, CO", address={"addressLocality": "Denver", "addressRegion": "Colorado",
                                         "addressCountry": "United States"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-11-06T15:00:00.000+00:00",
         comp=("USD", "1 HOUR", 22, 26),
         text="Schedule 60 drivers across the Front Range. Pay is reviewed every six months.",
         label=L("Dispatcher", "Orbital Freight", "Denver", "CO", "US", "onsite", "full-time", None, 45760, 54080,
                 "USD", "2026-11-06", "en")),
    dict(company="Orbital Freight", id="a1000000-0000-4000-8000-000000000102", title="VP, Operations",
         location="Remote (US)", address={"addressCountry": "USA"}, workplace="Remote", remote=True,
         employment="FullTime", published="2026-11-13T15:00:00.000+00:00",
         text="Orbital Freight has raised $38M and moves 9,000 loads a month.\n\nThe base salary range for this"
              " role is $210K - $245K, plus equity.",
         label=L("VP, Operations", "Orbital Freight", None, None, "US", "remote", "full-time", "executive", 210000,
                 245000, "USD", "2026-11-13", "en")),
    dict(company="Stadtwerk Nord", id="a1000000-0000-4000-8000-000000000103",
         title="Teamleiterin Kundenservice (m/w/d)", location="Hamburg",
         address={"addressLocality": "Hamburg", "addressCountry": "DE"}, workplace="Hybrid", remote=False,
         employment="FullTime", published="2026-11-04T08:00:00.000+00:00",
         text="Sie führen ein Team von 18 Mitarbeitenden.\n\nWir bieten\n- Jahresbruttogehalt zwischen 62.000 und"
              " 71.000 Euro\n- Deutschlandticket als Jobticket\n- 30 Tage Urlaub",
         label=L("Teamleiterin Kundenservice (m/w/d)", "Stadtwerk Nord", "Hamburg", None, "DE", "hybrid",
                 "full-time", "lead", 62000, 71000, "EUR", "2026-11-04", "de")),
    dict(company="Stadtwerk Nord", id="a1000000-0000-4000-8000-000000000104",
         title="Werkstudent Energiewirtschaft (m/w/d)", location="Kiel, Schleswig-Holstein",
         address={"addressLocality": "Kiel", "addressRegion": "Schleswig-Holstein", "addressCountry": "Germany"},
         workplace="Hybrid", remote=False, employment="PartTime", published="2026-11-17T08:00:00.000+00:00",
         text="20 Stunden pro Woche während des Semesters. Vergütung: 16,50 € pro Stunde.",
         label=L("Werkstudent Energiewirtschaft (m/w/d)", "Stadtwerk Nord", "Kiel", "Schleswig-Holstein", "DE",
                 "hybrid", "part-time", "entry", 34320, 34320, "EUR", "2026-11-17", "de")),
    dict(company="Halden Legal", id="a1000000-0000-4000-8000-000000000105", title="Paralegal",
         location="Cape Town, South Africa", address={"addressLocality": "Cape Town",
                                                       "addressCountry": "South Africa"},
         workplace="OnSite", remote=False, employment="FullTime", published="2026-10-27T08:00:00.000+00:00",
         comp=("ZAR", "1 MONTH", 28000, 34000),
         text="Commercial litigation team. Medical aid contribution of R2,500 per month.",
         label=L("Paralegal", "Halden Legal", "Cape Town", None, "ZA", "onsite", "full-time", None, 336000, 408000,
                 "ZAR", "2026-10-27", "en")),
    dict(company="Halden Legal", id="a1000000-0000-4000-8000-000000000106", title="Associate Attorney",
         location="Johannesburg", address={"addressLocality": "Johannesburg", "addressCountry": "ZA"},
         workplace="Hybrid", remote=False, employment="FullTime", published="2026-11-20T08:00:00.000+00:00",
         text="Admitted attorney with 0-2 years post-articles experience. Remuneration is market-related.",
         label=L("Associate Attorney", "Halden Legal", "Johannesburg", None, "ZA", "hybrid", "full-time", "entry",
                 None, None, None, "2026-11-20", "en")),
    dict(company="Tidemark Analytics", id="a1000000-0000-4000-8000-000000000107", title="Sr. Data Engineer",
         location="Singapore", address={"addressCountry": "Singapore"}, workplace="Hybrid", remote=False,
         employment="FullTime", published="2026-11-08T02:00:00.000+00:00",
         text="Pipelines for 30 retail clients across APAC.\n\nSalary: S$8,500 - S$11,000 per month + annual"
              " bonus.",
         label=L("Sr. Data Engineer", "Tidemark Analytics", None, None, "SG", "hybrid", "full-time", "senior",
                 102000, 132000, "SGD", "2026-11-08", "en")),
    dict(company="Tidemark Analytics", id="a1000000-0000-4000-8000-000000000108",
         title="Customer Success Manager, Mid-Market", location="Auckland, New Zealand",
         address={"addressLocality": "Auckland", "addressCountry": "New Zealand"}, workplace="Remote", remote=True,
         employment="FullTime", published="2026-11-23T21:00:00.000+00:00",
         comp=("NZD", "1 YEAR", 95000, 115000),
         text="Own 40 mid-market accounts. Our customers saved NZ$12M last year.",
         label=L("Customer Success Manager, Mid-Market", "Tidemark Analytics", "Auckland", None, "NZ", "remote",
                 "full-time", None, 95000, 115000, "NZD", "2026-11-23", "en")),
]

# ---------------------------------------------------------------- JSON-LD
JSONLD = [
    dict(slug="rn-icu-2231", company="St. Brigid's Hospital", title="Staff Nurse - Intensive Care",
         address={"addressLocality": "Cork", "addressCountry": "IE"}, employment="FULL_TIME",
         posted="2026-11-15", salary=("EUR", "YEAR", 37000, 52000),
         text="<p>Permanent whole-time post in a 14-bed ICU.</p><p>Registered with NMBI.</p>",
         label=L("Staff Nurse - Intensive Care", "St. Brigid's Hospital", "Cork", None, "IE", "onsite",
                 "full-time", None, 37000, 52000, "EUR", "2026-11-15", "en")),
    dict(slug="electricien-batiment-88", company="Batirhône SAS", title="Électricien bâtiment H/F",
         address={"addressLocality": "Villeurbanne", "addressRegion": "Auvergne-Rhône-Alpes",
                  "addressCountry": "FR"}, employment="FULL_TIME", posted="2026-11-02",
         text="<p>CDI, 35h. Chantiers tertiaires sur la métropole lyonnaise.</p><p>Salaire : 2 300 à 2 700 euros"
              " brut par mois selon expérience + paniers repas.</p>",
         label=L("Électricien bâtiment H/F", "Batirhône SAS", "Villeurbanne", "Auvergne-Rhône-Alpes", "FR", "onsite",
                 "full-time", None, 27600, 32400, "EUR", "2026-11-02", "fr")),
    dict(slug="pharmacist-1102", company="Corner Chemist Group", title="Pharmacist Manager",
         address={"addressLocality": "Brisbane", "addressRegion": "QLD", "addressCountry": "AU"},
         employment="FULL_TIME", posted="2026-11-09", salary=("AUD", "HOUR", 58, 64),
         text="<p>Manage a high-volume community pharmacy.</p><p>Plus 11.5% superannuation.</p>",
         label=L("Pharmacist Manager", "Corner Chemist Group", "Brisbane", "QLD", "AU", "onsite", "full-time", None,
                 120640, 133120, "AUD", "2026-11-09", "en")),
    dict(slug="translator-de-en", company="Wortwerk Übersetzungen", title="Freelance Translator German > English",
         address={"addressCountry": "DE"}, employment="CONTRACTOR", posted="2026-10-25", remote=True,
         text="<p>Legal and financial texts. Rate: 0,12 € per source word, roughly 2,000 words a day.</p>",
         label=L("Freelance Translator German > English", "Wortwerk Übersetzungen", None, None, "DE", "remote",
                 "contract", None, None, None, None, "2026-10-25", "en")),
    dict(slug="hvac-tech-4410", company="Comfort Air Mechanical", title="HVAC Service Technician III",
         address={"addressLocality": "Raleigh", "addressRegion": "NC", "addressCountry": "US"},
         employment="FULL_TIME", posted="2026-11-20",
         text="<p>Commercial rooftop units and chillers. Company truck, fuel card and a $250 monthly tool"
              " allowance.</p><p>Compensation: $31-$38/hr DOE. Overtime paid at 1.5x.</p>",
         label=L("HVAC Service Technician III", "Comfort Air Mechanical", "Raleigh", "NC", "US", "onsite",
                 "full-time", "senior", 64480, 79040, "USD", "2026-11-20", "en")),
    dict(slug="gestor-trafego", company="Agência Maré", title="Gestor de Tráfego Pago",
         address={"addressLocality": "Recife", "addressRegion": "PE", "addressCountry": "BR"},
         employment="CONTRACTOR", posted="2026-11-12", remote=True,
         text="<p>Gestão de campanhas em Google Ads e Meta Ads com verba mensal de R$ 400 mil.</p><p>Remuneração:"
              " R$ 5.000 a R$ 6.500 mensais, modelo PJ.</p>",
         label=L("Gestor de Tráfego Pago", "Agência Maré", "Recife", "PE", "BR", "remote", "contract", None,
                 60000, 78000, "BRL", "2026-11-12", "pt")),
    dict(slug="logistiek-medewerker", company="Dijkstra Distributie B.V.", title="Logistiek medewerker",
         address={"addressLocality": "Tilburg", "addressRegion": "Noord-Brabant", "addressCountry": "NL"},
         employment="PART_TIME", posted="2026-11-18",
         text="<p>24 uur per week in ploegendienst.</p><p>Uurloon: €15,20 - €16,80 bruto, plus"
              " ploegentoeslag.</p>",
         label=L("Logistiek medewerker", "Dijkstra Distributie B.V.", "Tilburg", "Noord-Brabant", "NL", "onsite",
                 "part-time", None, 31616, 34944, "EUR", "2026-11-18", "nl")),
    dict(slug="site-reliability-eng", company="Nimbus Ledger", title="Site Reliability Engineer",
         address={"addressLocality": "Kraków", "addressCountry": "PL"}, employment="FULL_TIME",
         posted="2026-11-24",
         text="<p>Kubernetes, Terraform, on-call one week in six.</p><p>Salary: 22 000 - 28 000 PLN net + VAT"
              " (B2B) per month, or 18 000 - 23 000 PLN gross (UoP).</p>",
         label=L("Site Reliability Engineer", "Nimbus Ledger", "Kraków", None, "PL", "onsite", "full-time", None,
                 264000, 336000, "PLN", "2026-11-24", "en")),
]

# ---------------------------------------------------------------- RSS (We Work Remotely shape)
RSS = [
    dict(slug="copper-kettle-support", company="Copper Kettle", title="Customer Support Specialist",
         region="Anywhere in the World", country="", type="Full-Time", pub="Tue, 03 Nov 2026 14:22:10 +0000",
         text="<p>Answer tickets for our coffee-roasting software.</p><p>Pay: $3,200 USD per month, paid via"
              " Deel.</p>",
         label=L("Customer Support Specialist", "Copper Kettle", None, None, None, "remote", "full-time", None,
                 38400, 38400, "USD", "2026-11-03", "en")),
    dict(slug="brightlane-devrel", company="Brightlane", title="Developer Advocate",
         region="USA Only", country="", type="Full-Time", pub="Wed, 11 Nov 2026 09:00:00 -0500",
         text="<p>Brightlane is backed by $60M from Index and Accel.</p><p>💰 $135,000 – $160,000 + equity</p>",
         label=L("Developer Advocate", "Brightlane", None, None, "US", "remote", "full-time", None, 135000,
                 160000, "USD", "2026-11-11", "en")),
    dict(slug="quillon-copy", company="Quillon", title="Senior Copywriter", region="Europe Only",
         country="🇩🇪 Germany, 🇦🇹 Austria, 🇨🇭 Switzerland", type="Contract",
         pub="Fri, 20 Nov 2026 16:40:00 +0100",
         text="<p>B2B SaaS copy for the DACH market.</p><p>Budget: €450–€550 per day.</p>",
         label=L("Senior Copywriter", "Quillon", None, None, "DE", "remote", "contract", "senior", 117000, 143000,
                 "EUR", "2026-11-20", "en")),
    dict(slug="maplewood-bookkeeper", company="Maplewood Accounting", title="Bookkeeper (Part-Time)",
         region="Canada Only", country="", type="Part-Time", pub="Mon, 16 Nov 2026 12:00:00 +0000",
         text="<p>20 hours a week, QuickBooks Online.</p><p>Hourly rate: $30-34 CAD.</p>",
         label=L("Bookkeeper (Part-Time)", "Maplewood Accounting", None, None, "CA", "remote", "part-time", None,
                 62400, 70720, "CAD", "2026-11-16", "en")),
    dict(slug="palmera-recruiter", company="Palmera Talent", title="Reclutadora IT", region="Latin America Only",
         country="", type="Full-Time", pub="Thu, 26 Nov 2026 18:30:00 +0000",
         text="<p>Buscamos reclutadora con 3 años de experiencia en perfiles tech.</p><p>Salario: USD 2.000 -"
              " 2.600 mensuales.</p>",
         label=L("Reclutadora IT", "Palmera Talent", None, None, None, "remote", "full-time", "mid", 24000, 31200,
                 "USD", "2026-11-26", "es")),
    dict(slug="lindqvist-pm", company="Lindqvist Games", title="Producer", region="Europe Only",
         country="🇸🇪 Sweden", type="Full-Time", pub="Sat, 07 Nov 2026 08:00:00 +0000",
         text="<p>Ship our next co-op title.</p><p>Salary 48 000 – 56 000 SEK per month.</p>",
         label=L("Producer", "Lindqvist Games", None, None, "SE", "remote", "full-time", None, 576000, 672000,
                 "SEK", "2026-11-07", "en")),
    dict(slug="harbourview-illustrator", company="Harbourview Press", title="Children's Book Illustrator",
         region="UK Only", country="", type="Contract", pub="Tue, 24 Nov 2026 10:10:00 +0000",
         text="<p>Three picture books in 2027. Fee: £4,000 per book.</p>",
         label=L("Children's Book Illustrator", "Harbourview Press", None, None, "GB", "remote", "contract", None,
                 None, None, None, "2026-11-24", "en")),
]

# ---------------------------------------------------------------- Remote OK
REMOTEOK = [
    dict(id="1201001", company="Pixelwharf", position="Senior iOS Engineer", location="Worldwide",
         salary=(120000, 160000), date="2026-11-04T10:00:00+00:00", tags=["ios", "swift", "senior"],
         text="<p>Build our photo editing app. We pay the same band worldwide.</p>",
         label=L("Senior iOS Engineer", "Pixelwharf", None, None, None, "remote", None, "senior", 120000, 160000,
                 "USD", "2026-11-04", "en")),
    dict(id="1201002", company="Gardenia Health", position="Medical Coder", location="United States",
         salary=(0, 0), date="2026-11-10T15:30:00+00:00", tags=["healthcare", "coding"],
         text="<p>CPC certification required. $26–$30 per hour, full-time, W-2.</p>",
         label=L("Medical Coder", "Gardenia Health", None, None, "US", "remote", "full-time", None, 54080, 62400, "USD",
                 "2026-11-10", "en")),
    dict(id="1201003", company="Oakridge Learning", position="Instructional Designer", location="🇬🇧 UK",
         salary=(0, 0), date="2026-11-12T09:00:00+00:00", tags=["education", "design"],
         text="<p>Design compliance courses for NHS trusts.</p><p>Salary £45,000 - £52,000 per annum.</p>",
         label=L("Instructional Designer", "Oakridge Learning", None, None, "GB", "remote", None, None, 45000,
                 52000, "GBP", "2026-11-12", "en")),
    dict(id="1201004", company="Nordvik Systems", position="Technical Writer", location="Europe",
         salary=(0, 0), date="2026-11-15T11:00:00+00:00", tags=["writing", "docs"],
         text="<p>Document our payments API. We&#x27;ve grown to $40M ARR.</p><p>Compensation: €58k – €70k"
              " depending on location.</p>",
         label=L("Technical Writer", "Nordvik Systems", None, None, None, "remote", None, None, 58000, 70000, "EUR",
                 "2026-11-15", "en")),
    dict(id="1201005", company="Tallgrass Labs", position="Junior QA Tester", location="Canada",
         salary=(0, 0), date="2026-11-18T13:00:00+00:00", tags=["qa", "junior"],
         text="<p>Manual and exploratory testing of our tax app.</p><p>The pay for this position is $24/hour.</p>",
         label=L("Junior QA Tester", "Tallgrass Labs", None, None, "CA", "remote", None, "entry", 49920, 49920,
                 "CAD", "2026-11-18", "en")),
    dict(id="1201006", company="Corvid Security", position="Principal Security Engineer",
         location="United States", salary=(190000, 240000), date="2026-11-21T17:45:00+00:00",
         tags=["security", "principal"],
         text="<p>Threat modelling and secure design reviews. Home office setup budget of $2,500.</p>",
         label=L("Principal Security Engineer", "Corvid Security", None, None, "US", "remote", None, "lead", 190000,
                 240000, "USD", "2026-11-21", "en")),
    dict(id="1201007", company="Sundial Media", position="Video Editor (Contract)", location="Latin America",
         salary=(0, 0), date="2026-11-27T20:00:00+00:00", tags=["video", "editing"],
         text="<p>Edit 6-8 YouTube videos a month. $35/hr, about 25 hours a week.</p>",
         label=L("Video Editor (Contract)", "Sundial Media", None, None, None, "remote", "contract", None, 72800,
                 72800, "USD", "2026-11-27", "en")),
]

# ---------------------------------------------------------------- JobSpy CSV
JOBSPY = [
    dict(id="in-7c1a2b3c4d5e6f70", site="indeed", title="CDL-A Regional Truck Driver",
         company="Ridgeback Transport", location="Dallas, TX", date="2026-11-17", job_type="fulltime",
         remote=False, pay=("yearly", 78000, 92000, "USD"),
         text="Home weekends. $3,000 sign-on bonus. **Requirements** - 1 year CDL-A experience",
         label=L("CDL-A Regional Truck Driver", "Ridgeback Transport", "Dallas", "TX", "US", "onsite", "full-time",
                 "entry", 78000, 92000, "USD", "2026-11-17", "en")),
    dict(id="li-4501234567", site="linkedin", title="Financial Controller", company="Véloce Cycles",
         location="Bordeaux, Nouvelle-Aquitaine, France", date="2026-11-05", job_type="fulltime", remote=False,
         level="Mid-Senior level",
         text="Vous pilotez la clôture mensuelle et le reporting groupe.\n\nRémunération : 60-70 K€ brut annuel"
              " + intéressement.",
         label=L("Financial Controller", "Véloce Cycles", "Bordeaux", "Nouvelle-Aquitaine", "FR", "onsite",
                 "full-time", "senior", 60000, 70000, "EUR", "2026-11-05", "fr")),
    dict(id="in-9d8c7b6a5f4e3d21", site="indeed", title="Aide-soignant de nuit H/F",
         company="EHPAD Les Tilleuls", location="Lille, HDF, FR", date="2026-11-20", job_type="fulltime",
         remote=False,
         text="CDI temps plein, nuits. Prime de nuit. Salaire : 1 950 € à 2 150 € brut par mois.",
         label=L("Aide-soignant de nuit H/F", "EHPAD Les Tilleuls", "Lille", "Hauts-de-France", "FR", "onsite",
                 "full-time", None, 23400, 25800, "EUR", "2026-11-20", "fr")),
    dict(id="li-4509876543", site="linkedin", title="Physiotherapist", company="Active Motion Clinics",
         location="Manchester, England, United Kingdom", date="", job_type="fulltime", remote=False,
         level="Entry level",
         text="Band 5 equivalent. Salary £29,970 - £36,483. CPD budget of £1,000 a year.",
         label=L("Physiotherapist", "Active Motion Clinics", "Manchester", "England", "GB", "onsite", "full-time",
                 "entry", 29970, 36483, "GBP", None, "en")),
    dict(id="gd-1009988776", site="glassdoor", title="Sales Development Representative",
         company="Lattice Point Software", location="Austin, TX", date="2026-11-23", job_type="fulltime",
         remote=False, pay=("yearly", 55000, 65000, "USD"),
         text="OTE $85,000-$95,000 (base plus uncapped commission).",
         label=L("Sales Development Representative", "Lattice Point Software", "Austin", "TX", "US", "onsite",
                 "full-time", None, 55000, 65000, "USD", "2026-11-23", "en")),
    dict(id="in-1a2b3c4d5e6f7a8b", site="indeed", title="Maschinenbediener (m/w/d)",
         company="Krämer Kunststofftechnik GmbH", location="Nürnberg, BY, DE", date="2026-11-08",
         job_type="fulltime", remote=False,
         text="Vollzeit im 3-Schicht-Betrieb. Stundenlohn 18,50 € plus Schichtzulagen. 50 € Tankgutschein"
              " monatlich.",
         label=L("Maschinenbediener (m/w/d)", "Krämer Kunststofftechnik GmbH", "Nürnberg", "Bayern", "DE", "onsite",
                 "full-time", None, 38480, 38480, "EUR", "2026-11-08", "de")),
    dict(id="li-4512223334", site="linkedin", title="Data Analyst", company="Zephyr Retail India",
         location="Bengaluru, Karnataka, India", date="2026-11-14", job_type="fulltime", remote=False,
         level="Associate",
         text="2-4 years with SQL and Power BI. CTC: INR 9,00,000 - 13,00,000 per annum.",
         label=L("Data Analyst", "Zephyr Retail India", "Bengaluru", "Karnataka", "IN", "onsite", "full-time",
                 "mid", 900000, 1300000, "INR", "2026-11-14", "en")),
    dict(id="in-5f5f5f5f5f5f5f5f", site="indeed", title="Barista", company="Copa Café",
         location="Vancouver, BC", date="2026-11-26", job_type="parttime", remote=False,
         pay=("hourly", 17.85, 19.5, "CAD"),
         text="Morning shifts. Tips shared daily (avg $4/hr).",
         label=L("Barista", "Copa Café", "Vancouver", "BC", "CA", "onsite", "part-time", None, 37128, 40560, "CAD",
                 "2026-11-26", "en")),
    dict(id="li-4519990001", site="linkedin", title="Remote Customer Care Advisor", company="Bluewave Telecom",
         location="Porto, Portugal", date="2026-11-29", job_type="fulltime", remote=True, level="Entry level",
         text="Apoio a clientes em português e inglês. Salário: 1.150 € x 14 meses + subsídio de alimentação"
              " de 10,20 €/dia.",
         label=L("Remote Customer Care Advisor", "Bluewave Telecom", "Porto", None, "PT", "remote", "full-time",
                 "entry", 16100, 16100, "EUR", "2026-11-29", "pt")),
]

# ---------------------------------------------------------------- file: JSON Lines
FILE = [
    dict(external_id="ref-2026-0142", title="Kinderpfleger (m/w/d) in Teilzeit", company="Kita Sonnenblume e.V.",
         locations=["Leipzig, Sachsen"], employment="Teilzeit", posted="2026-11-10",
         text="Vergütung nach TVöD SuE S4: bei 25 Wochenstunden ca. 1.700 € brutto monatlich.",
         label=L("Kinderpfleger (m/w/d) in Teilzeit", "Kita Sonnenblume e.V.", "Leipzig", "Sachsen", "DE", "onsite",
                 "part-time", None, 20400, 20400, "EUR", "2026-11-10", "de")),
    dict(external_id="ref-2026-0143", title="Architecte DPLG confirmé(e)", company="Atelier Soline",
         locations=["Nantes (44)"], employment="CDI", posted="2026-11-03", workplace="hybrid",
         text="Logements collectifs et équipements publics.\n\nSalaire : 42 000 € - 50 000 € brut annuel.",
         label=L("Architecte DPLG confirmé(e)", "Atelier Soline", "Nantes", None, "FR", "hybrid", "full-time",
                 None, 42000, 50000, "EUR", "2026-11-03", "fr")),
    dict(external_id="ref-2026-0144", title="Social Worker - Child Protection", company="Harbour City Council",
         addresses=[{"city": "Wellington", "country": "New Zealand"}], employment="Permanent",
         posted="2026-11-12", salary=dict(salary_min=78500, salary_max=92000, salary_currency="NZD",
                                          salary_period="year"),
         text="Statutory social work. Registered with the SWRB.",
         label=L("Social Worker - Child Protection", "Harbour City Council", "Wellington", None, "NZ", "onsite",
                 "full-time", None, 78500, 92000, "NZD", "2026-11-12", "en")),
    dict(external_id="ref-2026-0145", title="Mecânico de Manutenção Industrial", company="Usina Boa Vista",
         locations=["Campinas, SP, Brasil"], employment="CLT", posted="2026-11-19",
         text="Manutenção preventiva e corretiva. Salário a combinar. Vale-transporte e cesta básica de R$ 300.",
         label=L("Mecânico de Manutenção Industrial", "Usina Boa Vista", "Campinas", "SP", "BR", "onsite",
                 "full-time", None, None, None, None, "2026-11-19", "pt")),
    dict(external_id="ref-2026-0146", title="Projectleider Infra", company="Bouwbedrijf Van Rijn",
         locations=["Utrecht"], employment="Fulltime", posted="2026-11-21",
         text="Je stuurt projecten tot € 15 miljoen aan.\n\nSalaris: €5.200 - €6.800 bruto per maand,"
              " leaseauto en 13e maand.",
         label=L("Projectleider Infra", "Bouwbedrijf Van Rijn", "Utrecht", None, "NL", "onsite", "full-time",
                 "lead", 67600, 88400, "EUR", "2026-11-21", "nl")),
    dict(external_id="ref-2026-0147", title="Accounts Payable Clerk", company="Dunmore Foods Ltd",
         locations=["Remote - Ireland"], employment="Full-time", posted="2026-11-25",
         text="Process 600 invoices a month in SAP.\n\nSalary: €34,000 - €38,000 per annum. Bike-to-work scheme"
              " up to €1,250.",
         label=L("Accounts Payable Clerk", "Dunmore Foods Ltd", None, None, "IE", "remote", "full-time", None,
                 34000, 38000, "EUR", "2026-11-25", "en")),
]


# ---------------------------------------------------------------- rendering
def slug(name):
    return "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")


def greenhouse(posts):
    jobs = []
    for p in posts:
        metadata = [{"id": i + 1, "name": k, "value": v, "value_type": "single_select"}
                    for i, (k, v) in enumerate(p["meta"].items())]
        job = {"absolute_url": f"https://job-boards.greenhouse.io/{slug(p['company'])}/jobs/{p['id']}",
               "internal_job_id": p["id"] - 777, "location": {"name": p["location"]}, "metadata": metadata,
               "id": p["id"], "updated_at": p["published"], "title": p["title"], "company_name": p["company"],
               "first_published": p["published"], "content": html.escape(p["text"]), "departments": []}
        if p.get("pay"):
            low, high, currency, title = p["pay"]
            job["pay_input_ranges"] = [{"min_cents": low * 100, "max_cents": high * 100, "currency_type": currency,
                                        "title": title, "blurb": ""}]
        jobs.append(job)
        p["key"] = str(p["id"])
    return json.dumps({"jobs": jobs, "meta": {"total": len(jobs)}}, ensure_ascii=False, indent=1)


def epoch_ms(text):
    import datetime as dt
    return int(dt.datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp() * 1000)


def lever(posts):
    items = []
    for p in posts:
        item = {"additionalPlain": "", "additional": "",
                "categories": {"commitment": p["commitment"], "department": "", "location": p["location"],
                               "team": "", "allLocations": [p["location"]]},
                "createdAt": epoch_ms(p["created"]), "descriptionPlain": p["text"],
                "description": "".join(f"<div>{html.escape(line)}</div>" for line in p["text"].split("\n")),
                "id": p["id"], "lists": [], "text": p["title"], "country": p["country"],
                "workplaceType": p["workplace"], "hostedUrl": f"https://jobs.lever.co/{slug(p['company'])}/{p['id']}",
                "applyUrl": f"https://jobs.lever.co/{slug(p['company'])}/{p['id']}/apply"}
        if p.get("salary"):
            currency, interval, low, high = p["salary"]
            item["salaryRange"] = {"currency": currency, "interval": interval, "min": low, "max": high}
        items.append(item)
        p["key"] = p["id"]
    return json.dumps(items, ensure_ascii=False, indent=1)


def ashby(posts):
    jobs = []
    for p in posts:
        job = {"id": p["id"], "title": p["title"], "department": "", "team": "",
               "employmentType": p["employment"], "location": p["location"], "secondaryLocations": [],
               "publishedAt": p["published"], "isListed": True, "isRemote": p["remote"],
               "workplaceType": p["workplace"], "address": {"postalAddress": p["address"]},
               "jobUrl": f"https://jobs.ashbyhq.com/{slug(p['company'])}/{p['id']}",
               "applyUrl": f"https://jobs.ashbyhq.com/{slug(p['company'])}/{p['id']}/application",
               "descriptionHtml": "".join(f"<p>{html.escape(line)}</p>" for line in p["text"].split("\n") if line),
               "descriptionPlain": p["text"], "shouldDisplayCompensationOnJobPostings": True}
        if p.get("comp"):
            currency, interval, low, high = p["comp"]
            component = {"compensationType": "Salary", "interval": interval, "currencyCode": currency,
                         "minValue": low, "maxValue": high}
            job["compensation"] = {"compensationTiers": [{"components": [component]}],
                                   "summaryComponents": [component]}
        jobs.append(job)
        p["key"] = p["id"]
    return json.dumps({"apiVersion": "1", "jobs": jobs}, ensure_ascii=False, indent=1)


def jsonld(posts):
    blocks = []
    for p in posts:
        url = f"https://careers.{slug(p['company'])}.example/jobs/{p['slug']}"
        job = {"@context": "https://schema.org/", "@type": "JobPosting", "title": p["title"],
               "description": p["text"], "datePosted": p["posted"], "employmentType": p["employment"],
               "hiringOrganization": {"@type": "Organization", "name": p["company"]}, "url": url,
               "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", **p["address"]}}}
        if p.get("remote"):
            job["jobLocationType"] = "TELECOMMUTE"
        if p.get("salary"):
            currency, unit, low, high = p["salary"]
            job["baseSalary"] = {"@type": "MonetaryAmount", "currency": currency,
                                 "value": {"@type": "QuantitativeValue", "minValue": low, "maxValue": high,
                                           "unitText": unit}}
        blocks.append('<script type="application/ld+json">' + json.dumps(job, ensure_ascii=False) + "</script>")
        p["key"] = url
    return ("<!doctype html><html><head><title>Careers</title>\n" + "\n".join(blocks)
            + "\n</head><body><h1>Open roles</h1></body></html>\n")


def rss(posts):
    items = []
    for p in posts:
        link = f"https://weworkremotely.com/remote-jobs/{slug(p['company'])}-{p['slug']}"
        items.append(f"""    <item>
      <title>{html.escape(p['company'])}: {html.escape(p['title'])}</title>
      <region>{html.escape(p['region'])}</region>
      <country>{html.escape(p['country'])}</country>
      <type>{p['type']}</type>
      <description>{html.escape(p['text'])}</description>
      <pubDate>{p['pub']}</pubDate>
      <guid>{link}</guid>
      <link>{link}</link>
    </item>""")
        p["key"] = link
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>We Work Remotely: All jobs</title>
    <link>https://weworkremotely.com</link>
    <description>Remote jobs</description>
{chr(10).join(items)}
  </channel>
</rss>
"""


def remoteok(posts):
    items = [{"last_updated": 1796083200, "legal": "API Terms of Service: link back to Remote OK."}]
    for p in posts:
        low, high = p["salary"]
        items.append({"slug": slug(p["position"]) + "-" + p["id"], "id": p["id"], "epoch": 0, "date": p["date"],
                      "company": p["company"], "position": p["position"], "tags": p["tags"],
                      "description": p["text"], "location": p["location"], "salary_min": low, "salary_max": high,
                      "url": f"https://remoteOK.com/remote-jobs/{p['id']}",
                      "apply_url": f"https://remoteOK.com/remote-jobs/{p['id']}/apply"})
        p["key"] = p["id"]
    return json.dumps(items, ensure_ascii=False, indent=1)


def jobspy(posts):
    header = ["id", "site", "job_url", "job_url_direct", "title", "company", "location", "date_posted", "job_type",
              "salary_source", "interval", "min_amount", "max_amount", "currency", "is_remote", "job_level",
              "job_function", "listing_type", "emails", "description", "company_industry", "company_url",
              "company_logo", "company_url_direct", "company_addresses", "company_num_employees",
              "company_revenue", "company_description", "skills", "experience_range", "company_rating",
              "company_reviews_count", "vacancy_count", "work_from_home_type"]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for p in posts:
        number = p["id"].split("-", 1)[1]
        url = {"indeed": f"https://www.indeed.com/viewjob?jk={number}",
               "linkedin": f"https://www.linkedin.com/jobs/view/{number}",
               "glassdoor": f"https://www.glassdoor.com/job-listing/j?jl={number}"}[p["site"]]
        row = {k: "" for k in header}
        row.update(id=p["id"], site=p["site"], job_url=url, title=p["title"], company=p["company"],
                   location=p["location"], date_posted=p["date"], job_type=p["job_type"],
                   is_remote="True" if p["remote"] else "False", job_level=p.get("level", ""),
                   description=p["text"])
        if p.get("pay"):
            interval, low, high, currency = p["pay"]
            row.update(salary_source="direct_data", interval=interval, min_amount=low, max_amount=high,
                       currency=currency)
        writer.writerow([row[k] for k in header])
        p["key"] = p["id"]
    return out.getvalue()


def jsonlines(posts):
    lines = []
    for p in posts:
        record = {"external_id": p["external_id"], "title": p["title"], "company": p["company"],
                  "url": f"https://jobs.example.org/{p['external_id']}", "description": p["text"],
                  "employment_type": p["employment"], "posted_at": p["posted"]}
        if p.get("locations"):
            record["locations"] = p["locations"]
        if p.get("addresses"):
            record["addresses"] = p["addresses"]
        if p.get("workplace"):
            record["workplace"] = p["workplace"]
        if p.get("salary"):
            record.update(p["salary"])
        lines.append(json.dumps(record, ensure_ascii=False))
        p["key"] = p["external_id"]
    return "\n".join(lines) + "\n"


def main():
    os.makedirs(ROOT, exist_ok=True)
    for name in os.listdir(ROOT):
        os.remove(os.path.join(ROOT, name))
    files = {"greenhouse.json": (greenhouse, GREENHOUSE), "jsonld.html": (jsonld, JSONLD), "rss.xml": (rss, RSS),
             "remoteok.json": (remoteok, REMOTEOK), "jobspy.csv": (jobspy, JOBSPY), "file.jsonl": (jsonlines, FILE)}
    contexts = {}
    for kind, posts, render in (("lever", LEVER, lever), ("ashby", ASHBY, ashby)):
        for company in dict.fromkeys(p["company"] for p in posts):
            file = f"{kind}-{slug(company)}.json"
            files[file] = (render, [p for p in posts if p["company"] == company])
            contexts[file] = company
    labels = []
    for file, (render, posts) in files.items():
        with open(os.path.join(ROOT, file), "w", encoding="utf-8", newline="") as handle:
            handle.write(render(posts))
        for p in posts:
            labels.append({"file": file, "id": p["key"], **p["label"]})
    with open(os.path.join(ROOT, "contexts.json"), "w", encoding="utf-8") as handle:
        json.dump(contexts, handle, ensure_ascii=False, indent=1, sort_keys=True)
    with open(os.path.join(ROOT, "labels.jsonl"), "w", encoding="utf-8") as handle:
        for label in labels:
            handle.write(json.dumps(label, ensure_ascii=False) + "\n")
    print("fresh2", len(labels), "postings")


if __name__ == "__main__":
    main()
