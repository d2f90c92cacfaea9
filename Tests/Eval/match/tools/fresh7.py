# The ninth set, "fresh7" (issue 19, eighth round): ten kinds of people that
# no earlier set (dev, heldout, fresh, fresh2 … fresh6) has, in places the
# earlier sets used little (South Africa, Poland, Switzerland, Scotland, Wales,
# the US Northeast, Canada outside Toronto, Belgium, Austria, the UAE),
# postings written for them, and the saved search each would add, written the
# way people state it. Graded by the same rules (grading.py) and committed
# before any ranker ran on it. Written by hand, blind to the ranker (its code,
# its rules and any ranking output were not read); generate.py writes it to
# fresh7/.
#
# Kinds: a head sommelier (hospitality, Cape Town), a demand planner
# (logistics, Wrocław, a terse summary), a BIM coordinator (construction,
# Zürich, a bare résumé with no summary), a diagnostic radiographer back after
# six years raising her children (care, Dundee, returner), a new social-policy
# graduate looking for a first housing officer job (public sector, Cardiff,
# first job), a bank teller moving into mortgage lending (finance, Providence,
# career changer, old job as label, a pre-1.0 JSON Resume), an animation
# graduate looking for a first 3D animator job (creative, Montréal, first
# job), a QC chemist moving into regulatory affairs (science, Brussels, career
# changer, old job as label), a field service engineer moving into technical
# sales (sales, Linz, career changer, old job as label, a loosely written
# summary) and a chief information security officer (executive, Dubai).
#
# Every kind of job below is new (none shares a key with an earlier set's
# archetypes, so regenerating leaves the other sets byte-identical), except
# the shared distractor at the end (`java-backend`).
import fresh6  # noqa: F401 (imports the earlier sets too: their places and remote regions this set reuses)
from archetypes import ARCHETYPES
from grading import FAMILY, NEAR_MISS_KINDS
from postings import PLACES, REMOTE
from profiles import pre_1_0 as _older, resume, with_sections as _with, work

_NEW = {
    # ------------------------------------------------------- wine service (Cape Town)
    "sommelier": dict(
        titles={"entry": "Commis Sommelier", "mid": "Sommelier", "senior": "Head Sommelier",
                "lead": "Wine Director (Restaurant Group)"},
        summary=["Lead the wine service of our fine-dining restaurant: the list, the cellar and the floor.",
                 "Our restaurant is looking for a sommelier to build a South African-led wine list and guide "
                 "guests through it every night."],
        duties=["Build and price the wine list with the chef's menus", "Run wine service on the floor at dinner",
                "Manage the cellar: buying, stock rotation and stock takes", "Train waiters on wine and pairings",
                "Host winemaker dinners and tastings", "Keep wine cost of sales on target"],
        required=["{years}+ years in wine service in fine dining", "Cape Wine Academy or CMS certification",
                  "Deep knowledge of South African wine regions"],
        nice=["WSET Level 3 or Diploma", "Coravin and cellar software", "French or German",
              "Competition experience"]),
    "wine-buyer": dict(
        titles={"senior": "Wine Buyer"},
        summary=["Buy the wines of our fine-wine merchant and its three restaurants."],
        duties=["Source and negotiate with estates", "Plan the range and the stock", "Run trade tastings"],
        required=["{years}+ years in wine buying or as a sommelier", "Strong palate and supplier network"],
        nice=["WSET Diploma"]),
    "bar-manager": dict(
        titles={"senior": "Bar Manager"},
        summary=["Run our busy cocktail bar on Long Street."],
        duties=["Lead the bar team", "Write the cocktail menu", "Control bar stock and margins"],
        required=["{years}+ years in bar management"],
        nice=["Mixology competition experience"]),
    "assistant-winemaker": dict(
        titles={"mid": "Assistant Winemaker"},
        summary=["Work the harvest and the cellar at our Constantia wine estate."],
        duties=["Run fermentations in harvest", "Manage barrel work and blending trials", "Keep cellar records"],
        required=["Degree or diploma in oenology", "{years}+ years of cellar work"],
        nice=["Harvest abroad"]),
    "brewery-cellar-operator": dict(
        titles={"mid": "Cellar Operator (Brewery)"},
        summary=["Run fermentation and conditioning in the cellar of our craft brewery."],
        duties=["Transfer and condition beer", "Clean tanks (CIP)", "Take gravity and quality samples"],
        required=["Brewery or food production experience", "Forklift licence"],
        nice=["IBD certificate"]),
    # ------------------------------------------------------- demand planning (Wrocław)
    "demand-planner": dict(
        titles={"entry": "Junior Demand Planner", "mid": "Demand Planner", "senior": "Senior Demand Planner",
                "lead": "Demand Planning Manager"},
        summary=["Forecast demand for our consumer goods across Central and Eastern Europe.",
                 "Join our supply chain team in Wrocław as a demand planner owning the forecast for a brand "
                 "portfolio."],
        duties=["Build the statistical forecast and enrich it with sales and marketing input",
                "Run the monthly demand review of the S&OP cycle", "Track forecast accuracy and bias",
                "Plan promotions and new product launches with key account managers",
                "Clean and maintain the history in the planning system", "Flag demand risks to supply planning"],
        required=["{years}+ years in demand or supply planning", "Advanced Excel", "Fluent English and Polish",
                  "Experience with an APS system (SAP IBP, APO, Kinaxis or similar)"],
        nice=["Python or R for forecasting", "Power BI", "FMCG experience", "APICS CPIM"]),
    "supply-planner": dict(
        titles={"mid": "Supply Planner"},
        summary=["Plan production and replenishment for our home appliance plants."],
        duties=["Turn the demand plan into supply plans", "Balance stock against capacity",
                "Work with procurement and production"],
        required=["{years}+ years in supply planning", "SAP"],
        nice=["S&OP experience"]),
    "shopfloor-production-planner": dict(
        titles={"mid": "Production Planner (Shop Floor)"},
        summary=["Schedule the machining and assembly lines of our automotive components plant."],
        duties=["Sequence orders on the lines each shift", "Track material shortages", "Report output"],
        required=["Manufacturing planning experience", "SAP PP"],
        nice=["Lean"]),
    "event-planner": dict(
        titles={"mid": "Event Planner"},
        summary=["Plan conferences and corporate events at our Wrocław venue."],
        duties=["Plan events with clients", "Book suppliers and catering", "Run event days"],
        required=["{years}+ years in event planning", "English"],
        nice=["German"]),
    "personal-financial-planner": dict(
        titles={"mid": "Financial Planner"},
        summary=["Advise private clients on savings, pensions and investments."],
        duties=["Meet clients and build financial plans", "Recommend products", "Review portfolios"],
        required=["Investment adviser licence", "{years}+ years in advisory"],
        nice=["CFP"]),
    # ------------------------------------------------------- BIM (Zürich)
    "bim-coordinator-ch": dict(
        titles={"entry": "Junior BIM Modeller", "mid": "BIM Coordinator", "senior": "Senior BIM Coordinator",
                "lead": "BIM Manager"},
        summary=["Coordinate the building information models of our building projects from design to handover.",
                 "Our general contractor needs a BIM coordinator to run model coordination across architects, "
                 "engineers and subcontractors."],
        duties=["Run clash detection and coordination meetings", "Write and maintain the BIM execution plan",
                "Check models from architects and engineers against our standards",
                "Set up the common data environment", "Extract quantities for cost planning",
                "Train site teams to use the model on tablets"],
        required=["{years}+ years coordinating BIM on building projects", "Revit and Navisworks or Solibri",
                  "German (C1) and English", "IFC and openBIM workflows"],
        nice=["SIA 2051 knowledge", "Dynamo scripting", "buildingSMART certification", "Trimble Connect"]),
    "vdc-engineer": dict(
        titles={"mid": "VDC Engineer"},
        summary=["Use 4D and 5D models to plan and cost our construction sites."],
        duties=["Build 4D sequence models", "Link models to cost", "Support site logistics planning"],
        required=["Construction background", "Navisworks or Synchro"],
        nice=["Dynamo"]),
    "revit-drafter": dict(
        titles={"entry": "CAD Drafter (Revit)"},
        summary=["Draw plans and details for our architecture studio in Revit."],
        duties=["Draw plans, sections and details", "Update drawings after comments", "Keep the drawing register"],
        required=["Apprenticeship as a drafter (Zeichner/in EFZ)", "Revit"],
        nice=["ArchiCAD"]),
    "project-architect-ch": dict(
        titles={"senior": "Project Architect"},
        summary=["Lead the design of housing and school projects at our studio."],
        duties=["Lead design from concept to permit", "Coordinate consultants", "Present to clients"],
        required=["Architecture degree (ETH, FH or equivalent)", "{years}+ years in practice"],
        nice=["Competition wins"]),
    "digital-twin-engineer": dict(
        titles={"mid": "Digital Twin Engineer (IoT)"},
        summary=["Build digital twins of industrial machines from sensor data."],
        duties=["Model machines from telemetry", "Build data pipelines", "Write simulation services"],
        required=["Python and cloud IoT platforms", "{years}+ years in software"],
        nice=["Azure Digital Twins"]),
    "facility-coordinator": dict(
        titles={"mid": "Facility Coordinator"},
        summary=["Coordinate the building services of our office campus."],
        duties=["Coordinate cleaning, security and maintenance contractors", "Handle tenant requests",
                "Plan office moves"],
        required=["Facility management experience"],
        nice=["FM certificate"]),
    # ------------------------------------------------------- diagnostic radiography (Dundee)
    "diagnostic-radiographer": dict(
        titles={"entry": "Newly Qualified Diagnostic Radiographer", "mid": "Diagnostic Radiographer",
                "senior": "Senior Diagnostic Radiographer", "lead": "Radiology Service Manager"},
        summary=["Join our imaging department for general X-ray, theatre and fluoroscopy work.",
                 "We are looking for an HCPC-registered diagnostic radiographer for our busy general radiography "
                 "department, with training into CT available."],
        duties=["Take general X-ray examinations in the department, wards and A&E", "Work in theatres with the "
                "mobile image intensifier", "Take part in the on-call and out-of-hours rota", "Check referrals "
                "against IR(ME)R", "Supervise students and assistant practitioners", "Keep patient records in "
                "RIS and PACS"],
        required=["BSc Diagnostic Radiography", "HCPC registration", "{years}+ years of post-qualification "
                  "experience"],
        nice=["CT experience", "Return-to-practice welcome", "Image interpretation (red dot) training",
              "PACS experience"]),
    "ct-radiographer": dict(
        titles={"mid": "CT Radiographer"},
        summary=["Scan in our CT department, with full training for radiographers new to CT."],
        duties=["Carry out CT scans", "Cannulate and give contrast", "Join the CT on-call rota"],
        required=["HCPC registered diagnostic radiographer"],
        nice=["CT experience"]),
    "sonographer": dict(
        titles={"mid": "Sonographer"},
        summary=["Carry out obstetric and general ultrasound at our imaging centre."],
        duties=["Carry out ultrasound scans", "Write scan reports", "Train trainees"],
        required=["Postgraduate certificate in medical ultrasound", "{years}+ years of scanning"],
        nice=["Obstetric experience"]),
    "therapeutic-radiographer": dict(
        titles={"mid": "Therapeutic Radiographer"},
        summary=["Plan and deliver radiotherapy treatment at our cancer centre."],
        duties=["Deliver radiotherapy on linear accelerators", "Support patients through treatment",
                "Check treatment plans"],
        required=["BSc Therapeutic Radiography (Radiotherapy)", "HCPC registration"],
        nice=["IGRT experience"]),
    "radiology-assistant": dict(
        titles={"entry": "Radiology Department Assistant"},
        summary=["Support radiographers and patients in our X-ray department."],
        duties=["Prepare patients and rooms", "Book appointments", "Stock the department"],
        required=["Good communication", "Healthcare experience welcome"],
        nice=["SVQ in health care"]),
    "industrial-radiographer": dict(
        titles={"mid": "Industrial Radiographer (NDT)"},
        summary=["Inspect welds on offshore and process plant with gamma and X-ray."],
        duties=["Carry out weld radiography on site", "Interpret films and digital images", "Follow ionising "
                "radiation rules"],
        required=["PCN Level 2 Radiography", "{years}+ years in NDT"],
        nice=["Offshore survival certificate"]),
    # ------------------------------------------------------- housing (Cardiff)
    "housing-officer": dict(
        titles={"entry": "Trainee Housing Officer", "mid": "Housing Officer", "senior": "Senior Housing Officer",
                "lead": "Housing Services Manager"},
        summary=["Look after a patch of around 300 homes for our housing association: tenancies, rent and "
                 "estates.", "Join our housing team supporting tenants to keep their homes and their "
                 "communities safe and well looked after."],
        duties=["Sign up new tenants and run settling-in visits", "Support tenants with rent arrears and "
                "benefits", "Deal with anti-social behaviour and neighbour disputes", "Inspect estates with "
                "tenants and contractors", "Work with support services, social care and the police",
                "Keep case records up to date"],
        required=["Good communication and record keeping", "{years}+ years in a housing or customer-facing "
                  "role", "Full driving licence or able to travel the patch"],
        nice=["Welsh speaker", "CIH Level 3 or a related degree", "Knowledge of the Renting Homes (Wales) Act",
              "Experience with vulnerable people"]),
    "homelessness-officer": dict(
        titles={"entry": "Homelessness Prevention Officer"},
        summary=["Help people at risk of losing their home keep it or find another."],
        duties=["Assess housing need", "Negotiate with landlords", "Arrange temporary accommodation"],
        required=["Interest in housing and social justice", "Good writing"],
        nice=["Housing law knowledge"]),
    "lettings-negotiator": dict(
        titles={"entry": "Lettings Negotiator"},
        summary=["Let our landlords' flats and houses in Roath and Cathays."],
        duties=["Run viewings", "Negotiate offers", "Hit lettings targets"],
        required=["Full driving licence", "Sales mindset"],
        nice=["Rent Smart Wales licence"]),
    "housing-benefit-assessor": dict(
        titles={"entry": "Housing Benefit Assessor"},
        summary=["Assess housing benefit and council tax reduction claims for the council."],
        duties=["Assess claims against the regulations", "Check evidence", "Answer claimant queries"],
        required=["Attention to detail", "Numeracy"],
        nice=["Benefits experience"]),
    "housing-economist": dict(
        titles={"mid": "Housing Market Economist"},
        summary=["Forecast UK house prices and mortgage demand for our bank's treasury."],
        duties=["Build house price models", "Write market notes", "Brief the risk committee"],
        required=["Economics degree", "{years}+ years in economic research", "Econometrics"],
        nice=["Python or R"]),
    # ------------------------------------------------------- mortgage lending (Providence)
    "mortgage-loan-officer": dict(
        titles={"entry": "Junior Mortgage Loan Officer", "mid": "Mortgage Loan Officer",
                "senior": "Senior Mortgage Loan Officer", "lead": "Branch Manager, Mortgage Lending"},
        summary=["Help home buyers and homeowners in Rhode Island find the right mortgage and close on time.",
                 "Our lender is growing its retail team: originate purchase and refinance loans from our "
                 "branch and referral partners."],
        duties=["Take mortgage applications and pull credit", "Explain loan programs: conventional, FHA, VA "
                "and RIHousing", "Work leads from realtors and the branch", "Pre-approve buyers and keep them "
                "informed to closing", "Work with processors and underwriters on conditions", "Keep loan files "
                "compliant with TRID and RESPA"],
        required=["NMLS license (or able to obtain within 60 days)", "Customer service or banking experience",
                  "{years}+ years in mortgage or lending"],
        nice=["Encompass", "Spanish or Portuguese", "Realtor network", "First-time buyer programs"]),
    "loan-processor": dict(
        titles={"entry": "Mortgage Loan Processor"},
        summary=["Prepare mortgage files for underwriting and closing."],
        duties=["Order appraisals and title", "Collect borrower documents", "Clear conditions"],
        required=["Banking or mortgage experience", "Detail oriented"],
        nice=["Encompass"]),
    "bank-teller": dict(
        titles={"entry": "Bank Teller"},
        summary=["Serve our customers at the branch counter."],
        duties=["Process deposits and withdrawals", "Balance the cash drawer", "Refer customers to bankers"],
        required=["Cash handling experience"],
        nice=["Bilingual"]),
    "personal-banker": dict(
        titles={"entry": "Personal Banker"},
        summary=["Open accounts and help branch customers with their everyday banking."],
        duties=["Open checking and savings accounts", "Refer customers to lending", "Meet branch sales goals"],
        required=["Customer service experience", "Banking experience"],
        nice=["Series 6"]),
    "interlibrary-loan-assistant": dict(
        titles={"entry": "Interlibrary Loan Assistant"},
        summary=["Run interlibrary loans for our library network."],
        duties=["Process loan requests", "Ship and receive items", "Keep loan records"],
        required=["Library or office experience"],
        nice=["OCLC WorldShare"]),
    # ------------------------------------------------------- 3D animation (Montréal)
    "3d-animator": dict(
        titles={"entry": "Junior 3D Animator", "mid": "3D Animator", "senior": "Senior Animator",
                "lead": "Animation Supervisor"},
        summary=["Bring characters to life on our animated series and feature projects.",
                 "Our studio is hiring a 3D animator for character and creature animation on a game project."],
        duties=["Animate characters in Maya from layout to final", "Take notes in dailies from the lead and "
                "director", "Work from reference and video you shoot yourself", "Keep to the show's style and "
                "quotas", "Work with rigging to fix and improve rigs", "Polish and hand off shots to lighting"],
        required=["A reel showing character animation", "Maya", "{years}+ years in a studio (internships "
                  "count)", "French or English"],
        nice=["Body mechanics and acting shots", "Unreal Engine", "Motion capture clean-up", "Blender"]),
    "rigging-artist": dict(
        titles={"mid": "Rigging Artist"},
        summary=["Build character and prop rigs for our animators."],
        duties=["Build body and facial rigs", "Write rigging tools in Python", "Support animators"],
        required=["Maya rigging", "Python"],
        nice=["A demo reel of rigs"]),
    "junior-motion-designer": dict(
        titles={"entry": "Junior Motion Designer"},
        summary=["Animate graphics and titles for brands and broadcasts."],
        duties=["Animate in After Effects and Cinema 4D", "Design storyboards", "Deliver to broadcast specs"],
        required=["A motion reel", "After Effects"],
        nice=["Cinema 4D"]),
    "animation-instructor": dict(
        titles={"mid": "Animation Instructor"},
        summary=["Teach 3D animation in our college's technical programme."],
        duties=["Teach animation courses", "Mark student work", "Update the curriculum"],
        required=["{years}+ years in the animation industry", "Teaching experience"],
        nice=["Maya and Toon Boom"]),
    "animatronics-technician": dict(
        titles={"mid": "Animatronics Technician"},
        summary=["Build and maintain the animatronic figures of our theme park shows."],
        duties=["Maintain pneumatic and electric figures", "Repair control systems", "Support daily shows"],
        required=["Electromechanical training", "{years}+ years of maintenance"],
        nice=["PLC programming"]),
    # ------------------------------------------------------- regulatory affairs (Brussels)
    "regulatory-affairs-cmc": dict(
        titles={"entry": "Regulatory Affairs Associate", "mid": "Regulatory Affairs Specialist (CMC)",
                "senior": "Senior Regulatory Affairs Manager (CMC)", "lead": "Head of Regulatory Affairs"},
        summary=["Own the quality (CMC) sections of our marketing authorisations in Europe and beyond.",
                 "Join our regulatory affairs team writing and maintaining Module 3 for our biologics and "
                 "vaccines."],
        duties=["Write Module 3 (quality) sections of the CTD", "Assess change controls for regulatory impact",
                "Prepare variations for the EMA and national agencies", "Answer agency questions on quality",
                "Work with QC, QA and manufacturing on data for submissions", "Keep the registration database "
                "current"],
        required=["Degree in chemistry, pharmacy or life sciences", "{years}+ years in pharma (QC, QA, "
                  "manufacturing or regulatory)", "Knowledge of EU variations regulation and ICH guidelines",
                  "English, and French or Dutch"],
        nice=["Biologics or vaccines", "eCTD tools", "Analytical method validation", "RAPS certification"]),
    "regulatory-publishing": dict(
        titles={"mid": "Regulatory Publishing Specialist (eCTD)"},
        summary=["Build and publish our eCTD submissions to health authorities."],
        duties=["Compile and publish eCTD sequences", "Check documents against specs", "Archive submissions"],
        required=["Pharma regulatory experience", "eCTD publishing tools"],
        nice=["Veeva Vault RIM"]),
    "qc-analyst-hplc": dict(
        titles={"mid": "QC Analyst (HPLC)"},
        summary=["Test our products' release and stability samples in the QC laboratory."],
        duties=["Run HPLC and GC assays", "Review data under GMP", "Investigate out-of-specification results"],
        required=["Degree in chemistry", "GMP laboratory experience"],
        nice=["Empower"]),
    "qa-batch-release": dict(
        titles={"mid": "QA Specialist (GMP Batch Release)"},
        summary=["Review batch records and support the release of our products."],
        duties=["Review batch records", "Handle deviations and CAPAs", "Support inspections"],
        required=["{years}+ years in GMP quality assurance"],
        nice=["Biologics"]),
    "bank-regulatory-reporting": dict(
        titles={"mid": "Regulatory Reporting Analyst (Banking)"},
        summary=["Prepare the prudential reports our bank files with the supervisor."],
        duties=["Prepare COREP and FINREP returns", "Reconcile to the ledger", "Answer supervisor queries"],
        required=["Banking or accounting background", "{years}+ years in regulatory reporting"],
        nice=["AxiomSL"]),
    # ------------------------------------------------------- technical sales (Linz)
    "technical-sales-engineer": dict(
        titles={"entry": "Junior Sales Engineer", "mid": "Sales Engineer (Packaging Machinery)",
                "senior": "Senior Key Account Manager, Technical Sales", "lead": "Head of Sales, DACH"},
        summary=["Sell our packaging lines to food and pharma manufacturers across Austria and Southern Germany.",
                 "Our machine builder is looking for a sales engineer who understands machines and customers' "
                 "production lines."],
        duties=["Visit customers' plants and understand their lines", "Work out technical solutions with our "
                "engineers", "Write quotes and negotiate contracts", "Present at trade fairs", "Grow existing "
                "accounts and win new ones", "Keep the CRM current"],
        required=["Technical training (HTL, FH or apprenticeship) in mechanical or electrical engineering",
                  "{years}+ years in technical sales, service or project engineering", "German and good English",
                  "Driving licence B"],
        nice=["Experience with packaging or food machinery", "Salesforce", "Customer service background",
              "Italian"]),
    "application-engineer": dict(
        titles={"mid": "Application Engineer"},
        summary=["Test customers' products on our machines and support sales with trials."],
        duties=["Run customer trials", "Write trial reports", "Support sales with technical answers"],
        required=["Mechanical or process engineering training"],
        nice=["Packaging experience"]),
    "field-service-engineer": dict(
        titles={"mid": "Field Service Engineer"},
        summary=["Install, commission and repair our machines at customers' sites."],
        duties=["Commission new machines", "Troubleshoot breakdowns", "Train operators"],
        required=["Mechatronics training", "Willing to travel 60%"],
        nice=["Siemens S7"]),
    "inside-sales-industrial": dict(
        titles={"entry": "Inside Sales Representative (Industrial Parts)"},
        summary=["Quote and sell spare parts to our industrial customers by phone and email."],
        duties=["Quote spare parts", "Process orders", "Follow up on quotes"],
        required=["Commercial training", "German"],
        nice=["SAP SD"]),
    "saas-solutions-engineer": dict(
        titles={"mid": "Solutions Engineer (SaaS)"},
        summary=["Run demos and proofs of concept of our software platform for enterprise prospects."],
        duties=["Run product demos", "Build proofs of concept", "Answer security questionnaires"],
        required=["{years}+ years in presales for SaaS", "APIs and cloud"],
        nice=["Salesforce"]),
    # ------------------------------------------------------- information security (Dubai)
    "ciso": dict(
        titles={"mid": "Information Security Analyst", "senior": "Information Security Manager",
                "lead": "Chief Information Security Officer"},
        summary=["Lead information security across our group and report to the board on cyber risk.",
                 "We are looking for a CISO to own our security strategy, team and regulatory compliance in the "
                 "UAE."],
        duties=["Set the security strategy and roadmap", "Lead the security team and the SOC provider",
                "Report cyber risk to the board and its risk committee", "Keep compliance with UAE IA, NESA and "
                "central bank rules", "Run incident response and crisis exercises", "Own the security budget"],
        required=["{years}+ years in information security leadership", "CISSP, CISM or equivalent",
                  "Experience with regulators in the GCC"],
        nice=["Banking or critical infrastructure", "ISO 27001 lead implementer", "Arabic",
              "Cloud security (Azure, AWS)"]),
    "head-of-technology-risk": dict(
        titles={"lead": "Group Head of Technology Risk"},
        summary=["Lead the second line of defence for technology and cyber risk."],
        duties=["Set the technology risk framework", "Challenge the first line", "Report to the CRO"],
        required=["{years}+ years in technology or cyber risk"],
        nice=["Banking regulation"]),
    "cio": dict(
        titles={"lead": "Chief Information Officer"},
        summary=["Lead IT across our group: infrastructure, applications and digital."],
        duties=["Set the IT strategy", "Run the IT budget", "Lead IT teams and vendors"],
        required=["{years}+ years in IT leadership"],
        nice=["ERP programmes"]),
    "security-architect": dict(
        titles={"senior": "Security Architect"},
        summary=["Design the security of our cloud and network platforms."],
        duties=["Design security controls", "Review solution designs", "Set security standards"],
        required=["{years}+ years in security engineering"],
        nice=["CCSP"]),
    "physical-security-director": dict(
        titles={"lead": "Director of Security (Hotels and Resorts)"},
        summary=["Lead guarding, safety and crisis planning across our resorts."],
        duties=["Lead security teams", "Plan VIP visits", "Run emergency drills"],
        required=["{years}+ years in hotel or military security"],
        nice=["SIRA licence"]),
    "soc-analyst": dict(
        titles={"entry": "SOC Analyst (Tier 1)"},
        summary=["Monitor alerts in our 24/7 security operations centre."],
        duties=["Triage SIEM alerts", "Escalate incidents", "Write shift reports"],
        required=["Networking basics", "Shift work"],
        nice=["Security+"]),
}
_clash = set(_NEW) & set(ARCHETYPES)
assert not _clash, f"fresh7 would overwrite earlier archetypes: {sorted(_clash)}"
ARCHETYPES.update(_NEW)

PLACES.update({
    "Cape Town": ("Cape Town", "Western Cape", "ZA", "ZAR"), "Johannesburg": ("Johannesburg", "Gauteng", "ZA", "ZAR"),
    "Wrocław": ("Wrocław", "Lower Silesia", "PL", "PLN"), "Gdańsk": ("Gdańsk", "Pomerania", "PL", "PLN"),
    "Zürich": ("Zürich", "Zürich", "CH", "CHF"), "Basel": ("Basel", "Basel-Stadt", "CH", "CHF"),
    "Dundee": ("Dundee", "Scotland", "GB", "GBP"), "Kirkcaldy": ("Kirkcaldy", "Scotland", "GB", "GBP"),
    "Swansea": ("Swansea", "Wales", "GB", "GBP"),
    "Providence": ("Providence", "RI", "US", "USD"),
    "Montréal": ("Montréal", "QC", "CA", "CAD"),
    "Brussels": ("Brussels", "Brussels-Capital", "BE", "EUR"), "Liège": ("Liège", "Wallonia", "BE", "EUR"),
    "Linz": ("Linz", "Upper Austria", "AT", "EUR"),
    "Dubai": ("Dubai", "Dubai", "AE", "AED"), "Riyadh": ("Riyadh", "Riyadh", "SA", "SAR"),
})
REMOTE.update({
    "remote-pl": ("Remote - Poland", ["PL"], "PLN"), "remote-ch": ("Remote - Switzerland", ["CH"], "CHF"),
    "remote-at": ("Remote - Austria", ["AT"], "EUR"),
})

# What suits each person (grading.py's rules read these). A changer's family
# is their aim: the job they are leaving is 1.
FAMILY.update({
    "sommelier": {"sommelier": 3, "wine-buyer": 2, "bar-manager": 1, "assistant-winemaker": 1},
    "demand-planner": {"demand-planner": 3, "supply-planner": 2, "shopfloor-production-planner": 1},
    "bim-coordinator": {"bim-coordinator-ch": 3, "vdc-engineer": 2, "revit-drafter": 1, "project-architect-ch": 1},
    "radiographer-returner": {"diagnostic-radiographer": 3, "ct-radiographer": 2, "sonographer": 1,
                              "radiology-assistant": 1},
    "graduate-housing-officer": {"housing-officer": 3, "homelessness-officer": 2, "housing-benefit-assessor": 1,
                                 "lettings-negotiator": 1},
    "teller-to-loan-officer": {"mortgage-loan-officer": 3, "loan-processor": 2, "personal-banker": 1,
                               "bank-teller": 1},
    "animation-graduate": {"3d-animator": 3, "rigging-artist": 2, "junior-motion-designer": 2,
                           "animation-instructor": 1},
    "qc-chemist-to-regulatory": {"regulatory-affairs-cmc": 3, "regulatory-publishing": 2, "qa-batch-release": 1,
                                 "qc-analyst-hplc": 1},
    "service-engineer-to-sales": {"technical-sales-engineer": 3, "application-engineer": 2,
                                  "field-service-engineer": 1, "inside-sales-industrial": 1},
    "ciso": {"ciso": 3, "head-of-technology-risk": 2, "cio": 1, "security-architect": 1},
})
NEAR_MISS_KINDS.update({
    ("sommelier", "brewery-cellar-operator"): "right-word-wrong-field",
    ("demand-planner", "event-planner"): "right-word-wrong-field",
    ("demand-planner", "personal-financial-planner"): "right-word-wrong-field",
    ("bim-coordinator", "revit-drafter"): "right-field-wrong-level",
    ("bim-coordinator", "digital-twin-engineer"): "right-word-wrong-field",
    ("bim-coordinator", "facility-coordinator"): "right-word-wrong-field",
    ("radiographer-returner", "radiology-assistant"): "right-field-wrong-level",
    ("radiographer-returner", "therapeutic-radiographer"): "right-word-wrong-field",
    ("radiographer-returner", "industrial-radiographer"): "right-word-wrong-field",
    ("graduate-housing-officer", "housing-economist"): "right-word-wrong-field",
    ("teller-to-loan-officer", "bank-teller"): "history-not-target",
    ("teller-to-loan-officer", "interlibrary-loan-assistant"): "right-word-wrong-field",
    ("animation-graduate", "animatronics-technician"): "right-word-wrong-field",
    ("qc-chemist-to-regulatory", "qc-analyst-hplc"): "history-not-target",
    ("qc-chemist-to-regulatory", "bank-regulatory-reporting"): "right-word-wrong-field",
    ("service-engineer-to-sales", "field-service-engineer"): "history-not-target",
    ("service-engineer-to-sales", "saas-solutions-engineer"): "right-word-wrong-field",
    ("ciso", "physical-security-director"): "right-word-wrong-field",
    ("ciso", "soc-analyst"): "right-field-wrong-level",
})


# Each person's prefs also hold the saved search they would add, as people
# state it (`search` in NAME.preferences.json, keyed by `discover search
# add`'s options). The grades do not read it. The résumés differ on purpose
# in how complete and how well written they are.
PROFILES = {
    "sommelier": dict(
        set="fresh7", city="Cape Town", level="senior",
        prefs=dict(target_salary_min=420000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Head Sommelier", "Sommelier", "Wine Director"],
                               location=["Cape Town", "Stellenbosch"], level=["senior", "head"],
                               **{"salary-min": 420000})),
        resume=_with(resume(
            "Thandiwe Mokoena", "Head Sommelier", "thandiwe.mokoena@example.com",
            "Head sommelier with eleven years on the floor in Cape Town fine dining. I built and run a 600-bin "
            "list weighted to South African estates, buy for the cellar and train the floor team; our wine "
            "sales rose 38% in two years. I want to stay on the floor leading wine service at a serious "
            "restaurant in Cape Town or the Winelands.",
            "Cape Town", "Western Cape", "ZA",
            [work("The Silo Kitchen", "Head Sommelier", "2021-03", None, "Fine dining, 90 covers, 600-bin list.",
                  ["Built the list from 220 to 600 bins; wine sales +38% in two years",
                   "Run the cellar: buying, allocations, stock takes", "Train 14 waiters on wine and pairing",
                   "Host quarterly winemaker dinners"], ["Wine List", "Cellar Management", "Pairing", "Training"]),
             work("Constantia Glen Restaurant", "Sommelier", "2017-06", "2021-02", "",
                  ["Ran wine service five nights a week", "Wrote the pairing notes for the tasting menu"], []),
             work("Waterfront Hotel Cape Town", "Commis Sommelier", "2015-01", "2017-05", "", [], [])],
            [dict(name="Wine", level="Expert", keywords=["South African wine", "Burgundy", "Champagne",
                                                         "Food pairing", "Cellar management"]),
             dict(name="Systems", level="Intermediate", keywords=["Coravin", "Bevchek", "Excel"])],
            languages=[dict(language="English", fluency="Native"), dict(language="isiZulu", fluency="Native"),
                       dict(language="French", fluency="Conversational")],
            certificates=[dict(name="Cape Wine Academy Diploma"), dict(name="WSET Level 3 Award in Wines"),
                          dict(name="Court of Master Sommeliers, Certified Sommelier")]),
            education=[dict(institution="Capsicum Culinary Studio", area="Hospitality", studyType="Certificate",
                            endDate="2014-11")])),
    "demand-planner": dict(
        set="fresh7", city="Wrocław", level="mid",
        prefs=dict(target_salary_min=120000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Demand Planner", "Supply Planner", "S&OP Analyst"],
                               location=["Wrocław", "Remote (Poland)"], level=["mid", "senior"])),
        resume=resume(
            "Katarzyna Nowak", "Demand Planner", "k.nowak@example.com",
            "Demand planner, 4 yrs FMCG. SAP IBP, S&OP, forecast accuracy. Wrocław or remote.",
            "Wrocław", "Lower Silesia", "PL",
            [work("Dolny Śląsk Foods sp. z o.o.", "Demand Planner", "2022-05", None, "",
                  ["Forecast for 300 SKUs, CEE markets", "Forecast accuracy 68% -> 77%", "Ran monthly demand review"],
                  ["SAP IBP", "Excel", "Power BI"]),
             work("Dolny Śląsk Foods sp. z o.o.", "Junior Supply Chain Analyst", "2021-01", "2022-04", "", [], [])],
            [dict(name="Planning", level="Advanced", keywords=["Demand Planning", "S&OP", "SAP IBP",
                                                               "Forecasting"]),
             dict(name="Tools", level="Advanced", keywords=["Excel", "Power BI", "Python (basic)"])],
            languages=[dict(language="Polish", fluency="Native"), dict(language="English", fluency="C1")])),
    "bim-coordinator": dict(
        set="fresh7", city="Zürich", level="mid",
        prefs=dict(target_salary_min=95000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["BIM Coordinator", "BIM-Koordinator", "BIM Manager"],
                               location=["Zürich", "Winterthur"], **{"work-type": ["hybrid", "onsite"]})),
        resume=_with(resume(
            "Luca Bernasconi", "BIM-Koordinator", "luca.bernasconi@example.com", "",
            "Zürich", "Zürich", "CH",
            [work("Glattal Generalbau AG", "BIM-Koordinator", "2021-08", None, "",
                  ["Model coordination for a 220-flat housing scheme and a school", "Weekly clash detection in "
                   "Solibri and Navisworks", "Wrote the project BEP"], ["Revit", "Solibri", "Navisworks", "IFC"]),
             work("Architekturbüro Keller", "Zeichner EFZ Architektur", "2016-08", "2021-07", "",
                  ["Revit models and construction drawings"], ["Revit", "ArchiCAD"])],
            [dict(name="BIM", level="Advanced", keywords=["Revit", "Solibri", "Navisworks", "IFC", "BCF",
                                                          "Dynamo"])],
            languages=[dict(language="German", fluency="Native"), dict(language="Italian", fluency="Native"),
                       dict(language="English", fluency="B2")]),
            education=[dict(institution="ZHAW", area="Construction Management", studyType="CAS BIM",
                            endDate="2022-01")])),
    "radiographer-returner": dict(
        set="fresh7", city="Dundee", level="mid",
        prefs=dict(target_salary_min=33000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Diagnostic Radiographer", "Radiographer"],
                               location=["Dundee", "Broughty Ferry"], **{"salary-min": 33000})),
        resume=_with(resume(
            "Fiona MacLeod", "Diagnostic Radiographer", "fiona.macleod@example.com",
            "HCPC-registered diagnostic radiographer returning to practice after six years at home raising my "
            "three children. Before my break I worked five years in general radiography, theatres and A&E, and "
            "had started CT training. This year I completed a return-to-practice programme with 300 supervised "
            "hours and am back on the HCPC register. Looking for a Band 5 or Band 6 post in Dundee.",
            "Dundee", "Scotland", "GB",
            [work("Tayside Imaging (return-to-practice placement)", "Diagnostic Radiographer (supervised practice)",
                  "2026-03", "2026-09", "", ["300 supervised hours in general radiography and A&E"], []),
             work("Career break", "Full-time parent", "2020-03", "2026-02", "", [], []),
             work("Royal Infirmary of Perth and Angus", "Diagnostic Radiographer (Band 6)", "2017-01", "2020-02", "",
                  ["General, theatre and mobile radiography", "Started CT training"], ["X-ray", "Theatres", "CT"]),
             work("Royal Infirmary of Perth and Angus", "Diagnostic Radiographer (Band 5)", "2015-07", "2016-12",
                  "", [], [])],
            [dict(name="Radiography", level="Advanced", keywords=["General radiography", "Theatre imaging",
                                                                  "A&E", "IR(ME)R", "PACS"])],
            certificates=[dict(name="HCPC registration (restored 2026)"),
                          dict(name="Return to Practice, Diagnostic Radiography, 2026")]),
            education=[dict(institution="Robert Gordon University", area="Diagnostic Radiography",
                            studyType="BSc (Hons)", endDate="2015-06")])),
    "graduate-housing-officer": dict(
        set="fresh7", city="Cardiff", level="entry",
        prefs=dict(target_salary_min=26000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Housing Officer", "Tenancy Officer", "Trainee Housing Officer"],
                               location=["Cardiff", "Newport"], level=["entry-level", "graduate"],
                               **{"work-type": ["hybrid", "onsite"]})),
        resume=_with(resume(
            "Rhys Pritchard", "Social Policy Graduate", "rhys.pritchard@example.com",
            "I graduated in Social Policy from Cardiff University this summer and want my first job as a housing "
            "or tenancy officer with a housing association or council in Cardiff. I volunteered for two years at "
            "a homelessness charity's drop-in and I speak Welsh.",
            "Cardiff", "Wales", "GB",
            [work("Cardiff Street Support (charity)", "Volunteer, drop-in centre", "2024-09", "2026-06", "",
                  ["Helped people fill in housing and benefit forms", "Signposted to support services"], []),
             work("Cardiff University", "Student Ambassador (part-time)", "2023-10", "2026-06", "", [], [])],
            [dict(name="Skills", level="", keywords=["Case notes", "Benefits forms", "Microsoft Office",
                                                     "Welsh (fluent)"])],
            languages=[dict(language="Welsh", fluency="Fluent"), dict(language="English", fluency="Native")]),
            education=[dict(institution="Cardiff University", area="Social Policy", studyType="BSc",
                            endDate="2026-06")])),
    "teller-to-loan-officer": dict(
        set="fresh7", city="Providence", level="entry",
        prefs=dict(target_salary_min=50000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Mortgage Loan Officer", "Loan Originator", "Junior Loan Officer"],
                               location=["Providence, RI", "Cranston, RI", "Remote (US)"], level=["junior", "entry"],
                               **{"salary-min": 50000})),
        resume=_older(resume(
            "Ana Medeiros", "Bank Teller II", "ana.medeiros@example.com",
            "4 years as a teller, top branch for referrals to the mortgage team. Passed the SAFE MLO test in "
            "October, NMLS license pending sponsorship. I want to move into mortgage lending as a loan officer "
            "(junior is fine) in Providence or remote. English, Portuguese, Spanish.",
            "Providence", "RI", "US",
            [work("Federal Hill Savings Bank", "Bank Teller II", "2022-08", None, "",
                  ["Top referrer to mortgage and lending in the branch two years running",
                   "Balanced drawer, no variances 2024-2026", "Train new tellers"], ["Cash handling", "Referrals"]),
             work("Federal Hill Savings Bank", "Bank Teller", "2022-01", "2022-07", "", [], []),
             work("Dunkin' (franchise)", "Shift Lead", "2019-06", "2021-12", "", [], [])],
            [dict(name="Banking", level="Intermediate", keywords=["Customer service", "Cash handling",
                                                                  "Mortgage basics", "SAFE MLO test passed"])],
            languages=[dict(language="English", fluency="Native"), dict(language="Portuguese", fluency="Native"),
                       dict(language="Spanish", fluency="Conversational")]),
            "https://anamedeiros.example.com/")),
    "animation-graduate": dict(
        set="fresh7", city="Montréal", level="entry",
        prefs=dict(target_salary_min=45000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["3D Animator", "Junior Animator", "Character Animator"],
                               location=["Montréal, QC", "Remote (Canada)"], level=["junior"],
                               **{"work-type": ["hybrid", "onsite", "remote"]})),
        resume=_with(resume(
            "Camille Tremblay", "3D Character Animator (graduate)", "camille.tremblay@example.com",
            "Recent 3D animation graduate (Maya, body mechanics and acting). My graduation short was selected "
            "for a student festival. Looking for a junior animator job at a studio in Montréal, or remote in "
            "Canada. Reel: camilletremblay.example.com/reel. Bilingual French/English.",
            "Montréal", "QC", "CA",
            [work("Studio Petit Nuage", "Animation Intern", "2026-01", "2026-04", "",
                  ["Blocked and polished 14 shots on a preschool series", "Fixed rig issues with the rigging lead"],
                  ["Maya", "ShotGrid"]),
             work("Café Olimpico (fictional)", "Barista", "2022-09", "2025-12", "", [], [])],
            [dict(name="Animation", level="Intermediate", keywords=["Maya", "Body mechanics", "Acting",
                                                                    "Blender", "Unreal Engine (basic)"])],
            languages=[dict(language="French", fluency="Native"), dict(language="English", fluency="Fluent")]),
            education=[dict(institution="École des arts numériques de Montréal", area="3D Animation",
                            studyType="AEC", endDate="2026-05")])),
    "qc-chemist-to-regulatory": dict(
        set="fresh7", city="Brussels", level="mid",
        prefs=dict(target_salary_min=55000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Regulatory Affairs Specialist", "Regulatory Affairs CMC",
                                      "Regulatory Associate"],
                               location=["Brussels", "Leuven", "Wavre", "Remote, EU"], keyword=["CMC"],
                               level=["mid", "senior"])),
        resume=_with(resume(
            "Sofie Claes", "QC Analytical Chemist", "sofie.claes@example.com",
            "Analytical chemist with six years in QC at a vaccine plant: HPLC, method validation and "
            "stability. For two years I have written the analytical parts of Module 3 for our variations and "
            "answered agency questions with the regulatory team, and that is the work I want to do full time: a "
            "regulatory affairs (CMC) role in Brussels or nearby, not another lab job.",
            "Brussels", "Brussels-Capital", "BE",
            [work("Brabant Vaccines NV", "QC Analytical Chemist", "2020-02", None, "",
                  ["Validated and transferred 12 HPLC methods", "Wrote analytical sections (3.2.S.4, 3.2.P.5) for "
                   "9 variations", "Answered EMA quality questions with regulatory affairs"],
                  ["HPLC", "Method validation", "Module 3", "GMP"]),
             work("Brabant Vaccines NV", "QC Technician", "2018-09", "2020-01", "", [], [])],
            [dict(name="Chemistry", level="Expert", keywords=["HPLC", "Method validation", "Stability studies",
                                                              "GMP"]),
             dict(name="Regulatory", level="Intermediate", keywords=["CTD Module 3", "Variations", "ICH Q2"])],
            languages=[dict(language="Dutch", fluency="Native"), dict(language="French", fluency="Fluent"),
                       dict(language="English", fluency="Fluent")]),
            education=[dict(institution="KU Leuven", area="Chemistry", studyType="MSc", endDate="2018-06")])),
    "service-engineer-to-sales": dict(
        set="fresh7", city="Linz", level="mid",
        prefs=dict(target_salary_min=55000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Sales Engineer", "Technischer Vertrieb", "Technical Sales"],
                               location=["Linz", "Wels", "Remote (Austria)"])),
        resume=_with(resume(
            "Stefan Huber", "Servicetechniker / Field Service Engineer", "stefan.huber@example.com",
            "field service on packaging machines 8 yrs, austria + germany. customers always ask me what machine "
            "they should buy next so i want to go into technical sales / sales engineer, near linz. done with "
            "travelling 4 days a week",
            "Linz", "Upper Austria", "AT",
            [work("Donau Verpackungstechnik GmbH", "Servicetechniker", "2018-03", None, "",
                  ["commissioning of thermoforming lines", "customer training", "sold 30+ retrofit kits to "
                   "customers"], ["Siemens S7", "Pneumatics", "Packaging"]),
             work("Voest Instandhaltung", "Mechatroniker (Lehre)", "2014-09", "2018-02", "", [], [])],
            [dict(name="Technik", level="Expert", keywords=["Mechatronics", "Siemens S7", "Packaging machines"])],
            languages=[dict(language="German", fluency="Native"), dict(language="English", fluency="Good")]),
            education=[dict(institution="HTL Linz", area="Mechatronics", studyType="Lehre mit Matura",
                            endDate="2018-06")])),
    "ciso": dict(
        set="fresh7", city="Dubai", level="lead",
        prefs=dict(target_salary_min=1000000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Chief Information Security Officer", "CISO", "Head of Information Security"],
                               location=["Dubai", "Abu Dhabi"], level=["executive", "head"])),
        resume=_with(resume(
            "Rajesh Menon", "Chief Information Security Officer", "rajesh.menon@example.com",
            "CISO of a UAE retail bank for five years, reporting to the CEO and the board risk committee. I "
            "built the security function from 6 to 45 people, moved the SOC to a 24/7 managed model, led the "
            "bank through two central bank inspections and a ransomware attempt with no data loss. Looking for "
            "my next CISO role in the UAE, in banking, healthcare or critical infrastructure.",
            "Dubai", "Dubai", "AE",
            [work("Al Noor National Bank", "Chief Information Security Officer", "2021-06", None, "",
                  ["Built the security team from 6 to 45", "Led two central bank cyber inspections with no major "
                   "findings", "Security budget AED 60m a year"], ["Cyber strategy", "Board reporting", "SOC",
                                                                   "Incident response"]),
             work("Gulf Telecom Group", "Head of Information Security", "2015-02", "2021-05", "",
                  ["ISO 27001 certification of the group", "NESA compliance programme"], []),
             work("Deloitte Middle East (fictional unit)", "Cyber Risk Manager", "2010-09", "2015-01", "", [], [])],
            [dict(name="Security leadership", level="Expert", keywords=["Security strategy", "Risk management",
                                                                        "ISO 27001", "NESA / UAE IA", "SOC",
                                                                        "Incident response"])],
            certificates=[dict(name="CISSP"), dict(name="CISM")]),
            education=[dict(institution="Anna University", area="Computer Science", studyType="BE",
                            endDate="2005-05"),
                       dict(institution="London Business School", area="Executive Education",
                            studyType="Certificate", endDate="2019-06")])),
}
# A BIM coordinator's CV is often a list of jobs and tools, with no summary at all.
del PROFILES["bim-coordinator"]["resume"]["basics"]["summary"]

# (kind, level, company, place, workplace, salary_min, salary_max) in thousands, None = not stated; the ids
# (f7-001, ...) follow this order. Each person's block holds fits, neighbours and near misses. No posting
# is placed in a second city a search names (Stellenbosch, Winterthur, Broughty Ferry, Newport, Cranston,
# Leuven, Wavre, Wels, Abu Dhabi): the rules grade every city but the person's as another city.
_ROWS = [
    # sommelier (Cape Town, senior, on-site, >= R420k)
    ("sommelier", "senior", "The Oyster Terrace", "Cape Town", "onsite", 450, 520),
    ("sommelier", "senior", "Bo-Kaap Dining Room", "Cape Town", "onsite", None, None),
    ("sommelier", "lead", "Atlantic Seaboard Restaurant Group", "Cape Town", "onsite", 600, 700),
    ("sommelier", "senior", "Sandton Grill House", "Johannesburg", "onsite", 480, 550),
    ("sommelier", "senior", "Camps Bay Beach Club", "Cape Town", "onsite", 300, 360),
    ("sommelier", "mid", "The Oyster Terrace", "Cape Town", "onsite", None, None),
    ("sommelier", "entry", "Waterfront Grand Hotel", "Cape Town", "onsite", 180, 220),
    ("wine-buyer", "senior", "Cape Vintners Merchants", "Cape Town", "hybrid", 480, 560),
    ("bar-manager", "senior", "Long Street Cocktail Bar", "Cape Town", "onsite", 380, 450),
    ("assistant-winemaker", "mid", "Constantia Ridge Estate", "Cape Town", "onsite", 350, 420),
    ("brewery-cellar-operator", "mid", "Woodstock Brewing Co", "Cape Town", "onsite", 220, 260),
    # demand-planner (Wrocław, mid, hybrid, >= PLN 120k)
    ("demand-planner", "mid", "Odra Consumer Goods", "Wrocław", "hybrid", 130, 160),
    ("demand-planner", "senior", "Silesia Home Appliances", "Wrocław", "hybrid", None, None),
    ("demand-planner", "mid", "Vistula Retail Group", "remote-pl", "remote", 125, 150),
    ("demand-planner", "mid", "Baltic Beverages", "Gdańsk", "hybrid", 130, 155),
    ("demand-planner", "mid", "Budget Drogeria", "Wrocław", "hybrid", 85, 100),
    ("demand-planner", "mid", "Rhein Supply Europe", "remote-de", "remote", None, None),
    ("demand-planner", "lead", "Odra Consumer Goods", "Wrocław", "hybrid", 220, 260),
    ("demand-planner", "entry", "Silesia Home Appliances", "Wrocław", "hybrid", None, None),
    ("supply-planner", "mid", "Silesia Home Appliances", "Wrocław", "hybrid", 125, 145),
    ("shopfloor-production-planner", "mid", "Wrocław Auto Components", "Wrocław", "onsite", 110, 130),
    ("event-planner", "mid", "Centennial Hall Events", "Wrocław", "hybrid", 90, 110),
    ("personal-financial-planner", "mid", "Rynek Wealth Advisers", "Wrocław", "hybrid", 120, 160),
    # bim-coordinator (Zürich, mid, hybrid, >= CHF 95k)
    ("bim-coordinator-ch", "mid", "Limmat Generalunternehmung AG", "Zürich", "hybrid", 100, 120),
    ("bim-coordinator-ch", "mid", "Oerlikon Bau Partner AG", "Zürich", "onsite", None, None),
    ("bim-coordinator-ch", "senior", "Hochbau Zürichsee AG", "Zürich", "hybrid", 115, 135),
    ("bim-coordinator-ch", "mid", "Rheinknie Planer AG", "Basel", "hybrid", 100, 118),
    ("bim-coordinator-ch", "mid", "Kleinbau Studio GmbH", "Zürich", "hybrid", 75, 88),
    ("bim-coordinator-ch", "lead", "Limmat Generalunternehmung AG", "Zürich", "hybrid", 140, 165),
    ("bim-coordinator-ch", "mid", "Euro BIM Services GmbH", "remote-de", "remote", None, None),
    ("bim-coordinator-ch", "mid", "Alpine BIM Collective", "remote-ch", "remote", 98, 115),
    ("vdc-engineer", "mid", "Zürichsee Construction Tech AG", "Zürich", "hybrid", 105, 125),
    ("revit-drafter", "entry", "Seefeld Architekten AG", "Zürich", "hybrid", 70, 80),
    ("project-architect-ch", "senior", "Seefeld Architekten AG", "Zürich", "hybrid", 110, 130),
    ("digital-twin-engineer", "mid", "Glatt IoT Systems AG", "Zürich", "hybrid", 110, 130),
    ("facility-coordinator", "mid", "Prime Tower Facility Services", "Zürich", "onsite", 80, 95),
    # radiographer-returner (Dundee, mid, on-site, >= £33k)
    ("diagnostic-radiographer", "mid", "Tay Valley Health Board", "Dundee", "onsite", 37, 45),
    ("diagnostic-radiographer", "mid", "Dundee Community Imaging", "Dundee", "onsite", None, None),
    ("diagnostic-radiographer", "entry", "Tay Valley Health Board", "Dundee", "onsite", 31, 37),
    ("diagnostic-radiographer", "senior", "Tay Valley Health Board", "Dundee", "onsite", 45, 53),
    ("diagnostic-radiographer", "mid", "Fife Coast Health Board", "Kirkcaldy", "onsite", 37, 45),
    ("diagnostic-radiographer", "mid", "Discovery Private Imaging", "Dundee", "onsite", 26, 30),
    ("diagnostic-radiographer", "lead", "Tay Valley Health Board", "Dundee", "onsite", 55, 65),
    ("ct-radiographer", "mid", "Tay Valley Health Board", "Dundee", "onsite", 38, 46),
    ("sonographer", "mid", "Discovery Private Imaging", "Dundee", "onsite", 45, 53),
    ("therapeutic-radiographer", "mid", "Tayside Cancer Centre", "Dundee", "onsite", 37, 45),
    ("radiology-assistant", "entry", "Tay Valley Health Board", "Dundee", "onsite", 23, 26),
    ("industrial-radiographer", "mid", "North Sea Inspection Services", "Dundee", "onsite", 35, 42),
    # graduate-housing-officer (Cardiff, entry, hybrid, >= £26k)
    ("housing-officer", "entry", "Taf Homes Housing Association", "Cardiff", "hybrid", 26, 28),
    ("housing-officer", "entry", "Cardiff Bay Housing Trust", "Cardiff", "onsite", None, None),
    ("housing-officer", "mid", "Glamorgan Vale Council", "Cardiff", "hybrid", 30, 34),
    ("housing-officer", "entry", "Gower Community Housing", "Swansea", "hybrid", 26, 28),
    ("housing-officer", "entry", "Ely Tenants Co-operative", "Cardiff", "hybrid", 21, 23),
    ("housing-officer", "senior", "Taf Homes Housing Association", "Cardiff", "hybrid", 36, 40),
    ("homelessness-officer", "entry", "Glamorgan Vale Council", "Cardiff", "hybrid", 27, 30),
    ("lettings-negotiator", "entry", "Roath Estate Agents", "Cardiff", "onsite", 22, 26),
    ("housing-benefit-assessor", "entry", "Glamorgan Vale Council", "Cardiff", "hybrid", 25, 27),
    ("housing-economist", "mid", "Severn Bank plc", "Cardiff", "hybrid", 45, 55),
    # teller-to-loan-officer (Providence, entry: the job she is after, hybrid, >= $50k)
    ("mortgage-loan-officer", "entry", "Narragansett Home Lending", "Providence", "hybrid", 50, 65),
    ("mortgage-loan-officer", "mid", "Ocean State Mortgage", "Providence", "hybrid", None, None),
    ("mortgage-loan-officer", "entry", "Liberty Direct Mortgage", "remote-us", "remote", 48, 60),
    ("mortgage-loan-officer", "entry", "Back Bay Lending", "Boston", "hybrid", 52, 62),
    ("mortgage-loan-officer", "entry", "Quick Close Mortgage", "Providence", "onsite", 34, 40),
    ("mortgage-loan-officer", "senior", "Narragansett Home Lending", "Providence", "hybrid", 90, 120),
    ("mortgage-loan-officer", "mid", "Maple Leaf Mortgages", "remote-ca", "remote", None, None),
    ("loan-processor", "entry", "Ocean State Mortgage", "Providence", "hybrid", 48, 55),
    ("bank-teller", "entry", "Federal Hill Savings Bank", "Providence", "onsite", 36, 42),
    ("personal-banker", "entry", "Federal Hill Savings Bank", "Providence", "onsite", 45, 55),
    ("interlibrary-loan-assistant", "entry", "Blackstone Valley Library Network", "Providence", "onsite", 38, 42),
    # animation-graduate (Montréal, entry, hybrid, >= CA$45k)
    ("3d-animator", "entry", "Studio Plateau Animation", "Montréal", "hybrid", 45, 52),
    ("3d-animator", "entry", "Mile End Pictures", "Montréal", "onsite", None, None),
    ("3d-animator", "mid", "Griffintown Games", "Montréal", "hybrid", 55, 65),
    ("3d-animator", "entry", "Maple Pixel Remote", "remote-ca", "remote", 46, 52),
    ("3d-animator", "entry", "Gastown Feature Animation", "Vancouver", "onsite", 48, 55),
    ("3d-animator", "entry", "Petit Budget Cartoons", "Montréal", "hybrid", 32, 38),
    ("3d-animator", "senior", "Studio Plateau Animation", "Montréal", "hybrid", 80, 95),
    ("3d-animator", "entry", "Burbank Toon Works", "remote-us", "remote", None, None),
    ("junior-motion-designer", "entry", "Old Port Motion", "Montréal", "hybrid", 45, 50),
    ("rigging-artist", "mid", "Griffintown Games", "Montréal", "hybrid", 58, 68),
    ("animation-instructor", "mid", "Collège Rosemont des Arts", "Montréal", "onsite", 55, 65),
    ("animatronics-technician", "mid", "Parc Lumière Attractions", "Montréal", "onsite", 50, 60),
    # qc-chemist-to-regulatory (Brussels, mid: the job she is after, hybrid, >= €55k)
    ("regulatory-affairs-cmc", "mid", "Brabant Biologics", "Brussels", "hybrid", 58, 70),
    ("regulatory-affairs-cmc", "mid", "Sonian Pharma", "Brussels", "hybrid", None, None),
    ("regulatory-affairs-cmc", "senior", "Brabant Biologics", "Brussels", "hybrid", 75, 90),
    ("regulatory-affairs-cmc", "entry", "Sonian Pharma", "Brussels", "hybrid", 50, 60),
    ("regulatory-affairs-cmc", "mid", "Meuse Generics", "Liège", "hybrid", 58, 68),
    ("regulatory-affairs-cmc", "mid", "EuroReg Pharma Services", "remote-europe", "remote", 60, 72),
    ("regulatory-affairs-cmc", "mid", "Thames Regulatory Ltd", "remote-uk", "remote", None, None),
    ("regulatory-affairs-cmc", "mid", "Marolles Small CRO", "Brussels", "hybrid", 40, 48),
    ("regulatory-publishing", "mid", "Sonian Pharma", "Brussels", "hybrid", 55, 62),
    ("qc-analyst-hplc", "mid", "Brabant Biologics", "Brussels", "onsite", 52, 60),
    ("qa-batch-release", "mid", "Sonian Pharma", "Brussels", "onsite", 55, 65),
    ("bank-regulatory-reporting", "mid", "Sablon Bank", "Brussels", "hybrid", 60, 75),
    # service-engineer-to-sales (Linz, mid: the job he is after, hybrid, >= €55k)
    ("technical-sales-engineer", "mid", "Donau Verpackungstechnik GmbH", "Linz", "hybrid", 58, 70),
    ("technical-sales-engineer", "mid", "Traun Maschinenbau GmbH", "Linz", "onsite", 56, 66),
    ("technical-sales-engineer", "senior", "Pöstlingberg Anlagen GmbH", "Linz", "hybrid", 72, 85),
    ("technical-sales-engineer", "mid", "Alpen Automation GmbH", "remote-at", "remote", 60, 72),
    ("technical-sales-engineer", "mid", "Wiener Anlagenbau AG", "Vienna", "hybrid", 60, 70),
    ("technical-sales-engineer", "entry", "Mühlviertel Pumpen GmbH", "Linz", "hybrid", 42, 48),
    ("technical-sales-engineer", "mid", "Bayern Packaging Systems GmbH", "remote-de", "remote", None, None),
    ("technical-sales-engineer", "lead", "Donau Verpackungstechnik GmbH", "Linz", "hybrid", 110, 130),
    ("application-engineer", "mid", "Traun Maschinenbau GmbH", "Linz", "hybrid", 55, 65),
    ("field-service-engineer", "mid", "Pöstlingberg Anlagen GmbH", "Linz", "onsite", 50, 58),
    ("inside-sales-industrial", "entry", "Linzer Industriebedarf GmbH", "Linz", "hybrid", 38, 44),
    ("saas-solutions-engineer", "mid", "Tabakfabrik Software GmbH", "Linz", "hybrid", 65, 80),
    # ciso (Dubai, lead, hybrid, >= AED 1,000k)
    ("ciso", "lead", "Gulf Horizon Bank", "Dubai", "hybrid", 1100, 1400),
    ("ciso", "lead", "Emirates Freight Group", "Dubai", "onsite", None, None),
    ("ciso", "lead", "Creek Healthcare Group", "Dubai", "hybrid", None, None),
    ("ciso", "lead", "Najd Energy Company", "Riyadh", "hybrid", 1200, 1500),
    ("ciso", "lead", "Marina Fintech", "Dubai", "hybrid", 600, 750),
    ("ciso", "senior", "Jumeirah Retail Group", "Dubai", "hybrid", 500, 650),
    ("ciso", "mid", "Creek Healthcare Group", "Dubai", "hybrid", 250, 320),
    ("ciso", "lead", "Thames Cyber Group", "remote-uk", "remote", None, None),
    ("head-of-technology-risk", "lead", "Gulf Horizon Bank", "Dubai", "hybrid", 1000, 1200),
    ("cio", "lead", "Emirates Freight Group", "Dubai", "hybrid", 1200, 1500),
    ("security-architect", "senior", "Creek Healthcare Group", "Dubai", "hybrid", 700, 850),
    ("physical-security-director", "lead", "Palm Crescent Resorts", "Dubai", "onsite", 500, 650),
    ("soc-analyst", "entry", "Desert Shield Security Operations", "Dubai", "onsite", 150, 200),
    # a shared distractor: every person sees it, unrelated to all
    ("java-backend", "senior", "Limmat Payments AG", "Zürich", "hybrid", 120, 140),
]
FRESH7 = [(f"f7-{number:03d}", *row) for number, row in enumerate(_ROWS, start=1)]
