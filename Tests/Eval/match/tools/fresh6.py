# The eighth set, "fresh6" (issue 19, eighth round): ten kinds of people that
# no earlier set (dev, heldout, fresh, fresh2, fresh3, fresh4, fresh5) has, in
# countries the earlier sets used little (Australia, New Zealand, Ireland, the
# US South and Midwest, France, Spain, Singapore), postings written for them,
# and the saved search each would add, written the way people state it.
# Graded by the same rules (grading.py) and committed before any ranker ran on
# it. Written by hand, blind to the ranker (its code, its rules and any ranking
# output were not read); generate.py writes it to fresh6/.
#
# Kinds: a restaurant general manager (hospitality, Melbourne), a long-haul
# truck driver coming off the road into dispatch (logistics, Memphis, career
# changer, old job as label, a terse pre-1.0 JSON Resume), a senior site
# manager (construction, Auckland, a bare résumé with no summary), a speech and
# language therapist back after four years caring for her father (care,
# Galway, returner), a new MPA graduate looking for a first local-government
# analyst job (public sector, Des Moines, first job), an external auditor moving
# into ESG reporting (finance, Singapore, career changer, old job as label), a
# languages graduate looking for a first copywriting job (creative, Barcelona,
# first job), a hydrogeologist (science, Perth), a theatre nurse moving into
# medical device sales (sales, Madrid, career changer, old job as label) and
# the managing director of an industrial SME (executive, Lyon).
#
# Every kind of job below is new (none shares a key with an earlier set's
# archetypes, so regenerating leaves the other sets byte-identical), except
# the shared distractor at the end (`java-backend`).
import fresh  # noqa: F401 (the earlier sets' places and remote regions this set reuses: Lyon, Paris, ...)
import fresh2  # noqa: F401
import fresh3  # noqa: F401
import fresh4  # noqa: F401
import fresh5  # noqa: F401
from archetypes import ARCHETYPES
from grading import FAMILY, NEAR_MISS_KINDS
from postings import PLACES, REMOTE
from profiles import pre_1_0 as _older, resume, with_sections as _with, work

_NEW = {
    # ------------------------------------------------------- restaurants (Melbourne)
    "restaurant-gm": dict(
        titles={"entry": "Restaurant Supervisor", "mid": "Assistant Restaurant Manager",
                "senior": "Restaurant General Manager", "lead": "Area General Manager (Restaurants)"},
        summary=["Run one of our busiest restaurants: the team, the floor, the numbers and the guests.",
                 "Our restaurant group needs a general manager who leads from the floor and owns the P&L."],
        duties=["Lead a front and back of house team of 40", "Own the venue P&L, wage percentage and cost of goods",
                "Recruit, roster and train the team", "Keep food safety and responsible service of alcohol "
                "compliance", "Work with the head chef on menus and margins", "Handle guest feedback and reviews"],
        required=["{years}+ years managing restaurants or venues", "RSA certificate", "Strong P&L and rostering",
                  "Full working rights in Australia"],
        nice=["Food Safety Supervisor certificate", "Deputy or Tanda rostering", "Multi-venue experience",
              "Wine knowledge"]),
    "venue-manager": dict(
        titles={"senior": "Venue Manager, Functions and Events"},
        summary=["Run our waterfront function venue: weddings, conferences and gala dinners for up to 600 guests."],
        duties=["Lead the events and banquet team", "Run event days from bump-in to close",
                "Manage the venue budget and suppliers"],
        required=["{years}+ years managing venues, functions or restaurants", "RSA certificate"],
        nice=["Events management qualification"]),
    "hotel-fb-manager": dict(
        titles={"senior": "Food and Beverage Manager"},
        summary=["Lead the restaurant, bar and in-room dining of our 300-room city hotel."],
        duties=["Manage the restaurant, bar and room service outlets", "Set F&B budgets and forecasts",
                "Lead outlet managers"],
        required=["{years}+ years in food and beverage management", "RSA certificate"],
        nice=["Hotel experience"]),
    "head-chef": dict(
        titles={"senior": "Head Chef"},
        summary=["Lead the kitchen of our modern Australian restaurant."],
        duties=["Write and cost the menus", "Lead a brigade of twelve", "Order and control stock"],
        required=["Trade qualified chef", "{years}+ years running kitchens"],
        nice=["Hatted restaurant experience"]),
    "depot-general-manager": dict(
        titles={"lead": "General Manager, Transport Depot"},
        summary=["Lead our largest freight depot: linehaul, pick-up and delivery and the warehouse."],
        duties=["Run a depot of 180 drivers and warehouse staff", "Own depot safety and chain of responsibility",
                "Manage major customer service levels"],
        required=["{years}+ years in transport or logistics leadership", "Chain of responsibility knowledge"],
        nice=["Heavy vehicle licence"]),
    # ------------------------------------------------------- dispatch (Memphis)
    "truck-dispatcher": dict(
        titles={"entry": "Dispatcher Trainee", "mid": "Truck Dispatcher", "senior": "Senior Fleet Dispatcher",
                "lead": "Dispatch Manager"},
        summary=["Plan and dispatch loads for our truckload fleet out of the Memphis terminal.",
                 "Our carrier needs a dispatcher who keeps drivers moving, loads on time and customers informed."],
        duties=["Assign loads to drivers and plan their trips", "Track trucks on the TMS and ELD",
                "Keep drivers within hours of service", "Solve breakdowns, delays and detention on the road",
                "Update customers and brokers on load status", "Keep driver home time on schedule"],
        required=["Knowledge of hours of service and DOT rules", "Calm under pressure on the phone",
                  "{years}+ years in trucking operations", "Computer skills (TMS, Excel)"],
        nice=["CDL or driving experience", "McLeod or TMW", "Reefer experience", "Bilingual English/Spanish"]),
    "fleet-coordinator": dict(
        titles={"mid": "Fleet Coordinator"},
        summary=["Coordinate our private fleet of 60 tractors: drivers, maintenance and compliance."],
        duties=["Schedule drivers and routes", "Book maintenance and DOT inspections",
                "Keep driver qualification files"],
        required=["Trucking or fleet experience", "FMCSA rules"],
        nice=["CDL-A"]),
    "cdl-driver": dict(
        titles={"mid": "CDL-A Regional Truck Driver"},
        summary=["Drive regional dry van lanes out of Memphis, home every weekend."],
        duties=["Drive regional routes", "Pre and post trip inspections", "Deliver on time"],
        required=["CDL-A", "{years}+ years of driving", "Clean MVR"],
        nice=["Hazmat endorsement"]),
    "emergency-dispatcher": dict(
        titles={"mid": "911 Emergency Communications Dispatcher"},
        summary=["Answer 911 calls and dispatch police, fire and EMS for the county."],
        duties=["Answer emergency and non-emergency calls", "Dispatch units by radio and CAD",
                "Give pre-arrival instructions"],
        required=["Pass a background check", "Typing 35 wpm", "Able to work nights and weekends"],
        nice=["APCO or EMD certification"]),
    "service-dispatcher": dict(
        titles={"entry": "Service Dispatcher (HVAC)"},
        summary=["Schedule our heating and air technicians' service calls across the metro."],
        duties=["Book customer service calls", "Route technicians", "Answer the phones"],
        required=["Customer service experience", "Computer skills"],
        nice=["ServiceTitan"]),
    "load-planner": dict(
        titles={"entry": "Transportation Load Planner"},
        summary=["Build the outbound loads and routes of our grocery distribution center."],
        duties=["Plan outbound loads and routes to stores", "Balance trailer cube and weight",
                "Work with dispatch and the dock"],
        required=["Logistics or trucking experience", "Excel"],
        nice=["Routing software"]),
    # ------------------------------------------------------- site management (Auckland)
    "site-manager": dict(
        titles={"entry": "Assistant Site Manager", "mid": "Site Supervisor", "senior": "Senior Site Manager",
                "lead": "Construction Manager"},
        summary=["Run our commercial and multi-unit residential builds from ground works to handover.",
                 "Lead the site team on one of our Auckland projects and deliver it safe, on time and to budget."],
        duties=["Run the site day to day: programme, subcontractors and deliveries", "Lead site health and "
                "safety", "Chair subcontractor and client site meetings", "Manage quality inspections and council "
                "sign-offs", "Track the programme and report progress", "Hand over to the client with a clean "
                "defects list"],
        required=["{years}+ years running construction sites", "Site Safe passport", "Reading drawings and "
                  "programmes", "NZ building code knowledge"],
        nice=["LBP licence", "Multi-storey experience", "Trade background", "Procore"]),
    "residential-construction-pm": dict(
        titles={"senior": "Construction Project Manager"},
        summary=["Manage our residential development projects from design through construction."],
        duties=["Manage cost, programme and contracts", "Lead consultants and the main contractor",
                "Report to the development director"],
        required=["{years}+ years managing construction projects", "NZS 3910 contracts"],
        nice=["Property development experience"]),
    "carpentry-foreman": dict(
        titles={"mid": "Carpentry Foreman"},
        summary=["Lead our carpentry crew on new homes across the North Shore."],
        duties=["Run a crew of four builders", "Set out and frame", "Order materials"],
        required=["Qualified carpenter", "LBP licence"],
        nice=["Own vehicle"]),
    "site-reliability-engineer": dict(
        titles={"senior": "Site Reliability Engineer"},
        summary=["Keep our cloud platform fast and available as a senior SRE."],
        duties=["Run Kubernetes clusters on AWS", "Build monitoring and alerting", "Lead incident reviews"],
        required=["{years}+ years in SRE or DevOps", "Kubernetes and Terraform"],
        nice=["Go"]),
    "dc-site-manager": dict(
        titles={"senior": "Site Manager, Distribution Centre"},
        summary=["Lead the operation of our 30,000 m2 distribution centre."],
        duties=["Run inbound, pick and dispatch", "Lead shift managers", "Own site KPIs and safety"],
        required=["{years}+ years of warehouse management", "WMS experience"],
        nice=["Forklift licence"]),
    "graduate-site-engineer": dict(
        titles={"entry": "Graduate Site Engineer"},
        summary=["Start your construction career on our civil and building projects."],
        duties=["Set out works", "Record quality checks", "Support the site manager"],
        required=["Degree in civil engineering or construction"],
        nice=["Summer placement on site"]),
    # ------------------------------------------------------- speech and language therapy (Galway)
    "slt": dict(
        titles={"entry": "Speech and Language Therapist (Newly Qualified)", "mid": "Speech and Language Therapist",
                "senior": "Senior Speech and Language Therapist",
                "lead": "Speech and Language Therapy Manager"},
        summary=["Join our community speech and language therapy team working with children and adults.",
                 "Our service needs a registered speech and language therapist for assessment and therapy in "
                 "clinics, schools and homes."],
        duties=["Assess and treat speech, language, voice and fluency difficulties", "Run dysphagia assessments "
                "and mealtime plans", "Work with families, teachers and the wider multidisciplinary team",
                "Keep clinical notes and write reports", "Deliver parent training groups",
                "Supervise students on placement"],
        required=["CORU registration as a Speech and Language Therapist", "{years}+ years of post-qualification "
                  "experience", "Full driving licence"],
        nice=["Dysphagia competencies", "Hanen certification", "Lámh or AAC experience", "Irish language"]),
    "slt-assistant": dict(
        titles={"entry": "Speech and Language Therapy Assistant"},
        summary=["Support our speech and language therapists with therapy programmes and groups."],
        duties=["Run therapy programmes set by the therapist", "Prepare materials", "Support groups"],
        required=["Relevant QQI Level 5 or degree"],
        nice=["Experience with children"]),
    "audiologist": dict(
        titles={"mid": "Audiologist"},
        summary=["Test hearing and fit hearing aids at our Galway clinic."],
        duties=["Carry out hearing assessments", "Fit and adjust hearing aids", "Counsel patients"],
        required=["Qualification in audiology", "CORU or IAA registration"],
        nice=["Paediatric experience"]),
    "speech-recognition-engineer": dict(
        titles={"mid": "Speech Recognition Engineer"},
        summary=["Build the speech-to-text models of our voice assistant."],
        duties=["Train acoustic and language models", "Evaluate word error rate", "Ship models to production"],
        required=["Python and PyTorch", "{years}+ years in speech or ML"],
        nice=["Kaldi or Whisper"]),
    "aac-specialist": dict(
        titles={"mid": "Assistive Technology and AAC Specialist"},
        summary=["Help children and adults with complex communication needs find and use AAC systems."],
        duties=["Assess for AAC and assistive technology", "Set up devices and train families",
                "Work with therapists and schools"],
        required=["Qualification in speech and language therapy, OT or related", "AAC experience"],
        nice=["Grid 3 or Proloquo2Go"]),
    # ------------------------------------------------------- local government analysis (Des Moines)
    "gov-management-analyst": dict(
        titles={"entry": "Management Analyst I", "mid": "Management Analyst II",
                "senior": "Senior Management Analyst", "lead": "Performance Management Manager"},
        summary=["Help our county government run better: analyse programs, budgets and processes for department "
                 "heads.", "Join the city manager's office as an analyst working on performance, budget and "
                 "policy questions."],
        duties=["Analyse department budgets and performance measures", "Write staff reports and memos for "
                "elected officials", "Study processes and recommend improvements", "Support the annual budget "
                "process", "Survey residents and analyse the results", "Track grants and program outcomes"],
        required=["Bachelor's degree in public administration, policy, business or related",
                  "{years}+ years of analytical work", "Excel and clear writing"],
        nice=["MPA", "Local government internship", "Tableau or Power BI", "ICMA membership"]),
    "gov-budget-analyst": dict(
        titles={"entry": "Budget Analyst I", "mid": "Budget Analyst"},
        summary=["Prepare and monitor the operating budget of our county departments."],
        duties=["Build department budget requests", "Monitor spending against budget", "Write fiscal notes"],
        required=["Degree in public administration, finance or related", "Excel"],
        nice=["Government finance experience"]),
    "federal-program-analyst": dict(
        titles={"mid": "Program Analyst"},
        summary=["Analyse and report on federal rural development grant programs."],
        duties=["Monitor grant program performance", "Write briefings", "Support program reviews"],
        required=["{years}+ years of program analysis", "U.S. citizenship"],
        nice=["MPA"]),
    "deputy-city-clerk": dict(
        titles={"entry": "Deputy City Clerk"},
        summary=["Keep the records of our council and run its meeting agendas and minutes."],
        duties=["Prepare council agendas and minutes", "Process records requests", "Issue licences"],
        required=["Office experience", "Attention to detail"],
        nice=["Notary public"]),
    "public-adjuster": dict(
        titles={"mid": "Public Adjuster"},
        summary=["Represent homeowners and businesses in their property insurance claims."],
        duties=["Inspect damaged property", "Prepare claims", "Negotiate with insurers"],
        required=["Iowa public adjuster license", "{years}+ years in claims"],
        nice=["Xactimate"]),
    "city-administrator": dict(
        titles={"lead": "City Administrator"},
        summary=["Lead the administration of our growing suburban city and advise the council."],
        duties=["Run all city departments", "Prepare the budget", "Advise the mayor and council"],
        required=["{years}+ years of senior local government management", "MPA"],
        nice=["ICMA-CM credential"]),
    "grants-coordinator": dict(
        titles={"entry": "Grants Coordinator"},
        summary=["Manage the grant cycle of our community foundation."],
        duties=["Review applications", "Track grantee reports", "Support the grants committee"],
        required=["Degree", "Organised and good with data"],
        nice=["Nonprofit experience"]),
    # ------------------------------------------------------- ESG reporting (Singapore)
    "esg-reporting-analyst": dict(
        titles={"entry": "ESG Associate", "mid": "ESG Reporting Analyst",
                "senior": "Senior Sustainability Reporting Manager", "lead": "Head of Sustainability"},
        summary=["Own our group's sustainability report and climate disclosures under the SGX rules and ISSB.",
                 "Join our sustainability team to collect, check and report ESG data across the group."],
        duties=["Collect and validate ESG data from business units", "Prepare the annual sustainability report",
                "Calculate scope 1, 2 and 3 greenhouse gas emissions", "Map disclosures to ISSB (IFRS S1/S2), GRI "
                "and TCFD", "Work with external assurance providers", "Answer ESG ratings questionnaires"],
        required=["{years}+ years in sustainability reporting, audit or finance", "Knowledge of GRI, ISSB or "
                  "TCFD", "Strong Excel and data skills"],
        nice=["ACCA, CA or CPA", "GHG Protocol training", "Experience with ESG software", "SGX listing rules"]),
    "esg-investment-analyst": dict(
        titles={"mid": "ESG Research Analyst (Asset Management)"},
        summary=["Integrate ESG research into our Asian equity and credit portfolios."],
        duties=["Research companies' ESG risks", "Engage with investee companies", "Write ESG notes for funds"],
        required=["{years}+ years in ESG research or investment analysis", "Financial statement analysis"],
        nice=["CFA ESG certificate"]),
    "sustainability-assurance": dict(
        titles={"mid": "Sustainability Assurance Senior"},
        summary=["Provide assurance on clients' sustainability reports and GHG inventories."],
        duties=["Plan and run assurance engagements", "Test ESG data and controls", "Report to clients"],
        required=["Audit or assurance background", "ISAE 3000 / 3410 knowledge"],
        nice=["ACCA"]),
    "audit-senior": dict(
        titles={"mid": "Audit Senior, Assurance"},
        summary=["Lead statutory audit engagements for listed and private clients."],
        duties=["Run audit fieldwork", "Supervise associates", "Report to managers and partners"],
        required=["ACCA or CA (or in progress)", "{years}+ years of external audit"],
        nice=["SFRS(I) experience"]),
    "energy-auditor": dict(
        titles={"mid": "Energy Auditor (Buildings)"},
        summary=["Audit the energy use of commercial buildings and recommend savings."],
        duties=["Survey chillers and building systems", "Measure energy use", "Write energy audit reports"],
        required=["Degree in mechanical or electrical engineering", "Energy audit experience"],
        nice=["Singapore Certified Energy Manager"]),
    # ------------------------------------------------------- copywriting (Barcelona)
    "agency-copywriter": dict(
        titles={"entry": "Junior Copywriter", "mid": "Copywriter", "senior": "Senior Copywriter",
                "lead": "Associate Creative Director (Copy)"},
        summary=["Write the words of our campaigns for international brands: ads, social, web and email.",
                 "Our creative agency is looking for a copywriter to write in English for brands across Europe."],
        duties=["Write headlines, scripts and social copy", "Work with an art director on campaign ideas",
                "Adapt campaigns for English-speaking markets", "Write website and email copy",
                "Present ideas to clients", "Keep to each brand's tone of voice"],
        required=["Native-level English writing", "A portfolio of written work", "{years}+ years in an agency "
                  "or in-house team"],
        nice=["Spanish or Catalan", "Social media writing", "SEO basics", "D&AD or Cannes student awards"]),
    "seo-content-writer": dict(
        titles={"entry": "SEO Content Writer"},
        summary=["Write English blog posts and landing pages that rank for our travel booking site."],
        duties=["Write articles from keyword briefs", "Update old posts", "Work with the SEO lead"],
        required=["Excellent written English", "Some writing samples"],
        nice=["WordPress", "Spanish"]),
    "copyright-paralegal": dict(
        titles={"mid": "Copyright and Trademark Paralegal"},
        summary=["Support our IP lawyers with copyright and trademark filings across the EU."],
        duties=["Prepare EUIPO filings", "Track deadlines", "Draft cease-and-desist letters"],
        required=["Paralegal experience in IP", "Spanish and English"],
        nice=["Law degree"]),
    "software-technical-writer": dict(
        titles={"mid": "Technical Writer"},
        summary=["Write the user and API documentation of our industrial software."],
        duties=["Write user guides", "Document APIs", "Work with engineers"],
        required=["{years}+ years of technical writing", "Docs-as-code tools"],
        nice=["Markdown and Git"]),
    # ------------------------------------------------------- hydrogeology (Perth)
    "hydrogeologist": dict(
        titles={"entry": "Graduate Hydrogeologist", "mid": "Hydrogeologist", "senior": "Senior Hydrogeologist",
                "lead": "Principal Hydrogeologist"},
        summary=["Join our water resources team working on groundwater for mining, water utilities and "
                 "government clients across Western Australia.", "Our consultancy needs a hydrogeologist for "
                 "groundwater investigations, modelling and licensing."],
        duties=["Design and supervise drilling and pumping test programmes", "Build and run groundwater models "
                "(MODFLOW, FEFLOW)", "Write H3 hydrogeological assessments for licensing", "Interpret water level "
                "and water quality data", "Manage groundwater monitoring programmes", "Work with regulators on "
                "water licences"],
        required=["Degree in hydrogeology, geology or environmental engineering", "{years}+ years as a "
                  "hydrogeologist", "Groundwater modelling", "WA driver's licence"],
        nice=["Mine dewatering experience", "MSc in hydrogeology", "Python or R", "Aquifer test analysis (AQTESOLV)"]),
    "surface-water-hydrologist": dict(
        titles={"mid": "Surface Water Hydrologist"},
        summary=["Model floods and catchments for our infrastructure clients."],
        duties=["Build flood models", "Analyse rainfall and streamflow", "Write hydrology reports"],
        required=["Degree in engineering or hydrology", "TUFLOW or HEC-RAS"],
        nice=["ARR 2019"]),
    "environmental-consultant": dict(
        titles={"mid": "Environmental Consultant (Contaminated Sites)"},
        summary=["Investigate contaminated land and groundwater for property and industry clients."],
        duties=["Run site investigations", "Sample soil and groundwater", "Write contamination reports"],
        required=["Degree in environmental science or geology", "{years}+ years in contaminated sites"],
        nice=["NEPM knowledge"]),
    "exploration-geologist": dict(
        titles={"mid": "Exploration Geologist (FIFO)"},
        summary=["Log core and run drilling for our gold exploration projects, 8 days on 6 off."],
        duties=["Log diamond and RC core", "Supervise drill rigs", "Build geological models"],
        required=["Degree in geology", "{years}+ years in exploration"],
        nice=["Leapfrog"]),
    "hydraulic-services-engineer": dict(
        titles={"mid": "Hydraulic Services Engineer"},
        summary=["Design the plumbing, drainage and fire water services of commercial buildings."],
        duties=["Design hydraulic services", "Coordinate in Revit", "Inspect on site"],
        required=["Degree in mechanical or civil engineering", "{years}+ years in building services"],
        nice=["Revit MEP"]),
    "hydroponics-technician": dict(
        titles={"entry": "Hydroponic Farm Technician"},
        summary=["Grow leafy greens in our indoor hydroponic farm."],
        duties=["Seed and harvest", "Check nutrient dosing", "Clean grow rooms"],
        required=["Interest in horticulture"],
        nice=["Horticulture certificate"]),
    # ------------------------------------------------------- medical devices (Madrid)
    "clinical-specialist-devices": dict(
        titles={"entry": "Associate Clinical Specialist", "mid": "Clinical Specialist, Orthopaedics",
                "senior": "Senior Clinical Specialist, Orthopaedics", "lead": "Clinical Education Manager, Iberia"},
        summary=["Support surgeons and theatre teams using our orthopaedic implants and instruments in hospitals "
                 "across your territory.", "Our medical device company needs a clinical specialist to be in "
                 "theatre with surgeons and to grow the use of our products."],
        duties=["Attend surgery and advise on instruments and implants", "Train theatre nurses and surgeons on "
                "our systems", "Manage instrument sets and loan kits", "Grow sales with surgeons and hospital "
                "procurement", "Run product workshops and cadaver labs", "Report on the territory to the sales "
                "manager"],
        required=["Experience in the operating theatre (nurse, ODP or technician) or in medical device sales",
                  "Driving licence and willing to travel in the territory", "Fluent Spanish and good English"],
        nice=["Orthopaedic or trauma experience", "Sales experience", "Hospital tender knowledge"]),
    "device-sales-rep": dict(
        titles={"mid": "Territory Sales Representative, Medical Devices",
                "senior": "Senior Territory Manager, Surgical Devices"},
        summary=["Grow sales of our surgical devices in hospitals across your territory."],
        duties=["Sell to surgeons, theatre managers and procurement", "Support cases in theatre",
                "Run tenders with hospital buyers"],
        required=["Medical or surgical background, or {years}+ years in medical sales", "Driving licence"],
        nice=["Theatre experience"]),
    "pharma-rep": dict(
        titles={"mid": "Pharmaceutical Sales Representative"},
        summary=["Present our hospital medicines to doctors and pharmacists."],
        duties=["Visit doctors and pharmacists", "Run hospital meetings", "Hit sales targets"],
        required=["Health sciences degree or healthcare background", "Driving licence"],
        nice=["Hospital experience"]),
    "theatre-nurse": dict(
        titles={"mid": "Scrub Nurse, Operating Theatre"},
        summary=["Join the operating theatre team of our hospital as a scrub and circulating nurse."],
        duties=["Scrub for orthopaedic and general surgery", "Prepare instruments", "Care for patients in theatre"],
        required=["Registered nurse (colegiada)", "{years}+ years of theatre experience"],
        nice=["Trauma and orthopaedics"]),
    "beverage-sales-rep": dict(
        titles={"mid": "Sales Representative (Beverages)"},
        summary=["Sell our drinks to bars, restaurants and shops in your area."],
        duties=["Visit bars and shops", "Take orders", "Run promotions"],
        required=["Sales experience", "Driving licence"],
        nice=["Hospitality contacts"]),
    "implant-design-engineer": dict(
        titles={"mid": "Orthopaedic Implant Design Engineer"},
        summary=["Design the next generation of our knee and hip implants."],
        duties=["Design implants in CAD", "Run bench testing", "Write design history files"],
        required=["Degree in mechanical or biomedical engineering", "SolidWorks"],
        nice=["ISO 13485"]),
    # ------------------------------------------------------- managing director (Lyon)
    "sme-managing-director": dict(
        titles={"senior": "Deputy Managing Director", "lead": "Managing Director (CEO)"},
        summary=["Lead our family-owned industrial company (250 people) as its managing director, reporting to "
                 "the board.", "The shareholders of our mid-sized manufacturer are looking for a managing "
                 "director to lead the next stage of growth."],
        duties=["Set and deliver the strategy with the board", "Lead the executive team: sales, operations, "
                "finance and HR", "Own the P&L and the budget", "Lead key customer and bank relationships",
                "Drive export growth and acquisitions", "Represent the company with social partners"],
        required=["{years}+ years in general management of an industrial company", "P&L ownership",
                  "Fluent French and English"],
        nice=["Family business experience", "International sales", "Lean manufacturing", "Engineering degree"]),
    "country-manager": dict(
        titles={"lead": "Country Manager France"},
        summary=["Open and lead the French business of our industrial automation company."],
        duties=["Build the French team", "Own French revenue", "Sign key accounts"],
        required=["{years}+ years leading a business or sales organisation", "Fluent French and English"],
        nice=["Industrial B2B experience"]),
    "plant-director": dict(
        titles={"senior": "Plant Director"},
        summary=["Run our automotive parts plant of 400 people."],
        duties=["Lead production, quality and maintenance", "Hit cost and safety targets", "Lead lean programmes"],
        required=["{years}+ years in plant management", "Automotive experience"],
        nice=["Lean Six Sigma"]),
    "ib-managing-director": dict(
        titles={"lead": "Managing Director, M&A Advisory"},
        summary=["Lead mid-market M&A deals for our investment bank's Lyon office."],
        duties=["Originate and run M&A mandates", "Lead deal teams", "Build client relationships"],
        required=["{years}+ years in M&A advisory", "Track record of closed deals"],
        nice=["Industrial sector coverage"]),
    "hotel-general-manager": dict(
        titles={"lead": "Hotel General Manager"},
        summary=["Lead our four-star hotel in the heart of the city."],
        duties=["Run all hotel departments", "Own the hotel P&L", "Lead guest satisfaction"],
        required=["{years}+ years in hotel management"],
        nice=["Luxury hotel experience"]),
}
_clash = set(_NEW) & set(ARCHETYPES)
assert not _clash, f"fresh6 would overwrite earlier archetypes: {sorted(_clash)}"
ARCHETYPES.update(_NEW)

PLACES.update({
    "Melbourne": ("Melbourne", "VIC", "AU", "AUD"), "Sydney": ("Sydney", "NSW", "AU", "AUD"),
    "Perth": ("Perth", "WA", "AU", "AUD"), "Adelaide": ("Adelaide", "SA", "AU", "AUD"),
    "Kalgoorlie": ("Kalgoorlie", "WA", "AU", "AUD"),
    "Auckland": ("Auckland", "Auckland", "NZ", "NZD"), "Christchurch": ("Christchurch", "Canterbury", "NZ", "NZD"),
    "Galway": ("Galway", "Connacht", "IE", "EUR"),
    "Memphis": ("Memphis", "TN", "US", "USD"), "Little Rock": ("Little Rock", "AR", "US", "USD"),
    "Des Moines": ("Des Moines", "IA", "US", "USD"), "Cedar Rapids": ("Cedar Rapids", "IA", "US", "USD"),
    "Singapore": ("Singapore", "Singapore", "SG", "SGD"), "Hong Kong": ("Hong Kong", "Hong Kong", "HK", "HKD"),
    "Barcelona": ("Barcelona", "Catalonia", "ES", "EUR"), "Madrid": ("Madrid", "Madrid", "ES", "EUR"),
    "Valencia": ("Valencia", "Valencian Community", "ES", "EUR"),
})
REMOTE.update({
    "remote-au": ("Remote - Australia", ["AU"], "AUD"), "remote-es": ("Remote - Spain", ["ES"], "EUR"),
    "remote-fr": ("Remote - France", ["FR"], "EUR"),
    "remote-apac": ("Remote - Asia Pacific", ["SG", "AU", "NZ", "MY", "HK"], "SGD"),
})

# What suits each person (grading.py's rules read these). A changer's family
# is their aim: the job they are leaving is 1.
FAMILY.update({
    "restaurant-gm": {"restaurant-gm": 3, "venue-manager": 2, "hotel-fb-manager": 2, "head-chef": 1,
                      "hotel-general-manager": 1},
    "driver-to-dispatcher": {"truck-dispatcher": 3, "fleet-coordinator": 3, "load-planner": 2, "cdl-driver": 1,
                             "service-dispatcher": 1},
    "construction-site-manager": {"site-manager": 3, "residential-construction-pm": 2, "carpentry-foreman": 1,
                                  "graduate-site-engineer": 1},
    "slt-returner": {"slt": 3, "aac-specialist": 2, "audiologist": 1, "slt-assistant": 1},
    "public-admin-graduate": {"gov-management-analyst": 3, "gov-budget-analyst": 3, "federal-program-analyst": 2,
                              "grants-coordinator": 2, "deputy-city-clerk": 1, "city-administrator": 1},
    "auditor-to-esg": {"esg-reporting-analyst": 3, "esg-investment-analyst": 2, "sustainability-assurance": 1,
                       "audit-senior": 1},
    "graduate-copywriter": {"agency-copywriter": 3, "seo-content-writer": 2, "software-technical-writer": 1},
    "hydrogeologist": {"hydrogeologist": 3, "surface-water-hydrologist": 2, "environmental-consultant": 2,
                       "exploration-geologist": 1},
    "nurse-to-device-sales": {"clinical-specialist-devices": 3, "device-sales-rep": 3, "pharma-rep": 2,
                              "theatre-nurse": 1},
    "managing-director": {"sme-managing-director": 3, "country-manager": 2, "plant-director": 1},
})
NEAR_MISS_KINDS.update({
    ("restaurant-gm", "depot-general-manager"): "right-word-wrong-field",
    ("driver-to-dispatcher", "cdl-driver"): "history-not-target",
    ("driver-to-dispatcher", "emergency-dispatcher"): "right-word-wrong-field",
    ("construction-site-manager", "site-reliability-engineer"): "right-word-wrong-field",
    ("construction-site-manager", "dc-site-manager"): "right-word-wrong-field",
    ("construction-site-manager", "graduate-site-engineer"): "right-field-wrong-level",
    ("slt-returner", "slt-assistant"): "right-field-wrong-level",
    ("slt-returner", "speech-recognition-engineer"): "right-word-wrong-field",
    ("public-admin-graduate", "public-adjuster"): "right-word-wrong-field",
    ("public-admin-graduate", "city-administrator"): "right-field-wrong-level",
    ("auditor-to-esg", "audit-senior"): "history-not-target",
    ("auditor-to-esg", "energy-auditor"): "right-word-wrong-field",
    ("graduate-copywriter", "copyright-paralegal"): "right-word-wrong-field",
    ("hydrogeologist", "hydraulic-services-engineer"): "right-word-wrong-field",
    ("hydrogeologist", "hydroponics-technician"): "right-word-wrong-field",
    ("nurse-to-device-sales", "theatre-nurse"): "history-not-target",
    ("nurse-to-device-sales", "beverage-sales-rep"): "right-word-wrong-field",
    ("nurse-to-device-sales", "implant-design-engineer"): "right-word-wrong-field",
    ("managing-director", "ib-managing-director"): "right-word-wrong-field",
    ("managing-director", "hotel-general-manager"): "right-word-wrong-field",
})


# Each person's prefs also hold the saved search they would add, as people
# state it (`search` in NAME.preferences.json, keyed by `discover search
# add`'s options). The grades do not read it. The résumés differ on purpose
# in how complete and how well written they are.
PROFILES = {
    "restaurant-gm": dict(
        set="fresh6", city="Melbourne", level="senior",
        prefs=dict(target_salary_min=95000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Restaurant General Manager", "Venue Manager", "Restaurant Manager"],
                               location=["Melbourne, VIC", "Geelong, VIC"], level=["senior", "head"],
                               **{"salary-min": 95000})),
        resume=_with(resume(
            "Daniel Kowalczyk", "Restaurant General Manager", "daniel.kowalczyk@example.com",
            "Restaurant general manager with fourteen years in Melbourne hospitality, the last six running "
            "high-volume venues of 250+ covers. I run the floor, the rosters and the P&L: at Lygon Street Trattoria "
            "I took wages from 36% to 29% of revenue while lifting Google reviews from 4.1 to 4.6. I want to "
            "stay hands-on as the GM of a busy restaurant, or a group of them, in Melbourne (or Geelong).",
            "Melbourne", "VIC", "AU",
            [work("Lygon Street Trattoria", "General Manager", "2020-08", None, "260 covers, 45 staff, $6.5m revenue.",
                  ["Own the P&L, wages and cost of goods", "Rebuilt the rostering in Deputy; wages 36% to 29%",
                   "Recruited and trained a new front-of-house leadership team",
                   "Ran the venue through two menu relaunches with the head chef"],
                  ["P&L", "Rostering", "Team Leadership", "Guest Experience"]),
             work("Southgate Grill", "Assistant General Manager", "2016-03", "2020-07", "", [
                 "Ran service on the floor five nights a week", "Owned stock takes and supplier orders"], []),
             work("Chapel Street Bistro", "Restaurant Supervisor", "2012-01", "2016-02", "", [], [])],
            [dict(name="Operations", level="Expert", keywords=["P&L", "Wage Control", "COGS", "Rostering",
                                                               "Food Safety", "RSA"]),
             dict(name="Systems", level="Advanced", keywords=["Deputy", "Lightspeed POS", "OpenTable", "Excel"])],
            certificates=[dict(name="RSA (Victoria)"), dict(name="Food Safety Supervisor")]),
            education=[dict(institution="William Angliss Institute", area="Hospitality Management",
                            studyType="Diploma", endDate="2013-11")])),
    "driver-to-dispatcher": dict(
        set="fresh6", city="Memphis", level="entry",
        prefs=dict(target_salary_min=50000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Truck Dispatcher", "Dispatcher", "Fleet Coordinator"],
                               location=["Memphis, TN", "Southaven, MS", "Remote (US)"],
                               **{"work-type": ["onsite", "remote"], "salary-min": 50000})),
        resume=_older(resume(
            "Marcus Bell", "CDL-A Truck Driver", "marcus.bell@example.com",
            "CDL-A driver, 11 yrs OTR and regional, clean MVR, no accidents. Back says its time to come off the "
            "road. Looking for dispatcher or fleet coordinator work, Memphis area or remote. I know lanes, HOS, "
            "ELDs and what drivers need from dispatch.",
            "Memphis", "TN", "US",
            [work("Mid-America Dry Van", "Company Driver (Regional)", "2019-02", None, "",
                  ["regional dry van, TN/MS/AR/AL", "1.1M safe miles", "helped train 6 new drivers"], []),
             work("Coast to Coast Reefer", "OTR Driver", "2015-05", "2019-01", "", ["48 states reefer"], [])],
            [dict(name="Skills", keywords=["CDL-A", "Hours of Service", "ELD", "Route planning", "Reefer",
                                           "Customer service"])],
            certificates=[dict(name="CDL Class A (Tanker, Doubles/Triples)")]),
            "https://www.linkedin.com/in/marcus-bell-cdl")),
    "construction-site-manager": dict(
        set="fresh6", city="Auckland", level="senior",
        prefs=dict(target_salary_min=130000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Site Manager", "Senior Site Manager", "Construction Manager"],
                               location=["Auckland"], level=["senior"], **{"work-type": ["onsite"]})),
        resume=_with(resume(
            "Hemi Walker", "Senior Site Manager", "hemi.walker@example.com", "",
            "Auckland", "Auckland", "NZ",
            [work("Tāmaki Build Group", "Senior Site Manager", "2019-04", None, "",
                  ["6-storey apartments, $48m", "Medium density terraces x 3 ($12-20m)", "Zero lost time injuries "
                   "2023-2025"], []),
             work("Tāmaki Build Group", "Site Manager", "2014-02", "2019-03", "", [], []),
             work("North Shore Homes", "Carpenter / Foreman", "2006-01", "2014-01", "", [], [])],
            [dict(name="Site", keywords=["Programming", "Subcontractor management", "Site Safe", "Quality "
                                         "inspections", "Council sign-off", "Procore"])],
            certificates=[dict(name="LBP Carpentry"), dict(name="Site Safe Passport (Gold)")]),
            education=None)),
    "slt-returner": dict(
        set="fresh6", city="Galway", level="mid",
        prefs=dict(target_salary_min=50000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Speech and Language Therapist", "SLT"],
                               location=["Galway", "Co. Galway", "Remote (Ireland)"])),
        resume=_with(resume(
            "Siobhán Ní Bhriain", "Speech and Language Therapist", "siobhan.nibhriain@example.com",
            "Speech and language therapist returning to work after four years caring full-time for my father. "
            "Before that I spent seven years in community and disability services in Galway, mostly with "
            "pre-school and school-age children (language disorder, speech sound disorder, autism) and some adult "
            "dysphagia. I kept my CORU registration, completed the IASLT return-to-practice CPD in 2026 and "
            "refreshed my dysphagia competencies. I'm looking for a staff grade (or senior) SLT post in Galway city or "
            "county, "
            "and would consider telehealth work in Ireland.",
            "Galway", "Connacht", "IE",
            [work("Career break", "Full-time carer", "2022-06", "2026-08", "Caring for my father after his stroke.",
                  ["Kept up CPD: IASLT webinars and the 2026 return-to-practice programme"], []),
             work("Corrib Disability Services", "Speech and Language Therapist", "2017-09", "2022-05",
                  "Children's disability network team.",
                  ["Caseload of 45 children with complex needs", "Ran Hanen parent programmes",
                   "Set up Lámh and low-tech AAC in three special schools"],
                  ["Paediatrics", "AAC", "Hanen"]),
             work("Western Community Health", "Speech and Language Therapist", "2015-07", "2017-08",
                  "Primary care, children and adults.", ["Adult dysphagia clinics in two nursing homes"],
                  ["Dysphagia"])],
            [dict(name="Clinical", level="Advanced", keywords=["Language disorder", "Speech sound disorder",
                                                               "Autism", "Dysphagia", "AAC", "Lámh"]),
             dict(name="Programmes", level="Advanced", keywords=["Hanen It Takes Two to Talk", "Parent training"])],
            languages=[dict(language="English", fluency="Native"), dict(language="Irish", fluency="Fluent")],
            certificates=[dict(name="CORU registered Speech and Language Therapist"),
                          dict(name="IASLT Return to Practice CPD (2026)")]),
            education=[dict(institution="University of Galway", area="Speech and Language Therapy",
                            studyType="BSc", endDate="2015-06")])),
    "public-admin-graduate": dict(
        set="fresh6", city="Des Moines", level="entry",
        prefs=dict(target_salary_min=48000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Management Analyst", "Budget Analyst", "Policy Analyst"],
                               location=["Des Moines, IA", "Ames, IA"], level=["entry-level"],
                               **{"work-type": ["hybrid", "onsite"]})),
        resume=_with(resume(
            "Kayla Johnson", "Master of Public Administration, 2026", "kayla.johnson@example.com",
            "New MPA graduate looking for my first full-time job in local or state government, as a management "
            "or budget analyst. In my capstone I analysed response times for a county ambulance service and my "
            "recommendations went to the board of supervisors. I like turning messy data into a clear memo. "
            "Based in Des Moines.",
            "Des Moines", "IA", "US",
            [work("Polk Valley County Manager's Office", "Graduate Intern", "2025-06", "2025-12", "",
                  ["Built a Power BI dashboard of department performance measures",
                   "Drafted two staff reports for the board of supervisors",
                   "Helped prepare the FY2027 budget book"], ["Power BI", "Budgeting"]),
             work("Drake University Library", "Student Assistant", "2022-09", "2024-05", "Part-time.", [], [])],
            [dict(name="Analysis", level="Intermediate", keywords=["Excel", "Power BI", "Stata", "Survey design",
                                                                   "Budget analysis"]),
             dict(name="Writing", level="Advanced", keywords=["Staff reports", "Policy memos"])]),
            education=[dict(institution="Drake University", area="Public Administration", studyType="MPA",
                            endDate="2026-05"),
                       dict(institution="Iowa State University", area="Political Science", studyType="BA",
                            endDate="2024-05")])),
    "auditor-to-esg": dict(
        set="fresh6", city="Singapore", level="mid",
        prefs=dict(target_salary_min=72000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["ESG Analyst", "Sustainability Reporting", "Sustainability Analyst"],
                               location=["Singapore", "Remote (APAC)"], level=["mid", "senior"])),
        resume=_with(resume(
            "Wei Ling Tan", "Senior Associate, Audit & Assurance", "weiling.tan@example.com",
            "ACCA member with five years of external audit at a Big Four-style firm in Singapore, mostly SGX-listed "
            "real estate and shipping clients. For the last two years I have led the audit team's work on clients' "
            "climate disclosures and helped on two limited-assurance engagements over GHG data, and I completed "
            "the GHG Protocol corporate standard course and the ISSB FSA Level I. I want to leave audit and move "
            "in-house into sustainability reporting: an ESG reporting analyst role in Singapore.",
            "Singapore", "Singapore", "SG",
            [work("Clarke Lim & Partners", "Senior Associate, Audit & Assurance", "2023-07", None, "",
                  ["Lead audit fieldwork for SGX-listed REITs and shipping groups",
                   "Reviewed climate-related disclosures against TCFD for six clients",
                   "Supported two limited assurance engagements over scope 1 and 2 data (ISAE 3410)"],
                  ["External Audit", "SFRS(I)", "TCFD", "ISAE 3410"]),
             work("Clarke Lim & Partners", "Associate, Audit & Assurance", "2021-08", "2023-06", "",
                  ["Audit fieldwork for property and logistics clients"], [])],
            [dict(name="Reporting", level="Advanced", keywords=["SFRS(I)", "TCFD", "GRI", "ISSB S1/S2",
                                                                "GHG Protocol"]),
             dict(name="Tools", level="Advanced", keywords=["Excel", "Power Query", "CaseWare"])],
            languages=[dict(language="English", fluency="Native"), dict(language="Mandarin", fluency="Fluent")],
            certificates=[dict(name="ACCA"), dict(name="IFRS Sustainability (FSA) Level I"),
                          dict(name="GHG Protocol Corporate Standard course")]),
            education=[dict(institution="Singapore Management University", area="Accountancy",
                            studyType="BAcc", endDate="2021-06")])),
    "graduate-copywriter": dict(
        set="fresh6", city="Barcelona", level="entry",
        prefs=dict(target_salary_min=24000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Junior Copywriter", "Copywriter", "Content Writer"],
                               location=["Barcelona", "Remote, EU"], level=["junior"],
                               **{"work-type": ["hybrid", "remote", "onsite"]})),
        resume=_with(resume(
            "Lucía Ferrer", "Junior Copywriter", "lucia.ferrer@example.com",
            "English Studies graduate (UB, 2026), bilingual English/Spanish and native Catalan, grew up between "
            "Bristol and Barcelona. I want to write ads for a living: my portfolio has spec campaigns, the social "
            "copy I wrote during my internship and a D&AD New Blood shortlist. Looking for my first copywriting "
            "job in Barcelona or remote in the EU.",
            "Barcelona", "Catalonia", "ES",
            [work("Estudi Raval", "Copywriting Intern", "2025-09", "2026-02", "Branding and social agency.",
                  ["Wrote English social copy for two hotel and one fashion client",
                   "Adapted Spanish campaigns into English", "Pitched headline routes in two new-business pitches"],
                  ["Copywriting", "Social media"]),
             work("Freelance", "Translator (Spanish/Catalan to English)", "2024-01", None, "Part-time.",
                  ["Menus, websites and tourist guides"], [])],
            [dict(name="Writing", level="Intermediate", keywords=["Copywriting", "Headlines", "Social copy",
                                                                  "Tone of voice", "Transcreation"]),
             dict(name="Tools", level="Beginner", keywords=["Figma", "Canva", "WordPress"])],
            languages=[dict(language="English", fluency="Native"), dict(language="Spanish", fluency="Native"),
                       dict(language="Catalan", fluency="Native")]),
            education=[dict(institution="Universitat de Barcelona", area="English Studies", studyType="BA",
                            endDate="2026-06")])),
    "hydrogeologist": dict(
        set="fresh6", city="Perth", level="mid",
        prefs=dict(target_salary_min=110000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Hydrogeologist", "Groundwater"],
                               location=["Perth, WA", "Remote (Australia)"], level=["mid-level", "senior"])),
        resume=resume(
            "Priya Raman", "Hydrogeologist", "priya.raman@example.com",
            "Hydrogeologist, 6 years in WA consulting: mine dewatering and water supply for Pilbara iron ore, "
            "H3 licensing reports, MODFLOW-USG and FEFLOW models. Perth based, happy to do field swings but not "
            "FIFO full-time.",
            "Perth", "WA", "AU",
            [work("Swanbourne Groundwater Consulting", "Hydrogeologist", "2020-02", None, "",
                  ["Dewatering models and bore field design for three Pilbara mines", "Supervised drilling and "
                   "pumping tests", "Wrote H3 reports for DWER licensing"],
                  ["MODFLOW", "FEFLOW", "AQTESOLV", "Python"]),
             work("Swanbourne Groundwater Consulting", "Graduate Hydrogeologist", "2019-02", "2020-01", "", [], [])],
            [dict(name="Hydrogeology", level="Advanced", keywords=["Groundwater modelling", "Mine dewatering",
                                                                   "Pumping tests", "Water licensing"]),
             dict(name="Software", level="Advanced", keywords=["MODFLOW-USG", "FEFLOW", "Leapfrog", "Python",
                                                               "QGIS"])],
            certificates=[dict(name="MSc Hydrogeology, Curtin University")])),
    "nurse-to-device-sales": dict(
        set="fresh6", city="Madrid", level="mid",
        prefs=dict(target_salary_min=40000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Clinical Specialist", "Product Specialist", "Medical Device Sales"],
                               location=["Madrid", "Remote (Spain)"], level=["mid", "senior"])),
        resume=_with(resume(
            "Marta Jiménez Ruiz", "Enfermera de quirófano (Theatre Nurse)", "marta.jimenez@example.com",
            "Theatre nurse for ten years, eight of them in trauma and orthopaedics at a large Madrid hospital: "
            "hips, knees, spines, fracture fixation. I already work side by side with the implant companies' "
            "clinical specialists and I train new scrub nurses on the kits. I want to move to the industry side, "
            "as a clinical specialist or sales rep for orthopaedic devices in Madrid. I don't want to keep working "
            "as a nurse.",
            "Madrid", "Madrid", "ES",
            [work("Hospital Universitario Sierra Norte", "Enfermera instrumentista (Scrub Nurse), Trauma y "
                  "Ortopedia", "2018-03", None, "",
                  ["Scrub and circulate for 600+ orthopaedic and trauma cases a year",
                   "Train new scrub nurses on implant systems and instrument sets",
                   "Liaise with device company reps on loan kits"], ["Orthopaedics", "Trauma", "Sterile field"]),
             work("Clínica Castellana", "Enfermera de quirófano", "2016-01", "2018-02", "", [], [])],
            [dict(name="Clinical", level="Expert", keywords=["Orthopaedic surgery", "Trauma", "Spine",
                                                             "Instrumentation", "Sterile technique"]),
             dict(name="Other", level="Intermediate", keywords=["Training", "Excel"])],
            languages=[dict(language="Spanish", fluency="Native"), dict(language="English", fluency="Good (B2)")],
            certificates=[dict(name="Colegio Oficial de Enfermería de Madrid")]),
            education=[dict(institution="Universidad Complutense de Madrid", area="Nursing", studyType="Grado",
                            endDate="2015-06"),
                       dict(institution="Universidad Europea", area="Surgical Nursing", studyType="Máster",
                            endDate="2017-06")])),
    "managing-director": dict(
        set="fresh6", city="Lyon", level="lead",
        prefs=dict(target_salary_min=180000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Managing Director", "CEO", "Directeur Général"],
                               location=["Lyon", "Remote (France)"], level=["executive"])),
        resume=_with(resume(
            "Isabelle Marchand", "Directrice Générale / Managing Director", "isabelle.marchand@example.com",
            "Managing director of a 320-person industrial valve maker near Lyon for the past seven years, "
            "reporting to a family board. I grew revenue from €48m to €81m, half of it from export, led two "
            "acquisitions and a lean transformation of both plants. Before that, general manager of a business "
            "unit at a listed engineering group. Looking for my next managing director or CEO role at an "
            "industrial company in the Lyon area.",
            "Lyon", "Auvergne-Rhône-Alpes", "FR",
            [work("Vannes Bertrand SAS", "Directrice Générale", "2019-09", None, "Industrial valves, 320 people.",
                  ["Revenue €48m to €81m; EBITDA margin 9% to 14%", "Led two acquisitions (Italy, Poland)",
                   "Lean transformation of two plants with the unions"], ["General Management", "M&A", "Export"]),
             work("Groupe Rhodanien d'Ingénierie", "General Manager, Fluid Control BU", "2013-01", "2019-08", "",
                  ["P&L of €60m", "Opened sales offices in Germany and Spain"], []),
             work("Groupe Rhodanien d'Ingénierie", "Sales Director, Export", "2008-04", "2012-12", "", [], [])],
            [dict(name="Leadership", level="Expert", keywords=["General Management", "P&L", "M&A", "Board Relations",
                                                               "Lean", "Export Growth"])],
            languages=[dict(language="French", fluency="Native"), dict(language="English", fluency="Fluent"),
                       dict(language="German", fluency="Good")]),
            education=[dict(institution="École Centrale de Lyon", area="Engineering",
                            studyType="Diplôme d'ingénieur",
                            endDate="2001-06"),
                       dict(institution="emlyon business school", area="Executive MBA", studyType="MBA",
                            endDate="2012-06")])),
}
# A site manager's CV is often a bare list of jobs and projects, with no summary at all.
del PROFILES["construction-site-manager"]["resume"]["basics"]["summary"]

# (kind, level, company, place, workplace, salary_min, salary_max) in thousands, None = not stated; the ids
# (f6-001, ...) follow this order. Each person's block holds fits, neighbours and near misses.
_ROWS = [
    # restaurant-gm (Melbourne, senior, on-site, >= A$95k)
    ("restaurant-gm", "senior", "Southbank Dining Group", "Melbourne", "onsite", 100, 115),
    ("restaurant-gm", "senior", "Fitzroy Wine Bar & Kitchen", "Melbourne", "onsite", None, None),
    ("restaurant-gm", "lead", "Laneway Hospitality Group", "Melbourne", "hybrid", 130, 150),
    ("restaurant-gm", "senior", "Harbour Kitchen Co", "Sydney", "onsite", 105, 120),
    ("restaurant-gm", "senior", "Chapel Street Bistro", "Melbourne", "onsite", 75, 85),
    ("restaurant-gm", "mid", "Southbank Dining Group", "Melbourne", "onsite", None, None),
    ("restaurant-gm", "entry", "Collins Quarter Cafe", "Melbourne", "onsite", 55, 60),
    ("venue-manager", "senior", "Docklands Events Centre", "Melbourne", "onsite", 95, 110),
    ("hotel-fb-manager", "senior", "Flinders Lane Hotel", "Melbourne", "onsite", 100, 115),
    ("head-chef", "senior", "Southbank Dining Group", "Melbourne", "onsite", 95, 105),
    ("depot-general-manager", "lead", "Westgate Freight", "Melbourne", "onsite", 150, 170),
    # driver-to-dispatcher (Memphis, entry: the job he is after, on-site, >= $50k)
    ("truck-dispatcher", "entry", "Mid-South Freight Lines", "Memphis", "onsite", 45, 52),
    ("truck-dispatcher", "mid", "Riverbend Carriers", "Memphis", "onsite", None, None),
    ("truck-dispatcher", "mid", "Delta Reefer Transport", "remote-us", "remote", 50, 60),
    ("fleet-coordinator", "mid", "Bluff City Distribution", "Memphis", "onsite", 48, 55),
    ("truck-dispatcher", "mid", "Ozark Haulers", "Little Rock", "onsite", 50, 58),
    ("truck-dispatcher", "entry", "Cheap Lanes Logistics", "Memphis", "onsite", 34, 40),
    ("truck-dispatcher", "lead", "Mid-South Freight Lines", "Memphis", "onsite", 70, 85),
    ("truck-dispatcher", "mid", "Great White North Freight", "remote-ca", "remote", None, None),
    ("cdl-driver", "mid", "Mid-South Freight Lines", "Memphis", "onsite", 70, 85),
    ("emergency-dispatcher", "mid", "Shelby Plains Emergency Communications", "Memphis", "onsite", 42, 50),
    ("service-dispatcher", "entry", "Cool Breeze Heating & Air", "Memphis", "onsite", 38, 44),
    ("load-planner", "entry", "Graceland Grocers Distribution", "Memphis", "onsite", 48, 54),
    # construction-site-manager (Auckland, senior, on-site, >= NZ$130k)
    ("site-manager", "senior", "Waitematā Construction", "Auckland", "onsite", 130, 150),
    ("site-manager", "senior", "Manukau Builders", "Auckland", "onsite", None, None),
    ("site-manager", "lead", "Harbour Bridge Contracting", "Auckland", "onsite", 160, 185),
    ("site-manager", "senior", "Southern Alps Construction", "Christchurch", "onsite", 130, 145),
    ("site-manager", "senior", "Budget Homes NZ", "Auckland", "onsite", 95, 110),
    ("site-manager", "mid", "Waitematā Construction", "Auckland", "onsite", None, None),
    ("site-manager", "entry", "Manukau Builders", "Auckland", "onsite", 75, 85),
    ("residential-construction-pm", "senior", "Tāmaki Property Developments", "Auckland", "hybrid", 140, 160),
    ("carpentry-foreman", "mid", "Ponsonby Carpentry", "Auckland", "onsite", 85, 95),
    ("site-reliability-engineer", "senior", "Kauri Cloud", "Auckland", "hybrid", 150, 170),
    ("dc-site-manager", "senior", "Kiwi Freight Hub", "Auckland", "onsite", 120, 135),
    ("graduate-site-engineer", "entry", "Harbour Bridge Contracting", "Auckland", "onsite", 65, 72),
    # slt-returner (Galway, mid, on-site, >= €50k)
    ("slt", "mid", "Corrib Community Health Services", "Galway", "onsite", 48, 62),
    ("slt", "mid", "Corrib Children's Disability Network", "Galway", "onsite", None, None),
    ("slt", "senior", "Western Regional Hospital", "Galway", "onsite", 62, 75),
    ("slt", "mid", "Shannon Community Therapy", "Limerick", "onsite", 48, 62),
    ("slt", "mid", "Speakeasy Telehealth Ireland", "remote-ie", "remote", 50, 58),
    ("slt", "mid", "ClearVoice Online Therapy", "remote-uk", "remote", 45, 55),
    ("slt", "mid", "Salthill Private Clinic", "Galway", "onsite", 38, 44),
    ("slt", "lead", "Western Regional Hospital", "Galway", "onsite", 78, 90),
    ("slt-assistant", "entry", "Corrib Community Health Services", "Galway", "onsite", 30, 35),
    ("audiologist", "mid", "Eyre Square Hearing", "Galway", "onsite", 45, 55),
    ("speech-recognition-engineer", "mid", "Claddagh AI", "Galway", "hybrid", 70, 90),
    ("aac-specialist", "mid", "Enable West", "Galway", "hybrid", 50, 58),
    # public-admin-graduate (Des Moines, entry, hybrid, >= $48k)
    ("gov-management-analyst", "entry", "Central Iowa Regional Authority", "Des Moines", "hybrid", 50, 58),
    ("gov-budget-analyst", "entry", "Raccoon River County", "Des Moines", "hybrid", None, None),
    ("gov-management-analyst", "mid", "Central Iowa Regional Authority", "Des Moines", "hybrid", 58, 66),
    ("gov-budget-analyst", "entry", "Linn River Water Authority", "Cedar Rapids", "hybrid", 50, 56),
    ("gov-management-analyst", "entry", "Prairie Township Services", "Des Moines", "onsite", 49, 55),
    ("gov-management-analyst", "entry", "Small Towns of Iowa League", "Des Moines", "hybrid", 36, 42),
    ("gov-management-analyst", "senior", "Central Iowa Regional Authority", "Des Moines", "hybrid", 80, 92),
    ("federal-program-analyst", "mid", "Federal Rural Programs Office", "remote-us", "remote", 60, 72),
    ("grants-coordinator", "entry", "Riverfront Community Foundation", "Des Moines", "hybrid", 47, 52),
    ("deputy-city-clerk", "entry", "Raccoon River County", "Des Moines", "onsite", 44, 50),
    ("public-adjuster", "mid", "Heartland Claims Partners", "Des Moines", "onsite", 45, 70),
    ("city-administrator", "lead", "City of Norwalk Prairie", "Des Moines", "hybrid", 120, 140),
    # auditor-to-esg (Singapore, mid: the job she is after, hybrid, >= S$72k)
    ("esg-reporting-analyst", "mid", "Marina Bay Holdings", "Singapore", "hybrid", 75, 90),
    ("esg-reporting-analyst", "mid", "Straits Shipping Group", "Singapore", "hybrid", None, None),
    ("esg-reporting-analyst", "senior", "Lion City Property REIT", "Singapore", "hybrid", 95, 120),
    ("esg-reporting-analyst", "mid", "Asia Pacific Reporting Hub", "remote-apac", "remote", 80, 95),
    ("esg-reporting-analyst", "mid", "Thames Sustainability Partners", "remote-uk", "remote", None, None),
    ("esg-reporting-analyst", "mid", "Budget Green Consultancy", "Singapore", "hybrid", 45, 55),
    ("esg-reporting-analyst", "entry", "Marina Bay Holdings", "Singapore", "hybrid", None, None),
    ("esg-reporting-analyst", "lead", "Straits Shipping Group", "Singapore", "hybrid", 180, 220),
    ("esg-investment-analyst", "mid", "Raffles Place Asset Management", "Singapore", "hybrid", 80, 100),
    ("sustainability-assurance", "mid", "Tanjong Assurance Services", "Singapore", "hybrid", 70, 85),
    ("audit-senior", "mid", "Tanjong Assurance Services", "Singapore", "hybrid", 72, 86),
    ("energy-auditor", "mid", "Tropical Building Efficiency", "Singapore", "onsite", 55, 65),
    ("esg-reporting-analyst", "mid", "Victoria Harbour Holdings", "Hong Kong", "hybrid", None, None),
    # graduate-copywriter (Barcelona, entry, hybrid, >= €24k)
    ("agency-copywriter", "entry", "Poblenou Creative", "Barcelona", "hybrid", 24, 28),
    ("agency-copywriter", "entry", "Gràcia Brand Studio", "Barcelona", "hybrid", None, None),
    ("agency-copywriter", "entry", "Eurobrands Digital", "remote-eu", "remote", 26, 30),
    ("agency-copywriter", "mid", "Born Agency", "Barcelona", "hybrid", 30, 36),
    ("agency-copywriter", "senior", "Poblenou Creative", "Barcelona", "hybrid", 42, 50),
    ("agency-copywriter", "entry", "Malasaña Media", "Madrid", "hybrid", 24, 28),
    ("agency-copywriter", "entry", "Clerkenwell Copy Co", "remote-uk", "remote", 25, 28),
    ("agency-copywriter", "entry", "Barceloneta Startup Studio", "Barcelona", "onsite", 18, 20),
    ("agency-copywriter", "entry", "Eixample Agency", "Barcelona", "onsite", 24, 27),
    ("seo-content-writer", "entry", "Diagonal Travel", "Barcelona", "hybrid", 24, 27),
    ("copyright-paralegal", "mid", "Passeig Legal", "Barcelona", "onsite", 28, 32),
    ("software-technical-writer", "mid", "Sants Industrial Software", "Barcelona", "hybrid", 35, 42),
    # hydrogeologist (Perth, mid, hybrid, >= A$110k)
    ("hydrogeologist", "mid", "Swan River Water Consultants", "Perth", "hybrid", 110, 130),
    ("hydrogeologist", "senior", "Pilbara Water Solutions", "Perth", "hybrid", None, None),
    ("hydrogeologist", "mid", "Great Southern Groundwater", "remote-au", "remote", 115, 130),
    ("hydrogeologist", "mid", "Murray Basin Water Advisory", "Adelaide", "hybrid", 110, 125),
    ("hydrogeologist", "mid", "Coastal Plain Drilling", "Perth", "onsite", 120, 135),
    ("hydrogeologist", "entry", "Swan River Water Consultants", "Perth", "hybrid", 75, 85),
    ("hydrogeologist", "lead", "Pilbara Water Solutions", "Perth", "hybrid", 170, 200),
    ("surface-water-hydrologist", "mid", "Western Catchments Authority", "Perth", "hybrid", 105, 120),
    ("environmental-consultant", "mid", "Rottnest Environmental", "Perth", "hybrid", 100, 115),
    ("exploration-geologist", "mid", "Goldfields Exploration", "Kalgoorlie", "onsite", 130, 160),
    ("hydraulic-services-engineer", "mid", "Perth Building Services Engineers", "Perth", "hybrid", 110, 130),
    ("hydroponics-technician", "entry", "Fremantle Greens", "Perth", "onsite", 55, 60),
    # nurse-to-device-sales (Madrid, mid: the job she is after, hybrid, >= €40k)
    ("clinical-specialist-devices", "mid", "Iberia Orthopaedics", "Madrid", "hybrid", 42, 50),
    ("clinical-specialist-devices", "mid", "Castellana MedTech", "Madrid", "hybrid", None, None),
    ("device-sales-rep", "mid", "Meseta Surgical", "remote-es", "remote", 40, 55),
    ("device-sales-rep", "senior", "Meseta Surgical", "Madrid", "hybrid", 55, 70),
    ("clinical-specialist-devices", "mid", "Levante Ortho", "Valencia", "hybrid", 42, 50),
    ("clinical-specialist-devices", "entry", "Castellana MedTech", "Madrid", "hybrid", 28, 34),
    ("clinical-specialist-devices", "lead", "Iberia Orthopaedics", "Madrid", "hybrid", 80, 95),
    ("device-sales-rep", "mid", "Atlantic Surgical", "remote-pt", "remote", 35, 45),
    ("pharma-rep", "mid", "Retiro Pharma", "Madrid", "hybrid", 38, 48),
    ("theatre-nurse", "mid", "Clínica Chamberí", "Madrid", "onsite", None, None),
    ("beverage-sales-rep", "mid", "Sierra Drinks Distribución", "Madrid", "hybrid", 30, 40),
    ("implant-design-engineer", "mid", "Iberia Orthopaedics", "Madrid", "hybrid", 45, 55),
    # managing-director (Lyon, lead, hybrid, >= €180k)
    ("sme-managing-director", "lead", "Rhône Valves SA", "Lyon", "hybrid", 190, 230),
    ("sme-managing-director", "lead", "Confluence Textiles", "Lyon", "hybrid", None, None),
    ("sme-managing-director", "lead", "Gerland Biotech Services", "remote-fr", "remote", 180, 210),
    ("sme-managing-director", "lead", "Saône Packaging Group", "Paris", "hybrid", 200, 240),
    ("sme-managing-director", "lead", "Petite Brasserie Lyonnaise", "Lyon", "onsite", 90, 110),
    ("sme-managing-director", "senior", "Rhône Valves SA", "Lyon", "hybrid", 130, 150),
    ("sme-managing-director", "lead", "Schwarzwald Outdoor", "remote-de", "remote", 190, 220),
    ("country-manager", "lead", "Nordic Automation Oy", "Lyon", "hybrid", 170, 200),
    ("plant-director", "senior", "Vénissieux Automotive Parts", "Lyon", "onsite", 120, 140),
    ("ib-managing-director", "lead", "Presqu'île Capital Partners", "Lyon", "hybrid", 300, 400),
    ("hotel-general-manager", "lead", "Hôtel des Célestins", "Lyon", "onsite", 90, 110),
    # a shared distractor: every person sees it, unrelated to all
    ("java-backend", "senior", "Kauri Cloud", "Auckland", "hybrid", 150, 170),
]
FRESH6 = [(f"f6-{number:03d}", *row) for number, row in enumerate(_ROWS, start=1)]
