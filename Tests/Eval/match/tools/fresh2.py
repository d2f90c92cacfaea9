# The fourth set, "fresh2" (issue 19, third round): nine kinds of people that
# neither dev, heldout nor fresh has, postings written for them, and the saved
# search each would add written the way people state it ("Austin, TX" alone,
# "Atlanta, GA or Remote (US)", "senior or staff", "junior", "anywhere in
# Europe", "director"). Graded by the same rules (grading.py) and committed
# before any ranker ran on it. Written by hand, like the other tables;
# generate.py writes it to fresh2/.
#
# Kinds: a sous chef, a civil engineer, a social worker, a paralegal moving
# into compliance (career changer), an account executive moving into customer
# success (career changer), a graduate physiotherapist (first job), an
# architect returning after a career break, a freelance translator who wants
# remote work anywhere in Europe, and a chief marketing officer (executive).
from archetypes import ARCHETYPES
from grading import FAMILY, NEAR_MISS_KINDS
from postings import PLACES, REMOTE
from profiles import resume, work

ARCHETYPES.update({
    # ------------------------------------------------------------- kitchens
    "chef": dict(
        titles={"entry": "Commis Chef", "mid": "Chef de Partie", "senior": "Sous Chef", "lead": "Head Chef"},
        summary=["Run the pass with our head chef at a busy seasonal restaurant.",
                 "Our bistro cooks everything from scratch with Scottish produce and needs a chef to lead the line."],
        duties=["Run the kitchen in the head chef's absence", "Cook and plate on the pass during service",
                "Order stock and control food cost", "Train and supervise junior chefs",
                "Keep food safety records and allergen controls"],
        required=["{years}+ years cooking in a professional kitchen", "Level 2 Food Hygiene",
                  "Experience running a section or a service", "Menu development"],
        nice=["Fine dining background", "Butchery and fish preparation", "Level 3 Food Safety"]),
    "pastry-chef": dict(
        titles={"mid": "Pastry Chef de Partie", "senior": "Pastry Sous Chef"},
        summary=["Make the desserts, breads and petits fours for our hotel restaurant."],
        duties=["Prepare desserts and breads daily", "Develop seasonal pastry menus", "Order pastry stock"],
        required=["{years}+ years in pastry", "Level 2 Food Hygiene"],
        nice=["Chocolate work", "Viennoiserie"]),
    "kitchen-porter": dict(
        titles={"entry": "Kitchen Porter"},
        summary=["Keep our kitchen clean and running through service."],
        duties=["Wash pots and equipment", "Clean the kitchen", "Take deliveries"],
        required=["Reliable and hard-working"],
        nice=["Kitchen experience"]),
    "restaurant-manager": dict(
        titles={"mid": "Assistant Restaurant Manager", "senior": "Restaurant Manager"},
        summary=["Lead the front of house of a 90-cover restaurant."],
        duties=["Run front-of-house service", "Manage rotas and staff", "Hit revenue and guest-satisfaction targets"],
        required=["{years}+ years in restaurant management", "Personal licence"],
        nice=["Wine knowledge"]),
    "food-technologist": dict(
        titles={"mid": "Food Technologist", "senior": "Senior Food Technologist"},
        summary=["Develop and test ready meals for major supermarkets at our food factory."],
        duties=["Run product trials in the factory", "Write product specifications", "Audit suppliers"],
        required=["Degree in food science", "{years}+ years in food manufacturing", "HACCP"],
        nice=["BRC standards"]),
    # ------------------------------------------------------- civil works
    "civil-engineer": dict(
        titles={"entry": "Graduate Civil Engineer", "mid": "Civil Engineer", "senior": "Senior Civil Engineer",
                "lead": "Principal Civil Engineer"},
        summary=["Design site development and roadway projects for public and private clients.",
                 "Join our land development group designing grading, drainage and utilities."],
        duties=["Design grading, drainage and utility plans in Civil 3D", "Prepare stormwater reports",
                "Coordinate permits with cities and counties", "Review contractor submittals",
                "Visit sites during construction"],
        required=["BS in civil engineering", "EIT or PE license", "{years}+ years of land development or roadway design",
                  "AutoCAD Civil 3D"],
        nice=["HEC-RAS", "Texas PE", "TxDOT experience"]),
    "structural-engineer": dict(
        titles={"mid": "Structural Engineer", "senior": "Senior Structural Engineer"},
        summary=["Design steel and concrete buildings with our structures team."],
        duties=["Analyse and design building structures", "Model in RISA and Revit", "Prepare calculations"],
        required=["BS in civil or structural engineering", "EIT or PE license", "{years}+ years of structural design"],
        nice=["SE license"]),
    "cad-technician": dict(
        titles={"mid": "Civil CAD Technician"},
        summary=["Draft civil plan sets for our engineers."],
        duties=["Draft plans in Civil 3D", "Maintain CAD standards", "Prepare exhibits"],
        required=["{years}+ years of civil drafting", "AutoCAD Civil 3D"],
        nice=["Associate degree in drafting"]),
    "construction-pm": dict(
        titles={"mid": "Construction Project Manager", "senior": "Senior Construction Project Manager"},
        summary=["Manage commercial construction projects from preconstruction to handover."],
        duties=["Manage subcontractors and schedules", "Own project budgets", "Run owner meetings"],
        required=["{years}+ years of construction project management", "Procore"],
        nice=["Construction management degree"]),
    # ------------------------------------------------------ social care
    "social-worker": dict(
        titles={"mid": "Social Worker, Children and Families", "senior": "Senior Social Worker",
                "lead": "Social Work Team Manager"},
        summary=["Support children and families in Bristol with our children's services team.",
                 "Join a stable, well-supported social work team with manageable caseloads."],
        duties=["Hold a caseload of children in need and child protection cases", "Carry out assessments and home visits",
                "Write court reports and care plans", "Work with schools, police and health partners",
                "Chair and attend core group meetings"],
        required=["Social work degree and Social Work England registration", "{years}+ years of statutory social work",
                  "Child protection experience", "Full driving licence"],
        nice=["Practice educator award", "Court experience"]),
    "family-support-worker": dict(
        titles={"mid": "Family Support Worker"},
        summary=["Help families through difficult times with practical support at home."],
        duties=["Visit families at home", "Run parenting groups", "Support social workers' plans"],
        required=["{years}+ years working with children and families", "Level 3 in children's care"],
        nice=["Driving licence"]),
    "care-assistant": dict(
        titles={"entry": "Care Assistant"},
        summary=["Give personal care to residents of our care home."],
        duties=["Help residents wash, dress and eat", "Keep care records", "Support activities"],
        required=["Caring nature"],
        nice=["Care Certificate"]),
    "mental-health-nurse": dict(
        titles={"mid": "Community Mental Health Nurse"},
        summary=["Support adults with mental illness in the community."],
        duties=["Hold a caseload of patients", "Give depot injections", "Assess risk"],
        required=["RMN registration", "{years}+ years of mental health nursing"],
        nice=["Non-medical prescribing"]),
    # ------------------------------------------ compliance (a changer's aim)
    "aml-compliance": dict(
        titles={"mid": "AML Compliance Analyst", "senior": "Senior Compliance Analyst, Financial Crime",
                "lead": "Head of Compliance"},
        summary=["Join the second line of defence at a fast-growing payments company.",
                 "Our compliance team keeps a regulated fintech on the right side of the Central Bank."],
        duties=["Review customer due diligence and KYC files", "Investigate transaction monitoring alerts",
                "Draft suspicious transaction reports", "Keep compliance policies and procedures current",
                "Prepare regulatory reporting for the Central Bank"],
        required=["{years}+ years in compliance, legal or risk", "Knowledge of AML and KYC regulations",
                  "Careful reading of regulation and clear writing", "Attention to detail"],
        nice=["Certificate in Compliance (ICA or LCI)", "Legal background", "Payments or banking experience"]),
    "regulatory-affairs": dict(
        titles={"mid": "Regulatory Affairs Specialist"},
        summary=["Prepare regulatory submissions for our medical devices."],
        duties=["Compile technical files", "Liaise with notified bodies", "Track EU MDR changes"],
        required=["Science degree", "{years}+ years in medical device regulatory affairs"],
        nice=["EU MDR"]),
    "ehs-compliance": dict(
        titles={"mid": "EHS Compliance Officer"},
        summary=["Keep our manufacturing plant compliant with health, safety and environmental law."],
        duties=["Run safety audits on the shop floor", "Investigate incidents", "Hold environmental permits"],
        required=["NEBOSH certificate", "{years}+ years of EHS in manufacturing"],
        nice=["ISO 14001"]),
    # -------------------------------------- customer success (a changer's aim)
    "cs-manager": dict(
        titles={"mid": "Customer Success Manager", "senior": "Senior Customer Success Manager",
                "lead": "Director of Customer Success"},
        summary=["Own a book of mid-market accounts after the sale and help them get value from our platform.",
                 "Our customer success team keeps 600 software customers adopting, renewing and growing."],
        duties=["Onboard new customers and build success plans", "Run quarterly business reviews",
                "Track health scores and act on churn risk", "Own renewals and find expansion",
                "Bring customer feedback to product"],
        required=["{years}+ years in customer success, account management or B2B sales",
                  "Experience with SaaS customers", "Clear communication with executives", "A CRM such as Salesforce"],
        nice=["Gainsight or ChurnZero", "Renewal quota experience", "Technical aptitude"]),
    "account-manager": dict(
        titles={"mid": "Account Manager", "senior": "Senior Account Manager"},
        summary=["Grow and renew our existing customer accounts."],
        duties=["Manage a portfolio of customers", "Renew and upsell contracts", "Run account plans"],
        required=["{years}+ years of account management", "Salesforce"],
        nice=["SaaS experience"]),
    # ---------------------------------------------------------- allied health
    "physiotherapist": dict(
        titles={"entry": "Graduate Physiotherapist (Band 5)", "mid": "Physiotherapist (Band 6)",
                "senior": "Senior Physiotherapist (Band 7)"},
        summary=["Start your physiotherapy career on our rotational programme across wards and outpatients.",
                 "Our hospital physiotherapy team welcomes newly qualified physiotherapists."],
        duties=["Assess and treat patients on wards and in outpatient clinics",
                "Rotate through respiratory, orthopaedics, neurology and MSK", "Plan safe discharges with the team",
                "Keep clinical records", "Take part in in-service training"],
        required=["BSc or MSc in physiotherapy", "HCPC registration or applied for", "Good communication with patients"],
        nice=["Clinical placements in respiratory or MSK", "Hydrotherapy", "Driving licence"]),
    "occupational-therapist": dict(
        titles={"entry": "Occupational Therapist (Band 5)", "mid": "Occupational Therapist (Band 6)"},
        summary=["Help patients regain independence at home and on the wards."],
        duties=["Assess daily living skills", "Order equipment and adaptations", "Plan discharges"],
        required=["Degree in occupational therapy", "HCPC registration"],
        nice=["Driving licence"]),
    "physio-assistant": dict(
        titles={"entry": "Physiotherapy Assistant (Band 3)"},
        summary=["Support our physiotherapists in outpatient clinics."],
        duties=["Run exercise classes", "Prepare clinic rooms", "Help patients with exercises"],
        required=["Interest in healthcare"],
        nice=["Sports science degree"]),
    "personal-trainer": dict(
        titles={"entry": "Personal Trainer"},
        summary=["Coach gym members towards their fitness goals."],
        duties=["Run personal training sessions", "Write programmes", "Sell memberships"],
        required=["Level 3 Personal Training"],
        nice=["Sports massage"]),
    # ---------------------------------------------------------- architecture
    "architect": dict(
        titles={"mid": "Architecte", "senior": "Senior Architect", "lead": "Associate Architect"},
        summary=["Lead housing and public building projects from sketch to site at our Paris studio.",
                 "Our architecture practice designs schools and social housing across Île-de-France."],
        duties=["Lead projects through design stages and the permit", "Produce drawings and BIM models in Revit",
                "Coordinate engineers and consultants", "Follow works on site", "Present to clients and planners"],
        required=["Architecture degree (DEA/HMONP) and registration", "{years}+ years of practice",
                  "Revit and AutoCAD", "French building regulations"],
        nice=["Public procurement projects", "Timber construction", "English"]),
    "bim-coordinator": dict(
        titles={"mid": "BIM Coordinator", "senior": "BIM Manager"},
        summary=["Coordinate the BIM models of our building projects."],
        duties=["Run clash detection", "Keep BIM standards", "Train project teams in Revit"],
        required=["{years}+ years of BIM in architecture or engineering", "Revit and Navisworks"],
        nice=["Dynamo"]),
    "software-architect": dict(
        titles={"senior": "Software Architect", "lead": "Principal Software Architect"},
        summary=["Shape the architecture of our cloud platform."],
        duties=["Design distributed systems", "Review technical designs", "Mentor engineers"],
        required=["{years}+ years of software engineering", "Cloud architecture on AWS or Azure"],
        nice=["Kubernetes"]),
    "urban-planner": dict(
        titles={"mid": "Urban Planner", "senior": "Senior Urban Planner"},
        summary=["Prepare masterplans and planning studies for cities."],
        duties=["Write planning studies", "Run public consultations", "Draw masterplans"],
        required=["Planning degree", "{years}+ years in urban planning"],
        nice=["GIS"]),
    # ----------------------------------------------------------- languages
    "translator": dict(
        titles={"mid": "English to Portuguese Translator", "senior": "Senior Translator (EN>PT)"},
        summary=["Translate product, legal and marketing content into European Portuguese for our language team.",
                 "Our translation agency needs a Portuguese translator for technical and marketing work."],
        duties=["Translate and proofread English content into Portuguese", "Use CAT tools and translation memories",
                "Keep client glossaries and style guides", "Review machine translation output",
                "Work with project managers to deadline"],
        required=["Native European Portuguese", "{years}+ years as a professional translator",
                  "CAT tools such as memoQ or Trados", "Degree in translation or languages"],
        nice=["Spanish as a second source language", "Legal or medical translation", "Post-editing"]),
    "localization-manager": dict(
        titles={"mid": "Localization Project Manager", "senior": "Senior Localization Manager"},
        summary=["Run translation projects for our product in 20 languages."],
        duties=["Plan translation projects with vendors", "Manage the TMS", "Track quality and cost"],
        required=["{years}+ years in localization", "A translation management system"],
        nice=["A second language"]),
    "interpreter": dict(
        titles={"mid": "Portuguese Interpreter"},
        summary=["Interpret in hospitals and courts for Portuguese speakers."],
        duties=["Interpret consecutively and by phone", "Sight-translate documents"],
        required=["Fluent Portuguese and English", "Interpreting certificate"],
        nice=["Medical terminology"]),
    "localization-engineer": dict(
        titles={"mid": "Localization Engineer"},
        summary=["Build the pipelines that ship our app in 30 languages."],
        duties=["Automate string extraction", "Maintain i18n libraries", "Integrate the TMS with CI"],
        required=["{years}+ years of software engineering", "Python or JavaScript", "i18n frameworks"],
        nice=["Git"]),
    "portuguese-support": dict(
        titles={"entry": "Portuguese-speaking Customer Support Agent"},
        summary=["Help our Portuguese customers by chat and e-mail."],
        duties=["Answer customer tickets", "Solve account issues", "Escalate bugs"],
        required=["Fluent Portuguese and English"],
        nice=["Zendesk"]),
    # ---------------------------------------------------------- executives
    "cmo": dict(
        titles={"lead": "Chief Marketing Officer"},
        summary=["Lead marketing for a $200M consumer health brand as a member of the executive team.",
                 "Our CEO is looking for a CMO to build the brand and the growth engine."],
        duties=["Set brand and growth strategy", "Lead brand, performance, product marketing and insights teams",
                "Own the marketing budget and its return", "Work with the board on growth plans",
                "Build an agency roster"],
        required=["{years}+ years in marketing, 5+ leading a marketing function", "Consumer brand experience",
                  "P&L or large budget ownership", "Executive team experience"],
        nice=["Direct-to-consumer growth", "Healthcare or wellness brands", "MBA"]),
    "vp-marketing": dict(
        titles={"senior": "Vice President, Marketing", "lead": "SVP Marketing"},
        summary=["Lead our marketing team through the next stage of growth."],
        duties=["Lead brand and demand generation", "Own the marketing plan", "Report to the CEO"],
        required=["{years}+ years of marketing leadership", "Team leadership"],
        nice=["Consumer brands"]),
})

PLACES.update({
    "Edinburgh": ("Edinburgh", "Scotland", "GB", "GBP"), "Glasgow": ("Glasgow", "Scotland", "GB", "GBP"),
    "Austin": ("Austin", "TX", "US", "USD"), "Bristol": ("Bristol", "England", "GB", "GBP"),
    "Bath": ("Bath", "England", "GB", "GBP"), "Dublin": ("Dublin", "Leinster", "IE", "EUR"),
    "Cork": ("Cork", "Munster", "IE", "EUR"), "Atlanta": ("Atlanta", "GA", "US", "USD"),
    "Birmingham": ("Birmingham", "England", "GB", "GBP"), "Paris": ("Paris", "Île-de-France", "FR", "EUR"),
    "Lyon": ("Lyon", "Auvergne-Rhône-Alpes", "FR", "EUR"), "Lisbon": ("Lisbon", "Lisbon", "PT", "EUR"),
    "Porto": ("Porto", "Porto", "PT", "EUR"),
})
EUROPE = ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT",
          "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "GB", "CH", "NO"]
REMOTE.update({
    "remote-europe": ("Remote (Europe)", EUROPE, "EUR"), "remote-ie": ("Remote - Ireland", ["IE"], "EUR"),
    "remote-pt": ("Remote - Portugal", ["PT"], "EUR"), "remote-br": ("Remote - Brazil", ["BR"], "USD"),
})

# What suits each person (grading.py's rules read these). A changer's family
# is their aim: the job they are leaving is 1.
FAMILY.update({
    "sous-chef": {"chef": 3, "pastry-chef": 2, "restaurant-manager": 1, "kitchen-porter": 1},
    "civil-engineer": {"civil-engineer": 3, "structural-engineer": 2, "cad-technician": 1, "construction-pm": 1},
    "social-worker": {"social-worker": 3, "family-support-worker": 2, "care-assistant": 1, "mental-health-nurse": 1},
    "paralegal-to-compliance": {"aml-compliance": 3, "compliance-analyst": 2, "paralegal": 1,
                                "contracts-administrator": 1, "legal-secretary": 1},
    "sales-to-customer-success": {"cs-manager": 3, "customer-success": 3, "account-manager": 2, "sales-ae": 1,
                                  "sdr": 1, "support-agent": 1},
    "graduate-physio": {"physiotherapist": 3, "occupational-therapist": 1, "physio-assistant": 1},
    "architect-returner": {"architect": 3, "bim-coordinator": 2, "interior-designer": 1, "urban-planner": 1},
    "translator": {"translator": 3, "localization-manager": 2, "interpreter": 1, "portuguese-support": 1},
    "cmo": {"cmo": 3, "vp-marketing": 2, "marketing-manager": 1},
})
NEAR_MISS_KINDS.update({
    ("sous-chef", "food-technologist"): "right-word-wrong-field",
    ("sous-chef", "kitchen-porter"): "right-field-wrong-level",
    ("civil-engineer", "python-backend"): "right-word-wrong-field",
    ("civil-engineer", "cad-technician"): "right-field-wrong-level",
    ("social-worker", "social-media-coordinator"): "right-word-wrong-field",
    ("social-worker", "care-assistant"): "right-field-wrong-level",
    ("paralegal-to-compliance", "paralegal"): "history-not-target",
    ("paralegal-to-compliance", "ehs-compliance"): "right-word-wrong-field",
    ("paralegal-to-compliance", "regulatory-affairs"): "right-word-wrong-field",
    ("sales-to-customer-success", "sales-ae"): "history-not-target",
    ("sales-to-customer-success", "support-agent"): "right-field-wrong-level",
    ("graduate-physio", "personal-trainer"): "right-word-wrong-field",
    ("graduate-physio", "physio-assistant"): "right-field-wrong-level",
    ("architect-returner", "software-architect"): "right-word-wrong-field",
    ("translator", "localization-engineer"): "right-word-wrong-field",
    ("cmo", "marketing-manager"): "right-field-wrong-level",
})

# Each person's prefs also hold the saved search they would add, as people
# state it (`search` in NAME.preferences.json, keyed by `discover search
# add`'s options). The grades do not read it.
PROFILES = {
    "sous-chef": dict(
        set="fresh2", city="Edinburgh", level="senior",
        prefs=dict(target_salary_min=34000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Sous Chef", "Head Chef"], location=["Edinburgh"], level=["senior", "lead"])),
        resume=resume(
            "Callum Fraser", "Sous Chef", "callum.fraser@example.com",
            "Sous chef with seven years in Edinburgh kitchens, three running the pass at a 70-cover bistro: menus, "
            "ordering, food cost and training young chefs. Looking for a sous or head chef job in Edinburgh.",
            "Edinburgh", "Scotland", "GB",
            [work("The Grassmarket Bistro", "Sous Chef", "2023-03", None, "Seasonal bistro, 70 covers.",
                  ["Ran service five nights a week", "Cut food cost from 34% to 29%", "Trained four commis chefs"],
                  ["Menu Development", "Food Cost Control", "Kitchen Management", "Food Safety"]),
             work("Leith Harbour Restaurant", "Chef de Partie", "2019-05", "2023-02", "Seafood restaurant.",
                  ["Ran the fish and sauce sections"], ["Fish Preparation", "Sauces"])],
            [dict(name="Kitchen", level="Advanced", keywords=["Menu Development", "Food Cost Control",
                                                              "Fish Preparation", "Butchery", "Allergen Control"])],
            certificates=[dict(name="Level 3 Food Safety in Catering")])),
    "civil-engineer": dict(
        set="fresh2", city="Austin", level="mid",
        prefs=dict(target_salary_min=85000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Civil Engineer"], location=["Austin, TX"], level=["mid", "senior"])),
        resume=resume(
            "Daniel Ortiz", "Civil Engineer, EIT", "daniel.ortiz@example.com",
            "Civil engineer with four years of land development design in Central Texas: grading, drainage, "
            "utilities and stormwater reports in Civil 3D, permitting with the City of Austin. Sitting the PE this "
            "spring. Looking for a civil engineer role in Austin.",
            "Austin", "TX", "US",
            [work("Hill Country Engineering", "Civil Engineer", "2022-06", None, "Land development consultancy.",
                  ["Designed grading and drainage for 14 subdivisions", "Wrote stormwater reports with HEC-HMS",
                   "Took site plans through City of Austin permitting"],
                  ["Civil 3D", "Grading", "Stormwater", "Permitting"]),
             work("Texas DOT", "Engineering Intern", "2021-05", "2022-05", "Roadway design office.",
                  ["Drafted roadway plan sheets"], ["MicroStation"])],
            [dict(name="Civil", level="Advanced", keywords=["AutoCAD Civil 3D", "Grading", "Drainage Design",
                                                            "Stormwater", "HEC-RAS", "Permitting"])],
            certificates=[dict(name="Engineer in Training (EIT), Texas")])),
    "social-worker": dict(
        set="fresh2", city="Bristol", level="mid",
        prefs=dict(target_salary_min=36000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Social Worker"], location=["Bristol"])),
        resume=resume(
            "Hannah Price", "Social Worker", "hannah.price@example.com",
            "Registered social worker with three years in a children's safeguarding team: assessments, child "
            "protection plans, court work and multi-agency meetings. Looking for a children and families social "
            "work post in Bristol.",
            "Bristol", "England", "GB",
            [work("South Gloucestershire Council", "Social Worker", "2023-01", None, "Children's services.",
                  ["Held a caseload of 18 children", "Wrote parenting assessments and court statements",
                   "Chaired core groups with schools and health visitors"],
                  ["Safeguarding", "Child Protection", "Assessments", "Court Reports"]),
             work("South Gloucestershire Council", "Newly Qualified Social Worker", "2022-01", "2022-12",
                  "Assessed and supported year.", ["Completed the ASYE"], ["Assessments"])],
            [dict(name="Social work", level="Advanced", keywords=["Safeguarding", "Child Protection", "Assessments",
                                                                  "Court Reports", "Care Planning"])],
            certificates=[dict(name="BA Social Work"), dict(name="Social Work England registration")])),
    "paralegal-to-compliance": dict(
        set="fresh2", city="Dublin", level="mid",
        prefs=dict(target_salary_min=45000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Compliance Analyst", "AML Analyst"], location=["Dublin", "Remote (Ireland)"])),
        resume=resume(
            "Aoife Brennan", "Paralegal", "aoife.brennan@example.com",
            "Moving from legal work into financial services compliance. Four years as a paralegal in a Dublin "
            "firm's banking team: I reviewed KYC files for client onboarding, tracked Central Bank regulation and "
            "drafted policies. Now studying for the LCI Certificate in AML and looking for a compliance analyst "
            "role; not another paralegal job.",
            "Dublin", "Leinster", "IE",
            [work("Merrion & Co Solicitors", "Paralegal, Banking and Finance", "2022-02", None, "Law firm.",
                  ["Reviewed 300 KYC onboarding files a year", "Kept the team's regulatory tracker on Central Bank rules",
                   "Drafted facility agreements and board minutes"],
                  ["Legal Research", "KYC", "Document Review", "Drafting"]),
             work("Four Courts Legal", "Legal Secretary", "2020-06", "2022-01", "Litigation practice.",
                  ["Managed court filings and diaries"], ["Court Filings", "Diary Management"])],
            [dict(name="Legal", level="Advanced", keywords=["Legal Research", "Document Review", "Drafting",
                                                            "Regulatory Tracking"]),
             dict(name="Compliance", level="Intermediate", keywords=["KYC", "AML", "Policy Writing"])],
            certificates=[dict(name="LLB"), dict(name="LCI Certificate in AML (studying)")])),
    "sales-to-customer-success": dict(
        set="fresh2", city="Atlanta", level="senior",
        prefs=dict(target_salary_min=80000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Customer Success Manager"], location=["Atlanta, GA", "Remote (US)"],
                               **{"work-type": ["hybrid", "remote"]}, level=["mid", "senior"])),
        resume=resume(
            "Marcus Greene", "Account Executive", "marcus.greene@example.com",
            "Six years closing new business for SaaS companies; the part I liked best was the year after the "
            "signature: onboarding, adoption and renewals. Moving into customer success: looking for a customer "
            "success manager role in Atlanta or remote, not another quota-carrying new-business job.",
            "Atlanta", "GA", "US",
            [work("Peachtree Software", "Account Executive", "2021-03", None, "HR software for mid-market companies.",
                  ["Closed $1.4M of new ARR a year", "Ran onboarding for my own accounts and renewed 95% of them",
                   "Built QBR templates the CS team adopted"],
                  ["New Business Sales", "Salesforce", "Negotiation", "Onboarding"]),
             work("Midtown Media", "Sales Development Representative", "2019-01", "2021-02", "Ad-tech.",
                  ["Booked 25 meetings a month"], ["Prospecting", "Cold Calling"])],
            [dict(name="Sales", level="Advanced", keywords=["Salesforce", "Negotiation", "Pipeline Management",
                                                            "Account Planning"]),
             dict(name="Customers", level="Advanced", keywords=["Onboarding", "Renewals", "QBRs"])])),
    "graduate-physio": dict(
        set="fresh2", city="Birmingham", level="entry",
        prefs=dict(target_salary_min=28000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Physiotherapist"], location=["Birmingham"], level=["junior"])),
        resume=resume(
            "Priya Sandhu", "Graduate Physiotherapist", "priya.sandhu@example.com",
            "Newly qualified physiotherapist (BSc, University of Birmingham, 2026), HCPC registered. Placements "
            "in respiratory, orthopaedic wards, stroke rehab and MSK outpatients. Looking for a Band 5 rotational "
            "post in Birmingham.",
            "Birmingham", "England", "GB",
            [work("Queen Elizabeth Hospital (placement)", "Student Physiotherapist", "2026-01", "2026-04",
                  "Respiratory and orthopaedic wards.",
                  ["Treated post-operative patients on orthopaedic wards", "Gave chest physiotherapy on respiratory wards"],
                  ["Respiratory Physiotherapy", "Orthopaedics"]),
             work("PureGym Selly Oak", "Gym Receptionist", "2023-09", "2025-12", "Part-time while studying.",
                  ["Signed up members and handled the front desk"], ["Customer Service"])],
            [dict(name="Physiotherapy", level="Beginner", keywords=["Respiratory Physiotherapy", "MSK Assessment",
                                                                    "Exercise Prescription", "Neuro Rehabilitation"])],
            certificates=[dict(name="BSc Physiotherapy"), dict(name="HCPC registration")])),
    "architect-returner": dict(
        set="fresh2", city="Paris", level="senior",
        prefs=dict(target_salary_min=55000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Architect"], location=["Île-de-France"], level=["senior", "staff"])),
        resume=resume(
            "Camille Moreau", "Architecte DPLG", "camille.moreau@example.com",
            "Registered architect returning after a five-year career break raising my children. Before it, nine "
            "years at a Paris practice leading schools and social housing from sketch to site, in Revit. Refreshed "
            "my BIM and RE2020 knowledge in 2026. Looking for a senior architect post in Paris.",
            "Paris", "Île-de-France", "FR",
            [work("Atelier Seine Architectes", "Project Architect", "2012-09", "2021-06", "Architecture practice.",
                  ["Led three schools and 240 social housing units through permit and works",
                   "Moved the studio's drawings to Revit"],
                  ["Revit", "AutoCAD", "Permit Applications", "Site Supervision"]),
             work("Agence Lumière", "Junior Architect", "2010-01", "2012-08", "Studio.", ["Drew competition entries"],
                  ["Competitions"])],
            [dict(name="Architecture", level="Expert", keywords=["Revit", "AutoCAD", "Public Procurement",
                                                                 "Building Regulations", "Site Supervision"])],
            [dict(language="French", fluency="Native speaker"), dict(language="English", fluency="Professional")],
            certificates=[dict(name="Registered architect, Ordre des Architectes"),
                          dict(name="BIM Revit refresher, 2026")])),
    "translator": dict(
        set="fresh2", city="Lisbon", level="mid",
        prefs=dict(target_salary_min=35000, preferred_work_type="remote", willing_to_relocate=False,
                   search=dict(title=["Translator"], location=["anywhere in Europe"], **{"work-type": ["remote"]})),
        resume=resume(
            "Inês Carvalho", "Translator (EN, ES > PT)", "ines.carvalho@example.com",
            "Translator into European Portuguese from English and Spanish with five years of technical, legal and "
            "marketing work in memoQ and Trados. Looking for a remote in-house translator role with a European "
            "company.",
            "Lisbon", "Lisbon", "PT",
            [work("Freelance", "Translator", "2021-01", None, "Agencies and direct clients.",
                  ["Translated 1.2M words of software and legal content", "Built term bases for two software clients",
                   "Post-edited machine translation for an e-commerce site"],
                  ["memoQ", "Trados", "Terminology", "Post-editing"]),
             work("LinguaLisboa", "Junior Translator", "2019-09", "2020-12", "Translation agency.",
                  ["Translated and proofread marketing copy"], ["Proofreading"])],
            [dict(name="Translation", level="Advanced", keywords=["memoQ", "Trados", "Terminology", "Post-editing",
                                                                  "Proofreading"])],
            [dict(language="Portuguese", fluency="Native speaker"), dict(language="English", fluency="Fluent"),
             dict(language="Spanish", fluency="Fluent")])),
    "cmo": dict(
        set="fresh2", city="Boston", level="lead",
        prefs=dict(target_salary_min=250000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Chief Marketing Officer"], location=["Boston, MA"], level=["director"])),
        resume=resume(
            "Elaine Walsh", "Chief Marketing Officer", "elaine.walsh@example.com",
            "Marketing executive with eighteen years in consumer brands: CMO of a $180M wellness brand, before that "
            "VP Marketing. I build brands and growth teams, own nine-figure budgets and work with the board. "
            "Looking for a CMO role in Boston.",
            "Boston", "MA", "US",
            [work("Harborlight Wellness", "Chief Marketing Officer", "2020-02", None, "Consumer health, $180M revenue.",
                  ["Doubled direct-to-consumer revenue in three years", "Built a 45-person marketing team",
                   "Repositioned the brand for a national retail launch"],
                  ["Brand Strategy", "Growth Marketing", "Team Leadership", "Budget Ownership"]),
             work("Back Bay Beverages", "VP Marketing", "2014-05", "2020-01", "Beverage brand.",
                  ["Led brand and shopper marketing"], ["Brand Management", "Shopper Marketing"])],
            [dict(name="Marketing leadership", level="Expert", keywords=["Brand Strategy", "Growth Marketing",
                                                                         "Consumer Insights", "Board Reporting"])],
            certificates=[dict(name="MBA, Tuck")])),
}

# (id, kind, level, company, place, workplace, salary_min, salary_max); thousands, None = not stated.
FRESH2 = [
    # sous-chef (Edinburgh, senior, on-site, >= £34k)
    ("f2-001", "chef", "senior", "The Canongate Kitchen", "Edinburgh", "onsite", 35, 40),
    ("f2-002", "chef", "senior", "Stockbridge Dining Rooms", "Edinburgh", "onsite", None, None),
    ("f2-003", "chef", "lead", "Leith Shore Bistro", "Edinburgh", "onsite", 42, 48),
    ("f2-004", "chef", "senior", "Merchant City Grill", "Glasgow", "onsite", 36, 40),
    ("f2-005", "chef", "senior", "Budget Bites Edinburgh", "Edinburgh", "onsite", 26, 29),
    ("f2-006", "chef", "mid", "The Canongate Kitchen", "Edinburgh", "onsite", 30, 33),
    ("f2-007", "chef", "entry", "Stockbridge Dining Rooms", "Edinburgh", "onsite", 22, 24),
    ("f2-008", "pastry-chef", "senior", "Balmoral Street Hotel", "Edinburgh", "onsite", 35, 38),
    ("f2-009", "kitchen-porter", "entry", "Leith Shore Bistro", "Edinburgh", "onsite", 22, 23),
    ("f2-010", "restaurant-manager", "senior", "The Canongate Kitchen", "Edinburgh", "onsite", 38, 44),
    ("f2-011", "food-technologist", "mid", "Lothian Ready Meals", "Edinburgh", "onsite", 32, 38),
    # civil-engineer (Austin, mid, hybrid, >= $85k)
    ("f2-012", "civil-engineer", "mid", "Barton Creek Engineering", "Austin", "hybrid", 88, 100),
    ("f2-013", "civil-engineer", "mid", "Colorado River Consultants", "Austin", "hybrid", None, None),
    ("f2-014", "civil-engineer", "senior", "Lone Star Civil", "Austin", "hybrid", 105, 125),
    ("f2-015", "civil-engineer", "mid", "Pecan Street Design", "Austin", "onsite", 86, 98),
    ("f2-016", "civil-engineer", "mid", "Gulf Coast Civil", "Houston", "hybrid", 88, 102),
    ("f2-017", "civil-engineer", "mid", "Budget Site Plans", "Austin", "hybrid", 65, 75),
    ("f2-018", "civil-engineer", "mid", "Texan Land Design", "remote-us", "remote", 90, 105),
    ("f2-019", "civil-engineer", "entry", "Barton Creek Engineering", "Austin", "hybrid", 68, 74),
    ("f2-020", "structural-engineer", "mid", "Lone Star Civil", "Austin", "hybrid", 90, 105),
    ("f2-021", "cad-technician", "mid", "Colorado River Consultants", "Austin", "hybrid", 55, 65),
    ("f2-022", "construction-pm", "mid", "Capitol Builders", "Austin", "onsite", 90, 110),
    ("f2-023", "python-backend", "mid", "Congress Avenue Software", "Austin", "hybrid", 120, 140),
    # social-worker (Bristol, mid, hybrid, >= £36k)
    ("f2-024", "social-worker", "mid", "Bristol City Council", "Bristol", "hybrid", 37, 43),
    ("f2-025", "social-worker", "mid", "North Somerset Council", "Bristol", "hybrid", None, None),
    ("f2-026", "social-worker", "senior", "Bristol City Council", "Bristol", "hybrid", 43, 48),
    ("f2-027", "social-worker", "mid", "Bath and North East Somerset Council", "Bath", "hybrid", 37, 43),
    ("f2-028", "social-worker", "mid", "Avon Children's Charity", "Bristol", "hybrid", 30, 33),
    ("f2-029", "social-worker", "mid", "South Gloucestershire Council", "Bristol", "onsite", 38, 44),
    ("f2-030", "social-worker", "lead", "Bristol City Council", "Bristol", "hybrid", 50, 56),
    ("f2-031", "family-support-worker", "mid", "Bristol Family Trust", "Bristol", "hybrid", 36, 39),
    ("f2-032", "care-assistant", "entry", "Clifton Care Home", "Bristol", "onsite", 23, 25),
    ("f2-033", "mental-health-nurse", "mid", "Avon Mental Health Trust", "Bristol", "hybrid", 37, 44),
    ("f2-034", "social-media-coordinator", "entry", "Harbourside Media", "Bristol", "hybrid", 26, 30),
    # paralegal-to-compliance (Dublin, mid, hybrid, >= €45k)
    ("f2-035", "aml-compliance", "mid", "Liffey Payments", "Dublin", "hybrid", 48, 58),
    ("f2-036", "aml-compliance", "mid", "Grand Canal Bank", "Dublin", "hybrid", None, None),
    ("f2-037", "aml-compliance", "senior", "Spencer Dock Fintech", "Dublin", "hybrid", 60, 72),
    ("f2-038", "aml-compliance", "mid", "Shannon Card Services", "remote-ie", "remote", 50, 60),
    ("f2-039", "aml-compliance", "mid", "Munster Credit Union", "Cork", "onsite", 46, 54),
    ("f2-040", "aml-compliance", "mid", "Budget Remit", "Dublin", "hybrid", 34, 38),
    ("f2-041", "compliance-analyst", "mid", "Grand Canal Bank", "Dublin", "hybrid", 47, 55),
    ("f2-042", "paralegal", "mid", "Merrion & Co Solicitors", "Dublin", "hybrid", 40, 46),
    ("f2-043", "regulatory-affairs", "mid", "Leinster Medical Devices", "Dublin", "hybrid", 50, 60),
    ("f2-044", "ehs-compliance", "mid", "Dublin Pharma Manufacturing", "Dublin", "onsite", 50, 58),
    ("f2-045", "contracts-administrator", "mid", "Spencer Dock Fintech", "Dublin", "hybrid", 45, 52),
    ("f2-046", "aml-compliance", "lead", "Liffey Payments", "Dublin", "hybrid", 110, 130),
    # sales-to-customer-success (Atlanta, senior, hybrid, >= $80k)
    ("f2-047", "cs-manager", "senior", "Ponce Software", "Atlanta", "hybrid", 85, 100),
    ("f2-048", "cs-manager", "senior", "Buckhead Cloud", "Atlanta", "hybrid", None, None),
    ("f2-049", "cs-manager", "senior", "Tidepool Analytics", "remote-us", "remote", 90, 110),
    ("f2-050", "cs-manager", "mid", "Ponce Software", "Atlanta", "hybrid", 80, 92),
    ("f2-051", "cs-manager", "senior", "Charlotte Fintech", "remote-ca", "remote", 95, 110),
    ("f2-052", "cs-manager", "senior", "Budget SaaS Co", "Atlanta", "hybrid", 55, 65),
    ("f2-053", "customer-success", "senior", "Midtown HR Cloud", "Atlanta", "onsite", 88, 98),
    ("f2-054", "account-manager", "senior", "Buckhead Cloud", "Atlanta", "hybrid", 85, 95),
    ("f2-055", "sales-ae", "senior", "Peachtree Software", "Atlanta", "hybrid", 90, 120),
    ("f2-056", "sdr", "entry", "Midtown HR Cloud", "Atlanta", "hybrid", 50, 60),
    ("f2-057", "support-agent", "entry", "Tidepool Analytics", "remote-us", "remote", 42, 48),
    ("f2-058", "cs-manager", "senior", "Music Row Software", "Houston", "onsite", 90, 105),
    # graduate-physio (Birmingham, entry, on-site, >= £28k)
    ("f2-059", "physiotherapist", "entry", "Birmingham Hospitals NHS Trust", "Birmingham", "onsite", 29, 36),
    ("f2-060", "physiotherapist", "entry", "Edgbaston Community Health", "Birmingham", "onsite", None, None),
    ("f2-061", "physiotherapist", "entry", "Solihull Physio Clinic", "Birmingham", "onsite", 28, 31),
    ("f2-062", "physiotherapist", "mid", "Birmingham Hospitals NHS Trust", "Birmingham", "onsite", 37, 45),
    ("f2-063", "physiotherapist", "senior", "Birmingham Hospitals NHS Trust", "Birmingham", "onsite", 46, 53),
    ("f2-064", "physiotherapist", "entry", "Bristol Royal Hospitals", "Bristol", "onsite", 29, 36),
    ("f2-065", "physiotherapist", "entry", "Budget Physio Ltd", "Birmingham", "onsite", 22, 24),
    ("f2-066", "occupational-therapist", "entry", "Birmingham Hospitals NHS Trust", "Birmingham", "onsite", 29, 36),
    ("f2-067", "physio-assistant", "entry", "Edgbaston Community Health", "Birmingham", "onsite", 24, 26),
    ("f2-068", "personal-trainer", "entry", "Selly Oak Fitness", "Birmingham", "onsite", 20, 28),
    ("f2-069", "physiotherapist", "entry", "Digbeth Sports Injury Clinic", "Birmingham", "onsite", 28, 32),
    # architect-returner (Paris, senior, hybrid, >= €55k)
    ("f2-070", "architect", "senior", "Atelier Canal Saint-Martin", "Paris", "hybrid", 56, 66),
    ("f2-071", "architect", "senior", "Studio Marais", "Paris", "hybrid", None, None),
    ("f2-072", "architect", "lead", "Agence Batignolles", "Paris", "hybrid", 70, 82),
    ("f2-073", "architect", "senior", "Confluence Architectes", "Lyon", "hybrid", 55, 64),
    ("f2-074", "architect", "senior", "Petit Atelier Belleville", "Paris", "hybrid", 40, 46),
    ("f2-075", "architect", "mid", "Studio Marais", "Paris", "hybrid", 42, 50),
    ("f2-076", "architect", "senior", "Atelier Canal Saint-Martin", "Paris", "onsite", 58, 68),
    ("f2-077", "bim-coordinator", "senior", "Agence Batignolles", "Paris", "hybrid", 56, 64),
    ("f2-078", "interior-designer", "senior", "Maison Rivoli Design", "Paris", "hybrid", 50, 60),
    ("f2-079", "software-architect", "senior", "Paris Cloud Systems", "Paris", "hybrid", 80, 95),
    ("f2-080", "urban-planner", "senior", "Grand Paris Aménagement", "Paris", "hybrid", 52, 60),
    # translator (Lisbon, mid, remote, >= €35k)
    ("f2-081", "translator", "mid", "Europa Language Services", "remote-europe", "remote", 36, 44),
    ("f2-082", "translator", "mid", "Tejo Translations", "remote-pt", "remote", None, None),
    ("f2-083", "translator", "senior", "Nordic Localisation AB", "remote-europe", "remote", 42, 50),
    ("f2-084", "translator", "mid", "Alfama Language Studio", "Lisbon", "hybrid", 36, 42),
    ("f2-085", "translator", "mid", "Iberia Translation Group", "remote-br", "remote", 30, 38),
    ("f2-086", "translator", "mid", "Rheinland Sprachdienst", "remote-de", "remote", 40, 48),
    ("f2-087", "translator", "mid", "Budget Words Ltd", "remote-europe", "remote", 22, 26),
    ("f2-088", "translator", "mid", "Porto Legal Translations", "Porto", "onsite", 36, 42),
    ("f2-089", "localization-manager", "mid", "Europa Language Services", "remote-europe", "remote", 42, 50),
    ("f2-090", "interpreter", "mid", "Boston Language Access", "Boston", "onsite", 55, 62),
    ("f2-091", "localization-engineer", "mid", "Nordic Localisation AB", "remote-europe", "remote", 55, 65),
    ("f2-092", "portuguese-support", "entry", "Alfama Language Studio", "Lisbon", "hybrid", 18, 21),
    # cmo (Boston, lead, hybrid, >= $250k)
    ("f2-093", "cmo", "lead", "Beacon Hill Health Brands", "Boston", "hybrid", 260, 320),
    ("f2-094", "cmo", "lead", "Charles River Nutrition", "Boston", "hybrid", None, None),
    ("f2-095", "cmo", "lead", "Seaport Skincare", "Boston", "onsite", 270, 310),
    ("f2-096", "cmo", "lead", "Bay Area Beauty", "Seattle", "hybrid", 280, 330),
    ("f2-097", "cmo", "lead", "Fenway Startup Labs", "Boston", "hybrid", 170, 200),
    ("f2-098", "vp-marketing", "lead", "Harborlight Wellness", "Boston", "hybrid", 250, 280),
    ("f2-099", "vp-marketing", "senior", "Back Bay Beverages", "Boston", "hybrid", 200, 230),
    ("f2-100", "marketing-manager", "senior", "Beacon Hill Health Brands", "Boston", "hybrid", 120, 140),
    ("f2-101", "cmo", "lead", "Maple Leaf Wellness", "remote-ca", "remote", 280, 320),
    # shared distractors: every person sees them, most are unrelated to all
    ("f2-102", "java-backend", "senior", "Congress Avenue Software", "Austin", "hybrid", 140, 160),
    ("f2-103", "icu-nurse", "mid", "Birmingham Hospitals NHS Trust", "Birmingham", "onsite", 36, 44),
    ("f2-104", "accountant", "senior", "Grand Canal Bank", "Dublin", "hybrid", 60, 70),
    ("f2-105", "electrician", "mid", "Edinburgh Electrical", "Edinburgh", "onsite", 36, 42),
    ("f2-106", "teacher", "mid", "Bristol Academy Trust", "Bristol", "onsite", 35, 45),
    ("f2-107", "graphic-designer", "mid", "Studio Marais", "Paris", "hybrid", 40, 48),
    ("f2-108", "data-analyst", "mid", "Ponce Software", "Atlanta", "hybrid", 85, 100),
    ("f2-109", "hr-generalist", "mid", "Lisbon Shared Services", "Lisbon", "hybrid", 30, 36),
    ("f2-110", "warehouse-supervisor", "mid", "Capitol Builders", "Austin", "onsite", 55, 65),
]
