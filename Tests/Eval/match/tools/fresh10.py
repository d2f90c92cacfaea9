# The twelfth set, "fresh10" (issue 19): ten kinds of people that no earlier
# set (dev, heldout, fresh, fresh2 … fresh9) has, in places the earlier sets
# did not use (Cambridgeshire, Styria, the Basque Country, Manitoba, Geneva,
# the Australian Capital Territory, East Sussex, Gironde, Hampshire, North
# Carolina), postings written for them, and the saved search each would add,
# written the way people state it. Graded by the same rules (grading.py) and
# written before any ranker ran on it.
#
# Provenance: written by an AI coding assistant working as a helper on this
# repository (December 2026), by hand, blind to the ranker: it read only
# README.md, tools/*.py and the rubric of docs/evaluation.md, not Sources/,
# docs/matching.md or any ranking output, and ran no ranker. No person has
# reviewed the grades. Every person and employer is fictional. generate.py
# writes it to fresh10/.
#
# Kinds, meant to look like the people who would really use a job-search
# tool rather than a showcase:
#   principal-acoustic-consultant  very senior specialist (lead), Cambridge, hybrid
#   lift-technician                mid-career trades/service, Graz, German, on-site, a terse summary
#   landscape-architect            senior, Bilbao, Spanish, hybrid, a résumé with no summary
#   optometrist-returner           back after five years running a family bakery, Winnipeg, on-site
#   chief-procurement-officer      executive, Geneva, French, hybrid
#   librarian-to-records-manager   changer (label "Librarian"), aim stated precisely, Canberra
#   estate-agent-to-lettings       changer (label "Sales Negotiator"), aim loose ("something in
#                                  property management"), Brighton, no skills list
#   travel-consultant-to-events    changer (label "Senior Travel Consultant"), aim only in the
#                                  summary's last sentence, Bordeaux, French
#   graduate-naval-architect       first job, Southampton
#   graduate-ap-clerk              first job, years of part-time cinema work, Raleigh, no skills list
#
# Each person has about 12 postings: fits at their level and one above, the
# same job at a second employer in another city, at a level two away or one
# below, with pay under the floor, with no pay stated, remote in their country
# and remote open only to another (no pay, as the rules compare pay as numbers
# without converting currencies), neighbouring jobs, and tagged near misses
# (right word wrong field, right field wrong level, the changers' old jobs),
# plus the shared `java-backend` and `icu-nurse` distractors. Every kind of job
# is new (none shares a key with an earlier set's archetypes, and no place key
# is redefined, so regenerating leaves the other sets byte-identical).
import fresh9  # noqa: F401 (imports the earlier sets too: their places and remote regions this set reuses)
from archetypes import ARCHETYPES
from grading import FAMILY, NEAR_MISS_KINDS
from postings import PLACES
from profiles import resume, with_sections as _with, work


def _a(titles, summary, duties, required, nice):
    return dict(titles=titles, summary=summary, duties=duties, required=required, nice=nice)


_NEW = {
    # ------------------------------------------------------- acoustics (Cambridge, lead)
    "acoustic-consultant": _a(
        {"entry": "Graduate Acoustic Consultant", "mid": "Acoustic Consultant", "senior": "Senior Acoustic Consultant",
         "lead": "Principal Acoustic Consultant"},
        ["Lead building and environmental acoustics projects from planning to handover.",
         "Our acoustics practice designs quiet, well-sounding schools, labs, concert halls and homes."],
        ["Design sound insulation and room acoustics for buildings", "Run noise surveys and environmental noise "
         "assessments for planning", "Model rooms and noise propagation (CadnaA, Odeon)", "Write reports and "
         "expert witness statements", "Lead and mentor a team of consultants", "Win work and manage fees"],
        ["{years}+ years in acoustic consultancy", "A degree in acoustics, physics or engineering",
         "Membership of the Institute of Acoustics (MIOA)"],
        ["Expert witness experience", "Laboratory or vibration work", "Pre-completion sound testing",
         "BB93 and ProPG"]),
    "noise-vibration-engineer": _a(
        {"senior": "Senior NVH Engineer (Automotive)"},
        ["Reduce noise and vibration in our electric vehicle drive units."],
        ["Run NVH tests on rigs and vehicles", "Analyse data in Simcenter Testlab", "Work with design teams"],
        ["{years}+ years in NVH engineering"], ["Electric drive experience"]),
    "audio-visual-designer": _a(
        {"senior": "Senior AV Systems Designer"},
        ["Design audio-visual systems for lecture theatres and meeting rooms."],
        ["Design AV systems", "Write specifications", "Commission installations"],
        ["CTS certification or equivalent"], ["Dante", "Room acoustics"]),
    "acoustic-guitar-luthier": _a(
        {"mid": "Luthier (Acoustic Guitars)"},
        ["Build and repair acoustic guitars in our Cambridge workshop."],
        ["Build guitars by hand", "Set up and repair instruments", "Finish and polish"],
        ["Woodworking and instrument-making experience"], ["Lacquer finishing"]),
    "environmental-health-officer": _a(
        {"senior": "Senior Environmental Health Officer (Noise and Nuisance)"},
        ["Investigate noise and nuisance complaints for the district council."],
        ["Investigate complaints", "Serve abatement notices", "Advise on planning applications"],
        ["EHRB registration"], ["Noise monitoring"]),
    # ------------------------------------------------------- lifts (Graz, mid, on-site)
    "lift-technician": _a(
        {"entry": "Monteur-Helfer Aufzüge (Lift Fitter's Mate)", "mid": "Aufzugstechniker / Lift Service Technician",
         "senior": "Senior Aufzugstechniker (Lift Service Team Lead)", "lead": "Serviceleiter Aufzüge (Lift Service Manager)"},
        ["Service and repair passenger and goods lifts on your own route around Graz.",
         "Wir suchen einen Aufzugstechniker für Wartung und Störungsbehebung in der Steiermark."],
        ["Carry out scheduled maintenance on traction and hydraulic lifts", "Find and fix breakdowns, including "
         "call-outs", "Free trapped passengers safely", "Do statutory inspections with the inspection body",
         "Replace doors, ropes and control boards", "Keep service records on a tablet"],
        ["{years}+ years servicing lifts or escalators", "A trade qualification (Elektrotechnik, Mechatronik or "
         "similar)", "Driving licence B"],
        ["On-call rota experience", "Escalator experience", "Schindler, KONE or Otis controllers",
         "Good German"]),
    "escalator-installer": _a(
        {"mid": "Montagetechniker Fahrtreppen (Escalator Installer)"},
        ["Install new escalators and moving walks in shopping centres and stations."],
        ["Install escalators on site", "Align and adjust", "Hand over to service"],
        ["{years}+ years in mechanical installation"], ["Travel across Austria"]),
    "building-services-technician": _a(
        {"mid": "Haustechniker (Building Services Technician)"},
        ["Look after the heating, ventilation, electrics and lifts of our office buildings."],
        ["Maintain building services", "Call out contractors", "Keep logs"],
        ["Electrical or HVAC trade qualification"], ["Facility management software"]),
    "ski-lift-operator": _a(
        {"entry": "Liftwart (Ski Lift Attendant)"},
        ["Run the chairlift at our ski area for the winter season."],
        ["Load and unload guests", "Clear snow", "Check the lift each morning"],
        ["Winter season availability"], ["First aid"]),
    "forklift-driver-at": _a(
        {"mid": "Staplerfahrer (Forklift Driver)"},
        ["Move goods in our Graz distribution centre."],
        ["Load and unload trucks", "Pick orders", "Scan stock"],
        ["Forklift licence (Staplerschein)"], ["Warehouse experience"]),
    # ------------------------------------------------------- landscape architecture (Bilbao, senior)
    "landscape-architect": _a(
        {"entry": "Arquitecto/a Paisajista Junior", "mid": "Arquitecto/a Paisajista (Landscape Architect)",
         "senior": "Arquitecto/a Paisajista Senior", "lead": "Director/a de Paisajismo (Head of Landscape)"},
        ["Design public spaces, parks and streets from concept to construction.",
         "Our studio in Bilbao designs riverside parks, plazas and green streets across the Basque Country."],
        ["Lead landscape design from concept to detailed design", "Prepare planting plans and specifications",
         "Coordinate with architects, engineers and the city", "Present to clients and public consultations",
         "Supervise work on site", "Mentor junior designers"],
        ["{years}+ years as a landscape architect", "A degree or master's in landscape architecture",
         "AutoCAD and the Adobe suite"],
        ["Rhino or Vectorworks", "Sustainable drainage (SUDS)", "Basque (euskera)", "Competition entries"]),
    "urban-designer": _a(
        {"senior": "Urbanista Senior (Senior Urban Designer)"},
        ["Prepare masterplans and urban design guidance for regeneration areas."],
        ["Draw masterplans", "Write design codes", "Work with planners"],
        ["{years}+ years in urban design"], ["GIS"]),
    "garden-maintenance-es": _a(
        {"mid": "Jardinero/a (Gardener)"},
        ["Maintain the parks and gardens of Bilbao."],
        ["Mow, prune and plant", "Keep paths clean", "Water and weed"],
        ["Gardening experience"], ["Tractor licence"]),
    "landscape-photographer": _a(
        {"senior": "Fotógrafo/a de Paisaje (Landscape Photographer)"},
        ["Shoot landscapes and travel images for our tourism clients."],
        ["Plan and run shoots", "Edit images", "Manage the image library"],
        ["A strong portfolio"], ["Drone licence"]),
    "interior-architect-es": _a(
        {"senior": "Interiorista Senior (Interior Architect)"},
        ["Design shops, restaurants and hotel interiors."],
        ["Design interiors", "Choose finishes", "Run fit-outs"],
        ["Degree in interior design"], ["3D rendering"]),
    # ------------------------------------------------------- optometry (Winnipeg, mid, returner)
    "optometrist-ca": _a(
        {"entry": "Optometrist (New Graduate)", "mid": "Optometrist", "senior": "Senior Optometrist / Clinic Lead",
         "lead": "Clinical Director, Optometry"},
        ["Give comprehensive eye exams in our busy family practice.",
         "Join our Winnipeg eye clinic; we welcome optometrists returning to practice and offer a mentored start."],
        ["Carry out comprehensive eye examinations for all ages", "Fit contact lenses", "Diagnose and manage "
         "glaucoma and dry eye", "Use OCT and visual field testing", "Refer to ophthalmology", "Keep records in "
         "our EMR"],
        ["Registration (or eligible) with the Manitoba Association of Optometrists", "A Doctor of Optometry "
         "degree", "{years}+ years of practice"],
        ["Therapeutic prescribing", "Myopia control", "French", "Return-to-practice optometrists welcome"]),
    "optician-ca": _a(
        {"mid": "Licensed Optician"},
        ["Fit and dispense glasses in our optical store."],
        ["Dispense and adjust glasses", "Take measurements", "Order lenses"],
        ["Licensed optician"], ["Contact lens fitting"]),
    "ophthalmic-technician": _a(
        {"mid": "Ophthalmic Technician"},
        ["Take patient histories and run diagnostic tests before the ophthalmologist sees them."],
        ["Run OCT and visual fields", "Take histories", "Prepare patients"],
        ["COA certification or training"], ["Surgical assisting"]),
    "optical-sales-rep": _a(
        {"mid": "Territory Sales Representative, Ophthalmic Lenses"},
        ["Sell our lenses and frames to optometry practices across the Prairies."],
        ["Visit practices", "Run product training", "Hit targets"],
        ["{years}+ years in sales"], ["Optical background"]),
    "optical-network-engineer": _a(
        {"mid": "Optical Network Engineer"},
        ["Plan and maintain our DWDM fibre backbone."],
        ["Design optical links", "Troubleshoot fibre faults", "Upgrade equipment"],
        ["{years}+ years in optical networking"], ["Ciena or Nokia"]),
    "bakery-manager-ca": _a(
        {"mid": "Bakery Manager"},
        ["Run the bakery of our Winnipeg store."],
        ["Schedule bakers", "Order supplies", "Keep food safety records"],
        ["Bakery experience"], ["Food handler certificate"]),
    # ------------------------------------------------------- procurement executive (Geneva, lead)
    "chief-procurement-officer": _a(
        {"senior": "Head of Category Management", "lead": "Chief Procurement Officer"},
        ["Lead global procurement for our group and sit on the executive committee.",
         "Our Geneva-based group is looking for a CPO to lead a team of 120 buyers across four continents."],
        ["Own the procurement strategy and a CHF 2bn spend", "Lead category and regional procurement teams",
         "Sit on the executive committee", "Drive supplier risk, ESG and savings programmes", "Negotiate the "
         "largest contracts", "Report to the CFO and the board"],
        ["{years}+ years in procurement, with senior leadership", "Experience of global spend of CHF 1bn or more",
         "Fluent English and French"],
        ["CIPS fellowship", "Manufacturing or commodities", "Transformation programmes", "MBA"]),
    "supply-chain-director": _a(
        {"lead": "Supply Chain Director"},
        ["Lead planning, logistics and distribution for our European business."],
        ["Lead planning and logistics", "Cut inventory", "Report to the COO"],
        ["{years}+ years in supply chain leadership"], ["SAP IBP"]),
    "procurement-officer-un": _a(
        {"mid": "Procurement Officer (P-3)"},
        ["Run tenders for an international organisation in Geneva."],
        ["Run tenders", "Evaluate bids", "Draft contracts"],
        ["{years}+ years in public procurement"], ["UN rules"]),
    "chief-compliance-officer-ch": _a(
        {"lead": "Chief Compliance Officer"},
        ["Lead compliance for our commodity trading house."],
        ["Own the compliance programme", "Report to the board", "Lead investigations"],
        ["{years}+ years in compliance"], ["Sanctions expertise"]),
    "commodity-trader": _a(
        {"senior": "Senior Commodity Trader (Grains)"},
        ["Buy and sell grains for our Geneva trading desk."],
        ["Trade physical grains", "Manage positions", "Work with freight"],
        ["{years}+ years trading"], ["Russian or Portuguese"]),
    # ------------------------------------------------------- records management (Canberra, changer)
    "records-manager-au": _a(
        {"entry": "Records Officer (APS 4)", "mid": "Records and Information Manager (APS 6)",
         "senior": "Senior Information Manager (EL1)", "lead": "Director, Information Management (EL2)"},
        ["Look after the department's records, from creation to archive, in our EDRMS.",
         "Our information management team keeps the agency's records compliant with the Archives Act."],
        ["Run the agency's EDRMS (Content Manager)", "Write and apply records authorities and disposal "
         "schedules", "Train staff in good recordkeeping", "Handle FOI searches and sentencing", "Plan "
         "digitisation and migrations", "Report to the National Archives"],
        ["{years}+ years in records or information management", "Knowledge of the Archives Act 1983",
         "An Australian citizen able to get a Baseline clearance"],
        ["A library, archives or information management qualification", "Content Manager (TRIM)",
         "FOI experience", "RIMPA membership"]),
    "archivist-au": _a(
        {"mid": "Archivist"},
        ["Arrange, describe and preserve historical collections."],
        ["Describe collections", "Answer researcher enquiries", "Preserve materials"],
        ["A qualification in archives"], ["Digital preservation"]),
    "librarian-au": _a(
        {"mid": "Librarian"},
        ["Run reader services and programs at our branch library."],
        ["Help readers", "Run programs", "Build the collection"],
        ["A library qualification (ALIA)"], ["Children's programs"]),
    "medical-records-clerk": _a(
        {"entry": "Health Information Clerk"},
        ["File and retrieve patient records at our hospital."],
        ["Retrieve charts", "Scan documents", "Answer requests"],
        ["Attention to detail"], ["Hospital experience"]),
    "record-label-manager": _a(
        {"mid": "Label Manager (Independent Record Label)"},
        ["Run releases and artist relationships for our independent record label."],
        ["Plan releases", "Work with artists", "Manage distribution"],
        ["{years}+ years in music"], ["Vinyl manufacturing"]),
    # ------------------------------------------------------- lettings / property management (Brighton, changer)
    "property-manager-uk": _a(
        {"entry": "Assistant Property Manager", "mid": "Property Manager (Lettings)",
         "senior": "Senior Property Manager", "lead": "Head of Property Management"},
        ["Look after a portfolio of rented homes for our landlords, from move-in to move-out.",
         "Our lettings agency in Brighton and Hove manages 900 homes and is growing its property management team."],
        ["Manage a portfolio of let properties", "Arrange repairs with contractors", "Carry out inspections and "
         "check-ins", "Handle deposits and disputes", "Keep landlords compliant (gas, electrical, EPC, licensing)",
         "Answer tenants and landlords"],
        ["{years}+ years in lettings or property management", "A full UK driving licence"],
        ["ARLA Propertymark qualification", "Reapit or Alto", "Agency experience", "HMO licensing"]),
    "block-manager": _a(
        {"mid": "Block Manager (Residential)"},
        ["Manage service charges and maintenance for blocks of flats."],
        ["Set service charge budgets", "Run AGMs", "Arrange major works"],
        ["{years}+ years in block management"], ["IRPM"]),
    "estate-agent-negotiator": _a(
        {"mid": "Sales Negotiator"},
        ["Book viewings and sell homes for our busy Brighton estate agency."],
        ["Book viewings", "Negotiate offers", "Chase sales"],
        ["Sales experience", "A driving licence"], ["Commission-driven"]),
    "mortgage-adviser": _a(
        {"mid": "Mortgage Adviser"},
        ["Advise buyers on mortgages and protection."],
        ["Advise clients", "Submit applications", "Keep files compliant"],
        ["CeMAP"], ["Estate agency experience"]),
    "property-developer-analyst": _a(
        {"mid": "Development Analyst"},
        ["Appraise land and development sites for a housebuilder."],
        ["Run appraisals", "Visit sites", "Report to the board"],
        ["{years}+ years in property"], ["Argus"]),
    # ------------------------------------------------------- events (Bordeaux, changer)
    "event-coordinator-fr": _a(
        {"entry": "Assistant(e) Chef de Projet Événementiel (Event Coordinator)",
         "mid": "Chef de Projet Événementiel (Event Manager)", "senior": "Chef de Projet Événementiel Senior",
         "lead": "Directeur/trice de l'Événementiel"},
        ["Organise corporate seminars, conferences and incentive trips for our clients.",
         "Notre agence bordelaise organise séminaires, congrès et voyages incentive pour les entreprises."],
        ["Source and book venues, hotels and caterers", "Build event budgets and schedules", "Manage registrations "
         "and attendee travel", "Brief suppliers and run the event on the day", "Report back to the client after "
         "the event", "Keep the event management tool up to date"],
        ["{years}+ years in events, travel or hospitality", "Organised, calm under pressure", "Fluent French and "
         "good English"],
        ["MICE or incentive travel experience", "Cvent or similar", "A second foreign language", "Wine tourism "
         "events"]),
    "wedding-planner": _a(
        {"mid": "Wedding Planner"},
        ["Plan weddings in châteaux around Bordeaux."],
        ["Meet couples", "Book suppliers", "Run the day"],
        ["Event experience"], ["English"]),
    "travel-consultant-fr": _a(
        {"senior": "Conseiller/ère Voyages Senior (Senior Travel Consultant)"},
        ["Book business travel for our corporate clients."],
        ["Book flights, hotels and trains in Amadeus", "Handle changes", "Look after key accounts"],
        ["{years}+ years in travel", "Amadeus"], ["Business travel"]),
    "event-security-steward": _a(
        {"entry": "Agent(e) de Sécurité Événementielle"},
        ["Work security at concerts and matches."],
        ["Check tickets and bags", "Manage crowds", "Respond to incidents"],
        ["CQP APS security card"], ["First aid"]),
    "hotel-sales-manager": _a(
        {"mid": "Responsable Commercial Hôtel (Hotel Sales Manager, Groups & Events)"},
        ["Sell meeting rooms and group stays at our Bordeaux hotel."],
        ["Sell group and event business", "Write proposals", "Hit targets"],
        ["{years}+ years in hotel sales"], ["Opera Sales & Catering"]),
    # ------------------------------------------------------- naval architecture (Southampton, first job)
    "naval-architect": _a(
        {"entry": "Graduate Naval Architect", "mid": "Naval Architect", "senior": "Senior Naval Architect",
         "lead": "Chief Naval Architect"},
        ["Design the hulls, stability and structure of workboats, ferries and yachts.",
         "Our marine design consultancy on the Solent runs a two-year graduate scheme towards chartered status."],
        ["Run stability and hydrostatic calculations", "Model hulls in Maxsurf or Rhino", "Size structure to "
         "class rules", "Prepare drawings and stability booklets", "Support surveys and inclining experiments",
         "Work with shipyards and class societies"],
        ["{years}+ years in naval architecture", "A degree in naval architecture, ship science or marine "
         "engineering"],
        ["RINA student membership", "Maxsurf", "Python or MATLAB", "Composite structures"]),
    "marine-surveyor": _a(
        {"mid": "Marine Surveyor (Yachts)"},
        ["Survey yachts and small craft for buyers and insurers."],
        ["Carry out pre-purchase surveys", "Write reports", "Inspect repairs"],
        ["{years}+ years in boatbuilding or surveying"], ["IIMS membership"]),
    "architectural-assistant-uk": _a(
        {"entry": "Graduate Architectural Assistant (Part 1)"},
        ["Support our architects on housing schemes in Hampshire."],
        ["Draw in Revit", "Build models", "Prepare planning drawings"],
        ["RIBA Part 1"], ["Revit"]),
    "boatbuilder": _a(
        {"entry": "Apprentice Boatbuilder"},
        ["Build composite boats in our yard."],
        ["Lay up composites", "Fit out", "Finish"],
        ["Practical skills"], ["Woodworking"]),
    "software-architect-maritime": _a(
        {"senior": "Software Architect"},
        ["Design the architecture of our maritime logistics platform."],
        ["Design services", "Review code", "Lead technical decisions"],
        ["{years}+ years of software engineering"], ["AWS"]),
    # ------------------------------------------------------- accounts payable (Raleigh, first job)
    "ap-clerk-nc": _a(
        {"entry": "Accounts Payable Clerk", "mid": "Accounts Payable Specialist", "senior": "Senior AP Specialist",
         "lead": "Accounts Payable Manager"},
        ["Process vendor invoices and payments for our growing company.",
         "Join our finance team in Raleigh; we train new graduates in AP and month-end close."],
        ["Match and enter vendor invoices", "Run weekly check and ACH payment runs", "Reconcile vendor statements",
         "Answer vendor questions", "Code expenses to the right accounts", "Help with month-end close"],
        ["{years}+ years in accounts payable or an accounting degree", "Excel (VLOOKUP, pivot tables)",
         "Attention to detail"],
        ["NetSuite or QuickBooks", "Three-way match experience", "Concur"]),
    "accounts-receivable-clerk": _a(
        {"entry": "Accounts Receivable Clerk"},
        ["Invoice customers and chase payments."],
        ["Raise invoices", "Apply cash", "Chase overdue accounts"],
        ["Accounting coursework or experience"], ["QuickBooks"]),
    "staff-accountant-nc": _a(
        {"mid": "Staff Accountant"},
        ["Close the books and prepare reconciliations."],
        ["Post journal entries", "Reconcile accounts", "Support the audit"],
        ["{years}+ years in accounting", "Accounting degree"], ["CPA track"]),
    "cinema-supervisor": _a(
        {"entry": "Cinema Shift Supervisor"},
        ["Run shifts at our movie theater."],
        ["Open and close the theater", "Supervise the concession stand", "Count cash"],
        ["Customer service experience"], ["Weekend availability"]),
    "payable-collections-agent": _a(
        {"entry": "Collections Agent (Call Center)"},
        ["Call customers with overdue accounts for our collections agency."],
        ["Make outbound calls", "Set up payment plans", "Log calls"],
        ["Phone experience"], ["Bilingual English/Spanish"]),
}
_clash = set(_NEW) & set(ARCHETYPES)
assert not _clash, f"fresh10 would overwrite earlier archetypes: {sorted(_clash)}"
ARCHETYPES.update(_NEW)

_PLACES = {
    "Cambridge": ("Cambridge", "England", "GB", "GBP"), "Peterborough": ("Peterborough", "England", "GB", "GBP"),
    "Graz": ("Graz", "Styria", "AT", "EUR"), "Klagenfurt": ("Klagenfurt", "Carinthia", "AT", "EUR"),
    "Bilbao": ("Bilbao", "Basque Country", "ES", "EUR"), "Santander": ("Santander", "Cantabria", "ES", "EUR"),
    "Winnipeg": ("Winnipeg", "MB", "CA", "CAD"), "Brandon": ("Brandon", "MB", "CA", "CAD"),
    "Geneva": ("Geneva", "Geneva", "CH", "CHF"), "Lausanne": ("Lausanne", "Vaud", "CH", "CHF"),
    "Canberra": ("Canberra", "ACT", "AU", "AUD"), "Wollongong": ("Wollongong", "NSW", "AU", "AUD"),
    "Brighton": ("Brighton", "England", "GB", "GBP"), "Crawley": ("Crawley", "England", "GB", "GBP"),
    "Bordeaux": ("Bordeaux", "Nouvelle-Aquitaine", "FR", "EUR"), "Toulouse": ("Toulouse", "Occitanie", "FR", "EUR"),
    "Southampton": ("Southampton", "England", "GB", "GBP"), "Plymouth": ("Plymouth", "England", "GB", "GBP"),
    "Raleigh": ("Raleigh", "NC", "US", "USD"), "Charlotte": ("Charlotte", "NC", "US", "USD"),
}
_taken = set(_PLACES) & set(PLACES)
assert not _taken, f"fresh10 would redefine earlier places: {sorted(_taken)}"
PLACES.update(_PLACES)

# What suits each person (grading.py's rules read these). A changer's family
# is their aim: the job they are leaving is 1.
FAMILY.update({
    "principal-acoustic-consultant": {"acoustic-consultant": 3, "noise-vibration-engineer": 2,
                                      "environmental-health-officer": 1},
    "lift-technician": {"lift-technician": 3, "escalator-installer": 2, "building-services-technician": 1},
    "landscape-architect": {"landscape-architect": 3, "urban-designer": 2, "garden-maintenance-es": 1},
    "optometrist-returner": {"optometrist-ca": 3, "ophthalmic-technician": 1, "optician-ca": 1},
    "chief-procurement-officer": {"chief-procurement-officer": 3, "supply-chain-director": 2,
                                  "procurement-officer-un": 1},
    "librarian-to-records-manager": {"records-manager-au": 3, "archivist-au": 2, "librarian-au": 1},
    "estate-agent-to-lettings": {"property-manager-uk": 3, "block-manager": 2, "estate-agent-negotiator": 1},
    "travel-consultant-to-events": {"event-coordinator-fr": 3, "wedding-planner": 2, "travel-consultant-fr": 1,
                                    "hotel-sales-manager": 1},
    "graduate-naval-architect": {"naval-architect": 3, "marine-surveyor": 1, "boatbuilder": 1},
    "graduate-ap-clerk": {"ap-clerk-nc": 3, "accounts-receivable-clerk": 2, "staff-accountant-nc": 1},
})
NEAR_MISS_KINDS.update({
    ("principal-acoustic-consultant", "acoustic-guitar-luthier"): "right-word-wrong-field",
    ("lift-technician", "ski-lift-operator"): "right-word-wrong-field",
    ("lift-technician", "forklift-driver-at"): "right-word-wrong-field",
    ("landscape-architect", "landscape-photographer"): "right-word-wrong-field",
    ("landscape-architect", "interior-architect-es"): "right-word-wrong-field",
    ("optometrist-returner", "optical-network-engineer"): "right-word-wrong-field",
    ("optometrist-returner", "optical-sales-rep"): "right-word-wrong-field",
    ("chief-procurement-officer", "procurement-officer-un"): "right-field-wrong-level",
    ("chief-procurement-officer", "chief-compliance-officer-ch"): "right-word-wrong-field",
    ("librarian-to-records-manager", "librarian-au"): "history-not-target",
    ("librarian-to-records-manager", "record-label-manager"): "right-word-wrong-field",
    ("librarian-to-records-manager", "medical-records-clerk"): "right-field-wrong-level",
    ("estate-agent-to-lettings", "estate-agent-negotiator"): "history-not-target",
    ("estate-agent-to-lettings", "property-developer-analyst"): "right-word-wrong-field",
    ("travel-consultant-to-events", "travel-consultant-fr"): "history-not-target",
    ("travel-consultant-to-events", "event-security-steward"): "right-word-wrong-field",
    ("graduate-naval-architect", "architectural-assistant-uk"): "right-word-wrong-field",
    ("graduate-naval-architect", "software-architect-maritime"): "right-word-wrong-field",
    ("graduate-ap-clerk", "payable-collections-agent"): "right-word-wrong-field",
})


# Each person's prefs also hold the saved search they would add, as people
# state it (`search` in NAME.preferences.json, keyed by `discover search
# add`'s options). The grades do not read it. The résumés differ on purpose
# in how complete and how well written they are. A changer's level is the
# level of the job they are after.
PROFILES = {
    "principal-acoustic-consultant": dict(
        set="fresh10", city="Cambridge", level="lead",
        prefs=dict(target_salary_min=75000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Principal Acoustic Consultant", "Associate Director Acoustics",
                                      "Acoustics"],
                               location=["Cambridge", "Ely", "Remote (UK)"], level=["principal", "lead"],
                               **{"salary-min": 75000})),
        resume=_with(resume(
            "Dr Alistair Penhaligon", "Principal Acoustic Consultant, MIOA", "a.penhaligon@example.com",
            "Acoustic consultant for nineteen years, the last eight leading a team of six in building and "
            "environmental acoustics: university labs and lecture theatres, a 900-seat concert hall, large "
            "residential schemes and planning noise work. Expert witness at two planning inquiries. Looking for "
            "a principal or associate-director role in or near Cambridge, with two or three days in the office.",
            "Cambridge", "England", "GB",
            [work("Fenland Acoustics LLP (fictional)", "Principal Acoustic Consultant", "2018-01", None, "",
                  ["Leads a team of six consultants", "Room acoustics for a 900-seat concert hall",
                   "Expert witness for two planning inquiries"], ["Room acoustics", "CadnaA", "Odeon"]),
             work("Fenland Acoustics LLP (fictional)", "Senior Acoustic Consultant", "2012-03", "2017-12", "",
                  ["Environmental noise for planning", "Sound insulation design"], []),
             work("Thames Noise & Vibration Ltd", "Acoustic Consultant", "2007-09", "2012-02", "", [], [])],
            [dict(name="Acoustics", level="Expert", keywords=["Building acoustics", "Environmental noise",
                                                             "Room acoustics", "Vibration", "BB93", "ProPG",
                                                             "CadnaA", "Odeon", "Expert witness"])],
            certificates=[dict(name="Member of the Institute of Acoustics (MIOA)")]),
            education=[dict(institution="University of Southampton (ISVR)", area="Acoustics", studyType="PhD",
                            endDate="2007-07")])),
    "lift-technician": dict(
        set="fresh10", city="Graz", level="mid",
        prefs=dict(target_salary_min=42000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Aufzugstechniker", "Servicetechniker Aufzüge", "Lift Technician"],
                               location=["Graz", "Gleisdorf"], **{"work-type": ["onsite"], "salary-min": 42000})),
        resume=resume(
            "Markus Pichler", "Aufzugstechniker", "markus.pichler@example.com",
            "Aufzugstechniker, 9 J. Wartung, Störungen, Bereitschaft. Graz.",
            "Graz", "Styria", "AT",
            [work("Steirische Aufzugsdienst GmbH (fictional)", "Aufzugstechniker", "2017-03", None, "",
                  ["Eigene Wartungsroute, ca. 120 Anlagen", "Störungsbehebung und Personenbefreiung",
                   "Rufbereitschaft"], ["Seilaufzüge", "Hydraulik", "Steuerungen"]),
             work("Elektro Kainz", "Elektriker (Lehre und Geselle)", "2011-09", "2017-02", "", [], [])],
            [dict(name="Technik", level="Erfahren", keywords=["Aufzüge", "Elektrotechnik", "Hydraulik",
                                                            "Fehlersuche"])],
            languages=[dict(language="German", fluency="Native"), dict(language="English", fluency="Basic")],
            certificates=[dict(name="Lehrabschluss Elektrotechnik"), dict(name="Führerschein B")])),
    "landscape-architect": dict(
        set="fresh10", city="Bilbao", level="senior",
        prefs=dict(target_salary_min=40000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Arquitecto Paisajista", "Landscape Architect", "Paisajismo"],
                               location=["Bilbao", "Getxo", "Remoto (España)"], level=["senior", "lead"])),
        resume=_with(resume(
            "Ane Etxeberria Goikoetxea", "Arquitecta Paisajista", "ane.etxeberria@example.com", "",
            "Bilbao", "Basque Country", "ES",
            [work("Estudio Ibaizabal Paisaje SL (fictional)", "Arquitecta Paisajista Senior", "2019-02", None, "",
                  ["Parque de ribera de 6 ha en la ría", "Calles verdes con SUDS en Barakaldo",
                   "Coordinación con ingenierías y ayuntamientos"], ["AutoCAD", "Rhino", "Photoshop"]),
             work("Green Urbanism Studio, Rotterdam", "Landscape Architect", "2014-09", "2019-01", "", [], []),
             work("Vivero Artxanda", "Ayudante de vivero (veranos)", "2010-06", "2013-09", "", [], [])],
            [dict(name="Diseño", level="Avanzado", keywords=["Paisajismo", "Espacio público", "Plantación",
                                                           "SUDS", "AutoCAD", "Rhino", "Adobe"])],
            languages=[dict(language="Spanish", fluency="Native"), dict(language="Basque", fluency="Native"),
                       dict(language="English", fluency="C1"), dict(language="Dutch", fluency="B1")]),
            education=[dict(institution="ETSA Barcelona (UPC)", area="Máster en Arquitectura del Paisaje",
                            studyType="Máster", endDate="2014-07")])),
    "optometrist-returner": dict(
        set="fresh10", city="Winnipeg", level="mid",
        prefs=dict(target_salary_min=90000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Optometrist", "Doctor of Optometry"],
                               location=["Winnipeg, MB", "Steinbach, MB"], **{"salary-min": 90000})),
        resume=_with(resume(
            "Dr. Harpreet Sandhu", "Optometrist (returning to practice)", "harpreet.sandhu@example.com",
            "Optometrist with seven years in a family practice (comprehensive exams, contact lenses, glaucoma "
            "co-management). For the last five years I ran my family's bakery after my father's illness. I have "
            "completed my continuing-education hours and my Manitoba registration is reinstated. I'd like to get "
            "back to full-time optometry in Winnipeg, ideally with some mentoring for the first months.",
            "Winnipeg", "MB", "CA",
            [work("Sandhu Family Bakery", "Co-owner / Manager", "2021-06", None, "",
                  ["Ran a bakery with eight staff"], []),
             work("Red River Eye Care (fictional)", "Optometrist", "2014-07", "2021-05", "",
                  ["Comprehensive exams for all ages", "Contact lens fitting", "Glaucoma co-management"],
                  ["OCT", "Visual fields", "Contact lenses"])],
            [dict(name="Optometry", level="Experienced", keywords=["Eye exams", "Contact lenses", "Glaucoma",
                                                                 "OCT", "Myopia control"])],
            languages=[dict(language="English", fluency="Native"), dict(language="Punjabi", fluency="Native")],
            certificates=[dict(name="Manitoba Association of Optometrists — registration reinstated 2026")]),
            education=[dict(institution="University of Waterloo", area="Optometry", studyType="OD",
                            endDate="2014-05")])),
    "chief-procurement-officer": dict(
        set="fresh10", city="Geneva", level="lead",
        prefs=dict(target_salary_min=300000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Chief Procurement Officer", "CPO", "Group Head of Procurement"],
                               location=["Genève", "Nyon"], level=["executive", "head of"],
                               **{"salary-min": 300000})),
        resume=_with(resume(
            "Isabelle Favre-Moreau", "Group Chief Procurement Officer", "i.favremoreau@example.com",
            "Procurement executive with 22 years in industrial and consumer groups; CPO for the last six, "
            "with CHF 1.6bn of spend and 90 people in twelve countries. Built category management, supplier risk "
            "and ESG programmes and delivered 9% savings over three years. Seeking a CPO role on an executive "
            "committee in the Geneva area.",
            "Geneva", "Geneva", "CH",
            [work("Léman Industries SA (fictional)", "Group Chief Procurement Officer", "2020-01", None, "",
                  ["CHF 1.6bn spend, 90 people", "Member of the executive committee", "Supplier ESG programme"],
                  ["Category management", "Negotiation", "ESG"]),
             work("Alpine Consumer Brands AG", "VP Procurement Europe", "2013-04", "2019-12", "", [], []),
             work("Rhône Chemicals", "Category Manager, then Head of Indirect", "2004-09", "2013-03", "", [], [])],
            [dict(name="Leadership", level="Expert", keywords=["Procurement strategy", "Category management",
                                                             "Supplier risk", "Transformation", "SAP Ariba"])],
            languages=[dict(language="French", fluency="Native"), dict(language="English", fluency="Fluent"),
                       dict(language="German", fluency="Good")],
            certificates=[dict(name="FCIPS")]),
            education=[dict(institution="IMD Lausanne", area="Business Administration", studyType="MBA",
                            endDate="2012-06")])),
    "librarian-to-records-manager": dict(
        set="fresh10", city="Canberra", level="mid",
        prefs=dict(target_salary_min=90000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Records Manager", "Information Manager", "Records Officer"],
                               location=["Canberra, ACT", "Queanbeyan, NSW", "Remote (Australia)"],
                               level=["APS 6", "mid"], **{"salary-min": 90000})),
        resume=_with(resume(
            "Meredith O'Halloran", "Librarian", "meredith.ohalloran@example.com",
            "Librarian with eleven years in public and special libraries, the last four running the collection "
            "and its digitisation at a government department's library. I want to move into records and "
            "information management in the APS: a Records and Information Manager role at APS 6 (or Records "
            "Officer at APS 5 to start), using Content Manager and the Archives Act, not another library post.",
            "Canberra", "ACT", "AU",
            [work("Department of Regional Affairs Library (fictional)", "Librarian", "2022-02", None, "",
                  ["Runs the collection and its digitisation", "Helped the records team migrate to Content "
                   "Manager"], ["Cataloguing", "Digitisation", "Content Manager"]),
             work("ACT Libraries (fictional branch)", "Librarian", "2015-03", "2022-01", "", [], [])],
            [dict(name="Information", level="Advanced", keywords=["Cataloguing", "Metadata", "Digitisation",
                                                                "Content Manager (TRIM)", "FOI searches"])],
            certificates=[dict(name="ALIA Associate"), dict(name="Baseline security clearance")]),
            education=[dict(institution="Charles Sturt University", area="Information Studies",
                            studyType="Master", endDate="2014-12")])),
    "estate-agent-to-lettings": dict(
        set="fresh10", city="Brighton", level="entry",
        prefs=dict(target_salary_min=26000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Property Manager", "Lettings"], location=["Brighton", "Hove"])),
        resume=_with(resume(
            "Jordan Achterberg", "Sales Negotiator", "jordan.achterberg@example.com",
            "been selling houses in brighton for 5 years, good with people and landlords. sick of the "
            "commission rollercoaster, looking for something in property management or lettings, happy to "
            "start as an assistant.",
            "Brighton", "England", "GB",
            [work("Kemp Town Estates (fictional)", "Sales Negotiator", "2021-05", None, "",
                  ["Viewings, offers and sales progression"], []),
             work("Seafront Lettings", "Lettings Negotiator", "2020-01", "2021-04", "", [], []),
             work("Various bars, Brighton", "Bar staff", "2016-06", "2019-12", "", [], [])],
            []), skills=None)),
    "travel-consultant-to-events": dict(
        set="fresh10", city="Bordeaux", level="entry",
        prefs=dict(target_salary_min=26000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Chargé de projet événementiel", "Event Coordinator",
                                      "Assistant chef de projet événementiel"],
                               location=["Bordeaux", "Mérignac", "Télétravail (France)"],
                               level=["junior", "entry"], **{"salary-min": 26000})),
        resume=_with(resume(
            "Camille Lacoste", "Conseillère Voyages Senior", "camille.lacoste@example.com",
            "Eight years as a corporate travel consultant in Bordeaux: flights, hotels and trains for 40 client "
            "companies, group travel for seminars and a few incentive trips to Porto and Marrakech, booked in "
            "Amadeus. I speak French, English and Spanish. Now I want to move into corporate event "
            "coordination, as an assistant event project manager.",
            "Bordeaux", "Nouvelle-Aquitaine", "FR",
            [work("Garonne Voyages d'Affaires (fictional)", "Conseillère Voyages Senior", "2018-09", None, "",
                  ["40 corporate accounts", "Group travel for seminars of up to 200 people"],
                  ["Amadeus", "Group travel"]),
             work("Agence Quinconces Voyages", "Conseillère Voyages", "2016-09", "2018-08", "", [], [])],
            [dict(name="Voyage", level="Avancé", keywords=["Amadeus", "Groupes", "Relation client"])],
            languages=[dict(language="French", fluency="Native"), dict(language="English", fluency="C1"),
                       dict(language="Spanish", fluency="B2")]),
            education=[dict(institution="Lycée Saint-Louis, Bordeaux", area="BTS Tourisme", studyType="BTS",
                            endDate="2016-06")])),
    "graduate-naval-architect": dict(
        set="fresh10", city="Southampton", level="entry",
        prefs=dict(target_salary_min=28000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Graduate Naval Architect", "Naval Architect", "Ship Science"],
                               location=["Southampton", "Portsmouth"], level=["graduate", "entry"])),
        resume=_with(resume(
            "Olumide Adeyemi", "MEng Ship Science graduate", "olumide.adeyemi@example.com",
            "New MEng Ship Science graduate (2:1). Individual project on the stability of a 24 m catamaran "
            "crew-transfer vessel; summer placement with a marine design consultancy. Looking for a graduate "
            "naval architect scheme around Southampton.",
            "Southampton", "England", "GB",
            [work("Solent Marine Design (fictional)", "Summer Placement, Naval Architecture", "2025-06", "2025-09",
                  "", ["Hydrostatics and stability checks in Maxsurf", "Drew a general arrangement"], ["Maxsurf"])],
            [dict(name="Engineering", level="Intermediate", keywords=["Maxsurf", "Rhino", "MATLAB", "Python",
                                                                    "Stability", "Hydrostatics"])]),
            education=[dict(institution="University of Southampton", area="Ship Science", studyType="MEng",
                            endDate="2026-07")])),
    "graduate-ap-clerk": dict(
        set="fresh10", city="Raleigh", level="entry",
        prefs=dict(target_salary_min=40000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Accounts Payable", "AP Clerk", "Accounting Clerk"],
                               location=["Raleigh, NC", "Cary, NC", "Remote (US)"], **{"salary-min": 40000})),
        resume=_with(resume(
            "DeShawn Whitaker", "Accounting graduate", "deshawn.whitaker@example.com",
            "Just graduated with a BS in Accounting from NC State. Worked part-time at a movie theater all "
            "through college (shift supervisor the last year). Looking for my first accounting job, accounts "
            "payable or similar, in Raleigh.",
            "Raleigh", "NC", "US",
            [work("Triangle Cinemas (fictional)", "Shift Supervisor (part-time)", "2024-05", None, "",
                  ["Ran evening shifts and counted the cash drawers"], []),
             work("Triangle Cinemas (fictional)", "Concessions Crew (part-time)", "2022-08", "2024-04", "", [], [])],
            []), skills=None,
            education=[dict(institution="North Carolina State University", area="Accounting", studyType="BS",
                            endDate="2026-05")])),
}
# A landscape architect's CV often goes straight to the projects: no summary.
del PROFILES["landscape-architect"]["resume"]["basics"]["summary"]

# (kind, level, company, place, workplace, salary_min, salary_max) in thousands, None = not stated; the ids
# (f10-001, ...) follow this order. Each person's block holds fits, neighbours and near misses, including
# the same job at two employers where one is at the wrong level or place. No posting is placed in a second
# place a search names (Ely, Gleisdorf, Getxo, Steinbach, Nyon, Queanbeyan, Hove, Mérignac, Portsmouth,
# Cary): the rules grade every city but the person's as another city.
_ROWS = [
    # principal-acoustic-consultant (Cambridge, lead, hybrid, >= £75k)
    ("acoustic-consultant", "lead", "Granta Acoustics Ltd", "Cambridge", "hybrid", 80, 95),
    ("acoustic-consultant", "lead", "Cam Valley Engineering Partnership", "Cambridge", "hybrid", None, None),
    ("acoustic-consultant", "lead", "Nene Sound & Vibration", "Peterborough", "hybrid", 85, 95),
    ("acoustic-consultant", "lead", "QuietSpace Consulting", "Cambridge", "hybrid", 55, 65),
    ("acoustic-consultant", "senior", "Granta Acoustics Ltd", "Cambridge", "hybrid", None, None),
    ("acoustic-consultant", "mid", "Cam Valley Engineering Partnership", "Cambridge", "onsite", 40, 48),
    ("acoustic-consultant", "lead", "Anglia Acoustic Design", "remote-uk", "remote", None, None),
    ("acoustic-consultant", "lead", "Liffey Acoustics", "remote-ie", "remote", None, None),
    ("noise-vibration-engineer", "senior", "Fen Electric Drives Ltd", "Cambridge", "hybrid", 70, 85),
    ("environmental-health-officer", "senior", "South Cambs District Council (fictional)", "Cambridge",
     "hybrid", 45, 52),
    ("acoustic-guitar-luthier", "mid", "Mill Road Guitars", "Cambridge", "onsite", 28, 34),
    ("audio-visual-designer", "senior", "Chesterton AV Ltd", "Cambridge", "hybrid", 50, 60),
    # lift-technician (Graz, mid, on-site, >= €42k)
    ("lift-technician", "mid", "Murtal Aufzüge GmbH", "Graz", "onsite", 44, 52),
    ("lift-technician", "mid", "Schlossberg Lift Service GmbH", "Graz", "onsite", None, None),
    ("lift-technician", "senior", "Murtal Aufzüge GmbH", "Graz", "onsite", 52, 60),
    ("lift-technician", "mid", "Wörthersee Aufzugbau GmbH", "Klagenfurt", "onsite", 44, 50),
    ("lift-technician", "mid", "BilligLift Service OG", "Graz", "onsite", 34, 38),
    ("lift-technician", "entry", "Schlossberg Lift Service GmbH", "Graz", "onsite", None, None),
    ("lift-technician", "lead", "Murtal Aufzüge GmbH", "Graz", "hybrid", 70, 85),
    ("escalator-installer", "mid", "Alpen Fahrtreppen GmbH", "Graz", "onsite", 45, 52),
    ("escalator-installer", "mid", "Alpen Fahrtreppen GmbH", "Klagenfurt", "onsite", 45, 52),
    ("building-services-technician", "mid", "Grazer Immobilien Service GmbH", "Graz", "onsite", 40, 46),
    ("ski-lift-operator", "entry", "Schöckl Bergbahnen (fictional)", "Graz", "onsite", 26, 30),
    ("forklift-driver-at", "mid", "Steiermark Logistik GmbH", "Graz", "onsite", 32, 36),
    # landscape-architect (Bilbao, senior, hybrid, >= €40k)
    ("landscape-architect", "senior", "Nerbioi Paisaje SL", "Bilbao", "hybrid", 42, 50),
    ("landscape-architect", "senior", "Abandoibarra Arquitectos SLP", "Bilbao", "onsite", None, None),
    ("landscape-architect", "lead", "Nerbioi Paisaje SL", "Bilbao", "hybrid", 55, 65),
    ("landscape-architect", "senior", "Cantábrico Verde SL", "Santander", "hybrid", 42, 50),
    ("landscape-architect", "senior", "Jardines Express Bizkaia SL", "Bilbao", "hybrid", 30, 36),
    ("landscape-architect", "mid", "Abandoibarra Arquitectos SLP", "Bilbao", "hybrid", None, None),
    ("landscape-architect", "entry", "Nerbioi Paisaje SL", "Bilbao", "hybrid", 22, 26),
    ("landscape-architect", "senior", "Paisaje Abierto Estudio", "remote-es", "remote", None, None),
    ("landscape-architect", "senior", "Atelier Paysage Lyonnais", "remote-fr", "remote", None, None),
    ("urban-designer", "senior", "Bilbao Ría 2040 (fictional agency)", "Bilbao", "hybrid", 45, 55),
    ("garden-maintenance-es", "mid", "Servicios Verdes Bizkaia SL", "Bilbao", "onsite", 20, 24),
    ("landscape-photographer", "senior", "Euskadi Turismo Media (fictional)", "Bilbao", "hybrid", 30, 40),
    ("interior-architect-es", "senior", "Estudio Interior Indautxu", "Bilbao", "hybrid", 40, 48),
    # optometrist-returner (Winnipeg, mid, on-site, >= CA$90k)
    ("optometrist-ca", "mid", "Assiniboine Eye Centre", "Winnipeg", "onsite", 95, 120),
    ("optometrist-ca", "mid", "Osborne Village Optometry", "Winnipeg", "onsite", None, None),
    ("optometrist-ca", "senior", "Assiniboine Eye Centre", "Winnipeg", "onsite", 120, 140),
    ("optometrist-ca", "mid", "Westman Vision Clinic", "Brandon", "onsite", 100, 125),
    ("optometrist-ca", "mid", "QuickSight Optical", "Winnipeg", "hybrid", 70, 85),
    ("optometrist-ca", "entry", "Osborne Village Optometry", "Winnipeg", "onsite", None, None),
    ("optometrist-ca", "lead", "Prairie Eye Health Network", "Winnipeg", "onsite", 150, 180),
    ("optician-ca", "mid", "QuickSight Optical", "Winnipeg", "onsite", 50, 60),
    ("ophthalmic-technician", "mid", "Health Sciences Eye Clinic (fictional)", "Winnipeg", "onsite", None, None),
    ("optical-sales-rep", "mid", "ClearView Lenses Canada", "Winnipeg", "hybrid", 70, 90),
    ("optical-network-engineer", "mid", "Red River Fibre Networks", "Winnipeg", "hybrid", 90, 110),
    ("bakery-manager-ca", "mid", "Prairie Harvest Grocers", "Winnipeg", "onsite", 45, 55),
    # chief-procurement-officer (Geneva, lead, hybrid, >= CHF 300k)
    ("chief-procurement-officer", "lead", "Salève Holding SA", "Geneva", "hybrid", 320, 380),
    ("chief-procurement-officer", "lead", "Mont-Blanc Industries SA", "Geneva", "hybrid", None, None),
    ("chief-procurement-officer", "lead", "Plainpalais Pharma SA", "Geneva", "onsite", None, None),
    ("chief-procurement-officer", "lead", "Vaudoise Precision SA", "Lausanne", "hybrid", 320, 380),
    ("chief-procurement-officer", "lead", "Arve Services SA", "Geneva", "hybrid", 220, 260),
    ("chief-procurement-officer", "senior", "Salève Holding SA", "Geneva", "hybrid", None, None),
    ("chief-procurement-officer", "lead", "Helvetia Sourcing Group", "remote-ch", "remote", None, None),
    ("chief-procurement-officer", "lead", "EuroSource Holdings BV", "remote-eu", "remote", None, None),
    ("supply-chain-director", "lead", "Mont-Blanc Industries SA", "Geneva", "hybrid", 280, 340),
    ("procurement-officer-un", "mid", "International Trade Bureau (fictional)", "Geneva", "onsite", 130, 160),
    ("chief-compliance-officer-ch", "lead", "Quai du Mont-Blanc Trading SA", "Geneva", "hybrid", 300, 350),
    ("commodity-trader", "senior", "Quai du Mont-Blanc Trading SA", "Geneva", "onsite", 200, 300),
    # librarian-to-records-manager (Canberra, mid: the job she is after, hybrid, >= A$90k)
    ("records-manager-au", "mid", "Department of Inland Waterways (fictional)", "Canberra", "hybrid", 95, 108),
    ("records-manager-au", "mid", "National Grants Authority (fictional)", "Canberra", "hybrid", None, None),
    ("records-manager-au", "senior", "Department of Inland Waterways (fictional)", "Canberra", "hybrid",
     115, 130),
    ("records-manager-au", "mid", "Illawarra Health District (fictional)", "Wollongong", "hybrid", 90, 100),
    ("records-manager-au", "mid", "Capital Records Outsourcing Pty Ltd", "Canberra", "hybrid", 75, 85),
    ("records-manager-au", "entry", "National Grants Authority (fictional)", "Canberra", "onsite", 72, 80),
    ("records-manager-au", "entry", "Australian Fisheries Office (fictional)", "Canberra", "hybrid", None, None),
    ("records-manager-au", "mid", "GovInfo Services Pty Ltd", "remote-au", "remote", None, None),
    ("records-manager-au", "lead", "Department of Inland Waterways (fictional)", "Canberra", "hybrid", 150, 170),
    ("archivist-au", "mid", "Canberra Heritage Archive (fictional)", "Canberra", "onsite", 85, 98),
    ("librarian-au", "mid", "Belconnen Community Library (fictional)", "Canberra", "onsite", 80, 92),
    ("medical-records-clerk", "entry", "Canberra Southside Hospital (fictional)", "Canberra", "onsite", 55, 62),
    ("record-label-manager", "mid", "Lake Burley Records", "Canberra", "hybrid", None, None),
    # estate-agent-to-lettings (Brighton, entry: the job he is after, hybrid, >= £26k)
    ("property-manager-uk", "entry", "Lanes Lettings & Management", "Brighton", "hybrid", 26, 30),
    ("property-manager-uk", "entry", "Preston Park Residential", "Brighton", "onsite", None, None),
    ("property-manager-uk", "mid", "Lanes Lettings & Management", "Brighton", "hybrid", 30, 36),
    ("property-manager-uk", "entry", "Gatwick Homes Lettings", "Crawley", "hybrid", 27, 30),
    ("property-manager-uk", "entry", "Budget Lets Sussex", "Brighton", "hybrid", 21, 24),
    ("property-manager-uk", "senior", "Preston Park Residential", "Brighton", "hybrid", 40, 48),
    ("property-manager-uk", "entry", "RentWell UK", "remote-uk", "remote", None, None),
    ("property-manager-uk", "entry", "Regency Square Property Services", "Brighton", "hybrid", None, None),
    ("block-manager", "mid", "Marina Block Management Ltd", "Brighton", "hybrid", 30, 36),
    ("estate-agent-negotiator", "mid", "Regency Square Property Services", "Brighton", "onsite", 24, 40),
    ("mortgage-adviser", "mid", "Downs Mortgage Centre", "Brighton", "hybrid", 30, 45),
    ("property-developer-analyst", "mid", "Shoreham Homes plc", "Brighton", "hybrid", 40, 50),
    # travel-consultant-to-events (Bordeaux, entry: the job she is after, hybrid, >= €26k)
    ("event-coordinator-fr", "entry", "Gironde Séminaires & Congrès", "Bordeaux", "hybrid", 27, 31),
    ("event-coordinator-fr", "entry", "Chartrons Events SAS", "Bordeaux", "onsite", None, None),
    ("event-coordinator-fr", "mid", "Gironde Séminaires & Congrès", "Bordeaux", "hybrid", 32, 38),
    ("event-coordinator-fr", "entry", "Capitole Événements", "Toulouse", "hybrid", 27, 31),
    ("event-coordinator-fr", "entry", "Fête Facile SARL", "Bordeaux", "hybrid", 21, 24),
    ("event-coordinator-fr", "senior", "Chartrons Events SAS", "Bordeaux", "hybrid", 42, 50),
    ("event-coordinator-fr", "entry", "Incentive France en Ligne", "remote-fr", "remote", None, None),
    ("event-coordinator-fr", "entry", "Eventos Ibéricos SL", "remote-es", "remote", None, None),
    ("wedding-planner", "mid", "Mariages en Médoc", "Bordeaux", "onsite", 26, 32),
    ("travel-consultant-fr", "mid", "Aquitaine Business Travel", "Bordeaux", "hybrid", 30, 36),
    ("event-security-steward", "entry", "Sécurité Atlantique Événements", "Bordeaux", "onsite", 20, 23),
    ("hotel-sales-manager", "mid", "Hôtel des Quinconces (fictional)", "Bordeaux", "hybrid", 32, 40),
    # graduate-naval-architect (Southampton, entry, on-site, >= £28k)
    ("naval-architect", "entry", "Itchen Marine Design Ltd", "Southampton", "onsite", 30, 34),
    ("naval-architect", "entry", "Solent Workboat Engineering", "Southampton", "hybrid", None, None),
    ("naval-architect", "mid", "Itchen Marine Design Ltd", "Southampton", "hybrid", 36, 44),
    ("naval-architect", "entry", "Tamar Naval Consultants", "Plymouth", "onsite", 29, 33),
    ("naval-architect", "entry", "Hamble Yacht Design", "Southampton", "onsite", 22, 25),
    ("naval-architect", "senior", "Solent Workboat Engineering", "Southampton", "hybrid", 50, 60),
    ("naval-architect", "entry", "OffshoreCalc Ltd", "remote-uk", "remote", None, None),
    ("naval-architect", "lead", "Itchen Marine Design Ltd", "Southampton", "hybrid", 75, 90),
    ("marine-surveyor", "mid", "Test Valley Marine Surveys", "Southampton", "onsite", 35, 42),
    ("boatbuilder", "entry", "Hamble Yacht Design", "Southampton", "onsite", 20, 24),
    ("architectural-assistant-uk", "entry", "Ocean Village Architects", "Southampton", "hybrid", 24, 27),
    ("software-architect-maritime", "senior", "PortFlow Software Ltd", "Southampton", "hybrid", 70, 85),
    # graduate-ap-clerk (Raleigh, entry, on-site, >= $40k)
    ("ap-clerk-nc", "entry", "Oak City Distribution Inc.", "Raleigh", "onsite", 42, 48),
    ("ap-clerk-nc", "entry", "Triangle Health Partners", "Raleigh", "hybrid", None, None),
    ("ap-clerk-nc", "mid", "Oak City Distribution Inc.", "Raleigh", "hybrid", 48, 55),
    ("ap-clerk-nc", "entry", "Queen City Logistics", "Charlotte", "onsite", 42, 47),
    ("ap-clerk-nc", "entry", "Budget Staffing Raleigh", "Raleigh", "onsite", 32, 36),
    ("ap-clerk-nc", "senior", "Triangle Health Partners", "Raleigh", "hybrid", 60, 70),
    ("ap-clerk-nc", "entry", "LedgerWorks Remote LLC", "remote-us", "remote", None, None),
    ("ap-clerk-nc", "entry", "Maple Books Outsourcing Inc.", "remote-ca", "remote", None, None),
    ("accounts-receivable-clerk", "entry", "Wake Building Supply", "Raleigh", "onsite", 40, 45),
    ("staff-accountant-nc", "mid", "Wake Building Supply", "Raleigh", "hybrid", 55, 65),
    ("cinema-supervisor", "entry", "Crabtree Cinemas", "Raleigh", "onsite", 28, 32),
    ("payable-collections-agent", "entry", "Carolina Recovery Services", "Raleigh", "onsite", 34, 40),
    # shared distractors: every person sees them, unrelated to all
    ("java-backend", "senior", "Lac Léman Payments SA", "Geneva", "hybrid", 120, 150),
    ("icu-nurse", "mid", "Health Sciences Centre (fictional)", "Winnipeg", "onsite", 90, 110),
]
FRESH10 = [(f"f10-{number:03d}", *row) for number, row in enumerate(_ROWS, start=1)]
