#!/usr/bin/env python3
"""Writes Tests/Eval/discover/{dev,heldout}: postings in the shapes of the public
APIs (Greenhouse, Lever, Ashby, schema.org JobPosting, RSS, Remote OK, JobSpy
CSV) and labels.jsonl with the values a recruiter would record.

Deterministic (seeded): rerunning writes the same files. The labels come from
the hand-labelled blocks in components.py, never from jobhunt's code.
Postings alternate between the two sets, so dev and held-out have the same mix
but share no posting. Run: python3 Tests/Eval/discover/tools/generate.py
"""
import csv
import datetime as dt
import html
import io
import json
import os
import random

import components as dev_blocks
import fresh_components as fresh_blocks
import heldout_components as heldout_blocks
from components import BENEFITS_HEADING, COMPANIES, INTRO, LANGUAGE, REQUIREMENTS

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
rng = random.Random(18)

# Source kinds, how many postings each, and which regions they carry.
KINDS = [("greenhouse", 30), ("lever", 30), ("ashby", 26), ("jsonld", 22), ("rss", 18), ("remoteok", 12),
         ("jobspy", 34)]
ALL_REGIONS = list(dev_blocks.PLACES)
STRUCTURED_KINDS = {"greenhouse", "lever", "ashby", "jsonld", "jobspy", "remoteok"}

# Structured pay per region: (minimum, maximum, period) in the region's currency.
STRUCTURED = {
    "US": [(120000, 150000, "year"), (25, 32, "hour"), (88000, 104000, "year")],
    "CA": [(90000, 110000, "year")], "GB": [(50000, 62000, "year")], "FR": [(42000, 50000, "year")],
    "DE": [(58000, 70000, "year"), (4200, 5000, "month")], "ES": [(34000, 40000, "year")],
    "PT": [(26000, 32000, "year")], "NL": [(52000, 64000, "year")], "PL": [(14000, 19000, "month")],
    "AU": [(130000, 150000, "year")], "IN": [(1500000, 2200000, "year")], "CH": [(110000, 130000, "year")],
    "BR": [(9000, 12000, "month")],
}
CURRENCY = {"US": "USD", "CA": "CAD", "GB": "GBP", "FR": "EUR", "DE": "EUR", "ES": "EUR", "PT": "EUR",
            "NL": "EUR", "PL": "PLN", "AU": "AUD", "IN": "INR", "CH": "CHF", "BR": "BRL"}
FACTOR = {"hour": 2080, "day": 260, "week": 52, "month": 12, "year": 1}


def pick_region(kind):
    if kind in ("rss", "remoteok"):
        return rng.choice(["US", "US", "GB", "DE", "FR", "NL", "ES", "PT", "CA", "PL"])
    if kind == "jobspy":
        return rng.choice(["US", "US", "US", "FR", "FR", "GB", "DE", "IN", "CA", "AU"])
    return rng.choice(ALL_REGIONS + ["US", "US", "GB", "DE", "FR"])


def build(index, kind, blocks=None):
    # Odd postings are held out and drawn from blocks written after dev was tuned.
    blocks = blocks or (heldout_blocks if index % 2 else dev_blocks)
    PLACES, PAY, DISTRACTORS, TITLES, LOCAL_TITLES = (blocks.PLACES, blocks.PAY, blocks.DISTRACTORS, blocks.TITLES,
                                                      blocks.LOCAL_TITLES)
    region = pick_region(kind)
    language = LANGUAGE[region]
    if language != "en" and rng.random() < 0.7:
        title, level, employment, words = rng.choice(LOCAL_TITLES[language])
    else:
        title, level, employment, words = rng.choice(TITLES)
    company = rng.choice(COMPANIES)
    place_text, city, state, country, hint = rng.choice(PLACES[region])
    if kind in ("rss", "remoteok") or hint == "remote":
        arrangement = "remote"
    elif kind == "jsonld":
        arrangement = rng.choice(["onsite", "onsite", "remote"])
    elif kind == "jobspy":
        arrangement = rng.choice(["onsite", "remote"])
    else:
        arrangement = rng.choice(["onsite", "hybrid", "remote"])
    mode = rng.choices(["structured", "text", "none"], [0.35, 0.45, 0.2])[0]
    if kind not in STRUCTURED_KINDS and mode == "structured":
        mode = "text"
    if kind == "remoteok" and region != "US" and mode == "structured":
        mode = "text"
    pay_sentence, expected = None, (None, None, None)
    structured = None
    if mode == "structured":
        low, high, period = rng.choice(STRUCTURED[region])
        currency = CURRENCY[region]
        if kind == "remoteok":
            low, high, period, currency = 90000, 120000, "year", "USD"
        structured = (low, high, period, currency)
        expected = (low * FACTOR[period], high * FACTOR[period], currency)
        if rng.random() < 0.3 and language == "en":
            pay_sentence = "Total compensation with bonus can reach twice the base for top performers."
    elif mode == "text":
        sentence, low, high, currency = rng.choice(PAY[region])
        pay_sentence = sentence
        expected = (low, high, currency)
    distractors = []
    if rng.random() < 0.6:
        distractors = rng.sample(DISTRACTORS[language], k=min(len(DISTRACTORS[language]), rng.choice([1, 2])))
    day = dt.date(2026, 9, 1) + dt.timedelta(days=rng.randrange(0, 90))
    posted = day.isoformat()
    bad_date = None
    if kind == "jobspy" and rng.random() < 0.12:
        bad_date = rng.choice(["2026-02-30", "2025-13-45", "yesterday"])
        posted = None
    slug = f"{index:03d}"
    return dict(index=index, kind=kind, region=region, language=language, title=title, level=level,
                employment=employment, words=words, company=company, place_text=place_text, city=city,
                state=state, country=country, arrangement=arrangement, structured=structured,
                pay_sentence=pay_sentence, expected=expected, distractors=distractors, day=day, posted=posted,
                bad_date=bad_date, slug=slug)


def description(p):
    lang = p["language"]
    lines = [INTRO[lang].format(company=p["company"], words=p["words"])]
    heading, items = REQUIREMENTS[lang]
    lines += ["", heading] + ["- " + item for item in items]
    benefits = list(p["distractors"])
    lines += ["", BENEFITS_HEADING[lang]] + ["- " + b for b in benefits] if benefits else []
    if p["pay_sentence"]:
        lines += ["", p["pay_sentence"]]
    return "\n".join(lines)


def as_html(text):
    out, in_list = [], False
    for line in text.split("\n"):
        if line.startswith("- "):
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append("<li>" + html.escape(line[2:]) + "</li>")
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        if line:
            out.append("<p>" + html.escape(line) + "</p>")
    if in_list:
        out.append("</ul>")
    return "".join(out)


def iso(day, hour=14, offset="+00:00"):
    return f"{day.isoformat()}T{hour:02d}:12:05{offset}"


def employment_word(kind, employment):
    words = {
        "greenhouse": {"full-time": "Full-time", "part-time": "Part-time", "contract": "Contract",
                       "internship": "Intern"},
        "lever": {"full-time": "Full-time", "part-time": "Part-time", "contract": "Contractor",
                  "internship": "Internship"},
        "ashby": {"full-time": "FullTime", "part-time": "PartTime", "contract": "Contract",
                  "internship": "Intern"},
        "jsonld": {"full-time": "FULL_TIME", "part-time": "PART_TIME", "contract": "CONTRACTOR",
                   "internship": "INTERN"},
        "rss": {"full-time": "Full-Time", "part-time": "Part-Time", "contract": "Contract",
                "internship": "Internship"},
        "jobspy": {"full-time": "fulltime", "part-time": "parttime", "contract": "contract",
                   "internship": "internship"},
    }
    return words.get(kind, {}).get(employment)


def greenhouse(posts):
    jobs = []
    for p in posts:
        gid = 7300000000 + p["index"]
        metadata = []
        key = rng.choice(["Workplace Type", "Location Type", "Remote Status"])
        value = {"onsite": "On-site", "hybrid": "Hybrid", "remote": "Remote"}[p["arrangement"]]
        metadata.append({"id": 1, "name": key, "value": value, "value_type": "single_select"})
        metadata.append({"id": 2, "name": "Employment Type", "value": employment_word("greenhouse", p["employment"]),
                         "value_type": "single_select"})
        job = {"absolute_url": f"https://job-boards.greenhouse.io/board{p['index']}/jobs/{gid}",
               "internal_job_id": gid - 1000, "location": {"name": p["place_text"]}, "metadata": metadata,
               "id": gid, "updated_at": iso(p["day"] + dt.timedelta(days=2), 9, "-05:00"), "title": p["title"],
               "company_name": p["company"], "first_published": iso(p["day"], 10, "-04:00"),
               "language": p["language"], "content": html.escape(as_html(description(p)))}
        if p["structured"]:
            low, high, period, currency = p["structured"]
            title = {"year": "Annual base salary", "hour": "Hourly pay", "month": "Monthly base salary"}[period]
            job["pay_input_ranges"] = [{"min_cents": low * 100, "max_cents": high * 100, "currency_type": currency,
                                        "title": title, "blurb": ""}]
        jobs.append(job)
        p["id"] = str(gid)
    return "greenhouse", json.dumps({"jobs": jobs, "meta": {"total": len(jobs)}}, ensure_ascii=False, indent=1)


def lever(posts):
    items = []
    for p in posts:
        lid = f"7f{p['index']:06d}-1c2d-4e5f-8a9b-{p['index']:012d}"
        # Lever prints the bare city for many boards; the country sits in its own field.
        city_only = p["city"] if p["city"] and not p["state"] and rng.random() < 0.6 else p["place_text"]
        text = description(p)
        item = {"additionalPlain": "", "additional": "",
                "categories": {"commitment": employment_word("lever", p["employment"]), "department": "Operations",
                               "location": city_only, "team": "Core", "allLocations": [city_only]},
                "createdAt": int(dt.datetime.combine(p["day"], dt.time(15, 0), dt.timezone.utc).timestamp() * 1000),
                "descriptionPlain": text, "description": as_html(text), "id": lid, "lists": [],
                "text": p["title"], "country": p["country"], "workplaceType": {"onsite": "onsite", "hybrid": "hybrid",
                                                                               "remote": "remote"}[p["arrangement"]],
                "hostedUrl": f"https://jobs.lever.co/company{p['index']}/{lid}",
                "applyUrl": f"https://jobs.lever.co/company{p['index']}/{lid}/apply"}
        if p["structured"]:
            low, high, period, currency = p["structured"]
            item["salaryRange"] = {"currency": currency, "interval": {"year": "per-year-salary", "hour": "per-hour-wage",
                                                                      "month": "per-month-salary"}[period],
                                   "min": low, "max": high}
        items.append(item)
        p["id"] = lid
    return "lever", json.dumps(items, ensure_ascii=False, indent=1)


def ashby(posts):
    jobs = []
    for p in posts:
        aid = f"a5{p['index']:06d}-0000-4000-8000-{p['index']:012d}"
        text = description(p)
        job = {"id": aid, "title": p["title"], "department": "Team", "team": "Team",
               "employmentType": employment_word("ashby", p["employment"]), "location": p["place_text"],
               "secondaryLocations": [], "publishedAt": iso(p["day"], 11).replace("+00:00", ".000+00:00"),
               "isListed": True, "isRemote": p["arrangement"] == "remote",
               "workplaceType": {"onsite": "OnSite", "hybrid": "Hybrid", "remote": "Remote"}[p["arrangement"]],
               "address": {"postalAddress": {k: v for k, v in (("addressLocality", p["city"]),
                                                               ("addressRegion", p["state"]),
                                                               ("addressCountry", p["country"])) if v}},
               "jobUrl": f"https://jobs.ashbyhq.com/org{p['index']}/{aid}",
               "applyUrl": f"https://jobs.ashbyhq.com/org{p['index']}/{aid}/application",
               "descriptionHtml": as_html(text), "descriptionPlain": text,
               "shouldDisplayCompensationOnJobPostings": True}
        if p["structured"]:
            low, high, period, currency = p["structured"]
            interval = {"year": "1 YEAR", "hour": "1 HOUR", "month": "1 MONTH"}[period]
            component = {"compensationType": "Salary", "interval": interval, "currencyCode": currency,
                         "minValue": low, "maxValue": high}
            job["compensation"] = {"compensationTiers": [{"components": [component]}],
                                   "summaryComponents": [component]}
        jobs.append(job)
        p["id"] = aid
    return "ashby", json.dumps({"apiVersion": "1", "jobs": jobs}, ensure_ascii=False, indent=1)


def jsonld(posts):
    blocks = []
    for p in posts:
        url = f"https://careers.example-{p['index']}.org/jobs/{p['slug']}"
        job = {"@context": "https://schema.org/", "@type": "JobPosting", "title": p["title"],
               "description": as_html(description(p)), "datePosted": p["day"].isoformat(),
               "employmentType": employment_word("jsonld", p["employment"]),
               "hiringOrganization": {"@type": "Organization", "name": p["company"]},
               "identifier": {"@type": "PropertyValue", "name": p["company"], "value": p["slug"]}, "url": url,
               "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress",
                                                             **({"addressLocality": p["city"]} if p["city"] else {}),
                                                             **({"addressRegion": p["state"]} if p["state"] else {}),
                                                             "addressCountry": p["country"]}}}
        if p["arrangement"] == "remote":
            job["jobLocationType"] = "TELECOMMUTE"
        if p["structured"]:
            low, high, period, currency = p["structured"]
            job["baseSalary"] = {"@type": "MonetaryAmount", "currency": currency,
                                 "value": {"@type": "QuantitativeValue", "minValue": low, "maxValue": high,
                                           "unitText": period.upper()}}
        blocks.append('<script type="application/ld+json">' + json.dumps(job, ensure_ascii=False) + "</script>")
        p["id"] = url
    page = "<!doctype html><html><head><title>Jobs</title>" + "\n".join(blocks) + "</head><body></body></html>"
    return "jsonld", page


def rss(posts):
    items = []
    for p in posts:
        link = f"https://remoteboard.example/remote-jobs/{p['slug']}-{p['title'].lower().replace(' ', '-')}"
        region = {"US": "USA Only", "CA": "Canada Only", "GB": "UK Only"}.get(p["region"], "Europe Only")
        country = "" if not p["city"] else p["place_text"]
        when = dt.datetime.combine(p["day"], dt.time(13, 5), dt.timezone.utc)
        items.append(f"""    <item>
      <title>{html.escape(p['company'])}: {html.escape(p['title'])}</title>
      <region>{region}</region>
      <country>{html.escape(country)}</country>
      <type>{employment_word('rss', p['employment'])}</type>
      <description>{html.escape(as_html(description(p)))}</description>
      <pubDate>{when.strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate>
      <guid>{link}</guid>
      <link>{link}</link>
    </item>""")
        p["id"] = link
        # The feed's region says where one may live, not a city: a recruiter records the country only
        # when the feed names it.
        if not p["city"]:
            p["country"] = {"US": "US", "CA": "CA", "GB": "GB"}.get(p["region"])
    body = "\n".join(items)
    return "rss", f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Remote board</title>
    <link>https://remoteboard.example</link>
    <description>Remote jobs</description>
{body}
  </channel>
</rss>
"""


def remoteok(posts):
    items = [{"last_updated": 1790000000, "legal": "API terms: link back to the board."}]
    for p in posts:
        rid = str(1090000 + p["index"])
        item = {"slug": p["slug"], "id": rid, "epoch": 0, "date": iso(p["day"], 16),
                "company": p["company"], "position": p["title"], "tags": ["remote"],
                "description": as_html(description(p)), "location": p["place_text"],
                "salary_min": 0, "salary_max": 0, "url": f"https://remoteok.com/remote-jobs/{rid}",
                "apply_url": f"https://remoteok.com/remote-jobs/{rid}/apply"}
        if p["structured"]:
            low, high, _, _ = p["structured"]
            item["salary_min"], item["salary_max"] = low, high
        items.append(item)
        p["id"] = rid
    return "remoteok", json.dumps(items, ensure_ascii=False, indent=1)


def jobspy(posts):
    header = ["id", "site", "job_url", "job_url_direct", "title", "company", "location", "date_posted", "job_type",
              "salary_source", "interval", "min_amount", "max_amount", "currency", "is_remote", "job_level",
              "job_function", "listing_type", "emails", "description", "company_industry", "company_url",
              "company_logo", "company_url_direct", "company_addresses", "company_num_employees",
              "company_revenue", "company_description", "skills", "experience_range", "company_rating",
              "company_reviews_count", "vacancy_count", "work_from_home_type"]
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
    writer.writerow(header)
    for p in posts:
        site = rng.choice(["indeed", "linkedin", "glassdoor"])
        jid = {"indeed": "in-", "linkedin": "li-", "glassdoor": "gd-"}[site] + str(4400000000 + p["index"])
        url = {"indeed": f"https://www.indeed.com/viewjob?jk={p['index']:016x}",
               "linkedin": f"https://www.linkedin.com/jobs/view/{4400000000 + p['index']}",
               "glassdoor": f"https://www.glassdoor.com/job-listing/j?jl={4400000000 + p['index']}"}[site]
        location = p["place_text"]
        if site == "indeed" and p["country"] == "FR" and p["city"] in INDEED_FR:
            # Indeed prints French regions as codes: old ones (A8) and new ones (OCC); a recruiter
            # writes the region's name.
            code, name = INDEED_FR[p["city"]]
            location, p["state"] = f"{p['city']}, {code}, FR", name
        row = {k: "" for k in header}
        row.update(id=jid, site=site, job_url=url, title=p["title"], company=p["company"],
                   location=location, date_posted=p["bad_date"] or p["day"].isoformat(),
                   job_type=employment_word("jobspy", p["employment"]) or "", is_remote=p["arrangement"] == "remote",
                   description=description(p))
        if p["structured"]:
            low, high, period, currency = p["structured"]
            row.update(salary_source="direct_data", interval={"year": "yearly", "hour": "hourly",
                                                              "month": "monthly"}[period],
                       min_amount=float(low), max_amount=float(high), currency=currency)
        writer.writerow([row[k] for k in header])
        p["id"] = jid
    return "jobspy", out.getvalue()


INDEED_FR = {"Paris": ("A8", "Île-de-France"), "Lyon": ("ARA", "Auvergne-Rhône-Alpes"),
             "Labège": ("OCC", "Occitanie"), "Nantes": ("PDL", "Pays de la Loire")}

RENDER = {"greenhouse": greenhouse, "lever": lever, "ashby": ashby, "jsonld": jsonld, "rss": rss,
          "remoteok": remoteok, "jobspy": jobspy}
EXTENSION = {"greenhouse": "json", "lever": "json", "ashby": "json", "jsonld": "html", "rss": "xml",
             "remoteok": "json", "jobspy": "csv"}


def title_says(title):
    return any(word in title.lower() for word in ("part-time", "intern", "freelance", "contract", "stage"))


def main():
    posts = []
    index = 0
    for kind, count in KINDS:
        for _ in range(count):
            posts.append(build(index, kind))
            index += 1
    sets = {"dev": [p for p in posts if p["index"] % 2 == 0], "heldout": [p for p in posts if p["index"] % 2 == 1]}

    def fresh():
        # Its own blocks and seed, drawn after dev and heldout are written, so they stay as they were.
        global rng
        rng = random.Random(1818)
        members = []
        for kind, count in KINDS:
            for _ in range(max(5, count // 4)):
                members.append(build(1000 + len(members), kind, fresh_blocks))
        return members

    sets["fresh"] = fresh
    for name, members in sets.items():
        members = members() if callable(members) else members
        folder = os.path.join(ROOT, name)
        os.makedirs(folder, exist_ok=True)
        labels = []
        contexts = {}
        for name_ in os.listdir(folder):
            os.remove(os.path.join(folder, name_))
        for kind, _ in KINDS:
            of_kind = [p for p in members if p["kind"] == kind]
            groups = {f"{kind}.{EXTENSION[kind]}": of_kind}
            if kind in ("lever", "ashby"):
                # A Lever or Ashby board belongs to one employer and its API never names it: one file per
                # employer, whose name the evaluation passes as the configured company (contexts.json).
                groups = {}
                for p in of_kind:
                    slug = "".join(c if c.isalnum() else "-" for c in p["company"].lower()).strip("-")
                    file = f"{kind}-{slug}.{EXTENSION[kind]}"
                    groups.setdefault(file, []).append(p)
                    contexts[file] = p["company"]
            for file, group in sorted(groups.items()):
                source, text = RENDER[kind](group)
                with open(os.path.join(folder, file), "w", encoding="utf-8", newline="") as handle:
                    handle.write(text)
                for p in group:
                    p["file"] = file
            for p in of_kind:
                low, high, currency = p["expected"]
                labels.append({
                    "file": p["file"], "id": p["id"], "title": p["title"],
                    "company": p["company"], "city": p["city"], "state": p["state"], "country": p["country"],
                    "work_arrangement": p["arrangement"],
                    # Remote OK's API has no employment field: only a title that says it tells.
                    "employment_type": (p["employment"] if kind != "remoteok" or title_says(p["title"]) else None),
                    "experience_level": p["level"], "salary_min": low, "salary_max": high,
                    "salary_currency": currency, "posted_date": p["posted"], "language": p["language"],
                    "salary_kind": ("structured" if p["structured"] else "text" if p["expected"][2] else "none"),
                })
        with open(os.path.join(folder, "contexts.json"), "w", encoding="utf-8") as handle:
            json.dump(contexts, handle, ensure_ascii=False, indent=1, sort_keys=True)
        with open(os.path.join(folder, "labels.jsonl"), "w", encoding="utf-8") as handle:
            for label in labels:
                handle.write(json.dumps(label, ensure_ascii=False) + "\n")
        print(name, len(labels), "postings")


if __name__ == "__main__":
    main()
