#!/usr/bin/env python3
# The thirteenth set, "fresh11" (issue 19): ten kinds of people that no
# earlier set (dev, heldout, fresh, fresh2 … fresh10) has, in places the
# earlier sets did not use (Slovenia, Alberta's capital, the Scottish
# Highlands, KwaZulu-Natal, Estonia, Tyrol, Otago, Lithuania, Friuli-Venezia
# Giulia, Aragón), postings written for them, and the saved search each would
# add, written the way people state it. Graded by the same rules (grading.py)
# and written before any ranker ran on it.
#
# Provenance: written by an AI coding assistant working as a helper on this
# repository (December 2026), by hand, blind to the ranker: it read only
# README.md, tools/*.py and the rubric of docs/evaluation.md, not Sources/,
# docs/matching.md or any ranking output, and ran no ranker. No person has
# reviewed the grades. Every person and employer is fictional.
# generate.py writes it to fresh11/.
#
# Kinds, meant to look like the people who would really use a job-search tool:
#   junior-land-surveyor           stays in line, junior with two years, Ljubljana, Slovenian
#   audiologist                    stays in line, title with no level word, eight years, Edmonton
#   senior-loss-adjuster           stays in line, title says "Senior", Inverness
#   contact-centre-team-leader     stays in line, team lead, Durban, a résumé with no summary
#   bookkeeper-to-qa-tester        changer (label "Raamatupidaja"), aim written in Estonian, Tallinn
#   violinist-to-orchestra-manager changer (label "Orchestral Violinist"), aim written in English,
#                                  Innsbruck, no skills list
#   structural-engineer-returner   back after five years caring for her children, Dunedin
#   graduate-aircraft-mechanic     first job (aviation maintenance school), Kaunas, Lithuanian
#   port-ceo                       executive, Trieste, Italian
#   tower-crane-operator           a résumé of two jobs and a one-line summary, Zaragoza, Spanish,
#                                  no skills list
#
# Each person has about 12 postings: fits at their level and one above, the
# same job at a second employer in another city, at a level two away or one
# below, with pay under the floor, with no pay stated, where the job can be
# remote, remote in their country and remote open only to another (no pay, as
# the rules compare pay as numbers without converting currencies),
# neighbouring jobs, and tagged near misses (right word wrong field, right
# field wrong level, the changers' old jobs), plus the shared `java-backend`
# and `icu-nurse` distractors. Every other kind of job is new (none shares a
# key with an earlier set's archetypes, and no place key is redefined), and
# the one new remote region (South Africa) is added only to the tables, so
# regenerating leaves the other sets byte-identical.
#
# Where the rules and a careful person might differ (the rules were kept, so
# the set is scored like the others): the audiologist's title has no level
# word, but her eight years make her senior, so a plain "Audiologist" post
# (filed mid) is 2 for her; the contact-centre team leader is graded as senior
# and a "Contact Centre Operations Manager" post (lead, one above) is 3; the
# returner asks to come back as an intermediate (mid) engineer, so a senior
# post is 3 and a graduate post 2; the violinist's level is the orchestra
# manager job she is after (mid), so an Artistic Planning Coordinator post
# (entry) is 2 and her own orchestra's section-violin post is 1; the port
# CEO's Deputy CEO post is 2 (one below, no pay stated); a remote job in the
# person's country or region is never marked down, so a remote-UK post is 3
# for the loss adjuster who prefers hybrid; the searches name nearby places
# where no posting is placed.
import fresh10  # noqa: F401 (imports the earlier sets too: their places and remote regions this set reuses)
from archetypes import ARCHETYPES
from grading import FAMILY, NEAR_MISS_KINDS
from postings import PLACES, REMOTE
from profiles import resume, with_sections as _with, work


def _a(titles, summary, duties, required, nice):
    return dict(titles=titles, summary=summary, duties=duties, required=required, nice=nice)


_NEW = {
    # ------------------------------------------------------- land surveying (Ljubljana, junior)
    "land-surveyor-si": _a(
        {"entry": "Mlajši geodet (Junior Land Surveyor)", "mid": "Geodet (Land Surveyor)",
         "senior": "Višji geodet (Senior Land Surveyor)", "lead": "Vodja geodetske službe (Head of Surveying)"},
        ["Survey land, buildings and construction sites with GNSS and total stations.",
         "Naše geodetsko podjetje v Ljubljani izvaja katastrske, gradbene in inženirske meritve."],
        ["Carry out cadastral and topographic surveys with GNSS and a total station", "Set out buildings, roads "
         "and utilities on construction sites", "Process field data in AutoCAD Civil 3D and GIS", "Prepare "
         "elaborates for the Surveying and Mapping Authority (GURS)", "Survey as-built utilities", "Fly drone "
         "surveys and process point clouds"],
        ["{years}+ years in land surveying, or a degree in geodesy", "Driving licence B",
         "Good Slovenian"],
        ["Leica or Trimble instruments", "Civil 3D", "Drone (UAS) licence", "Point cloud software"]),
    "gis-technician-si": _a(
        {"mid": "GIS tehnik (GIS Technician)"},
        ["Keep our utility and cadastral GIS data accurate and up to date."],
        ["Digitise and edit spatial data", "Run QGIS and ArcGIS workflows", "Prepare maps"],
        ["{years}+ years with GIS"], ["Python", "Geodesy background"]),
    "hydrographic-surveyor-si": _a(
        {"entry": "Hidrografski geodet (Hydrographic Surveyor)"},
        ["Survey the seabed and the port basins of the Slovenian coast."],
        ["Run multibeam surveys from our boat", "Process bathymetry", "Report depths to the port"],
        ["A geodesy degree"], ["Boat licence"]),
    "property-valuer-si": _a(
        {"mid": "Cenilec nepremičnin (Property Valuer)"},
        ["Value homes and commercial property for banks."],
        ["Inspect properties", "Write valuation reports", "Check land registry data"],
        ["{years}+ years in valuation or surveying"], ["Certified valuer licence"]),
    "survey-instrument-sales-si": _a(
        {"mid": "Prodajni tehnik, geodetski instrumenti (Surveying Instruments Sales Technician)"},
        ["Sell and support GNSS receivers and total stations across Slovenia and Croatia."],
        ["Demonstrate instruments", "Train customers", "Meet sales targets"],
        ["Surveying knowledge"], ["Croatian"]),
    "survey-interviewer-si": _a(
        {"entry": "Anketar/ka (Survey Interviewer)"},
        ["Interview people by phone and face to face for our public opinion surveys."],
        ["Run telephone and street interviews", "Enter answers in our CATI system", "Meet daily quotas"],
        ["Good communication"], ["Student status"]),
    # ------------------------------------------------------- audiology (Edmonton, 8 years)
    "audiologist-ca": _a(
        {"entry": "Audiologist (New Graduate)", "mid": "Audiologist", "senior": "Senior Audiologist",
         "lead": "Clinical Lead, Audiology"},
        ["Assess hearing and balance and fit hearing aids for adults and children in our Edmonton clinic.",
         "Our hearing clinic is looking for an experienced, registered audiologist to join a team of five."],
        ["Carry out diagnostic hearing assessments for adults and children", "Fit and verify hearing aids with "
         "real-ear measurement", "Run vestibular and tinnitus assessments", "Counsel patients and families",
         "Supervise audiology assistants and students", "Keep records in our EMR"],
        ["Registration with the Alberta College of Speech-Language Pathologists and Audiologists (ACSLPA)",
         "A master's degree in audiology", "{years}+ years of clinical practice"],
        ["Paediatric audiology", "Cochlear implant mapping", "Vestibular testing", "French"]),
    "hearing-instrument-practitioner": _a(
        {"mid": "Hearing Instrument Practitioner"},
        ["Test hearing and sell hearing aids in our retail hearing centre."],
        ["Run hearing screenings", "Fit and sell hearing aids", "Meet sales targets"],
        ["Hearing Instrument Practitioner licence"], ["Retail experience"]),
    "audiology-assistant": _a(
        {"entry": "Audiology Assistant (Communicative Disorders Assistant)"},
        ["Support our audiologists with screenings, hearing aid repairs and clinic admin."],
        ["Run hearing screenings", "Clean and repair hearing aids", "Book patients"],
        ["CDA diploma or equivalent"], ["Clinic experience"]),
    "cochlear-clinical-specialist": _a(
        {"senior": "Clinical Specialist, Cochlear Implants (Western Canada)"},
        ["Support implant clinics across Western Canada for a hearing implant manufacturer."],
        ["Train clinic audiologists", "Attend surgeries and activations", "Troubleshoot devices"],
        ["{years}+ years as an audiologist"], ["Cochlear implant experience"]),
    "live-audio-engineer": _a(
        {"mid": "Audio Engineer (Live Sound)"},
        ["Mix live sound for concerts and events at our Edmonton venue."],
        ["Set up and mix front-of-house sound", "Maintain the PA system", "Work with touring crews"],
        ["{years}+ years mixing live sound"], ["DiGiCo or Yamaha consoles"]),
    "auditor-ab": _a(
        {"senior": "Audit Senior (Public Accounting)"},
        ["Lead audit engagements for our mid-market clients."],
        ["Plan and run audits", "Supervise staff accountants", "Review working papers"],
        ["CPA designation or candidate", "{years}+ years in audit"], ["CaseWare"]),
    # ------------------------------------------------------- loss adjusting (Inverness, senior)
    "loss-adjuster-uk": _a(
        {"entry": "Trainee Loss Adjuster", "mid": "Loss Adjuster", "senior": "Senior Loss Adjuster",
         "lead": "Principal Loss Adjuster, Major & Complex Loss"},
        ["Investigate and settle property insurance claims across the Highlands and Islands.",
         "Our loss adjusting practice handles domestic and commercial property claims for UK insurers."],
        ["Visit and assess flood, fire, escape-of-water and storm claims", "Investigate policy liability and "
         "cause of loss", "Set reserves and negotiate settlements", "Appoint and manage contractors and experts",
         "Write clear reports for insurers", "Handle a caseload of complex commercial claims"],
        ["{years}+ years in loss adjusting or claims", "Cert CII, working towards ACII or ACILA",
         "A full driving licence"],
        ["ACILA or FCILA", "Commercial and business interruption claims", "Building surveying knowledge",
         "Gaelic"]),
    "building-surveyor-insurance": _a(
        {"senior": "Senior Building Surveyor (Insurance Reinstatement)"},
        ["Scope and manage reinstatement works after insured losses."],
        ["Scope repairs", "Tender works to contractors", "Sign off completions"],
        ["MRICS or working towards"], ["Insurance repair experience"]),
    "claims-handler-uk": _a(
        {"entry": "Claims Handler (Home Insurance)"},
        ["Handle home insurance claims by phone from first notice to settlement."],
        ["Take first notice of loss calls", "Validate cover", "Settle small claims"],
        ["Customer service experience"], ["Cert CII"]),
    "commercial-underwriter-uk": _a(
        {"senior": "Senior Commercial Property Underwriter"},
        ["Underwrite commercial property risks for brokers across Scotland."],
        ["Assess and price risks", "Agree terms with brokers", "Review survey reports"],
        ["{years}+ years in underwriting"], ["ACII"]),
    "loss-prevention-officer": _a(
        {"mid": "Loss Prevention Officer (Store Detective)"},
        ["Reduce theft and shrinkage in our Inverness stores."],
        ["Patrol the store floor", "Detain shoplifters", "Review CCTV"],
        ["SIA licence"], ["Retail security experience"]),
    # ------------------------------------------------------- contact centre (Durban, team leader)
    "cc-team-leader-za": _a(
        {"mid": "Assistant Team Leader, Contact Centre", "senior": "Team Leader, Contact Centre",
         "lead": "Contact Centre Operations Manager"},
        ["Lead a team of 12 to 16 agents on an inbound customer service campaign.",
         "Our Durban contact centre serves UK and South African clients across insurance, retail and telecoms."],
        ["Coach agents one-to-one and on the floor", "Hit service levels, AHT and quality targets", "Run daily "
         "huddles and monthly reviews", "Handle escalated calls", "Manage attendance and absenteeism", "Work "
         "with workforce management on schedules"],
        ["{years}+ years in a contact centre, with team leader experience", "Matric", "Good English"],
        ["isiZulu", "UK campaign experience", "Genesys or Five9", "A frontline management certificate"]),
    "cc-agent-za": _a(
        {"entry": "Contact Centre Agent (Inbound)"},
        ["Answer customer calls and chats for our insurance client."],
        ["Answer calls and chats", "Log queries", "Meet targets"],
        ["Matric"], ["Contact centre experience"]),
    "wfm-analyst-za": _a(
        {"senior": "Senior Workforce Management Analyst"},
        ["Forecast volumes and build schedules for our contact centre."],
        ["Forecast call volumes", "Build schedules", "Run real-time management"],
        ["{years}+ years in WFM"], ["NICE or Verint"]),
    "cc-quality-assessor-za": _a(
        {"mid": "Quality Assessor, Contact Centre"},
        ["Listen to calls and score them against our quality framework."],
        ["Score calls", "Give feedback", "Run calibration"],
        ["Contact centre experience"], ["Coaching"]),
    "warehouse-team-leader-za": _a(
        {"senior": "Team Leader, Cold Chain Warehouse"},
        ["Lead the night shift in our cold storage warehouse at the port."],
        ["Lead pickers and drivers", "Check temperatures", "Run stock counts"],
        ["{years}+ years in warehousing"], ["Forklift licence"]),
    # ------------------------------------------------------- software testing (Tallinn, changer)
    "qa-tester-ee": _a(
        {"entry": "Junior QA Tester (Tarkvaratestija)", "mid": "QA Engineer (Tarkvaratestija)",
         "senior": "Senior QA Engineer", "lead": "QA Lead"},
        ["Test our web and mobile products before every release.",
         "Otsime tarkvaratestijat, kes aitab meie fintech-toodete kvaliteeti hoida."],
        ["Write and run manual test cases", "Report and retest bugs in Jira", "Test APIs with Postman",
         "Check data in the database with SQL", "Help automate regression tests", "Take part in sprint "
         "planning"],
        ["{years}+ years in software testing, or a testing course and a strong wish to learn",
         "Good English", "Attention to detail"],
        ["ISTQB Foundation", "SQL", "Playwright or Selenium", "Estonian"]),
    "uat-analyst-ee": _a(
        {"entry": "Business Analyst / UAT Tester (Finance Systems)"},
        ["Test and support the accounting and ERP systems our finance team uses."],
        ["Write UAT scenarios for finance processes", "Test ERP releases", "Train accountants on new "
         "features"],
        ["Accounting knowledge"], ["Merit Aktiva or Directo", "SQL"]),
    "bookkeeper-ee": _a(
        {"mid": "Raamatupidaja (Bookkeeper)"},
        ["Keep the books of our small business clients."],
        ["Post invoices", "Run payroll", "Prepare VAT returns"],
        ["{years}+ years in bookkeeping"], ["Merit Aktiva"]),
    "food-qa-ee": _a(
        {"mid": "Kvaliteedispetsialist (Quality Assurance Specialist, Food Production)"},
        ["Keep our dairy's HACCP and quality system running."],
        ["Run HACCP checks", "Audit the production line", "Handle customer complaints"],
        ["Food science background"], ["BRC or IFS"]),
    "materials-testing-technician-ee": _a(
        {"entry": "Laborant, materjalide testimine (Materials Testing Technician)"},
        ["Test concrete, soil and asphalt samples in our construction laboratory."],
        ["Test samples", "Record results", "Calibrate equipment"],
        ["Technical education"], ["Driving licence"]),
    # ------------------------------------------------------- orchestra management (Innsbruck, changer)
    "orchestra-manager-at": _a(
        {"entry": "Assistant Orchestra Manager (Orchesterassistenz)", "mid": "Orchestra Manager "
         "(Orchesterdisponent/in)", "senior": "Senior Orchestra Manager (Leitung Orchesterbüro)",
         "lead": "Orchesterdirektor/in (Director of Orchestra Management)"},
        ["Plan the orchestra's rehearsals, concerts and tours and look after its musicians.",
         "Unser Orchester in Innsbruck sucht eine/n Orchesterdisponent/in für Planung und Organisation."],
        ["Plan rehearsal and concert schedules and the musicians' duty rosters", "Book extra players and "
         "soloists' logistics", "Organise tours: travel, hotels, instrument transport", "Work with the artistic "
         "director and the stage crew", "Keep the orchestra's budget for extras and travel", "Be the musicians' "
         "first contact"],
        ["{years}+ years in orchestra management, or professional orchestral experience", "Very good German and "
         "English", "Organised and calm under pressure"],
        ["A music degree", "Collective agreement (Kollektivvertrag) knowledge", "Italian", "OPAS"]),
    "artistic-planning-at": _a(
        {"entry": "Koordination Künstlerisches Betriebsbüro (Artistic Planning Coordinator)",
         "mid": "Künstlerische Planung (Artistic Planning Manager)"},
        ["Plan seasons, guest artists and programmes for our concerts and productions."],
        ["Draft season plans", "Negotiate with artists' agents", "Keep the planning database"],
        ["Music background", "German and English"], ["Artist management experience"]),
    "festival-production-at": _a(
        {"mid": "Festival Production Coordinator"},
        ["Run the production side of our summer music festival."],
        ["Coordinate venues and crews", "Schedule artists", "Manage suppliers"],
        ["{years}+ years in event or festival production"], ["Classical music"]),
    "orchestral-violinist-at": _a(
        {"mid": "Tutti-Violine (Section Violinist, 1st Violins)"},
        ["Join the first violin section of our orchestra (audition in spring)."],
        ["Play in concerts and opera services", "Prepare repertoire", "Tour with the orchestra"],
        ["A music degree and professional orchestral experience"], ["Opera repertoire"]),
    "violin-teacher-at": _a(
        {"mid": "Violinlehrer/in (Violin Teacher, Music School)"},
        ["Teach violin to children and adults at our music school."],
        ["Teach lessons", "Prepare pupils for exams", "Run ensembles"],
        ["A music degree"], ["Pedagogy qualification"]),
    "container-orchestration-engineer": _a(
        {"senior": "Senior Platform Engineer (Container Orchestration)"},
        ["Run our Kubernetes platform and its container orchestration."],
        ["Operate Kubernetes clusters", "Automate deployments", "Be on call"],
        ["{years}+ years with Kubernetes"], ["Terraform"]),
    # ------------------------------------------------------- structural engineering (Dunedin, returner)
    "structural-engineer-nz": _a(
        {"entry": "Graduate Structural Engineer", "mid": "Intermediate Structural Engineer",
         "senior": "Senior Structural Engineer", "lead": "Principal Structural Engineer"},
        ["Design and assess buildings and bridges across Otago and Southland.",
         "Our Dunedin engineering consultancy welcomes engineers returning to work, with flexible hours."],
        ["Design timber, steel and concrete structures to NZ standards", "Carry out seismic assessments of "
         "existing buildings", "Model structures in ETABS or SpaceGass", "Prepare calculations, drawings and "
         "producer statements", "Inspect work on site", "Mentor graduate engineers"],
        ["{years}+ years in structural engineering", "A BE(Hons) in civil or structural engineering",
         "CPEng, or working towards it"],
        ["Seismic assessment (DSA)", "Heritage buildings", "Timber design", "Return-to-work engineers welcome"]),
    "seismic-assessment-engineer-nz": _a(
        {"mid": "Seismic Assessment Engineer (ISA/DSA)"},
        ["Assess the earthquake strength of existing buildings for owners and councils."],
        ["Run initial and detailed seismic assessments", "Write reports", "Design strengthening"],
        ["{years}+ years in structural engineering"], ["Heritage buildings"]),
    "building-consent-officer-nz": _a(
        {"mid": "Building Consent Officer"},
        ["Process building consent applications for the council."],
        ["Check applications against the Building Code", "Issue consents", "Inspect sites"],
        ["Building or engineering background"], ["Council experience"]),
    "structural-drafter-nz": _a(
        {"mid": "Structural Draughtsperson (Revit)"},
        ["Draw structural plans and details for our engineers."],
        ["Model structures in Revit", "Draw details", "Coordinate with architects"],
        ["{years}+ years drafting"], ["Revit"]),
    "structural-biology-researcher": _a(
        {"mid": "Research Fellow, Structural Biology"},
        ["Solve protein structures by cryo-EM in our university lab."],
        ["Prepare protein samples", "Collect cryo-EM data", "Publish papers"],
        ["A PhD in biochemistry"], ["Cryo-EM"]),
    # ------------------------------------------------------- aircraft maintenance (Kaunas, first job)
    "aircraft-maintenance-lt": _a(
        {"entry": "Orlaivių mechanikas-praktikantas (Trainee Aircraft Maintenance Mechanic, B1)",
         "mid": "Aircraft Maintenance Technician B1", "senior": "Licensed Aircraft Engineer B1 (Certifying)",
         "lead": "Shift Leader, Line Maintenance"},
        ["Maintain A320 and Boeing 737 aircraft in our Kaunas hangar.",
         "Kauno oro uoste esantis techninės priežiūros centras ieško mechanikų, baigusių Part-147 mokymus."],
        ["Carry out scheduled checks and defect rectification", "Work from the aircraft maintenance manual "
         "and task cards", "Replace wheels, brakes and components", "Do line maintenance turnarounds",
         "Record work in the maintenance system", "Work shifts in the hangar and on the apron"],
        ["Part-66 B1 modules (complete or in progress) or {years}+ years of aircraft maintenance",
         "Good technical English", "Shift work"],
        ["A320 or B737 type experience", "Engine run-up", "Lithuanian", "Driving licence"]),
    "aircraft-structures-technician-lt": _a(
        {"entry": "Aircraft Structures Technician (Sheet Metal)"},
        ["Repair aircraft structures and composites in our heavy-maintenance hangar."],
        ["Repair skins and frames", "Apply sealant and corrosion protection", "Follow the structural repair "
         "manual"],
        ["Technical training"], ["Composites"]),
    "ground-handling-agent-lt": _a(
        {"entry": "Ground Handling Agent (Ramp)"},
        ["Load bags and cargo and tow aircraft at Kaunas airport."],
        ["Load and unload aircraft", "Drive ramp equipment", "Push back aircraft"],
        ["Driving licence"], ["Shift work"]),
    "car-mechanic-lt": _a(
        {"mid": "Automobilių mechanikas (Car Mechanic)"},
        ["Service and repair cars in our Kaunas garage."],
        ["Diagnose faults", "Service engines and brakes", "Change tyres"],
        ["{years}+ years as a mechanic"], ["Diagnostic tools"]),
    "plant-maintenance-technician-lt": _a(
        {"entry": "Gamybos įrangos technikas (Maintenance Technician, Dairy Plant)"},
        ["Keep the packing and filling lines of our dairy running."],
        ["Maintain machines", "Fix breakdowns", "Keep records"],
        ["Technical education"], ["PLC basics"]),
    # ------------------------------------------------------- port executive (Trieste, lead)
    "port-ceo-it": _a(
        {"senior": "Vice Direttore Generale (Deputy CEO), Terminal Operator",
         "lead": "Direttore Generale / CEO, Port and Terminal Operator"},
        ["Lead a port and terminal operator on the Adriatic and report to the board.",
         "Cerchiamo un Direttore Generale per guidare il nostro gruppo portuale e logistico a Trieste."],
        ["Own the group's strategy, budget and results", "Lead container, ro-ro and rail terminal operations",
         "Negotiate with shipping lines, rail operators and the port authority", "Drive investment in cranes, "
         "rail links and digital systems", "Report to the board and shareholders", "Represent the company with "
         "unions and institutions"],
        ["{years}+ years in ports, shipping or logistics, with general management", "Fluent Italian and English",
         "P&L responsibility"],
        ["Rail logistics", "Central European hinterland markets", "German or Slovenian", "EU funding"]),
    "terminal-director-it": _a(
        {"lead": "Direttore di Terminal (Container Terminal Director)"},
        ["Run our container terminal's operations, people and safety."],
        ["Run terminal operations", "Lead 300 staff", "Meet productivity targets"],
        ["{years}+ years in terminal operations"], ["Navis N4"]),
    "marine-operations-director-it": _a(
        {"senior": "Marine Operations Director (Harbour Master)"},
        ["Run pilotage, towage and berthing for our port."],
        ["Plan vessel movements", "Lead pilots and tug crews", "Own marine safety"],
        ["Master mariner"], ["Pilotage"]),
    "airport-director-it": _a(
        {"lead": "Direttore Generale, Aeroporto (Airport CEO)"},
        ["Lead our regional airport."],
        ["Grow routes", "Run operations", "Report to the board"],
        ["{years}+ years in aviation management"], ["Route development"]),
    "fashion-ceo-it": _a(
        {"lead": "Amministratore Delegato (CEO), Fashion Brand"},
        ["Lead our fashion house's growth in Europe and Asia."],
        ["Own the brand strategy", "Lead retail and wholesale", "Report to the family owners"],
        ["{years}+ years in luxury or fashion"], ["Asian markets"]),
    "health-director-general-it": _a(
        {"lead": "Direttore Generale, Azienda Sanitaria (Health Authority CEO)"},
        ["Lead the local health authority's hospitals and community services."],
        ["Run hospitals and services", "Own the budget", "Report to the region"],
        ["Listed in the national register of health directors"], ["Hospital management"]),
    # ------------------------------------------------------- tower cranes (Zaragoza, two jobs)
    "tower-crane-operator-es": _a(
        {"entry": "Gruista en prácticas (Trainee Tower Crane Operator)", "mid": "Gruista (Tower Crane Operator)",
         "senior": "Gruista Jefe de Equipo (Lead Tower Crane Operator)",
         "lead": "Jefe de Parque de Maquinaria (Plant and Crane Manager)"},
        ["Operate tower cranes on our building sites in and around Zaragoza.",
         "Buscamos gruista con carnet de operador de grúa torre para obras de edificación en Zaragoza."],
        ["Operate top-slewing and self-erecting tower cranes", "Lift steel, formwork and materials safely",
         "Carry out daily crane checks", "Work with banksmen by radio", "Keep the crane log", "Help with crane "
         "erection and dismantling"],
        ["Carné de operador de grúa torre", "{years}+ years operating tower cranes", "PRL 20 h construction "
         "safety course"],
        ["Self-erecting cranes", "Mobile crane licence", "Construction experience"]),
    "mobile-crane-operator-es": _a(
        {"mid": "Operador/a de grúa móvil autopropulsada (Mobile Crane Operator)"},
        ["Drive and operate our mobile cranes on lifts across Aragón."],
        ["Drive cranes to site", "Plan and make lifts", "Maintain the crane"],
        ["Mobile crane operator licence (carné de grúa móvil)", "Driving licence C"], ["Large cranes"]),
    "crane-maintenance-technician-es": _a(
        {"mid": "Técnico/a de mantenimiento de grúas (Crane Maintenance Technician)"},
        ["Service and repair tower cranes for our rental fleet."],
        ["Service cranes", "Fix faults", "Erect and dismantle cranes"],
        ["Electromechanical training"], ["Crane experience"]),
    "crane-signaller-es": _a(
        {"entry": "Señalista / Estrobador (Banksman-Slinger)"},
        ["Guide crane lifts and sling loads on our building sites."],
        ["Sling loads", "Signal the crane operator", "Check lifting gear"],
        ["PRL course"], ["Radio experience"]),
    "common-crane-monitoring-es": _a(
        {"mid": "Técnico/a de seguimiento de grullas (Field Technician, Common Crane Monitoring)"},
        ["Count and track the common cranes wintering at the Gallocanta lagoon."],
        ["Count cranes at dawn", "Enter data", "Guide visitors"],
        ["A biology or environmental degree"], ["Bird ringing"]),
    "forklift-driver-es": _a(
        {"entry": "Carretillero/a (Forklift Driver)"},
        ["Move pallets in our logistics platform."],
        ["Load and unload lorries", "Pick orders", "Scan stock"],
        ["Forklift licence"], ["Warehouse experience"]),
}
_clash = set(_NEW) & set(ARCHETYPES)
assert not _clash, f"fresh11 would overwrite earlier archetypes: {sorted(_clash)}"
ARCHETYPES.update(_NEW)

_PLACES = {
    "Ljubljana": ("Ljubljana", "Osrednjeslovenska", "SI", "EUR"), "Maribor": ("Maribor", "Podravska", "SI", "EUR"),
    "Koper": ("Koper", "Obalno-kraška", "SI", "EUR"),
    "Edmonton": ("Edmonton", "AB", "CA", "CAD"),
    "Inverness": ("Inverness", "Scotland", "GB", "GBP"),
    "Durban": ("Durban", "KwaZulu-Natal", "ZA", "ZAR"),
    "Tallinn": ("Tallinn", "Harju", "EE", "EUR"), "Tartu": ("Tartu", "Tartu", "EE", "EUR"),
    "Innsbruck": ("Innsbruck", "Tyrol", "AT", "EUR"),
    "Dunedin": ("Dunedin", "Otago", "NZ", "NZD"),
    "Kaunas": ("Kaunas", "Kaunas", "LT", "EUR"), "Vilnius": ("Vilnius", "Vilnius", "LT", "EUR"),
    "Trieste": ("Trieste", "Friuli-Venezia Giulia", "IT", "EUR"), "Genoa": ("Genoa", "Liguria", "IT", "EUR"),
    "Zaragoza": ("Zaragoza", "Aragón", "ES", "EUR"), "Pamplona": ("Pamplona", "Navarre", "ES", "EUR"),
}
_taken = set(_PLACES) & set(PLACES)
assert not _taken, f"fresh11 would redefine earlier places: {sorted(_taken)}"
PLACES.update(_PLACES)

# One new remote region (generate.py's REMOTE_WHERE has its wording).
_REMOTE = {"remote-za": ("Remote - South Africa", ["ZA"], "ZAR")}
assert not set(_REMOTE) & set(REMOTE), "fresh11 would redefine an earlier remote region"
REMOTE.update(_REMOTE)

# What suits each person (grading.py's rules read these). A changer's family
# is their aim: the job they are leaving is 1.
FAMILY.update({
    "junior-land-surveyor": {"land-surveyor-si": 3, "gis-technician-si": 2, "hydrographic-surveyor-si": 2,
                             "property-valuer-si": 1, "survey-instrument-sales-si": 1},
    "audiologist": {"audiologist-ca": 3, "cochlear-clinical-specialist": 2, "hearing-instrument-practitioner": 1,
                    "audiology-assistant": 1},
    "senior-loss-adjuster": {"loss-adjuster-uk": 3, "building-surveyor-insurance": 2, "claims-handler-uk": 1,
                             "commercial-underwriter-uk": 1},
    "contact-centre-team-leader": {"cc-team-leader-za": 3, "wfm-analyst-za": 2, "cc-quality-assessor-za": 1,
                                   "cc-agent-za": 1},
    "bookkeeper-to-qa-tester": {"qa-tester-ee": 3, "uat-analyst-ee": 2, "bookkeeper-ee": 1},
    "violinist-to-orchestra-manager": {"orchestra-manager-at": 3, "artistic-planning-at": 3,
                                       "festival-production-at": 2, "orchestral-violinist-at": 1,
                                       "violin-teacher-at": 1},
    "structural-engineer-returner": {"structural-engineer-nz": 3, "seismic-assessment-engineer-nz": 2,
                                     "building-consent-officer-nz": 1, "structural-drafter-nz": 1},
    "graduate-aircraft-mechanic": {"aircraft-maintenance-lt": 3, "aircraft-structures-technician-lt": 2,
                                   "ground-handling-agent-lt": 1},
    "port-ceo": {"port-ceo-it": 3, "terminal-director-it": 2, "marine-operations-director-it": 1,
                 "airport-director-it": 1},
    "tower-crane-operator": {"tower-crane-operator-es": 3, "mobile-crane-operator-es": 2,
                             "crane-maintenance-technician-es": 1, "crane-signaller-es": 1, "forklift-driver-es": 1},
})
NEAR_MISS_KINDS.update({
    ("junior-land-surveyor", "survey-interviewer-si"): "right-word-wrong-field",
    ("audiologist", "live-audio-engineer"): "right-word-wrong-field",
    ("audiologist", "auditor-ab"): "right-word-wrong-field",
    ("audiologist", "audiology-assistant"): "right-field-wrong-level",
    ("senior-loss-adjuster", "loss-prevention-officer"): "right-word-wrong-field",
    ("senior-loss-adjuster", "claims-handler-uk"): "right-field-wrong-level",
    ("contact-centre-team-leader", "cc-agent-za"): "right-field-wrong-level",
    ("contact-centre-team-leader", "warehouse-team-leader-za"): "right-word-wrong-field",
    ("bookkeeper-to-qa-tester", "bookkeeper-ee"): "history-not-target",
    ("bookkeeper-to-qa-tester", "food-qa-ee"): "right-word-wrong-field",
    ("bookkeeper-to-qa-tester", "materials-testing-technician-ee"): "right-word-wrong-field",
    ("violinist-to-orchestra-manager", "orchestral-violinist-at"): "history-not-target",
    ("violinist-to-orchestra-manager", "container-orchestration-engineer"): "right-word-wrong-field",
    ("structural-engineer-returner", "structural-biology-researcher"): "right-word-wrong-field",
    ("structural-engineer-returner", "structural-drafter-nz"): "right-field-wrong-level",
    ("graduate-aircraft-mechanic", "car-mechanic-lt"): "right-word-wrong-field",
    ("graduate-aircraft-mechanic", "plant-maintenance-technician-lt"): "right-word-wrong-field",
    ("port-ceo", "fashion-ceo-it"): "right-word-wrong-field",
    ("port-ceo", "health-director-general-it"): "right-word-wrong-field",
    ("tower-crane-operator", "common-crane-monitoring-es"): "right-word-wrong-field",
    ("tower-crane-operator", "crane-signaller-es"): "right-field-wrong-level",
})


# Each person's prefs also hold the saved search they would add, as people
# state it (`search` in NAME.preferences.json, keyed by `discover search
# add`'s options). The grades do not read it. The résumés differ on purpose
# in how complete they are, whether they list skills, and their language. A
# changer's level is the level of the job they are after; a returner's is the
# level she asks to come back at.
PROFILES = {
    "junior-land-surveyor": dict(
        set="fresh11", city="Ljubljana", level="entry",
        prefs=dict(target_salary_min=21000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Geodet", "Land Surveyor", "Geodetski tehnik"],
                               location=["Ljubljana", "Kranj"], level=["junior", "mid"],
                               **{"salary-min": 21000})),
        resume=_with(resume(
            "Luka Zupančič", "Mlajši geodet", "luka.zupancic@example.com",
            "Geodet z dvema letoma izkušenj: katastrske meritve, zakoličbe na gradbiščih in obdelava podatkov v "
            "Civil 3D. Iščem delo geodeta v Ljubljani ali okolici, kjer bom lahko pridobil izkušnje za strokovni "
            "izpit.",
            "Ljubljana", "Osrednjeslovenska", "SI",
            [work("Geodetski biro Rožnik d.o.o. (fictional)", "Mlajši geodet", "2024-09", None, "",
                  ["Katastrske meritve in ureditve mej", "Zakoličbe stanovanjskih objektov",
                   "Obdelava meritev z drona"], ["GNSS", "Totalna postaja", "Civil 3D"]),
             work("Geodetski biro Rožnik d.o.o. (fictional)", "Študentsko delo, figurant", "2023-06", "2023-09",
                  "", [], [])],
            [dict(name="Geodezija", level="Osnovno", keywords=["GNSS", "Leica TS16", "AutoCAD Civil 3D", "QGIS",
                                                             "Kataster", "Zakoličba"])],
            languages=[dict(language="Slovenian", fluency="Native"), dict(language="English", fluency="B2")],
            certificates=[dict(name="Vozniško dovoljenje B")]),
            education=[dict(institution="Univerza v Ljubljani, Fakulteta za gradbeništvo in geodezijo",
                            area="Geodezija in geoinformatika", studyType="Univerzitetni študij (BSc)",
                            endDate="2024-07")])),
    "audiologist": dict(
        set="fresh11", city="Edmonton", level="senior",
        prefs=dict(target_salary_min=95000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Audiologist", "Clinical Audiologist"],
                               location=["Edmonton, AB", "St. Albert, AB"], **{"salary-min": 95000})),
        resume=_with(resume(
            "Priya Raghunathan", "Audiologist", "priya.raghunathan@example.com",
            "Registered audiologist (R.Aud) with eight years in hospital and private practice: diagnostic "
            "assessments for adults and children, hearing aid fitting and verification, tinnitus and vestibular "
            "work, and supervising students. Looking for a clinical audiology role in Edmonton.",
            "Edmonton", "AB", "CA",
            [work("North Saskatchewan Hearing Clinic (fictional)", "Audiologist", "2021-03", None, "",
                  ["Diagnostic assessments and hearing aid fittings, about 25 patients a week",
                   "Set up the clinic's vestibular testing", "Supervises two audiology students a year"],
                  ["Real-ear measurement", "VNG", "Tinnitus management"]),
             work("Alberta Children's Hearing Program (fictional)", "Audiologist", "2018-01", "2021-02", "",
                  ["Paediatric assessments, including ABR"], ["ABR", "Paediatrics"])],
            [dict(name="Audiology", level="Advanced", keywords=["Diagnostic audiology", "Hearing aids",
                                                              "Real-ear measurement", "Vestibular assessment",
                                                              "Paediatric audiology", "ABR", "Tinnitus"])],
            languages=[dict(language="English", fluency="Native"), dict(language="Tamil", fluency="Fluent")],
            certificates=[dict(name="ACSLPA registration (R.Aud)")]),
            education=[dict(institution="University of Western Ontario", area="Audiology", studyType="MClSc",
                            endDate="2017-10")])),
    "senior-loss-adjuster": dict(
        set="fresh11", city="Inverness", level="senior",
        prefs=dict(target_salary_min=45000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Senior Loss Adjuster", "Loss Adjuster", "Major Loss Adjuster"],
                               location=["Inverness", "Nairn", "Remote (UK)"], level=["senior", "lead"],
                               **{"salary-min": 45000})),
        resume=resume(
            "Fiona MacLennan", "Senior Loss Adjuster, ACILA", "fiona.maclennan@example.com",
            "Chartered loss adjuster with eleven years on domestic and commercial property claims across the "
            "Highlands and Islands: flood, fire, storm and business interruption, up to £2m. I manage my own "
            "caseload from home and on the road and would like a senior or major-loss role based in Inverness.",
            "Inverness", "Scotland", "GB",
            [work("Cairngorm Loss Adjusters LLP (fictional)", "Senior Loss Adjuster", "2019-05", None, "",
                  ["Caseload of 60 domestic and commercial property claims", "Handled the 2023 Brora flood "
                   "claims", "Mentors two trainee adjusters"], ["Commercial claims", "Business interruption"]),
             work("Cairngorm Loss Adjusters LLP (fictional)", "Loss Adjuster", "2016-02", "2019-04", "", [], []),
             work("Highland Mutual Insurance (fictional)", "Claims Handler", "2013-08", "2016-01", "", [], [])],
            [dict(name="Claims", level="Expert", keywords=["Property claims", "Flood and fire", "Business "
                                                         "interruption", "Policy liability", "Reserving",
                                                         "Negotiation"])],
            certificates=[dict(name="ACILA (Chartered Institute of Loss Adjusters)"), dict(name="ACII")])),
    "contact-centre-team-leader": dict(
        set="fresh11", city="Durban", level="senior",
        prefs=dict(target_salary_min=280000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Team Leader", "Contact Centre Team Leader", "Call Centre Supervisor"],
                               location=["Durban", "Umhlanga", "Remote (South Africa)"], level=["team lead"],
                               **{"salary-min": 280000})),
        resume=_with(resume(
            "Nokuthula Mkhize", "Team Leader", "nokuthula.mkhize@example.com", "",
            "Durban", "KwaZulu-Natal", "ZA",
            [work("Point Waterfront Contact Solutions (fictional)", "Team Leader", "2021-02", None, "",
                  ["Leads 15 agents on a UK insurance claims line", "Team moved from 78% to 91% quality score",
                   "Covers for the operations manager on leave"], ["Coaching", "Service levels", "Genesys"]),
             work("Point Waterfront Contact Solutions (fictional)", "Senior Agent", "2018-06", "2021-01", "", [],
                  []),
             work("Musgrave Telecoms Call Centre (fictional)", "Inbound Agent", "2016-03", "2018-05", "", [], [])],
            [dict(name="Contact centre", level="Advanced", keywords=["Team leadership", "Coaching", "AHT",
                                                                   "Quality assurance", "Genesys", "Absenteeism"])],
            languages=[dict(language="isiZulu", fluency="Native"), dict(language="English", fluency="Fluent")],
            certificates=[dict(name="FET Certificate: Contact Centre Operations (NQF 4)")]),
            education=[dict(institution="Mzuvele High School", area="Matric", studyType="NSC",
                            endDate="2015-12")])),
    "bookkeeper-to-qa-tester": dict(
        set="fresh11", city="Tallinn", level="entry",
        prefs=dict(target_salary_min=18000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Tarkvaratestija", "QA Tester", "Junior QA"],
                               location=["Tallinn", "Maardu", "Remote (Europe)"], level=["junior"],
                               **{"salary-min": 18000})),
        resume=_with(resume(
            "Kadri Tamm", "Raamatupidaja", "kadri.tamm@example.com",
            "Kuus aastat raamatupidajana väikeettevõtetes: ostu- ja müügiarved, palgaarvestus ja käibemaks. "
            "Testisin firma uue majandustarkvara juurutamist ja sain aru, et see meeldib mulle rohkem kui "
            "raamatupidamine. Lõpetasin kevadel tarkvaratestimise kursuse (ISTQB Foundation). Otsin juuniori "
            "tarkvaratestija (QA) kohta Tallinnas.",
            "Tallinn", "Harju", "EE",
            [work("Kesklinna Raamatupidamisbüroo OÜ (fictional)", "Raamatupidaja", "2020-03", None, "",
                  ["Raamatupidamine 25 kliendile", "Testis uue majandustarkvara juurutamist"],
                  ["Merit Aktiva", "Excel"]),
             work("Nõmme Ehitus AS (fictional)", "Raamatupidaja assistent", "2018-09", "2020-02", "", [], [])],
            [dict(name="Testimine", level="Algaja", keywords=["Manuaalne testimine", "Jira", "Postman", "SQL",
                                                            "ISTQB Foundation"]),
             dict(name="Raamatupidamine", level="Kogenud", keywords=["Merit Aktiva", "Palgaarvestus", "Käibemaks"])],
            languages=[dict(language="Estonian", fluency="Native"), dict(language="English", fluency="B2"),
                       dict(language="Russian", fluency="B1")],
            certificates=[dict(name="ISTQB Certified Tester Foundation Level (2026)")]),
            education=[dict(institution="Tallinna Tehnikakõrgkool", area="Raamatupidamine",
                            studyType="Rakenduskõrgharidus", endDate="2018-06")])),
    "violinist-to-orchestra-manager": dict(
        set="fresh11", city="Innsbruck", level="mid",
        prefs=dict(target_salary_min=42000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Orchestra Manager", "Orchesterdisponent", "Artistic Planning"],
                               location=["Innsbruck", "Hall in Tirol", "Remote (Austria)"],
                               **{"salary-min": 42000})),
        resume=_with(resume(
            "Elena Vasquez-Brandt", "Orchestral Violinist (1st Violins)", "elena.vasquezbrandt@example.com",
            "Violinist in the first violins of a Tyrolean orchestra for twelve years, and for the last four the "
            "musicians' representative on the orchestra board: duty rosters, tour planning, extras. A hand injury "
            "means I can't keep playing full-time. I want to move into orchestra management or artistic planning, "
            "as an orchestra manager, in Innsbruck.",
            "Innsbruck", "Tyrol", "AT",
            [work("Tiroler Landesorchester (fictional)", "Tutti Violinist, 1st Violins", "2014-09", None, "",
                  ["Musicians' representative on the orchestra board since 2022",
                   "Planned the orchestra's 2024 tour to Japan with the orchestra office"], []),
             work("Freelance", "Violinist and violin teacher", "2010-09", "2014-08", "", [], [])],
            []), skills=None,
            languages=[dict(language="German", fluency="Native"), dict(language="Spanish", fluency="Native"),
                       dict(language="English", fluency="Fluent"), dict(language="Italian", fluency="Good")],
            education=[dict(institution="Mozarteum University Salzburg", area="Violin (Instrumental Studies)",
                            studyType="Master", endDate="2010-06")])),
    "structural-engineer-returner": dict(
        set="fresh11", city="Dunedin", level="mid",
        prefs=dict(target_salary_min=95000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Structural Engineer", "Intermediate Structural Engineer"],
                               location=["Dunedin", "Mosgiel"], level=["intermediate", "senior"],
                               **{"salary-min": 95000})),
        resume=_with(resume(
            "Hannah Te Whata", "Structural Engineer (returning to work)", "hannah.tewhata@example.com",
            "Structural engineer with nine years in consultancy (timber, steel and concrete buildings, seismic "
            "assessments of heritage buildings). I stepped away five years ago to raise our three children and "
            "have kept up my Engineering NZ CPD. Looking to return as an intermediate structural engineer in "
            "Dunedin, working towards senior again, ideally with some flexibility on hours.",
            "Dunedin", "Otago", "NZ",
            [work("Career break", "Full-time parent", "2021-08", None, "", ["Kept up CPD and ETABS"], []),
             work("Southern Structures Consulting (fictional)", "Structural Engineer", "2015-02", "2021-07", "",
                  ["Designed timber and steel buildings up to five storeys", "Detailed seismic assessments of "
                   "heritage buildings"], ["ETABS", "SpaceGass", "NZS 3404"]),
             work("Waitaki Consulting Engineers (fictional)", "Graduate Engineer", "2012-02", "2015-01", "", [], [])],
            [dict(name="Structural engineering", level="Advanced", keywords=["Timber design", "Steel design",
                                                                           "Concrete", "Seismic assessment",
                                                                           "ETABS", "SpaceGass"])],
            certificates=[dict(name="Engineering New Zealand member (CMEngNZ pathway)")]),
            education=[dict(institution="University of Canterbury", area="Civil Engineering",
                            studyType="BE(Hons)", endDate="2011-11")])),
    "graduate-aircraft-mechanic": dict(
        set="fresh11", city="Kaunas", level="entry",
        prefs=dict(target_salary_min=16000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Orlaivių mechanikas", "Aircraft Maintenance Technician", "B1"],
                               location=["Kaunas", "Karmėlava"], level=["entry", "junior"],
                               **{"salary-min": 16000})),
        resume=_with(resume(
            "Mantas Jankauskas", "Orlaivių techninės priežiūros mechanikas (B1 moduliai)", "mantas.j@example.com",
            "Baigiau Part-147 orlaivių techninės priežiūros mokymus (B1 moduliai) ir praktiką angare. Ieškau "
            "pirmojo darbo orlaivių mechaniku Kaune, dirbti pamainomis galiu.",
            "Kaunas", "Kaunas", "LT",
            [work("Aero Akademija Kaunas (fictional)", "Praktikantas, angaras", "2026-03", "2026-06", "",
                  ["A320 ratų ir stabdžių keitimas prižiūrint licencijuotam inžinieriui",
                   "Užduočių kortelės ir AMM"], ["A320", "AMM"])],
            [dict(name="Technika", level="Pradedantysis", keywords=["Part-66 B1 moduliai", "A320", "Sheet metal",
                                                                  "Techninė anglų kalba"])],
            languages=[dict(language="Lithuanian", fluency="Native"), dict(language="English", fluency="B2")]),
            education=[dict(institution="Kauno technikos kolegija", area="Orlaivių techninė priežiūra",
                            studyType="Profesinis bakalauras", endDate="2026-06")])),
    "port-ceo": dict(
        set="fresh11", city="Trieste", level="lead",
        prefs=dict(target_salary_min=220000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Direttore Generale", "Chief Executive Officer", "CEO"],
                               location=["Trieste", "Monfalcone"], level=["executive", "director"],
                               **{"salary-min": 220000})),
        resume=_with(resume(
            "Marco Sbisà", "Direttore Generale, operatore portuale e logistico", "marco.sbisa@example.com",
            "Manager con 24 anni nei porti e nella logistica dell'Alto Adriatico; da sette anni Direttore "
            "Generale di un operatore di terminal container e ferroviario (420 dipendenti, 180 M€ di ricavi). "
            "Ho raddoppiato il traffico ferroviario verso l'Europa centrale. Cerco un ruolo da Direttore Generale "
            "o CEO di un gruppo portuale o logistico a Trieste.",
            "Trieste", "Friuli-Venezia Giulia", "IT",
            [work("Terminal Giuliano S.p.A. (fictional)", "Direttore Generale", "2019-01", None, "",
                  ["420 dipendenti, 180 M€ di ricavi", "Traffico ferroviario raddoppiato in cinque anni",
                   "Riporta al CdA"], ["P&L", "Relazioni sindacali", "Intermodalità"]),
             work("Adriatic Container Line (fictional)", "Direttore Operazioni", "2011-04", "2018-12", "", [], []),
             work("Agenzia Marittima Rive (fictional)", "Agente marittimo, poi responsabile ufficio", "2002-03",
                  "2011-03", "", [], [])],
            [dict(name="Direzione", level="Esperto", keywords=["Strategia", "P&L", "Terminal container",
                                                             "Logistica ferroviaria", "Relazioni istituzionali"])],
            languages=[dict(language="Italian", fluency="Native"), dict(language="English", fluency="Fluent"),
                       dict(language="German", fluency="Good"), dict(language="Slovenian", fluency="Basic")]),
            education=[dict(institution="Università degli Studi di Trieste", area="Economia e Commercio",
                            studyType="Laurea", endDate="2001-07")])),
    "tower-crane-operator": dict(
        set="fresh11", city="Zaragoza", level="mid",
        prefs=dict(target_salary_min=24000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Gruista", "Operador de grúa torre"], location=["Zaragoza", "Utebo"],
                               **{"work-type": ["onsite"]})),
        resume=_with(resume(
            "Javier Lacasa Ferrer", "Gruista", "javier.lacasa@example.com",
            "Gruista de grúa torre con carné oficial, 11 años en obra en Zaragoza.",
            "Zaragoza", "Aragón", "ES",
            [work("Construcciones Delicias S.L. (fictional)", "Gruista", "2018-04", None, "", [], []),
             work("Estructuras Actur S.A. (fictional)", "Gruista", "2015-02", "2018-03", "", [], [])],
            []), skills=None)),
}

# (kind, level, company, place, workplace, salary_min, salary_max) in thousands, None = not stated; the ids
# (f11-001, ...) follow this order. Each person's block holds fits, neighbours and near misses, including
# the same job at two employers where one is at the wrong level or place. No posting is placed in a second
# place a search names (Kranj, St. Albert, Nairn, Umhlanga, Maardu, Hall in Tirol, Mosgiel, Karmėlava,
# Monfalcone, Utebo): the rules grade every city but the person's as another city.
_ROWS = [
    # junior-land-surveyor (Ljubljana, entry, on-site, >= €21k)
    ("land-surveyor-si", "entry", "Geoplan Ljubljana d.o.o.", "Ljubljana", "onsite", 21, 25),
    ("land-surveyor-si", "entry", "Triglav Infrastruktura d.d.", "Ljubljana", "onsite", None, None),
    ("land-surveyor-si", "mid", "Savski Geodetski Biro d.o.o.", "Ljubljana", "onsite", 25, 30),
    ("land-surveyor-si", "entry", "Ljubljanica Geodezija d.o.o.", "Ljubljana", "hybrid", 22, 26),
    ("land-surveyor-si", "entry", "Drava Geodetske Storitve d.o.o.", "Maribor", "onsite", 21, 25),
    ("land-surveyor-si", "entry", "Hitri Geodet s.p.", "Ljubljana", "onsite", 15, 18),
    ("land-surveyor-si", "senior", "Geoplan Ljubljana d.o.o.", "Ljubljana", "onsite", 32, 38),
    ("gis-technician-si", "mid", "Kataster Plus d.o.o.", "Ljubljana", "hybrid", 22, 27),
    ("hydrographic-surveyor-si", "entry", "Luka Obala Hidrografija d.o.o.", "Koper", "onsite", 22, 26),
    ("property-valuer-si", "mid", "Cenitve Bežigrad d.o.o.", "Ljubljana", "hybrid", None, None),
    ("survey-instrument-sales-si", "mid", "Geoinštrumenti Adria d.o.o.", "Ljubljana", "hybrid", 24, 30),
    ("survey-interviewer-si", "entry", "Mnenje Raziskave d.o.o.", "Ljubljana", "hybrid", 14, 16),
    # audiologist (Edmonton, senior by years, on-site, >= CA$95k)
    ("audiologist-ca", "senior", "River Valley Hearing Clinic", "Edmonton", "onsite", 100, 120),
    ("audiologist-ca", "senior", "Whyte Avenue Audiology", "Edmonton", "onsite", None, None),
    ("audiologist-ca", "lead", "Capital Region Hearing Health (fictional)", "Edmonton", "onsite", 120, 140),
    ("audiologist-ca", "senior", "Bow River Hearing Centre", "Calgary", "onsite", 100, 120),
    ("audiologist-ca", "senior", "ValueHear Audiology Inc.", "Edmonton", "onsite", 70, 85),
    ("audiologist-ca", "mid", "Whyte Avenue Audiology", "Edmonton", "onsite", 85, 100),
    ("audiologist-ca", "entry", "River Valley Hearing Clinic", "Edmonton", "onsite", None, None),
    ("cochlear-clinical-specialist", "senior", "Helix Hearing Implants Canada", "Edmonton", "hybrid", 100, 125),
    ("hearing-instrument-practitioner", "mid", "SoundLife Hearing Aids", "Edmonton", "onsite", None, None),
    ("audiology-assistant", "entry", "Capital Region Hearing Health (fictional)", "Edmonton", "onsite", 45, 52),
    ("live-audio-engineer", "mid", "Jasper Avenue Live", "Edmonton", "onsite", 55, 70),
    ("auditor-ab", "senior", "Saskatchewan Drive CPA LLP", "Edmonton", "hybrid", 85, 105),
    # senior-loss-adjuster (Inverness, senior, hybrid, >= £45k)
    ("loss-adjuster-uk", "senior", "Moray Firth Adjusting Ltd", "Inverness", "hybrid", 48, 58),
    ("loss-adjuster-uk", "senior", "Caledonian Claims Services", "Inverness", "hybrid", None, None),
    ("loss-adjuster-uk", "lead", "Moray Firth Adjusting Ltd", "Inverness", "hybrid", 60, 72),
    ("loss-adjuster-uk", "senior", "Granite City Adjusters", "Aberdeen", "hybrid", 48, 58),
    ("loss-adjuster-uk", "senior", "Highland Claims Direct", "Inverness", "onsite", 46, 55),
    ("loss-adjuster-uk", "senior", "QuickSettle Claims Ltd", "Inverness", "hybrid", 34, 40),
    ("loss-adjuster-uk", "mid", "Caledonian Claims Services", "Inverness", "hybrid", 38, 48),
    ("loss-adjuster-uk", "senior", "Albion Loss Adjusting", "remote-uk", "remote", None, None),
    ("loss-adjuster-uk", "senior", "Shannon Loss Adjusters", "remote-ie", "remote", None, None),
    ("building-surveyor-insurance", "senior", "Ness Reinstatement Surveyors", "Inverness", "hybrid", 45, 55),
    ("claims-handler-uk", "entry", "Ness Insurance Services", "Inverness", "hybrid", 24, 28),
    ("commercial-underwriter-uk", "senior", "Grampian Mutual Insurance (fictional)", "Inverness", "hybrid",
     None, None),
    ("loss-prevention-officer", "mid", "Highland Retail Group", "Inverness", "onsite", 24, 27),
    # contact-centre-team-leader (Durban, senior, hybrid, >= R280k)
    ("cc-team-leader-za", "senior", "Umgeni Customer Experience (Pty) Ltd", "Durban", "hybrid", 300, 360),
    ("cc-team-leader-za", "senior", "Golden Mile Contact Solutions", "Durban", "hybrid", None, None),
    ("cc-team-leader-za", "senior", "Berea Connect BPO", "Durban", "onsite", None, None),
    ("cc-team-leader-za", "lead", "Umgeni Customer Experience (Pty) Ltd", "Durban", "hybrid", 480, 560),
    ("cc-team-leader-za", "senior", "Sandton Service Hub (Pty) Ltd", "Johannesburg", "hybrid", 320, 380),
    ("cc-team-leader-za", "senior", "Budget CX Outsourcing", "Durban", "onsite", 180, 220),
    ("cc-team-leader-za", "mid", "Berea Connect BPO", "Durban", "hybrid", 240, 290),
    ("cc-team-leader-za", "senior", "Ubuntu Remote CX", "remote-za", "remote", None, None),
    ("cc-team-leader-za", "senior", "Northern Lights CX Ltd", "remote-uk", "remote", None, None),
    ("wfm-analyst-za", "senior", "Umgeni Customer Experience (Pty) Ltd", "Durban", "hybrid", 300, 380),
    ("cc-quality-assessor-za", "mid", "Golden Mile Contact Solutions", "Durban", "hybrid", 200, 250),
    ("cc-agent-za", "entry", "Berea Connect BPO", "Durban", "onsite", 90, 120),
    ("warehouse-team-leader-za", "senior", "Bluff Cold Storage (Pty) Ltd", "Durban", "onsite", 260, 320),
    # bookkeeper-to-qa-tester (Tallinn, entry: the job she is after, hybrid, >= €18k)
    ("qa-tester-ee", "entry", "Kalamaja Software OÜ", "Tallinn", "hybrid", 19, 24),
    ("qa-tester-ee", "entry", "Ülemiste Fintech AS", "Tallinn", "hybrid", None, None),
    ("qa-tester-ee", "mid", "Kalamaja Software OÜ", "Tallinn", "hybrid", 26, 32),
    ("qa-tester-ee", "entry", "Emajõe Tarkvara OÜ", "Tartu", "hybrid", 19, 23),
    ("qa-tester-ee", "entry", "Odav Testimine OÜ", "Tallinn", "onsite", 12, 15),
    ("qa-tester-ee", "senior", "Ülemiste Fintech AS", "Tallinn", "hybrid", 40, 50),
    ("qa-tester-ee", "entry", "NordTest Remote OÜ", "remote-europe", "remote", None, None),
    ("qa-tester-ee", "entry", "Wisła QA Services sp. z o.o.", "remote-pl", "remote", None, None),
    ("uat-analyst-ee", "entry", "Pirita Ärilahendused OÜ", "Tallinn", "hybrid", 20, 25),
    ("bookkeeper-ee", "mid", "Raekoja Raamatupidamine OÜ", "Tallinn", "onsite", 18, 22),
    ("food-qa-ee", "mid", "Balti Piimatööstus AS", "Tallinn", "onsite", 20, 24),
    ("materials-testing-technician-ee", "entry", "Tallinna Ehituslabor OÜ", "Tallinn", "onsite", None, None),
    # violinist-to-orchestra-manager (Innsbruck, mid: the job she is after, hybrid, >= €42k)
    ("orchestra-manager-at", "mid", "Tiroler Kammerphilharmonie (fictional)", "Innsbruck", "hybrid", 44, 52),
    ("orchestra-manager-at", "mid", "Inntal Festspielorchester (fictional)", "Innsbruck", "onsite", None, None),
    ("orchestra-manager-at", "senior", "Tiroler Kammerphilharmonie (fictional)", "Innsbruck", "hybrid", 55, 65),
    ("orchestra-manager-at", "mid", "Salzach Sinfonietta (fictional)", "Salzburg", "hybrid", 44, 52),
    ("orchestra-manager-at", "mid", "Alpen Jugendorchester Verein", "Innsbruck", "hybrid", 30, 36),
    ("orchestra-manager-at", "lead", "Inntal Festspielorchester (fictional)", "Innsbruck", "hybrid", 80, 95),
    ("orchestra-manager-at", "mid", "Isar Konzertdirektion GmbH", "remote-de", "remote", None, None),
    ("artistic-planning-at", "entry", "Landestheater Nordtirol (fictional)", "Innsbruck", "hybrid", 38, 44),
    ("artistic-planning-at", "mid", "Klassik Tournee GmbH", "remote-at", "remote", None, None),
    ("festival-production-at", "mid", "Brenner Sommerfestival (fictional)", "Innsbruck", "hybrid", 42, 48),
    ("orchestral-violinist-at", "mid", "Tiroler Kammerphilharmonie (fictional)", "Innsbruck", "onsite", 48, 56),
    ("violin-teacher-at", "mid", "Musikschule Wilten (fictional)", "Innsbruck", "onsite", 40, 46),
    ("container-orchestration-engineer", "senior", "Inn Cloud Systems GmbH", "Innsbruck", "hybrid", 65, 80),
    # structural-engineer-returner (Dunedin, mid: the level she asks for, hybrid, >= NZ$95k)
    ("structural-engineer-nz", "mid", "Otago Structures Ltd", "Dunedin", "hybrid", 100, 115),
    ("structural-engineer-nz", "mid", "Taieri Engineering Consultants", "Dunedin", "hybrid", None, None),
    ("structural-engineer-nz", "senior", "Otago Structures Ltd", "Dunedin", "hybrid", 120, 140),
    ("structural-engineer-nz", "mid", "Avon Rebuild Engineers Ltd", "Christchurch", "hybrid", 100, 115),
    ("structural-engineer-nz", "mid", "Southern Budget Designs Ltd", "Dunedin", "hybrid", 70, 80),
    ("structural-engineer-nz", "lead", "Taieri Engineering Consultants", "Dunedin", "hybrid", 160, 180),
    ("structural-engineer-nz", "entry", "Peninsula Engineering Ltd", "Dunedin", "hybrid", None, None),
    ("structural-engineer-nz", "mid", "Pacific Structures Remote Ltd", "remote-apac", "remote", None, None),
    ("structural-engineer-nz", "mid", "Tasman Bridge Engineers Pty Ltd", "remote-au", "remote", None, None),
    ("seismic-assessment-engineer-nz", "mid", "Quake Ready Otago Ltd", "Dunedin", "hybrid", 95, 110),
    ("building-consent-officer-nz", "mid", "Otago Building Consents Unit (fictional)", "Dunedin", "onsite",
     80, 92),
    ("structural-drafter-nz", "mid", "Taieri Engineering Consultants", "Dunedin", "hybrid", 65, 75),
    ("structural-biology-researcher", "mid", "Otago Biomedical Institute (fictional)", "Dunedin", "onsite",
     85, 95),
    # graduate-aircraft-mechanic (Kaunas, entry, on-site, >= €16k)
    ("aircraft-maintenance-lt", "entry", "Nemunas Aero Technics UAB", "Kaunas", "onsite", 16, 20),
    ("aircraft-maintenance-lt", "entry", "Karmėlava Line Maintenance UAB", "Kaunas", "onsite", None, None),
    ("aircraft-maintenance-lt", "mid", "Nemunas Aero Technics UAB", "Kaunas", "onsite", 22, 28),
    ("aircraft-maintenance-lt", "entry", "Neris Hangar Services UAB", "Vilnius", "onsite", 17, 21),
    ("aircraft-maintenance-lt", "entry", "Pigus Aviaservisas UAB", "Kaunas", "onsite", 10, 12),
    ("aircraft-maintenance-lt", "senior", "Karmėlava Line Maintenance UAB", "Kaunas", "onsite", 35, 45),
    ("aircraft-structures-technician-lt", "entry", "Nemunas Aero Technics UAB", "Kaunas", "onsite", 15, 19),
    ("ground-handling-agent-lt", "entry", "Aero Ramp Kaunas UAB", "Kaunas", "onsite", None, None),
    ("car-mechanic-lt", "mid", "Šilainių Autoservisas UAB", "Kaunas", "onsite", 14, 18),
    ("plant-maintenance-technician-lt", "entry", "Žalgirio Pienas UAB", "Kaunas", "onsite", 15, 18),
    # port-ceo (Trieste, lead, hybrid, >= €220k)
    ("port-ceo-it", "lead", "Alto Adriatico Terminal S.p.A.", "Trieste", "hybrid", 230, 280),
    ("port-ceo-it", "lead", "Porto Franco Logistica S.p.A.", "Trieste", "hybrid", None, None),
    ("port-ceo-it", "lead", "Molo Settimo Holding S.p.A.", "Trieste", "onsite", None, None),
    ("port-ceo-it", "lead", "Lanterna Port Group S.p.A.", "Genoa", "hybrid", 250, 300),
    ("port-ceo-it", "lead", "Adriatica Porti Minori S.r.l.", "Trieste", "hybrid", 120, 150),
    ("port-ceo-it", "senior", "Alto Adriatico Terminal S.p.A.", "Trieste", "hybrid", None, None),
    ("terminal-director-it", "lead", "Porto Franco Logistica S.p.A.", "Trieste", "hybrid", 220, 250),
    ("marine-operations-director-it", "senior", "Servizi Marittimi Giuliani S.p.A.", "Trieste", "onsite",
     None, None),
    ("airport-director-it", "lead", "Aeroporto del Carso S.p.A. (fictional)", "Trieste", "hybrid", 200, 240),
    ("fashion-ceo-it", "lead", "Maison Barcolana S.r.l.", "Milan", "hybrid", 300, 400),
    ("health-director-general-it", "lead", "Azienda Sanitaria Giuliana (fictional)", "Trieste", "onsite",
     180, 200),
    # tower-crane-operator (Zaragoza, mid, on-site, >= €24k)
    ("tower-crane-operator-es", "mid", "Ebro Grúas y Montajes S.L.", "Zaragoza", "onsite", 26, 30),
    ("tower-crane-operator-es", "mid", "Construcciones Pilar Alto S.A.", "Zaragoza", "onsite", None, None),
    ("tower-crane-operator-es", "senior", "Ebro Grúas y Montajes S.L.", "Zaragoza", "onsite", 30, 36),
    ("tower-crane-operator-es", "mid", "Grúas Navarra Norte S.L.", "Pamplona", "onsite", 26, 30),
    ("tower-crane-operator-es", "mid", "Obras Baratas Aragón S.L.", "Zaragoza", "onsite", 17, 20),
    ("tower-crane-operator-es", "entry", "Construcciones Pilar Alto S.A.", "Zaragoza", "onsite", None, None),
    ("tower-crane-operator-es", "lead", "Ebro Grúas y Montajes S.L.", "Zaragoza", "hybrid", 45, 55),
    ("mobile-crane-operator-es", "mid", "Grúas Moncayo S.L.", "Zaragoza", "onsite", 25, 29),
    ("crane-maintenance-technician-es", "mid", "Montajes Elevación Aragón S.L.", "Zaragoza", "onsite", 24, 28),
    ("crane-signaller-es", "entry", "Construcciones Pilar Alto S.A.", "Zaragoza", "onsite", None, None),
    ("common-crane-monitoring-es", "mid", "Fundación Humedales de Aragón (fictional)", "Zaragoza", "onsite",
     22, 25),
    ("forklift-driver-es", "entry", "Plataforma Logística Ebro S.A.", "Zaragoza", "onsite", 19, 21),
    # shared distractors: every person sees them, unrelated to all
    ("java-backend", "senior", "Ljubljana Fintech d.o.o.", "Ljubljana", "hybrid", 55, 70),
    ("icu-nurse", "mid", "Edmonton Northside Hospital (fictional)", "Edmonton", "onsite", 85, 105),
]
FRESH11 = [(f"f11-{number:03d}", *row) for number, row in enumerate(_ROWS, start=1)]

