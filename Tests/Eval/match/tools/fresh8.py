# The tenth set, "fresh8" (issue 19, ninth round): ten kinds of people that
# no earlier set (dev, heldout, fresh, fresh2 … fresh7) has, in places the
# earlier sets did not use (Finland, Northern Ireland, central Portugal,
# Queensland, Saskatchewan, Connecticut, Lombardy, North Brabant, Greek
# Macedonia, the German North Sea coast), postings written for them, and the
# saved search each would add, written the way people state it. Graded by the
# same rules (grading.py) and written before any ranker ran on it.
#
# Provenance: written by an AI coding assistant working as a helper on this
# repository (December 2026), by hand, blind to the ranker: it did not read
# Sources/, docs/matching.md, docs/evaluation.md past its rubric, or any
# ranking output, and ran no ranker. No person has reviewed the grades. Every
# person and employer is fictional. generate.py writes it to fresh8/.
#
# Kinds: a flight attendant (aviation, Helsinki), a payroll specialist
# (finance/HR operations, Belfast, a terse summary), a CNC machinist
# (manufacturing, Leiria, a bare résumé with no summary), a paramedic back
# after a five-year break on the family's cattle property (care, Brisbane,
# returner), a new agronomy graduate looking for a first field agronomist job
# (agriculture, Saskatoon, first job, a pre-1.0 JSON Resume), a new actuarial
# science graduate looking for a first actuarial analyst job (insurance,
# Hartford, first job), a hospital pharmacist moving into medical science
# liaison (pharma, Milan, career changer, old job as label), a mechatronics
# engineer moving into patent attorney training (legal/IP, Eindhoven, career
# changer, old job as label), a museum director (culture, executive,
# Thessaloniki) and a wind turbine service technician (energy trade,
# Bremerhaven).
#
# Every kind of job below is new (none shares a key with an earlier set's
# archetypes, and no place key is redefined, so regenerating leaves the other
# sets byte-identical), except the two shared distractors at the end
# (`java-backend`, `icu-nurse`). Pay is in each place's currency (€, £, A$,
# CA$, $); no new currency or remote region was needed.
import fresh7  # noqa: F401 (imports the earlier sets too: their places and remote regions this set reuses)
from archetypes import ARCHETYPES
from grading import FAMILY, NEAR_MISS_KINDS
from postings import PLACES, REMOTE
from profiles import pre_1_0 as _older, resume, with_sections as _with, work

_NEW = {
    # ------------------------------------------------------- cabin crew (Helsinki)
    "cabin-crew-fi": dict(
        titles={"entry": "Cabin Crew Trainee", "mid": "Flight Attendant", "senior": "Senior Flight Attendant (Purser)",
                "lead": "Cabin Crew Manager"},
        summary=["Look after our passengers' safety and comfort on European and long-haul flights from Helsinki.",
                 "Our airline is hiring flight attendants based at Helsinki-Vantaa for narrow- and wide-body "
                 "aircraft."],
        duties=["Carry out pre-flight safety and security checks", "Give the safety demonstration and keep the "
                "cabin secure", "Serve meals and run the onboard shop", "Handle medical incidents and disruptive "
                "passengers", "Work rotating rosters including nights, weekends and holidays", "Write the "
                "cabin report after each flight"],
        required=["{years}+ years as cabin crew (a valid EASA cabin crew attestation)", "Fluent Finnish and "
                  "English", "Able to swim 50 metres and pass an aviation medical", "Live within 90 minutes of "
                  "Helsinki-Vantaa"],
        nice=["Swedish, Japanese or Chinese", "Wide-body (A350) experience", "First aid instructor",
              "Customer service background"]),
    "corporate-flight-attendant": dict(
        titles={"mid": "Corporate Flight Attendant (Business Jets)"},
        summary=["Look after owners and guests on our Helsinki-based fleet of long-range business jets."],
        duties=["Plan catering for each trip", "Serve on board to a five-star standard", "Keep the cabin and "
                "galley ready and stocked"],
        required=["{years}+ years as cabin crew", "EASA cabin crew attestation"],
        nice=["Business aviation experience"]),
    "airport-ground-agent": dict(
        titles={"entry": "Passenger Service Agent (Check-in and Gate)"},
        summary=["Check in and board passengers for our airline customers at Helsinki Airport."],
        duties=["Check in passengers and bags", "Board flights at the gate", "Handle delays and rebookings"],
        required=["Customer service experience", "Finnish and English"],
        nice=["Amadeus Altéa"]),
    "inflight-services-director": dict(
        titles={"lead": "Director of Inflight Services"},
        summary=["Lead our cabin crew organisation of 1,200 people, its standards and its budget."],
        duties=["Set cabin service standards", "Lead base managers", "Negotiate with the cabin crew union"],
        required=["{years}+ years in airline operations leadership"],
        nice=["MBA"]),
    "flight-dispatcher": dict(
        titles={"mid": "Flight Dispatcher"},
        summary=["Plan flights and fuel and follow our aircraft from the operations control centre."],
        duties=["Prepare operational flight plans", "Calculate fuel and weight and balance", "Follow flights and "
                "replan around weather"],
        required=["Flight dispatcher licence", "{years}+ years in flight operations"],
        nice=["Lido or Jeppesen flight planning"]),
    "aircraft-cabin-cleaner": dict(
        titles={"entry": "Aircraft Cabin Cleaner"},
        summary=["Clean aircraft cabins between flights and overnight at Helsinki Airport."],
        duties=["Clean cabins and toilets in turnarounds", "Replace headrest covers and blankets",
                "Report cabin defects"],
        required=["Airport ID card (we help you apply)", "Shift work"],
        nice=["Cleaning experience"]),
    # ------------------------------------------------------- payroll (Belfast)
    "payroll-specialist-uk": dict(
        titles={"entry": "Payroll Administrator", "mid": "Payroll Specialist", "senior": "Senior Payroll Specialist",
                "lead": "Payroll Manager"},
        summary=["Run accurate, on-time payroll for our UK and Ireland employees.",
                 "Join our finance shared service centre in Belfast and own the end-to-end payroll for a group "
                 "of companies."],
        duties=["Run weekly and monthly payrolls end to end", "Process starters, leavers and changes",
                "Calculate statutory payments: SSP, SMP and holiday pay", "Submit RTI to HMRC and handle Revenue "
                "(ROI) payroll submissions", "Reconcile payroll to the general ledger", "Answer employee pay "
                "queries"],
        required=["{years}+ years running payroll", "UK payroll legislation and RTI",
                  "A payroll system such as Sage, ADP, Moorepay or iTrent", "Advanced Excel"],
        nice=["CIPP qualification", "Republic of Ireland payroll", "Pensions auto-enrolment", "Multi-company "
              "payrolls"]),
    "payroll-systems-analyst": dict(
        titles={"mid": "HR and Payroll Systems Analyst"},
        summary=["Look after the configuration and reporting of our HR and payroll system."],
        duties=["Configure pay elements and rules", "Test system upgrades", "Build payroll and HR reports"],
        required=["Payroll or HRIS experience", "Strong Excel"],
        nice=["iTrent or Workday"]),
    "accounts-payable-clerk": dict(
        titles={"entry": "Accounts Payable Clerk"},
        summary=["Process supplier invoices and payments for our food manufacturing group."],
        duties=["Match and post invoices", "Run payment runs", "Reconcile supplier statements"],
        required=["Finance office experience"],
        nice=["Sage 200"]),
    "payroll-software-sales": dict(
        titles={"mid": "Payroll Software Sales Executive"},
        summary=["Sell our cloud payroll software to small and mid-sized businesses across the UK."],
        duties=["Prospect and run demos", "Manage a sales pipeline", "Hit a quarterly new-business target"],
        required=["{years}+ years in B2B software sales"],
        nice=["HR or payroll software market knowledge"]),
    # ------------------------------------------------------- CNC machining (Leiria)
    "cnc-machinist-pt": dict(
        titles={"entry": "Operador CNC (Trainee)", "mid": "Fresador CNC / CNC Machinist",
                "senior": "Chefe de Turno, Maquinação CNC (Lead Machinist)",
                "lead": "Responsável de Oficina de Maquinação (Machining Workshop Manager)"},
        summary=["Machine steel mould parts on our 3- and 5-axis CNC milling centres for the injection moulding "
                 "industry.", "Our mould maker in Leiria is looking for a CNC machinist for cavities, cores and "
                 "electrodes."],
        duties=["Set up and run 3- and 5-axis CNC milling machines (Heidenhain, Fanuc)", "Read technical drawings "
                "and 3D models", "Choose tools and set offsets", "Measure parts with micrometers and height "
                "gauges", "Make small edits to CAM programs at the machine", "Keep the machine and work area "
                "clean and maintained"],
        required=["{years}+ years as a CNC milling machinist", "Reading technical drawings", "Heidenhain or Fanuc "
                  "controls", "Available for shift work"],
        nice=["Mould making experience", "5-axis machining", "Basic CAM (Mastercam, Cimatron)",
              "Vocational course in mechatronics or machining"]),
    "cam-programmer": dict(
        titles={"mid": "CAM Programmer (Moulds)"},
        summary=["Program our CNC milling machines for mould components in Cimatron and PowerMill."],
        duties=["Write CNC programs from 3D models", "Plan machining strategies", "Support machinists on the "
                "floor"],
        required=["{years}+ years of CNC machining or programming", "Cimatron, PowerMill or Mastercam"],
        nice=["5-axis programming"]),
    "edm-operator": dict(
        titles={"mid": "EDM Operator (Electroerosão)"},
        summary=["Run sinker and wire EDM machines for mould cavities."],
        duties=["Set up and run sinker EDM", "Run wire EDM", "Check parts against drawings"],
        required=["Machining experience", "Reading technical drawings"],
        nice=["Mould making"]),
    "cmm-inspector": dict(
        titles={"mid": "Quality Inspector (CMM)"},
        summary=["Measure mould parts and first-off samples on our coordinate measuring machine."],
        duties=["Program and run the CMM", "Write inspection reports", "Flag non-conforming parts"],
        required=["Metrology experience", "Reading technical drawings"],
        nice=["Calypso or PC-DMIS"]),
    "sewing-machinist": dict(
        titles={"mid": "Sewing Machinist (Costureira/o Industrial)"},
        summary=["Sew technical textiles and covers on industrial sewing machines."],
        duties=["Sew covers to pattern", "Set up industrial sewing machines", "Check seams for quality"],
        required=["Industrial sewing experience"],
        nice=["Overlock machines"]),
    "machine-learning-engineer-pt": dict(
        titles={"mid": "Machine Learning Engineer"},
        summary=["Build computer vision models that find defects on factory lines."],
        duties=["Train and evaluate vision models", "Deploy models to the edge", "Build data pipelines"],
        required=["{years}+ years of Python and ML", "PyTorch"],
        nice=["Industrial vision"]),
    # ------------------------------------------------------- paramedicine (Brisbane)
    "paramedic-au": dict(
        titles={"entry": "Graduate Paramedic", "mid": "Advanced Care Paramedic", "senior": "Critical Care Paramedic",
                "lead": "Officer-in-Charge, Ambulance Station"},
        summary=["Respond to emergency and urgent cases across Brisbane's south and west as part of a two-person "
                 "crew.", "We are recruiting registered paramedics for emergency road response, with a "
                 "supported return for paramedics coming back to practice."],
        duties=["Respond to emergency calls and assess patients on scene", "Give advanced life support, drugs and "
                "airway care within the clinical practice guidelines", "Transport patients safely to the right "
                "hospital", "Hand over to emergency department teams", "Complete electronic patient care "
                "records", "Mentor graduate paramedics and students"],
        required=["Registration as a paramedic with the Paramedicine Board of Australia (AHPRA)",
                  "{years}+ years of paramedic practice", "C1 or C-class manual driver licence",
                  "Working with Children Check"],
        nice=["Return-to-practice paramedics welcome", "Mental health or aged care experience",
              "Rural or remote practice", "Clinical teaching"]),
    "industrial-paramedic": dict(
        titles={"mid": "Event and Industrial Paramedic"},
        summary=["Give medical cover at our Brisbane stadium, port and major events."],
        duties=["Run the on-site treatment room", "Respond to incidents on site", "Hand over to the ambulance "
                "service"],
        required=["AHPRA-registered paramedic"],
        nice=["Event medicine"]),
    "patient-transport-officer": dict(
        titles={"entry": "Patient Transport Officer"},
        summary=["Drive patients to and from hospital appointments and between hospitals."],
        duties=["Transport non-emergency patients", "Help patients in and out of vehicles", "Keep vehicles "
                "clean and stocked"],
        required=["Certificate III in Non-Emergency Patient Transport", "Driver licence"],
        nice=["First aid certificate"]),
    "emergency-call-taker": dict(
        titles={"mid": "Emergency Medical Dispatcher"},
        summary=["Take triple zero calls and dispatch ambulances from our Brisbane operations centre."],
        duties=["Take emergency calls and triage them", "Give first-aid instructions by phone", "Dispatch and "
                "track crews"],
        required=["Calm under pressure", "Shift work"],
        nice=["Clinical background"]),
    "paramedical-examiner": dict(
        titles={"mid": "Paramedical Examiner (Insurance)"},
        summary=["Visit life insurance applicants to take health measurements and samples."],
        duties=["Take blood pressure, height and weight", "Collect blood and urine samples", "Complete insurer "
                "forms"],
        required=["Phlebotomy or nursing background", "Own car"],
        nice=["Insurance medicals"]),
    "paramedicine-lecturer": dict(
        titles={"mid": "Lecturer in Paramedicine"},
        summary=["Teach clinical practice in our Bachelor of Paramedicine."],
        duties=["Teach lectures and simulation labs", "Assess students", "Supervise placements"],
        required=["AHPRA-registered paramedic", "{years}+ years of clinical practice"],
        nice=["Postgraduate qualification"]),
    # ------------------------------------------------------- agronomy (Saskatoon)
    "field-agronomist": dict(
        titles={"entry": "Agronomist-in-Training (Field Agronomy)", "mid": "Field Agronomist",
                "senior": "Senior Agronomist", "lead": "Agronomy Manager"},
        summary=["Help grain growers around Saskatoon plan and protect their canola, wheat and pulse crops.",
                 "Our ag retail team is hiring an agronomist to scout fields, make crop input recommendations and "
                 "build relationships with growers."],
        duties=["Scout fields for weeds, insects and disease through the season", "Take soil samples and write "
                "fertility recommendations", "Recommend seed, fertilizer and crop protection products",
                "Run on-farm trials and share results at grower meetings", "Keep field records in our digital "
                "agronomy platform", "Support the retail team in spring and fall rush"],
        required=["Degree or diploma in agriculture (agronomy or plant science)", "{years}+ years of field "
                  "experience (internships count)", "Valid driver's licence and willing to drive rural roads",
                  "Eligible for P.Ag. or CCA"],
        nice=["Farm background", "Pesticide applicator licence", "Precision ag tools (Climate FieldView, "
              "Farmers Edge)", "Pulse crop experience"]),
    "crop-research-technician": dict(
        titles={"entry": "Crop Research Technician"},
        summary=["Run field plots and lab work for our canola and pulse breeding programme."],
        duties=["Seed, maintain and harvest trial plots", "Take plant measurements", "Enter and check data"],
        required=["Diploma or degree in agriculture or biology"],
        nice=["Plot equipment experience"]),
    "crop-insurance-adjuster": dict(
        titles={"entry": "Crop Insurance Adjuster"},
        summary=["Inspect damaged crops and settle growers' insurance claims."],
        duties=["Inspect fields after hail, drought and flood", "Estimate yield losses", "Write claim reports"],
        required=["Agricultural background", "Driver's licence"],
        nice=["Insurance licence"]),
    "golf-turf-agronomist": dict(
        titles={"entry": "Assistant Superintendent (Turf Agronomy)"},
        summary=["Keep the greens, tees and fairways of our golf club in tournament condition."],
        duties=["Plan mowing, watering and fertilizing", "Lead the grounds crew", "Run irrigation systems"],
        required=["Turfgrass management diploma"],
        nice=["Pesticide applicator licence"]),
    "grain-elevator-operator": dict(
        titles={"entry": "Grain Elevator Operator"},
        summary=["Receive, grade and load grain at our inland terminal."],
        duties=["Grade and receive farmers' deliveries", "Load rail cars", "Keep the elevator clean and safe"],
        required=["Mechanical aptitude", "Willing to work long hours at harvest"],
        nice=["Grain grading experience"]),
    # ------------------------------------------------------- actuarial (Hartford)
    "actuarial-analyst": dict(
        titles={"entry": "Actuarial Analyst I (Actuarial Development Program)", "mid": "Actuarial Analyst II",
                "senior": "Associate Actuary (ASA)", "lead": "Chief Actuary"},
        summary=["Join our actuarial development program: rotations in pricing, reserving and valuation with "
                 "paid exam support.", "Our life and annuity actuarial team is hiring an actuarial analyst to "
                 "build models and study experience."],
        duties=["Build and run pricing and reserving models", "Analyse mortality, lapse and claims experience",
                "Prepare exhibits for rate filings", "Support quarterly valuation", "Automate reports in Excel, "
                "SQL and Python", "Present findings to actuaries and underwriters"],
        required=["Degree in actuarial science, mathematics, statistics or economics", "At least one SOA or CAS "
                  "exam passed", "{years}+ years of actuarial work (internships count)", "Excel"],
        nice=["Exam FM and P passed", "SQL, R or Python", "Prophet or AXIS", "An actuarial internship"]),
    "insurance-pricing-analyst": dict(
        titles={"entry": "Insurance Pricing Analyst"},
        summary=["Analyse rates and competitors for our personal auto and home insurance."],
        duties=["Monitor rate adequacy", "Build pricing dashboards", "Support rate changes"],
        required=["Degree in a quantitative field", "Excel and SQL"],
        nice=["Actuarial exams"]),
    "underwriting-trainee": dict(
        titles={"entry": "Underwriting Trainee (Commercial Lines)"},
        summary=["Learn to underwrite small commercial accounts in our trainee program."],
        duties=["Review submissions", "Price small accounts with guidance", "Work with agents"],
        required=["Bachelor's degree"],
        nice=["Insurance coursework"]),
    "actuarial-recruiter": dict(
        titles={"entry": "Actuarial Recruitment Consultant"},
        summary=["Place actuaries with insurers and consultancies across the Northeast."],
        duties=["Source and call candidates", "Manage client vacancies", "Hit placement targets"],
        required=["Sales drive", "Bachelor's degree"],
        nice=["Recruiting experience"]),
    "claims-adjuster-auto": dict(
        titles={"entry": "Auto Claims Adjuster"},
        summary=["Handle auto damage claims from first notice to settlement."],
        duties=["Investigate claims", "Set reserves", "Negotiate settlements"],
        required=["Bachelor's degree", "Driver's license"],
        nice=["Adjuster license"]),
    # ------------------------------------------------------- medical affairs (Milan)
    "msl-oncology": dict(
        titles={"entry": "Associate Medical Science Liaison", "mid": "Medical Science Liaison (Oncology)",
                "senior": "Senior Medical Science Liaison (Oncology)", "lead": "Head of Medical Affairs, Italy"},
        summary=["Be our scientific link to oncologists and hospital pharmacists in Lombardy and Piedmont.",
                 "Our medical affairs team is hiring a medical science liaison for our haematology and solid "
                 "tumour portfolio in Northern Italy."],
        duties=["Build scientific relationships with key opinion leaders", "Present clinical data on our "
                "medicines in a balanced, non-promotional way", "Support investigator-initiated studies and "
                "clinical trial sites", "Bring insights from the field to the medical team", "Answer unsolicited "
                "medical questions", "Train internal teams on the science"],
        required=["Degree in pharmacy, medicine or life sciences (PhD or specialisation welcome)",
                  "{years}+ years in oncology, hospital practice or medical affairs", "Fluent Italian and English",
                  "Able to travel in the territory"],
        nice=["Hospital pharmacy in oncology", "Clinical trial experience", "Publications", "Health technology "
              "assessment"]),
    "medical-advisor-it": dict(
        titles={"mid": "Medical Advisor (Oncology)"},
        summary=["Own the medical strategy for one of our oncology brands in Italy."],
        duties=["Write the medical plan", "Review promotional material", "Work with MSLs and market access"],
        required=["Degree in medicine, pharmacy or life sciences", "{years}+ years in pharma or hospital"],
        nice=["Oncology"]),
    "hospital-pharmacist-it": dict(
        titles={"mid": "Farmacista Ospedaliero (Hospital Pharmacist)"},
        summary=["Join our hospital pharmacy: oncology compounding, clinical trials drugs and ward services."],
        duties=["Check and compound chemotherapy", "Manage clinical trial drugs", "Advise wards"],
        required=["Specialisation in hospital pharmacy", "Registered with the Ordine dei Farmacisti"],
        nice=["Oncology experience"]),
    "pharma-sales-rep-it": dict(
        titles={"mid": "Informatore Scientifico del Farmaco (Pharmaceutical Sales Rep)"},
        summary=["Promote our primary care medicines to GPs and pharmacies in Milan."],
        duties=["Visit doctors and pharmacies", "Present our products", "Meet sales targets"],
        required=["Degree in a scientific subject", "Car"],
        nice=["Primary care sales"]),
    # ------------------------------------------------------- patent attorney training (Eindhoven)
    "trainee-patent-attorney": dict(
        titles={"entry": "Trainee Patent Attorney (Mechanics / Mechatronics)", "mid": "European Patent Attorney",
                "senior": "Senior Patent Attorney", "lead": "Partner, Patent Attorneys"},
        summary=["Train as a Dutch and European patent attorney in our mechanical and mechatronics team, with "
                 "full support for the EQE.", "Our patent firm in Eindhoven is looking for an engineer who wants "
                 "to draft and prosecute patents for high-tech clients."],
        duties=["Draft patent applications with inventors", "Respond to examination reports from the EPO and "
                "the Dutch office", "Search and assess prior art", "Advise clients on freedom to operate",
                "Take part in oppositions", "Study for the European Qualifying Examination"],
        required=["MSc in mechanical engineering, mechatronics, physics or a similar subject", "Excellent "
                  "written English", "{years}+ years in patent work (none needed for trainees)", "An eye for "
                  "detail and precise language"],
        nice=["Industry experience in R&D", "Dutch", "German", "Invention disclosures written"]),
    "patent-search-analyst": dict(
        titles={"entry": "Patent Analyst (Prior Art Search)"},
        summary=["Search patent and scientific literature for our IP department and its attorneys."],
        duties=["Run prior art and freedom-to-operate searches", "Write search reports", "Monitor competitors' "
                "patents"],
        required=["MSc in engineering or science"],
        nice=["Patent databases"]),
    "mechatronics-design-engineer": dict(
        titles={"mid": "Mechatronics Design Engineer"},
        summary=["Design precision motion and wafer-handling modules for semiconductor equipment."],
        duties=["Design mechatronic modules", "Run tolerance and dynamics analyses", "Test prototypes"],
        required=["MSc mechanical engineering or mechatronics", "{years}+ years in precision engineering"],
        nice=["Creo or Siemens NX"]),
    "ip-network-engineer": dict(
        titles={"mid": "IP Network Engineer"},
        summary=["Design and run the IP/MPLS backbone of our fibre network."],
        duties=["Configure routers and switches", "Plan capacity", "Handle network incidents"],
        required=["CCNP or equivalent", "{years}+ years in networking"],
        nice=["Juniper"]),
    "patent-formalities-officer": dict(
        titles={"entry": "Patent Formalities Officer"},
        summary=["Handle deadlines, filings and fees for our patent attorneys."],
        duties=["Docket deadlines", "File documents with patent offices", "Pay renewal fees"],
        required=["Office experience", "Accuracy"],
        nice=["Patent administration"]),
    # ------------------------------------------------------- museums (Thessaloniki)
    "museum-director": dict(
        titles={"mid": "Head of Museum Programmes", "senior": "Deputy Museum Director", "lead": "Museum Director"},
        summary=["Lead our museum: its collections, exhibitions, people, funding and place in the city.",
                 "The board of our foundation is looking for a director to lead the museum into its next decade."],
        duties=["Set the museum's artistic and strategic direction with the board", "Lead a team of curators, "
                "educators and operations staff", "Raise funds from sponsors, EU programmes and the state",
                "Own the budget and the annual report", "Build partnerships with museums abroad", "Represent the "
                "museum to the press and the public"],
        required=["{years}+ years in museum or cultural leadership", "A record of major exhibitions", "Fluent "
                  "Greek and English", "Fundraising experience"],
        nice=["PhD in art history, archaeology or museology", "EU funding (Creative Europe, NSRF)", "Digital "
              "programmes", "International loans"]),
    "cultural-foundation-ceo": dict(
        titles={"lead": "Executive Director, Arts Foundation"},
        summary=["Lead our arts foundation's grants, venues and programmes in Northern Greece."],
        duties=["Lead the foundation's strategy", "Manage grant programmes", "Report to the board"],
        required=["{years}+ years in cultural leadership"],
        nice=["Foundation management"]),
    "chief-curator": dict(
        titles={"senior": "Chief Curator"},
        summary=["Lead curatorial work and the exhibition programme at our museum."],
        duties=["Plan exhibitions", "Research the collection", "Lead the curators"],
        required=["PhD or MA in art history", "{years}+ years of curating"],
        nice=["Publications"]),
    "gallery-manager": dict(
        titles={"mid": "Gallery Manager"},
        summary=["Run our commercial contemporary art gallery: sales, artists and shows."],
        duties=["Sell works to collectors", "Install shows", "Manage artists' consignments"],
        required=["Art sales experience"],
        nice=["Art fairs"]),
    "festival-director": dict(
        titles={"lead": "Festival Director"},
        summary=["Lead the programme and the team of our city's annual documentary film festival."],
        duties=["Programme the festival", "Raise sponsorship", "Lead a seasonal team"],
        required=["{years}+ years in festival or cultural programming"],
        nice=["Film industry network"]),
    "director-of-photography": dict(
        titles={"mid": "Director of Photography"},
        summary=["Shoot commercials and documentaries for our production company."],
        duties=["Light and shoot productions", "Lead camera and lighting crews", "Work with directors on the look"],
        required=["A showreel", "{years}+ years as a cinematographer"],
        nice=["ARRI and RED cameras"]),
    # ------------------------------------------------------- wind energy (Bremerhaven)
    "wind-turbine-technician": dict(
        titles={"entry": "Trainee Wind Turbine Technician", "mid": "Servicetechniker Windenergieanlagen (Wind "
                "Turbine Technician)", "senior": "Lead Wind Turbine Technician (Offshore)",
                "lead": "Service Site Manager, Offshore Wind"},
        summary=["Keep our offshore and onshore wind turbines on the North Sea coast running.",
                 "Our service team in Bremerhaven maintains and repairs multi-megawatt turbines; crews go "
                 "offshore by vessel on day trips or 14-day rotations."],
        duties=["Carry out scheduled maintenance on turbines", "Troubleshoot electrical, hydraulic and "
                "mechanical faults", "Replace components in the nacelle and hub", "Work at height and in "
                "confined spaces safely", "Write service reports in our system", "Support commissioning of new "
                "turbines"],
        required=["Vocational training as a mechatronics technician, electrician or industrial mechanic",
                  "GWO Basic Safety Training", "{years}+ years in wind turbine service", "Driver's licence B"],
        nice=["Offshore experience", "High-voltage switching authorisation", "Siemens Gamesa or Vestas "
              "platforms", "English"]),
    "blade-repair-technician": dict(
        titles={"mid": "Rotor Blade Repair Technician"},
        summary=["Inspect and repair composite rotor blades by rope access."],
        duties=["Inspect blades", "Repair leading edges and laminate", "Document repairs"],
        required=["GWO Basic Safety Training", "Composite repair experience"],
        nice=["IRATA rope access"]),
    "hv-technician-wind": dict(
        titles={"mid": "High Voltage Technician (Offshore Substations)"},
        summary=["Maintain the substations and cables of our offshore wind farms."],
        duties=["Switch and maintain HV equipment", "Test protection systems", "Support fault finding"],
        required=["Electrician or electrical engineering training", "HV switching authorisation"],
        nice=["GWO"]),
    "gas-turbine-technician": dict(
        titles={"mid": "Gas Turbine Technician (Power Plant)"},
        summary=["Maintain the gas turbines of our combined-cycle power plant."],
        duties=["Carry out turbine inspections", "Repair auxiliaries", "Support outages"],
        required=["Industrial mechanic or mechatronics training"],
        nice=["Siemens SGT experience"]),
    "wind-instrument-repair": dict(
        titles={"mid": "Wind Instrument Repair Technician (Holzblasinstrumentenmacher)"},
        summary=["Repair and service flutes, clarinets and saxophones in our music shop's workshop."],
        duties=["Replace pads and springs", "Adjust mechanisms", "Advise musicians"],
        required=["Apprenticeship as a woodwind instrument maker"],
        nice=["Brass instruments"]),
    "offshore-wind-project-manager": dict(
        titles={"lead": "Project Director, Offshore Wind"},
        summary=["Lead the construction of our next offshore wind farm from contract to handover."],
        duties=["Lead the project team and contractors", "Own budget and schedule", "Report to the board"],
        required=["{years}+ years managing energy projects"],
        nice=["PMP"]),
}
_clash = set(_NEW) & set(ARCHETYPES)
assert not _clash, f"fresh8 would overwrite earlier archetypes: {sorted(_clash)}"
ARCHETYPES.update(_NEW)

_PLACES = {
    "Helsinki": ("Helsinki", "Uusimaa", "FI", "EUR"), "Oulu": ("Oulu", "North Ostrobothnia", "FI", "EUR"),
    "Belfast": ("Belfast", "Northern Ireland", "GB", "GBP"), "Derry": ("Derry", "Northern Ireland", "GB", "GBP"),
    "Leiria": ("Leiria", "Leiria", "PT", "EUR"),
    "Brisbane": ("Brisbane", "QLD", "AU", "AUD"), "Townsville": ("Townsville", "QLD", "AU", "AUD"),
    "Saskatoon": ("Saskatoon", "SK", "CA", "CAD"), "Regina": ("Regina", "SK", "CA", "CAD"),
    "Hartford": ("Hartford", "CT", "US", "USD"),
    "Milan": ("Milan", "Lombardy", "IT", "EUR"), "Rome": ("Rome", "Lazio", "IT", "EUR"),
    "Eindhoven": ("Eindhoven", "North Brabant", "NL", "EUR"), "The Hague": ("The Hague", "South Holland", "NL", "EUR"),
    "Thessaloniki": ("Thessaloniki", "Central Macedonia", "GR", "EUR"), "Athens": ("Athens", "Attica", "GR", "EUR"),
    "Bremerhaven": ("Bremerhaven", "Bremen", "DE", "EUR"),
}
_taken = set(_PLACES) & set(PLACES)
assert not _taken, f"fresh8 would redefine earlier places: {sorted(_taken)}"
PLACES.update(_PLACES)

# What suits each person (grading.py's rules read these). A changer's family
# is their aim: the job they are leaving is 1.
FAMILY.update({
    "flight-attendant": {"cabin-crew-fi": 3, "corporate-flight-attendant": 2, "airport-ground-agent": 1,
                         "inflight-services-director": 1},
    "payroll-specialist": {"payroll-specialist-uk": 3, "payroll-systems-analyst": 2, "accounts-payable-clerk": 1},
    "cnc-machinist": {"cnc-machinist-pt": 3, "cam-programmer": 2, "edm-operator": 2, "cmm-inspector": 1},
    "paramedic-returner": {"paramedic-au": 3, "industrial-paramedic": 2, "patient-transport-officer": 1,
                           "emergency-call-taker": 1, "paramedicine-lecturer": 1},
    "agronomy-graduate": {"field-agronomist": 3, "crop-research-technician": 2, "crop-insurance-adjuster": 1,
                          "grain-elevator-operator": 1},
    "actuarial-graduate": {"actuarial-analyst": 3, "insurance-pricing-analyst": 2, "underwriting-trainee": 1},
    "pharmacist-to-msl": {"msl-oncology": 3, "medical-advisor-it": 2, "hospital-pharmacist-it": 1},
    "engineer-to-patent-attorney": {"trainee-patent-attorney": 3, "patent-search-analyst": 2,
                                    "mechatronics-design-engineer": 1, "patent-formalities-officer": 1},
    "museum-director": {"museum-director": 3, "cultural-foundation-ceo": 2, "chief-curator": 1, "gallery-manager": 1,
                        "festival-director": 1},
    "wind-turbine-technician": {"wind-turbine-technician": 3, "blade-repair-technician": 2, "hv-technician-wind": 2,
                                "gas-turbine-technician": 1, "offshore-wind-project-manager": 1},
})
NEAR_MISS_KINDS.update({
    ("flight-attendant", "flight-dispatcher"): "right-word-wrong-field",
    ("flight-attendant", "aircraft-cabin-cleaner"): "right-word-wrong-field",
    ("flight-attendant", "inflight-services-director"): "right-field-wrong-level",
    ("payroll-specialist", "payroll-software-sales"): "right-word-wrong-field",
    ("cnc-machinist", "sewing-machinist"): "right-word-wrong-field",
    ("cnc-machinist", "machine-learning-engineer-pt"): "right-word-wrong-field",
    ("paramedic-returner", "paramedical-examiner"): "right-word-wrong-field",
    ("paramedic-returner", "patient-transport-officer"): "right-field-wrong-level",
    ("agronomy-graduate", "golf-turf-agronomist"): "right-word-wrong-field",
    ("actuarial-graduate", "actuarial-recruiter"): "right-word-wrong-field",
    ("pharmacist-to-msl", "hospital-pharmacist-it"): "history-not-target",
    ("pharmacist-to-msl", "pharma-sales-rep-it"): "right-word-wrong-field",
    ("engineer-to-patent-attorney", "mechatronics-design-engineer"): "history-not-target",
    ("engineer-to-patent-attorney", "ip-network-engineer"): "right-word-wrong-field",
    ("engineer-to-patent-attorney", "patent-formalities-officer"): "right-field-wrong-level",
    ("museum-director", "director-of-photography"): "right-word-wrong-field",
    ("wind-turbine-technician", "wind-instrument-repair"): "right-word-wrong-field",
    ("wind-turbine-technician", "offshore-wind-project-manager"): "right-field-wrong-level",
})


# Each person's prefs also hold the saved search they would add, as people
# state it (`search` in NAME.preferences.json, keyed by `discover search
# add`'s options). The grades do not read it. The résumés differ on purpose
# in how complete and how well written they are.
PROFILES = {
    "flight-attendant": dict(
        set="fresh8", city="Helsinki", level="mid",
        prefs=dict(target_salary_min=36000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Flight Attendant", "Cabin Crew", "Senior Cabin Crew"],
                               location=["Helsinki", "Vantaa"], level=["mid", "senior"])),
        resume=_with(resume(
            "Aino Virtanen", "Flight Attendant", "aino.virtanen@example.com",
            "Flight attendant with six years at a Helsinki-based airline on European and long-haul routes (A320 "
            "family and A350). Trained as a first-aid instructor for our cabin crew and often work as acting "
            "purser on short-haul. I want to keep flying from Helsinki-Vantaa, ideally moving up to senior "
            "cabin crew or purser.",
            "Helsinki", "Uusimaa", "FI",
            [work("Aurora Nordic Airlines", "Flight Attendant", "2020-05", None, "Helsinki base, 4,000+ block hours.",
                  ["Acting purser on 60+ short-haul rotations", "First-aid instructor for recurrent training",
                   "Customer praise award 2024"], ["Safety procedures", "A350", "First aid", "Service"]),
             work("Hotel Kämp Collection (fictional)", "Receptionist", "2017-08", "2020-04", "", [], [])],
            [dict(name="Cabin", level="Advanced", keywords=["EASA cabin crew attestation", "Safety and emergency "
                                                            "procedures", "First aid instructor", "Inflight sales"])],
            languages=[dict(language="Finnish", fluency="Native"), dict(language="Swedish", fluency="Fluent"),
                       dict(language="English", fluency="Fluent"), dict(language="Japanese", fluency="Basic")],
            certificates=[dict(name="EASA Cabin Crew Attestation")]),
            education=[dict(institution="Haaga-Helia University of Applied Sciences", area="Tourism",
                            studyType="Bachelor of Hospitality Management", endDate="2017-06")])),
    "payroll-specialist": dict(
        set="fresh8", city="Belfast", level="mid",
        prefs=dict(target_salary_min=30000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Payroll Specialist", "Payroll Officer", "Senior Payroll Administrator"],
                               location=["Belfast", "Lisburn", "Remote (UK)"], level=["mid", "senior"],
                               **{"salary-min": 30000})),
        resume=resume(
            "Ciara McAllister", "Payroll Specialist", "ciara.mcallister@example.com",
            "Payroll specialist, 5 yrs. UK + ROI payroll, 900 staff, Sage/ADP. CIPP Foundation. Belfast hybrid or "
            "remote.",
            "Belfast", "Northern Ireland", "GB",
            [work("Lough Neagh Dairies Ltd", "Payroll Specialist", "2021-09", None, "",
                  ["Weekly + monthly payroll, 900 staff, UK and ROI", "RTI and Revenue submissions",
                   "Payroll to GL reconciliations"], ["Sage 200 Payroll", "ADP", "Excel"]),
             work("Belfast Payroll Bureau", "Payroll Administrator", "2019-06", "2021-08", "", [], [])],
            [dict(name="Payroll", level="Advanced", keywords=["UK payroll", "ROI payroll", "RTI", "SSP/SMP",
                                                              "Auto-enrolment", "Sage", "ADP"])],
            certificates=[dict(name="CIPP Foundation Degree in Payroll Management (in progress)")])),
    "cnc-machinist": dict(
        set="fresh8", city="Leiria", level="mid",
        prefs=dict(target_salary_min=17000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Fresador CNC", "CNC Machinist", "Operador CNC"],
                               location=["Leiria", "Marinha Grande"], **{"work-type": ["onsite"]})),
        resume=_with(resume(
            "Rui Ferreira", "Fresador CNC / CNC Machinist", "rui.ferreira@example.com", "",
            "Leiria", "Leiria", "PT",
            [work("Moldes Pinhal do Rei, Lda", "Fresador CNC", "2019-02", None, "",
                  ["Machining mould cavities and cores on 3- and 5-axis DMG Mori and Hermle machines",
                   "Heidenhain TNC 640", "Night shift lead hand 2024-2026"], ["Heidenhain", "5-axis", "Moulds"]),
             work("Serralharia Ferreira & Filhos", "Serralheiro (Metalworker)", "2015-09", "2019-01", "", [], [])],
            [dict(name="Maquinação", level="Advanced", keywords=["CNC milling", "Heidenhain", "Fanuc", "Technical "
                                                                 "drawings", "Moulds"])],
            languages=[dict(language="Portuguese", fluency="Native"), dict(language="English", fluency="Basic")]),
            education=[dict(institution="CENFIM Marinha Grande", area="Maquinação CNC",
                            studyType="Curso profissional (nível 4)", endDate="2015-07")])),
    "paramedic-returner": dict(
        set="fresh8", city="Brisbane", level="mid",
        prefs=dict(target_salary_min=80000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Paramedic", "Advanced Care Paramedic"],
                               location=["Brisbane, QLD", "Ipswich, QLD", "Logan, QLD"], **{"salary-min": 80000})),
        resume=_with(resume(
            "Jessica Donovan", "Paramedic", "jess.donovan@example.com",
            "Registered paramedic returning to road work after five years away. I worked seven years on "
            "emergency ambulances in south-east Queensland, the last three as an advanced care paramedic, "
            "then left in 2021 to run my family's cattle property near Roma while my father was ill. I have "
            "completed a return-to-practice program and my registration with the Paramedicine Board is "
            "current again. Looking for an advanced care paramedic role on the road in Brisbane.",
            "Brisbane", "QLD", "AU",
            [work("Moreton Ambulance Service (return-to-practice placement)", "Paramedic (supervised practice)",
                  "2026-06", "2026-10", "", ["450 supervised hours on emergency road shifts"], []),
             work("Donovan Cattle Co.", "Property manager (family business)", "2021-05", "2026-05", "",
                  ["Ran a 4,000-hectare cattle property"], []),
             work("Southern Queensland Ambulance Service", "Advanced Care Paramedic", "2018-01", "2021-04", "",
                  ["Emergency road response, Logan and Ipswich", "Mentored graduate paramedics"],
                  ["ALS", "Cannulation", "Drug administration"]),
             work("Southern Queensland Ambulance Service", "Paramedic", "2014-02", "2017-12", "", [], [])],
            [dict(name="Paramedicine", level="Advanced", keywords=["Advanced life support", "Trauma",
                                                                   "Pharmacology", "Patient assessment"])],
            certificates=[dict(name="AHPRA registration, Paramedicine (renewed 2026)"),
                          dict(name="Return to Practice Program, 2026"), dict(name="C1 driver licence")]),
            education=[dict(institution="Griffith University", area="Paramedicine", studyType="Bachelor",
                            endDate="2013-11")])),
    "agronomy-graduate": dict(
        set="fresh8", city="Saskatoon", level="entry",
        prefs=dict(target_salary_min=55000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Agronomist", "Junior Agronomist", "Agronomy Associate", "Crop Advisor"],
                               location=["Saskatoon, SK", "Warman, SK", "Remote (Canada)"],
                               level=["entry-level"], **{"salary-min": 55000})),
        resume=_older(_with(resume(
            "Harpreet Gill", "BSc Agriculture (Agronomy), 2026", "harpreet.gill@example.com",
            "New agronomy graduate from the University of Saskatchewan, raised on a grain farm near Rosthern. "
            "Two summers scouting canola and pulses as an intern. I'm looking for my first job as a field "
            "agronomist or agronomy associate around Saskatoon and will register as an Agrologist-in-Training.",
            "Saskatoon", "SK", "CA",
            [work("Prairie Sky Ag Retail", "Summer Agronomy Intern", "2025-05", "2025-08", "",
                  ["Scouted 40 fields weekly", "Took 300 soil samples", "Helped run two on-farm trials"],
                  ["Field scouting", "Soil sampling"]),
             work("Prairie Sky Ag Retail", "Summer Agronomy Intern", "2024-05", "2024-08", "", [], []),
             work("Gill Farms", "Farm hand", "2016-04", "2023-10", "", ["Seeding, spraying and harvest"], [])],
            [dict(name="Agronomy", level="Intermediate", keywords=["Crop scouting", "Soil sampling", "Canola",
                                                                   "Pulses", "Climate FieldView"])],
            languages=[dict(language="English", fluency="Native"), dict(language="Punjabi", fluency="Fluent")]),
            education=[dict(institution="University of Saskatchewan", area="Agronomy",
                            studyType="BSc Agriculture", endDate="2026-04")]),
            "https://harpreetgill.example.com/")),
    "actuarial-graduate": dict(
        set="fresh8", city="Hartford", level="entry",
        prefs=dict(target_salary_min=68000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Actuarial Analyst", "Actuarial Assistant", "Actuarial Development Program"],
                               location=["Hartford, CT", "Remote (US)"], level=["entry", "junior"],
                               **{"work-type": ["hybrid", "remote"]})),
        resume=_with(resume(
            "Marcus Bell", "Actuarial Science Graduate (Exams P and FM)", "marcus.bell@example.com",
            "I finished a BS in Actuarial Science at UConn in May and have passed SOA Exams P and FM. Last summer "
            "I interned in life pricing at a Hartford insurer. I'm looking for an entry-level actuarial analyst "
            "or development program role in Hartford (hybrid) or remote, with exam support.",
            "Hartford", "CT", "US",
            [work("Charter Oak Mutual", "Actuarial Intern, Life Pricing", "2025-06", "2025-08", "",
                  ["Built an Excel lapse study for term life", "Automated a pricing exhibit in Python"],
                  ["Excel", "Python", "SQL"]),
             work("UConn Math Learning Center", "Tutor (part-time)", "2023-09", "2026-05", "", [], [])],
            [dict(name="Actuarial", level="Intermediate", keywords=["Exam P", "Exam FM", "Excel", "VBA", "SQL",
                                                                    "Python", "R"])],
            certificates=[dict(name="SOA Exam P"), dict(name="SOA Exam FM")]),
            education=[dict(institution="University of Connecticut", area="Actuarial Science", studyType="BS",
                            endDate="2026-05")])),
    "pharmacist-to-msl": dict(
        set="fresh8", city="Milan", level="mid",
        prefs=dict(target_salary_min=55000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Medical Science Liaison", "MSL", "Medical Advisor"],
                               location=["Milan", "Lombardy", "Remote (Europe)"], keyword=["oncology"],
                               level=["mid", "senior"])),
        resume=_with(resume(
            "Giulia Rinaldi", "Farmacista Ospedaliera (Hospital Pharmacist)", "giulia.rinaldi@example.com",
            "Hospital pharmacist with eight years in oncology and haematology at a Milan teaching hospital: "
            "chemotherapy compounding, clinical trial drug management and the hospital's drug committee. I "
            "want to move into medical affairs as a medical science liaison in oncology, working with "
            "clinicians in Lombardy, and leave dispensing behind.",
            "Milan", "Lombardy", "IT",
            [work("Azienda Ospedaliera Nord Milano", "Farmacista Ospedaliera", "2018-11", None,
                  "Oncology and haematology pharmacy.",
                  ["Managed drugs for 35 oncology clinical trials", "Presented drug evaluations to the hospital "
                   "drug committee", "Co-author of four papers on oncology drug use"],
                  ["Oncology", "Clinical trials", "HTA"]),
             work("Farmacia Navigli", "Farmacista", "2016-09", "2018-10", "", [], [])],
            [dict(name="Scienza", level="Advanced", keywords=["Oncology", "Haematology", "Clinical trials",
                                                              "Pharmacology", "Scientific presentations"])],
            languages=[dict(language="Italian", fluency="Native"), dict(language="English", fluency="C1")]),
            education=[dict(institution="Università degli Studi di Milano", area="Farmacia Ospedaliera",
                            studyType="Specializzazione", endDate="2020-10"),
                       dict(institution="Università degli Studi di Pavia", area="Chimica e Tecnologia "
                            "Farmaceutiche", studyType="Laurea Magistrale", endDate="2016-07")])),
    "engineer-to-patent-attorney": dict(
        set="fresh8", city="Eindhoven", level="entry",
        prefs=dict(target_salary_min=50000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Trainee Patent Attorney", "Patent Engineer", "Octrooigemachtigde in opleiding"],
                               location=["Eindhoven", "Den Bosch", "Remote (Netherlands)"],
                               level=["entry", "junior"])),
        resume=_with(resume(
            "Sanne de Vries", "Mechatronics Engineer", "sanne.devries@example.com",
            "Mechatronics engineer (MSc TU/e) with six years designing wafer-handling modules. Writing invention "
            "disclosures with our IP department became the best part of my job: I want to train as a patent "
            "attorney (trainee, EQE route) at a firm or an in-house IP department in Eindhoven, not go on "
            "designing machines.",
            "Eindhoven", "North Brabant", "NL",
            [work("Kempen Precision Systems B.V.", "Mechatronics Engineer", "2020-09", None, "",
                  ["Designed three wafer-handling modules", "Inventor on four patent applications", "Wrote eleven "
                   "invention disclosures with the IP department"], ["Creo", "MATLAB", "Precision mechanics"]),
             work("Kempen Precision Systems B.V.", "Graduate Engineer", "2019-09", "2020-08", "", [], [])],
            [dict(name="Engineering", level="Advanced", keywords=["Mechatronics", "Precision motion", "Creo"]),
             dict(name="IP", level="Beginner", keywords=["Invention disclosures", "Espacenet searching"])],
            languages=[dict(language="Dutch", fluency="Native"), dict(language="English", fluency="Fluent"),
                       dict(language="German", fluency="Good")]),
            education=[dict(institution="Eindhoven University of Technology", area="Mechanical Engineering",
                            studyType="MSc", endDate="2019-08")])),
    "museum-director": dict(
        set="fresh8", city="Thessaloniki", level="lead",
        prefs=dict(target_salary_min=85000, preferred_work_type="hybrid", willing_to_relocate=False,
                   search=dict(title=["Museum Director", "Executive Director", "Director"],
                               location=["Thessaloniki"], level=["executive", "director"],
                               **{"salary-min": 85000})),
        resume=_with(resume(
            "Eleni Papadopoulou", "Museum Director", "eleni.papadopoulou@example.com",
            "Director of a private foundation museum of Byzantine and modern Greek art for six years: I lead 48 "
            "staff, doubled visitors to 210,000 a year, raised €9m from sponsors and EU programmes and brought "
            "three international touring exhibitions to the city. I am looking for my next museum directorship "
            "in Thessaloniki.",
            "Thessaloniki", "Central Macedonia", "GR",
            [work("Vardaris Foundation Museum", "Museum Director", "2020-03", None, "",
                  ["Visitors 105,000 -> 210,000 a year", "€9m raised from sponsors and EU programmes",
                   "Three touring exhibitions with European museums"], ["Leadership", "Fundraising", "Exhibitions"]),
             work("Vardaris Foundation Museum", "Chief Curator", "2013-09", "2020-02", "", [], []),
             work("Benaki-style Museum of Athens (fictional)", "Curator", "2007-01", "2013-08", "", [], [])],
            [dict(name="Museum leadership", level="Expert", keywords=["Strategy", "Fundraising", "Curating",
                                                                       "EU funding", "Board relations"])],
            languages=[dict(language="Greek", fluency="Native"), dict(language="English", fluency="Fluent"),
                       dict(language="French", fluency="Good")]),
            education=[dict(institution="Aristotle University of Thessaloniki", area="Byzantine Art History",
                            studyType="PhD", endDate="2006-06")])),
    "wind-turbine-technician": dict(
        set="fresh8", city="Bremerhaven", level="mid",
        prefs=dict(target_salary_min=45000, preferred_work_type="onsite", willing_to_relocate=False,
                   search=dict(title=["Servicetechniker Windenergie", "Wind Turbine Technician",
                                      "Offshore Service Technician"],
                               location=["Bremerhaven", "Cuxhaven"], **{"work-type": ["onsite"]})),
        resume=_with(resume(
            "Mehmet Yılmaz", "Servicetechniker Windenergieanlagen", "mehmet.yilmaz@example.com",
            "Wind turbine service technician, five years onshore and two offshore in the German Bight. "
            "Mechatroniker by trade, GWO BST and BTT, HV switching authorisation. I want a service job based "
            "in Bremerhaven — day trips offshore are fine, no more six-week jobs abroad.",
            "Bremerhaven", "Bremen", "DE",
            [work("Küstenwind Service GmbH", "Servicetechniker Offshore", "2024-03", None, "",
                  ["Scheduled service and fault finding on 8 MW turbines", "Gearbox and pitch system repairs"],
                  ["Siemens Gamesa", "Hydraulics", "HV switching"]),
             work("Windkraft Montage International", "Servicetechniker Onshore", "2019-04", "2024-02", "",
                  ["Service campaigns in Germany, Poland and Sweden"], []),
             work("Lloyd Werft (fictional)", "Mechatroniker (Ausbildung)", "2015-08", "2019-03", "", [], [])],
            [dict(name="Technik", level="Advanced", keywords=["Wind turbines", "Hydraulics", "Electrics",
                                                              "Troubleshooting", "Working at height"])],
            languages=[dict(language="German", fluency="Native"), dict(language="Turkish", fluency="Native"),
                       dict(language="English", fluency="Good")],
            certificates=[dict(name="GWO Basic Safety Training"), dict(name="GWO Basic Technical Training"),
                          dict(name="Schaltberechtigung Hochspannung")]),
            education=[dict(institution="Handwerkskammer Bremen", area="Mechatronik", studyType="Gesellenbrief",
                            endDate="2019-02")])),
}
# A CNC machinist's CV is often a list of jobs and machines, with no summary at all.
del PROFILES["cnc-machinist"]["resume"]["basics"]["summary"]

# (kind, level, company, place, workplace, salary_min, salary_max) in thousands, None = not stated; the ids
# (f8-001, ...) follow this order. Each person's block holds fits, neighbours and near misses. No posting
# is placed in a second place a search names (Vantaa, Lisburn, Marinha Grande, Ipswich, Logan, Warman,
# Den Bosch, Cuxhaven): the rules grade every city but the person's as another city.
_ROWS = [
    # flight-attendant (Helsinki, mid, on-site, >= €36k)
    ("cabin-crew-fi", "mid", "Aurora Nordic Airlines", "Helsinki", "onsite", 34, 42),
    ("cabin-crew-fi", "mid", "Saimaa Regional Airways", "Helsinki", "onsite", None, None),
    ("cabin-crew-fi", "senior", "Aurora Nordic Airlines", "Helsinki", "onsite", 42, 50),
    ("cabin-crew-fi", "mid", "Bothnia Air", "Oulu", "onsite", 34, 40),
    ("cabin-crew-fi", "mid", "Lento Budget Air", "Helsinki", "onsite", 26, 31),
    ("cabin-crew-fi", "entry", "Saimaa Regional Airways", "Helsinki", "onsite", None, None),
    ("cabin-crew-fi", "lead", "Aurora Nordic Airlines", "Helsinki", "onsite", 60, 72),
    ("corporate-flight-attendant", "mid", "Nordic Jet Charter Oy", "Helsinki", "onsite", 40, 48),
    ("airport-ground-agent", "entry", "Helsinki Airport Services Oy", "Helsinki", "onsite", 27, 30),
    ("inflight-services-director", "lead", "Aurora Nordic Airlines", "Helsinki", "hybrid", 95, 115),
    ("flight-dispatcher", "mid", "Aurora Nordic Airlines", "Helsinki", "onsite", 45, 55),
    ("aircraft-cabin-cleaner", "entry", "Vantaa Aviation Cleaning Oy", "Helsinki", "onsite", 24, 27),
    # payroll-specialist (Belfast, mid, hybrid, >= £30k)
    ("payroll-specialist-uk", "mid", "Lagan Valley Foods", "Belfast", "hybrid", 31, 35),
    ("payroll-specialist-uk", "mid", "Titanic Quarter Software", "Belfast", "onsite", None, None),
    ("payroll-specialist-uk", "senior", "Northern Care Trust", "Belfast", "hybrid", 35, 40),
    ("payroll-specialist-uk", "mid", "Clearpay Bureau Services", "remote-uk", "remote", 32, 36),
    ("payroll-specialist-uk", "mid", "Liffey Payroll Services", "remote-ie", "remote", None, None),
    ("payroll-specialist-uk", "mid", "Foyle Engineering Ltd", "Derry", "hybrid", 30, 34),
    ("payroll-specialist-uk", "mid", "Shankill Retail Group", "Belfast", "hybrid", 24, 27),
    ("payroll-specialist-uk", "entry", "Belfast City Bureau", "Belfast", "hybrid", None, None),
    ("payroll-specialist-uk", "lead", "Northern Care Trust", "Belfast", "hybrid", 48, 55),
    ("payroll-systems-analyst", "mid", "Harland Tech Services", "Belfast", "hybrid", 38, 45),
    ("accounts-payable-clerk", "entry", "Lagan Valley Foods", "Belfast", "hybrid", 23, 25),
    ("payroll-software-sales", "mid", "PayWise Software", "Belfast", "hybrid", 35, 45),
    # cnc-machinist (Leiria, mid, on-site, >= €17k)
    ("cnc-machinist-pt", "mid", "Moldes Lis, Lda", "Leiria", "onsite", 18, 22),
    ("cnc-machinist-pt", "mid", "Plastimolde Marinha, SA", "Leiria", "onsite", None, None),
    ("cnc-machinist-pt", "senior", "Moldes Lis, Lda", "Leiria", "onsite", 22, 26),
    ("cnc-machinist-pt", "mid", "Norte Usinagem, Lda", "Porto", "onsite", 19, 23),
    ("cnc-machinist-pt", "mid", "Pinhal Metalomecânica, Lda", "Leiria", "onsite", 12, 14),
    ("cnc-machinist-pt", "entry", "Pinhal Metalomecânica, Lda", "Leiria", "onsite", None, None),
    ("cnc-machinist-pt", "lead", "Moldes Lis, Lda", "Leiria", "onsite", 32, 38),
    ("cam-programmer", "mid", "Plastimolde Marinha, SA", "Leiria", "hybrid", 22, 27),
    ("edm-operator", "mid", "Leiria Precision Tools, Lda", "Leiria", "onsite", 17, 20),
    ("cmm-inspector", "mid", "Moldes Lis, Lda", "Leiria", "onsite", 18, 21),
    ("sewing-machinist", "mid", "Têxteis do Lis, Lda", "Leiria", "onsite", 11, 13),
    ("machine-learning-engineer-pt", "mid", "Lis Vision AI, Lda", "Leiria", "hybrid", 30, 40),
    # paramedic-returner (Brisbane, mid, on-site, >= A$80k)
    ("paramedic-au", "mid", "Moreton Ambulance Service", "Brisbane", "onsite", 85, 98),
    ("paramedic-au", "mid", "Southside Private Ambulance", "Brisbane", "onsite", None, None),
    ("paramedic-au", "senior", "Moreton Ambulance Service", "Brisbane", "onsite", 100, 118),
    ("paramedic-au", "mid", "Tropic Coast Ambulance", "Townsville", "onsite", 85, 98),
    ("paramedic-au", "mid", "Bayside Event Ambulance", "Brisbane", "onsite", 60, 68),
    ("paramedic-au", "entry", "Moreton Ambulance Service", "Brisbane", "onsite", 72, 80),
    ("paramedic-au", "lead", "Moreton Ambulance Service", "Brisbane", "onsite", 130, 150),
    ("industrial-paramedic", "mid", "Riverside Event Medical", "Brisbane", "onsite", 82, 95),
    ("patient-transport-officer", "entry", "Moreton Ambulance Service", "Brisbane", "onsite", 58, 64),
    ("emergency-call-taker", "mid", "Moreton Ambulance Service", "Brisbane", "onsite", 80, 88),
    ("paramedical-examiner", "mid", "Lifeline Underwriting Services", "Brisbane", "hybrid", 70, 80),
    ("paramedicine-lecturer", "mid", "Brisbane River University", "Brisbane", "hybrid", 105, 120),
    # agronomy-graduate (Saskatoon, entry, on-site, >= CA$55k)
    ("field-agronomist", "entry", "Prairie Sky Ag Retail", "Saskatoon", "onsite", 55, 62),
    ("field-agronomist", "entry", "Northstar Crop Inputs", "Saskatoon", "hybrid", None, None),
    ("field-agronomist", "mid", "Prairie Sky Ag Retail", "Saskatoon", "onsite", 65, 78),
    ("field-agronomist", "entry", "Wascana Ag Services", "Regina", "onsite", 55, 60),
    ("field-agronomist", "entry", "Small Town Co-op", "Saskatoon", "onsite", 42, 48),
    ("field-agronomist", "senior", "Northstar Crop Inputs", "Saskatoon", "onsite", 90, 110),
    ("field-agronomist", "entry", "Heartland Digital Agronomy", "remote-ca", "remote", 56, 64),
    ("field-agronomist", "entry", "Iowa Grain Advisors", "remote-us", "remote", None, None),
    ("crop-research-technician", "entry", "Prairie Crop Research Centre", "Saskatoon", "onsite", 50, 58),
    ("crop-insurance-adjuster", "entry", "Saskatchewan Crop Cover", "Saskatoon", "onsite", 52, 58),
    ("golf-turf-agronomist", "entry", "Riverside Golf & Country Club", "Saskatoon", "onsite", 48, 56),
    ("grain-elevator-operator", "entry", "Prairie Sky Ag Retail", "Saskatoon", "onsite", 45, 50),
    # actuarial-graduate (Hartford, entry, hybrid, >= $68k)
    ("actuarial-analyst", "entry", "Charter Oak Mutual", "Hartford", "hybrid", 70, 78),
    ("actuarial-analyst", "entry", "Connecticut River Life", "Hartford", "onsite", None, None),
    ("actuarial-analyst", "mid", "Charter Oak Mutual", "Hartford", "hybrid", 85, 95),
    ("actuarial-analyst", "entry", "Commonwealth Casualty", "Boston", "hybrid", 72, 80),
    ("actuarial-analyst", "entry", "Nutmeg Benefits Consulting", "Hartford", "hybrid", 55, 62),
    ("actuarial-analyst", "senior", "Connecticut River Life", "Hartford", "hybrid", 120, 145),
    ("actuarial-analyst", "entry", "Midwest Mutual Re", "remote-us", "remote", 68, 76),
    ("actuarial-analyst", "entry", "Maple Assurance", "remote-ca", "remote", None, None),
    ("insurance-pricing-analyst", "entry", "Charter Oak Mutual", "Hartford", "hybrid", 65, 75),
    ("underwriting-trainee", "entry", "Farmington Specialty Insurance", "Hartford", "hybrid", 62, 70),
    ("actuarial-recruiter", "entry", "Capitol Search Partners", "Hartford", "onsite", 50, 60),
    ("claims-adjuster-auto", "entry", "Charter Oak Mutual", "Hartford", "hybrid", 55, 62),
    # pharmacist-to-msl (Milan, mid: the job she is after, hybrid, >= €55k)
    ("msl-oncology", "mid", "Brianza Oncologia SpA", "Milan", "hybrid", 60, 72),
    ("msl-oncology", "mid", "Navigli Biotech Srl", "Milan", "hybrid", None, None),
    ("msl-oncology", "senior", "Brianza Oncologia SpA", "Milan", "hybrid", 75, 90),
    ("msl-oncology", "mid", "Tevere Pharma SpA", "Rome", "hybrid", 60, 70),
    ("msl-oncology", "mid", "Piccola Pharma Srl", "Milan", "hybrid", 40, 48),
    ("msl-oncology", "lead", "Brianza Oncologia SpA", "Milan", "hybrid", 130, 160),
    ("msl-oncology", "entry", "Navigli Biotech Srl", "Milan", "hybrid", None, None),
    ("msl-oncology", "mid", "EuroOnco Medical Affairs", "remote-europe", "remote", 62, 75),
    ("msl-oncology", "mid", "Thames Oncology Ltd", "remote-uk", "remote", None, None),
    ("medical-advisor-it", "mid", "Brianza Oncologia SpA", "Milan", "hybrid", 62, 75),
    ("hospital-pharmacist-it", "mid", "Ospedale Città di Sesto (fictional)", "Milan", "onsite", 45, 55),
    ("pharma-sales-rep-it", "mid", "Lombardia Farma SpA", "Milan", "onsite", 35, 45),
    # engineer-to-patent-attorney (Eindhoven, entry: the job she is after, hybrid, >= €50k)
    ("trainee-patent-attorney", "entry", "Van der Kempen Octrooibureau", "Eindhoven", "hybrid", 50, 60),
    ("trainee-patent-attorney", "entry", "Brainport IP B.V.", "Eindhoven", "onsite", None, None),
    ("trainee-patent-attorney", "mid", "Van der Kempen Octrooibureau", "Eindhoven", "hybrid", 75, 95),
    ("trainee-patent-attorney", "entry", "Hofstad Patents", "The Hague", "hybrid", 50, 58),
    ("trainee-patent-attorney", "entry", "Kempen Small IP", "Eindhoven", "hybrid", 38, 45),
    ("trainee-patent-attorney", "senior", "Van der Kempen Octrooibureau", "Eindhoven", "hybrid", 110, 140),
    ("trainee-patent-attorney", "entry", "Lowlands IP (remote)", "remote-nl", "remote", 50, 60),
    ("trainee-patent-attorney", "entry", "Thames Patent Chambers", "remote-uk", "remote", None, None),
    ("patent-search-analyst", "entry", "Brainport IP B.V.", "Eindhoven", "hybrid", 45, 55),
    ("mechatronics-design-engineer", "mid", "Wafer Motion Systems B.V.", "Eindhoven", "hybrid", 60, 75),
    ("ip-network-engineer", "mid", "Eindhoven Fibre Networks", "Eindhoven", "hybrid", 55, 65),
    ("patent-formalities-officer", "entry", "Van der Kempen Octrooibureau", "Eindhoven", "hybrid", 35, 40),
    # museum-director (Thessaloniki, lead, hybrid, >= €85k)
    ("museum-director", "lead", "Thermaikos Museum Foundation", "Thessaloniki", "hybrid", 90, 110),
    ("museum-director", "lead", "Ladadika Modern Art Museum", "Thessaloniki", "onsite", None, None),
    ("museum-director", "lead", "Aristotelous Heritage Foundation", "Thessaloniki", "hybrid", None, None),
    ("museum-director", "lead", "Attica Foundation for Contemporary Art", "Athens", "hybrid", 100, 120),
    ("museum-director", "lead", "Chalkidiki Folk Museum", "Thessaloniki", "hybrid", 45, 55),
    ("museum-director", "senior", "Thermaikos Museum Foundation", "Thessaloniki", "hybrid", None, None),
    ("museum-director", "mid", "Ladadika Modern Art Museum", "Thessaloniki", "hybrid", 35, 42),
    ("cultural-foundation-ceo", "lead", "Macedonia Arts Foundation", "Thessaloniki", "hybrid", 95, 120),
    ("chief-curator", "senior", "Ladadika Modern Art Museum", "Thessaloniki", "onsite", 50, 60),
    ("gallery-manager", "mid", "Galerie Nikis", "Thessaloniki", "onsite", 30, 36),
    ("festival-director", "lead", "Thessaloniki Documentary Days", "Thessaloniki", "hybrid", 80, 95),
    ("director-of-photography", "mid", "Thermaic Films", "Thessaloniki", "onsite", None, None),
    # wind-turbine-technician (Bremerhaven, mid, on-site, >= €45k)
    ("wind-turbine-technician", "mid", "Nordsee Windservice GmbH", "Bremerhaven", "onsite", 46, 54),
    ("wind-turbine-technician", "mid", "Weser Offshore Wartung GmbH", "Bremerhaven", "onsite", None, None),
    ("wind-turbine-technician", "senior", "Nordsee Windservice GmbH", "Bremerhaven", "onsite", 55, 65),
    ("wind-turbine-technician", "mid", "Elbe Wind Service GmbH", "Hamburg", "onsite", 46, 52),
    ("wind-turbine-technician", "mid", "Günstig Wind Service GmbH", "Bremerhaven", "onsite", 34, 40),
    ("wind-turbine-technician", "entry", "Nordsee Windservice GmbH", "Bremerhaven", "onsite", None, None),
    ("wind-turbine-technician", "lead", "Weser Offshore Wartung GmbH", "Bremerhaven", "onsite", 80, 95),
    ("blade-repair-technician", "mid", "Rotorblatt Reparatur Nord GmbH", "Bremerhaven", "onsite", 44, 52),
    ("hv-technician-wind", "mid", "Weser Offshore Wartung GmbH", "Bremerhaven", "onsite", 50, 58),
    ("gas-turbine-technician", "mid", "Weser Kraftwerk GmbH", "Bremerhaven", "onsite", 48, 56),
    ("wind-instrument-repair", "mid", "Musikhaus am Deich", "Bremerhaven", "onsite", 32, 38),
    ("offshore-wind-project-manager", "lead", "Nordsee Windparks AG", "Bremerhaven", "hybrid", 95, 120),
    # shared distractors: every person sees them, unrelated to all
    ("java-backend", "senior", "Brainport Payments B.V.", "Eindhoven", "hybrid", 70, 85),
    ("icu-nurse", "mid", "Brisbane River Hospital", "Brisbane", "onsite", 95, 110),
]
FRESH8 = [(f"f8-{number:03d}", *row) for number, row in enumerate(_ROWS, start=1)]
