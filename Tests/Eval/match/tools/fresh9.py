# The eleventh set, "fresh9" (issue 19, tenth round): ten kinds of people that
# no earlier set (dev, heldout, fresh, fresh2 … fresh8) has, in places the
# earlier sets did not use (the English East Midlands, Utah, Flanders, Nova
# Scotia, the Wellington region, Andalusia, Oklahoma, Pays de la Loire,
# Lesser Poland, Tasmania), postings written for them, and the saved search
# each would add, written the way people state it. Graded by the same rules
# (grading.py) and written before any ranker ran on it.
#
# Provenance: written by an AI coding assistant working as a helper on this
# repository (December 2026), by hand, blind to the ranker: it did not read
# Sources/, docs/matching.md, docs/evaluation.md past its rubric, or any
# ranking output, and ran no ranker. No person has reviewed the grades. Every
# person and employer is fictional. generate.py writes it to fresh9/.
#
# Kinds: a quantity surveyor (construction cost, Leicester, a terse summary),
# a GIS analyst whose years include seasons as a ski instructor (Salt Lake
# City, wants remote), an arborist (Ghent, Dutch-language, a résumé with no
# summary), a clinical dietitian back after a four-year break caring for her
# mother, with part-time supermarket work in the gap (Halifax, returner), a
# chief nursing officer (Wellington, executive; search levels "director" and
# "head of"), a new dentistry graduate (Seville, first job, Spanish; search
# level "junior"), an apprentice lineworker straight from line school whose
# years are fast-food work (Oklahoma City, first job), a bus driver who would
# "love to get into" train driving (Nantes, career changer, old job as label,
# French), a hotel receptionist aiming loosely at IT support (Kraków, career
# changer, old job as label) and a barista who wants to become a coffee
# roaster (Hobart, career changer, old job as label).
#
# Harder in ways real people are: three changers whose résumé label is the
# job they are leaving and whose summaries state the aim loosely ("I'd love
# to get into …"); three people whose years include unrelated work; searches
# with the level words people use ("junior", "director", "head of").
#
# Every kind of job below is new (none shares a key with an earlier set's
# archetypes, and no place key is redefined, so regenerating leaves the other
# sets byte-identical), except the two shared distractors at the end
# (`java-backend`, `icu-nurse`). Pay is in each place's currency (£, $, €,
# CA$, NZ$, PLN, A$); no new currency or remote region was needed. Every
# remote job open only to another country states no pay (the rules compare
# pay as numbers, without converting currencies).
import fresh8  # noqa: F401 (imports the earlier sets too: their places and remote regions this set reuses)
from archetypes import ARCHETYPES
from grading import FAMILY, NEAR_MISS_KINDS
from postings import PLACES
from profiles import resume, with_sections as _with, work

_NEW = {
    # ------------------------------------------------------- quantity surveying (Leicester)
    "quantity-surveyor-uk": dict(
        titles={"entry": "Assistant Quantity Surveyor", "mid": "Quantity Surveyor", "senior": "Senior Quantity Surveyor",
                "lead": "Associate Director, Cost Management"},
        summary=["Manage the cost of building projects from first estimate to final account.",
                 "Our cost consultancy in the East Midlands needs a quantity surveyor for education, health and "
                 "residential schemes."],
        duties=["Prepare cost plans and estimates at each RIBA stage", "Measure quantities and prepare bills of "
                "quantities", "Run tenders and analyse returns", "Value work in progress and certify interim "
                "payments", "Assess variations and agree final accounts", "Report cost to the client monthly"],
        required=["{years}+ years as a quantity surveyor", "A RICS-accredited degree in quantity surveying",
                  "NRM1 and NRM2", "JCT and NEC contracts"],
        nice=["MRICS or working towards it", "CostX or Bluebeam", "Public sector frameworks", "Main contractor "
              "experience"]),
    "cost-estimator-uk": dict(
        titles={"mid": "Estimator (Building)"},
        summary=["Price tenders for our regional building contractor."],
        duties=["Take off quantities from drawings", "Get and compare subcontractor quotes", "Build the tender "
                "price"],
        required=["{years}+ years estimating in construction"],
        nice=["QS degree", "CostX"]),
    "building-surveyor": dict(
        titles={"mid": "Building Surveyor"},
        summary=["Survey the condition of commercial buildings and run refurbishment projects."],
        duties=["Carry out condition surveys", "Write dilapidations schedules", "Specify repairs"],
        required=["RICS-accredited building surveying degree"],
        nice=["Party wall experience"]),
    "land-surveyor": dict(
        titles={"mid": "Land Surveyor"},
        summary=["Carry out topographic and setting-out surveys with GNSS and total stations."],
        duties=["Run topographic surveys", "Set out on site", "Process survey data in CAD"],
        required=["Experience with total stations and GNSS"],
        nice=["Laser scanning"]),
    "construction-commercial-manager": dict(
        titles={"lead": "Commercial Director (Construction)"},
        summary=["Lead the commercial team of our regional construction business."],
        duties=["Own margins across all projects", "Lead a team of quantity surveyors", "Report to the board"],
        required=["{years}+ years in construction commercial management"],
        nice=["MRICS"]),
    # ------------------------------------------------------- GIS (Salt Lake City)
    "gis-analyst-us": dict(
        titles={"entry": "GIS Technician", "mid": "GIS Analyst", "senior": "Senior GIS Analyst",
                "lead": "GIS Manager"},
        summary=["Build and maintain the spatial data and maps our planners and field crews rely on.",
                 "Join our geospatial team to analyse land, water and infrastructure data across the Intermountain "
                 "West."],
        duties=["Edit and quality-check geodatabases", "Run spatial analysis in ArcGIS Pro", "Build web maps and "
                "dashboards in ArcGIS Online", "Automate workflows with Python (ArcPy)", "Digitise features from "
                "aerial imagery", "Answer map and data requests from other teams"],
        required=["{years}+ years of GIS work", "ArcGIS Pro", "A degree in geography, GIS or a related field"],
        nice=["Python or ArcPy", "PostGIS or QGIS", "GISP certification", "Field data collection (Field Maps)"]),
    "remote-sensing-analyst": dict(
        titles={"mid": "Remote Sensing Analyst"},
        summary=["Turn satellite and drone imagery into land cover and change maps."],
        duties=["Classify imagery", "Run change detection", "Deliver maps to clients"],
        required=["{years}+ years in remote sensing or GIS", "ENVI, Google Earth Engine or similar"],
        nice=["Python"]),
    "gis-developer": dict(
        titles={"mid": "GIS Software Developer"},
        summary=["Build web mapping applications in TypeScript and React on top of ArcGIS and Mapbox."],
        duties=["Build map front ends", "Write spatial APIs", "Review code"],
        required=["{years}+ years of web development", "TypeScript"],
        nice=["ArcGIS JS API"]),
    "geotechnical-engineer": dict(
        titles={"mid": "Geotechnical Engineer"},
        summary=["Investigate soils and design foundations and slopes for infrastructure projects."],
        duties=["Plan site investigations", "Analyse soil test results", "Design foundations"],
        required=["PE or EIT", "Degree in civil or geotechnical engineering"],
        nice=["Slope stability software"]),
    "ski-instructor": dict(
        titles={"mid": "Ski Instructor (Full Season)"},
        summary=["Teach private and group ski lessons at our resort in the Wasatch mountains."],
        duties=["Teach group and private lessons", "Look after guest safety", "Run kids' ski school days"],
        required=["PSIA Level 1 or higher"],
        nice=["PSIA Level 2"]),
    # ------------------------------------------------------- arboriculture (Ghent)
    "arborist-be": dict(
        titles={"entry": "Hulpboomverzorger (Assistant Arborist)", "mid": "Boomverzorger / Arborist",
                "senior": "Ervaren Boomverzorger, Ploegbaas (Senior Arborist)",
                "lead": "Teamleider Boomverzorging (Arboriculture Manager)"},
        summary=["Prune, climb and fell trees in parks, streets and gardens around Ghent.",
                 "Ons groenbedrijf zoekt een boomverzorger voor snoei- en velwerk in Oost-Vlaanderen."],
        duties=["Climb and prune trees with rope and harness (SRT and DRT)", "Fell trees in sections and "
                "rig down limbs", "Operate chainsaws, chippers and stump grinders", "Work from aerial lifts",
                "Set up traffic management and work zones", "Carry out aerial rescue drills"],
        required=["{years}+ years as an arborist", "European Tree Worker (ETW) or a VTA/boomverzorging "
                  "certificate", "Chainsaw certificate", "Driving licence B (BE preferred)"],
        nice=["European Treetechnician (ETT)", "Aerial lift (hoogwerker) certificate", "Dutch and French",
              "Veteran tree management"]),
    "tree-surveyor-be": dict(
        titles={"mid": "Boomtechnisch Adviseur (Tree Surveyor)"},
        summary=["Assess the safety and health of trees for cities and developers."],
        duties=["Carry out visual tree assessments", "Write tree reports", "Advise on tree protection"],
        required=["European Tree Technician (ETT) or equivalent", "{years}+ years in arboriculture"],
        nice=["Resistograph or tomography"]),
    "landscape-gardener-be": dict(
        titles={"mid": "Hovenier (Landscape Gardener)"},
        summary=["Build and maintain private gardens in and around Ghent."],
        duties=["Lay paths and lawns", "Plant hedges and borders", "Mow and trim"],
        required=["Garden maintenance experience"],
        nice=["Machine licence"]),
    "tree-nursery-worker": dict(
        titles={"entry": "Medewerker Boomkwekerij (Tree Nursery Worker)"},
        summary=["Grow, pot and load young trees at our nursery near Ghent."],
        duties=["Pot and prune young trees", "Load orders", "Water and weed"],
        required=["Happy to work outdoors"],
        nice=["Forklift licence"]),
    "genealogist": dict(
        titles={"mid": "Stamboomonderzoeker (Genealogist)"},
        summary=["Research family trees for clients and for probate heir searches."],
        duties=["Search civil and parish records", "Build family trees", "Write client reports"],
        required=["Archive research experience"],
        nice=["Reading old Dutch and French handwriting"]),
    "telecom-tower-climber": dict(
        titles={"mid": "Mastklimmer (Telecom Tower Climber)"},
        summary=["Install and maintain antennas on telecom masts across Flanders."],
        duties=["Climb masts to install antennas", "Run cables", "Test radio equipment"],
        required=["Work-at-height certificate", "GWO or rope access"],
        nice=["Electrical training"]),
    # ------------------------------------------------------- dietetics (Halifax)
    "dietitian-ca": dict(
        titles={"entry": "Dietitian I (New Graduate)", "mid": "Registered Dietitian", "senior": "Clinical Dietitian II "
                "(Senior)", "lead": "Manager, Clinical Nutrition"},
        summary=["Assess and treat the nutrition needs of patients on our medical, surgical and renal units.",
                 "Our health authority is hiring registered dietitians for inpatient and outpatient clinics, and "
                 "welcomes dietitians returning to practice."],
        duties=["Assess patients' nutrition and write care plans", "Order and manage enteral and parenteral "
                "nutrition", "Counsel patients and families on therapeutic diets", "Document in the electronic "
                "health record", "Work with the interprofessional team on rounds", "Teach dietetic interns"],
        required=["Registration with the Nova Scotia Dietetic Association (or eligible)", "{years}+ years of "
                  "clinical dietetics", "A degree in nutrition from a PDEP-accredited program"],
        nice=["Renal or diabetes experience", "Certified Diabetes Educator", "French", "Return-to-practice "
              "dietitians welcome"]),
    "community-nutritionist": dict(
        titles={"mid": "Public Health Nutritionist"},
        summary=["Plan and run community nutrition and food security programs."],
        duties=["Run community programs", "Work with schools", "Write nutrition resources"],
        required=["Registered dietitian", "{years}+ years of practice"],
        nice=["Public health training"]),
    "diet-aide": dict(
        titles={"entry": "Dietary Aide"},
        summary=["Prepare and deliver patient meal trays in our hospital kitchen."],
        duties=["Assemble meal trays to diet orders", "Deliver trays to units", "Clean the kitchen"],
        required=["Food handler certificate"],
        nice=["Hospital food service experience"]),
    "supplement-sales": dict(
        titles={"mid": "Territory Sales Rep, Dietary Supplements"},
        summary=["Sell our vitamins and supplements to pharmacies and health food stores."],
        duties=["Visit stores", "Run promotions", "Hit sales targets"],
        required=["{years}+ years in sales"],
        nice=["Nutrition knowledge"]),
    "grocery-department-manager": dict(
        titles={"mid": "Grocery Department Manager"},
        summary=["Run the grocery department of our Halifax supermarket."],
        duties=["Order stock", "Schedule staff", "Keep shelves full"],
        required=["Retail supervisory experience"],
        nice=["Food safety certificate"]),
    # ------------------------------------------------------- nursing leadership (Wellington)
    "chief-nursing-officer": dict(
        titles={"mid": "Nurse Unit Manager", "senior": "Associate Director of Nursing",
                "lead": "Chief Nursing Officer (Director of Nursing)"},
        summary=["Lead nursing and midwifery across our hospitals and community services.",
                 "The executive leader for the professional practice, safety and workforce of our nurses."],
        duties=["Lead the nursing and midwifery workforce of 3,000 people", "Own professional standards and "
                "clinical safety", "Sit on the executive leadership team", "Lead workforce planning and safe "
                "staffing (CCDM)", "Work with Māori and Pacific health partners", "Report to the board on "
                "quality and risk"],
        required=["Registered nurse with the Nursing Council of New Zealand", "{years}+ years in senior nursing "
                  "leadership", "A postgraduate qualification in nursing or health management"],
        nice=["Experience at executive level", "Te Tiriti o Waitangi in practice", "Magnet or Pathway to "
              "Excellence", "Union partnership experience"]),
    "hospital-general-manager": dict(
        titles={"lead": "General Manager, Hospital Services"},
        summary=["Run the operations, budget and performance of our regional hospital."],
        duties=["Own the hospital budget", "Lead service managers", "Deliver on planned care targets"],
        required=["{years}+ years of health service leadership"],
        nice=["Clinical background"]),
    "aged-care-manager": dict(
        titles={"senior": "Facility Manager, Aged Care"},
        summary=["Run our 90-bed aged care home and its clinical team."],
        duties=["Lead the care team", "Meet audit standards", "Manage occupancy"],
        required=["Registered nurse", "Aged care management"],
        nice=["InterRAI"]),
    "ferry-chief-officer": dict(
        titles={"lead": "Chief Officer (Interislander Ferry)"},
        summary=["Serve as chief officer on our Cook Strait ro-ro passenger ferries."],
        duties=["Run the deck department", "Lead cargo and passenger safety", "Stand bridge watches"],
        required=["STCW Chief Mate certificate", "{years}+ years at sea"],
        nice=["Ro-ro passenger experience"]),
    # ------------------------------------------------------- dentistry (Seville)
    "dentist-es": dict(
        titles={"entry": "Odontólogo/a General (Recién Graduado/a)", "mid": "Odontólogo/a General",
                "senior": "Odontólogo/a Sénior (Implantes y Prótesis)", "lead": "Director/a Clínico/a (Dentista)"},
        summary=["Treat adult and child patients in our family dental clinic in Seville.",
                 "Buscamos odontólogo/a general para nuestra clínica en Sevilla; formación continua incluida."],
        duties=["Examine patients and plan treatment", "Place fillings and do root canals", "Extract teeth",
                "Take and read radiographs", "Explain treatment plans and costs to patients", "Refer to "
                "orthodontists and implant surgeons"],
        required=["Grado en Odontología", "Colegiación en el Colegio de Dentistas de Sevilla (or about to)",
                  "{years}+ years of clinical practice", "Spanish at native level"],
        nice=["Endodontics course", "Paediatric dentistry", "English", "Digital scanning (intraoral scanner)"]),
    "community-dental-officer": dict(
        titles={"entry": "Odontólogo/a de Atención Primaria (Public Health Dentist)"},
        summary=["Provide dental care in public primary care centres of the Andalusian health service."],
        duties=["Treat children under the public dental plan", "Run school screenings", "Refer complex cases"],
        required=["Grado en Odontología", "Colegiación"],
        nice=["Public health training"]),
    "orthodontist-es": dict(
        titles={"mid": "Ortodoncista"},
        summary=["Treat orthodontic patients with brackets and aligners."],
        duties=["Plan orthodontic treatment", "Fit braces and aligners", "Follow up patients monthly"],
        required=["Máster en Ortodoncia", "{years}+ years of orthodontics"],
        nice=["Invisalign certification"]),
    "dental-hygienist-es": dict(
        titles={"entry": "Higienista Dental"},
        summary=["Clean teeth and teach oral hygiene in our Seville clinic."],
        duties=["Scale and polish", "Take radiographs", "Teach patients brushing"],
        required=["Técnico Superior en Higiene Bucodental"],
        nice=["Periodontics experience"]),
    "dental-sales-rep-es": dict(
        titles={"entry": "Delegado/a Comercial Dental"},
        summary=["Sell our dental materials and equipment to clinics in western Andalusia."],
        duties=["Visit clinics", "Demonstrate products", "Hit sales targets"],
        required=["Driving licence", "Sales experience or a dental background"],
        nice=["Dental degree"]),
    "dental-assistant-es": dict(
        titles={"entry": "Auxiliar de Clínica Dental"},
        summary=["Assist our dentists at the chair and keep the surgery running."],
        duties=["Prepare instruments", "Assist at the chair", "Book patients"],
        required=["Técnico en Cuidados Auxiliares de Enfermería"],
        nice=["Dental software"]),
    # ------------------------------------------------------- line work (Oklahoma City)
    "lineworker-us": dict(
        titles={"entry": "Apprentice Lineworker", "mid": "Journeyman Lineworker", "senior": "Lead Lineworker (Crew "
                "Foreman)", "lead": "Line Superintendent"},
        summary=["Build and maintain overhead and underground power lines across central Oklahoma.",
                 "Our electric cooperative is hiring lineworkers for construction, maintenance and storm "
                 "restoration."],
        duties=["Climb poles and work from bucket trucks", "Set poles and string conductor", "Install "
                "transformers and services", "Restore power after storms, including nights and weekends",
                "Follow switching orders and safety rules", "Take part in the on-call rotation"],
        required=["Lineworker school certificate or {years}+ years of line work", "CDL Class A (or obtain within "
                  "6 months)", "Able to climb and lift 75 lb", "Live within 30 minutes of the service area"],
        nice=["Bucket truck experience", "OSHA 10", "First aid and pole-top rescue", "Underground experience"]),
    "groundman": dict(
        titles={"entry": "Groundman (Line Crew)"},
        summary=["Support our line crews on the ground: materials, rigging and traffic control."],
        duties=["Load and stage materials", "Rig and hand up tools", "Flag traffic"],
        required=["Driver's licence", "Able to work outdoors"],
        nice=["Lineworker school"]),
    "line-clearance-trimmer": dict(
        titles={"entry": "Line Clearance Tree Trimmer Trainee"},
        summary=["Clear trees from around power lines for our utility customers."],
        duties=["Trim trees near energised lines", "Run chippers", "Clean up work sites"],
        required=["Able to climb"],
        nice=["CDL"]),
    "telecom-cable-installer": dict(
        titles={"entry": "Fiber Cable Installer"},
        summary=["Install aerial and underground fibre for our broadband build."],
        duties=["Pull and lash fibre", "Work from bucket trucks", "Place handholes"],
        required=["Driver's licence"],
        nice=["Climbing experience"]),
    "line-cook": dict(
        titles={"entry": "Line Cook"},
        summary=["Cook on the line in our busy Bricktown restaurant."],
        duties=["Prep ingredients", "Cook to ticket", "Keep the station clean"],
        required=["Kitchen experience"],
        nice=["Food handler card"]),
    "production-line-operator": dict(
        titles={"entry": "Production Line Operator"},
        summary=["Run and feed machines on our packaging line."],
        duties=["Run the line", "Check product quality", "Clear jams"],
        required=["Able to stand for 12-hour shifts"],
        nice=["Forklift certificate"]),
    # ------------------------------------------------------- train driving (Nantes)
    "train-driver-fr": dict(
        titles={"entry": "Conducteur/trice de train en formation (Trainee Train Driver)",
                "mid": "Conducteur/trice de train (Train Driver)", "senior": "Conducteur/trice de train confirmé·e "
                "(Senior Train Driver)", "lead": "Chef de traction (Driver Manager)"},
        summary=["Drive regional passenger trains across Pays de la Loire after our paid training programme.",
                 "Nous recrutons des conducteurs de train, débutants acceptés: 12 mois de formation rémunérée "
                 "jusqu'à la licence."],
        duties=["Prepare and check the train before departure", "Drive regional trains to the timetable",
                "Apply signalling and safety rules", "Keep passengers informed when there are delays",
                "Report faults and incidents", "Work rotating shifts, weekends and holidays"],
        required=["Baccalauréat or equivalent", "Pass the psychotechnical and medical tests", "Available for shift "
                  "work", "{years}+ years of driving trains (for qualified drivers)"],
        nice=["Experience driving buses or coaches", "Customer-facing experience", "Licence de conducteur de "
              "train", "English"]),
    "tram-driver-fr": dict(
        titles={"entry": "Conducteur/trice de tramway"},
        summary=["Drive trams on our Nantes network after paid training."],
        duties=["Drive trams to the timetable", "Inform passengers", "Report incidents"],
        required=["Driving licence B", "Shift work"],
        nice=["Bus driving licence (D)"]),
    "bus-driver-fr": dict(
        titles={"mid": "Conducteur/trice de bus (Bus Driver)"},
        summary=["Drive city buses on our Nantes network."],
        duties=["Drive city bus routes", "Sell tickets and inform passengers", "Check the bus"],
        required=["Permis D", "FIMO voyageurs"],
        nice=["Experience in urban transport"]),
    "train-conductor-fr": dict(
        titles={"entry": "Contrôleur/euse (Train Conductor)"},
        summary=["Look after passengers and safety on board our regional trains."],
        duties=["Check tickets", "Help passengers", "Close doors and give departure"],
        required=["Customer service experience"],
        nice=["English"]),
    "driving-instructor-fr": dict(
        titles={"mid": "Moniteur/trice d'auto-école (Driving Instructor)"},
        summary=["Teach learner drivers for the car licence in our Nantes driving school."],
        duties=["Give driving lessons", "Prepare students for the test", "Teach the highway code"],
        required=["BEPECASER or Titre Professionnel ECSR"],
        nice=["Motorcycle instruction"]),
    "device-driver-engineer": dict(
        titles={"mid": "Ingénieur Logiciel Drivers Linux (Device Driver Engineer)"},
        summary=["Write Linux kernel drivers for our embedded boards."],
        duties=["Write kernel drivers in C", "Bring up new boards", "Debug with JTAG"],
        required=["{years}+ years of embedded C", "Linux kernel"],
        nice=["Yocto"]),
    "railway-track-worker": dict(
        titles={"entry": "Agent de maintenance des voies (Track Worker)"},
        summary=["Maintain railway track and ballast with our night crews."],
        duties=["Replace sleepers and rails", "Inspect track", "Work nights"],
        required=["Physically fit"],
        nice=["CACES"]),
    # ------------------------------------------------------- IT support (Kraków)
    "service-desk-pl": dict(
        titles={"entry": "Junior Service Desk Analyst", "mid": "IT Support Specialist", "senior": "Senior IT "
                "Support Engineer", "lead": "IT Support Team Lead"},
        summary=["Help our employees across Europe with their laptops, accounts and software.",
                 "Join our service desk in Kraków: first-line support by phone, chat and tickets, with training "
                 "for people new to IT."],
        duties=["Answer tickets, calls and chats from users", "Reset passwords and manage accounts in Active "
                "Directory and Entra ID", "Set up laptops and phones for new starters", "Troubleshoot Windows, "
                "Office 365 and VPN problems", "Escalate to second line and document fixes in the knowledge base",
                "Keep ticket SLAs"],
        required=["English at B2 or above", "Basic Windows and networking knowledge", "{years}+ years in IT "
                  "support (none for the junior role)", "Customer service attitude"],
        nice=["CompTIA A+ or ITIL Foundation", "German or French", "ServiceNow or Jira Service Management",
              "Experience in a customer-facing job"]),
    "it-asset-coordinator": dict(
        titles={"entry": "IT Asset and Onboarding Coordinator"},
        summary=["Keep track of our laptops and phones and get new starters set up."],
        duties=["Track IT assets", "Prepare equipment for new starters", "Order hardware"],
        required=["Organised", "English"],
        nice=["ServiceNow"]),
    "hotel-receptionist-pl": dict(
        titles={"mid": "Recepcjonista/ka Hotelowy/a (Hotel Receptionist)"},
        summary=["Welcome guests at the front desk of our Old Town hotel."],
        duties=["Check guests in and out", "Take bookings", "Handle guest requests"],
        required=["English", "Shift work"],
        nice=["Opera PMS"]),
    "it-recruiter-pl": dict(
        titles={"entry": "Junior IT Recruiter"},
        summary=["Find software engineers and IT specialists for our clients."],
        duties=["Source candidates on LinkedIn", "Run screening calls", "Manage the pipeline"],
        required=["English"],
        nice=["Interest in tech"]),
    "support-worker-care-pl": dict(
        titles={"entry": "Asystent/ka Osoby Niepełnosprawnej (Disability Support Worker)"},
        summary=["Support adults with disabilities in daily life at home and in the community."],
        duties=["Help with daily routines", "Go with clients to appointments", "Keep care notes"],
        required=["Empathy and patience"],
        nice=["Care experience"]),
    # ------------------------------------------------------- coffee roasting (Hobart)
    "coffee-roaster-au": dict(
        titles={"entry": "Assistant Coffee Roaster", "mid": "Coffee Roaster", "senior": "Head Roaster",
                "lead": "Production Manager, Roastery"},
        summary=["Roast specialty coffee for our cafés and wholesale customers in Tasmania.",
                 "Our Hobart roastery is growing and we'd love someone who knows coffee from the bar side to "
                 "learn roasting with us."],
        duties=["Roast to profiles on our 15 kg Loring and 5 kg Probat", "Log and adjust roast profiles",
                "Cup and taste daily production", "Weigh, pack and dispatch orders", "Keep green coffee stock "
                "and the roastery clean", "Train wholesale customers' baristas"],
        required=["Specialty coffee experience (barista or roasting)", "{years}+ years of roasting (not needed "
                  "for the assistant role)", "Able to lift 30 kg bags", "Good palate"],
        nice=["Cropster", "SCA Roasting or Sensory certificate", "Forklift licence", "Q Arabica Grader"]),
    "coffee-quality-technician": dict(
        titles={"entry": "Coffee Quality Control Technician"},
        summary=["Cup, measure and sign off every batch from our roastery."],
        duties=["Cup production roasts", "Measure roast colour and moisture", "Keep QC records"],
        required=["Coffee tasting experience"],
        nice=["SCA Sensory certificate"]),
    "barista-au": dict(
        titles={"mid": "Barista / Shift Lead"},
        summary=["Make great coffee and lead the floor in our busy Hobart café."],
        duties=["Pull shots and steam milk", "Lead the shift", "Dial in each morning"],
        required=["{years}+ years as a barista"],
        nice=["Latte art"]),
    "cafe-manager-au": dict(
        titles={"mid": "Café Manager"},
        summary=["Run our waterfront café: staff, stock, rosters and numbers."],
        duties=["Manage the team", "Order stock", "Hit weekly targets"],
        required=["Hospitality management experience"],
        nice=["RSA"]),
    "carvery-chef": dict(
        titles={"mid": "Carvery and Roast Chef"},
        summary=["Cook roasts and run the carvery in our hotel restaurant."],
        duties=["Roast meats and vegetables", "Carve at service", "Prep sides"],
        required=["Cert III in Commercial Cookery"],
        nice=["Large-volume cooking"]),
    "roaster-operator-mining": dict(
        titles={"mid": "Roaster Operator (Gold Processing Plant)"},
        summary=["Run the roaster circuit of our gold processing plant on a FIFO roster."],
        duties=["Run the roaster and gas scrubbing", "Take samples", "Do isolations"],
        required=["Process plant experience", "Cert II in Resources Processing"],
        nice=["Roaster circuit experience"]),
}
_clash = set(_NEW) & set(ARCHETYPES)
assert not _clash, f"fresh9 would overwrite earlier archetypes: {sorted(_clash)}"
ARCHETYPES.update(_NEW)

_PLACES = {
    "Leicester": ("Leicester", "England", "GB", "GBP"), "Coventry": ("Coventry", "England", "GB", "GBP"),
    "Salt Lake City": ("Salt Lake City", "UT", "US", "USD"),
    "Ghent": ("Ghent", "East Flanders", "BE", "EUR"), "Antwerp": ("Antwerp", "Antwerp", "BE", "EUR"),
    "Halifax": ("Halifax", "NS", "CA", "CAD"), "Moncton": ("Moncton", "NB", "CA", "CAD"),
    "Wellington": ("Wellington", "Wellington", "NZ", "NZD"),
    "Seville": ("Seville", "Andalusia", "ES", "EUR"), "Málaga": ("Málaga", "Andalusia", "ES", "EUR"),
    "Oklahoma City": ("Oklahoma City", "OK", "US", "USD"), "Tulsa": ("Tulsa", "OK", "US", "USD"),
    "Nantes": ("Nantes", "Pays de la Loire", "FR", "EUR"), "Rennes": ("Rennes", "Brittany", "FR", "EUR"),
    "Kraków": ("Kraków", "Lesser Poland", "PL", "PLN"), "Katowice": ("Katowice", "Silesia", "PL", "PLN"),
    "Hobart": ("Hobart", "TAS", "AU", "AUD"),
}
_taken = set(_PLACES) & set(PLACES)
assert not _taken, f"fresh9 would redefine earlier places: {sorted(_taken)}"
PLACES.update(_PLACES)

# What suits each person (grading.py's rules read these). A changer's family
# is their aim: the job they are leaving is 1.
FAMILY.update({
    "quantity-surveyor": {"quantity-surveyor-uk": 3, "cost-estimator-uk": 2, "construction-commercial-manager": 1},
    "gis-analyst": {"gis-analyst-us": 3, "remote-sensing-analyst": 2, "gis-developer": 1},
    "arborist": {"arborist-be": 3, "tree-surveyor-be": 2, "landscape-gardener-be": 1, "tree-nursery-worker": 1},
    "dietitian-returner": {"dietitian-ca": 3, "community-nutritionist": 2, "diet-aide": 1},
    "chief-nursing-officer": {"chief-nursing-officer": 3, "hospital-general-manager": 2, "aged-care-manager": 1},
    "graduate-dentist": {"dentist-es": 3, "community-dental-officer": 2, "orthodontist-es": 1,
                         "dental-hygienist-es": 1, "dental-assistant-es": 1},
    "apprentice-lineworker": {"lineworker-us": 3, "groundman": 2, "line-clearance-trimmer": 1,
                              "telecom-cable-installer": 1},
    "bus-driver-to-train-driver": {"train-driver-fr": 3, "tram-driver-fr": 2, "bus-driver-fr": 1,
                                   "train-conductor-fr": 1},
    "receptionist-to-it-support": {"service-desk-pl": 3, "it-asset-coordinator": 2, "hotel-receptionist-pl": 1},
    "barista-to-coffee-roaster": {"coffee-roaster-au": 3, "coffee-quality-technician": 2, "barista-au": 1,
                                  "cafe-manager-au": 1},
})
NEAR_MISS_KINDS.update({
    ("quantity-surveyor", "building-surveyor"): "right-word-wrong-field",
    ("quantity-surveyor", "land-surveyor"): "right-word-wrong-field",
    ("quantity-surveyor", "construction-commercial-manager"): "right-field-wrong-level",
    ("gis-analyst", "geotechnical-engineer"): "right-word-wrong-field",
    ("arborist", "genealogist"): "right-word-wrong-field",
    ("arborist", "telecom-tower-climber"): "right-word-wrong-field",
    ("dietitian-returner", "diet-aide"): "right-field-wrong-level",
    ("dietitian-returner", "supplement-sales"): "right-word-wrong-field",
    ("chief-nursing-officer", "ferry-chief-officer"): "right-word-wrong-field",
    ("graduate-dentist", "dental-hygienist-es"): "right-field-wrong-level",
    ("graduate-dentist", "dental-sales-rep-es"): "right-word-wrong-field",
    ("apprentice-lineworker", "line-cook"): "right-word-wrong-field",
    ("apprentice-lineworker", "production-line-operator"): "right-word-wrong-field",
    ("bus-driver-to-train-driver", "bus-driver-fr"): "history-not-target",
    ("bus-driver-to-train-driver", "driving-instructor-fr"): "right-word-wrong-field",
    ("bus-driver-to-train-driver", "device-driver-engineer"): "right-word-wrong-field",
    ("receptionist-to-it-support", "hotel-receptionist-pl"): "history-not-target",
    ("receptionist-to-it-support", "it-recruiter-pl"): "right-word-wrong-field",
    ("receptionist-to-it-support", "support-worker-care-pl"): "right-word-wrong-field",
    ("barista-to-coffee-roaster", "barista-au"): "history-not-target",
    ("barista-to-coffee-roaster", "carvery-chef"): "right-word-wrong-field",
    ("barista-to-coffee-roaster", "roaster-operator-mining"): "right-word-wrong-field",
})


# Each person's prefs also hold the saved search they would add, as people
# state it (`search` in NAME.preferences.json, keyed by `discover search
# add`'s options). The grades do not read it. The résumés differ on purpose
# in how complete and how well written they are. A changer's level is the
# level of the job they are after (entry for all three here).
PROFILES = {
    "quantity-surveyor": dict(
        set="fresh9", city="Leicester", level="mid",
        prefs=dict(target_salary_min=40000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Quantity Surveyor", "Cost Consultant"],
                               location=["Leicester", "Loughborough", "Remote (UK)"], level=["mid", "senior"],
                               **{"salary-min": 40000})),
        resume=resume(
            "Priya Mistry", "Quantity Surveyor", "priya.mistry@example.com",
            "PQS, 4 yrs. Cost plans, tenders, valuations, final accounts. NRM, JCT/NEC. APC next year. Leicester.",
            "Leicester", "England", "GB",
            [work("Soar Valley Cost Consultants", "Quantity Surveyor", "2022-09", None, "",
                  ["Cost plans to RIBA 4 for two academies and a health centre", "Interim valuations and final "
                   "accounts up to £12m"], ["NRM1", "NRM2", "JCT", "NEC4", "CostX"]),
             work("Soar Valley Cost Consultants", "Assistant Quantity Surveyor", "2021-07", "2022-08", "", [], [])],
            [dict(name="Cost management", level="Advanced", keywords=["Cost planning", "Bills of quantities",
                                                                     "Tendering", "Valuations", "CostX"])],
            certificates=[dict(name="BSc Quantity Surveying (RICS accredited)")])),
    "gis-analyst": dict(
        set="fresh9", city="Salt Lake City", level="mid",
        prefs=dict(target_salary_min=65000, preferred_work_type="remote", willing_to_relocate=False,
                   search=dict(title=["GIS Analyst", "GIS Specialist", "Geospatial Analyst"],
                               location=["Salt Lake City, UT", "Remote (US)"], **{"work-type": ["remote", "hybrid"],
                                                                                   "salary-min": 65000})),
        resume=_with(resume(
            "Tyler Christensen", "GIS Analyst", "tyler.christensen@example.com",
            "GIS analyst with three years at a county water district (ArcGIS Pro, ArcPy, Field Maps), after "
            "several winters teaching skiing while I finished my degree part-time. I'd like a remote GIS analyst "
            "job, or hybrid in Salt Lake.",
            "Salt Lake City", "UT", "US",
            [work("Jordan Valley Water District (fictional)", "GIS Analyst", "2023-04", None, "",
                  ["Maintains the water network geodatabase (40,000 features)", "Built ArcGIS Dashboards for field "
                   "crews", "Automated QA checks with ArcPy"], ["ArcGIS Pro", "ArcPy", "Field Maps", "SQL"]),
             work("Wasatch Peaks Resort", "Ski Instructor (seasonal)", "2016-12", "2023-03", "Five winter seasons.",
                  ["PSIA Level 2"], []),
             work("Summit Landscaping", "Crew member (summers)", "2017-05", "2022-09", "", [], [])],
            [dict(name="GIS", level="Advanced", keywords=["ArcGIS Pro", "ArcGIS Online", "Python", "QGIS",
                                                          "Spatial analysis"])]),
            education=[dict(institution="University of Utah", area="Geography (GIS certificate)", studyType="BS",
                            endDate="2022-12")])),
    "arborist": dict(
        set="fresh9", city="Ghent", level="mid",
        prefs=dict(target_salary_min=32000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Boomverzorger", "Arborist", "Boomklimmer"],
                               location=["Gent", "Deinze"], **{"work-type": ["onsite"]})),
        resume=_with(resume(
            "Jens De Smet", "Boomverzorger / Arborist", "jens.desmet@example.com", "",
            "Ghent", "East Flanders", "BE",
            [work("Groenwerken Leie BV", "Boomverzorger", "2020-03", None, "",
                  ["Snoeien en vellen in straten en parken voor de stad Gent", "Klimmen met SRT, afvieren met "
                   "takel"], ["Klimmen", "Kettingzaag", "Hoogwerker"]),
             work("Tuinen Van Acker", "Tuinman", "2017-06", "2020-02", "", [], [])],
            [dict(name="Boomverzorging", level="Advanced", keywords=["SRT", "DRT", "Rigging", "Chainsaw",
                                                                    "Aerial rescue"])],
            languages=[dict(language="Dutch", fluency="Native"), dict(language="French", fluency="Basic"),
                       dict(language="English", fluency="Good")],
            certificates=[dict(name="European Tree Worker (ETW)"), dict(name="Kettingzaag niveau 3"),
                          dict(name="Hoogwerker (IPAF 3a/3b)")]),
            education=[dict(institution="PIVA / Syntra Gent", area="Boomverzorging", studyType="Certificaat",
                            endDate="2019-06")])),
    "dietitian-returner": dict(
        set="fresh9", city="Halifax", level="mid",
        prefs=dict(target_salary_min=70000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Registered Dietitian", "Clinical Dietitian", "Dietitian"],
                               location=["Halifax, NS", "Dartmouth, NS"], level=["junior", "mid"],
                               **{"salary-min": 70000})),
        resume=_with(resume(
            "Siobhan MacLeod", "Registered Dietitian (returning to practice)", "siobhan.macleod@example.com",
            "Clinical dietitian, six years on renal and medical units, coming back after four years caring for "
            "my mother. I kept working part-time at a grocery store during that time. I've finished a "
            "re-entry program and my NSDA registration is active again, so I'm hoping to get back to a hospital "
            "or clinic dietitian job in Halifax — I don't mind starting a step down.",
            "Halifax", "NS", "CA",
            [work("Atlantic Fresh Market", "Grocery clerk (part-time)", "2022-09", None, "",
                  ["Stocking, cash and customer service"], []),
             work("Harbour Regional Health Centre (fictional)", "Registered Dietitian", "2016-06", "2022-08", "",
                  ["Renal and general medicine inpatients", "Enteral and parenteral nutrition", "Supervised "
                   "dietetic interns"], ["Renal nutrition", "Enteral nutrition", "Diabetes"]),
             work("Harbour Regional Health Centre (fictional)", "Dietetic Intern", "2015-09", "2016-05", "", [], [])],
            [dict(name="Dietetics", level="Advanced", keywords=["Clinical nutrition", "Renal", "Tube feeding",
                                                                "Diabetes education", "Counselling"])],
            certificates=[dict(name="NSDA registration (reinstated 2026)"), dict(name="Dietitian re-entry "
                                                                                       "program, 2026")]),
            education=[dict(institution="Mount Saint Vincent University", area="Applied Human Nutrition",
                            studyType="BSc", endDate="2015-05")])),
    "chief-nursing-officer": dict(
        set="fresh9", city="Wellington", level="lead",
        prefs=dict(target_salary_min=220000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Chief Nursing Officer", "Director of Nursing", "Executive Director Nursing"],
                               location=["Wellington", "Lower Hutt"], level=["director", "head of"],
                               **{"salary-min": 220000})),
        resume=_with(resume(
            "Mereana Tūhoe-Walker", "Director of Nursing", "mereana.walker@example.com",
            "Nurse leader with 25 years in acute care, the last six as Director of Nursing for a regional health "
            "service of 1,800 nurses. I led safe-staffing, a Magnet-style practice programme and our Māori "
            "nursing workforce strategy. Looking for a chief nursing officer or executive director of nursing "
            "role in the Wellington region.",
            "Wellington", "Wellington", "NZ",
            [work("Te Awa Regional Health (fictional)", "Director of Nursing", "2020-02", None, "",
                  ["Executive lead for 1,800 nurses and midwives", "Cut agency spend by 30% with CCDM",
                   "Led the Māori nursing workforce strategy"], ["Executive leadership", "Workforce planning"]),
             work("Te Awa Regional Health (fictional)", "Associate Director of Nursing, Medicine", "2014-05",
                  "2020-01", "", [], []),
             work("Capital Coast Hospital (fictional)", "Charge Nurse Manager, ICU", "2006-03", "2014-04", "", [], [])],
            [dict(name="Leadership", level="Expert", keywords=["Nursing leadership", "Clinical governance",
                                                               "Safe staffing", "Te Tiriti o Waitangi"])],
            certificates=[dict(name="Registered Nurse, Nursing Council of New Zealand")]),
            education=[dict(institution="Victoria University of Wellington", area="Nursing",
                            studyType="Master of Nursing Science", endDate="2010-11")])),
    "graduate-dentist": dict(
        set="fresh9", city="Seville", level="entry",
        prefs=dict(target_salary_min=24000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Odontólogo", "Odontóloga", "Dentista", "Odontólogo general"],
                               location=["Sevilla", "Dos Hermanas"], level=["junior"])),
        resume=_with(resume(
            "Lucía Romero Ortega", "Graduada en Odontología", "lucia.romero@example.com",
            "Recién graduada en Odontología por la Universidad de Sevilla (2026). Busco mi primer trabajo como "
            "odontóloga general en Sevilla. New dentistry graduate looking for a first general dentist job in "
            "Seville; clinical placements in restorative dentistry, endodontics and paediatric dentistry.",
            "Seville", "Andalusia", "ES",
            [work("Clínica Universitaria de Odontología", "Prácticas clínicas (student clinic)", "2024-09",
                  "2026-06", "", ["Fillings, extractions and root canals under supervision",
                                  "Paediatric check-ups"], ["Restorative dentistry", "Endodontics"]),
             work("Heladería La Giralda", "Dependienta (summers)", "2020-06", "2023-09", "", [], [])],
            [dict(name="Odontología", level="Beginner", keywords=["Obturaciones", "Endodoncia", "Exodoncia",
                                                                  "Radiología dental"])],
            languages=[dict(language="Spanish", fluency="Native"), dict(language="English", fluency="B2")]),
            education=[dict(institution="Universidad de Sevilla", area="Odontología", studyType="Grado",
                            endDate="2026-06")])),
    "apprentice-lineworker": dict(
        set="fresh9", city="Oklahoma City", level="entry",
        prefs=dict(target_salary_min=45000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Apprentice Lineman", "Lineworker Apprentice", "Groundman"],
                               location=["Oklahoma City, OK", "Norman, OK"], level=["junior", "entry"],
                               **{"salary-min": 45000})),
        resume=_with(resume(
            "Dakota Redbird", "Lineworker School Graduate", "dakota.redbird@example.com",
            "just finished lineworker school in november. climbing cert, CDL permit. looking for apprentice "
            "lineman or groundman work around OKC, will work storms.",
            "Oklahoma City", "OK", "US",
            [work("Sooner Burger", "Shift Lead", "2022-03", "2026-07", "", ["Opened and closed the store"], []),
             work("Sooner Burger", "Crew Member", "2020-06", "2022-02", "", [], [])],
            [dict(name="Line work", level="Beginner", keywords=["Pole climbing", "Rigging", "Knots",
                                                                "OSHA 10", "Bucket truck"])],
            certificates=[dict(name="Electrical Lineworker Certificate, 2026"), dict(name="OSHA 10"),
                          dict(name="CDL Class A learner permit")]),
            education=[dict(institution="Red River Lineworker Training Center (fictional)", area="Electrical "
                            "Lineworker", studyType="Certificate", endDate="2026-11")])),
    "bus-driver-to-train-driver": dict(
        set="fresh9", city="Nantes", level="entry",
        prefs=dict(target_salary_min=26000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Conducteur de train", "Conductrice de train", "Train Driver"],
                               location=["Nantes", "Saint-Nazaire"], level=["junior", "entry"])),
        resume=_with(resume(
            "Sandrine Le Goff", "Conductrice de bus", "sandrine.legoff@example.com",
            "Conductrice de bus depuis 9 ans à Nantes. J'aimerais beaucoup me reconvertir dans la conduite de "
            "trains — j'ai regardé les formations. Bus driver for nine years; I'd love to get into train driving "
            "if someone will train me.",
            "Nantes", "Pays de la Loire", "FR",
            [work("Transports de l'Agglomération Nantaise (fictional)", "Conductrice de bus", "2017-09", None, "",
                  ["Lignes urbaines et Chronobus", "Zéro accident responsable depuis 2019"], ["Permis D", "FIMO"]),
             work("Leclerc Rezé (fictional)", "Hôtesse de caisse", "2012-03", "2017-08", "", [], [])],
            [dict(name="Conduite", level="Advanced", keywords=["Permis D", "FIMO voyageurs", "Sécurité",
                                                               "Relation client"])],
            languages=[dict(language="French", fluency="Native"), dict(language="English", fluency="Basic")],
            certificates=[dict(name="Permis D"), dict(name="FIMO voyageurs")]),
            education=[dict(institution="Lycée professionnel (fictional)", area="Commerce", studyType="Bac pro",
                            endDate="2011-06")])),
    "receptionist-to-it-support": dict(
        set="fresh9", city="Kraków", level="entry",
        prefs=dict(target_salary_min=60000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["IT Support", "Service Desk", "Helpdesk"],
                               location=["Kraków", "Remote (Poland)"], level=["junior"],
                               **{"salary-min": 60000})),
        resume=_with(resume(
            "Kacper Nowak", "Hotel Receptionist", "kacper.nowak@example.com",
            "Front desk at a Kraków hotel for four years, before that waiting tables. I'm the one who fixes the "
            "printers and the booking system here, and I'd love to get into IT — a service desk or helpdesk job "
            "to start. Doing CompTIA A+ now. Polish, English C1, some German.",
            "Kraków", "Lesser Poland", "PL",
            [work("Hotel Wawel Garden (fictional)", "Hotel Receptionist", "2022-05", None, "",
                  ["Check-in and out for a 120-room hotel", "Unofficial first-line IT for the front office"],
                  ["Opera PMS", "Customer service"]),
             work("Restauracja Pod Baranem (fictional)", "Kelner (Waiter)", "2019-06", "2022-04", "", [], [])],
            [dict(name="IT", level="Beginner", keywords=["Windows", "Office 365", "Networking basics",
                                                         "Troubleshooting"])],
            languages=[dict(language="Polish", fluency="Native"), dict(language="English", fluency="C1"),
                       dict(language="German", fluency="A2")],
            certificates=[dict(name="CompTIA A+ (Core 1 passed, Core 2 in progress)")]),
            education=[dict(institution="Uniwersytet Jagielloński", area="Tourism and Recreation",
                            studyType="Licencjat", endDate="2021-06")])),
    "barista-to-coffee-roaster": dict(
        set="fresh9", city="Hobart", level="entry",
        prefs=dict(target_salary_min=58000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Coffee Roaster", "Assistant Roaster", "Production Roaster"],
                               location=["Hobart, TAS", "Kingston, TAS"], level=["junior", "entry"])),
        resume=resume(
            "Ella Fitzgerald-Nguyen", "Barista / Shift Lead", "ella.fn@example.com",
            "Barista for seven years, shift lead for three. I dial in every morning and I've done a few "
            "sample roasts with our roaster. I'd love to get into roasting properly — assistant roaster is fine.",
            "Hobart", "TAS", "AU",
            [work("Salamanca Lane Espresso (fictional)", "Barista / Shift Lead", "2019-08", None, "",
                  ["Lead a team of five on weekend shifts", "Dial in espresso daily", "Trained 20+ new baristas"],
                  ["Espresso", "Filter", "Dialling in"]),
             work("Various cafés, Melbourne", "Barista", "2017-02", "2019-07", "", [], [])],
            [dict(name="Coffee", level="Advanced", keywords=["Espresso", "Cupping", "Milk", "Training"])],
            certificates=[dict(name="SCA Barista Skills Intermediate"), dict(name="RSA (Tasmania)")])),
}
# An arborist's CV is often a list of jobs and tickets, with no summary at all.
del PROFILES["arborist"]["resume"]["basics"]["summary"]

# (kind, level, company, place, workplace, salary_min, salary_max) in thousands, None = not stated; the ids
# (f9-001, ...) follow this order. Each person's block holds fits, neighbours and near misses. No posting
# is placed in a second place a search names (Loughborough, Deinze, Dartmouth, Lower Hutt, Dos Hermanas,
# Norman, Saint-Nazaire, Kingston): the rules grade every city but the person's as another city.
_ROWS = [
    # quantity-surveyor (Leicester, mid, hybrid, >= £40k)
    ("quantity-surveyor-uk", "mid", "Soar Cost Management LLP", "Leicester", "hybrid", 40, 48),
    ("quantity-surveyor-uk", "mid", "Fosse Way Construction Ltd", "Leicester", "onsite", None, None),
    ("quantity-surveyor-uk", "senior", "Charnwood Cost Consultants", "Leicester", "hybrid", 50, 60),
    ("quantity-surveyor-uk", "mid", "Godiva Building Group", "Coventry", "hybrid", 42, 50),
    ("quantity-surveyor-uk", "mid", "Abbey Park Partnerships", "Leicester", "hybrid", 30, 36),
    ("quantity-surveyor-uk", "entry", "Charnwood Cost Consultants", "Leicester", "hybrid", None, None),
    ("quantity-surveyor-uk", "mid", "Midlands Cost Partners", "remote-uk", "remote", 42, 50),
    ("quantity-surveyor-uk", "mid", "Liffey Cost Consultants", "remote-ie", "remote", None, None),
    ("cost-estimator-uk", "mid", "Fosse Way Construction Ltd", "Leicester", "hybrid", 40, 46),
    ("building-surveyor", "mid", "Clock Tower Surveyors", "Leicester", "hybrid", 42, 50),
    ("land-surveyor", "mid", "Soar Geomatics Ltd", "Leicester", "onsite", 35, 42),
    ("construction-commercial-manager", "lead", "Fosse Way Construction Ltd", "Leicester", "hybrid", 80, 95),
    # gis-analyst (Salt Lake City, mid, wants remote, >= $65k)
    ("gis-analyst-us", "mid", "Great Basin Water Authority", "remote-us", "remote", 68, 78),
    ("gis-analyst-us", "mid", "Wasatch County Planning (fictional)", "Salt Lake City", "hybrid", None, None),
    ("gis-analyst-us", "senior", "Bonneville Land Analytics", "remote-us", "remote", 85, 100),
    ("gis-analyst-us", "mid", "Front Range Utilities", "Denver", "hybrid", 70, 80),
    ("gis-analyst-us", "mid", "Cheap Maps LLC", "remote-us", "remote", 50, 58),
    ("gis-analyst-us", "lead", "Great Basin Water Authority", "Salt Lake City", "hybrid", 110, 130),
    ("gis-analyst-us", "mid", "Prairie Geomatics Inc.", "remote-ca", "remote", None, None),
    ("gis-analyst-us", "entry", "Bonneville Land Analytics", "remote-us", "remote", None, None),
    ("remote-sensing-analyst", "mid", "Canyon Earth Observation", "remote-us", "remote", 70, 85),
    ("gis-developer", "mid", "Mapworks Software", "remote-us", "remote", 95, 115),
    ("geotechnical-engineer", "mid", "Wasatch Geotechnical", "Salt Lake City", "onsite", 75, 90),
    ("ski-instructor", "mid", "Cottonwood Canyon Resort", "Salt Lake City", "onsite", 35, 45),
    # arborist (Ghent, mid, on-site, >= €32k)
    ("arborist-be", "mid", "Groendienst Stad Gent (fictional)", "Ghent", "onsite", 33, 38),
    ("arborist-be", "mid", "Boomzorg Leiedal BV", "Ghent", "onsite", None, None),
    ("arborist-be", "senior", "Boomzorg Leiedal BV", "Ghent", "onsite", 38, 44),
    ("arborist-be", "mid", "Scheldeboom NV", "Antwerp", "onsite", 34, 40),
    ("arborist-be", "mid", "Goedkoop Groen BV", "Ghent", "onsite", 26, 30),
    ("arborist-be", "entry", "Groendienst Stad Gent (fictional)", "Ghent", "onsite", None, None),
    ("arborist-be", "lead", "Vlaamse Boomzorg Groep", "Ghent", "hybrid", 55, 65),
    ("tree-surveyor-be", "mid", "Arbor Advies Gent BV", "Ghent", "hybrid", 36, 44),
    ("landscape-gardener-be", "mid", "Tuinen Van de Velde", "Ghent", "onsite", 30, 35),
    ("tree-nursery-worker", "entry", "Boomkwekerij Lochristi (fictional)", "Ghent", "onsite", 25, 28),
    ("genealogist", "mid", "Familiearchief Vlaanderen", "Ghent", "hybrid", 35, 42),
    ("telecom-tower-climber", "mid", "Flanders Mast Services", "Ghent", "onsite", 36, 42),
    # dietitian-returner (Halifax, mid, on-site, >= CA$70k)
    ("dietitian-ca", "mid", "Harbour Regional Health Centre (fictional)", "Halifax", "onsite", 72, 88),
    ("dietitian-ca", "mid", "Bluenose Renal Clinic", "Halifax", "onsite", None, None),
    ("dietitian-ca", "senior", "Harbour Regional Health Centre (fictional)", "Halifax", "onsite", 85, 98),
    ("dietitian-ca", "mid", "Petitcodiac Health Network", "Moncton", "onsite", 70, 85),
    ("dietitian-ca", "mid", "Citadel Wellness Clinic", "Halifax", "hybrid", 55, 64),
    ("dietitian-ca", "mid", "Maritime Virtual Care", "remote-ca", "remote", 72, 86),
    ("dietitian-ca", "mid", "NourishNow Telehealth Inc.", "remote-us", "remote", None, None),
    ("dietitian-ca", "lead", "Harbour Regional Health Centre (fictional)", "Halifax", "onsite", 100, 120),
    ("community-nutritionist", "mid", "Nova Scotia Public Health (fictional)", "Halifax", "hybrid", 70, 82),
    ("diet-aide", "entry", "Harbour Regional Health Centre (fictional)", "Halifax", "onsite", 38, 44),
    ("supplement-sales", "mid", "Vitality Naturals Canada", "Halifax", "hybrid", 60, 75),
    ("grocery-department-manager", "mid", "Atlantic Fresh Market", "Halifax", "onsite", 50, 60),
    # chief-nursing-officer (Wellington, lead, hybrid, >= NZ$220k)
    ("chief-nursing-officer", "lead", "Te Whanganui Health (fictional)", "Wellington", "hybrid", 230, 260),
    ("chief-nursing-officer", "lead", "Capital Private Hospitals", "Wellington", "onsite", None, None),
    ("chief-nursing-officer", "lead", "Kāpiti Coast Health Trust", "Wellington", "hybrid", None, None),
    ("chief-nursing-officer", "lead", "Tāmaki Health Group", "Auckland", "hybrid", 240, 280),
    ("chief-nursing-officer", "lead", "Wairarapa Community Health", "Wellington", "hybrid", 160, 190),
    ("chief-nursing-officer", "senior", "Te Whanganui Health (fictional)", "Wellington", "hybrid", 170, 200),
    ("chief-nursing-officer", "senior", "Capital Private Hospitals", "Wellington", "hybrid", None, None),
    ("chief-nursing-officer", "mid", "Te Whanganui Health (fictional)", "Wellington", "onsite", 120, 140),
    ("hospital-general-manager", "lead", "Hutt Valley Hospital (fictional)", "Wellington", "hybrid", 230, 270),
    ("aged-care-manager", "senior", "Ōtaki Rest Home Group", "Wellington", "onsite", 130, 150),
    ("ferry-chief-officer", "lead", "Cook Strait Ferries", "Wellington", "onsite", 140, 160),
    # graduate-dentist (Seville, entry, on-site, >= €24k)
    ("dentist-es", "entry", "Clínica Dental Triana", "Seville", "onsite", 26, 32),
    ("dentist-es", "entry", "Sonrisas Nervión SL", "Seville", "onsite", None, None),
    ("dentist-es", "mid", "Clínica Dental Triana", "Seville", "onsite", 35, 45),
    ("dentist-es", "entry", "Dental Costa del Sol SL", "Málaga", "onsite", 26, 30),
    ("dentist-es", "entry", "DentoLowCost Andalucía SL", "Seville", "onsite", 18, 21),
    ("dentist-es", "senior", "Sonrisas Nervión SL", "Seville", "onsite", 50, 65),
    ("dentist-es", "lead", "Grupo Dental Guadalquivir", "Seville", "hybrid", 70, 90),
    ("community-dental-officer", "entry", "Servicio Andaluz de Salud (fictional post)", "Seville", "onsite", 28, 34),
    ("orthodontist-es", "mid", "Ortodoncia Giralda", "Seville", "onsite", 45, 60),
    ("dental-hygienist-es", "entry", "Clínica Dental Triana", "Seville", "onsite", 18, 22),
    ("dental-sales-rep-es", "entry", "Dentalia Suministros SA", "Seville", "hybrid", 26, 32),
    ("dental-assistant-es", "entry", "Sonrisas Nervión SL", "Seville", "onsite", 16, 19),
    # apprentice-lineworker (Oklahoma City, entry, on-site, >= $45k)
    ("lineworker-us", "entry", "Central Oklahoma Electric Cooperative", "Oklahoma City", "onsite", 46, 54),
    ("lineworker-us", "entry", "Red Dirt Power & Light", "Oklahoma City", "onsite", None, None),
    ("lineworker-us", "mid", "Central Oklahoma Electric Cooperative", "Oklahoma City", "onsite", 75, 95),
    ("lineworker-us", "entry", "Green Country Electric", "Tulsa", "onsite", 46, 52),
    ("lineworker-us", "entry", "Prairie Line Contractors", "Oklahoma City", "onsite", 36, 42),
    ("lineworker-us", "senior", "Red Dirt Power & Light", "Oklahoma City", "onsite", 95, 115),
    ("lineworker-us", "entry", "StormReady Line Services", "Oklahoma City", "onsite", 48, 56),
    ("groundman", "entry", "Prairie Line Contractors", "Oklahoma City", "onsite", 45, 50),
    ("line-clearance-trimmer", "entry", "Sooner Tree Services", "Oklahoma City", "onsite", 40, 44),
    ("telecom-cable-installer", "entry", "OKC Fiber Build LLC", "Oklahoma City", "onsite", 45, 55),
    ("line-cook", "entry", "Bricktown Grill", "Oklahoma City", "onsite", 30, 35),
    ("production-line-operator", "entry", "Heartland Packaging Co.", "Oklahoma City", "onsite", 38, 44),
    # bus-driver-to-train-driver (Nantes, entry: the job she is after, on-site, >= €26k)
    ("train-driver-fr", "entry", "Région Ouest Rail (fictional)", "Nantes", "onsite", 27, 31),
    ("train-driver-fr", "entry", "Atlantique Ferroviaire SAS", "Nantes", "onsite", None, None),
    ("train-driver-fr", "mid", "Région Ouest Rail (fictional)", "Nantes", "onsite", 32, 38),
    ("train-driver-fr", "entry", "Bretagne Rail Services", "Rennes", "onsite", 27, 31),
    ("train-driver-fr", "entry", "Fret Loire Services", "Nantes", "onsite", 21, 24),
    ("train-driver-fr", "senior", "Atlantique Ferroviaire SAS", "Nantes", "onsite", 40, 48),
    ("tram-driver-fr", "entry", "Transports de l'Agglomération Nantaise (fictional)", "Nantes", "onsite", 26, 30),
    ("bus-driver-fr", "mid", "Transports de l'Agglomération Nantaise (fictional)", "Nantes", "onsite", 26, 30),
    ("train-conductor-fr", "entry", "Région Ouest Rail (fictional)", "Nantes", "onsite", 25, 28),
    ("driving-instructor-fr", "mid", "Auto-École de l'Erdre", "Nantes", "onsite", 24, 28),
    ("device-driver-engineer", "mid", "Loire Embedded Systems", "remote-fr", "remote", 45, 55),
    ("railway-track-worker", "entry", "Voies Ouest Maintenance", "Nantes", "onsite", 24, 27),
    # receptionist-to-it-support (Kraków, entry: the job he is after, hybrid, >= PLN 60k)
    ("service-desk-pl", "entry", "Vistula Shared Services Sp. z o.o.", "Kraków", "hybrid", 60, 72),
    ("service-desk-pl", "entry", "Krakowski Hub IT Sp. z o.o.", "Kraków", "onsite", None, None),
    ("service-desk-pl", "mid", "Vistula Shared Services Sp. z o.o.", "Kraków", "hybrid", 80, 100),
    ("service-desk-pl", "entry", "Silesia Support Center", "Katowice", "hybrid", 60, 70),
    ("service-desk-pl", "entry", "Tani Helpdesk Sp. z o.o.", "Kraków", "hybrid", 45, 52),
    ("service-desk-pl", "senior", "Krakowski Hub IT Sp. z o.o.", "Kraków", "hybrid", 120, 150),
    ("service-desk-pl", "entry", "Polska Chmura Support", "remote-pl", "remote", 62, 70),
    ("service-desk-pl", "entry", "Rhein IT Services GmbH", "remote-de", "remote", None, None),
    ("it-asset-coordinator", "entry", "Vistula Shared Services Sp. z o.o.", "Kraków", "hybrid", 60, 70),
    ("hotel-receptionist-pl", "mid", "Hotel Kazimierz Boutique", "Kraków", "onsite", 50, 58),
    ("it-recruiter-pl", "entry", "TechTalent Kraków", "Kraków", "hybrid", 60, 75),
    ("support-worker-care-pl", "entry", "Fundacja Razem (fictional)", "Kraków", "onsite", 45, 50),
    # barista-to-coffee-roaster (Hobart, entry: the job she is after, on-site, >= A$58k)
    ("coffee-roaster-au", "entry", "Derwent Coffee Roasters", "Hobart", "onsite", 58, 64),
    ("coffee-roaster-au", "entry", "Mount Wellington Roasting Co.", "Hobart", "onsite", None, None),
    ("coffee-roaster-au", "mid", "Derwent Coffee Roasters", "Hobart", "onsite", 65, 75),
    ("coffee-roaster-au", "entry", "Fitzroy Roasting House", "Melbourne", "onsite", 60, 66),
    ("coffee-roaster-au", "entry", "Bargain Bean Co.", "Hobart", "onsite", 50, 55),
    ("coffee-roaster-au", "senior", "Mount Wellington Roasting Co.", "Hobart", "onsite", 80, 92),
    ("coffee-quality-technician", "entry", "Derwent Coffee Roasters", "Hobart", "onsite", 58, 65),
    ("barista-au", "mid", "Battery Point Café", "Hobart", "onsite", 55, 60),
    ("cafe-manager-au", "mid", "Constitution Dock Café", "Hobart", "onsite", 62, 70),
    ("carvery-chef", "mid", "Hadley's Harbour Hotel (fictional)", "Hobart", "onsite", 60, 68),
    ("roaster-operator-mining", "mid", "Goldfields Processing Pty Ltd", "Kalgoorlie", "onsite", 110, 130),
    # shared distractors: every person sees them, unrelated to all
    ("java-backend", "senior", "Leie Payments NV", "Ghent", "hybrid", 70, 85),
    ("icu-nurse", "mid", "Halifax Infirmary (fictional)", "Halifax", "onsite", 85, 100),
]
FRESH9 = [(f"f9-{number:03d}", *row) for number, row in enumerate(_ROWS, start=1)]
