# The fifth set, "fresh3" (issue 19, fourth round): ten kinds of people that
# neither dev, heldout, fresh nor fresh2 has, postings written for them, and
# the saved search each would add, written the way people state it. Graded
# by the same rules (grading.py) and committed before any ranker ran on it.
# Written by hand, blind to the ranker (its code and rules were not read);
# generate.py writes it to fresh3/.
#
# Kinds: an HGV (Class 1) driver, a dental hygienist returning after a career
# break, a firefighter moving into health and safety (career changer, old job
# still as label), a hotel front office manager, a new environmental-science
# graduate (first job), a school leaver looking for a first office job in data
# entry (first job), a bakery owner becoming a food safety officer (career
# changer), a store manager moving into buying (career changer, old job as
# label), a VP of engineering (executive) and a clinical research coordinator.
from archetypes import ARCHETYPES
from grading import FAMILY, NEAR_MISS_KINDS
from postings import PLACES, REMOTE
from profiles import resume, with_sections as _with, work

ARCHETYPES.update({
    # ------------------------------------------------------------- haulage
    "hgv-driver": dict(
        titles={"entry": "Trainee HGV Class 1 Driver", "mid": "HGV Class 1 Driver", "senior": "Senior Class 1 Driver (ADR)"},
        summary=["Drive our trunking and store-delivery routes out of the East Midlands depot.",
                 "We move chilled and ambient food for the big supermarkets, day and night shifts."],
        duties=["Drive articulated vehicles on trunking and multi-drop routes", "Do daily walkaround vehicle checks",
                "Load, secure and deliver to customers' delivery windows", "Keep tachograph and delivery paperwork right",
                "Couple and uncouple trailers in the yard"],
        required=["Category C+E (Class 1) licence", "Driver CPC and digital tachograph card",
                  "{years}+ years of Class 1 driving", "No more than 6 points on your licence"],
        nice=["ADR certificate", "Chilled or temperature-controlled experience", "Moffett or forklift licence"]),
    "hgv-class2-driver": dict(
        titles={"mid": "HGV Class 2 Driver"},
        summary=["Deliver building materials to sites around the city in rigid lorries."],
        duties=["Drive 18-tonne rigid lorries", "Use the crane to offload", "Do vehicle checks"],
        required=["Category C licence", "Driver CPC"],
        nice=["HIAB crane ticket"]),
    "delivery-driver": dict(
        titles={"entry": "Multi-drop Van Driver"},
        summary=["Deliver parcels to homes in your own area from our local depot."],
        duties=["Deliver 120 parcels a day", "Scan every drop on the handheld", "Load your van"],
        required=["Full UK car licence"],
        nice=["Courier experience"]),
    "bus-driver": dict(
        titles={"mid": "Bus Driver"},
        summary=["Drive city bus routes and look after our passengers."],
        duties=["Drive scheduled bus routes", "Help passengers with tickets", "Report defects"],
        required=["PCV (Category D) licence or willing to train", "Customer service"],
        nice=["Driver CPC"]),
    "driver-engineer": dict(
        titles={"senior": "Linux Kernel Driver Engineer"},
        summary=["Write the device drivers for our sensor chips."],
        duties=["Develop Linux kernel drivers in C", "Bring up new silicon", "Upstream patches"],
        required=["{years}+ years of C", "Linux kernel development"],
        nice=["Device tree"]),
    "transport-planner": dict(
        titles={"mid": "Transport Planner"},
        summary=["Plan the routes and loads of our 60-truck fleet from the traffic office."],
        duties=["Plan daily routes and loads", "Allocate drivers and vehicles", "Track deliveries"],
        required=["{years}+ years of transport planning", "Knowledge of drivers' hours rules"],
        nice=["Paragon or similar planning software"]),
    # -------------------------------------------------------------- dental
    "dental-hygienist": dict(
        titles={"entry": "Newly Qualified Dental Hygienist", "mid": "Dental Hygienist",
                "senior": "Senior Dental Hygienist"},
        summary=["Join our mixed NHS and private practice with its own hygiene suite.",
                 "Our friendly practice is looking for a hygienist for four days a week, with a dental nurse to support you."],
        duties=["Carry out scaling, root surface debridement and periodontal charting",
                "Give oral hygiene and smoking cessation advice", "Take radiographs and apply fluoride and fissure sealants",
                "Keep accurate clinical records", "Work with the dentists on periodontal treatment plans"],
        required=["Diploma or degree in dental hygiene", "GDC registration", "Indemnity cover",
                  "Up-to-date CPD including radiography and medical emergencies"],
        nice=["Experience with airflow or guided biofilm therapy", "Tooth whitening", "Welsh speaker"]),
    "oral-health-educator": dict(
        titles={"mid": "Oral Health Educator (Dental Hygienist)"},
        summary=["Teach dental teams and schools about oral health for a toothpaste maker."],
        duties=["Run oral health sessions for practices and schools", "Present clinical evidence", "Visit practices"],
        required=["Registered dental hygienist or therapist", "Presentation skills"],
        nice=["Driving licence"]),
    "dental-nurse": dict(
        titles={"entry": "Trainee Dental Nurse"},
        summary=["Support our dentists in the surgery while you train."],
        duties=["Prepare the surgery and instruments", "Assist chairside", "Decontaminate instruments"],
        required=["Willing to study for the dental nursing qualification"],
        nice=["Reception experience"]),
    "dentist": dict(
        titles={"senior": "Associate Dentist"},
        summary=["Take over a full NHS and private list at our practice."],
        duties=["Examine and treat patients", "Plan restorative treatment", "Supervise nurses"],
        required=["BDS and GDC registration", "NHS performer number"],
        nice=["Implant experience"]),
    "occupational-hygienist": dict(
        titles={"mid": "Occupational Hygienist"},
        summary=["Measure workplace exposure to dust, noise and chemicals for our industrial clients."],
        duties=["Carry out COSHH and noise surveys", "Write exposure reports", "Advise on controls"],
        required=["Degree in science", "BOHS certificate"],
        nice=["Asbestos surveying"]),
    "hygiene-operative": dict(
        titles={"entry": "Hygiene Operative (Nights)"},
        summary=["Deep clean our food factory's production lines overnight."],
        duties=["Clean and sanitise machinery", "Use chemicals safely", "Complete cleaning records"],
        required=["Reliable"],
        nice=["Food factory experience"]),
    # ------------------------------------------------------ health and safety
    "hse-advisor": dict(
        titles={"entry": "Health and Safety Coordinator", "mid": "Health and Safety Advisor",
                "senior": "Senior HSE Advisor", "lead": "Head of Health and Safety"},
        summary=["Help our sites keep people safe: advise managers, inspect, and investigate when things go wrong.",
                 "We are looking for a practical health and safety advisor who is as at home on site as in the office."],
        duties=["Carry out site inspections and safety audits", "Write and review risk assessments and method statements",
                "Investigate accidents and near misses and report under RIDDOR", "Deliver toolbox talks and safety training",
                "Keep the safety management system and ISO 45001 records"],
        required=["NEBOSH General Certificate", "{years}+ years in a health and safety role",
                  "Knowledge of UK health and safety law", "Confident with managers and the workforce"],
        nice=["Tech IOSH membership", "Fire risk assessment", "Construction or manufacturing experience"]),
    "fire-safety-advisor": dict(
        titles={"mid": "Fire Safety Advisor"},
        summary=["Keep our tenants' blocks safe from fire under the Building Safety Act."],
        duties=["Carry out fire risk assessments", "Inspect fire doors and compartmentation", "Advise on remedial works"],
        required=["Fire risk assessment qualification", "{years}+ years of fire safety"],
        nice=["Fire service background"]),
    "firefighter": dict(
        titles={"mid": "Firefighter (Wholetime)"},
        summary=["Respond to fires, road traffic collisions and rescues across the county."],
        duties=["Respond to emergency calls", "Carry out home fire safety visits", "Train on equipment and drills"],
        required=["Fitness standard", "Full driving licence"],
        nice=["First aid"]),
    "fire-alarm-engineer": dict(
        titles={"mid": "Fire Alarm Engineer"},
        summary=["Install and service fire alarm systems in commercial buildings."],
        duties=["Service fire alarm panels", "Fault-find on site", "Commission new systems"],
        required=["{years}+ years of fire and security systems", "Electrical qualification"],
        nice=["FIA units"]),
    # ------------------------------------------------------------- hotels
    "front-office": dict(
        titles={"entry": "Front Desk Agent", "mid": "Front Office Supervisor", "senior": "Front Office Manager",
                "lead": "Director of Rooms"},
        summary=["Lead the reception, concierge and night teams of our 220-room city hotel.",
                 "Our five-star hotel on the Ring is looking for someone to run the front of house and its guests' first impressions."],
        duties=["Lead reception, concierge, night audit and guest relations", "Plan rotas and train the front office team",
                "Handle VIP arrivals and guest complaints", "Work with revenue management on upselling and overbooking",
                "Keep the property management system and cash procedures in order"],
        required=["{years}+ years in hotel front office", "Opera PMS or a similar property management system",
                  "Fluent German and English", "Leading a team"],
        nice=["Another language", "Luxury or five-star hotel background", "Hotel school degree"]),
    "guest-relations": dict(
        titles={"senior": "Guest Relations Manager"},
        summary=["Look after our VIP and returning guests from booking to departure."],
        duties=["Greet VIP guests", "Resolve complaints", "Run the guest recognition programme"],
        required=["{years}+ years in luxury hotels", "German and English"],
        nice=["French"]),
    "revenue-manager": dict(
        titles={"senior": "Revenue Manager"},
        summary=["Set room rates and forecasts for a group of city hotels."],
        duties=["Set pricing and restrictions", "Forecast demand", "Report to owners"],
        required=["{years}+ years in hotel revenue management", "IDeaS or a similar system"],
        nice=["Excel modelling"]),
    "medical-front-office": dict(
        titles={"senior": "Front Office Manager, Private Clinic"},
        summary=["Run patient reception and billing at our private clinic."],
        duties=["Lead the reception team", "Manage appointments and insurance billing", "Handle patient queries"],
        required=["{years}+ years in medical practice administration", "German and English"],
        nice=["Knowledge of Austrian health insurance"]),
    "front-office-developer": dict(
        titles={"senior": "Front Office Developer (Trading Systems)"},
        summary=["Build the tools our traders use on the front office desk."],
        duties=["Develop pricing and trading tools in C# and Python", "Work with traders", "Support production"],
        required=["{years}+ years of software development", "C# or Python", "Financial markets knowledge"],
        nice=["Low-latency systems"]),
    # ------------------------------------------------------ environment
    "env-scientist": dict(
        titles={"entry": "Environmental Scientist I", "mid": "Environmental Scientist",
                "senior": "Senior Environmental Scientist", "lead": "Environmental Practice Lead"},
        summary=["Join our environmental consulting team working on site assessments, wetlands and water quality.",
                 "Start your environmental career in a team that does its own fieldwork, lab coordination and reporting."],
        duties=["Collect soil, groundwater and surface water samples in the field",
                "Delineate wetlands and survey habitats", "Enter and check field and lab data",
                "Write Phase I environmental site assessments and monitoring reports", "Make maps in ArcGIS"],
        required=["BS in environmental science, biology, geology or a related field",
                  "{years}+ years of environmental consulting or field work", "Valid driver's license",
                  "Willing to work outdoors in all seasons"],
        nice=["40-hour HAZWOPER", "ArcGIS Pro", "Wetland delineation training"]),
    "env-field-tech": dict(
        titles={"entry": "Environmental Field Technician"},
        summary=["Sample rivers, lakes and stormwater outfalls for the metro water program."],
        duties=["Collect water samples", "Maintain monitoring stations", "Record field data"],
        required=["Degree or coursework in environmental science", "Driver's license"],
        nice=["Boat handling"]),
    "env-engineer": dict(
        titles={"mid": "Environmental Engineer"},
        summary=["Design remediation and stormwater systems for industrial clients."],
        duties=["Design remediation systems", "Prepare permit applications", "Oversee contractors"],
        required=["BS in environmental or civil engineering", "EIT or PE", "{years}+ years of engineering"],
        nice=["AutoCAD"]),
    "env-services-worker": dict(
        titles={"entry": "Environmental Services Technician (Housekeeping)"},
        summary=["Keep our hospital's patient rooms clean and safe."],
        duties=["Clean and disinfect patient rooms", "Remove waste", "Restock supplies"],
        required=["High school diploma"],
        nice=["Hospital cleaning experience"]),
    # -------------------------------------------------------------- office
    "data-entry-clerk": dict(
        titles={"entry": "Data Entry Administrator", "mid": "Senior Data Administrator"},
        summary=["Keep our customer and order records accurate in a busy back office.",
                 "No experience needed: we will train you on our systems if you are accurate and keen."],
        duties=["Enter orders, invoices and customer details onto our system", "Check data for errors and fix them",
                "Scan and file paperwork", "Answer simple queries by phone and e-mail"],
        required=["Accurate typing", "Basic Excel and Word", "GCSE English and Maths (grade 4 / C)"],
        nice=["Office experience", "Typing speed of 40+ wpm"]),
    "office-admin": dict(
        titles={"entry": "Office Administrator"},
        summary=["Keep a small lettings office running smoothly."],
        duties=["Answer the phone and greet visitors", "Update tenant records", "Order supplies"],
        required=["Good with computers", "Friendly manner"],
        nice=["Office experience"]),
    "call-centre-agent": dict(
        titles={"entry": "Customer Service Advisor (Call Centre)"},
        summary=["Take inbound calls from our energy customers."],
        duties=["Answer 60 calls a day", "Update accounts", "Meet call targets"],
        required=["Clear phone manner"],
        nice=["Sales experience"]),
    "data-centre-technician": dict(
        titles={"entry": "Data Centre Technician"},
        summary=["Rack servers and run cabling in our data centre."],
        duties=["Install servers and cabling", "Replace failed hardware", "Work shifts"],
        required=["Interest in IT hardware", "CompTIA A+ or similar"],
        nice=["Fibre cabling"]),
    # ---------------------------------------------------------- food safety
    "food-safety-officer": dict(
        titles={"entry": "Trainee Food Safety Officer", "mid": "Food Safety Officer",
                "senior": "Senior Environmental Health Officer (Food)", "lead": "Food and Safety Team Manager"},
        summary=["Inspect the district's food businesses and help them get it right.",
                 "Our environmental health team protects the public by inspecting restaurants, takeaways and food producers."],
        duties=["Carry out food hygiene and standards inspections and give food hygiene ratings",
                "Investigate food complaints and food poisoning cases", "Take samples and take enforcement action",
                "Advise new food businesses", "Write inspection reports and keep records"],
        required=["Higher Certificate in Food Control or working towards it",
                  "Knowledge of food law and the Food Law Code of Practice", "Full driving licence", "Clear report writing"],
        nice=["Food industry experience", "HACCP Level 3 or 4", "EHRB registration"]),
    "food-safety-auditor": dict(
        titles={"mid": "Food Safety Auditor"},
        summary=["Audit food producers and caterers against our certification scheme."],
        duties=["Carry out announced and unannounced audits", "Write audit reports", "Travel to client sites"],
        required=["HACCP Level 4", "{years}+ years in food production or food safety"],
        nice=["Lead auditor qualification"]),
    "food-qa-technician": dict(
        titles={"mid": "QA Technician"},
        summary=["Keep our bakery factory's products safe and legal."],
        duties=["Check CCPs on the line", "Take samples", "Run internal audits"],
        required=["HACCP Level 3", "Food manufacturing experience"],
        nice=["BRC"]),
    "baker": dict(
        titles={"senior": "Head Baker"},
        summary=["Lead the early shift at our artisan bakery."],
        duties=["Bake bread and viennoiserie", "Plan production", "Train bakers"],
        required=["{years}+ years of baking", "Level 2 Food Hygiene"],
        nice=["Sourdough"]),
    # ---------------------------------------------------------- purchasing
    "buyer": dict(
        titles={"entry": "Assistant Buyer", "mid": "Buyer", "senior": "Senior Buyer", "lead": "Procurement Manager"},
        summary=["Buy the products our stores and customers need, at the right cost and on time.",
                 "Our purchasing team manages 300 suppliers; you will own a category from forecast to purchase order."],
        duties=["Place and follow up purchase orders in the ERP", "Negotiate prices and terms with suppliers",
                "Plan stock levels with forecasts and sales data", "Track supplier performance and resolve issues",
                "Source new suppliers and run quotes"],
        required=["{years}+ years in purchasing, buying, or retail or inventory management",
                  "Negotiation skills", "Strong Excel", "An ERP such as SAP, NetSuite or Oracle"],
        nice=["CPSM or CIPS", "Retail or distribution background", "Category management"]),
    "store-manager": dict(
        titles={"senior": "Store Manager"},
        summary=["Run one of our busiest big-box stores."],
        duties=["Lead a team of 80", "Own the store's P&L", "Drive sales and service"],
        required=["{years}+ years of retail management"],
        nice=["Big-box retail experience"]),
    "media-buyer": dict(
        titles={"mid": "Media Buyer"},
        summary=["Plan and buy TV, radio and digital advertising for our clients."],
        duties=["Negotiate ad placements", "Manage campaign budgets", "Report on campaign results"],
        required=["{years}+ years in media buying", "Google Ads and Meta Ads"],
        nice=["Programmatic"]),
    "buyers-agent": dict(
        titles={"mid": "Buyer's Agent (Real Estate)"},
        summary=["Help home buyers find and close on their homes."],
        duties=["Show homes", "Write offers", "Guide buyers to closing"],
        required=["Arizona real estate license"],
        nice=["Spanish"]),
    # ----------------------------------------------------- engineering heads
    "vp-engineering": dict(
        titles={"senior": "Head of Engineering", "lead": "VP of Engineering"},
        summary=["Lead our 120-person engineering organisation through the next stage of growth.",
                 "Our CEO and CTO are looking for a VP of Engineering to run delivery, hiring and engineering culture."],
        duties=["Lead engineering managers and their teams", "Own delivery, reliability and the engineering budget",
                "Scale hiring and career frameworks", "Set engineering practices with the CTO",
                "Work with product on the roadmap"],
        required=["{years}+ years in software engineering, 5+ leading managers", "Scaled an organisation past 50 engineers",
                  "Cloud software delivery", "Executive communication"],
        nice=["German", "Regulated industry experience", "Platform or mobility products"]),
    "cto": dict(
        titles={"lead": "Chief Technology Officer"},
        summary=["Own our technology strategy as a member of the executive team."],
        duties=["Set technology strategy", "Lead architecture and engineering", "Report to the board"],
        required=["{years}+ years in technology leadership", "Executive experience"],
        nice=["Insurance industry"]),
    "engineering-manager": dict(
        titles={"senior": "Engineering Manager"},
        summary=["Lead one of our product teams of seven engineers."],
        duties=["Run a team's delivery", "Coach engineers", "Hire"],
        required=["{years}+ years of software engineering", "2+ years managing engineers"],
        nice=["Kotlin"]),
    "vp-eng-manufacturing": dict(
        titles={"lead": "VP Engineering, Mechanical Design"},
        summary=["Lead the mechanical design of our packaging machines."],
        duties=["Lead mechanical and electrical design", "Own product development", "Work with production"],
        required=["Degree in mechanical engineering", "{years}+ years in machine building"],
        nice=["SolidWorks"]),
    # ------------------------------------------------- clinical research
    "crc": dict(
        titles={"entry": "Clinical Research Assistant", "mid": "Clinical Research Coordinator",
                "senior": "Senior Clinical Research Coordinator", "lead": "Clinical Research Manager"},
        summary=["Coordinate oncology trials at our cancer center from screening to close-out.",
                 "Our research office runs 40 interventional studies and needs a coordinator for its cardiology portfolio."],
        duties=["Screen, consent and enrol participants", "Schedule study visits and collect data per protocol",
                "Enter data into EDC systems and resolve queries", "Keep regulatory binders and IRB submissions current",
                "Work with sponsors and monitors during visits"],
        required=["Bachelor's degree in a science or health field", "{years}+ years of clinical research coordination",
                  "Good Clinical Practice (GCP) training", "Attention to detail"],
        nice=["CCRP or ACRP certification", "Phlebotomy", "Oncology trials"]),
    "clinical-coordinator-scheduling": dict(
        titles={"mid": "Clinical Coordinator (Home Health Scheduling)"},
        summary=["Schedule our home health nurses and aides."],
        duties=["Schedule visits", "Answer patient calls", "Track authorisations"],
        required=["Scheduling experience", "Home health knowledge"],
        nice=["Bilingual"]),
    "market-research-coordinator": dict(
        titles={"mid": "Research Coordinator, Consumer Insights"},
        summary=["Run consumer focus groups and surveys for our brand clients."],
        duties=["Recruit participants", "Run focus groups", "Manage survey vendors"],
        required=["{years}+ years in market research"],
        nice=["Qualtrics"]),
})

PLACES.update({
    "Nottingham": ("Nottingham", "England", "GB", "GBP"), "Cardiff": ("Cardiff", "Wales", "GB", "GBP"),
    "Sheffield": ("Sheffield", "England", "GB", "GBP"), "Newcastle": ("Newcastle upon Tyne", "England", "GB", "GBP"),
    "Vienna": ("Vienna", "Vienna", "AT", "EUR"), "Salzburg": ("Salzburg", "Salzburg", "AT", "EUR"),
    "Minneapolis": ("Minneapolis", "MN", "US", "USD"), "Duluth": ("Duluth", "MN", "US", "USD"),
    "Liverpool": ("Liverpool", "England", "GB", "GBP"), "Norwich": ("Norwich", "England", "GB", "GBP"),
    "Phoenix": ("Phoenix", "AZ", "US", "USD"), "Tucson": ("Tucson", "AZ", "US", "USD"),
    "Baltimore": ("Baltimore", "MD", "US", "USD"),
})

# What suits each person (grading.py's rules read these). A changer's family
# is their aim: the job they are leaving is 1.
FAMILY.update({
    "hgv-driver": {"hgv-driver": 3, "hgv-class2-driver": 2, "delivery-driver": 1, "transport-planner": 1},
    "dental-hygienist-returner": {"dental-hygienist": 3, "oral-health-educator": 2, "dental-nurse": 1},
    "firefighter-to-hse": {"hse-advisor": 3, "fire-safety-advisor": 2, "ehs-compliance": 2, "firefighter": 1},
    "hotel-front-office-manager": {"front-office": 3, "guest-relations": 2, "revenue-manager": 1,
                                   "restaurant-manager": 1},
    "env-science-graduate": {"env-scientist": 3, "env-field-tech": 2, "env-engineer": 1},
    "data-entry-first-job": {"data-entry-clerk": 3, "data-entry": 3, "office-admin": 2, "call-centre-agent": 1,
                             "retail-assistant": 1},
    "bakery-to-food-safety": {"food-safety-officer": 3, "food-safety-auditor": 2, "food-qa-technician": 2,
                              "food-technologist": 1, "baker": 1},
    "store-manager-to-buyer": {"buyer": 3, "supply-chain-planner": 2, "store-manager": 1},
    "vp-engineering": {"vp-engineering": 3, "cto": 2, "engineering-manager": 1, "software-architect": 1},
    "clinical-research-coordinator": {"crc": 3, "clinical-research-associate": 2, "regulatory-affairs": 1,
                                      "lab-technician": 1},
})
NEAR_MISS_KINDS.update({
    ("hgv-driver", "bus-driver"): "right-word-wrong-field",
    ("hgv-driver", "driver-engineer"): "right-word-wrong-field",
    ("hgv-driver", "delivery-driver"): "right-field-wrong-level",
    ("dental-hygienist-returner", "occupational-hygienist"): "right-word-wrong-field",
    ("dental-hygienist-returner", "hygiene-operative"): "right-word-wrong-field",
    ("dental-hygienist-returner", "dental-nurse"): "right-field-wrong-level",
    ("firefighter-to-hse", "firefighter"): "history-not-target",
    ("firefighter-to-hse", "fire-alarm-engineer"): "right-word-wrong-field",
    ("hotel-front-office-manager", "medical-front-office"): "right-word-wrong-field",
    ("hotel-front-office-manager", "front-office-developer"): "right-word-wrong-field",
    ("env-science-graduate", "env-services-worker"): "right-word-wrong-field",
    ("data-entry-first-job", "data-analyst"): "right-word-wrong-field",
    ("data-entry-first-job", "data-centre-technician"): "right-word-wrong-field",
    ("bakery-to-food-safety", "baker"): "history-not-target",
    ("bakery-to-food-safety", "ehs-compliance"): "right-word-wrong-field",
    ("store-manager-to-buyer", "store-manager"): "history-not-target",
    ("store-manager-to-buyer", "media-buyer"): "right-word-wrong-field",
    ("store-manager-to-buyer", "buyers-agent"): "right-word-wrong-field",
    ("vp-engineering", "vp-eng-manufacturing"): "right-word-wrong-field",
    ("vp-engineering", "engineering-manager"): "right-field-wrong-level",
    ("clinical-research-coordinator", "clinical-coordinator-scheduling"): "right-word-wrong-field",
    ("clinical-research-coordinator", "market-research-coordinator"): "right-word-wrong-field",
})


# Each person's prefs also hold the saved search they would add, as people
# state it (`search` in NAME.preferences.json, keyed by `discover search
# add`'s options). The grades do not read it. The résumés differ on purpose
# in how complete and how well written they are.
PROFILES = {
    "hgv-driver": dict(
        set="fresh3", city="Nottingham", level="mid",
        prefs=dict(target_salary_min=34000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["HGV Class 1 Driver", "C+E Driver"], location=["Nottingham"],
                               **{"salary-min": 34000})),
        resume=_with(resume(
            "Dean Whitmore", "HGV Class 1 Driver", "dean.whitmore@example.com",
            "class 1 driver 9 yrs, trunking + multidrop, chilled and ambient. clean licence, CPC up to date. "
            "looking for days or nights out of nottingham",
            "Nottingham", "England", "GB",
            [work("Fenland Foods Distribution", "HGV Class 1 Driver", "2019-04", None, "",
                  ["trunking to RDCs, multi-drop to stores", "no accidents in 5 yrs"], []),
             work("Midshires Agency Drivers", "Class 2 Driver", "2016-02", "2019-03", "", [], [])],
            [dict(name="Licences", keywords=["C+E", "CPC", "Digi card", "ADR", "Forklift"])],
            certificates=[dict(name="Driver CPC (35 hours, 2025)"), dict(name="ADR packages")]))),
    "dental-hygienist-returner": dict(
        set="fresh3", city="Cardiff", level="mid",
        prefs=dict(target_salary_min=33000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Dental Hygienist"], location=["Cardiff, Wales"], **{"work-type": ["onsite"]})),
        resume=resume(
            "Rhian Evans", "Dental Hygienist (GDC registered)", "rhian.evans@example.com",
            "Dental hygienist coming back to practice after three years caring for my father. Before the break I "
            "spent seven years in a busy Cardiff mixed practice running my own hygiene list: periodontal therapy, "
            "radiographs and prevention for adults and children. I have kept my GDC registration and CPD up to date "
            "and finished a return-to-practice course this autumn. Looking for a hygienist post in Cardiff, three "
            "or four days a week.",
            "Cardiff", "Wales", "GB",
            [work("Pontcanna Dental Practice", "Dental Hygienist", "2016-09", "2023-08", "Mixed NHS/private practice.",
                  ["Ran a hygiene list of around 40 patients a week", "Set up the practice's periodontal charting protocol",
                   "Mentored student hygienists on placement"],
                  ["Periodontal Therapy", "Radiography", "Oral Hygiene Instruction"]),
             work("Career break", "Carer", "2023-09", "2026-08", "Full-time carer for a family member.", [], [])],
            [dict(name="Clinical", level="Advanced", keywords=["Scaling and Root Surface Debridement",
                                                               "Periodontal Charting", "Radiography",
                                                               "Fissure Sealants", "Fluoride Varnish"])],
            languages=[dict(language="English", fluency="Native"), dict(language="Welsh", fluency="Conversational")],
            certificates=[dict(name="Diploma in Dental Hygiene, Cardiff University"),
                          dict(name="GDC registration"), dict(name="Return to Practice course (2026)")])),
    "firefighter-to-hse": dict(
        set="fresh3", city="Sheffield", level="mid",
        prefs=dict(target_salary_min=36000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Health and Safety Advisor", "H&S Advisor", "HSE Advisor"],
                               location=["Sheffield", "South Yorkshire"], level=["mid"])),
        resume=resume(
            "Gary Holt", "Firefighter", "gary.holt@example.com",
            "Twelve years as a wholetime firefighter and crew commander. I have spent a lot of that time on the "
            "prevention side: fire safety audits of businesses, home safety visits and incident investigation. I "
            "passed the NEBOSH General Certificate in 2026 and now want to work as a health and safety advisor in "
            "industry or construction around Sheffield.",
            "Sheffield", "England", "GB",
            [work("Don Valley Fire and Rescue Service", "Crew Commander", "2019-05", None, "Wholetime fire station.",
                  ["Led a crew of five at emergency incidents", "Carried out fire safety audits of local businesses",
                   "Investigated incidents and wrote reports", "Ran training drills and safety briefings"],
                  ["Incident Command", "Fire Safety Audits", "Risk Assessment", "Training"]),
             work("Don Valley Fire and Rescue Service", "Firefighter", "2014-03", "2019-04", "", [], [])],
            [dict(name="Safety", level="Intermediate", keywords=["Risk Assessment", "Incident Investigation",
                                                                 "Fire Risk Assessment", "Toolbox Talks"])],
            certificates=[dict(name="NEBOSH National General Certificate (2026)"),
                          dict(name="Level 3 Award in Fire Safety")])),
    "hotel-front-office-manager": dict(
        set="fresh3", city="Vienna", level="senior",
        prefs=dict(target_salary_min=46000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Front Office Manager", "Director of Rooms"], location=["Vienna, Austria"],
                               level=["senior", "head"])),
        resume=resume(
            "Katharina Leitner", "Front Office Manager", "katharina.leitner@example.com",
            "Hotelier with eleven years in Viennese five-star hotels, the last four as front office manager of a "
            "260-room hotel: reception, concierge, night audit and guest relations, 28 people. Raised our guest "
            "satisfaction score to 92 and cut overbooking walks by half with revenue management. Looking for a "
            "front office manager or director of rooms role in Vienna.",
            "Vienna", "Vienna", "AT",
            [work("Hotel Kärntner Hof", "Front Office Manager", "2022-03", None, "Five-star, 260 rooms.",
                  ["Led a team of 28 across reception, concierge and night audit",
                   "Introduced mobile check-in on Opera Cloud", "Raised the guest satisfaction score from 86 to 92"],
                  ["Opera PMS", "Team Leadership", "Guest Relations", "Upselling"]),
             work("Grand Hotel am Stadtpark", "Front Office Supervisor", "2017-05", "2022-02", "Five-star.",
                  ["Ran the morning shift", "Trained new receptionists"], ["Opera PMS", "Training"]),
             work("Hotel Am Graben", "Receptionist", "2015-06", "2017-04", "Four-star.", [], [])],
            [dict(name="Hotel operations", level="Advanced", keywords=["Opera PMS", "Front Office", "Night Audit",
                                                                       "Revenue Management", "Complaint Handling"])],
            languages=[dict(language="German", fluency="Native"), dict(language="English", fluency="Fluent"),
                       dict(language="Italian", fluency="Good")],
            certificates=[dict(name="Tourismusschule Klessheim, hotel management diploma")])),
    "env-science-graduate": dict(
        set="fresh3", city="Minneapolis", level="entry",
        prefs=dict(target_salary_min=50000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Environmental Scientist", "Environmental Consultant", "Field Technician"],
                               location=["Minneapolis, MN"], level=["entry-level"], **{"salary-min": 50000})),
        resume=_with(resume(
            "Jordan Lindqvist", "Environmental Science Graduate", "jordan.lindqvist@example.com",
            "Recent BS in Environmental Science (University of Minnesota, May 2026). Field experience from a summer "
            "with the county soil and water district and my senior project on stormwater pond phosphorus. Looking "
            "for an entry-level environmental scientist or consultant job in the Twin Cities.",
            "Minneapolis", "MN", "US",
            [work("Metro Soil and Water District", "Summer Field Intern", "2025-06", "2025-08",
                  "Water resources team.",
                  ["Sampled 30 stormwater ponds for phosphorus", "Helped with wetland delineations",
                   "Entered field data into the district database"],
                  ["Water Sampling", "Wetland Delineation", "Field Data"]),
             work("Campus Recreation", "Student Supervisor", "2023-09", "2026-05", "Part-time.", [], [])],
            [dict(name="Field", level="Beginner", keywords=["Water Quality Sampling", "Soil Sampling", "GPS"]),
             dict(name="Tools", level="Intermediate", keywords=["ArcGIS Pro", "R", "Excel"])]),
            education=[dict(institution="University of Minnesota", area="Environmental Science",
                            studyType="Bachelor of Science", endDate="2026-05",
                            courses=["Hydrology", "Soil Science", "Wetland Ecology", "GIS"])])),
    "data-entry-first-job": dict(
        set="fresh3", city="Liverpool", level="entry",
        prefs=dict(target_salary_min=21000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["data entry", "admin assistant"], location=["liverpool"])),
        resume=_with(resume(
            "Chloe Kavanagh", "", "chloe.kav@example.com",
            "I have just finished my BTEC in Business at college and I am looking for my first office job. I am "
            "very organised and good on computers, I can type fast and I am good with Excel. I would like a data "
            "entry or admin job in Liverpool.",
            "Liverpool", "England", "GB",
            [work("Quayside Fashion, Liverpool", "Sales Assistant (Saturdays)", "2024-06", None, "",
                  ["Worked on tills and the shop floor", "Helped with stock counts"], [])],
            [dict(name="Computers", keywords=["Excel", "Word", "Typing 55 wpm"])]),
            education=[dict(institution="City of Liverpool College", area="Business", studyType="BTEC Level 3",
                            endDate="2026-06")],
            volunteer=[dict(organization="Scouse Kitchen Food Bank", position="Volunteer",
                            summary="Kept the weekly donations spreadsheet.")])),
    "bakery-to-food-safety": dict(
        set="fresh3", city="Norwich", level="mid",
        prefs=dict(target_salary_min=30000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Food Safety Officer", "Environmental Health Officer", "Food Safety Auditor"],
                               location=["Norwich", "Norfolk"])),
        resume=resume(
            "Sarah Okafor", "Bakery owner → food safety", "sarah.okafor@example.com",
            "For fifteen years I ran my own bakery in Norwich, and the part I always did best was food safety: "
            "our HACCP plan, allergen controls and a five-star hygiene rating every inspection. I sold the business "
            "this year and am retraining to become a food safety officer with a council or an audit body; I have "
            "HACCP Level 4 and start the Higher Certificate in Food Control in January.",
            "Norwich", "England", "GB",
            [work("Crumb & Co Bakery", "Owner and Head Baker", "2011-03", "2026-06", "Bakery and café, 9 staff.",
                  ["Wrote and ran the HACCP plan and allergen controls", "Kept a 5 food hygiene rating for 12 years",
                   "Trained every new starter in food hygiene", "Ran the business: staff, suppliers, accounts"],
                  ["HACCP", "Allergen Management", "Baking", "Staff Training"])],
            [dict(name="Food safety", level="Advanced", keywords=["HACCP", "Allergen Management", "Food Hygiene",
                                                                  "Temperature Control", "Traceability"]),
             dict(name="Business", level="Advanced", keywords=["Supplier Management", "Staff Management"])],
            certificates=[dict(name="HACCP Level 4"), dict(name="Level 3 Food Safety Supervision"),
                          dict(name="Higher Certificate in Food Control (starting January 2027)")])),
    "store-manager-to-buyer": dict(
        set="fresh3", city="Phoenix", level="mid",
        prefs=dict(target_salary_min=62000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Buyer", "Purchasing Agent", "Procurement Specialist"],
                               location=["Phoenix, AZ", "Remote (US)"], level=["mid-level", "senior"])),
        resume=resume(
            "Teresa Alvarado", "Store Manager", "teresa.alvarado@example.com",
            "Ten years in big-box retail, the last six as a store manager. I have always been the one fighting "
            "with stock: ordering, vendor returns, forecasting for the seasons. I'd like to move to the other side "
            "of the table, into a buyer or purchasing role in Phoenix or remote.",
            "Phoenix", "AZ", "US",
            [work("HomeBase Supply #214", "Store Manager", "2020-01", None, "Home improvement store, $38M sales.",
                  ["Managed $38M in sales and a team of 85", "Cut out-of-stocks 30% by re-setting reorder points",
                   "Negotiated local vendor deals for seasonal goods"],
                  ["Inventory Management", "P&L", "Vendor Relations", "Forecasting"]),
             work("HomeBase Supply #187", "Assistant Store Manager", "2016-04", "2019-12", "", [], [])],
            [dict(name="Retail", level="Advanced", keywords=["Inventory Management", "Forecasting",
                                                             "Vendor Negotiation", "Excel"])])),
    "vp-engineering": dict(
        set="fresh3", city="Munich", level="lead",
        prefs=dict(target_salary_min=190000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["VP Engineering", "Head of Engineering", "CTO"],
                               location=["Munich", "Remote (Germany)"], level=["vp", "head"],
                               **{"salary-min": 190000})),
        resume=resume(
            "Tobias Brandstätter", "VP Engineering", "tobias.brandstaetter@example.com",
            "Engineering leader with 18 years in software, the last seven leading engineering organisations. At "
            "Isarpay I grew engineering from 35 to 140 people across 16 teams, introduced a career framework and "
            "an on-call culture that took availability from 99.5% to 99.95%, and moved delivery to continuous "
            "deployment on AWS. I work best as the partner of a product-minded CTO or CEO. Looking for a VP or "
            "Head of Engineering role in Munich or remote in Germany.",
            "Munich", "Bavaria", "DE",
            [work("Isarpay GmbH", "VP Engineering", "2021-02", None, "Payments scale-up, 400 people.",
                  ["Grew engineering from 35 to 140 across 16 teams and 4 engineering directors",
                   "Owned a €22M engineering budget", "Introduced a career framework and calibrated promotions",
                   "Moved delivery to continuous deployment; availability 99.5% → 99.95%"],
                  ["Engineering Leadership", "Hiring", "Budgeting", "AWS"]),
             work("Autowerk Digital", "Director of Engineering", "2017-01", "2021-01", "Connected car software.",
                  ["Led 5 teams building connected-car backends", "Set up the platform team"],
                  ["Kotlin", "Kubernetes", "People Management"]),
             work("Mercator Industrial Software", "Senior Software Engineer", "2008-09", "2016-12", "", [], ["Java", "C++"])],
            [dict(name="Leadership", level="Expert", keywords=["Engineering Management", "Org Design", "Hiring",
                                                               "Budgeting", "Delivery"]),
             dict(name="Technology", level="Advanced", keywords=["AWS", "Kubernetes", "Kotlin", "Java",
                                                                 "Distributed Systems"])],
            languages=[dict(language="German", fluency="Native"), dict(language="English", fluency="Fluent")])),
    "clinical-research-coordinator": dict(
        set="fresh3", city="Baltimore", level="mid",
        prefs=dict(target_salary_min=58000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Clinical Research Coordinator"], location=["Baltimore, MD"],
                               **{"work-type": ["onsite", "hybrid"]})),
        resume=resume(
            "Aisha Bello", "Clinical Research Coordinator II", "aisha.bello@example.com",
            "CRC with 4 yrs in academic oncology trials (phase I-III). Screening, consent, visits, EDC, IRB. "
            "CCRP certified. Want to stay in Baltimore.",
            "Baltimore", "MD", "US",
            [work("Chesapeake Cancer Institute", "Clinical Research Coordinator II", "2022-08", None,
                  "Academic oncology research office.",
                  ["Coordinated 12 oncology trials, 140 participants enrolled",
                   "Prepared IRB submissions and amendments", "Hosted sponsor monitoring visits with no major findings"],
                  ["Informed Consent", "EDC", "IRB", "GCP"]),
             work("Chesapeake Cancer Institute", "Clinical Research Assistant", "2021-06", "2022-07", "", [], [])],
            [dict(name="Research", level="Advanced", keywords=["GCP", "Informed Consent", "Medidata Rave", "REDCap",
                                                               "IRB Submissions", "Phlebotomy"])],
            certificates=[dict(name="CCRP (SOCRA)"), dict(name="CITI GCP")])),
}
# A school leaver's first CV often has no headline at all.
del PROFILES["data-entry-first-job"]["resume"]["basics"]["label"]

# (id, kind, level, company, place, workplace, salary_min, salary_max); thousands, None = not stated.
FRESH3 = [
    # hgv-driver (Nottingham, mid, on-site, >= £34k)
    ("f3-001", "hgv-driver", "mid", "Trent Valley Haulage", "Nottingham", "onsite", 36, 42),
    ("f3-002", "hgv-driver", "mid", "Sherwood Cold Chain", "Nottingham", "onsite", None, None),
    ("f3-003", "hgv-driver", "senior", "Trent Valley Haulage", "Nottingham", "onsite", 40, 46),
    ("f3-004", "hgv-driver", "mid", "Pennine Distribution", "Leeds", "onsite", 37, 43),
    ("f3-005", "hgv-driver", "mid", "Budget Parcels Nottingham", "Nottingham", "onsite", 27, 30),
    ("f3-006", "hgv-driver", "entry", "Sherwood Cold Chain", "Nottingham", "onsite", None, None),
    ("f3-007", "hgv-class2-driver", "mid", "Nottingham Builders Merchants", "Nottingham", "onsite", 34, 37),
    ("f3-008", "delivery-driver", "entry", "QuickDrop Couriers", "Nottingham", "onsite", 23, 25),
    ("f3-009", "bus-driver", "mid", "Nottingham City Buses", "Nottingham", "onsite", 33, 36),
    ("f3-010", "driver-engineer", "senior", "Lace Market Semiconductors", "Nottingham", "hybrid", 60, 75),
    ("f3-011", "transport-planner", "mid", "Trent Valley Haulage", "Nottingham", "onsite", 32, 36),
    ("f3-012", "hgv-driver", "mid", "Clifton Retail Logistics", "Nottingham", "onsite", 35, 39),
    # dental-hygienist-returner (Cardiff, mid, on-site, >= £33k)
    ("f3-013", "dental-hygienist", "mid", "Roath Dental Care", "Cardiff", "onsite", 34, 40),
    ("f3-014", "dental-hygienist", "mid", "Cathays Smile Studio", "Cardiff", "onsite", None, None),
    ("f3-015", "dental-hygienist", "senior", "Bay Dental Group", "Cardiff", "onsite", 40, 46),
    ("f3-016", "dental-hygienist", "entry", "Llandaff Dental Practice", "Cardiff", "onsite", 30, 34),
    ("f3-017", "dental-hygienist", "mid", "Edgbaston Dental", "Birmingham", "onsite", 36, 42),
    ("f3-018", "dental-hygienist", "mid", "Budget Smiles Cardiff", "Cardiff", "onsite", 24, 28),
    ("f3-019", "oral-health-educator", "mid", "BrightBrush Oral Care", "Cardiff", "hybrid", 34, 38),
    ("f3-020", "dental-nurse", "entry", "Roath Dental Care", "Cardiff", "onsite", 22, 25),
    ("f3-021", "dentist", "senior", "Bay Dental Group", "Cardiff", "onsite", 80, 110),
    ("f3-022", "occupational-hygienist", "mid", "Severn Occupational Health", "Cardiff", "hybrid", 38, 45),
    ("f3-023", "hygiene-operative", "entry", "Cardiff Chilled Foods", "Cardiff", "onsite", 21, 23),
    # firefighter-to-hse (Sheffield, mid, hybrid, >= £36k)
    ("f3-024", "hse-advisor", "mid", "Don Valley Steel", "Sheffield", "hybrid", 38, 44),
    ("f3-025", "hse-advisor", "mid", "Sheffield Teaching Trust", "Sheffield", "hybrid", None, None),
    ("f3-026", "hse-advisor", "senior", "Meadowhall Facilities", "Sheffield", "hybrid", 45, 52),
    ("f3-027", "hse-advisor", "mid", "Kelham Construction", "Sheffield", "onsite", 40, 46),
    ("f3-028", "hse-advisor", "mid", "Tyne Offshore Services", "Newcastle", "hybrid", 40, 46),
    ("f3-029", "hse-advisor", "mid", "Budget Compliance Ltd", "Sheffield", "hybrid", 27, 30),
    ("f3-030", "hse-advisor", "lead", "Northern Rail Engineering", "Sheffield", "hybrid", 60, 70),
    ("f3-031", "hse-advisor", "mid", "Erne Safety Services", "remote-ie", "remote", 45, 52),
    ("f3-032", "fire-safety-advisor", "mid", "South Yorkshire Housing", "Sheffield", "hybrid", 37, 42),
    ("f3-033", "ehs-compliance", "mid", "Attercliffe Precision Castings", "Sheffield", "onsite", 38, 44),
    ("f3-034", "firefighter", "mid", "Don Valley Fire and Rescue Service", "Sheffield", "onsite", 34, 40),
    ("f3-035", "fire-alarm-engineer", "mid", "Steel City Fire Systems", "Sheffield", "onsite", 34, 40),
    # hotel-front-office-manager (Vienna, senior, on-site, >= €46k)
    ("f3-036", "front-office", "senior", "Hotel Stephansplatz", "Vienna", "onsite", 48, 55),
    ("f3-037", "front-office", "senior", "Ringstrasse Grand Hotel", "Vienna", "onsite", None, None),
    ("f3-038", "front-office", "lead", "Palais Belvedere Hotel", "Vienna", "onsite", 60, 70),
    ("f3-039", "front-office", "senior", "Hotel Mozartplatz", "Salzburg", "onsite", 48, 54),
    ("f3-040", "front-office", "senior", "Donaukanal Boutique Hotel", "Vienna", "onsite", 36, 40),
    ("f3-041", "front-office", "mid", "Ringstrasse Grand Hotel", "Vienna", "onsite", 40, 47),
    ("f3-042", "front-office", "entry", "Hotel Stephansplatz", "Vienna", "onsite", 28, 31),
    ("f3-043", "guest-relations", "senior", "Palais Belvedere Hotel", "Vienna", "onsite", 47, 52),
    ("f3-044", "revenue-manager", "senior", "Vienna Hotel Collection", "Vienna", "hybrid", 55, 65),
    ("f3-045", "medical-front-office", "senior", "Privatklinik Döbling", "Vienna", "onsite", 45, 50),
    ("f3-046", "front-office-developer", "senior", "Donau Capital Markets", "Vienna", "hybrid", 80, 95),
    ("f3-047", "restaurant-manager", "senior", "Hotel Stephansplatz", "Vienna", "onsite", 45, 52),
    # env-science-graduate (Minneapolis, entry, hybrid, >= $50k)
    ("f3-048", "env-scientist", "entry", "North Star Environmental", "Minneapolis", "hybrid", 52, 58),
    ("f3-049", "env-scientist", "entry", "Headwaters Consulting Group", "Minneapolis", "hybrid", None, None),
    ("f3-050", "env-scientist", "entry", "Lakes Region Ecology", "Minneapolis", "onsite", 50, 56),
    ("f3-051", "env-scientist", "mid", "North Star Environmental", "Minneapolis", "hybrid", 62, 72),
    ("f3-052", "env-scientist", "senior", "Twin Ports Environmental", "Minneapolis", "hybrid", 85, 100),
    ("f3-053", "env-scientist", "entry", "Lake Superior Ecology", "Duluth", "onsite", 50, 56),
    ("f3-054", "env-scientist", "entry", "Prairie Budget Consulting", "Minneapolis", "hybrid", 36, 42),
    ("f3-055", "env-scientist", "entry", "Canadian Shield Environmental", "remote-ca", "remote", 55, 62),
    ("f3-056", "env-field-tech", "entry", "Metro Water Monitoring", "Minneapolis", "hybrid", 50, 56),
    ("f3-057", "env-engineer", "mid", "Hennepin Engineering", "Minneapolis", "hybrid", 70, 85),
    ("f3-058", "env-services-worker", "entry", "Riverside Health System", "Minneapolis", "onsite", 36, 40),
    # data-entry-first-job (Liverpool, entry, on-site, >= £21k)
    ("f3-059", "data-entry-clerk", "entry", "Mersey Insurance Services", "Liverpool", "onsite", 22, 24),
    ("f3-060", "data-entry-clerk", "entry", "Albert Dock Logistics", "Liverpool", "onsite", None, None),
    ("f3-061", "data-entry", "entry", "Liver Building Assurance", "Liverpool", "onsite", 21, 23),
    ("f3-062", "data-entry-clerk", "entry", "Wirral Warehousing", "Liverpool", "hybrid", 22, 24),
    ("f3-063", "data-entry-clerk", "mid", "Mersey Insurance Services", "Liverpool", "onsite", 26, 29),
    ("f3-064", "data-entry-clerk", "entry", "Tyne Data Services", "Newcastle", "onsite", 22, 24),
    ("f3-065", "data-entry-clerk", "entry", "Bargain Admin Agency", "Liverpool", "onsite", 17, 19),
    ("f3-066", "data-entry-clerk", "entry", "Shannon Data Ltd", "remote-ie", "remote", 24, 27),
    ("f3-067", "office-admin", "entry", "Anfield Property Lettings", "Liverpool", "onsite", 21, 23),
    ("f3-068", "call-centre-agent", "entry", "Liverpool Energy Contact Centre", "Liverpool", "onsite", 21, 23),
    ("f3-069", "data-analyst", "entry", "Baltic Triangle Analytics", "Liverpool", "hybrid", 26, 30),
    ("f3-070", "data-centre-technician", "entry", "Speke Data Centre", "Liverpool", "onsite", 24, 28),
    ("f3-071", "retail-assistant", "entry", "Bold Street Fashion", "Liverpool", "onsite", 20, 22),
    # bakery-to-food-safety (Norwich, mid, hybrid, >= £30k)
    ("f3-072", "food-safety-officer", "mid", "Wensum City Council", "Norwich", "hybrid", 31, 35),
    ("f3-073", "food-safety-officer", "mid", "Bure Valley District Council", "Norwich", "hybrid", None, None),
    ("f3-074", "food-safety-officer", "entry", "Tas Valley Council", "Norwich", "hybrid", 28, 32),
    ("f3-075", "food-safety-officer", "mid", "Aire Valley City Council", "Leeds", "hybrid", 32, 36),
    ("f3-076", "food-safety-officer", "lead", "East Anglia County Council", "Norwich", "hybrid", 48, 55),
    ("f3-077", "food-safety-officer", "mid", "Budget Environmental Health Contractors", "Norwich", "hybrid", 22, 25),
    ("f3-078", "food-safety-auditor", "mid", "Anglia Food Assurance", "Norwich", "hybrid", 32, 38),
    ("f3-079", "food-qa-technician", "mid", "Norfolk Fresh Foods", "Norwich", "onsite", 27, 31),
    ("f3-080", "baker", "senior", "Elm Hill Artisan Bakery", "Norwich", "onsite", 28, 32),
    ("f3-081", "food-technologist", "mid", "Norfolk Fresh Foods", "Norwich", "onsite", 30, 35),
    ("f3-082", "ehs-compliance", "mid", "Yare Energy Park", "Norwich", "onsite", 36, 42),
    # store-manager-to-buyer (Phoenix, mid, hybrid, >= $62k)
    ("f3-083", "buyer", "mid", "Sonoran Home Goods", "Phoenix", "hybrid", 64, 74),
    ("f3-084", "buyer", "mid", "Camelback Medical Supply", "Phoenix", "hybrid", None, None),
    ("f3-085", "buyer", "senior", "Desert Ridge Retail Group", "Phoenix", "hybrid", 78, 92),
    ("f3-086", "buyer", "mid", "Saguaro Outdoor Co", "remote-us", "remote", 65, 75),
    ("f3-087", "buyer", "mid", "Tucson Industrial Supply", "Tucson", "onsite", 66, 74),
    ("f3-088", "buyer", "mid", "Valley Discount Distributors", "Phoenix", "hybrid", 45, 52),
    ("f3-089", "buyer", "entry", "Sonoran Home Goods", "Phoenix", "hybrid", 48, 55),
    ("f3-090", "buyer", "mid", "Maple Retail Canada", "remote-ca", "remote", 70, 80),
    ("f3-091", "store-manager", "senior", "Desert Ridge Retail Group", "Phoenix", "onsite", 70, 85),
    ("f3-092", "media-buyer", "mid", "Copper State Media", "Phoenix", "hybrid", 60, 70),
    ("f3-093", "buyers-agent", "mid", "Scottsdale Home Partners", "Phoenix", "onsite", None, None),
    ("f3-094", "supply-chain-planner", "mid", "Camelback Medical Supply", "Phoenix", "hybrid", 68, 78),
    # vp-engineering (Munich, lead, hybrid, >= €190k)
    ("f3-095", "vp-engineering", "lead", "Isarlicht Mobility", "Munich", "hybrid", 200, 240),
    ("f3-096", "vp-engineering", "lead", "Alpenwerk Software", "Munich", "hybrid", None, None),
    ("f3-097", "vp-engineering", "lead", "Schwabing Health Tech", "remote-de", "remote", 195, 230),
    ("f3-098", "vp-engineering", "lead", "Spree Payments", "Berlin", "hybrid", 210, 250),
    ("f3-099", "vp-engineering", "lead", "Maxvorstadt Startup", "Munich", "hybrid", 130, 150),
    ("f3-100", "vp-engineering", "lead", "Golden Gate SaaS", "remote-us", "remote", 280, 330),
    ("f3-101", "vp-engineering", "senior", "Alpenwerk Software", "Munich", "hybrid", 170, 200),
    ("f3-102", "cto", "lead", "Isar Insurance Digital", "Munich", "hybrid", 220, 260),
    ("f3-103", "engineering-manager", "senior", "Isarlicht Mobility", "Munich", "hybrid", 110, 130),
    ("f3-104", "vp-eng-manufacturing", "lead", "Bavaria Verpackungsmaschinen", "Munich", "onsite", 190, 220),
    ("f3-105", "software-architect", "lead", "Alpenwerk Software", "Munich", "hybrid", 130, 150),
    # clinical-research-coordinator (Baltimore, mid, on-site, >= $58k)
    ("f3-106", "crc", "mid", "Harbor Point Cancer Center", "Baltimore", "onsite", 60, 68),
    ("f3-107", "crc", "mid", "Chesapeake University Medical Center", "Baltimore", "hybrid", None, None),
    ("f3-108", "crc", "senior", "Inner Harbor Research Institute", "Baltimore", "onsite", 70, 80),
    ("f3-109", "crc", "mid", "Liberty Bell Oncology", "Philadelphia", "onsite", 60, 70),
    ("f3-110", "crc", "mid", "Fells Point Community Clinic", "Baltimore", "onsite", 44, 50),
    ("f3-111", "crc", "entry", "Chesapeake University Medical Center", "Baltimore", "onsite", 45, 52),
    ("f3-112", "clinical-research-associate", "mid", "Maple Trials Canada", "remote-ca", "remote", 75, 90),
    ("f3-113", "clinical-research-associate", "mid", "Old Line CRO", "Baltimore", "hybrid", 72, 85),
    ("f3-114", "clinical-coordinator-scheduling", "mid", "Charm City Home Health", "Baltimore", "onsite", 55, 62),
    ("f3-115", "market-research-coordinator", "mid", "Harborview Consumer Insights", "Baltimore", "hybrid", 50, 58),
    ("f3-116", "regulatory-affairs", "mid", "Old Line CRO", "Baltimore", "hybrid", 70, 80),
    ("f3-117", "lab-technician", "entry", "Inner Harbor Research Institute", "Baltimore", "onsite", 40, 45),
    # shared distractors: every person sees them, unrelated to all
    ("f3-118", "java-backend", "senior", "Isarlicht Mobility", "Munich", "hybrid", 85, 100),
    ("f3-119", "icu-nurse", "mid", "Chesapeake University Medical Center", "Baltimore", "onsite", 80, 95),
    # a late addition for the changer, so she has as many fits as the others
    ("f3-120", "food-safety-officer", "mid", "Yare Port Health Authority", "Norwich", "hybrid", 30, 36),
]
