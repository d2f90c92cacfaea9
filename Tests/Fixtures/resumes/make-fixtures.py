#!/usr/bin/env python3
"""Writes the resume fixtures next to this script: resume.pdf (a one-page PDF
with Helvetica text, objects and xref written by hand) and resume.docx (the
smallest Word document: content types, package relationship and a deflated
word/document.xml). Deterministic: fixed zip timestamps, so re-running gives the
same bytes. Run: python3 Tests/Fixtures/resumes/make-fixtures.py
"""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))


def pdf(lines):
    content = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join("(%s) Tj T*" % l for l in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
    ]
    out = "%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += "%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += "".join("%010d 00000 n \n" % offset for offset in offsets)
    out += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out.encode("ascii")


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""

DOCUMENT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>Grace Hopper</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Skills: </w:t></w:r><w:r><w:t>Go, Terraform &amp; AWS</w:t></w:r></w:p>
<w:p><w:r><w:t>Languages:</w:t></w:r><w:r><w:tab/><w:t>Espa&#241;ol</w:t></w:r><w:r><w:br/><w:t>COBOL &lt;legacy&gt;</w:t></w:r></w:p>
<w:sectPr/></w:body></w:document>"""


def docx():
    path = os.path.join(HERE, "resume.docx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                           ("word/document.xml", DOCUMENT)]:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text)


with open(os.path.join(HERE, "resume.pdf"), "wb") as f:
    f.write(pdf(["Ada Lovelace", "Skills: Python, Kubernetes and PostgreSQL"]))
docx()
