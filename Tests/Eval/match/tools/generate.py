#!/usr/bin/env python3
# Writes the labelled sets (dev/, heldout/, fresh/, fresh2/ … fresh10/ and fresh11/:
# postings.jsonl, profiles/, labels.tsv) from the hand-written tables beside this file. Deterministic:
# running it again gives the same bytes. Usage: python3 tools/generate.py
import json
import os
import random

from archetypes import ARCHETYPES, YEARS
from grading import grade
from postings import DEV, HELDOUT, PLACES, REMOTE
from profiles import PROFILES
from fresh import FRESH, PROFILES as FRESH_PROFILES
from fresh2 import FRESH2, PROFILES as FRESH2_PROFILES
from fresh3 import FRESH3, PROFILES as FRESH3_PROFILES
from fresh4 import FRESH4, PROFILES as FRESH4_PROFILES
from fresh5 import FRESH5, PROFILES as FRESH5_PROFILES
from fresh6 import FRESH6, PROFILES as FRESH6_PROFILES
from fresh7 import FRESH7, PROFILES as FRESH7_PROFILES
from fresh8 import FRESH8, PROFILES as FRESH8_PROFILES
from fresh9 import FRESH9, PROFILES as FRESH9_PROFILES
from fresh10 import FRESH10, PROFILES as FRESH10_PROFILES
from fresh11 import FRESH11, PROFILES as FRESH11_PROFILES

PROFILES = {**PROFILES, **FRESH_PROFILES, **FRESH2_PROFILES, **FRESH3_PROFILES, **FRESH4_PROFILES,
            **FRESH5_PROFILES, **FRESH6_PROFILES, **FRESH7_PROFILES, **FRESH8_PROFILES,
            **FRESH9_PROFILES, **FRESH10_PROFILES, **FRESH11_PROFILES}

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARRANGEMENT_LINE = {
    "remote": "This is a fully remote role, open to people living {where}.",
    "hybrid": "Hybrid: two or three days a week in our {city} office.",
    "onsite": "This role is on-site in {city}, five days a week.",
}
REMOTE_WHERE = {"remote-de": "in Germany", "remote-nl": "in the Netherlands", "remote-eu": "in EU time zones",
                "remote-uk": "in the UK", "remote-us": "in the United States", "remote-ca": "in Canada",
                "remote-europe": "anywhere in Europe", "remote-ie": "in Ireland", "remote-pt": "in Portugal",
                "remote-br": "in Brazil", "remote-au": "in Australia", "remote-es": "in Spain",
                "remote-fr": "in France", "remote-apac": "in Asia Pacific time zones",
                "remote-pl": "in Poland", "remote-ch": "in Switzerland", "remote-at": "in Austria",
                "remote-za": "in South Africa"}
SYMBOL = {"EUR": "€", "GBP": "£", "USD": "$", "CAD": "CA$", "AUD": "A$", "NZD": "NZ$", "SGD": "S$",
          "ZAR": "R", "PLN": "PLN ", "CHF": "CHF ", "AED": "AED ", "SAR": "SAR "}


def posting(spec):
    ident, kind, level, company, place, workplace, low, high = spec
    arch = ARCHETYPES[kind]
    rng = random.Random(ident)
    title = arch["titles"].get(level) or next(iter(arch["titles"].values()))
    if place in REMOTE:
        where, countries, currency = REMOTE[place]
        city = region = None
        country = countries[0] if len(countries) == 1 else None
        locations = [where]
    else:
        city, region, country, currency = PLACES[place]
        countries = [country]
        locations = [f"{city}, {region}, {country}"]
    years = YEARS[level]

    def fill(text):
        return text.replace("{years}+ years", "0-2 years" if years == 0 else f"{years}+ years")

    duties = rng.sample(arch["duties"], min(len(arch["duties"]), rng.randint(3, 5)))
    nice = rng.sample(arch["nice"], min(len(arch["nice"]), rng.randint(2, 3)))
    summary = rng.choice(arch["summary"])
    arrangement = ARRANGEMENT_LINE[workplace].format(
        city=city, where=REMOTE_WHERE.get(place, ""))
    if low is None:
        pay = "We share the salary range with candidates at the first call."
    else:
        pay = f"Salary: {SYMBOL[currency]}{low * 1000:,} – {SYMBOL[currency]}{high * 1000:,} a year, plus benefits."
    html = (
        f"<p><strong>{company}</strong> is hiring a {title}. {summary}</p>"
        + "<h3>What you will do</h3><ul>" + "".join(f"<li>{d}</li>" for d in duties) + "</ul>"
        + "<h3>Requirements</h3><ul>" + "".join(f"<li>{fill(r)}</li>" for r in arch["required"]) + "</ul>"
        + "<h3>Nice to have</h3><ul>" + "".join(f"<li>{n}</li>" for n in nice) + "</ul>"
        + f"<p>{arrangement} {pay}</p>"
    )
    record = {
        "external_id": ident,
        "source_platform": "eval",
        "url": f"https://jobs.example.com/{ident}",
        "title": title,
        "company": company,
        "locations": locations,
        "workplace": workplace,
        "employment_type": "full-time",
        "experience_level": level,
        "posted_at": f"2026-11-{1 + rng.randrange(24):02d}",
        "description_html": html,
    }
    if city:
        record["addresses"] = [{"city": city, "region": region, "country": country}]
    if low is not None:
        record.update(salary_min=low * 1000, salary_max=high * 1000, salary_currency=currency, salary_period="year")
    facts = dict(kind=kind, level=level, workplace=workplace, city=city, remote_countries=countries,
                 salary_max=None if high is None else high * 1000)
    return record, facts


def write_set(name, specs):
    folder = os.path.join(ROOT, name)
    os.makedirs(os.path.join(folder, "profiles"), exist_ok=True)
    built = [posting(spec) for spec in specs]
    with open(os.path.join(folder, "postings.jsonl"), "w") as out:
        for record, _ in built:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    rows = ["profile\texternal_id\tgrade\treasons"]
    for profile_name, profile in PROFILES.items():
        if profile["set"] != name:
            continue
        base = os.path.join(folder, "profiles", profile_name)
        with open(base + ".resume.json", "w") as out:
            json.dump(profile["resume"], out, indent=2, ensure_ascii=False)
            out.write("\n")
        with open(base + ".preferences.json", "w") as out:
            json.dump(profile["prefs"], out, indent=2)
            out.write("\n")
        person = dict(profile, country=profile["resume"]["basics"]["location"]["countryCode"])
        for record, facts in built:
            value, reasons = grade(profile_name, person, facts)
            rows.append(f"{profile_name}\t{record['external_id']}\t{value}\t{','.join(reasons)}")
    with open(os.path.join(folder, "labels.tsv"), "w") as out:
        out.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    write_set("dev", DEV)
    write_set("heldout", HELDOUT)
    write_set("fresh", FRESH)
    write_set("fresh2", FRESH2)
    write_set("fresh3", FRESH3)
    write_set("fresh4", FRESH4)
    write_set("fresh5", FRESH5)
    write_set("fresh6", FRESH6)
    write_set("fresh7", FRESH7)
    write_set("fresh8", FRESH8)
    write_set("fresh9", FRESH9)
    write_set("fresh10", FRESH10)
    write_set("fresh11", FRESH11)
