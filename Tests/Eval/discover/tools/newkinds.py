#!/usr/bin/env python3
"""Writers for issue 22's eight newer source kinds, in the shapes their public
APIs return (see Tests/Fixtures/sources and Sources/JobHuntDiscovery/Sources):
Workday (one cxs posting detail per file), Workable (an account's widget API),
SmartRecruiters (a Posting API page with each posting's job ad), Recruitee
(careers-site offers), Personio (the positions XML feed), Teamtailor (the
JSON Feed with a schema.org JobPosting per item), Breezy (the careers-site
array, whose pay is a phrase and which has no description) and Hacker News
("Who is hiring?" via the Algolia items API: "Company | Title | Place | …").

Each writer takes the postings of one file (dicts written in that source's own
terms, as fresh2.py's writers do), sets p["key"] to the id the evaluation joins
its label by, and returns the file's text. Used by fresh4.py; generate.py's
block sets can use them the same way. Unlike fresh2's, these writers take the
description as HTML already (the sources send HTML).
"""
import html
import json


def slug(name):
    return "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")


def workday(p):
    """One posting detail: GET …/wday/cxs/{tenant}/{site}/job/{path}."""
    tenant = slug(p["company"]).replace("-", "")[:12]
    path = f"/job/{slug(p['location'])}/{p['path']}"
    info = {"id": p["path"].lower().replace("_", "").replace("-", "")[:32], "title": p["title"],
            "jobDescription": p["text"], "location": p["location"],
            "postedOn": p.get("posted_on", "Posted 30+ Days Ago"), "timeType": p["time"],
            "jobReqId": p["path"].split("_")[-1], "jobPostingId": p["path"], "jobPostingSiteId": "External",
            "canApply": True, "posted": True, "includeResumeParsing": True,
            "externalUrl": f"https://{tenant}.wd3.myworkdayjobs.com/External{path}"}
    if p.get("start"):
        info["startDate"] = p["start"]
    if p.get("additional"):
        info["additionalLocations"] = p["additional"]
    if p.get("country"):
        info["country"] = {"descriptor": p["country"], "id": "0" * 32}
    if p.get("remote"):
        info["remoteType"] = p["remote"]
    p["key"] = p["path"]
    root = {"jobPostingInfo": info, "hiringOrganization": {"name": p["company"], "url": ""}, "similarJobs": [],
            "userAuthenticated": False}
    return json.dumps(root, ensure_ascii=False, indent=1)


def workable(account, description, posts):
    jobs = []
    for p in posts:
        job = {"title": p["title"], "shortcode": p["code"], "code": "", "employment_type": p.get("employment", ""),
               "telecommuting": p.get("telecommuting", False), "department": p.get("department", ""),
               "url": f"https://apply.workable.com/j/{p['code']}",
               "shortlink": f"https://apply.workable.com/j/{p['code']}",
               "application_url": f"https://apply.workable.com/j/{p['code']}/apply",
               "published_on": p["published"], "created_at": p["published"],
               "country": p.get("country", ""), "city": p.get("city", ""), "state": p.get("region", ""),
               "education": "", "experience": p.get("experience", ""), "function": "", "industry": "",
               "locations": [{"country": p.get("country", ""), "countryCode": "", "city": p.get("city", ""),
                              "region": p.get("region", ""), "hidden": False}],
               "description": p["text"]}
        jobs.append(job)
        p["key"] = p["code"]
    return json.dumps({"name": account, "description": description, "jobs": jobs}, ensure_ascii=False, indent=1)


def smartrecruiters(posts):
    content = []
    for p in posts:
        identifier = slug(p["company"]).replace("-", "")
        location = {"city": p.get("city", ""), "region": p.get("region", ""), "country": p["country"],
                    "remote": p.get("remote", False), "fullLocation": p["full"]}
        if p.get("hybrid"):
            location["hybrid"] = True
        item = {"id": p["id"], "name": p["title"], "uuid": p["id"] + "-uuid", "refNumber": "REF" + p["id"][-4:],
                "company": {"identifier": identifier, "name": p["company"]}, "releasedDate": p["released"],
                "location": location, "typeOfEmployment": {"id": "x", "label": p["employment"]},
                "experienceLevel": {"id": "x", "label": p["experience"]},
                "postingUrl": f"https://jobs.smartrecruiters.com/{identifier}/{p['id']}-{slug(p['title'])}",
                "jobAd": {"sections": {k: {"title": t, "text": v} for k, t, v in p["sections"]}}}
        content.append(item)
        p["key"] = p["id"]
    return json.dumps({"offset": 0, "limit": 100, "totalFound": len(content), "content": content},
                      ensure_ascii=False, indent=1)


def recruitee(posts):
    offers = []
    for p in posts:
        host = slug(p["company"]).split("-")[0]
        offer = {"id": p["id"], "slug": slug(p["title"]), "status": "published", "title": p["title"],
                 "description": p["text"], "requirements": p.get("requirements", ""),
                 "location": p.get("location", ""), "city": p.get("city", ""), "country": p.get("country", ""),
                 "state_name": p.get("state", ""), "remote": p.get("remote", False),
                 "hybrid": p.get("hybrid", False), "on_site": p.get("on_site", False),
                 "careers_url": f"https://{host}.recruitee.com/o/{slug(p['title'])}",
                 "careers_apply_url": f"https://{host}.recruitee.com/o/{slug(p['title'])}/c/new",
                 "published_at": p["published"], "close_at": None,
                 "employment_type_code": p.get("employment", ""), "experience_code": p.get("experience", ""),
                 "department": "", "company_name": p["company"], "tags": []}
        if p.get("salary"):
            low, high, currency, period = p["salary"]
            offer["salary"] = {"min": low, "max": high, "currency": currency, "period": period}
        else:
            offer["salary"] = {"min": None, "max": None, "currency": None, "period": None}
        if p.get("places"):
            offer["locations"] = [{"city": c, "country": k, "state": s} for c, s, k in p["places"]]
        offers.append(offer)
        p["key"] = str(p["id"])
    return json.dumps({"offers": offers}, ensure_ascii=False, indent=1)


def personio(posts):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<workzag-jobs>"]
    for p in posts:
        out.append("  <position>")
        out.append(f"    <id>{p['id']}</id>")
        if p.get("subcompany"):
            out.append(f"    <subcompany>{html.escape(p['subcompany'])}</subcompany>")
        out.append(f"    <office>{html.escape(p['office'])}</office>")
        if p.get("more_offices"):
            out.append("    <additionalOffices>")
            out.extend(f"      <office>{html.escape(o)}</office>" for o in p["more_offices"])
            out.append("    </additionalOffices>")
        out.append(f"    <department>{html.escape(p.get('department', ''))}</department>")
        out.append(f"    <name>{html.escape(p['title'])}</name>")
        out.append("    <jobDescriptions>")
        for name, value in p["blocks"]:
            out.append(f"      <jobDescription>\n        <name>{html.escape(name)}</name>\n"
                       f"        <value><![CDATA[{value}]]></value>\n      </jobDescription>")
        out.append("    </jobDescriptions>")
        out.append(f"    <employmentType>{p.get('contract', 'permanent')}</employmentType>")
        out.append(f"    <seniority>{p.get('seniority', '')}</seniority>")
        out.append(f"    <schedule>{p.get('schedule', '')}</schedule>")
        out.append(f"    <createdAt>{p['created']}</createdAt>")
        out.append("  </position>")
        p["key"] = str(p["id"])
    out.append("</workzag-jobs>")
    return "\n".join(out) + "\n"


def teamtailor(feed_title, host, posts):
    items = []
    for p in posts:
        job = {"@context": "https://schema.org", "@type": "JobPosting", "title": p["title"],
               "datePosted": p["published"], "employmentType": p.get("employment", ""),
               "hiringOrganization": {"@type": "Organization", "name": p["company"]},
               "jobLocation": [{"@type": "Place", "address": {"@type": "PostalAddress", **a}}
                               for a in p.get("addresses", [])],
               "description": p["text"]}
        if p.get("remote"):
            job["jobLocationType"] = "TELECOMMUTE"
        if p.get("salary"):
            currency, unit, low, high = p["salary"]
            job["baseSalary"] = {"@type": "MonetaryAmount", "currency": currency,
                                 "value": {"@type": "QuantitativeValue", "minValue": low, "maxValue": high,
                                           "unitText": unit}}
        items.append({"id": p["id"], "url": f"https://{host}/jobs/{p['id']}-{slug(p['title'])}",
                      "title": p["title"], "content_html": p["text"], "date_published": p["published"],
                      "date_modified": p["published"], "_jobposting": job})
        p["key"] = p["id"]
    return json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": feed_title,
                       "home_page_url": f"https://{host}/jobs", "feed_url": f"https://{host}/jobs.json",
                       "items": items}, ensure_ascii=False, indent=1)


def breezy(company, posts):
    positions = []
    host = slug(company).split("-")[0]
    for p in posts:
        place = {"country": {"name": p["country"], "id": ""}, "city": p.get("city", ""), "primary": True,
                 "is_remote": p.get("remote", False), "name": p["place"]}
        if p.get("state"):
            place["state"] = {"id": "", "name": p["state"]}
        item = {"id": p["id"], "friendly_id": p["id"] + "-" + slug(p["title"]), "name": p["title"],
                "url": f"https://{host}.breezy.hr/p/{p['id']}-{slug(p['title'])}",
                "published_date": p["published"], "type": {"id": "", "name": p["type"]}, "location": place,
                "department": p.get("department", ""), "company": {"name": company, "logo_url": "",
                                                                  "friendly_id": host}}
        if p.get("salary") is not None:
            item["salary"] = p["salary"]
        positions.append(item)
        p["key"] = p["id"]
    return json.dumps(positions, ensure_ascii=False, indent=1)


def hn(story_id, posts):
    children = []
    for p in posts:
        children.append({"author": p["author"], "children": [], "created_at": p["created"],
                         "id": p["id"], "options": [], "parent_id": story_id, "points": None,
                         "story_id": story_id, "text": p["text"], "title": None, "type": "comment",
                         "url": None})
        p["key"] = str(p["id"])
    story = {"author": "whoishiring", "children": children, "created_at": "2026-11-02T16:00:00.000Z",
             "id": story_id, "options": [], "points": 700, "story_id": story_id,
             "title": "Ask HN: Who is hiring? (November 2026)", "type": "story", "url": None}
    return json.dumps(story, ensure_ascii=False, indent=1)
