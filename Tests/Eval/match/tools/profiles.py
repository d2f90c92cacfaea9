# The people of the labelled set: a JSON Resume each (what `jobhunt profile
# import` reads) and the preferences they would set with `jobhunt profile set`,
# plus what the grading rules need to know about them. Written by hand.


def work(name, position, start, end, summary, highlights, keywords):
    entry = dict(name=name, position=position, startDate=start, summary=summary, highlights=highlights, keywords=keywords)
    if end:
        entry["endDate"] = end
    return entry


def resume(name, label, email, summary, city, region, country, work_entries, skills, languages=None, certificates=None):
    doc = {
        "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
        "basics": dict(name=name, label=label, email=email, summary=summary,
                       location=dict(city=city, region=region, countryCode=country)),
        "work": work_entries,
        "skills": skills,
    }
    if languages:
        doc["languages"] = languages
    if certificates:
        doc["certificates"] = certificates
    return doc


# Each profile: the résumé, the preferences (user_profiles columns), and for
# the grading rules: home city, level, currency, and the arrangement wanted.
PROFILES = {
    # ------------------------------------------------------------------ dev
    "java-backend": dict(
        set="dev", city="Berlin", level="senior",
        prefs=dict(target_salary_min=80000, preferred_work_type="hybrid", willing_to_relocate=False),
        resume=resume(
            "Lena Hoffmann", "Senior Backend Engineer (Java)", "lena.hoffmann@example.com",
            "Backend engineer with eight years of Java: Spring Boot microservices, Kafka event streams and PostgreSQL "
            "for payments and e-commerce. I care about clear APIs, reliable operations and mentoring. Looking for a "
            "senior backend role in Berlin, hybrid.",
            "Berlin", "Berlin", "DE",
            [work("Zahlwerk GmbH", "Senior Backend Engineer", "2021-04", None, "Payment processing for online shops.",
                  ["Split a Java monolith into twelve Spring Boot services with Kafka events",
                   "Cut settlement batch time from 3 hours to 20 minutes by rewriting PostgreSQL queries",
                   "Led on-call for the payments domain"],
                  ["Java", "Spring Boot", "Kafka", "PostgreSQL", "Kubernetes", "AWS"]),
             work("Shopwerk AG", "Java Developer", "2017-09", "2021-03", "Order management for a retail chain.",
                  ["Built order and inventory REST APIs in Java 11 and Spring",
                   "Introduced contract tests and cut integration failures by half"],
                  ["Java", "Spring", "Hibernate", "Oracle", "RabbitMQ"])],
            [dict(name="Backend", level="Expert", keywords=["Java", "Spring Boot", "Microservices", "REST", "Hibernate"]),
             dict(name="Data and messaging", level="Advanced", keywords=["PostgreSQL", "Kafka", "RabbitMQ", "SQL"]),
             dict(name="Operations", level="Intermediate", keywords=["Kubernetes", "Docker", "AWS", "Grafana"])],
            [dict(language="German", fluency="Native speaker"), dict(language="English", fluency="Fluent")])),
    "react-frontend": dict(
        set="dev", city="London", level="senior",
        prefs=dict(target_salary_min=65000, preferred_work_type="remote", willing_to_relocate=False),
        resume=resume(
            "Tom Reilly", "Senior Frontend Engineer (React)", "tom.reilly@example.com",
            "Frontend engineer with six years of React and TypeScript on the web: design systems, accessible "
            "components and fast single-page apps. No mobile app experience and not looking for it. Prefer remote "
            "within the UK.",
            "London", "England", "GB",
            [work("Ledgerly", "Senior Frontend Engineer", "2022-01", None, "Accounting web app for small businesses.",
                  ["Built the React and TypeScript design system used by five teams",
                   "Moved the app to Next.js server rendering; largest contentful paint fell from 4.1 s to 1.6 s",
                   "Raised WCAG 2.1 AA compliance from 60% to 98% of screens"],
                  ["React", "TypeScript", "Next.js", "Storybook", "Jest"]),
             work("Brightcart", "Frontend Developer", "2019-06", "2021-12", "E-commerce storefronts.",
                  ["Built checkout flows in React and Redux", "Wrote Cypress tests for the payment pages"],
                  ["React", "JavaScript", "Redux", "CSS", "Cypress"])],
            [dict(name="Frontend", level="Expert", keywords=["React", "TypeScript", "JavaScript", "CSS", "HTML", "Next.js"]),
             dict(name="Quality", level="Advanced", keywords=["Jest", "Cypress", "Accessibility", "Storybook"]),
             dict(name="State", level="Advanced", keywords=["Redux", "React Query", "GraphQL"])])),
    "nurse-informatics": dict(
        set="dev", city="Boston", level="senior",
        prefs=dict(target_salary_min=95000, preferred_work_type="hybrid", willing_to_relocate=False),
        resume=resume(
            "Grace Mensah", "Clinical Informatics Nurse", "grace.mensah@example.com",
            "Registered nurse with ten years of practice, the last five in nursing informatics: Epic ClinDoc build "
            "requirements, clinical decision support, super-user training and go-live support. I want to stay in "
            "informatics, not return to the bedside. Boston area, hybrid.",
            "Boston", "MA", "US",
            [work("Harborview Health", "Clinical Informatics Nurse Specialist", "2020-03", None,
                  "Nursing informatics for a four-hospital system.",
                  ["Led nursing workflow design for the Epic inpatient upgrade across four hospitals",
                   "Built sepsis screening decision support with the IT analysts; time to antibiotics fell 22%",
                   "Trained 140 super-users and ran go-live command centre support"],
                  ["Epic", "EHR", "Clinical Decision Support", "HL7", "Workflow Analysis"]),
             work("Harborview Health", "Registered Nurse, Medical-Surgical", "2015-06", "2020-02", "Adult med-surg unit.",
                  ["Epic super-user for the unit", "Precepted twelve new graduate nurses"],
                  ["Epic", "Patient Care", "Telemetry"])],
            [dict(name="Informatics", level="Expert", keywords=["Epic", "EHR", "Clinical Documentation", "Workflow Analysis",
                                                                 "Clinical Decision Support"]),
             dict(name="Technical", level="Intermediate", keywords=["HL7", "SQL", "Excel"]),
             dict(name="Teaching", level="Advanced", keywords=["Training", "Change Management"])],
            certificates=[dict(name="Registered Nurse (RN)"), dict(name="Epic ClinDoc Certification"),
                          dict(name="Informatics Nursing Certification (RN-BC)")])),
    "data-analyst": dict(
        set="dev", city="Chicago", level="mid",
        prefs=dict(target_salary_min=80000, preferred_work_type="hybrid", willing_to_relocate=False),
        resume=resume(
            "Priya Raman", "Data Analyst", "priya.raman@example.com",
            "Data analyst with four years in e-commerce and marketing analytics: SQL, dbt, Tableau dashboards and "
            "A/B test analysis, with Python for automation. Looking for a mid-level analyst role in Chicago, hybrid or remote.",
            "Chicago", "IL", "US",
            [work("Cartwheel Commerce", "Data Analyst", "2022-02", None, "Marketplace analytics.",
                  ["Built the Tableau dashboards the marketing team uses weekly",
                   "Analysed 40 A/B tests on checkout; two changes added 3% conversion",
                   "Moved reporting SQL into dbt models with tests"],
                  ["SQL", "Tableau", "dbt", "Snowflake", "Python"]),
             work("Midway Insurance", "Reporting Analyst", "2020-07", "2022-01", "Claims reporting.",
                  ["Automated weekly Excel reports with Python", "Wrote SQL Server queries for claims KPIs"],
                  ["SQL", "Excel", "Python", "SQL Server"])],
            [dict(name="Analysis", level="Advanced", keywords=["SQL", "Tableau", "Excel", "A/B Testing", "Statistics"]),
             dict(name="Engineering", level="Intermediate", keywords=["Python", "pandas", "dbt", "Snowflake"])])),
    "product-designer": dict(
        set="dev", city="Amsterdam", level="senior",
        prefs=dict(target_salary_min=60000, preferred_work_type="hybrid", willing_to_relocate=False),
        resume=resume(
            "Sofia Alvarez", "Senior Product Designer", "sofia.alvarez@example.com",
            "Product designer with seven years designing web and mobile SaaS products: discovery research, "
            "interaction design, high-fidelity UI in Figma and design systems. Based in Amsterdam, hybrid.",
            "Amsterdam", "North Holland", "NL",
            [work("Fleetly", "Senior Product Designer", "2021-05", None, "Fleet management SaaS.",
                  ["Led design of the route planner, from interviews to shipped UI; planning time fell 35%",
                   "Built the Figma design system with 120 components and accessibility annotations"],
                  ["Figma", "Design Systems", "User Research", "Prototyping"]),
             work("Studio Noord", "UX/UI Designer", "2018-03", "2021-04", "Digital agency.",
                  ["Designed apps and websites for twelve clients", "Ran usability tests for each release"],
                  ["Sketch", "Figma", "Usability Testing"])],
            [dict(name="Design", level="Expert", keywords=["Figma", "Interaction Design", "Visual Design", "Prototyping",
                                                           "Design Systems"]),
             dict(name="Research", level="Advanced", keywords=["User Research", "Usability Testing", "Accessibility"])],
            [dict(language="Spanish", fluency="Native speaker"), dict(language="English", fluency="Fluent"),
             dict(language="Dutch", fluency="Intermediate")])),
    # -------------------------------------------------------------- held-out
    "mobile-react-native": dict(
        set="heldout", city="Toronto", level="senior",
        prefs=dict(target_salary_min=110000, preferred_work_type="remote", willing_to_relocate=False),
        resume=resume(
            "Daniel Kim", "Senior Mobile Engineer (React Native)", "daniel.kim@example.com",
            "Mobile engineer with seven years shipping iOS and Android apps, five of them in React Native with "
            "TypeScript, plus native modules in Swift and Kotlin. Remote from Toronto.",
            "Toronto", "ON", "CA",
            [work("Routewise", "Senior Mobile Engineer", "2021-01", None, "Delivery tracking app, 2M users.",
                  ["Led the move from two native apps to one React Native codebase",
                   "Cut crash rate from 1.2% to 0.2% of sessions", "Wrote native modules for background location in Swift and Kotlin"],
                  ["React Native", "TypeScript", "Swift", "Kotlin", "Detox"]),
             work("Maple Bank", "iOS Developer", "2018-05", "2020-12", "Retail banking app.",
                  ["Built the card-controls screens in Swift"], ["Swift", "UIKit", "Xcode"])],
            [dict(name="Mobile", level="Expert", keywords=["React Native", "TypeScript", "iOS", "Android", "Expo"]),
             dict(name="Native", level="Advanced", keywords=["Swift", "Kotlin", "Xcode"])])),
    "icu-nurse": dict(
        set="heldout", city="Houston", level="mid",
        prefs=dict(target_salary_min=80000, preferred_work_type="onsite", willing_to_relocate=False),
        resume=resume(
            "Maria Santos", "Registered Nurse, Intensive Care", "maria.santos@example.com",
            "ICU registered nurse with four years of adult critical care: ventilated patients, vasoactive drips, "
            "CRRT and rapid response. CCRN certified. Looking for a bedside ICU role in Houston.",
            "Houston", "TX", "US",
            [work("Bayou General Hospital", "Registered Nurse, Medical ICU", "2022-01", None, "28-bed medical ICU.",
                  ["Cared for ventilated and septic patients at a 1:2 ratio", "Charge nurse on weekends since 2024",
                   "Member of the rapid response team"],
                  ["Critical Care", "Ventilator Management", "CRRT", "ACLS"]),
             work("Bayou General Hospital", "Registered Nurse, Telemetry", "2020-08", "2021-12", "Cardiac step-down.",
                  ["Monitored telemetry patients and titrated drips"], ["Telemetry", "Patient Care"])],
            [dict(name="Clinical", level="Advanced", keywords=["Critical Care", "Ventilator Management", "CRRT", "Telemetry",
                                                               "Patient Care", "Epic"])],
            certificates=[dict(name="Registered Nurse (RN)"), dict(name="CCRN"), dict(name="ACLS"), dict(name="BLS")])),
    "fpa-analyst": dict(
        set="heldout", city="Manchester", level="senior",
        prefs=dict(target_salary_min=50000, preferred_work_type="hybrid", willing_to_relocate=False),
        resume=resume(
            "James Whitfield", "Senior FP&A Analyst", "james.whitfield@example.com",
            "Chartered management accountant (CIMA) with six years in FP&A: budgets, reforecasts, three-statement "
            "models and Power BI reporting for retail and logistics businesses. Manchester, hybrid.",
            "Manchester", "England", "GB",
            [work("Northway Retail", "Senior FP&A Analyst", "2022-03", None, "UK retailer, 200 stores.",
                  ["Ran the annual budget and monthly reforecast for a £900m revenue business",
                   "Rebuilt the three-statement model; forecast error fell from 6% to 2%",
                   "Built Power BI store profitability reporting"],
                  ["Excel", "Financial Modelling", "Power BI", "NetSuite"]),
             work("Pennine Logistics", "Finance Analyst", "2019-09", "2022-02", "Logistics group.",
                  ["Prepared management accounts and variance analysis"], ["Excel", "SAP"])],
            [dict(name="Finance", level="Expert", keywords=["Budgeting", "Forecasting", "Financial Modelling", "Variance Analysis"]),
             dict(name="Tools", level="Advanced", keywords=["Excel", "Power BI", "NetSuite", "SAP", "SQL"])],
            certificates=[dict(name="CIMA")])),
}
