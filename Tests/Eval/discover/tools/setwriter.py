"""Writes one discover evaluation set (fresh4 onwards) from its module's postings.

Each set's tool (fresh4.py, fresh5.py, fresh6.py) holds only its postings, one
list per source kind (GREENHOUSE, LEVER, … BREEZY, in the shapes fresh2 and
newkinds render); this writes them, their labels and contexts the same way for
every set, so a change to the layout is made once.
"""
import datetime as dt
import json
import os
import re

import fresh2
import newkinds


def write_set(s, name, hn_file, hn_first_id):
    """Writes set module `s` into the folder `name` beside this file; the Hacker
    News thread goes to `hn_file` with item ids from `hn_first_id`."""
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", name)
    os.makedirs(root, exist_ok=True)
    for old in os.listdir(root):
        os.remove(os.path.join(root, old))
    slug = fresh2.slug
    files = {"greenhouse.json": (fresh2.greenhouse, s.GREENHOUSE), "jsonld.html": (fresh2.jsonld, s.JSONLD),
             "rss.xml": (fresh2.rss, s.RSS), "remoteok.json": (fresh2.remoteok, s.REMOTEOK),
             "jobspy.csv": (fresh2.jobspy, s.JOBSPY), "file.jsonl": (fresh2.jsonlines, s.FILE),
             "smartrecruiters.json": (newkinds.smartrecruiters, s.SMARTRECRUITERS),
             "recruitee.json": (newkinds.recruitee, s.RECRUITEE),
             hn_file: (lambda posts: newkinds.hn(hn_first_id, posts), s.HN)}
    contexts = {}
    for kind, posts, render in (("lever", s.LEVER, fresh2.lever), ("ashby", s.ASHBY, fresh2.ashby)):
        for company in dict.fromkeys(p["company"] for p in posts):
            file = f"{kind}-{slug(company)}.json"
            files[file] = (render, [p for p in posts if p["company"] == company])
            contexts[file] = company
    for p in s.WORKDAY:
        files[f"workday-{slug(p['path'])}.json"] = (lambda posts: newkinds.workday(posts[0]), [p])
    for account, description, posts in s.WORKABLE:
        files[f"workable-{slug(account)}.json"] = (
            lambda posts, a=account, d=description: newkinds.workable(a, d, posts), posts)
    for company, posts in s.PERSONIO:
        file = f"personio-{slug(company)}.xml"
        files[file] = (newkinds.personio, posts)
        contexts[file] = company
    for title, host, posts in s.TEAMTAILOR:
        files[f"teamtailor-{slug(host)}.json"] = (lambda posts, t=title, h=host: newkinds.teamtailor(t, h, posts),
                                                  posts)
    for company, posts in s.BREEZY:
        files[f"breezy-{slug(company)}.json"] = (lambda posts, c=company: newkinds.breezy(c, posts), posts)
    labels = []
    for file, (render, posts) in files.items():
        with open(os.path.join(root, file), "w", encoding="utf-8", newline="") as handle:
            handle.write(render(posts))
        for p in posts:
            labels.append({"file": file, "id": p["key"], **p["label"]})
    with open(os.path.join(root, "contexts.json"), "w", encoding="utf-8") as handle:
        json.dump(contexts, handle, ensure_ascii=False, indent=1, sort_keys=True)
    with open(os.path.join(root, "labels.jsonl"), "w", encoding="utf-8") as handle:
        for label in labels:
            handle.write(json.dumps(label, ensure_ascii=False) + "\n")
    kinds = {}
    for label in labels:
        kind = label["file"].split(".")[0].split("-")[0]
        kinds[kind] = kinds.get(kind, 0) + 1
    print(name, len(labels), "postings", kinds)


# ---------------------------------------------------------------- yearly figures
# As every set records pay: hour × 2080, day × 260, week × 52, month × 12 or the payments named.
def H(rate):
    """A yearly figure from an hourly rate (× 2080), as every set records it."""
    return int(round(rate * 2080))


def D(rate):
    """A yearly figure from a day rate (× 260)."""
    return int(round(rate * 260))


def W(amount):
    """A yearly figure from a weekly one (× 52)."""
    return int(round(amount * 52))


def M(amount, payments=12):
    """A yearly figure from a monthly one (× 12, or the payments the text names)."""
    return int(round(amount * payments))


# ---------------------------------------------------------------- checks
KINDS = ("GREENHOUSE", "LEVER", "ASHBY", "JSONLD", "RSS", "REMOTEOK", "JOBSPY", "FILE", "WORKDAY", "WORKABLE",
         "SMARTRECRUITERS", "RECRUITEE", "PERSONIO", "TEAMTAILOR", "BREEZY", "HN")


def postings(s, kind):
    """The postings of one source kind in set module `s`, flattened."""
    value = getattr(s, kind)
    if kind in ("WORKABLE", "TEAMTAILOR"):
        return [p for _, _, posts in value for p in posts]
    if kind in ("PERSONIO", "BREEZY"):
        return [p for _, posts in value for p in posts]
    return value


STAMP = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z| UTC)")


def check_set(s, name, per_kind=6):
    """Every label's id occurs in its file; every time stamp has the same local
    and UTC day; `per_kind` postings per kind. Prints each problem; True when none."""
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", name)
    problems = []
    for kind in KINDS:
        if len(postings(s, kind)) != per_kind:
            problems.append(f"{kind}: {len(postings(s, kind))} postings")
        for p in postings(s, kind):
            for field in ("published", "created", "posted", "released", "date"):
                value = p.get(field)
                if isinstance(value, str) and STAMP.fullmatch(value):
                    when = dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace(" UTC", "+00:00"))
                    if when.date() != when.astimezone(dt.timezone.utc).date():
                        problems.append(f"{kind} {p.get('key')}: {value} crosses a day in UTC")
            if p.get("pub"):
                when = dt.datetime.strptime(p["pub"].replace("GMT", "+0000"), "%a, %d %b %Y %H:%M:%S %z")
                if when.date() != when.astimezone(dt.timezone.utc).date():
                    problems.append(f"{kind} {p.get('key')}: {p['pub']} crosses a day in UTC")
    with open(os.path.join(root, "labels.jsonl"), encoding="utf-8") as handle:
        labels = [json.loads(line) for line in handle]
    for label in labels:
        with open(os.path.join(root, label["file"]), encoding="utf-8") as handle:
            if label["id"] not in handle.read():
                problems.append(f"{label['file']}: id {label['id']} not found")
    total = per_kind * len(KINDS)
    if len(labels) != total or len({(l["file"], l["id"]) for l in labels}) != total:
        problems.append(f"{len(labels)} labels, or duplicate ids")
    for problem in problems:
        print("CHECK:", problem)
    return not problems
