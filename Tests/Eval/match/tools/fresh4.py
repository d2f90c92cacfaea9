# The sixth set, "fresh4" (issue 19, fifth round): ten kinds of people that
# neither dev, heldout, fresh, fresh2 nor fresh3 has, postings written for
# them, and the saved search each would add, written the way people state it.
# Graded by the same rules (grading.py) and committed before any ranker ran on
# it. Written by hand, blind to the ranker (its code and rules were not read);
# generate.py writes it to fresh4/.
#
# Kinds: a welder fabricator (trades, terse résumé, no summary), a senior
# occupational therapist (care), a new town-planning graduate (public sector,
# first job), a warehouse shift supervisor (logistics, a pre-1.0 JSON Resume),
# a PhD chemist looking for her first industry job (research, first job), a
# chief people officer (executive), an army logistics sergeant moving into
# project management (career changer, old job as label), a reporter moving
# into UX writing (career changer, old job as label), a police detective moving
# into counter-fraud (career changer, new aim as label) and a graphic designer
# back after four years caring for a parent (returner).
#
# Every kind of job below is new (none shares a key with an earlier set's
# archetypes, so regenerating leaves the other sets byte-identical), except
# the two shared distractors at the end and `coo` and `transport-planner`,
# reused as near misses.
import fresh  # noqa: F401 (the earlier sets' kinds and places this set reuses: coo, Dublin, Glasgow, ...)
import fresh2  # noqa: F401
import fresh3  # noqa: F401
from archetypes import ARCHETYPES
from grading import FAMILY, NEAR_MISS_KINDS
from postings import PLACES
from profiles import resume, with_sections as _with, work

ARCHETYPES.update({
    # ------------------------------------------------------------- welding
    "welder-fabricator": dict(
        titles={"entry": "Trainee Welder Fabricator", "mid": "Welder Fabricator", "senior": "Senior Welder Fabricator",
                "lead": "Welding Supervisor"},
        summary=["Fabricate steel structures, frames and platforms in our Clyde-side workshop.",
                 "We build skids, gantries and handrails for the offshore and food industries and need a fabricator who reads drawings and welds clean."],
        duties=["MIG, TIG and MMA weld carbon and stainless steel", "Read fabrication drawings and mark out, cut and fit",
                "Set up and use the press brake, guillotine and pedestal drill", "Grind and finish welds to a high standard",
                "Check your own work against the drawing and the weld procedure"],
        required=["{years}+ years as a welder fabricator", "MIG and TIG welding to a coded or near-coded standard",
                  "Able to read engineering drawings", "Own PPE and basic hand tools"],
        nice=["Stainless steel experience", "Forklift or overhead crane ticket", "Time-served apprenticeship"]),
    "coded-pipe-welder": dict(
        titles={"senior": "Coded Pipe Welder"},
        summary=["Weld process pipework to ASME IX on shutdowns and new installations."],
        duties=["Weld carbon and stainless pipe in 6G position", "Work to weld procedure specifications",
                "Prepare and fit pipe spools"],
        required=["Current 6G coding (TIG/MMA)", "{years}+ years of pipe welding"],
        nice=["CCNSG safety passport"]),
    "cnc-operator": dict(
        titles={"mid": "CNC Machine Operator"},
        summary=["Set and run CNC lathes and mills making precision parts."],
        duties=["Load programs and set tools", "Measure parts with micrometers", "Keep the machine running"],
        required=["{years}+ years on CNC machines", "Reading drawings"],
        nice=["Fanuc controls"]),
    "welding-engineer": dict(
        titles={"mid": "Welding Engineer"},
        summary=["Own the welding procedures and qualifications of our engineering design office."],
        duties=["Write and qualify weld procedure specifications", "Approve welder qualifications",
                "Investigate weld failures with metallurgy"],
        required=["Degree in materials, mechanical or welding engineering", "IWE or working towards it"],
        nice=["Finite element analysis"]),
    "welding-sales": dict(
        titles={"mid": "Technical Sales Representative, Welding Equipment"},
        summary=["Sell our welding machines and consumables to workshops across Scotland."],
        duties=["Visit customers and demo machines", "Grow a territory", "Quote and close orders"],
        required=["Sales experience", "Full driving licence"],
        nice=["Welding knowledge"]),
    "welding-inspector": dict(
        titles={"senior": "Welding Inspector (CSWIP 3.1)"},
        summary=["Inspect welds on pressure vessels and structures for our inspection company."],
        duties=["Visual weld inspection", "Review weld records and procedures", "Write inspection reports"],
        required=["CSWIP 3.1 Welding Inspector", "{years}+ years in inspection"],
        nice=["NDT qualifications"]),
    # ------------------------------------------------------ occupational therapy
    "occ-therapist": dict(
        titles={"entry": "Occupational Therapist, Staff Grade (New Graduates Welcome)",
                "mid": "Occupational Therapist, Staff Grade", "senior": "Senior Occupational Therapist",
                "lead": "Occupational Therapy Manager"},
        summary=["Join our occupational therapy department helping adults get home safely and live independently.",
                 "Our primary care team needs an occupational therapist to assess and support older people and adults with disabilities in the community."],
        duties=["Assess functional ability, cognition and home environments",
                "Plan and deliver goal-based therapy and falls prevention", "Prescribe equipment and recommend home adaptations",
                "Work with nursing, physiotherapy and social work in the multidisciplinary team",
                "Supervise staff grade therapists and students"],
        required=["Degree in occupational therapy", "CORU registration", "{years}+ years of post-qualification experience",
                  "Full driving licence"],
        nice=["Seating and pressure care", "Experience in stroke or neuro rehabilitation", "Irish language"]),
    "rehab-case-manager": dict(
        titles={"senior": "Rehabilitation Case Manager"},
        summary=["Coordinate rehabilitation for people recovering from serious injury, for an independent case management company."],
        duties=["Assess clients at home and in hospital", "Plan and buy rehabilitation", "Report to solicitors and insurers"],
        required=["Registered OT, physiotherapist or nurse", "{years}+ years of clinical experience"],
        nice=["Brain injury experience"]),
    "ot-assistant": dict(
        titles={"entry": "Occupational Therapy Assistant"},
        summary=["Support the occupational therapists on our rehabilitation ward."],
        duties=["Carry out therapy programmes set by the OT", "Deliver and fit equipment", "Keep records"],
        required=["QQI Level 5 in healthcare or similar"],
        nice=["Hospital experience"]),
    "occ-health-advisor": dict(
        titles={"senior": "Occupational Health Advisor"},
        summary=["Run the occupational health service for our 3,000 staff: fitness for work, health surveillance, vaccinations."],
        duties=["Carry out pre-placement and return-to-work assessments", "Run health surveillance",
                "Advise managers on sickness absence"],
        required=["Registered general nurse (NMBI)", "Occupational health qualification"],
        nice=["Audiometry and spirometry"]),
    "physio-senior": dict(
        titles={"senior": "Senior Physiotherapist"},
        summary=["Lead musculoskeletal physiotherapy in our hospital outpatient department."],
        duties=["Assess and treat outpatients", "Supervise staff physiotherapists", "Run exercise classes"],
        required=["Degree in physiotherapy", "CORU registration", "{years}+ years of experience"],
        nice=["Acupuncture"]),
    "occ-psychologist": dict(
        titles={"senior": "Occupational Psychologist"},
        summary=["Design assessment centres and leadership programmes for our corporate clients."],
        duties=["Design psychometric assessments", "Run assessment centres", "Coach leaders"],
        required=["MSc in occupational or organisational psychology", "Psychological Society of Ireland membership"],
        nice=["Test user qualification"]),
    # ------------------------------------------------------- town planning
    "planning-officer": dict(
        titles={"entry": "Graduate Planning Officer", "mid": "Planning Officer", "senior": "Senior Planning Officer",
                "lead": "Principal Planning Officer"},
        summary=["Our development management team decides planning applications for the city and needs a planner to join it.",
                 "Help shape the places people live by assessing planning applications and giving advice in our council planning service."],
        duties=["Assess householder and minor planning applications against the local plan",
                "Visit sites and consult neighbours and statutory consultees", "Write delegated reports and recommendations",
                "Give pre-application advice to applicants and agents", "Present cases to the planning committee"],
        required=["Degree or master's in town planning (RTPI accredited) or working towards it",
                  "{years}+ years in development management", "Clear report writing",
                  "Understanding of the NPPF and planning law"],
        nice=["Licentiate or chartered RTPI membership", "Uniform or a similar planning system", "Full driving licence"]),
    "planning-consultant": dict(
        titles={"entry": "Graduate Planning Consultant", "mid": "Planning Consultant"},
        summary=["Help developers and landowners through the planning system at our planning consultancy."],
        duties=["Prepare planning applications and statements", "Research planning policy and history",
                "Attend meetings with councils"],
        required=["Degree or master's in town planning", "Good writing"],
        nice=["RTPI licentiate membership"]),
    "planning-enforcement": dict(
        titles={"entry": "Planning Enforcement Officer"},
        summary=["Investigate breaches of planning control across the city for our planning service."],
        duties=["Investigate complaints about unauthorised development", "Visit sites and gather evidence",
                "Serve enforcement notices"],
        required=["Interest in planning or a planning qualification", "Driving licence"],
        nice=["Investigation experience"]),
    "building-control": dict(
        titles={"mid": "Building Control Surveyor"},
        summary=["Check building work against the Building Regulations for our council."],
        duties=["Check plans for compliance", "Inspect building work on site", "Issue completion certificates"],
        required=["Degree in building control or surveying", "{years}+ years in building control"],
        nice=["RBI registration"]),
    "production-planner": dict(
        titles={"mid": "Production Planner"},
        summary=["Plan the production schedule of our food manufacturing site."],
        duties=["Build the weekly production plan", "Balance stock and capacity", "Work with purchasing"],
        required=["{years}+ years of production planning", "Advanced Excel", "MRP systems"],
        nice=["SAP"]),
    "financial-planner": dict(
        titles={"entry": "Trainee Financial Planner"},
        summary=["Train to advise clients on pensions, savings and protection in our wealth management firm."],
        duties=["Prepare client reviews", "Research products", "Study for the Diploma in Regulated Financial Planning"],
        required=["Degree", "Good with numbers"],
        nice=["CII exams"]),
    # ------------------------------------------------------------ warehouse
    "wh-shift-supervisor": dict(
        titles={"entry": "Warehouse Lead", "mid": "Warehouse Shift Supervisor", "senior": "Warehouse Operations Manager",
                "lead": "Distribution Center General Manager"},
        summary=["Run a shift of our 600,000 sq ft e-commerce fulfillment center: receiving, picking, packing and shipping.",
                 "Lead associates on second shift in our regional distribution center and hit the plan safely every night."],
        duties=["Lead a shift of 40-60 associates and leads across inbound and outbound",
                "Plan labor against volume and move people between areas", "Track productivity, accuracy and safety KPIs",
                "Coach, train and hold associates to standards", "Own shift handover and the start-of-shift meeting"],
        required=["{years}+ years of warehouse or distribution supervision", "WMS experience (Manhattan, SAP or similar)",
                  "Able to work nights and weekends", "Forklift certification or willing to get it"],
        nice=["Lean or Six Sigma", "Bilingual English and Spanish", "OSHA 10 or 30"]),
    "inventory-control": dict(
        titles={"mid": "Inventory Control Supervisor"},
        summary=["Keep our distribution center's inventory accurate through cycle counts and reconciliations."],
        duties=["Run the cycle count program", "Investigate inventory variances", "Lead the inventory control clerks"],
        required=["{years}+ years of inventory control", "WMS and Excel"],
        nice=["Six Sigma"]),
    "forklift-operator": dict(
        titles={"entry": "Forklift Operator (2nd Shift)"},
        summary=["Move pallets between receiving, storage and shipping in our warehouse."],
        duties=["Put away and replenish pallets", "Load trailers", "Scan every move"],
        required=["Forklift certification", "Able to lift 50 lbs"],
        nice=["Reach truck"]),
    "coffee-shift-supervisor": dict(
        titles={"mid": "Shift Supervisor"},
        summary=["Run the floor of our busy downtown coffee shop."],
        duties=["Lead baristas through the rush", "Count the till", "Open and close the store"],
        required=["Barista experience", "Customer service"],
        nice=["Food handler card"]),
    "security-shift-supervisor": dict(
        titles={"mid": "Security Shift Supervisor"},
        summary=["Supervise the security officers guarding a corporate campus."],
        duties=["Lead patrols", "Respond to alarms", "Write incident reports"],
        required=["State security license", "{years}+ years in security"],
        nice=["Law enforcement or military background"]),
    # ------------------------------------------------------------ chemistry
    "synthetic-chemist": dict(
        titles={"entry": "Associate Scientist, Chemistry", "mid": "Scientist, Synthetic Chemistry",
                "senior": "Senior Scientist, Process Chemistry", "lead": "Principal Scientist, Chemistry"},
        summary=["Our process chemistry group makes the small-molecule candidates of our crop protection and pharma pipelines at scale.",
                 "Join our chemistry R&D team designing and running multi-step syntheses from milligram to kilogram."],
        duties=["Design and run multi-step organic syntheses", "Purify and characterise compounds by NMR, LC-MS and HPLC",
                "Develop and scale up routes from discovery to kilo lab", "Keep electronic lab notebooks and write reports",
                "Present results to project teams"],
        required=["PhD in organic or synthetic chemistry (or MS with {years}+ years)", "Hands-on multi-step synthesis",
                  "NMR and LC-MS interpretation", "Safe laboratory practice"],
        nice=["Process chemistry or scale-up", "Flow chemistry", "Catalysis"]),
    "analytical-chemist": dict(
        titles={"mid": "Analytical Scientist"},
        summary=["Develop and validate the analytical methods behind our development programmes."],
        duties=["Develop HPLC and GC methods", "Validate methods to ICH guidelines", "Characterise impurities"],
        required=["PhD or MS in chemistry", "HPLC method development"],
        nice=["Mass spectrometry"]),
    "qc-chemist": dict(
        titles={"entry": "QC Chemist"},
        summary=["Test raw materials and finished product in our manufacturing quality control lab."],
        duties=["Run routine HPLC and titration tests", "Document results under GMP", "Calibrate instruments"],
        required=["BS in chemistry", "GMP lab experience"],
        nice=["LIMS"]),
    "chemical-engineer": dict(
        titles={"mid": "Chemical Engineer, Plant Process"},
        summary=["Keep our chemical plant's reactors and distillation units running safely and efficiently."],
        duties=["Monitor and optimise plant processes", "Lead process safety reviews (HAZOP)", "Manage capital projects"],
        required=["BS in chemical engineering", "{years}+ years in a manufacturing plant"],
        nice=["PE license"]),
    "chemistry-teacher": dict(
        titles={"mid": "High School Chemistry Teacher"},
        summary=["Teach chemistry and AP Chemistry at our public high school."],
        duties=["Plan and teach lessons and labs", "Grade and give feedback", "Advise the science club"],
        required=["Delaware teaching certificate in chemistry or eligible", "Degree in chemistry"],
        nice=["AP experience"]),
    "chem-postdoc": dict(
        titles={"entry": "Postdoctoral Researcher, Organic Chemistry"},
        summary=["A two-year postdoc in a university group working on new C-H activation methods."],
        duties=["Run your own methodology project", "Mentor graduate students", "Write papers"],
        required=["PhD in chemistry", "Publication record"],
        nice=["Catalysis"]),
    # ----------------------------------------------------------- HR executive
    "chief-people-officer": dict(
        titles={"senior": "HR Director", "lead": "Chief People Officer"},
        summary=["Lead people and culture for a fast-growing company of 2,000 and sit on the executive committee.",
                 "We are looking for a chief people officer to build the organisation we need for the next stage of growth."],
        duties=["Set the people strategy and sit on the executive team", "Lead HR, talent, reward and learning teams",
                "Advise the board's remuneration committee", "Lead organisation design, culture and change programmes",
                "Own employee relations and workforce planning"],
        required=["{years}+ years in HR leadership", "Executive committee or board experience", "CIPD Level 7 or equivalent",
                  "Led people teams through growth or change"],
        nice=["Private equity or listed company experience", "International workforce", "Employment law knowledge"]),
    "hr-business-partner": dict(
        titles={"mid": "HR Business Partner"},
        summary=["Partner with our operations directors on everything people."],
        duties=["Advise managers on employee relations", "Run the annual pay review", "Coach managers"],
        required=["CIPD Level 5", "{years}+ years of HR generalist work"],
        nice=["TUPE experience"]),
    "chief-product-officer": dict(
        titles={"lead": "Chief Product Officer (CPO)"},
        summary=["Own the product vision and roadmap of our B2B software platform."],
        duties=["Set product strategy", "Lead product managers and designers", "Work with engineering on delivery"],
        required=["{years}+ years in product management", "SaaS experience"],
        nice=["Marketplace experience"]),
    "talent-acquisition-head": dict(
        titles={"lead": "Head of Talent Acquisition"},
        summary=["Build and lead the recruiting team of a scale-up hiring 400 people this year."],
        duties=["Lead recruiters and sourcers", "Own employer brand", "Run hiring data"],
        required=["{years}+ years in recruitment", "In-house leadership experience"],
        nice=["Greenhouse or Ashby"]),
    # --------------------------------------------------- project management
    "project-manager": dict(
        titles={"entry": "Project Coordinator", "mid": "Project Manager", "senior": "Senior Project Manager",
                "lead": "Program Director"},
        summary=["Run cross-functional projects from kickoff to close for our operations and technology teams.",
                 "We need a project manager who can plan, track and land projects with many moving parts and stakeholders."],
        duties=["Build and keep project plans, schedules and budgets", "Run status meetings and report to sponsors",
                "Track risks, issues and dependencies and clear blockers", "Coordinate vendors and internal teams",
                "Close projects and capture lessons learned"],
        required=["{years}+ years of project management", "PMP or CAPM certification, or working towards it",
                  "MS Project, Smartsheet or a similar tool", "Clear written and spoken communication"],
        nice=["Agile or Scrum experience", "Security clearance", "Experience with government contracts"]),
    "pmo-analyst": dict(
        titles={"mid": "PMO Analyst"},
        summary=["Keep our project portfolio's reporting, schedules and governance in order."],
        duties=["Maintain portfolio reports", "Support project managers with schedules", "Run governance reviews"],
        required=["{years}+ years in a PMO or project role", "Excel and Smartsheet"],
        nice=["PMP"]),
    "software-product-manager": dict(
        titles={"mid": "Product Manager"},
        summary=["Own the roadmap of our SaaS analytics product."],
        duties=["Talk to customers and write requirements", "Prioritise the backlog with engineering", "Launch features"],
        required=["{years}+ years of product management in software", "Technical background"],
        nice=["B2B SaaS"]),
    "construction-project-manager": dict(
        titles={"mid": "Construction Project Manager"},
        summary=["Manage commercial building projects from preconstruction to handover."],
        duties=["Manage subcontractors and schedule", "Run site meetings", "Control cost and change orders"],
        required=["{years}+ years managing commercial construction", "Degree in construction management"],
        nice=["Procore"]),
    "supply-sergeant": dict(
        titles={"mid": "Supply Sergeant (Army Reserve, Active Guard Reserve)"},
        summary=["Serve full time in the Army Reserve running a unit's supply room and property book."],
        duties=["Account for unit equipment", "Order and issue supplies", "Train soldiers in supply procedures"],
        required=["Prior service in a supply MOS", "Eligible to re-enlist"],
        nice=["GCSS-Army"]),
    "logistics-analyst": dict(
        titles={"mid": "Logistics Analyst"},
        summary=["Analyse shipments and costs for our defense contracting logistics team."],
        duties=["Track shipments and inventory", "Report costs", "Support the logistics manager"],
        required=["{years}+ years in logistics", "Excel"],
        nice=["Military logistics background"]),
    # ------------------------------------------------------------- UX writing
    "ux-writer": dict(
        titles={"entry": "Associate UX Writer", "mid": "UX Writer", "senior": "Senior Content Designer",
                "lead": "Content Design Lead"},
        summary=["Write the words in our banking app: buttons, errors, onboarding and help, so people understand money.",
                 "Our product design team is looking for a UX writer to make our software clear, short and kind."],
        duties=["Write interface copy for flows, errors, empty states and notifications",
                "Work with product designers and researchers from the first sketch",
                "Keep our voice and tone guidelines and the content style guide",
                "Test wording with users and with A/B experiments", "Write help articles and in-product guidance"],
        required=["{years}+ years of professional writing", "A portfolio of interface or product writing",
                  "Comfortable in Figma", "Plain-language writing"],
        nice=["Accessibility knowledge", "French", "Content design for regulated industries"]),
    "technical-writer": dict(
        titles={"mid": "Technical Writer"},
        summary=["Write the user guides and API docs for our developer platform."],
        duties=["Write and maintain documentation", "Interview engineers", "Keep docs in the docs-as-code pipeline"],
        required=["{years}+ years of technical writing", "Markdown and Git"],
        nice=["API documentation"]),
    "copywriter": dict(
        titles={"mid": "Copywriter"},
        summary=["Write campaigns for our advertising agency's retail and food clients."],
        duties=["Write ad, radio and social copy", "Pitch concepts with art directors", "Present to clients"],
        required=["{years}+ years of agency copywriting", "Portfolio"],
        nice=["French"]),
    "news-reporter": dict(
        titles={"mid": "General Assignment Reporter"},
        summary=["Cover city news for our daily paper and website."],
        duties=["Report and write daily news stories", "Develop sources", "Work evenings and weekends"],
        required=["{years}+ years of reporting", "Journalism degree or equivalent"],
        nice=["Video skills"]),
    "ux-ui-designer": dict(
        titles={"mid": "UX/UI Designer"},
        summary=["Design the screens and flows of our insurance app."],
        duties=["Design wireframes and high-fidelity screens", "Build prototypes in Figma", "Maintain the design system"],
        required=["{years}+ years of UX/UI design", "Figma portfolio"],
        nice=["Motion design"]),
    # ---------------------------------------------------------- counter-fraud
    "fraud-investigator": dict(
        titles={"entry": "Trainee Fraud Investigator", "mid": "Fraud Investigator",
                "senior": "Senior Counter Fraud Specialist", "lead": "Head of Financial Crime Investigations"},
        summary=["Investigate suspected fraud against our customers and the bank, from first alert to court file.",
                 "Our counter fraud team investigates insurance and application fraud and works closely with the police."],
        duties=["Investigate suspected internal and external fraud cases", "Interview witnesses and suspects under PACE",
                "Gather and present evidence to criminal and civil standards", "Write case files and witness statements",
                "Work with police, Action Fraud and other lenders"],
        required=["{years}+ years of investigation experience (police, fraud or regulatory)",
                  "Knowledge of PACE and CPIA", "Clear report and statement writing", "Confident interviewer"],
        nice=["Accredited Counter Fraud Specialist (ACFS)", "Financial investigation (AFI)", "Insurance or banking experience"]),
    "financial-crime-analyst": dict(
        titles={"mid": "Financial Crime Analyst (AML)"},
        summary=["Review alerts and cases of money laundering for our bank."],
        duties=["Review transaction monitoring alerts", "Write suspicious activity reports", "Carry out enhanced due diligence"],
        required=["{years}+ years in AML or financial crime", "Knowledge of the Money Laundering Regulations"],
        nice=["ICA certificate"]),
    "claims-handler": dict(
        titles={"entry": "Claims Handler"},
        summary=["Handle motor insurance claims from first notice to settlement."],
        duties=["Take claims calls", "Assess liability", "Settle claims"],
        required=["Customer service experience"],
        nice=["Insurance experience"]),
    "police-constable": dict(
        titles={"mid": "Police Constable (Transferee)"},
        summary=["Transfer to our force as a police constable on response and neighbourhood teams."],
        duties=["Respond to emergency calls", "Investigate crime", "Patrol the neighbourhood"],
        required=["Serving police constable in a UK force", "Full driving licence"],
        nice=["Response driving course"]),
    "fraud-data-scientist": dict(
        titles={"mid": "Data Scientist, Fraud Detection"},
        summary=["Build machine learning models that catch payment fraud in real time."],
        duties=["Build and monitor fraud models", "Engineer features from transaction data", "Work with fraud analysts"],
        required=["{years}+ years of data science", "Python and SQL", "Machine learning"],
        nice=["Graph analytics"]),
    "fraud-prevention-advisor": dict(
        titles={"entry": "Fraud Prevention Advisor"},
        summary=["Answer calls from customers whose cards were blocked by our fraud systems."],
        duties=["Take inbound calls", "Confirm or decline flagged transactions", "Reissue cards"],
        required=["Call centre experience"],
        nice=["Banking experience"]),
    # ------------------------------------------------------------- graphic design
    "graphic-design": dict(
        titles={"entry": "Junior Graphic Designer", "mid": "Midweight Graphic Designer", "senior": "Senior Graphic Designer",
                "lead": "Design Lead"},
        summary=["Design print, digital and brand work for the clients of our independent studio in the Northern Quarter.",
                 "Our in-house creative team needs a graphic designer for packaging, campaigns and social."],
        duties=["Design brand identities, packaging, print and digital campaigns", "Prepare artwork for print and check proofs",
                "Create social media and display assets", "Present concepts to clients and take feedback",
                "Keep brand guidelines consistent"],
        required=["{years}+ years as a graphic designer", "Adobe InDesign, Illustrator and Photoshop",
                  "A portfolio of print and digital work", "Typography and layout"],
        nice=["After Effects or motion", "Figma", "Packaging experience"]),
    "motion-designer": dict(
        titles={"mid": "Motion Designer"},
        summary=["Animate brand films and social content for our agency's clients."],
        duties=["Animate in After Effects", "Storyboard", "Edit video"],
        required=["{years}+ years of motion design", "After Effects"],
        nice=["Cinema 4D"]),
    "ui-designer": dict(
        titles={"mid": "UI Designer (Web and App)"},
        summary=["Design interfaces for our e-commerce site and app."],
        duties=["Design screens and components in Figma", "Work with developers", "Run usability checks"],
        required=["{years}+ years of UI design", "Figma"],
        nice=["HTML and CSS"]),
    "kitchen-designer": dict(
        titles={"mid": "Kitchen Designer"},
        summary=["Design fitted kitchens for customers in our showroom."],
        duties=["Measure and plan kitchens", "Draw designs in CAD", "Sell to customers"],
        required=["Kitchen design or sales experience"],
        nice=["20-20 CAD"]),
    "design-lecturer": dict(
        titles={"mid": "Lecturer in Graphic Design"},
        summary=["Teach graphic design on our further education college's level 3 courses."],
        duties=["Teach and assess students", "Plan the curriculum", "Support students' portfolios"],
        required=["Degree in graphic design", "Teaching qualification or willing to work towards one"],
        nice=["Industry experience"]),
})

PLACES.update({
    "Aberdeen": ("Aberdeen", "Scotland", "GB", "GBP"),
    "Columbus": ("Columbus", "OH", "US", "USD"), "Indianapolis": ("Indianapolis", "IN", "US", "USD"),
    "Wilmington": ("Wilmington", "DE", "US", "USD"),
    "San Antonio": ("San Antonio", "TX", "US", "USD"),
})

# What suits each person (grading.py's rules read these). A changer's family
# is their aim: the job they are leaving is 1.
FAMILY.update({
    "welder-fabricator": {"welder-fabricator": 3, "coded-pipe-welder": 2, "cnc-operator": 1, "welding-inspector": 1},
    "occupational-therapist": {"occ-therapist": 3, "rehab-case-manager": 2, "physio-senior": 1, "ot-assistant": 1},
    "graduate-town-planner": {"planning-officer": 3, "planning-consultant": 2, "planning-enforcement": 2,
                              "building-control": 1},
    "warehouse-shift-supervisor": {"wh-shift-supervisor": 3, "inventory-control": 2, "forklift-operator": 1},
    "phd-chemist": {"synthetic-chemist": 3, "analytical-chemist": 2, "qc-chemist": 1, "chem-postdoc": 1},
    "chief-people-officer": {"chief-people-officer": 3, "hr-business-partner": 1, "coo": 1,
                             "talent-acquisition-head": 1},
    "veteran-to-project-manager": {"project-manager": 3, "pmo-analyst": 2, "construction-project-manager": 1,
                                   "supply-sergeant": 1, "logistics-analyst": 1},
    "reporter-to-ux-writer": {"ux-writer": 3, "technical-writer": 2, "copywriter": 1, "news-reporter": 1},
    "police-to-counter-fraud": {"fraud-investigator": 3, "financial-crime-analyst": 2, "claims-handler": 1,
                                "police-constable": 1},
    "graphic-designer-returner": {"graphic-design": 3, "motion-designer": 2, "ui-designer": 1, "design-lecturer": 1},
})
NEAR_MISS_KINDS.update({
    ("welder-fabricator", "welding-engineer"): "right-word-wrong-field",
    ("welder-fabricator", "welding-sales"): "right-word-wrong-field",
    ("occupational-therapist", "occ-health-advisor"): "right-word-wrong-field",
    ("occupational-therapist", "occ-psychologist"): "right-word-wrong-field",
    ("occupational-therapist", "ot-assistant"): "right-field-wrong-level",
    ("graduate-town-planner", "transport-planner"): "right-word-wrong-field",
    ("graduate-town-planner", "production-planner"): "right-word-wrong-field",
    ("graduate-town-planner", "financial-planner"): "right-word-wrong-field",
    ("warehouse-shift-supervisor", "forklift-operator"): "right-field-wrong-level",
    ("warehouse-shift-supervisor", "coffee-shift-supervisor"): "right-word-wrong-field",
    ("warehouse-shift-supervisor", "security-shift-supervisor"): "right-word-wrong-field",
    ("phd-chemist", "chemical-engineer"): "right-word-wrong-field",
    ("phd-chemist", "chemistry-teacher"): "right-word-wrong-field",
    ("phd-chemist", "chem-postdoc"): "history-not-target",
    ("chief-people-officer", "chief-product-officer"): "right-word-wrong-field",
    ("chief-people-officer", "hr-business-partner"): "right-field-wrong-level",
    ("veteran-to-project-manager", "software-product-manager"): "right-word-wrong-field",
    ("veteran-to-project-manager", "supply-sergeant"): "history-not-target",
    ("reporter-to-ux-writer", "news-reporter"): "history-not-target",
    ("reporter-to-ux-writer", "ux-ui-designer"): "right-word-wrong-field",
    ("police-to-counter-fraud", "police-constable"): "history-not-target",
    ("police-to-counter-fraud", "fraud-data-scientist"): "right-word-wrong-field",
    ("police-to-counter-fraud", "fraud-prevention-advisor"): "right-field-wrong-level",
    ("graphic-designer-returner", "kitchen-designer"): "right-word-wrong-field",
})


# A résumé written to JSON Resume's pre-1.0 schema: `work[].company` and
# `work[].website` where 1.0 has `name` and `url`, `basics.website` and
# `basics.picture` where 1.0 has `url` and `image`, and no `$schema`. Older
# templates and exporters still write these; `jobhunt profile import` reads them.
def _older(doc):
    doc.pop("$schema", None)
    basics = doc["basics"]
    basics["website"] = basics.pop("url", "https://www.linkedin.com/in/marcus-reed-columbus")
    basics["picture"] = "https://example.com/photos/marcus-reed.jpg"
    for entry in doc["work"]:
        entry["company"] = entry.pop("name")
    return doc


# Each person's prefs also hold the saved search they would add, as people
# state it (`search` in NAME.preferences.json, keyed by `discover search
# add`'s options). The grades do not read it. The résumés differ on purpose
# in how complete and how well written they are.
PROFILES = {
    "welder-fabricator": dict(
        set="fresh4", city="Glasgow", level="mid",
        prefs=dict(target_salary_min=33000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Welder Fabricator", "MIG/TIG Welder"], location=["Glasgow"])),
        resume=resume(
            "Craig McAllister", "Welder Fabricator", "craig.mcallister@example.com", "",
            "Glasgow", "Scotland", "GB",
            [work("Clydebank Steel Fabrications", "Welder Fabricator", "2019-08", None, "",
                  ["mig/tig carbon + stainless", "handrails, platforms, skids", "work from drawings"], []),
             work("Govan Engineering", "Apprentice Fabricator", "2015-08", "2019-07", "", ["SVQ level 3 done"], [])],
            [dict(name="Welding", keywords=["MIG", "TIG", "MMA", "Stainless", "Fabrication", "Drawings",
                                            "Press brake"])],
            certificates=[dict(name="SVQ Level 3 Fabrication and Welding"), dict(name="Forklift (counterbalance)")])),
    "occupational-therapist": dict(
        set="fresh4", city="Dublin", level="senior",
        prefs=dict(target_salary_min=55000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Senior Occupational Therapist"], location=["Dublin", "Co. Dublin"])),
        resume=_with(resume(
            "Niamh Brennan", "Senior Occupational Therapist", "niamh.brennan@example.com",
            "Occupational therapist with nine years' experience, the last four as a senior in a Dublin primary care "
            "team. I assess older adults and adults with physical disabilities at home, prescribe equipment and "
            "plan adaptations, and I supervise two staff grade therapists and our students. Before primary care I "
            "worked in stroke rehabilitation. I am looking for another senior post in Dublin, ideally community or "
            "rehabilitation.",
            "Dublin", "Leinster", "IE",
            [work("Dublin South Primary Care Services", "Senior Occupational Therapist", "2022-06", None,
                  "Primary care team covering 60,000 people.",
                  ["Caseload of 45 adults with complex needs at home", "Cut the waiting list from 14 to 6 months with a "
                   "triage clinic", "Supervise two staff grade OTs and practice educator for students"],
                  ["Home Assessment", "Seating", "Falls Prevention", "Supervision"]),
             work("St Brigid's Rehabilitation Hospital", "Occupational Therapist, Staff Grade", "2017-01", "2022-05",
                  "Stroke and neuro rehabilitation ward.",
                  ["Ran upper limb and cognition groups", "Planned discharges with the MDT"],
                  ["Stroke Rehabilitation", "Cognitive Assessment"])],
            [dict(name="Clinical", level="Advanced", keywords=["Functional Assessment", "Home Adaptations",
                                                               "Seating and Pressure Care", "Falls Prevention",
                                                               "Cognitive Rehabilitation"]),
             dict(name="Professional", level="Advanced", keywords=["Clinical Supervision", "Practice Education"])],
            languages=[dict(language="English", fluency="Native"), dict(language="Irish", fluency="Good")],
            certificates=[dict(name="CORU registration (Occupational Therapists Registration Board)"),
                          dict(name="Postgraduate Certificate in Seating and Posture")]),
            education=[dict(institution="Trinity College Dublin", area="Occupational Therapy",
                            studyType="BSc (Hons)", endDate="2016-06")])),
    "graduate-town-planner": dict(
        set="fresh4", city="Leeds", level="entry",
        prefs=dict(target_salary_min=27000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Graduate Planner", "Planning Officer", "Assistant Planning Officer"],
                               location=["Leeds", "West Yorkshire"], level=["graduate"])),
        resume=_with(resume(
            "Priya Chauhan", "MSc Town Planning graduate", "priya.chauhan@example.com",
            "I've just finished an RTPI-accredited MSc in Town and Regional Planning and want to start my career in "
            "development management at a council in or near Leeds. My dissertation looked at how small housing "
            "sites get through planning, and I spent a summer placement with a planning consultancy writing "
            "planning statements.",
            "Leeds", "England", "GB",
            [work("Aire Planning Associates", "Summer Planning Assistant", "2025-06", "2025-09",
                  "Small planning consultancy.",
                  ["Wrote planning statements for householder and minor applications",
                   "Researched site planning histories", "Sat in on pre-application meetings with the council"],
                  ["Planning Statements", "Policy Research"]),
             work("Headingley Students' Union", "Bar Supervisor", "2023-09", "2026-06", "Part-time.", [], [])],
            [dict(name="Planning", level="Beginner", keywords=["NPPF", "Development Management", "Local Plans",
                                                               "Planning Statements"]),
             dict(name="Tools", level="Intermediate", keywords=["QGIS", "AutoCAD (basic)", "Excel"])]),
            education=[dict(institution="University of Leeds", area="Town and Regional Planning",
                            studyType="MSc", endDate="2026-09"),
                       dict(institution="University of Leeds", area="Geography", studyType="BA (Hons)",
                            endDate="2025-06")],
            volunteer=[dict(organization="Chapel Allerton Neighbourhood Forum", position="Volunteer",
                            summary="Helped draft the neighbourhood plan's housing policies.")])),
    "warehouse-shift-supervisor": dict(
        set="fresh4", city="Columbus", level="mid",
        prefs=dict(target_salary_min=58000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Warehouse Supervisor", "Shift Supervisor", "Shift Lead"],
                               location=["Columbus, OH"], **{"work-type": ["onsite"], "salary-min": 58000})),
        resume=_older(_with(resume(
            "Marcus Reed", "Warehouse Supervisor", "marcus.reed@example.com", "",
            "Columbus", "OH", "US",
            [work("Buckeye Fulfillment LLC", "2nd Shift Supervisor", "2021-03", None, "",
                  ["Supervised 45 associates on 2nd shift in outbound", "Improved units per hour 18%",
                   "Zero lost time injuries 2023 and 2024", "Trained new leads on Manhattan WMS"],
                  ["Manhattan WMS", "Labor Planning", "Safety"]),
             work("Scioto Distribution", "Warehouse Lead", "2017-06", "2021-02", "",
                  ["Lead for receiving team of 12", "Cycle counts"], []),
             work("Scioto Distribution", "Forklift Operator", "2015-04", "2017-05", "", [], [])],
            [dict(name="Warehouse", keywords=["Manhattan WMS", "Forklift", "Reach truck", "Labor planning",
                                              "KPIs", "OSHA 10"])]),
            languages=[dict(language="English", fluency="Native"), dict(language="Spanish", fluency="Basic")]))),
    "phd-chemist": dict(
        set="fresh4", city="Wilmington", level="mid",
        prefs=dict(target_salary_min=95000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Scientist", "Research Scientist", "Process Chemist"],
                               keyword=["synthesis"], location=["Wilmington, DE"])),
        resume=_with(resume(
            "Dr. Mei-Lin Zhou", "Synthetic organic chemist (PhD)", "meilin.zhou@example.com",
            "PhD synthetic organic chemist (University of Delaware, 2026) looking for my first industry role as a "
            "scientist in process or medicinal chemistry. Five years of multi-step total synthesis and methodology "
            "(photoredox, Pd cross-coupling), routine NMR, LC-MS and HPLC, and scale-up of key intermediates to "
            "100 g. I want to leave academia for a lab in the Wilmington area.",
            "Wilmington", "DE", "US",
            [work("University of Delaware, Department of Chemistry", "Graduate Research Assistant", "2021-08",
                  "2026-08", "Total synthesis and methodology group.",
                  ["Completed a 19-step synthesis of a marine alkaloid", "Developed a photoredox C-N coupling "
                   "used by three other group members", "Scaled a key intermediate to 100 g",
                   "Trained six undergraduate researchers"],
                  ["Organic Synthesis", "Photoredox Catalysis", "NMR", "LC-MS"]),
             work("University of Delaware, Department of Chemistry", "Teaching Assistant", "2021-08", "2023-05",
                  "Organic chemistry labs.", [], [])],
            [dict(name="Chemistry", level="Expert", keywords=["Multi-step Organic Synthesis", "Cross-coupling",
                                                              "Photoredox Catalysis", "Scale-up",
                                                              "Air-sensitive Techniques"]),
             dict(name="Analysis", level="Advanced", keywords=["NMR", "LC-MS", "HPLC", "Flash Chromatography"])]),
            education=[dict(institution="University of Delaware", area="Chemistry", studyType="PhD",
                            endDate="2026-08"),
                       dict(institution="Rutgers University", area="Chemistry", studyType="BS", endDate="2021-05")],
            publications=[dict(name="Photoredox C-N coupling of hindered amines", publisher="Organic Letters",
                               releaseDate="2025-03"),
                          dict(name="Total synthesis of (-)-clathrodin analogues", publisher="J. Org. Chem.",
                               releaseDate="2026-05")])),
    "chief-people-officer": dict(
        set="fresh4", city="London", level="lead",
        prefs=dict(target_salary_min=170000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Chief People Officer", "HR Director", "CHRO"],
                               location=["London", "Remote (UK)"], level=["executive", "director"])),
        resume=resume(
            "Helen Achterberg", "Chief People Officer", "helen.achterberg@example.com",
            "People leader and executive committee member with twenty years in HR, the last six as chief people "
            "officer of a 2,400-person fintech. I have built people functions through hypergrowth, two acquisitions "
            "and a restructuring, and I advise boards on reward and succession. Looking for my next CPO role in "
            "London, with a board that sees people strategy as business strategy.",
            "London", "England", "GB",
            [work("Ledgerlane plc", "Chief People Officer", "2020-09", None, "Listed fintech, 2,400 people in 6 countries.",
                  ["Built the people function from 14 to 55 across HR, talent, reward and L&D",
                   "Integrated two acquisitions (600 people) and led a restructuring with no tribunal claims",
                   "Advised the remuneration committee on executive pay and the LTIP",
                   "Raised engagement from 61% to 78% in three years"],
                  ["People Strategy", "Reward", "Organisation Design", "M&A Integration"]),
             work("Harbour Retail Group", "HR Director", "2014-03", "2020-08", "Retailer, 9,000 people.",
                  ["Led HR for stores and head office", "Negotiated with the recognised union"],
                  ["Employee Relations", "Change Management"]),
             work("Harbour Retail Group", "HR Business Partner", "2008-05", "2014-02", "", [], [])],
            [dict(name="Leadership", level="Expert", keywords=["People Strategy", "Executive Committee",
                                                               "Remuneration Committee", "Culture", "Succession"]),
             dict(name="HR", level="Expert", keywords=["Reward", "Employee Relations", "Talent", "Workforce Planning"])],
            certificates=[dict(name="Chartered Fellow, CIPD")])),
    "veteran-to-project-manager": dict(
        set="fresh4", city="San Antonio", level="mid",
        prefs=dict(target_salary_min=72000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Project Manager", "Project Coordinator"],
                               location=["San Antonio, TX", "Remote (US)"], **{"work-type": ["hybrid", "remote"]})),
        resume=resume(
            "Luis Ortega", "Logistics Sergeant First Class, U.S. Army", "luis.ortega@example.com",
            "Retiring after 20 years in Army logistics (SFC, 92A/92Y). I planned and ran unit moves, equipment "
            "fieldings and a $14M property book, leading teams of up to 30. I earned my PMP in 2026 and want a "
            "civilian project manager job in San Antonio or remote: planning, schedules, budgets and getting "
            "people to deliver.",
            "San Antonio", "TX", "US",
            [work("U.S. Army, 4th Sustainment Brigade", "Brigade Supply NCOIC (SFC)", "2020-06", "2026-10",
                  "Fort Sam Houston.",
                  ["Planned and executed a 1,200-vehicle brigade deployment on schedule",
                   "Managed a $14M property book with 100% accountability at inspection",
                   "Led 30 soldiers across five supply sections", "Ran the brigade's equipment fielding project"],
                  ["Logistics", "Planning", "Leadership", "Property Accountability"]),
             work("U.S. Army", "Supply Sergeant (SSG)", "2012-03", "2020-05", "", [], [])],
            [dict(name="Project management", level="Intermediate", keywords=["PMP", "Scheduling", "Risk Management",
                                                                             "MS Project"]),
             dict(name="Military", level="Advanced", keywords=["Logistics", "GCSS-Army", "Team Leadership"])],
            certificates=[dict(name="PMP (2026)"), dict(name="Secret clearance (active)")])),
    "reporter-to-ux-writer": dict(
        set="fresh4", city="Toronto", level="mid",
        prefs=dict(target_salary_min=80000, preferred_work_type="remote", willing_to_relocate=False,
                   search=dict(title=["UX Writer", "Content Designer"], location=["Remote (Canada)", "Toronto, ON"],
                               **{"work-type": ["remote", "hybrid"]})),
        resume=resume(
            "Sophie Tremblay", "Staff Reporter", "sophie.tremblay@example.com",
            "Eight years as a newspaper reporter taught me to explain complicated things in few words. Since 2025 "
            "I have been moving into UX writing: I took a content design course, rewrote the onboarding of a "
            "credit union's app as a freelance project and help our newsroom's product team with interface copy. "
            "I'm looking for a UX writer or content designer job, remote in Canada or hybrid in Toronto.",
            "Toronto", "ON", "CA",
            [work("The Lakeshore Daily", "Staff Reporter", "2018-05", None, "Toronto daily newspaper.",
                  ["Wrote 1,500+ news and explanatory stories", "Wrote the app's push alerts and onboarding screens "
                   "with the product team", "Won a provincial award for a series on housing"],
                  ["Reporting", "Editing", "Plain Language"]),
             work("Freelance", "UX Writer (contract)", "2025-09", "2026-02",
                  "Onboarding rewrite for a credit union's app.", ["Cut onboarding drop-off 12% in an A/B test"],
                  ["UX Writing", "Figma"])],
            [dict(name="Writing", level="Expert", keywords=["Plain Language", "Editing", "Interviewing"]),
             dict(name="Content design", level="Beginner", keywords=["UX Writing", "Figma", "Voice and Tone",
                                                                     "A/B Testing"])],
            languages=[dict(language="English", fluency="Native"), dict(language="French", fluency="Fluent")])),
    "police-to-counter-fraud": dict(
        set="fresh4", city="Birmingham", level="mid",
        prefs=dict(target_salary_min=35000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Fraud Investigator", "Counter Fraud Specialist"],
                               location=["Birmingham", "West Midlands"])),
        resume=resume(
            "Aaron Blake", "Counter-fraud investigator", "aaron.blake@example.com",
            "detective constable, 11 yrs policing, last 5 in the economic crime unit. Romance + investment fraud, "
            "money laundering, production orders, PACE interviews, court files. Leaving the force - want to do "
            "fraud investigation for a bank, insurer or the NHS counter fraud service in Brum.",
            "Birmingham", "England", "GB",
            [work("West Midlands Police", "Detective Constable, Economic Crime Unit", "2021-04", None, "",
                  ["Ran 40+ fraud investigations to charge", "Got production orders + financial evidence from banks",
                   "Interviewed suspects under caution"],
                  ["Fraud Investigation", "PACE", "Case Files"]),
             work("West Midlands Police", "Police Constable", "2015-09", "2021-03", "Response and neighbourhood.",
                  [], [])],
            [dict(name="Investigation", keywords=["Fraud Investigation", "PACE Interviews", "CPIA", "Financial Evidence",
                                                  "Witness Statements"])],
            certificates=[dict(name="PIP Level 2 (Detective)"), dict(name="Accredited Financial Investigator (AFI)")])),
    "graphic-designer-returner": dict(
        set="fresh4", city="Manchester", level="mid",
        prefs=dict(target_salary_min=30000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Graphic Designer", "Midweight Designer"], location=["Manchester"],
                               **{"work-type": ["hybrid"]})),
        resume=resume(
            "Joanne Whitfield", "Graphic Designer", "jo.whitfield@example.com",
            "Graphic designer returning to work after four years caring for my mum. Before that I spent six years "
            "at a Manchester branding studio designing identities, packaging and print for food and drink brands. "
            "I've kept my hand in with freelance work for local charities and a refresher course in Figma and "
            "After Effects. Looking for a midweight graphic designer role in Manchester, hybrid.",
            "Manchester", "England", "GB",
            [work("Career break", "Carer", "2022-09", "2026-09", "Full-time carer for a parent.",
                  ["Freelance design for two local charities (annual reports, event posters)"], []),
             work("Ancoats Brand Studio", "Graphic Designer", "2016-07", "2022-08", "Branding studio, 14 people.",
                  ["Designed identities and packaging for 20+ food and drink brands",
                   "Prepared print artwork and managed printers' proofs", "Led the studio's move to a shared type system"],
                  ["Branding", "Packaging", "InDesign", "Illustrator"])],
            [dict(name="Design", level="Advanced", keywords=["Branding", "Packaging", "Typography", "Print Production"]),
             dict(name="Tools", level="Advanced", keywords=["InDesign", "Illustrator", "Photoshop", "Figma",
                                                            "After Effects"])])),
}
# A welder's and a warehouse supervisor's résumés often have no summary at all.
del PROFILES["welder-fabricator"]["resume"]["basics"]["summary"]
del PROFILES["warehouse-shift-supervisor"]["resume"]["basics"]["summary"]

# (id, kind, level, company, place, workplace, salary_min, salary_max); thousands, None = not stated.
FRESH4 = [
    # welder-fabricator (Glasgow, mid, on-site, >= £33k)
    ("f4-001", "welder-fabricator", "mid", "Clyde Structural Steel", "Glasgow", "onsite", 34, 38),
    ("f4-002", "welder-fabricator", "mid", "Hillington Fabrication", "Glasgow", "onsite", None, None),
    ("f4-003", "welder-fabricator", "senior", "Finnieston Process Engineering", "Glasgow", "onsite", 38, 44),
    ("f4-004", "welder-fabricator", "mid", "Granite City Offshore", "Aberdeen", "onsite", 40, 48),
    ("f4-005", "welder-fabricator", "mid", "Budget Gates and Railings", "Glasgow", "onsite", 26, 29),
    ("f4-006", "welder-fabricator", "entry", "Hillington Fabrication", "Glasgow", "onsite", 22, 25),
    ("f4-007", "coded-pipe-welder", "senior", "Grangemouth Pipework Services", "Glasgow", "onsite", 42, 50),
    ("f4-008", "welding-engineer", "mid", "Clyde Marine Design", "Glasgow", "hybrid", 40, 48),
    ("f4-009", "welding-sales", "mid", "ArcPro Welding Supplies", "Glasgow", "hybrid", 30, 36),
    ("f4-010", "cnc-operator", "mid", "Paisley Precision", "Glasgow", "onsite", 30, 34),
    ("f4-011", "welding-inspector", "senior", "Caledonian Inspection", "Glasgow", "onsite", 45, 52),
    # occupational-therapist (Dublin, senior, on-site, >= €55k)
    ("f4-012", "occ-therapist", "senior", "Liffey Community Health Services", "Dublin", "onsite", 58, 66),
    ("f4-013", "occ-therapist", "senior", "Phoenix Park Rehabilitation Hospital", "Dublin", "onsite", None, None),
    ("f4-014", "occ-therapist", "senior", "Dublin North Primary Care", "Dublin", "hybrid", 57, 64),
    ("f4-015", "occ-therapist", "senior", "Lee Valley Primary Care", "Cork", "onsite", 58, 66),
    ("f4-016", "occ-therapist", "mid", "Liffey Community Health Services", "Dublin", "onsite", 44, 52),
    ("f4-017", "occ-therapist", "lead", "Phoenix Park Rehabilitation Hospital", "Dublin", "onsite", 70, 80),
    ("f4-018", "rehab-case-manager", "senior", "Ardmore Case Management", "Dublin", "hybrid", 55, 65),
    ("f4-019", "ot-assistant", "entry", "Phoenix Park Rehabilitation Hospital", "Dublin", "onsite", 30, 35),
    ("f4-020", "occ-health-advisor", "senior", "Docklands Technology Ireland", "Dublin", "onsite", 55, 62),
    ("f4-021", "physio-senior", "senior", "Mater Misericordiae Outpatients", "Dublin", "onsite", 56, 64),
    ("f4-022", "occ-psychologist", "senior", "Talentmetrics Ireland", "Dublin", "hybrid", 60, 70),
    # graduate-town-planner (Leeds, entry, hybrid, >= £27k)
    ("f4-023", "planning-officer", "entry", "Aire Valley City Council", "Leeds", "hybrid", 27, 30),
    ("f4-024", "planning-officer", "entry", "Wharfedale District Council", "Leeds", "hybrid", None, None),
    ("f4-025", "planning-officer", "mid", "Aire Valley City Council", "Leeds", "hybrid", 32, 37),
    ("f4-026", "planning-officer", "entry", "Tyneside Borough Council", "Newcastle", "hybrid", 27, 30),
    ("f4-027", "planning-officer", "entry", "Calder and Aire Planning Authority", "Leeds", "onsite", 27, 29),
    ("f4-028", "planning-officer", "senior", "Wharfedale District Council", "Leeds", "hybrid", 40, 46),
    ("f4-029", "planning-consultant", "entry", "Briggate Planning Partnership", "Leeds", "hybrid", 26, 29),
    ("f4-030", "planning-officer", "entry", "Budget Planning Services", "Leeds", "hybrid", 22, 25),
    ("f4-031", "transport-planner", "entry", "Leeds Freight Lines", "Leeds", "onsite", 24, 27),
    ("f4-032", "production-planner", "mid", "Kirkstall Foods", "Leeds", "onsite", 30, 35),
    ("f4-033", "financial-planner", "entry", "Park Square Wealth", "Leeds", "hybrid", 28, 35),
    ("f4-034", "planning-enforcement", "entry", "Aire Valley City Council", "Leeds", "hybrid", 26, 29),
    ("f4-035", "building-control", "mid", "Wharfedale District Council", "Leeds", "hybrid", 32, 38),
    # warehouse-shift-supervisor (Columbus, mid, on-site, >= $58k)
    ("f4-036", "wh-shift-supervisor", "mid", "Rickenbacker Fulfillment", "Columbus", "onsite", 60, 68),
    ("f4-037", "wh-shift-supervisor", "mid", "Olentangy Distribution", "Columbus", "onsite", None, None),
    ("f4-038", "wh-shift-supervisor", "senior", "Rickenbacker Fulfillment", "Columbus", "onsite", 75, 90),
    ("f4-039", "wh-shift-supervisor", "mid", "Circle City Logistics", "Indianapolis", "onsite", 60, 68),
    ("f4-040", "wh-shift-supervisor", "mid", "Discount Freight Columbus", "Columbus", "onsite", 45, 52),
    ("f4-041", "wh-shift-supervisor", "entry", "Olentangy Distribution", "Columbus", "onsite", 40, 46),
    ("f4-042", "wh-shift-supervisor", "lead", "Buckeye Parcel Hub", "Columbus", "onsite", 110, 130),
    ("f4-043", "inventory-control", "mid", "Rickenbacker Fulfillment", "Columbus", "onsite", 58, 65),
    ("f4-044", "forklift-operator", "entry", "Olentangy Distribution", "Columbus", "onsite", 38, 42),
    ("f4-045", "coffee-shift-supervisor", "mid", "Short North Coffee Co", "Columbus", "onsite", 34, 38),
    ("f4-046", "security-shift-supervisor", "mid", "Scioto Guard Services", "Columbus", "onsite", 45, 50),
    # phd-chemist (Wilmington, mid, on-site, >= $95k)
    ("f4-047", "synthetic-chemist", "mid", "Brandywine Crop Sciences", "Wilmington", "onsite", 100, 120),
    ("f4-048", "synthetic-chemist", "mid", "Christina River Therapeutics", "Wilmington", "onsite", None, None),
    ("f4-049", "synthetic-chemist", "senior", "Brandywine Crop Sciences", "Wilmington", "onsite", 120, 140),
    ("f4-050", "synthetic-chemist", "entry", "Christina River Therapeutics", "Wilmington", "onsite", 75, 88),
    ("f4-051", "synthetic-chemist", "mid", "Kendall Square Molecules", "Boston", "onsite", 110, 130),
    ("f4-052", "synthetic-chemist", "lead", "Brandywine Crop Sciences", "Wilmington", "onsite", 150, 180),
    ("f4-053", "analytical-chemist", "mid", "Christina River Therapeutics", "Wilmington", "onsite", 95, 110),
    ("f4-054", "qc-chemist", "entry", "Delmarva Generics", "Wilmington", "onsite", 60, 70),
    ("f4-055", "chemical-engineer", "mid", "Delaware River Polymers", "Wilmington", "onsite", 100, 115),
    ("f4-056", "chemistry-teacher", "mid", "Wilmington Public Schools", "Wilmington", "onsite", 55, 70),
    ("f4-057", "chem-postdoc", "entry", "First State University", "Wilmington", "onsite", 58, 62),
    ("f4-058", "synthetic-chemist", "mid", "Lowcost Custom Synthesis", "Wilmington", "onsite", 85, 92),
    # chief-people-officer (London, lead, hybrid, >= £170k)
    ("f4-059", "chief-people-officer", "lead", "Thameside Payments", "London", "hybrid", 180, 220),
    ("f4-060", "chief-people-officer", "lead", "Holborn Health Group", "London", "hybrid", None, None),
    ("f4-061", "chief-people-officer", "lead", "Northbank Software", "remote-uk", "remote", 170, 200),
    ("f4-062", "chief-people-officer", "lead", "Spinningfields Retail", "Manchester", "hybrid", 160, 190),
    ("f4-063", "chief-people-officer", "lead", "Camden Charity Alliance", "London", "hybrid", 120, 140),
    ("f4-064", "chief-people-officer", "senior", "Canary Wharf Insurance", "London", "hybrid", 150, 175),
    ("f4-065", "hr-business-partner", "mid", "Thameside Payments", "London", "hybrid", 60, 70),
    ("f4-066", "chief-product-officer", "lead", "Shoreditch Marketplaces", "London", "hybrid", 200, 250),
    ("f4-067", "coo", "lead", "Holborn Health Group", "London", "hybrid", 200, 240),
    ("f4-068", "talent-acquisition-head", "lead", "Southwark Scale-up", "London", "hybrid", None, None),
    ("f4-069", "chief-people-officer", "lead", "Bay Area Robotics", "remote-us", "remote", 300, 350),
    # veteran-to-project-manager (San Antonio, mid, hybrid, >= $72k)
    ("f4-070", "project-manager", "mid", "Alamo Health Systems", "San Antonio", "hybrid", 75, 90),
    ("f4-071", "project-manager", "mid", "Riverwalk Federal Solutions", "San Antonio", "hybrid", None, None),
    ("f4-072", "project-manager", "mid", "Lone Star Utilities", "remote-us", "remote", 80, 95),
    ("f4-073", "project-manager", "senior", "Alamo Health Systems", "San Antonio", "hybrid", 95, 115),
    ("f4-074", "project-manager", "mid", "Bayou Energy Services", "Houston", "hybrid", 80, 95),
    ("f4-075", "project-manager", "mid", "Brooks City Manufacturing", "San Antonio", "onsite", 74, 85),
    ("f4-076", "project-manager", "entry", "Riverwalk Federal Solutions", "San Antonio", "hybrid", 50, 58),
    ("f4-077", "pmo-analyst", "mid", "Lone Star Utilities", "San Antonio", "hybrid", 70, 82),
    ("f4-078", "software-product-manager", "mid", "Pearl District Software", "San Antonio", "hybrid", 100, 120),
    ("f4-079", "construction-project-manager", "mid", "Mission Builders", "San Antonio", "onsite", 85, 100),
    ("f4-080", "supply-sergeant", "mid", "U.S. Army Reserve, 90th Support Command", "San Antonio", "onsite", 55, 65),
    ("f4-081", "logistics-analyst", "mid", "Randolph Defense Logistics", "San Antonio", "onsite", 65, 80),
    # reporter-to-ux-writer (Toronto, mid, wants remote, >= CA$80k)
    ("f4-082", "ux-writer", "mid", "Maple Ledger Bank", "remote-ca", "remote", 85, 100),
    ("f4-083", "ux-writer", "mid", "Northern Lights Software", "remote-ca", "remote", None, None),
    ("f4-084", "ux-writer", "mid", "Queen West Health", "Toronto", "hybrid", 82, 95),
    ("f4-085", "ux-writer", "senior", "Maple Ledger Bank", "remote-ca", "remote", 100, 120),
    ("f4-086", "ux-writer", "mid", "Golden State Fintech", "remote-us", "remote", 110, 130),
    ("f4-087", "ux-writer", "mid", "Kitsilano Apps", "Vancouver", "hybrid", 85, 95),
    ("f4-088", "ux-writer", "mid", "Tiny Budget Startup", "remote-ca", "remote", 60, 70),
    ("f4-089", "technical-writer", "mid", "Northern Lights Software", "remote-ca", "remote", 80, 92),
    ("f4-090", "copywriter", "mid", "King Street Creative", "Toronto", "hybrid", 70, 85),
    ("f4-091", "news-reporter", "mid", "The Etobicoke Courier", "Toronto", "onsite", 60, 75),
    ("f4-092", "ux-ui-designer", "mid", "Northern Lights Software", "remote-ca", "remote", 90, 110),
    ("f4-093", "ux-writer", "entry", "Queen West Health", "Toronto", "hybrid", 60, 70),
    # police-to-counter-fraud (Birmingham, mid, hybrid, >= £35k)
    ("f4-094", "fraud-investigator", "mid", "Midland Mutual Insurance", "Birmingham", "hybrid", 36, 42),
    ("f4-095", "fraud-investigator", "mid", "Colmore Bank", "Birmingham", "hybrid", None, None),
    ("f4-096", "fraud-investigator", "senior", "NHS Counter Fraud West Midlands", "Birmingham", "hybrid", 45, 52),
    ("f4-097", "fraud-investigator", "mid", "Digbeth Motor Insurance", "Birmingham", "onsite", 36, 40),
    ("f4-098", "fraud-investigator", "mid", "Aire Building Society", "Leeds", "hybrid", 36, 42),
    ("f4-099", "fraud-investigator", "mid", "Bullring Lending", "Birmingham", "hybrid", 28, 32),
    ("f4-100", "fraud-investigator", "mid", "Pennine Assurance", "remote-uk", "remote", 38, 45),
    ("f4-101", "financial-crime-analyst", "mid", "Colmore Bank", "Birmingham", "hybrid", 35, 40),
    ("f4-102", "claims-handler", "entry", "Digbeth Motor Insurance", "Birmingham", "hybrid", 24, 27),
    ("f4-103", "police-constable", "mid", "Mercia Police", "Birmingham", "onsite", 32, 40),
    ("f4-104", "fraud-data-scientist", "mid", "Brindleyplace Payments", "Birmingham", "hybrid", 50, 60),
    ("f4-105", "fraud-prevention-advisor", "entry", "Colmore Bank", "Birmingham", "onsite", 23, 25),
    # graphic-designer-returner (Manchester, mid, hybrid, >= £30k)
    ("f4-106", "graphic-design", "mid", "Northern Quarter Studio", "Manchester", "hybrid", 30, 35),
    ("f4-107", "graphic-design", "mid", "Salford Quays Media", "Manchester", "hybrid", None, None),
    ("f4-108", "graphic-design", "senior", "Deansgate Brand Co", "Manchester", "hybrid", 38, 45),
    ("f4-109", "graphic-design", "mid", "Trafford Packaging", "Manchester", "onsite", 31, 34),
    ("f4-110", "graphic-design", "mid", "Clerkenwell Creative", "London", "hybrid", 38, 44),
    ("f4-111", "graphic-design", "mid", "Cheap Prints Manchester", "Manchester", "hybrid", 24, 27),
    ("f4-112", "graphic-design", "entry", "Salford Quays Media", "Manchester", "hybrid", 24, 26),
    ("f4-113", "graphic-design", "mid", "Pennine Brewing Co", "remote-uk", "remote", 32, 38),
    ("f4-114", "motion-designer", "mid", "Ancoats Motion", "Manchester", "hybrid", 32, 38),
    ("f4-115", "ui-designer", "mid", "Piccadilly Retail Online", "Manchester", "hybrid", 40, 48),
    ("f4-116", "kitchen-designer", "mid", "Cheshire Kitchens", "Manchester", "onsite", 26, 32),
    ("f4-117", "design-lecturer", "mid", "Manchester City College", "Manchester", "onsite", 33, 40),
    # shared distractors: every person sees them, unrelated to all
    ("f4-118", "java-backend", "senior", "Thameside Payments", "London", "hybrid", 85, 100),
    ("f4-119", "icu-nurse", "mid", "Alamo Health Systems", "San Antonio", "onsite", 80, 95),
]
