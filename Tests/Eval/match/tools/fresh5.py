# The seventh set, "fresh5" (issue 19, seventh round): ten kinds of people that
# no earlier set (dev, heldout, fresh, fresh2, fresh3, fresh4) has, postings
# written for them, and the saved search each would add, written the way
# people state it. Graded by the same rules (grading.py) and committed before
# any ranker ran on it. Written by hand, blind to the ranker (its code, its
# rules and any ranking output were not read); generate.py writes it to fresh5/.
#
# Kinds: a hotel cluster revenue manager (hospitality), a licensed customs
# broker (logistics, a pre-1.0 JSON Resume), a carpenter moving into
# construction estimating (construction, career changer, old job as label), a
# midwife back after five years at home (care, returner), a software developer
# retraining as a computer science teacher (public sector, career changer, old
# job as label), a senior property underwriter (finance, terse, no summary), a
# film graduate looking for a first editing job (creative, first job), a
# microbiology graduate looking for a first lab job (science, first job, a
# loosely written résumé), a tech recruiter moving into partner management
# (sales, career changer, old job as label, remote anywhere in Germany) and a
# general counsel (executive).
#
# Every kind of job below is new (none shares a key with an earlier set's
# archetypes, so regenerating leaves the other sets byte-identical), except
# the shared distractor at the end (`java-backend`).
import fresh  # noqa: F401 (the earlier sets' places this set reuses: Leeds, Bristol, Cork, ...)
import fresh2  # noqa: F401
import fresh3  # noqa: F401
import fresh4  # noqa: F401
from archetypes import ARCHETYPES
from grading import FAMILY, NEAR_MISS_KINDS
from postings import PLACES
from profiles import pre_1_0 as _older, resume, with_sections as _with, work

ARCHETYPES.update({
    # ------------------------------------------------------- hotel revenue
    "hotel-revenue-manager": dict(
        titles={"entry": "Revenue Analyst (Hotels)", "mid": "Hotel Revenue Manager",
                "senior": "Cluster Revenue Manager", "lead": "Director of Revenue Management"},
        summary=["Own pricing and inventory for our city hotels so every room night sells at the right rate.",
                 "Our hotel group needs a revenue manager to set rates, forecast demand and steer the commercial "
                 "strategy of several properties."],
        duties=["Set daily room rates and restrictions across channels", "Forecast occupancy, ADR and RevPAR",
                "Run the weekly revenue meeting with sales and front office", "Manage the revenue management system "
                "(IDeaS, Duetto or similar)", "Analyse the comp set and the pick-up", "Set group and MICE pricing with "
                "the sales team"],
        required=["{years}+ years in hotel revenue management", "Strong Excel and a revenue management system",
                  "Knowledge of OTA and GDS distribution", "Fluent English"],
        nice=["Dutch", "Cluster or multi-property experience", "Power BI", "Hotel school degree"]),
    "airline-pricing-analyst": dict(
        titles={"senior": "Senior Pricing and Revenue Management Analyst"},
        summary=["Set fares and seat inventory for our European network."],
        duties=["Manage fares and booking classes on a set of routes", "Forecast demand by flight",
                "Run competitor fare analysis"],
        required=["{years}+ years in airline, rail or hotel revenue management", "Excel and SQL"],
        nice=["PROS or similar RM system"]),
    "hotel-distribution-manager": dict(
        titles={"senior": "Distribution and E-commerce Manager"},
        summary=["Run the online distribution of our hotel collection: booking engine, OTAs, metasearch."],
        duties=["Manage channel manager and OTA contracts", "Grow direct bookings", "Keep content and rates in parity"],
        required=["{years}+ years in hotel distribution or e-commerce", "Channel managers and OTA extranets"],
        nice=["Google Hotel Ads"]),
    "reservations-manager": dict(
        titles={"mid": "Reservations Manager"},
        summary=["Lead the reservations team of our canal-side hotel."],
        duties=["Lead five reservations agents", "Handle group bookings", "Keep the PMS accurate"],
        required=["{years}+ years in hotel reservations", "Opera PMS"],
        nice=["Dutch and German"]),
    "revenue-accountant": dict(
        titles={"mid": "Revenue Accountant"},
        summary=["Account for our subscription revenue under IFRS 15 in the group finance team."],
        duties=["Run revenue recognition for contracts", "Reconcile deferred revenue", "Support the audit"],
        required=["Qualified or part-qualified accountant", "IFRS 15"],
        nice=["NetSuite"]),
    "revops-manager": dict(
        titles={"senior": "Revenue Operations Manager"},
        summary=["Run the CRM, pipeline reporting and sales processes of our SaaS go-to-market team."],
        duties=["Own Salesforce and the sales tooling", "Build pipeline and forecast reports",
                "Design territories and quotas"],
        required=["{years}+ years in sales or revenue operations at a SaaS company", "Salesforce admin"],
        nice=["HubSpot"]),
    # ------------------------------------------------------- customs brokerage
    "customs-broker": dict(
        titles={"entry": "Customs Entry Writer", "mid": "Licensed Customs Broker", "senior": "Senior Customs Broker",
                "lead": "Customs Brokerage Manager"},
        summary=["Clear our importers' ocean and air shipments through customs at the Port of Miami and MIA.",
                 "Our customs brokerage needs a licensed broker to classify goods, file entries and keep clients "
                 "compliant."],
        duties=["Prepare and file entries and ISF in ACE", "Classify goods under the HTSUS and calculate duties",
                "Handle CBP holds, exams and requests for information", "Advise importers on free trade agreements "
                "and Section 301 duties", "Review entries written by the team before transmission"],
        required=["U.S. Licensed Customs Broker", "{years}+ years of entry writing", "ABI / ACE filing",
                  "HTS classification"],
        nice=["Spanish", "FDA and USDA entries", "Certified Customs Specialist (CCS)"]),
    "trade-compliance": dict(
        titles={"senior": "Trade Compliance Specialist"},
        summary=["Keep our apparel imports compliant: classification, origin and duty programs."],
        duties=["Classify new products", "Audit our brokers' entries", "Run post-entry amendments"],
        required=["{years}+ years in import compliance", "HTS classification"],
        nice=["Licensed Customs Broker"]),
    "air-export-agent": dict(
        titles={"mid": "Export Agent, Air Freight"},
        summary=["Book and document air freight exports to Latin America at our forwarding office."],
        duties=["Book space with airlines", "Prepare air waybills and export filings", "Quote customers"],
        required=["{years}+ years in freight forwarding", "AES filing"],
        nice=["Spanish"]),
    "yacht-broker": dict(
        titles={"mid": "Yacht Broker"},
        summary=["Sell and charter luxury yachts from our Biscayne Bay office."],
        duties=["List and show yachts", "Negotiate sales", "Build a client book"],
        required=["Sales experience in luxury goods or yachting", "Boating knowledge"],
        nice=["Florida yacht broker license"]),
    "mortgage-broker": dict(
        titles={"mid": "Mortgage Broker"},
        summary=["Help home buyers find and close the right mortgage."],
        duties=["Take applications", "Shop lenders", "Guide clients to closing"],
        required=["NMLS license", "{years}+ years of mortgage origination"],
        nice=["Bilingual"]),
    "border-officer": dict(
        titles={"mid": "Customs and Border Protection Officer"},
        summary=["Protect the border at the Port of Miami as a uniformed federal officer."],
        duties=["Inspect travelers and cargo", "Enforce customs and immigration law", "Carry a firearm"],
        required=["U.S. citizen", "Pass the academy, a polygraph and a fitness test"],
        nice=["Spanish"]),
    # ------------------------------------------------------- estimating
    "construction-estimator": dict(
        titles={"entry": "Junior Estimator", "mid": "Estimator", "senior": "Senior Estimator", "lead": "Chief Estimator"},
        summary=["Price the building work our contracting business tenders for, from small works to £5m projects.",
                 "Join our estimating team and turn drawings and specifications into competitive, accurate bids."],
        duties=["Take off quantities from drawings", "Get and compare quotes from subcontractors and suppliers",
                "Build up rates for labour, plant and materials", "Prepare tender submissions",
                "Visit sites before tender", "Hand won jobs over to the commercial team"],
        required=["{years}+ years of estimating or quantity surveying", "Reading construction drawings",
                  "Excel", "Understanding of how buildings go together"],
        nice=["HNC/HND or degree in construction or quantity surveying", "Trade background",
              "CostX or Bluebeam", "CSCS card"]),
    "assistant-qs": dict(
        titles={"entry": "Trainee Quantity Surveyor", "mid": "Quantity Surveyor", "senior": "Senior Quantity Surveyor"},
        summary=["Join our commercial team and learn to manage the costs of construction projects."],
        duties=["Measure work and value monthly applications", "Track variations", "Help with subcontractor accounts",
                "Prepare cost reports"],
        required=["Interest in quantity surveying and numeracy", "Construction knowledge"],
        nice=["HNC or degree in quantity surveying", "Site experience"]),
    "site-joiner": dict(
        titles={"mid": "Site Carpenter / Joiner"},
        summary=["First and second fix carpentry on our housing developments."],
        duties=["First fix floors, stud walls and roofs", "Second fix doors, skirting and kitchens", "Read drawings"],
        required=["NVQ Level 2 or 3 in carpentry", "CSCS card", "Own tools"],
        nice=["Driving licence"]),
    "construction-buyer": dict(
        titles={"entry": "Trainee Construction Buyer"},
        summary=["Buy the materials and subcontract packages for our building projects in South Yorkshire."],
        duties=["Get quotes from suppliers and subcontractors", "Place orders against the programme",
                "Check quantities against drawings", "Chase deliveries"],
        required=["Construction or trade background", "Numerate and organised"],
        nice=["HNC in construction", "Excel"]),
    "vehicle-damage-estimator": dict(
        titles={"mid": "Vehicle Damage Estimator"},
        summary=["Assess accident-damaged cars and write repair estimates in our bodyshop."],
        duties=["Inspect damaged vehicles", "Write estimates in Audatex", "Agree costs with insurers"],
        required=["Bodyshop or motor trade experience", "Audatex"],
        nice=["ATA accreditation"]),
    "print-estimator": dict(
        titles={"mid": "Print Estimator"},
        summary=["Price litho and digital print jobs for our printing company's customers."],
        duties=["Cost print jobs from specs", "Send quotes", "Work with production"],
        required=["Print industry knowledge", "Estimating software"],
        nice=["Litho experience"]),
    # ------------------------------------------------------- midwifery
    "midwife": dict(
        titles={"entry": "Newly Qualified Midwife (Band 5)", "mid": "Midwife (Band 6)",
                "senior": "Senior Midwife (Band 7)", "lead": "Maternity Matron"},
        summary=["Join the maternity unit of our hospital trust and care for women through pregnancy, birth and "
                 "after.", "Our birth centre and labour ward need a registered midwife to join a supportive team."],
        duties=["Provide care in labour on the delivery suite and the birth centre", "Run antenatal and postnatal "
                "checks", "Recognise complications and escalate to the obstetric team",
                "Support women with infant feeding", "Rotate through antenatal, postnatal and labour ward",
                "Mentor student midwives"],
        required=["Registered Midwife with the NMC", "{years}+ years of post-registration experience",
                  "Commitment to personalised, safe care"],
        nice=["Newborn and Infant Physical Examination (NIPE)", "PROMPT training", "Continuity of carer experience"]),
    "community-midwife": dict(
        titles={"mid": "Community Midwife (Band 6)"},
        summary=["Care for women at home and in community clinics as part of our community midwifery team."],
        duties=["Run antenatal clinics in children's centres and GP surgeries", "Visit women and babies at home after "
                "birth", "Support home births on call", "Safeguard vulnerable families"],
        required=["Registered Midwife with the NMC", "Full driving licence"],
        nice=["Home birth experience", "Safeguarding training"]),
    "rtp-midwife": dict(
        titles={"mid": "Return to Practice Midwife"},
        summary=["Come back to midwifery with us: a supported post for midwives who have returned to the register."],
        duties=["Work on the postnatal ward and the labour ward with a named preceptor", "Complete a structured "
                "return programme", "Move to a Band 6 post when signed off"],
        required=["Completed an NMC return to practice programme or re-registered", "Previous midwifery experience"],
        nice=["Recent update on PROMPT"]),
    "infant-feeding-midwife": dict(
        titles={"senior": "Specialist Midwife, Infant Feeding (Band 7)"},
        summary=["Lead infant feeding support across our maternity and community services."],
        duties=["Support women with complex feeding problems", "Train midwives and support workers",
                "Lead the UNICEF Baby Friendly accreditation", "Run the tongue-tie clinic referrals"],
        required=["Registered Midwife with the NMC", "Infant feeding experience", "{years}+ years as a midwife"],
        nice=["IBCLC", "Baby Friendly experience"]),
    "maternity-support-worker": dict(
        titles={"entry": "Maternity Support Worker (Band 3)"},
        summary=["Support midwives on our postnatal ward."],
        duties=["Help with infant feeding and baby care", "Take observations", "Keep the ward stocked"],
        required=["Care experience", "Level 2 English and maths"],
        nice=["Care Certificate"]),
    "neonatal-nurse": dict(
        titles={"mid": "Neonatal Nurse"},
        summary=["Care for premature and sick babies on our neonatal intensive care unit."],
        duties=["Care for ventilated babies", "Support parents", "Give medicines and feeds"],
        required=["Registered Nurse (adult or child) or Midwife with the NMC", "Neonatal experience or willing to train"],
        nice=["QIS neonatal course"]),
    "health-visitor": dict(
        titles={"mid": "Health Visitor"},
        summary=["Support families with children under five in our health visiting service."],
        duties=["Carry out development reviews", "Safeguard children", "Run baby clinics"],
        required=["Registered Specialist Community Public Health Nurse (SCPHN)", "NMC registration"],
        nice=["Perinatal mental health"]),
    "marketing-maternity-cover": dict(
        titles={"mid": "Marketing Manager (12-month Maternity Cover)"},
        summary=["Cover our marketing manager's maternity leave at a fast-growing soft drinks brand."],
        duties=["Run brand campaigns", "Manage the agency", "Report on sales uplift"],
        required=["{years}+ years of FMCG marketing", "Budget management"],
        nice=["Drinks industry experience"]),
    # ------------------------------------------------------- computing teaching
    "cs-teacher": dict(
        titles={"entry": "Trainee Teacher of Computer Science (Salaried)", "mid": "Teacher of Computer Science",
                "senior": "Head of Computing"},
        summary=["Teach computer science to students aged 11-18 at our academy, with a supportive department.",
                 "Train to teach computing with us: salaried, school-based training towards QTS, with a mentor "
                 "and a reduced timetable."],
        duties=["Plan and teach KS3 computing and GCSE computer science", "Teach programming in Python",
                "Assess and give feedback on students' work", "Run a lunchtime coding club",
                "Work with the department on the curriculum"],
        required=["Degree (computer science or a related subject welcome)", "QTS or working towards it",
                  "Enhanced DBS check"],
        nice=["A-level computer science teaching", "Industry experience", "STEM Ambassador or club experience"]),
    "fe-computing-lecturer": dict(
        titles={"mid": "Lecturer in Computing"},
        summary=["Teach computing on our further education college's BTEC and T Level courses."],
        duties=["Teach and assess 16-19 year olds", "Plan lessons and projects", "Link with employers"],
        required=["Degree or industry experience in computing", "Teaching qualification or willing to gain one"],
        nice=["Software development experience"]),
    "net-developer": dict(
        titles={"senior": "Senior .NET Developer"},
        summary=["Build the C# and .NET services behind our logistics platform."],
        duties=["Write C# and ASP.NET Core services", "Review code", "Work with the product team"],
        required=["{years}+ years of C# and .NET", "SQL Server", "Azure"],
        nice=["Blazor"]),
    "school-it-technician": dict(
        titles={"entry": "IT Technician (Academy Trust)"},
        summary=["Keep the computers and network of our three schools running."],
        duties=["Fix laptops and classroom displays", "Set up user accounts", "Help staff with IT"],
        required=["IT support experience", "Windows and Microsoft 365"],
        nice=["CompTIA A+"]),
    "bootcamp-instructor": dict(
        titles={"mid": "Software Engineering Instructor (Bootcamp)"},
        summary=["Teach adults career-changing into tech on our online full-stack bootcamp."],
        duties=["Teach live sessions in JavaScript and React", "Review projects", "Mentor students"],
        required=["{years}+ years as a software developer", "JavaScript"],
        nice=["Teaching experience"]),
    "it-trainer": dict(
        titles={"mid": "IT Trainer (Clinical Systems)"},
        summary=["Train hospital staff to use our new electronic patient record."],
        duties=["Run classroom training", "Write user guides", "Support go-live"],
        required=["Training delivery experience", "Confident with software"],
        nice=["NHS experience"]),
    "computing-teaching-assistant": dict(
        titles={"entry": "Teaching Assistant (Computing and Maths)"},
        summary=["Support students in computing and maths lessons at our secondary school."],
        duties=["Support small groups", "Help students with special needs", "Prepare resources"],
        required=["GCSE English and maths", "Work with young people"],
        nice=["Computing knowledge"]),
    # ------------------------------------------------------- property underwriting
    "property-underwriter": dict(
        titles={"entry": "Underwriting Assistant, Property", "mid": "Property Underwriter",
                "senior": "Senior Property Underwriter", "lead": "Head of Property Underwriting"},
        summary=["Write commercial property business for our Lloyd's syndicate, from mid-market to large risks.",
                 "Our specialty insurer is growing its commercial property book and needs an underwriter who knows "
                 "the London market."],
        duties=["Underwrite commercial property risks within authority", "Price risks using our rating and cat "
                "models", "Build relationships with brokers", "Review risk surveys and set terms",
                "Manage a portfolio to plan", "Mentor underwriting assistants"],
        required=["{years}+ years of property underwriting", "London market experience",
                  "Understanding of property cat exposure", "Strong negotiation with brokers"],
        nice=["ACII or working towards it", "Binding authority experience", "Construction or engineering knowledge"]),
    "casualty-underwriter": dict(
        titles={"senior": "Senior Casualty Underwriter"},
        summary=["Underwrite liability business for our specialty insurer."],
        duties=["Underwrite general and products liability", "Negotiate with brokers", "Manage a portfolio"],
        required=["{years}+ years of casualty underwriting", "London market"],
        nice=["ACII"]),
    "mortgage-underwriter": dict(
        titles={"mid": "Mortgage Underwriter"},
        summary=["Assess residential mortgage applications for our building society."],
        duties=["Review income and credit", "Approve or decline cases", "Speak to brokers"],
        required=["{years}+ years of mortgage underwriting", "CeMAP"],
        nice=["Buy-to-let experience"]),
    "cat-modeller": dict(
        titles={"mid": "Catastrophe Modelling Analyst"},
        summary=["Model natural catastrophe exposure for our underwriters."],
        duties=["Run RMS and Verisk models", "Clean exposure data", "Report accumulations"],
        required=["Degree in a numerate subject", "RMS or AIR"],
        nice=["Python"]),
    "property-broker": dict(
        titles={"senior": "Property Account Executive (Broking)"},
        summary=["Place commercial property insurance for our brokerage's clients in the London market."],
        duties=["Place risks with insurers", "Negotiate terms", "Service clients"],
        required=["{years}+ years of property broking", "London market"],
        nice=["ACII"]),
    # ------------------------------------------------------- video editing
    "video-editor": dict(
        titles={"entry": "Junior Video Editor", "mid": "Video Editor", "senior": "Senior Editor",
                "lead": "Head of Post-Production"},
        summary=["Cut documentaries, branded content and social video for our production company.",
                 "Our in-house video team needs an editor to turn rushes into sharp films for broadcast and online."],
        duties=["Edit long and short form video in Premiere Pro or Avid", "Sync, log and organise rushes",
                "Grade and mix to delivery spec", "Cut versions for social platforms", "Work with directors and "
                "producers on the story", "Prepare deliverables"],
        required=["{years}+ years of editing", "Premiere Pro or Avid Media Composer", "A showreel",
                  "A good eye for story and pace"],
        nice=["DaVinci Resolve", "After Effects", "Broadcast delivery specs"]),
    "assistant-editor-tv": dict(
        titles={"entry": "Assistant Editor (TV)"},
        summary=["Support the editors on our factual TV series in the cutting rooms."],
        duties=["Ingest and sync rushes in Avid", "Prepare timelines for the editor", "Do online prep and exports"],
        required=["Avid Media Composer", "Organised and calm"],
        nice=["Film or media degree"]),
    "assistant-editor-publishing": dict(
        titles={"entry": "Assistant Editor"},
        summary=["Support the editors of our academic journals through peer review and production."],
        duties=["Manage manuscripts in peer review", "Check references and permissions", "Correspond with authors"],
        required=["Degree", "Excellent written English"],
        nice=["ScholarOne"]),
    "junior-videographer": dict(
        titles={"entry": "Junior Videographer / Content Creator"},
        summary=["Shoot and edit video for our agency's clients, from events to social."],
        duties=["Shoot on Sony FX cameras", "Edit in Premiere Pro", "Cut social clips"],
        required=["Camera and editing skills", "A portfolio"],
        nice=["Driving licence"]),
    "production-runner": dict(
        titles={"entry": "Production Runner"},
        summary=["Help our TV production run smoothly on set and in the office."],
        duties=["Run errands on set", "Make tea and set up", "Drive kit"],
        required=["Enthusiasm", "Driving licence"],
        nice=["Film degree"]),
    "motion-graphics-junior": dict(
        titles={"entry": "Junior Motion Graphics Designer"},
        summary=["Animate titles and graphics for our social content."],
        duties=["Animate in After Effects", "Make templates", "Design lower thirds"],
        required=["After Effects", "Design portfolio"],
        nice=["Cinema 4D"]),
    # ------------------------------------------------------- microbiology lab
    "qc-microbiologist": dict(
        titles={"entry": "QC Microbiology Analyst", "mid": "QC Microbiologist", "senior": "Senior QC Microbiologist",
                "lead": "QC Microbiology Manager"},
        summary=["Test our biologics and sterile products in the QC microbiology lab of our manufacturing site.",
                 "Join the quality control microbiology team that releases our medicines to patients."],
        duties=["Carry out bioburden, endotoxin and sterility testing", "Run environmental monitoring of cleanrooms",
                "Test water and utilities", "Document results to GMP and raise deviations",
                "Identify microorganisms", "Review data of colleagues"],
        required=["Degree in microbiology or a related science", "{years}+ years in a GMP laboratory",
                  "Aseptic technique"],
        nice=["Rapid microbiology methods", "LIMS", "Grade A/B cleanroom gowning"]),
    "em-technician": dict(
        titles={"entry": "Environmental Monitoring Technician"},
        summary=["Monitor the cleanrooms of our sterile fill-finish site for microbial contamination."],
        duties=["Sample air and surfaces in cleanrooms", "Read and count plates", "Trend results"],
        required=["Science qualification", "Able to gown for Grade A/B"],
        nice=["GMP"]),
    "food-micro-analyst": dict(
        titles={"entry": "Laboratory Analyst, Food Microbiology"},
        summary=["Test dairy products for pathogens and spoilage organisms in our accredited lab."],
        duties=["Test for Listeria and Salmonella", "Prepare media", "Record results"],
        required=["Science degree", "Lab skills"],
        nice=["ISO 17025"]),
    "medical-scientist-trainee": dict(
        titles={"entry": "Medical Scientist, Microbiology"},
        summary=["Work in the clinical microbiology lab of our university hospital."],
        duties=["Culture patient samples", "Run PCR", "Report results to clinicians"],
        required=["Degree in biomedical science", "CORU registration as a medical scientist"],
        nice=["Blood sciences rotation"]),
    "microbiology-sales": dict(
        titles={"mid": "Territory Sales Representative, Microbiology"},
        summary=["Sell culture media and rapid microbiology kits to labs in Munster."],
        duties=["Visit customer labs", "Run product demos", "Hit a sales target"],
        required=["Science degree", "Sales experience", "Full driving licence"],
        nice=["Microbiology lab background"]),
    "bio-manufacturing-technician": dict(
        titles={"entry": "Manufacturing Technician (Biologics)"},
        summary=["Run cell culture and purification steps on our biologics manufacturing floor."],
        duties=["Operate bioreactors", "Follow batch records", "Clean and set up equipment"],
        required=["Science or engineering qualification", "Shift work"],
        nice=["GMP"]),
    # ------------------------------------------------------- partner management
    "partner-manager": dict(
        titles={"entry": "Partner Associate", "mid": "Partner Manager", "senior": "Senior Channel Partner Manager",
                "lead": "Head of Partnerships"},
        summary=["Grow our reseller and agency partner channel across the DACH region.",
                 "Our B2B software company sells through partners; you will recruit, enable and grow them."],
        duties=["Recruit and onboard new reseller and referral partners", "Build joint business plans with partners",
                "Train partners on our product and pitch", "Run co-selling with our account executives",
                "Track partner pipeline and revenue in the CRM", "Run partner events and webinars"],
        required=["{years}+ years in partner management, channel sales, business development or B2B sales",
                  "Native-level German and fluent English", "Comfortable with targets"],
        nice=["SaaS experience", "Salesforce or HubSpot", "A network in the DACH tech scene"]),
    "saas-account-executive-dach": dict(
        titles={"mid": "Account Executive (DACH)"},
        summary=["Sell our HR software to mid-sized companies in Germany, Austria and Switzerland."],
        duties=["Run demos", "Manage a pipeline", "Close new business"],
        required=["{years}+ years of B2B sales", "German and English"],
        nice=["SaaS"]),
    "tech-recruitment-consultant": dict(
        titles={"mid": "Recruitment Consultant, IT and Tech"},
        summary=["Place software engineers with our clients at our agency's Leipzig office."],
        duties=["Source and headhunt candidates", "Win clients", "Bill placements"],
        required=["{years}+ years of agency recruitment", "German and English"],
        nice=["Tech market knowledge"]),
    "talent-acquisition-partner": dict(
        titles={"mid": "Talent Acquisition Partner"},
        summary=["Hire engineers and sales people for our software company as an in-house recruiter."],
        duties=["Run hiring processes", "Advise hiring managers", "Source candidates"],
        required=["{years}+ years of recruitment", "German and English"],
        nice=["Greenhouse ATS"]),
    "youtube-channel-manager": dict(
        titles={"mid": "Channel Manager (YouTube)"},
        summary=["Run the YouTube channels of our media network: uploads, thumbnails, analytics."],
        duties=["Schedule and publish videos", "Optimise titles and thumbnails", "Report on audience growth"],
        required=["{years}+ years running YouTube channels", "YouTube Studio analytics"],
        nice=["Video editing"]),
    "partner-marketing-manager": dict(
        titles={"mid": "Partner Marketing Manager"},
        summary=["Run joint campaigns with our partners."],
        duties=["Plan co-marketing campaigns", "Manage MDF budgets", "Create partner content"],
        required=["{years}+ years of B2B marketing"],
        nice=["Channel marketing"]),
    # ------------------------------------------------------- general counsel
    "general-counsel": dict(
        titles={"mid": "Corporate Counsel", "senior": "Deputy General Counsel", "lead": "General Counsel"},
        summary=["Lead the legal function of our company and sit on the executive team.",
                 "We are looking for a general counsel to advise the CEO and board and build a small, strong legal "
                 "team."],
        duties=["Advise the CEO, board and executive team on legal risk and strategy", "Lead M&A, financings and "
                "major commercial contracts", "Run governance and act as corporate secretary",
                "Manage outside counsel and the legal budget", "Build and lead the legal and compliance team",
                "Oversee litigation and regulatory matters"],
        required=["Called to the bar in Ontario (LSO) or eligible", "{years}+ years of corporate and commercial "
                  "practice, in-house and law firm", "Board-level communication"],
        nice=["Public company or securities experience", "Financial services or energy regulation", "French"]),
    "chief-legal-officer": dict(
        titles={"lead": "Chief Legal Officer"},
        summary=["Lead legal, compliance and governance for our group as a member of the executive committee."],
        duties=["Advise the board", "Lead legal and compliance", "Own corporate governance"],
        required=["Licensed lawyer", "{years}+ years including senior in-house leadership"],
        nice=["Public company experience"]),
    "chief-compliance-officer": dict(
        titles={"lead": "Chief Compliance Officer"},
        summary=["Own the compliance program of our regulated payments company."],
        duties=["Run the compliance program", "Report to the board's risk committee", "Deal with regulators"],
        required=["{years}+ years in compliance in financial services", "FINTRAC and AML knowledge"],
        nice=["Law degree"]),
    "general-manager-dc": dict(
        titles={"lead": "General Manager, Distribution Centre"},
        summary=["Run our 500-person distribution centre."],
        duties=["Own safety, service and cost", "Lead the management team", "Plan peak"],
        required=["{years}+ years of warehouse leadership"],
        nice=["Lean"]),
    "law-firm-partner": dict(
        titles={"lead": "Partner, Corporate and M&A"},
        summary=["Join our Toronto law firm's corporate group as a partner with a portable practice."],
        duties=["Lead M&A transactions", "Build a client practice", "Supervise associates"],
        required=["Called to the Ontario bar", "Portable book of business"],
        nice=["Cross-border experience"]),
})

PLACES.update({
    "Miami": ("Miami", "FL", "US", "USD"), "Tampa": ("Tampa", "FL", "US", "USD"),
    "Leipzig": ("Leipzig", "Saxony", "DE", "EUR"), "Limerick": ("Limerick", "Munster", "IE", "EUR"),
})

# What suits each person (grading.py's rules read these). A changer's family
# is their aim: the job they are leaving is 1.
FAMILY.update({
    "hotel-revenue-manager": {"hotel-revenue-manager": 3, "airline-pricing-analyst": 2,
                              "hotel-distribution-manager": 2, "reservations-manager": 1},
    "customs-broker": {"customs-broker": 3, "trade-compliance": 2, "air-export-agent": 1, "border-officer": 1},
    "carpenter-to-estimator": {"construction-estimator": 3, "assistant-qs": 3, "construction-buyer": 2,
                               "site-joiner": 1},
    "midwife-returner": {"midwife": 3, "community-midwife": 3, "rtp-midwife": 3, "infant-feeding-midwife": 2,
                         "maternity-support-worker": 1,
                         "neonatal-nurse": 1, "health-visitor": 1},
    "developer-to-cs-teacher": {"cs-teacher": 3, "fe-computing-lecturer": 2, "bootcamp-instructor": 1,
                                "school-it-technician": 1, "net-developer": 1, "computing-teaching-assistant": 1},
    "property-underwriter": {"property-underwriter": 3, "casualty-underwriter": 2, "cat-modeller": 1,
                             "property-broker": 1},
    "graduate-video-editor": {"video-editor": 3, "assistant-editor-tv": 3, "junior-videographer": 2,
                              "production-runner": 1, "motion-graphics-junior": 1, "youtube-channel-manager": 1},
    "microbiology-graduate": {"qc-microbiologist": 3, "em-technician": 2, "food-micro-analyst": 2,
                              "medical-scientist-trainee": 1, "bio-manufacturing-technician": 1},
    "recruiter-to-partner-manager": {"partner-manager": 3, "saas-account-executive-dach": 2,
                                     "partner-marketing-manager": 1, "tech-recruitment-consultant": 1,
                                     "talent-acquisition-partner": 1},
    "general-counsel": {"general-counsel": 3, "chief-legal-officer": 3, "chief-compliance-officer": 2,
                        "law-firm-partner": 1},
})
NEAR_MISS_KINDS.update({
    ("hotel-revenue-manager", "revenue-accountant"): "right-word-wrong-field",
    ("hotel-revenue-manager", "revops-manager"): "right-word-wrong-field",
    ("customs-broker", "yacht-broker"): "right-word-wrong-field",
    ("customs-broker", "mortgage-broker"): "right-word-wrong-field",
    ("customs-broker", "border-officer"): "right-word-wrong-field",
    ("carpenter-to-estimator", "site-joiner"): "history-not-target",
    ("carpenter-to-estimator", "vehicle-damage-estimator"): "right-word-wrong-field",
    ("carpenter-to-estimator", "print-estimator"): "right-word-wrong-field",
    ("midwife-returner", "maternity-support-worker"): "right-field-wrong-level",
    ("midwife-returner", "marketing-maternity-cover"): "right-word-wrong-field",
    ("developer-to-cs-teacher", "net-developer"): "history-not-target",
    ("developer-to-cs-teacher", "it-trainer"): "right-word-wrong-field",
    ("developer-to-cs-teacher", "computing-teaching-assistant"): "right-field-wrong-level",
    ("property-underwriter", "mortgage-underwriter"): "right-word-wrong-field",
    ("graduate-video-editor", "assistant-editor-publishing"): "right-word-wrong-field",
    ("graduate-video-editor", "production-runner"): "right-field-wrong-level",
    ("microbiology-graduate", "microbiology-sales"): "right-word-wrong-field",
    ("recruiter-to-partner-manager", "tech-recruitment-consultant"): "history-not-target",
    ("recruiter-to-partner-manager", "talent-acquisition-partner"): "history-not-target",
    ("recruiter-to-partner-manager", "youtube-channel-manager"): "right-word-wrong-field",
    ("general-counsel", "general-manager-dc"): "right-word-wrong-field",
})


# Each person's prefs also hold the saved search they would add, as people
# state it (`search` in NAME.preferences.json, keyed by `discover search
# add`'s options). The grades do not read it. The résumés differ on purpose
# in how complete and how well written they are.
PROFILES = {
    "hotel-revenue-manager": dict(
        set="fresh5", city="Amsterdam", level="senior",
        prefs=dict(target_salary_min=62000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Revenue Manager", "Cluster Revenue Manager", "Director of Revenue"],
                               location=["Amsterdam", "Remote, EU"], level=["senior", "lead"])),
        resume=_with(resume(
            "Femke Janssen", "Cluster Revenue Manager", "femke.janssen@example.com",
            "Hotel revenue manager with ten years in Amsterdam hotels, the last four running pricing, forecasting "
            "and distribution for a cluster of three city-centre properties (620 rooms). I moved the cluster onto "
            "IDeaS, rebuilt our group and MICE pricing with sales, and grew RevPAR 11% ahead of the comp set in "
            "2025. I'd like a senior revenue role in Amsterdam, or remote within the EU, at a group that takes "
            "commercial strategy seriously.",
            "Amsterdam", "North Holland", "NL",
            [work("Grachtengordel Hotels", "Cluster Revenue Manager", "2022-03", None,
                  "Three four-star hotels in Amsterdam, 620 rooms.",
                  ["Set rates and restrictions daily for three hotels across OTAs, GDS and direct",
                   "Led the move from spreadsheets to IDeaS G3", "Built a group and MICE displacement model with the "
                   "sales team", "RevPAR index from 98 to 109 in two years"],
                  ["Revenue Management", "IDeaS", "Forecasting", "Distribution"]),
             work("Hotel Oosterdok", "Revenue Manager", "2018-05", "2022-02", "280-room business hotel.",
                  ["Ran the weekly revenue meeting", "Cut OTA commission share from 34% to 26%"],
                  ["Pricing", "Channel Management"]),
             work("Hotel Oosterdok", "Reservations Agent", "2016-02", "2018-04", "", [], [])],
            [dict(name="Revenue", level="Expert", keywords=["Pricing", "Demand Forecasting", "RevPAR", "Group Pricing",
                                                            "Channel Management"]),
             dict(name="Tools", level="Advanced", keywords=["IDeaS G3", "Opera PMS", "SiteMinder", "Excel", "Power BI"])],
            languages=[dict(language="Dutch", fluency="Native"), dict(language="English", fluency="Fluent"),
                       dict(language="German", fluency="Good")]),
            education=[dict(institution="Hotelschool The Hague", area="Hospitality Management", studyType="BBA",
                            endDate="2016-01")])),
    "customs-broker": dict(
        set="fresh5", city="Miami", level="mid",
        prefs=dict(target_salary_min=68000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Customs Broker", "Licensed Customs Broker", "Import Specialist"],
                               location=["Miami, FL", "Fort Lauderdale, FL", "Remote (US)"],
                               **{"work-type": ["hybrid", "remote"], "salary-min": 68000})),
        resume=_older(resume(
            "Yesenia Castillo", "Licensed Customs Broker (LCB)", "yesenia.castillo@example.com",
            "Licensed customs broker (2023) with six years of entry writing and classification at Miami brokerages. "
            "Ocean and air imports, mostly apparel, produce and electronics from Latin America and Asia. Bilingual "
            "English/Spanish. Looking for a broker role in Miami, hybrid, or remote.",
            "Miami", "FL", "US",
            [work("Bayfront Customs Services", "Customs Broker", "2023-06", None, "",
                  ["File 40-60 entries a day in ABI/ACE (ocean and air)", "Classify new SKUs for 25 importers",
                   "Handle CBP holds, CF-28 and CF-29 responses", "Review junior entry writers' work"],
                  ["ABI", "ACE", "HTS Classification", "ISF"]),
             work("Bayfront Customs Services", "Entry Writer", "2020-09", "2023-05", "",
                  ["Wrote consumption and FTZ entries", "FDA and USDA prior notices for produce"], [])],
            [dict(name="Customs", keywords=["Licensed Customs Broker", "HTSUS", "ABI/ACE", "FTA qualification",
                                            "Section 301", "FDA entries"])],
            languages=[dict(language="Spanish", fluency="Native"), dict(language="English", fluency="Fluent")],
            certificates=[dict(name="U.S. Customs Broker License (2023)"),
                          dict(name="Certified Customs Specialist (NCBFAA)")]),
            "https://www.linkedin.com/in/yesenia-castillo-lcb")),
    "carpenter-to-estimator": dict(
        set="fresh5", city="Sheffield", level="entry",
        prefs=dict(target_salary_min=30000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Estimator", "Junior Estimator", "Assistant QS", "Trainee Quantity Surveyor"],
                               location=["Sheffield", "Rotherham", "Chesterfield"], level=["junior", "mid"])),
        resume=_with(resume(
            "Liam Hargreaves", "Carpenter & Joiner", "liam.hargreaves@example.com",
            "Time served carpenter, 12 yrs on site and bench. Finished HNC Construction (QS route) at night school "
            "in 2026 and have been doing the take-offs and pricing for my firm's small works bids for a year. "
            "Want to get off the tools into an estimator or trainee QS job around Sheffield.",
            "Sheffield", "England", "GB",
            [work("Don Valley Joinery Ltd", "Carpenter & Joiner", "2017-04", None, "",
                  ["1st + 2nd fix on housing and refurb", "take-offs and pricing for small works bids (up to £150k)",
                   "run jobs and a 2 man team"], []),
             work("A. Hargreaves & Son", "Apprentice Joiner", "2013-09", "2017-03", "", ["NVQ L3"], [])],
            [dict(name="Skills", keywords=["Carpentry", "Joinery", "Take-offs", "Reading drawings", "Pricing",
                                           "Excel", "CSCS Gold"])]),
            education=[dict(institution="Sheffield College", area="Construction (Quantity Surveying)",
                            studyType="HNC", endDate="2026-06")])),
    "midwife-returner": dict(
        set="fresh5", city="Bristol", level="mid",
        prefs=dict(target_salary_min=35000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Midwife", "Community Midwife", "Band 6 Midwife"], location=["Bristol"])),
        resume=_with(resume(
            "Rachel Okafor", "Registered Midwife", "rachel.okafor@example.com",
            "Registered midwife coming back to practice after five years at home with my children. Before my break "
            "I worked for eight years at a Bristol maternity unit, the last four as a Band 6 rotating through the "
            "labour ward, birth centre and community. This year I completed the NMC return to practice programme "
            "at UWE with a placement on the postnatal ward and am back on the register. I'm looking for a midwife "
            "post in Bristol, ideally in the community or a birth centre, and I'm happy to start on the wards.",
            "Bristol", "England", "GB",
            [work("Career break", "Parent and carer", "2021-04", "2026-03", "At home with my three children.",
                  ["Volunteer breastfeeding peer supporter at a Bristol children's centre"], []),
             work("Severn Vale Maternity, Bristol", "Midwife (Band 6)", "2017-03", "2021-03",
                  "Rotational post, 6,000 births a year.",
                  ["Cared for women in labour on the delivery suite and the midwife-led birth centre",
                   "Ran community antenatal clinics and postnatal visits", "Mentored student midwives from UWE"],
                  ["Intrapartum Care", "Community Midwifery", "Mentoring"]),
             work("Severn Vale Maternity, Bristol", "Midwife (Band 5)", "2013-02", "2017-02", "",
                  ["Preceptorship, then postnatal and labour ward"], [])],
            [dict(name="Clinical", level="Advanced", keywords=["Intrapartum Care", "Antenatal Care", "Postnatal Care",
                                                               "Infant Feeding", "Safeguarding"]),
             dict(name="Training", level="Intermediate", keywords=["NIPE", "PROMPT (2026 update)"])],
            certificates=[dict(name="NMC Registered Midwife (re-registered 2026)"),
                          dict(name="Return to Practice (Midwifery), UWE Bristol, 2026")]),
            education=[dict(institution="University of the West of England", area="Midwifery", studyType="BSc (Hons)",
                            endDate="2013-01")])),
    "developer-to-cs-teacher": dict(
        set="fresh5", city="Nottingham", level="entry",
        prefs=dict(target_salary_min=26000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Computer Science Teacher", "Computing Teacher", "Trainee Teacher"],
                               location=["Nottingham", "Nottinghamshire"], level=["junior"])),
        resume=resume(
            "Ravi Mistry", "Software Developer", "ravi.mistry@example.com",
            "I have been a C# developer for nine years, and for the last four I have run a Code Club at my local "
            "secondary school and volunteered as a STEM Ambassador. Teaching teenagers to program is what I want "
            "to do now: I am looking for salaried teacher training in computer science (or an unqualified teacher "
            "post while I train) at a school in Nottingham, starting next September. I know the pay is lower.",
            "Nottingham", "England", "GB",
            [work("Trent Logistics Software", "Software Developer", "2019-01", None, "Route planning software.",
                  ["Build C# and ASP.NET Core services for route planning", "Mentor two junior developers",
                   "Run the team's lunchtime learning sessions"],
                  ["C#", ".NET", "SQL Server", "Azure"]),
             work("Castle Software Ltd", "Junior Developer", "2017-06", "2018-12", "", [], ["C#"])],
            [dict(name="Programming", level="Expert", keywords=["C#", "Python", "SQL", "JavaScript"]),
             dict(name="Teaching", level="Beginner", keywords=["Code Club", "STEM Ambassador", "Mentoring"])],
            certificates=[dict(name="Enhanced DBS (2025)"), dict(name="STEM Ambassador")])),
    "property-underwriter": dict(
        set="fresh5", city="London", level="senior",
        prefs=dict(target_salary_min=65000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Property Underwriter", "Senior Underwriter"],
                               location=["City of London", "Remote (UK)"], level=["senior", "principal"])),
        resume=resume(
            "Oliver Grant", "Senior Property Underwriter", "oliver.grant@example.com", "",
            "London", "England", "GB",
            [work("Leadenhall Specialty (Syndicate 4471)", "Senior Underwriter, Property", "2021-01", None, "",
                  ["GWP £38m commercial property, mid-market and large risks", "Binding authority audits",
                   "Broker relationships across 12 Lloyd's brokers"], []),
             work("Leadenhall Specialty (Syndicate 4471)", "Property Underwriter", "2016-09", "2020-12", "", [], []),
             work("Aldgate Insurance Brokers", "Account Handler", "2013-09", "2016-08", "", [], [])],
            [dict(name="Underwriting", keywords=["Commercial Property", "Lloyd's", "Cat Exposure", "Binding Authorities",
                                                 "Pricing"])],
            certificates=[dict(name="ACII (Chartered Insurer)")])),
    "graduate-video-editor": dict(
        set="fresh5", city="Leeds", level="entry",
        prefs=dict(target_salary_min=23000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Junior Video Editor", "Assistant Editor", "Video Editor"],
                               location=["Leeds", "Remote (UK)"], level=["junior"],
                               **{"work-type": ["hybrid", "onsite", "remote"]})),
        resume=_with(resume(
            "Amira Hussain", "Film & TV Production graduate", "amira.hussain@example.com",
            "Just graduated in Film and Television Production and I want to be an editor. I cut my graduation "
            "documentary (selected for Leeds Young Film Festival), edit short films and music videos for other "
            "students, and worked as a runner on a factual TV shoot last summer. I edit in Premiere Pro and "
            "Avid, and I'm learning DaVinci Resolve. Looking for a junior editor or assistant editor job in Leeds "
            "or remote.",
            "Leeds", "England", "GB",
            [work("Freelance", "Video Editor", "2024-01", None, "Short films, music videos and events.",
                  ["Edited 12 short films and music videos for student and local artists",
                   "Cut social versions for Instagram and TikTok"], ["Premiere Pro", "Avid"]),
             work("Calder Factual", "Production Runner", "2025-07", "2025-08", "Factual TV series.",
                  ["Logged rushes and kept the edit's file structure tidy"], []),
             work("Hyde Park Picture House", "Front of House", "2023-09", "2026-06", "Part-time.", [], [])],
            [dict(name="Editing", level="Intermediate", keywords=["Premiere Pro", "Avid Media Composer",
                                                                  "DaVinci Resolve", "Story", "Sound Mixing"]),
             dict(name="Camera", level="Beginner", keywords=["Sony FX3", "Lighting"])]),
            education=[dict(institution="Leeds Beckett University", area="Film and Television Production",
                            studyType="BA (Hons)", endDate="2026-06")])),
    "microbiology-graduate": dict(
        set="fresh5", city="Cork", level="entry",
        prefs=dict(target_salary_min=30000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["QC Microbiologist", "Microbiology Analyst", "Lab Analyst"],
                               location=["Cork"], level=["entry", "junior"], **{"work-type": ["onsite"]})),
        resume=_with(resume(
            "Ciara Murphy", "Microbiology Graduate", "ciara.murphy@example.com",
            "recent microbiology graduate (UCC 2026, 2.1) looking for my first job in a lab, QC micro in pharma "
            "would be ideal. did a 6 month placement in a QC lab where i did environmental monitoring and water "
            "testing. good at aseptic technique. based in cork",
            "Cork", "Munster", "IE",
            [work("Ringaskiddy Biopharma", "QC Microbiology Placement Student", "2025-01", "2025-06", "",
                  ["enviromental monitoring in grade C/D", "water testing, TOC + bioburden", "GMP documentation"], []),
             work("Centra", "Shop Assistant", "2021-06", "2026-05", "part time", [], [])],
            [dict(name="Lab", keywords=["Aseptic technique", "Environmental monitoring", "Bioburden", "GMP", "PCR"])]),
            education=[dict(institution="University College Cork", area="Microbiology", studyType="BSc",
                            endDate="2026-06")])),
    "recruiter-to-partner-manager": dict(
        set="fresh5", city="Leipzig", level="mid",
        prefs=dict(target_salary_min=60000, preferred_work_type="remote", willing_to_relocate=False,
                   search=dict(title=["Partner Manager", "Channel Partner Manager", "Alliances Manager"],
                               location=["anywhere in Germany"], level=["mid", "senior"],
                               **{"work-type": ["remote"]})),
        resume=resume(
            "Jonas Weber", "Senior Recruitment Consultant (Tech, DACH)", "jonas.weber@example.com",
            "Six years in agency tech recruitment taught me to sell to two sides at once, build a network and "
            "hit a number. The part I enjoy most is the partnerships: I built our agency's referral programme with "
            "twelve software vendors and their reseller networks. I want to move into partner or channel management "
            "at a B2B software company, fully remote, anywhere in Germany.",
            "Leipzig", "Saxony", "DE",
            [work("Sachsen Tech Talent GmbH", "Senior Recruitment Consultant", "2022-01", None,
                  "Tech recruitment agency, 30 people.",
                  ["Billed €310k in 2025, top biller two years running", "Built a referral partnership programme with "
                   "12 software vendors", "Won 18 new client accounts"],
                  ["Business Development", "Negotiation", "Partnerships"]),
             work("Sachsen Tech Talent GmbH", "Recruitment Consultant", "2020-03", "2021-12", "", [], [])],
            [dict(name="Sales", level="Advanced", keywords=["Business Development", "Negotiation", "Account Management",
                                                            "Partnerships", "HubSpot"]),
             dict(name="Recruitment", level="Expert", keywords=["Headhunting", "Tech Market DACH"])],
            languages=[dict(language="German", fluency="Native"), dict(language="English", fluency="Fluent")])),
    "general-counsel": dict(
        set="fresh5", city="Toronto", level="lead",
        prefs=dict(target_salary_min=240000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["General Counsel", "Chief Legal Officer"],
                               location=["Toronto, ON", "Remote (Canada)"], level=["executive"])),
        resume=_with(resume(
            "Catherine Liu", "General Counsel & Corporate Secretary", "catherine.liu@example.com",
            "General counsel with eighteen years of corporate and commercial law, the last six leading legal, "
            "governance and compliance at a TSX-listed energy services company. I advise the CEO and board, led "
            "two acquisitions and a $400M debt refinancing, and built a legal team of seven. Before going in-house "
            "I was an M&A associate at a Bay Street firm. I am looking for a general counsel or chief legal officer "
            "role in Toronto.",
            "Toronto", "ON", "CA",
            [work("Humberline Energy Services Inc.", "General Counsel & Corporate Secretary", "2020-05", None,
                  "TSX-listed, 1,800 employees.",
                  ["Lead a legal and compliance team of seven", "Led two acquisitions ($650M combined) and a $400M "
                   "refinancing", "Corporate secretary to the board and its committees",
                   "Cut outside counsel spend 30% with a panel"],
                  ["Corporate Governance", "M&A", "Securities"]),
             work("Humberline Energy Services Inc.", "Deputy General Counsel", "2016-01", "2020-04", "", [], []),
             work("Richmond Adelaide LLP", "Associate, Corporate/M&A", "2008-09", "2015-12", "", [], [])],
            [dict(name="Legal", level="Expert", keywords=["Corporate Governance", "M&A", "Securities Law",
                                                          "Commercial Contracts", "Litigation Oversight"]),
             dict(name="Leadership", level="Expert", keywords=["Board Advisory", "Team Building"])],
            languages=[dict(language="English", fluency="Native"), dict(language="Mandarin", fluency="Fluent")],
            certificates=[dict(name="Law Society of Ontario (called 2008)")]),
            education=[dict(institution="Osgoode Hall Law School", area="Law", studyType="JD", endDate="2007-05")])),
}
# An underwriter's résumé is often a bare list of posts, with no summary at all.
del PROFILES["property-underwriter"]["resume"]["basics"]["summary"]

# (id, kind, level, company, place, workplace, salary_min, salary_max); thousands, None = not stated.
FRESH5 = [
    # hotel-revenue-manager (Amsterdam, senior, hybrid, >= €62k)
    ("f5-001", "hotel-revenue-manager", "senior", "Canal Ring Hotels", "Amsterdam", "hybrid", 65, 75),
    ("f5-002", "hotel-revenue-manager", "senior", "Zuidas Hotel Collection", "Amsterdam", "hybrid", None, None),
    ("f5-003", "hotel-revenue-manager", "lead", "Amstel Hospitality Group", "remote-eu", "remote", 85, 100),
    ("f5-004", "hotel-revenue-manager", "senior", "Rheinufer Hotels", "remote-de", "remote", 70, 80),
    ("f5-005", "hotel-revenue-manager", "senior", "Maas Harbour Hotels", "Rotterdam", "hybrid", 65, 75),
    ("f5-006", "hotel-revenue-manager", "senior", "Budget Stay Amsterdam", "Amsterdam", "hybrid", 45, 52),
    ("f5-007", "hotel-revenue-manager", "mid", "Jordaan Boutique Hotel", "Amsterdam", "hybrid", None, None),
    ("f5-008", "hotel-revenue-manager", "entry", "Canal Ring Hotels", "Amsterdam", "hybrid", 38, 44),
    ("f5-009", "airline-pricing-analyst", "senior", "Polder Airways", "Amsterdam", "hybrid", 65, 78),
    ("f5-010", "revenue-accountant", "mid", "Zuidas Subscription Software", "Amsterdam", "hybrid", 55, 65),
    ("f5-011", "revops-manager", "senior", "Keizersgracht SaaS", "remote-eu", "remote", 75, 90),
    ("f5-012", "reservations-manager", "mid", "Canal Ring Hotels", "Amsterdam", "onsite", 42, 48),
    ("f5-013", "hotel-distribution-manager", "senior", "Amstel Hospitality Group", "Amsterdam", "hybrid", 60, 70),
    # customs-broker (Miami, mid, hybrid, >= $68k)
    ("f5-014", "customs-broker", "mid", "Biscayne Customs Brokers", "Miami", "hybrid", 70, 82),
    ("f5-015", "customs-broker", "mid", "Dodge Island Logistics", "Miami", "hybrid", None, None),
    ("f5-016", "customs-broker", "senior", "Coral Gateway Trade Services", "Miami", "onsite", 85, 95),
    ("f5-017", "customs-broker", "mid", "Great Lakes Brokerage", "remote-us", "remote", 72, 85),
    ("f5-018", "customs-broker", "mid", "Gulf Coast Customs", "Tampa", "onsite", 70, 80),
    ("f5-019", "customs-broker", "mid", "Discount Brokerage Miami", "Miami", "hybrid", 50, 58),
    ("f5-020", "customs-broker", "entry", "Biscayne Customs Brokers", "Miami", "hybrid", 42, 48),
    ("f5-021", "trade-compliance", "senior", "Sunshine Apparel Imports", "Miami", "hybrid", 78, 90),
    ("f5-022", "air-export-agent", "mid", "Andes Air Cargo", "Miami", "onsite", 48, 55),
    ("f5-023", "yacht-broker", "mid", "Biscayne Bay Yachts", "Miami", "onsite", None, None),
    ("f5-024", "mortgage-broker", "mid", "Brickell Home Loans", "Miami", "hybrid", 60, 90),
    ("f5-025", "border-officer", "mid", "Federal Border Service, Port of Miami", "Miami", "onsite", 55, 90),
    ("f5-026", "customs-broker", "lead", "Coral Gateway Trade Services", "Miami", "hybrid", 100, 120),
    # carpenter-to-estimator (Sheffield, entry, on-site, >= £30k)
    ("f5-027", "construction-estimator", "entry", "Don Valley Construction", "Sheffield", "onsite", 30, 34),
    ("f5-028", "construction-estimator", "mid", "Steel City Builders", "Sheffield", "hybrid", None, None),
    ("f5-029", "assistant-qs", "entry", "Peak Cost Consultants", "Sheffield", "hybrid", 28, 32),
    ("f5-030", "construction-estimator", "entry", "Pennine Contractors", "Leeds", "onsite", 30, 34),
    ("f5-031", "construction-estimator", "senior", "Steel City Builders", "Sheffield", "onsite", 45, 55),
    ("f5-032", "construction-estimator", "entry", "Budget Loft Conversions", "Sheffield", "onsite", 23, 26),
    ("f5-033", "assistant-qs", "mid", "Hallam Build", "Sheffield", "hybrid", 38, 45),
    ("f5-034", "site-joiner", "mid", "Don Valley Construction", "Sheffield", "onsite", 35, 40),
    ("f5-035", "vehicle-damage-estimator", "mid", "Attercliffe Accident Repair", "Sheffield", "onsite", 28, 32),
    ("f5-036", "print-estimator", "mid", "Kelham Island Print", "Sheffield", "onsite", 26, 30),
    ("f5-037", "construction-buyer", "entry", "Hallam Build", "Sheffield", "onsite", 28, 32),
    # midwife-returner (Bristol, mid, on-site, >= £35k)
    ("f5-038", "midwife", "mid", "Severnside NHS Foundation Trust", "Bristol", "onsite", 37, 45),
    ("f5-039", "community-midwife", "mid", "Avon Vale Community Health", "Bristol", "onsite", None, None),
    ("f5-040", "rtp-midwife", "mid", "Severnside NHS Foundation Trust", "Bristol", "onsite", 30, 37),
    ("f5-041", "midwife", "mid", "Avon Valley Hospitals", "Bath", "onsite", 37, 45),
    ("f5-042", "midwife", "senior", "Severnside NHS Foundation Trust", "Bristol", "onsite", 46, 53),
    ("f5-043", "midwife", "lead", "Severnside NHS Foundation Trust", "Bristol", "onsite", 55, 62),
    ("f5-044", "midwife", "mid", "Clifton Private Maternity", "Bristol", "onsite", 30, 34),
    ("f5-045", "maternity-support-worker", "entry", "Severnside NHS Foundation Trust", "Bristol", "onsite", 23, 25),
    ("f5-046", "neonatal-nurse", "mid", "Severnside NHS Foundation Trust", "Bristol", "onsite", 37, 45),
    ("f5-047", "health-visitor", "mid", "Avon Vale Community Health", "Bristol", "onsite", 37, 45),
    ("f5-048", "marketing-maternity-cover", "mid", "Harbourside Drinks Co", "Bristol", "hybrid", 35, 40),
    ("f5-049", "infant-feeding-midwife", "senior", "Avon Vale Community Health", "Bristol", "onsite", 46, 53),
    # developer-to-cs-teacher (Nottingham, entry, on-site, >= £26k)
    ("f5-050", "cs-teacher", "entry", "Trent Valley Academy Trust", "Nottingham", "onsite", 26, 30),
    ("f5-051", "cs-teacher", "mid", "Sherwood Academy", "Nottingham", "onsite", 31, 40),
    ("f5-052", "cs-teacher", "entry", "Lace Market Teacher Training Partnership", "Nottingham", "onsite", None, None),
    ("f5-053", "cs-teacher", "entry", "Don Valley Academy", "Sheffield", "onsite", 26, 30),
    ("f5-054", "cs-teacher", "senior", "Sherwood Academy", "Nottingham", "onsite", 45, 52),
    ("f5-055", "fe-computing-lecturer", "mid", "Trent College of Further Education", "Nottingham", "onsite", 30, 37),
    ("f5-056", "net-developer", "senior", "Castle Gate Software", "Nottingham", "hybrid", 55, 65),
    ("f5-057", "school-it-technician", "entry", "Trent Valley Academy Trust", "Nottingham", "onsite", 22, 25),
    ("f5-058", "bootcamp-instructor", "mid", "Code Forward Academy", "remote-uk", "remote", 35, 42),
    ("f5-059", "it-trainer", "mid", "Queens Medical Systems", "Nottingham", "onsite", 28, 32),
    ("f5-060", "computing-teaching-assistant", "entry", "Sherwood Academy", "Nottingham", "onsite", 20, 23),
    ("f5-061", "cs-teacher", "entry", "Bulwell Independent School", "Nottingham", "onsite", 19, 22),
    # property-underwriter (London, senior, hybrid, >= £65k)
    ("f5-062", "property-underwriter", "senior", "Leadenhall Syndicate 1842", "London", "hybrid", 70, 85),
    ("f5-063", "property-underwriter", "senior", "Fenchurch Specialty", "London", "hybrid", None, None),
    ("f5-064", "property-underwriter", "senior", "Lime Street Mutual", "remote-uk", "remote", 68, 80),
    ("f5-065", "property-underwriter", "lead", "Fenchurch Specialty", "London", "hybrid", 110, 130),
    ("f5-066", "property-underwriter", "senior", "Colmore Insurance", "Birmingham", "hybrid", 60, 72),
    ("f5-067", "property-underwriter", "mid", "Leadenhall Syndicate 1842", "London", "hybrid", 50, 60),
    ("f5-068", "property-underwriter", "entry", "Lime Street Mutual", "London", "hybrid", 28, 33),
    ("f5-069", "casualty-underwriter", "senior", "Lime Street Mutual", "London", "hybrid", 70, 85),
    ("f5-070", "mortgage-underwriter", "mid", "Canary Wharf Building Society", "London", "hybrid", 38, 45),
    ("f5-071", "cat-modeller", "mid", "Fenchurch Specialty", "London", "hybrid", 50, 60),
    ("f5-072", "property-broker", "senior", "Aldgate Brokers", "London", "hybrid", 65, 80),
    ("f5-073", "property-underwriter", "senior", "Hudson Specialty", "remote-us", "remote", 120, 140),
    # graduate-video-editor (Leeds, entry, hybrid, >= £23k)
    ("f5-074", "video-editor", "entry", "Kirkgate Productions", "Leeds", "hybrid", 24, 27),
    ("f5-075", "assistant-editor-tv", "entry", "Aire Street Post", "Leeds", "onsite", None, None),
    ("f5-076", "video-editor", "entry", "Ripple Social Agency", "remote-uk", "remote", 24, 28),
    ("f5-077", "video-editor", "mid", "Headrow Media", "Leeds", "hybrid", 28, 32),
    ("f5-078", "video-editor", "senior", "Kirkgate Productions", "Leeds", "hybrid", 38, 45),
    ("f5-079", "video-editor", "entry", "Soho Cutting Rooms", "London", "hybrid", 26, 30),
    ("f5-080", "video-editor", "entry", "Tiny Budget Weddings", "Leeds", "hybrid", 18, 20),
    ("f5-081", "assistant-editor-publishing", "entry", "Wharfe Academic Press", "Leeds", "hybrid", 24, 27),
    ("f5-082", "junior-videographer", "entry", "Headrow Media", "Leeds", "hybrid", 23, 26),
    ("f5-083", "production-runner", "entry", "Kirkgate Productions", "Leeds", "onsite", None, None),
    ("f5-084", "motion-graphics-junior", "entry", "Ripple Social Agency", "Leeds", "hybrid", 24, 27),
    ("f5-085", "video-editor", "entry", "Brooklyn Content House", "remote-us", "remote", 45, 55),
    # microbiology-graduate (Cork, entry, on-site, >= €30k)
    ("f5-086", "qc-microbiologist", "entry", "Lee Valley Biologics", "Cork", "onsite", 32, 36),
    ("f5-087", "qc-microbiologist", "entry", "Ringaskiddy Pharma Services", "Cork", "onsite", None, None),
    ("f5-088", "qc-microbiologist", "mid", "Ringaskiddy Pharma Services", "Cork", "onsite", 40, 48),
    ("f5-089", "qc-microbiologist", "entry", "Shannon Sterile Products", "Limerick", "onsite", 32, 36),
    ("f5-090", "qc-microbiologist", "entry", "Munster Contract Labs", "Cork", "onsite", 25, 28),
    ("f5-091", "qc-microbiologist", "senior", "Lee Valley Biologics", "Cork", "onsite", 55, 65),
    ("f5-092", "em-technician", "entry", "Little Island Sterile Fill", "Cork", "onsite", 30, 34),
    ("f5-093", "food-micro-analyst", "entry", "Blackwater Dairy Co-op", "Cork", "onsite", 29, 33),
    ("f5-094", "medical-scientist-trainee", "entry", "South Munster University Hospital", "Cork", "onsite", 35, 40),
    ("f5-095", "microbiology-sales", "mid", "Bioline Diagnostics Ireland", "Cork", "hybrid", 40, 50),
    ("f5-096", "bio-manufacturing-technician", "entry", "Lee Valley Biologics", "Cork", "onsite", 32, 36),
    # recruiter-to-partner-manager (Leipzig, mid, wants remote, >= €60k)
    ("f5-097", "partner-manager", "mid", "Wolkenwerk Software", "remote-de", "remote", 62, 72),
    ("f5-098", "partner-manager", "mid", "Kanalplan", "remote-eu", "remote", None, None),
    ("f5-099", "partner-manager", "senior", "Brandenburger Cloud", "remote-de", "remote", 75, 90),
    ("f5-100", "partner-manager", "senior", "Lindenau Analytics", "Leipzig", "hybrid", 70, 85),
    ("f5-101", "partner-manager", "mid", "Isar Cloud Systems", "Munich", "hybrid", 65, 75),
    ("f5-102", "partner-manager", "mid", "Bay Area SaaS Inc", "remote-us", "remote", 90, 110),
    ("f5-103", "partner-manager", "mid", "Klein und Fein Software", "remote-de", "remote", 45, 52),
    ("f5-104", "partner-manager", "entry", "Wolkenwerk Software", "remote-de", "remote", 40, 48),
    ("f5-105", "saas-account-executive-dach", "mid", "Personalwerk HR Software", "remote-de", "remote", 55, 70),
    ("f5-106", "tech-recruitment-consultant", "mid", "Mitteldeutsche IT-Personal", "Leipzig", "hybrid", 45, 55),
    ("f5-107", "talent-acquisition-partner", "mid", "Wolkenwerk Software", "remote-de", "remote", 55, 65),
    ("f5-108", "youtube-channel-manager", "mid", "Spree Media Network", "remote-de", "remote", 45, 55),
    ("f5-109", "partner-marketing-manager", "mid", "Kanalplan", "remote-eu", "remote", 60, 70),
    # general-counsel (Toronto, lead, hybrid, >= CA$240k)
    ("f5-110", "general-counsel", "lead", "Front Street Payments", "Toronto", "hybrid", 260, 320),
    ("f5-111", "chief-legal-officer", "lead", "Humber Power Corporation", "Toronto", "hybrid", None, None),
    ("f5-112", "general-counsel", "lead", "Laurentian Software", "remote-ca", "remote", 250, 300),
    ("f5-113", "general-counsel", "lead", "Granville Mining", "Vancouver", "hybrid", 280, 340),
    ("f5-114", "general-counsel", "lead", "Toronto Arts Alliance", "Toronto", "hybrid", 150, 180),
    ("f5-115", "general-counsel", "senior", "Front Street Payments", "Toronto", "hybrid", 230, 260),
    ("f5-116", "general-counsel", "mid", "Humber Power Corporation", "Toronto", "hybrid", 140, 170),
    ("f5-117", "chief-compliance-officer", "lead", "Front Street Payments", "Toronto", "hybrid", 240, 280),
    ("f5-118", "general-manager-dc", "lead", "Queensway Logistics", "Toronto", "onsite", 180, 220),
    ("f5-119", "law-firm-partner", "lead", "Adelaide Street LLP", "Toronto", "onsite", None, None),
    # a shared distractor: every person sees it, unrelated to all
    ("f5-120", "java-backend", "senior", "Wolkenwerk Software", "Berlin", "hybrid", 85, 100),
]
