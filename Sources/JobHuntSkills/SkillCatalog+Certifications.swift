// Certifications and licences: cloud and IT, security, project and process, finance,
// HR, nursing and clinical, teaching, and the trades.

extension SkillCatalog {
    static let certifications: [Skill] = [
        Skill(
            "AWS Certified Cloud Practitioner", .certification, aliases: ["AWS Cloud Practitioner"], related: ["AWS"]),
        Skill(
            "AWS Certified Solutions Architect", .certification,
            aliases: [
                "AWS Solutions Architect", "AWS Certified Solutions Architect Associate",
                "AWS Certified Solutions Architect Professional", "AWS SAA",
            ], related: ["AWS"]),
        Skill(
            "AWS Certified Developer", .certification, aliases: ["AWS Certified Developer Associate"], related: ["AWS"]),
        Skill("AWS Certified SysOps Administrator", .certification, aliases: ["AWS SysOps"], related: ["AWS"]),
        Skill(
            "AWS Certified DevOps Engineer", .certification, aliases: ["AWS DevOps Engineer Professional"],
            related: ["AWS"]),
        Skill(
            "AWS Certified Security Specialty", .certification, aliases: ["AWS Security Specialty"], related: ["AWS"]),
        Skill(
            "AWS Certified Machine Learning", .certification, aliases: ["AWS Machine Learning Specialty"],
            related: ["AWS"]),
        Skill(
            "Azure Fundamentals", .certification, aliases: ["AZ-900", "Microsoft Certified Azure Fundamentals"],
            related: ["Microsoft Azure"]),
        Skill(
            "Azure Administrator Associate", .certification, aliases: ["AZ-104", "Azure Administrator"],
            related: ["Microsoft Azure"]),
        Skill("Azure Developer Associate", .certification, aliases: ["AZ-204"], related: ["Microsoft Azure"]),
        Skill(
            "Azure Solutions Architect Expert", .certification, aliases: ["AZ-305", "AZ-303"],
            related: ["Microsoft Azure"]),
        Skill(
            "Google Cloud Professional Cloud Architect", .certification,
            aliases: [
                "Professional Cloud Architect", "GCP Professional Cloud Architect",
            ], related: ["Google Cloud"]),
        Skill(
            "Google Cloud Professional Data Engineer", .certification, aliases: ["GCP Professional Data Engineer"],
            related: ["Google Cloud"]),
        Skill("Certified Kubernetes Administrator", .certification, exactCase: ["CKA"], related: ["Kubernetes"]),
        Skill(
            "Certified Kubernetes Application Developer", .certification, exactCase: ["CKAD"], related: ["Kubernetes"]),
        Skill(
            "HashiCorp Certified Terraform Associate", .certification, aliases: ["Terraform Associate"],
            related: ["Terraform"]),
        Skill("RHCSA", .certification, aliases: ["Red Hat Certified System Administrator"], related: ["Linux"]),
        Skill("RHCE", .certification, aliases: ["Red Hat Certified Engineer"], related: ["Linux"]),
        Skill("CompTIA A+", .certification, lookupOnly: ["A+"]),
        Skill("CompTIA Network+", .certification, aliases: ["Network+"], related: ["Networking"]),
        Skill("CompTIA Security+", .certification, aliases: ["Security+", "Sec+"], related: ["Cybersecurity"]),
        Skill("CompTIA Linux+", .certification, aliases: ["Linux+"], related: ["Linux"]),
        Skill("CCNA", .certification, aliases: ["Cisco Certified Network Associate"], related: ["Networking"]),
        Skill("CCNP", .certification, aliases: ["Cisco Certified Network Professional"], related: ["Networking"]),
        Skill("CISSP", .certification, aliases: ["Certified Information Systems Security Professional"]),
        Skill("CISM", .certification, aliases: ["Certified Information Security Manager"]),
        Skill("CISA", .certification, aliases: ["Certified Information Systems Auditor"]),
        Skill("CEH", .certification, aliases: ["Certified Ethical Hacker"]),
        Skill("OSCP", .certification, aliases: ["Offensive Security Certified Professional"]),
        Skill("CCSP", .certification, aliases: ["Certified Cloud Security Professional"]),
        Skill("GIAC Security Essentials", .certification, aliases: ["GSEC"]),
        Skill("ITIL", .certification, aliases: ["ITIL Foundation", "ITIL 4", "ITIL v3"]),
        Skill("PMP", .certification, aliases: ["Project Management Professional"], related: ["Project Management"]),
        Skill("CAPM", .certification, aliases: ["Certified Associate in Project Management"]),
        Skill("PRINCE2", .certification, aliases: ["PRINCE2 Practitioner", "PRINCE2 Foundation"]),
        Skill(
            "Certified ScrumMaster", .certification, aliases: ["Certified Scrum Master"], lookupOnly: ["CSM"],
            related: ["Scrum"]),
        Skill("Professional Scrum Master", .certification, exactCase: ["PSM", "PSM I"], related: ["Scrum"]),
        Skill("Certified Scrum Product Owner", .certification, exactCase: ["CSPO"], related: ["Scrum"]),
        Skill("SAFe Agilist", .certification, aliases: ["Certified SAFe Agilist"], related: ["SAFe"]),
        Skill("PMI-ACP", .certification, aliases: ["PMI Agile Certified Practitioner"], related: ["Agile"]),
        Skill(
            "Six Sigma Green Belt", .certification, aliases: ["Lean Six Sigma Green Belt"], related: ["Lean Six Sigma"]),
        Skill(
            "Six Sigma Black Belt", .certification, aliases: ["Lean Six Sigma Black Belt"], related: ["Lean Six Sigma"]),
        Skill(
            "CPA", .certification, rule: .exactCase, aliases: ["Certified Public Accountant"], related: ["Accounting"]),
        Skill("CFA", .certification, rule: .exactCase, aliases: ["Chartered Financial Analyst", "CFA Charterholder"]),
        Skill("Certified Management Accountant", .certification, lookupOnly: ["CMA"], related: ["Accounting"]),
        Skill("ACCA", .certification, aliases: ["Association of Chartered Certified Accountants"]),
        Skill("Certified Internal Auditor", .certification, lookupOnly: ["CIA"], related: ["Auditing"]),
        Skill("CFP", .certification, rule: .exactCase, aliases: ["Certified Financial Planner"]),
        Skill("FRM", .certification, rule: .exactCase, aliases: ["Financial Risk Manager"]),
        Skill("Series 7", .certification, aliases: ["FINRA Series 7"]),
        Skill("Series 63", .certification, aliases: ["FINRA Series 63"]),
        Skill("Series 65", .certification, aliases: ["FINRA Series 65"]),
        Skill("SHRM-CP", .certification, aliases: ["SHRM Certified Professional"], related: ["Human Resources"]),
        Skill(
            "SHRM-SCP", .certification, aliases: ["SHRM Senior Certified Professional"], related: ["Human Resources"]),
        Skill("PHR", .certification, rule: .exactCase, aliases: ["Professional in Human Resources"]),
        Skill(
            "Salesforce Certified Administrator", .certification, aliases: ["Salesforce Administrator"],
            related: ["Salesforce"]),
        Skill(
            "Google Analytics Certification", .certification, aliases: ["Google Analytics Certified", "GAIQ"],
            related: ["Google Analytics"]),
        Skill("Google Ads Certification", .certification, aliases: ["Google Ads Certified"], related: ["Google Ads"]),
        Skill("Microsoft Office Specialist", .certification, exactCase: ["MOS"], related: ["Microsoft Office"]),
        Skill(
            "Registered Nurse", .certification, aliases: ["RN License", "Registered Nurse License"],
            exactCase: ["RN", "RNs"], related: ["Patient Care"]),
        Skill(
            "Licensed Practical Nurse", .certification, aliases: ["Licensed Vocational Nurse"],
            exactCase: ["LPN", "LVN"]),
        Skill(
            "Nurse Practitioner", .certification, aliases: ["Family Nurse Practitioner"], exactCase: ["FNP", "APRN"],
            lookupOnly: ["NP"]),
        Skill("Certified Nursing Assistant", .certification, exactCase: ["CNA"]),
        Skill("BLS", .certification, aliases: ["Basic Life Support", "BLS Certification"]),
        Skill(
            "ACLS", .certification, aliases: ["Advanced Cardiovascular Life Support", "Advanced Cardiac Life Support"]),
        Skill("PALS", .certification, rule: .exactCase, aliases: ["Pediatric Advanced Life Support"]),
        Skill("NRP", .certification, rule: .exactCase, aliases: ["Neonatal Resuscitation Program"]),
        Skill("CPR", .certification, rule: .exactCase, aliases: ["CPR Certification", "CPR Certified"]),
        Skill("First Aid", .certification, aliases: ["First Aid Certification", "First Aid/CPR"]),
        Skill("CCRN", .certification, aliases: ["Critical Care Registered Nurse"], related: ["Critical Care"]),
        Skill(
            "EMT", .certification, rule: .exactCase, aliases: ["Emergency Medical Technician", "EMT-B", "EMT-Basic"]),
        Skill(
            "Paramedic Certification", .certification, aliases: ["NRP Paramedic", "Nationally Registered Paramedic"]),
        Skill("RHIA", .certification, aliases: ["Registered Health Information Administrator"]),
        Skill("RHIT", .certification, aliases: ["Registered Health Information Technician"]),
        Skill("CPHIMS", .certification, related: ["Health Informatics"]),
        Skill(
            "CPC", .certification, rule: .exactCase, aliases: ["Certified Professional Coder"],
            related: ["Medical Coding"]),
        Skill(
            "CCS", .certification, rule: .exactCase, aliases: ["Certified Coding Specialist"],
            related: ["Medical Coding"]),
        Skill(
            "Teaching License", .certification,
            aliases: [
                "Teaching Certificate", "Teaching Credential", "Teacher Certification", "State Teaching License",
            ]),
        Skill("TEFL", .certification, aliases: ["TEFL Certificate", "TEFL Certification"], related: ["ESL Teaching"]),
        Skill("TESOL", .certification, aliases: ["TESOL Certificate"], related: ["ESL Teaching"]),
        Skill("CELTA", .certification, related: ["ESL Teaching"]),
        Skill(
            "Commercial Driver's License", .certification,
            aliases: [
                "Commercial Drivers License", "CDL Class A", "Class A CDL", "CDL-A", "Class B CDL",
            ], exactCase: ["CDL"], related: ["Commercial Driving"]),
        Skill(
            "Driver's License", .certification,
            aliases: ["Driver's Licence", "Driving Licence", "Driving License", "Drivers License"],
            related: ["Commercial Driver's License"]),
        Skill("OSHA 10", .certification, aliases: ["OSHA 10-Hour"], related: ["Workplace Safety"]),
        Skill("OSHA 30", .certification, aliases: ["OSHA 30-Hour"], related: ["Workplace Safety"]),
        Skill(
            "Forklift Certification", .certification, aliases: ["Forklift Certified", "Forklift License"],
            related: ["Forklift Operation"]),
        Skill("ServSafe", .certification, aliases: ["ServSafe Food Handler", "Food Handler Certification"]),
        Skill("EPA 608 Certification", .certification, aliases: ["EPA 608", "EPA Section 608"], related: ["HVAC"]),
        Skill("ASE Certification", .certification, aliases: ["ASE Certified"]),
        Skill(
            "Journeyman Electrician License", .certification,
            aliases: ["Journeyman Electrician", "Journeyman License"],
            related: ["Electrical Wiring"]),
        Skill("Security Clearance", .certification, aliases: ["Secret Clearance", "Top Secret Clearance", "TS/SCI"]),
    ]
}
