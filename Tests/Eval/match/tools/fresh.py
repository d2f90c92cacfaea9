# The third set, "fresh" (issue 19, second round): eight kinds of people that
# neither dev nor heldout has, and postings written for them, graded by the
# same rules (grading.py) before any ranker ran on them. Written by hand, like
# the other tables; generate.py writes it to fresh/.
#
# Kinds: a community pharmacist, a plumbing apprentice (trades, first job), a
# data journalist, a logistics coordinator, a veterinary technician, a UX
# researcher returning after a career break, a school principal moving into
# edtech operations (career changer), and a chief operating officer (executive).
from archetypes import ARCHETYPES
from grading import FAMILY, NEAR_MISS_KINDS
from postings import PLACES
from profiles import resume, work

ARCHETYPES.update({
    # ----------------------------------------------------------- pharmacy
    "pharmacist": dict(
        titles={"mid": "Staff Pharmacist", "senior": "Pharmacist in Charge", "lead": "Pharmacy Manager"},
        summary=["Dispense safely and counsel patients at a busy community pharmacy.",
                 "Our neighbourhood pharmacy needs a licensed pharmacist who enjoys talking to patients."],
        duties=["Verify and dispense prescriptions", "Counsel patients on new medicines and interactions",
                "Give immunizations", "Supervise pharmacy technicians", "Resolve insurance and prior-authorization issues"],
        required=["PharmD and an active state pharmacist license", "{years}+ years of community or retail pharmacy",
                  "Immunization certification", "Pharmacy management systems"],
        nice=["Medication therapy management", "Compounding", "Bilingual English and Spanish"]),
    "hospital-pharmacist": dict(
        titles={"mid": "Clinical Pharmacist, Inpatient", "senior": "Senior Clinical Pharmacist"},
        summary=["Join the inpatient pharmacy of a teaching hospital."],
        duties=["Review medication orders", "Round with medical teams", "Dose antibiotics and anticoagulants",
                "Prepare sterile products"],
        required=["PharmD and a state pharmacist license", "{years}+ years of hospital pharmacy", "Sterile compounding"],
        nice=["PGY1 residency", "BCPS"]),
    "pharmacy-technician": dict(
        titles={"entry": "Pharmacy Technician", "mid": "Certified Pharmacy Technician"},
        summary=["Help our pharmacists fill prescriptions and serve customers."],
        duties=["Count and label medicines", "Take prescriptions at the counter", "Manage stock"],
        required=["PTCB certification or willingness to obtain", "Customer service"],
        nice=["Retail pharmacy experience"]),
    "pharma-sales": dict(
        titles={"mid": "Pharmaceutical Sales Representative", "senior": "Senior Pharmaceutical Sales Specialist"},
        summary=["Promote our cardiovascular medicines to physicians in your territory."],
        duties=["Call on physicians and clinics", "Meet territory sales targets", "Run lunch-and-learn sessions"],
        required=["{years}+ years of B2B sales", "Valid driver's license", "Bachelor's degree"],
        nice=["Pharmaceutical or medical device sales", "A science background"]),
    # -------------------------------------------------------------- trades
    "plumbing-apprentice": dict(
        titles={"entry": "Apprentice Plumber", "mid": "Improver Plumber"},
        summary=["Start your plumbing career with a family firm; we pay for your college days.",
                 "Learn the trade on domestic and commercial jobs alongside qualified plumbers."],
        duties=["Help install pipework, bathrooms and boilers", "Carry tools and materials and keep sites tidy",
                "Learn to read drawings and measure up", "Attend college one day a week for your Level 2"],
        required=["Keen to learn a trade", "GCSEs in English and maths, or willing to work towards them",
                  "Reliable and good with your hands"],
        nice=["A driving licence", "Any DIY or construction experience", "Level 1 plumbing course"]),
    "plumber": dict(
        titles={"mid": "Qualified Plumber", "senior": "Senior Plumbing and Heating Engineer",
                "lead": "Plumbing Supervisor"},
        summary=["Join our team of qualified plumbers on domestic and commercial jobs."],
        duties=["Install and repair pipework, bathrooms and heating", "Fault-find on boilers and systems",
                "Lead small jobs and mentor apprentices"],
        required=["NVQ Level 3 in plumbing and heating", "{years}+ years as a qualified plumber", "Gas Safe registration"],
        nice=["Unvented hot water certificate", "Own van"]),
    "gas-engineer-trainee": dict(
        titles={"entry": "Trainee Heating Engineer"},
        summary=["Train to become a Gas Safe heating engineer with a national installer."],
        duties=["Shadow engineers on boiler installs and services", "Complete the ACS training programme"],
        required=["Keen to learn", "Driving licence"],
        nice=["Plumbing experience"]),
    "plumbing-sales": dict(
        titles={"entry": "Trade Counter Assistant, Plumbing Supplies"},
        summary=["Serve plumbers and builders at our plumbing merchant's trade counter."],
        duties=["Serve trade customers", "Pick orders", "Keep the counter stocked"],
        required=["Customer service", "Cash handling"],
        nice=["Knowledge of plumbing products"]),
    # ---------------------------------------------------------- journalism
    "data-journalist": dict(
        titles={"mid": "Data Journalist", "senior": "Senior Data Reporter", "lead": "Data Desk Editor"},
        summary=["Find the stories in the numbers for our national newsroom.",
                 "Join the data desk turning public records and datasets into investigations."],
        duties=["Obtain, clean and analyse datasets with Python, R or SQL", "Report and write data-led stories",
                "Build charts and interactive graphics", "File freedom-of-information requests",
                "Work with reporters on investigations"],
        required=["{years}+ years of reporting in a newsroom", "Data analysis in Python, R or SQL",
                  "Strong news judgement and clear writing", "Knowledge of media law"],
        nice=["Datawrapper or D3", "Freedom of information experience", "NCTJ diploma"]),
    "reporter": dict(
        titles={"mid": "News Reporter", "senior": "Senior Reporter"},
        summary=["Cover breaking news and public affairs for our regional paper."],
        duties=["Find and report news stories", "Interview sources", "Write to deadline"],
        required=["{years}+ years of news reporting", "Shorthand", "Knowledge of media law"],
        nice=["NCTJ diploma", "Video skills"]),
    "copy-editor": dict(
        titles={"mid": "Sub-Editor", "senior": "Chief Sub-Editor"},
        summary=["Edit and headline stories for print and web."],
        duties=["Edit copy for accuracy and style", "Write headlines", "Lay out pages"],
        required=["{years}+ years subbing", "Excellent grammar"],
        nice=["Content management systems"]),
    # ----------------------------------------------------------- logistics
    "logistics-coordinator": dict(
        titles={"entry": "Junior Logistics Coordinator", "mid": "Logistics Coordinator",
                "senior": "Senior Logistics Coordinator"},
        summary=["Plan inbound and outbound shipments through the port for our distribution business.",
                 "Keep containers, trucks and customers in step at our Rotterdam hub."],
        duties=["Book transport with carriers and forwarders", "Track shipments and resolve delays",
                "Prepare transport and customs documents", "Keep the TMS and ERP up to date",
                "Report on delivery performance"],
        required=["{years}+ years in logistics or transport coordination", "Transport management systems",
                  "Incoterms and shipping documents", "English and Dutch"],
        nice=["SAP", "Customs knowledge", "German"]),
    "freight-forwarder": dict(
        titles={"mid": "Freight Forwarding Specialist", "senior": "Senior Ocean Freight Specialist"},
        summary=["Arrange sea and air freight for our customers worldwide."],
        duties=["Quote and book ocean and air freight", "Coordinate with shipping lines", "Handle documentation"],
        required=["{years}+ years in freight forwarding", "Incoterms", "English"],
        nice=["Customs declarations", "CargoWise"]),
    "truck-driver": dict(
        titles={"mid": "Truck Driver (CE licence)"},
        summary=["Drive international routes for our transport company."],
        duties=["Drive routes across Benelux and Germany", "Load and secure cargo", "Keep tachograph records"],
        required=["CE driving licence", "Code 95"],
        nice=["ADR certificate"]),
    # ------------------------------------------------------- animal health
    "vet-tech": dict(
        titles={"entry": "Veterinary Technician (new grad welcome)", "mid": "Credentialed Veterinary Technician",
                "senior": "Lead Veterinary Technician"},
        summary=["Care for our patients alongside three veterinarians at a busy small-animal hospital.",
                 "Our animal hospital is looking for a credentialed vet tech who loves nursing care."],
        duties=["Monitor anesthesia and assist in surgery", "Place catheters, draw blood and run lab work",
                "Take and develop radiographs", "Give treatments and nursing care to hospitalized patients",
                "Educate clients on home care"],
        required=["CVT, RVT or LVT credential", "{years}+ years of small-animal clinical experience",
                  "Anesthesia monitoring", "Venipuncture and catheter placement"],
        nice=["Dental radiography", "Fear Free certification", "Emergency experience"]),
    "vet-assistant": dict(
        titles={"entry": "Veterinary Assistant"},
        summary=["Help our veterinary team keep patients comfortable and kennels clean."],
        duties=["Restrain patients", "Clean kennels and equipment", "Feed and walk boarders"],
        required=["Love of animals", "Reliable"],
        nice=["Shelter volunteering"]),
    "veterinarian": dict(
        titles={"senior": "Associate Veterinarian (DVM)"},
        summary=["Join a collaborative small-animal practice as an associate veterinarian."],
        duties=["Examine, diagnose and treat patients", "Perform surgery", "Lead the care team"],
        required=["DVM and a state veterinary license", "{years}+ years of small-animal practice"],
        nice=["Ultrasound", "Dentistry"]),
    "animal-shelter": dict(
        titles={"entry": "Animal Care Attendant", "mid": "Animal Care Supervisor"},
        summary=["Care for the dogs and cats at our non-profit shelter."],
        duties=["Feed and clean animals", "Socialize dogs and cats", "Help with adoptions"],
        required=["Experience with animals"],
        nice=["Shelter medicine basics"]),
    # ------------------------------------------------------------ research
    "market-research-analyst": dict(
        titles={"mid": "Market Research Analyst", "senior": "Senior Market Research Manager"},
        summary=["Size markets and track brand health for our consumer goods portfolio."],
        duties=["Run brand trackers and surveys", "Analyse panel data", "Present market insights to marketing"],
        required=["{years}+ years in market research", "Survey design", "SPSS or Excel"],
        nice=["Nielsen data", "Conjoint analysis"]),
    # ------------------------------------------------------------- edtech
    "edtech-ops": dict(
        titles={"mid": "Operations Manager, EdTech", "senior": "Senior Operations Manager, Schools Product",
                "lead": "Head of Operations, Learning Platform"},
        summary=["Run the operations behind a learning platform used by 900 schools.",
                 "Our education technology company needs someone who knows schools to run implementation and support."],
        duties=["Run onboarding and implementation for school districts", "Build processes for support and training",
                "Own operational KPIs and budgets", "Work with product on what schools need",
                "Lead a team of implementation specialists"],
        required=["{years}+ years of operations or program management", "Experience working with K-12 schools or districts",
                  "Process design and project management", "Leading teams"],
        nice=["Education leadership experience", "Salesforce or HubSpot", "SaaS experience"]),
    "school-partnerships": dict(
        titles={"mid": "School Partnerships Manager", "senior": "Senior Manager, District Partnerships"},
        summary=["Grow and support our partnerships with school districts."],
        duties=["Manage relationships with district leaders", "Run renewals and training", "Gather feedback for product"],
        required=["{years}+ years in education or customer success", "Relationship management"],
        nice=["Teaching or school leadership experience", "EdTech experience"]),
    "school-principal": dict(
        titles={"senior": "Vice Principal", "lead": "School Principal"},
        summary=["Lead a secondary school community of 900 students and 70 staff."],
        duties=["Lead teaching and learning", "Manage staff and budgets", "Work with parents and the district"],
        required=["Teaching certificate", "Master's in educational leadership", "{years}+ years in school leadership"],
        nice=["Bilingual French"]),
    # ---------------------------------------------------------- executives
    "coo": dict(
        titles={"lead": "Chief Operating Officer"},
        summary=["Partner with our CEO to scale a $300M consumer business.",
                 "Our board is looking for a COO to run operations across manufacturing, supply chain and service."],
        duties=["Run day-to-day operations across the company", "Own the operating plan and P&L delivery",
                "Lead supply chain, customer service and manufacturing heads", "Drive operational excellence programmes",
                "Report to the board"],
        required=["{years}+ years of operations leadership, 5+ as a senior executive",
                  "Multi-site P&L responsibility", "Track record scaling a business", "Board exposure"],
        nice=["MBA", "Private-equity-backed experience", "Manufacturing background"]),
    "vp-operations": dict(
        titles={"senior": "Vice President, Operations", "lead": "SVP Operations"},
        summary=["Lead operations for our North American plants."],
        duties=["Lead plant managers", "Own safety, quality and cost", "Deliver the capital plan"],
        required=["{years}+ years of operations leadership", "Multi-site experience", "Lean"],
        nice=["MBA"]),
})

PLACES.update({
    "Philadelphia": ("Philadelphia", "PA", "US", "USD"), "Pittsburgh": ("Pittsburgh", "PA", "US", "USD"),
    "Leeds": ("Leeds", "England", "GB", "GBP"), "Utrecht": ("Utrecht", "Utrecht", "NL", "EUR"),
    "Calgary": ("Calgary", "AB", "CA", "CAD"), "Portland": ("Portland", "OR", "US", "USD"),
})

# What suits each fresh person (grading.py's rules read these). A career
# changer's family is their aim: the school leadership she is leaving is 1.
FAMILY.update({
    "pharmacist": {"pharmacist": 3, "hospital-pharmacist": 2, "pharmacy-technician": 1},
    "plumbing-apprentice": {"plumbing-apprentice": 3, "gas-engineer-trainee": 2, "plumber": 1, "plumbing-sales": 1},
    "data-journalist": {"data-journalist": 3, "reporter": 2, "copy-editor": 1, "data-analyst": 1},
    "logistics-coordinator": {"logistics-coordinator": 3, "freight-forwarder": 2, "supply-chain-planner": 1,
                              "warehouse-supervisor": 1},
    "vet-tech": {"vet-tech": 3, "vet-assistant": 1, "veterinarian": 1, "animal-shelter": 1},
    "ux-researcher-returner": {"ux-researcher": 3, "product-designer": 2, "market-research-analyst": 1},
    "principal-to-edtech": {"edtech-ops": 3, "school-partnerships": 2, "school-principal": 1, "teacher": 1,
                            "instructional-designer": 1},
    "coo": {"coo": 3, "vp-operations": 2, "ops-manager": 1, "cfo": 1},
})
NEAR_MISS_KINDS.update({
    ("pharmacist", "pharma-sales"): "right-word-wrong-field",
    ("pharmacist", "pharmacy-technician"): "right-field-wrong-level",
    ("plumbing-apprentice", "plumber"): "right-field-wrong-level",
    ("data-journalist", "data-analyst"): "right-word-wrong-field",
    ("data-journalist", "data-engineer"): "right-word-wrong-field",
    ("logistics-coordinator", "logistics-director"): "right-field-wrong-level",
    ("vet-tech", "lab-technician"): "right-word-wrong-field",
    ("vet-tech", "veterinarian"): "right-field-wrong-level",
    ("ux-researcher-returner", "market-research-analyst"): "right-word-wrong-field",
    ("principal-to-edtech", "school-principal"): "history-not-target",
    ("principal-to-edtech", "ops-manager"): "right-word-wrong-field",
    ("coo", "ops-manager"): "right-field-wrong-level",
})

# Each person's prefs also hold the saved search they would add, as people
# state it (places, titles; `search` in NAME.preferences.json, keyed by
# `discover search add`'s options). The grades do not read it: the hybrid is
# scored with it (and the profile preferences) and from the résumé alone.
PROFILES = {
    "pharmacist": dict(
        set="fresh", city="Philadelphia", level="mid",
        prefs=dict(target_salary_min=120000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Pharmacist"], location=["Philadelphia, PA", "Remote (US)"])),
        resume=resume(
            "Priya Raman", "Pharmacist", "priya.raman@example.com",
            "Licensed pharmacist (PharmD) with four years in community pharmacy: dispensing, patient counselling, "
            "immunizations and supervising technicians. Looking for a staff pharmacist role in Philadelphia.",
            "Philadelphia", "PA", "US",
            [work("Schuylkill Pharmacy", "Staff Pharmacist", "2022-07", None, "Independent community pharmacy.",
                  ["Verified 350 prescriptions a day", "Gave 1,200 flu and COVID vaccines a season",
                   "Started a medication therapy management service"],
                  ["Dispensing", "Immunizations", "Patient Counseling", "Medication Therapy Management"]),
             work("Keystone Drug", "Pharmacy Intern", "2019-05", "2022-05", "Retail chain.",
                  ["Filled prescriptions and counselled patients under supervision"], ["Dispensing"])],
            [dict(name="Pharmacy", level="Advanced", keywords=["Dispensing", "Immunizations", "Patient Counseling",
                                                               "Medication Therapy Management", "Compounding"])],
            certificates=[dict(name="PharmD"), dict(name="Pennsylvania Pharmacist License"),
                          dict(name="APhA Immunization Certificate")])),
    "plumbing-apprentice": dict(
        set="fresh", city="Leeds", level="entry",
        prefs=dict(target_salary_min=18000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Apprentice Plumber"], location=["Leeds"])),
        resume=resume(
            "Jordan Walsh", "School leaver", "jordan.walsh@example.com",
            "Eighteen, just finished a Level 1 plumbing course at Leeds College of Building. I have helped my uncle "
            "on bathroom fits at weekends and want a plumbing apprenticeship in Leeds.",
            "Leeds", "England", "GB",
            [work("Walsh Bathrooms (family business)", "Weekend helper", "2024-06", None, "Bathroom fitting.",
                  ["Stripped out old bathrooms and carried materials", "Helped run pipework under supervision"],
                  ["Pipework", "Tools"]),
             work("Kirkgate Market", "Stall assistant", "2023-06", "2024-05", "Fruit and vegetable stall.",
                  ["Served customers and handled cash"], ["Customer Service"])],
            [dict(name="Trade", level="Beginner", keywords=["Pipework", "Hand Tools", "Health and Safety"])],
            certificates=[dict(name="Level 1 Diploma in Plumbing Studies"), dict(name="CSCS card")])),
    "data-journalist": dict(
        set="fresh", city="London", level="mid",
        prefs=dict(target_salary_min=42000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Data Journalist", "Data Reporter"], location=["London", "Remote (UK)"])),
        resume=resume(
            "Amara Okafor", "Data Journalist", "amara.okafor@example.com",
            "Data journalist with four years in newsrooms: I find stories in public data with Python and SQL, file "
            "FOI requests and build charts. Looking for a data journalism role in London.",
            "London", "England", "GB",
            [work("The Southwark Chronicle", "Data Reporter", "2022-03", None, "Regional news group.",
                  ["Broke a story on council housing repairs from 40,000 FOI-released records",
                   "Built the newsroom's election results graphics", "Trained reporters in spreadsheets"],
                  ["Python", "SQL", "Datawrapper", "FOI"]),
             work("Camden News", "Trainee Reporter", "2020-09", "2022-02", "Local weekly.",
                  ["Covered courts and council meetings"], ["News Writing", "Shorthand"])],
            [dict(name="Data", level="Advanced", keywords=["Python", "SQL", "R", "Datawrapper", "Data Visualization"]),
             dict(name="Journalism", level="Advanced", keywords=["News Writing", "FOI", "Media Law", "Investigations"])],
            certificates=[dict(name="NCTJ Diploma in Journalism")])),
    "logistics-coordinator": dict(
        set="fresh", city="Rotterdam", level="mid",
        prefs=dict(target_salary_min=38000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Logistics Coordinator"], location=["Rotterdam"])),
        resume=resume(
            "Sanne de Vries", "Logistics Coordinator", "sanne.devries@example.com",
            "Logistics coordinator with four years at a Rotterdam distributor: booking carriers, tracking containers, "
            "transport documents and customs paperwork. Dutch and English. Looking for a logistics coordinator role "
            "in Rotterdam.",
            "Rotterdam", "South Holland", "NL",
            [work("Maasvlakte Distribution", "Logistics Coordinator", "2022-02", None, "Food distributor.",
                  ["Booked 60 containers a week with carriers and forwarders", "Cut demurrage costs 30%",
                   "Kept the TMS and SAP orders up to date"],
                  ["Transport Planning", "TMS", "SAP", "Incoterms"]),
             work("Waalhaven Transport", "Planning Assistant", "2020-09", "2022-01", "Trucking company.",
                  ["Planned truck routes and drivers' schedules"], ["Route Planning"])],
            [dict(name="Logistics", level="Advanced", keywords=["Transport Planning", "Incoterms", "Customs Documents",
                                                                "TMS", "SAP", "Excel"])],
            [dict(language="Dutch", fluency="Native speaker"), dict(language="English", fluency="Fluent")])),
    "vet-tech": dict(
        set="fresh", city="Denver", level="mid",
        prefs=dict(target_salary_min=42000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Veterinary Technician"], location=["Denver, CO"])),
        resume=resume(
            "Megan Castillo", "Veterinary Technician, CVT", "megan.castillo@example.com",
            "Credentialed veterinary technician with four years in small-animal practice: anesthesia monitoring, "
            "dental cleanings, lab work and radiographs. Looking for a vet tech role at a Denver animal hospital.",
            "Denver", "CO", "US",
            [work("Cherry Creek Animal Hospital", "Veterinary Technician", "2022-05", None, "Small-animal hospital.",
                  ["Monitored anesthesia for 15 surgeries a week", "Ran in-house lab work and radiographs",
                   "Trained two new assistants"],
                  ["Anesthesia Monitoring", "Venipuncture", "Radiography", "Dental Cleaning"]),
             work("Denver Animal Shelter", "Kennel Attendant", "2020-01", "2022-04", "Municipal shelter.",
                  ["Cared for 80 dogs and cats"], ["Animal Care"])],
            [dict(name="Veterinary nursing", level="Advanced", keywords=["Anesthesia Monitoring", "Venipuncture",
                                                                         "Catheter Placement", "Radiography",
                                                                         "Dental Cleaning"])],
            certificates=[dict(name="Certified Veterinary Technician (CVT)"), dict(name="Fear Free Certified")])),
    "ux-researcher-returner": dict(
        set="fresh", city="Berlin", level="senior",
        prefs=dict(target_salary_min=70000, preferred_work_type="remote", willing_to_relocate=False,
                   search=dict(title=["UX Researcher", "User Researcher"], location=["Remote, Germany", "Remote, EU", "Berlin"], level=["senior", "lead"])),
        resume=resume(
            "Julia Becker", "UX Researcher", "julia.becker@example.com",
            "UX researcher returning after a four-year career break caring for family. Before it, six years of user "
            "research at a Berlin fintech: interviews, usability tests, diary studies and research ops. Took a "
            "refresher in remote research tools in 2026. Looking for a senior UX research role, remote in Germany.",
            "Berlin", "Berlin", "DE",
            [work("Geldwerk Bank", "Senior UX Researcher", "2016-04", "2022-06", "Mobile banking app.",
                  ["Ran 200 user interviews and usability tests", "Set up the research repository",
                   "Led the research behind a new onboarding that lifted sign-ups 15%"],
                  ["User Interviews", "Usability Testing", "Diary Studies", "Research Operations"]),
             work("Kreuzberg Digital Agency", "UX Designer", "2014-01", "2016-03", "Agency.",
                  ["Designed wireframes and ran guerrilla tests"], ["Wireframing", "Usability Testing"])],
            [dict(name="Research", level="Expert", keywords=["User Interviews", "Usability Testing", "Diary Studies",
                                                             "Survey Design", "Research Operations", "Dovetail"])],
            [dict(language="German", fluency="Native speaker"), dict(language="English", fluency="Fluent")])),
    "principal-to-edtech": dict(
        set="fresh", city="Vancouver", level="senior",
        prefs=dict(target_salary_min=100000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Operations Manager, EdTech", "Implementation Manager"], location=["Vancouver, BC", "Remote (Canada)"])),
        resume=resume(
            "Catherine Liu", "School Principal", "catherine.liu@example.com",
            "Secondary school principal moving into education technology operations. Twelve years in schools, five "
            "leading one: I ran the rollout of a learning platform to 900 students and 70 staff, built our budget "
            "and scheduling processes, and managed a team of 70. Looking for an operations or implementation role "
            "at an edtech company in Vancouver; not returning to school administration.",
            "Vancouver", "BC", "CA",
            [work("Kitsilano Secondary School", "Principal", "2021-08", None, "Public secondary school, 900 students.",
                  ["Led 70 staff and a CA$9M budget", "Ran the rollout of a learning management system",
                   "Redesigned timetabling and reporting processes"],
                  ["School Leadership", "Budgeting", "Staff Management", "LMS Rollout"]),
             work("Kitsilano Secondary School", "Vice Principal", "2018-08", "2021-07", "Public secondary school.",
                  ["Ran student services and the timetable"], ["Scheduling", "Student Services"]),
             work("Burnaby South Secondary", "Mathematics Teacher", "2013-09", "2018-06", "Public secondary school.",
                  ["Taught grades 9-12 mathematics"], ["Teaching"])],
            [dict(name="Leadership", level="Expert", keywords=["Team Leadership", "Budgeting", "Process Design",
                                                               "Stakeholder Management", "Project Management"]),
             dict(name="Education", level="Expert", keywords=["Curriculum", "LMS", "Teacher Training"])],
            certificates=[dict(name="BC Teaching Certificate"), dict(name="M.Ed. Educational Leadership")])),
    "coo": dict(
        set="fresh", city="Chicago", level="lead",
        prefs=dict(target_salary_min=230000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Chief Operating Officer"], location=["Chicago, IL"], level=["lead"])),
        resume=resume(
            "Marcus Bell", "Chief Operating Officer", "marcus.bell@example.com",
            "Operating executive with twenty years in consumer goods: COO of a $250M manufacturer, before that VP "
            "Operations. I scale operations, lead supply chain and service heads, and work with boards and private "
            "equity owners. Looking for a COO role in Chicago.",
            "Chicago", "IL", "US",
            [work("Lakefront Home Goods", "Chief Operating Officer", "2019-01", None, "Consumer goods, $250M revenue.",
                  ["Grew revenue from $140M to $250M with three plants", "Led supply chain, manufacturing and service",
                   "Worked with the board and PE owner through an acquisition"],
                  ["Operations Leadership", "P&L Management", "Supply Chain", "M&A Integration"]),
             work("Midwest Appliance Co", "VP Operations", "2012-04", "2018-12", "Manufacturer.",
                  ["Ran four plants and 1,100 people"], ["Lean Manufacturing", "Plant Operations"])],
            [dict(name="Leadership", level="Expert", keywords=["Operations Leadership", "P&L Management",
                                                               "Supply Chain", "Board Reporting", "Lean"])],
            certificates=[dict(name="MBA, Kellogg")])),
}

# (id, kind, level, company, place, workplace, salary_min, salary_max); thousands, None = not stated.
FRESH = [
    # pharmacist (Philadelphia, mid, on-site, >= $120k)
    ("fr-001", "pharmacist", "mid", "Rittenhouse Pharmacy", "Philadelphia", "onsite", 125, 140),
    ("fr-002", "pharmacist", "mid", "Fishtown Family Pharmacy", "Philadelphia", "onsite", None, None),
    ("fr-003", "pharmacist", "senior", "Liberty Drug Co", "Philadelphia", "onsite", 135, 150),
    ("fr-004", "pharmacist", "mid", "Allegheny Pharmacy", "Pittsburgh", "onsite", 125, 140),
    ("fr-005", "pharmacist", "mid", "Budget Rx", "Philadelphia", "onsite", 95, 110),
    ("fr-006", "hospital-pharmacist", "mid", "Penn Valley Hospital", "Philadelphia", "onsite", 128, 145),
    ("fr-007", "pharmacy-technician", "entry", "Rittenhouse Pharmacy", "Philadelphia", "onsite", 38, 44),
    ("fr-008", "pharma-sales", "mid", "Cardiomed Pharmaceuticals", "Philadelphia", "hybrid", 110, 140),
    ("fr-009", "pharmacist", "mid", "ScriptLine Telepharmacy", "remote-ca", "remote", 130, 150),
    ("fr-010", "pharmacist", "lead", "Liberty Drug Co", "Philadelphia", "onsite", 150, 170),
    ("fr-011", "hospital-pharmacist", "senior", "Cascade Medical Center", "Portland", "onsite", 140, 160),
    ("fr-012", "pharmacist", "mid", "ScriptLine Telepharmacy", "remote-us", "remote", 122, 135),
    # plumbing-apprentice (Leeds, entry, on-site, >= £18k)
    ("fr-013", "plumbing-apprentice", "entry", "Aire Valley Plumbing", "Leeds", "onsite", 18, 22),
    ("fr-014", "plumbing-apprentice", "entry", "Headingley Heating", "Leeds", "onsite", None, None),
    ("fr-015", "plumbing-apprentice", "entry", "Kirkstall Building Services", "Leeds", "onsite", 19, 23),
    ("fr-016", "plumbing-apprentice", "entry", "Penny Plumbing", "Leeds", "onsite", 12, 14),
    ("fr-017", "plumbing-apprentice", "entry", "Irwell Plumbing", "Manchester", "onsite", 18, 22),
    ("fr-018", "gas-engineer-trainee", "entry", "National Boiler Care", "Leeds", "onsite", 20, 24),
    ("fr-019", "plumber", "senior", "Aire Valley Plumbing", "Leeds", "onsite", 38, 45),
    ("fr-020", "plumbing-sales", "entry", "Yorkshire Plumbing Supplies", "Leeds", "onsite", 19, 21),
    ("fr-021", "electrician", "entry", "Headingley Electrical", "Leeds", "onsite", 18, 22),
    ("fr-022", "plumbing-apprentice", "mid", "Roundhay Plumbing", "Leeds", "onsite", 24, 28),
    ("fr-023", "retail-assistant", "entry", "Trinity Leeds Fashion", "Leeds", "onsite", 19, 21),
    # data-journalist (London, mid, hybrid, >= £42k)
    ("fr-024", "data-journalist", "mid", "The Thames Gazette", "London", "hybrid", 45, 55),
    ("fr-025", "data-journalist", "senior", "Fleet Street Investigations", "London", "hybrid", 55, 65),
    ("fr-026", "data-journalist", "mid", "Open Data News", "remote-uk", "remote", 44, 52),
    ("fr-027", "data-journalist", "mid", "Northern Post", "Manchester", "onsite", 40, 48),
    ("fr-028", "data-journalist", "mid", "Local News Trust", "London", "hybrid", 32, 36),
    ("fr-029", "data-journalist", "mid", "The Thames Gazette", "London", "onsite", None, None),
    ("fr-030", "reporter", "mid", "Evening Standard Group", "London", "hybrid", 42, 50),
    ("fr-031", "copy-editor", "mid", "The Thames Gazette", "London", "hybrid", 38, 45),
    ("fr-032", "data-analyst", "mid", "Camden Retail Group", "London", "hybrid", 45, 55),
    ("fr-033", "data-engineer", "senior", "Paddington Labs", "London", "hybrid", 70, 85),
    ("fr-034", "data-journalist", "senior", "Civic Numbers", "remote-us", "remote", 90, 110),
    ("fr-035", "data-journalist", "entry", "Local News Trust", "London", "hybrid", 26, 30),
    # logistics-coordinator (Rotterdam, mid, on-site, >= €38k)
    ("fr-036", "logistics-coordinator", "mid", "Haven Logistics", "Rotterdam", "onsite", 40, 48),
    ("fr-037", "logistics-coordinator", "mid", "Maasstad Foods", "Rotterdam", "onsite", None, None),
    ("fr-038", "logistics-coordinator", "senior", "Europoort Chemicals", "Rotterdam", "hybrid", 48, 56),
    ("fr-039", "logistics-coordinator", "mid", "Domstad Distribution", "Utrecht", "onsite", 40, 46),
    ("fr-040", "logistics-coordinator", "mid", "Budget Cargo BV", "Rotterdam", "onsite", 30, 34),
    ("fr-041", "freight-forwarder", "mid", "Blue Anchor Forwarding", "Rotterdam", "onsite", 40, 50),
    ("fr-042", "truck-driver", "mid", "Waalhaven Transport", "Rotterdam", "onsite", 36, 42),
    ("fr-043", "supply-chain-planner", "mid", "Maasstad Foods", "Rotterdam", "hybrid", 45, 55),
    ("fr-044", "logistics-director", "lead", "Haven Logistics", "Rotterdam", "onsite", 110, 130),
    ("fr-045", "warehouse-supervisor", "mid", "Europoort Chemicals", "Rotterdam", "onsite", 38, 44),
    ("fr-046", "logistics-coordinator", "entry", "Haven Logistics", "Rotterdam", "onsite", 30, 35),
    ("fr-047", "logistics-coordinator", "mid", "Rhine Freight GmbH", "remote-de", "remote", 45, 52),
    # vet-tech (Denver, mid, on-site, >= $42k)
    ("fr-048", "vet-tech", "mid", "Wash Park Animal Hospital", "Denver", "onsite", 45, 55),
    ("fr-049", "vet-tech", "mid", "Highlands Veterinary Clinic", "Denver", "onsite", None, None),
    ("fr-050", "vet-tech", "senior", "Front Range Animal Emergency", "Denver", "onsite", 55, 65),
    ("fr-051", "vet-tech", "mid", "Budget Pet Clinic", "Denver", "onsite", 32, 38),
    ("fr-052", "vet-tech", "mid", "Rose City Animal Hospital", "Portland", "onsite", 48, 58),
    ("fr-053", "vet-tech", "entry", "Cherry Creek Animal Hospital", "Denver", "onsite", 38, 44),
    ("fr-054", "vet-assistant", "entry", "Wash Park Animal Hospital", "Denver", "onsite", 32, 36),
    ("fr-055", "veterinarian", "senior", "Highlands Veterinary Clinic", "Denver", "onsite", 120, 150),
    ("fr-056", "animal-shelter", "mid", "Denver Humane Society", "Denver", "onsite", 40, 46),
    ("fr-057", "lab-technician", "mid", "Mile High Diagnostics", "Denver", "onsite", 50, 58),
    ("fr-058", "vet-tech", "mid", "PetTriage Online", "remote-us", "remote", 45, 52),
    # ux-researcher-returner (Berlin, senior, remote, >= €70k)
    ("fr-059", "ux-researcher", "senior", "Kontoflux", "remote-de", "remote", 72, 85),
    ("fr-060", "ux-researcher", "senior", "Mobilia Leasing", "remote-eu", "remote", None, None),
    ("fr-061", "ux-researcher", "senior", "Spreebogen Commerce", "Berlin", "hybrid", 75, 88),
    ("fr-062", "ux-researcher", "lead", "Zahlwerk GmbH", "remote-de", "remote", 90, 105),
    ("fr-063", "ux-researcher", "senior", "Golden Gate Apps", "remote-us", "remote", 150, 170),
    ("fr-064", "ux-researcher", "senior", "Isar Versicherung", "Munich", "onsite", 75, 90),
    ("fr-065", "ux-researcher", "senior", "Charity Tech Berlin", "remote-de", "remote", 50, 58),
    ("fr-066", "ux-researcher", "entry", "Kiezbank", "remote-de", "remote", 40, 48),
    ("fr-067", "product-designer", "senior", "Kontoflux", "remote-de", "remote", 75, 90),
    ("fr-068", "market-research-analyst", "senior", "Hanse Consumer Goods", "Berlin", "hybrid", 70, 85),
    ("fr-069", "graphic-designer", "senior", "Kreuzberg Studio", "Berlin", "hybrid", 55, 65),
    ("fr-070", "data-analyst", "senior", "Tegel Software", "remote-de", "remote", 70, 80),
    # principal-to-edtech (Vancouver, senior, hybrid, >= CA$100k)
    ("fr-071", "edtech-ops", "senior", "Classwise Learning", "Vancouver", "hybrid", 105, 125),
    ("fr-072", "edtech-ops", "senior", "Brightboard", "Vancouver", "hybrid", None, None),
    ("fr-073", "edtech-ops", "lead", "Lumen Schools Platform", "remote-ca", "remote", 130, 150),
    ("fr-074", "edtech-ops", "senior", "Prairie Learn", "Calgary", "onsite", 105, 120),
    ("fr-075", "edtech-ops", "senior", "Budget Tutor Inc", "Vancouver", "hybrid", 70, 80),
    ("fr-076", "edtech-ops", "mid", "Classwise Learning", "Vancouver", "hybrid", 85, 95),
    ("fr-077", "school-partnerships", "senior", "Brightboard", "Vancouver", "hybrid", 100, 115),
    ("fr-078", "school-principal", "lead", "Vancouver School District", "Vancouver", "onsite", 140, 160),
    ("fr-079", "school-principal", "senior", "Richmond Secondary", "Vancouver", "onsite", 115, 130),
    ("fr-080", "teacher", "mid", "Burnaby South Secondary", "Vancouver", "onsite", 75, 95),
    ("fr-081", "ops-manager", "senior", "Fraser Port Distribution", "Vancouver", "onsite", 100, 120),
    ("fr-082", "instructional-designer", "senior", "Classwise Learning", "Vancouver", "hybrid", 95, 110),
    ("fr-083", "edtech-ops", "senior", "Golden Gate Apps", "remote-us", "remote", 160, 180),
    # coo (Chicago, lead, hybrid, >= $230k)
    ("fr-084", "coo", "lead", "Lakeshore Consumer Brands", "Chicago", "hybrid", 250, 300),
    ("fr-085", "coo", "lead", "Wrigleyville Foods", "Chicago", "hybrid", None, None),
    ("fr-086", "coo", "lead", "Prairie Home Products", "Chicago", "onsite", 240, 280),
    ("fr-087", "coo", "lead", "Gulf Coast Distribution", "Houston", "onsite", 250, 290),
    ("fr-088", "coo", "lead", "Loop Startup Co", "Chicago", "hybrid", 160, 190),
    ("fr-089", "vp-operations", "lead", "Midwest Appliance Co", "Chicago", "hybrid", 230, 260),
    ("fr-090", "vp-operations", "senior", "Fox River Packaging", "Chicago", "onsite", 190, 220),
    ("fr-091", "ops-manager", "senior", "Lakeshore Consumer Brands", "Chicago", "onsite", 95, 110),
    ("fr-092", "cfo", "lead", "Wrigleyville Foods", "Chicago", "hybrid", 260, 300),
    ("fr-093", "coo", "lead", "Toronto Home Goods", "remote-ca", "remote", 280, 320),
    ("fr-094", "logistics-director", "lead", "Lakeshore Consumer Brands", "Chicago", "onsite", 170, 200),
    # shared distractors: every person sees them, most are unrelated to all
    ("fr-095", "java-backend", "senior", "Loop Startup Co", "Chicago", "hybrid", 150, 170),
    ("fr-096", "nurse-educator", "mid", "Penn Valley Hospital", "Philadelphia", "hybrid", 90, 105),
    ("fr-097", "hvac-technician", "mid", "Aire Valley Plumbing", "Leeds", "onsite", 30, 36),
    ("fr-098", "marketing-coordinator", "entry", "The Thames Gazette", "London", "hybrid", 26, 30),
    ("fr-099", "customer-success", "senior", "Classwise Learning", "Vancouver", "hybrid", 80, 95),
    ("fr-100", "sales-ae", "senior", "Hanse Consumer Goods", "remote-de", "remote", 70, 85),
    ("fr-101", "accountant", "senior", "Maasstad Foods", "Rotterdam", "hybrid", 55, 65),
    ("fr-102", "hr-generalist", "mid", "Wash Park Animal Hospital", "Denver", "onsite", 55, 65),
    ("fr-103", "research-scientist", "senior", "Penn Valley Biotech", "Philadelphia", "onsite", 120, 140),
    ("fr-104", "program-officer", "mid", "BC Education Foundation", "Vancouver", "hybrid", 70, 85),
    ("fr-105", "corporate-trainer", "senior", "Fraser Port Distribution", "Vancouver", "onsite", 80, 95),
    ("fr-106", "paralegal", "mid", "Fleet & Moore LLP", "London", "hybrid", 34, 40),
]
