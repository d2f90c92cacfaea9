# The grading rules of the labelled set, as code so every grade can be traced
# to a rule (README.md states them in words). Written by hand.

LEVELS = ["entry", "mid", "senior", "lead"]

# How well a kind of job suits each person before place, pay and level are
# considered: 3 their job, 2 a neighbouring job they would take, 1 related but
# not what they want (a person would open it and close it), 0 unrelated.
# Kinds not listed are 0.
FAMILY = {
    "java-backend": {"java-backend": 3, "kotlin-backend": 2, "fullstack-java-react": 2, "platform-sre": 1,
                     "python-backend": 1, "java-qa": 1, "node-backend": 1, "data-engineer": 1},
    "react-frontend": {"react-frontend": 3, "js-frontend": 2, "fullstack-java-react": 2, "react-native": 1,
                       "node-backend": 1},
    "nurse-informatics": {"informatics-nurse": 3, "ehr-analyst": 2, "nurse-educator": 1, "icu-nurse": 1,
                          "medsurg-nurse": 1, "home-health-nurse": 1, "nurse-manager": 1},
    "data-analyst": {"data-analyst": 3, "bi-analyst": 2, "data-engineer": 1, "data-scientist": 1, "fpa-analyst": 1},
    "product-designer": {"product-designer": 3, "ux-researcher": 2, "graphic-designer": 1},
    "mobile-react-native": {"react-native": 3, "ios-swift": 2, "android-kotlin": 2, "react-frontend": 1},
    "icu-nurse": {"icu-nurse": 3, "medsurg-nurse": 2, "home-health-nurse": 1, "nurse-educator": 1,
                  "informatics-nurse": 1, "nurse-manager": 1},
    "fpa-analyst": {"fpa-analyst": 3, "accountant": 1, "finance-controller": 1, "bi-analyst": 1, "ops-manager": 1,
                    "data-analyst": 1},
}

# The deliberate near-misses: (profile, kind of job) → tag in labels.tsv.
NEAR_MISS_KINDS = {
    ("java-backend", "node-backend"): "java-vs-javascript",
    ("java-backend", "js-frontend"): "java-vs-javascript",
    ("react-frontend", "react-native"): "react-native-vs-react",
    ("mobile-react-native", "react-frontend"): "react-native-vs-react",
    ("nurse-informatics", "icu-nurse"): "clinical-vs-informatics",
    ("nurse-informatics", "medsurg-nurse"): "clinical-vs-informatics",
    ("icu-nurse", "informatics-nurse"): "clinical-vs-informatics",
}


def grade(profile_name, profile, posting):
    """Returns (grade, [reasons]) for one person and one posting."""
    family = FAMILY[profile_name].get(posting["kind"], 0)
    reasons = [f"family={family}"]
    tag = NEAR_MISS_KINDS.get((profile_name, posting["kind"]))
    if tag:
        reasons.append(tag)
    if family == 0:
        return 0, reasons
    hard, soft = [], []
    # Place: a remote job must be open to the person's country; an on-site or
    # hybrid one must be in their city (nobody in the set will relocate).
    if posting["workplace"] == "remote":
        if profile["country"] not in posting["remote_countries"]:
            hard.append("remote-other-country")
    elif posting["city"] != profile["city"]:
        hard.append("wrong-city-onsite")
    elif posting["workplace"] != profile["prefs"]["preferred_work_type"] and profile["prefs"]["preferred_work_type"] != "onsite":
        # Someone who wants remote tolerates hybrid less well; someone who wants hybrid, on-site.
        soft.append("arrangement-not-preferred")
    # Pay: a stated range whose top is under the floor. Unstated pay is no penalty.
    if posting.get("salary_max") is not None and posting["salary_max"] < profile["prefs"]["target_salary_min"]:
        hard.append("salary-under-floor")
    # Level: two steps down, or two up, is the wrong job; one step down is a compromise.
    step = LEVELS.index(posting["level"]) - LEVELS.index(profile["level"])
    if abs(step) >= 2:
        hard.append("wrong-seniority")
    elif step == -1:
        soft.append("seniority-one-below")
    reasons += hard + soft
    if hard:
        return (1 if family >= 2 else 0), reasons
    return max(1, family - len(soft)) if family >= 2 else family, reasons


# People added for issue 19. A career changer's family is what they want
# (their target), not what they did: the job they are leaving is 1.
FAMILY.update({
    "electrician": {"electrician": 3, "maintenance-technician": 2, "solar-installer": 2, "hvac-technician": 1},
    "teacher-to-learning-design": {"instructional-designer": 3, "corporate-trainer": 2, "teacher": 1},
    "sales-ae": {"sales-ae": 3, "sales-manager": 2, "customer-success": 1, "sdr": 1},
    "paralegal": {"paralegal": 3, "contracts-administrator": 2, "solicitor": 1, "legal-secretary": 1,
                  "compliance-analyst": 1},
    "marketing-graduate": {"marketing-coordinator": 3, "social-media-coordinator": 2, "marketing-manager": 1, "sdr": 1},
    "cfo": {"cfo": 3, "finance-controller": 2, "fpa-analyst": 1},
    "nurse-to-informatics": {"informatics-nurse": 3, "clinical-analyst": 3, "ehr-analyst": 2, "nurse-educator": 1,
                             "medsurg-nurse": 1, "icu-nurse": 1},
    "accountant": {"accountant": 3, "auditor": 2, "fpa-analyst": 2, "finance-controller": 1, "bookkeeper": 1},
    "hr-returner": {"hr-generalist": 3, "recruiter": 2, "hr-coordinator": 1, "payroll-clerk": 1},
    "policy-analyst": {"policy-analyst": 3, "program-officer": 2},
    "research-scientist": {"research-scientist": 3, "clinical-research-associate": 1, "lab-technician": 1,
                           "data-scientist": 1},
    "ops-manager": {"ops-manager": 3, "supply-chain-planner": 2, "logistics-director": 1, "warehouse-supervisor": 1},
})
NEAR_MISS_KINDS.update({
    ("electrician", "electrical-engineer"): "right-word-wrong-field",
    ("research-scientist", "data-scientist"): "right-word-wrong-field",
    ("teacher-to-learning-design", "teacher"): "history-not-target",
    ("nurse-to-informatics", "medsurg-nurse"): "clinical-vs-informatics",
    ("nurse-to-informatics", "icu-nurse"): "clinical-vs-informatics",
    ("paralegal", "solicitor"): "right-field-wrong-level",
})
FAMILY["accountant-to-data"] = {"data-analyst": 3, "bi-analyst": 2, "fpa-analyst": 1, "accountant": 1,
                                "data-scientist": 1}
NEAR_MISS_KINDS[("accountant-to-data", "accountant")] = "history-not-target"
