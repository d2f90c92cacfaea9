#!/usr/bin/env python3
# Checks one labelled set's files agree with each other, without running any
# ranker: every (person, posting) pair is graded exactly once, every label
# names an existing person and posting, grades are 0-3, each person has a
# résumé and preferences, saved searches use `discover search add` option
# names, and near-miss tags are never graded above 1.
# Usage: python3 tools/check_set.py fresh3
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OPTIONS = {"title", "exclude-title", "company", "exclude-company", "salary-min", "salary-max", "level",
           "work-type", "employment-type", "location", "keyword", "exclude-keyword", "source"}
TAGS = {"right-word-wrong-field", "right-field-wrong-level", "history-not-target", "java-vs-javascript",
        "react-native-vs-react", "clinical-vs-informatics"}


def check(name):
    folder = os.path.join(ROOT, name)
    problems = []
    with open(os.path.join(folder, "postings.jsonl")) as lines:
        ids = [json.loads(line)["external_id"] for line in lines if line.strip()]
    if len(ids) != len(set(ids)):
        problems.append("duplicate external_id in postings.jsonl")
    people = sorted(f[: -len(".resume.json")] for f in os.listdir(os.path.join(folder, "profiles"))
                    if f.endswith(".resume.json"))
    for person in people:
        with open(os.path.join(folder, "profiles", person + ".resume.json")) as f:
            basics = json.load(f).get("basics", {})
        if not basics.get("name") or not basics.get("location", {}).get("countryCode"):
            problems.append(f"{person}: résumé lacks a name or a country")
        with open(os.path.join(folder, "profiles", person + ".preferences.json")) as f:
            prefs = json.load(f)
        unknown = set(prefs.get("search", {})) - OPTIONS
        if unknown:
            problems.append(f"{person}: search options {sorted(unknown)} are not `discover search add` options")
    seen = {}
    with open(os.path.join(folder, "labels.tsv")) as f:
        header, *rows = f.read().splitlines()
    if header.split("\t") != ["profile", "external_id", "grade", "reasons"]:
        problems.append("labels.tsv header is wrong")
    for row in rows:
        person, ident, grade, reasons = row.split("\t")
        if person not in people or ident not in ids:
            problems.append(f"label names an unknown person or posting: {person} {ident}")
        if grade not in {"0", "1", "2", "3"}:
            problems.append(f"grade {grade!r} for {person} {ident}")
        if (person, ident) in seen:
            problems.append(f"{person} {ident} graded twice")
        seen[(person, ident)] = int(grade)
        if TAGS & set(reasons.split(",")) and int(grade) > 1:
            problems.append(f"near miss {person} {ident} graded {grade}")
    missing = len(people) * len(ids) - len(set(seen) & {(p, i) for p in people for i in ids})
    if missing:
        problems.append(f"{missing} pairs have no grade")
    for person in people:
        grades = [g for (p, _), g in seen.items() if p == person]
        print(f"{person}: " + "/".join(str(grades.count(g)) for g in (3, 2, 1, 0)))
    print(f"{name}: {len(people)} people, {len(ids)} postings, {len(seen)} graded pairs")
    return problems


if __name__ == "__main__":
    found = check(sys.argv[1] if len(sys.argv) > 1 else "fresh3")
    for problem in found:
        print("problem:", problem, file=sys.stderr)
    sys.exit(1 if found else 0)
