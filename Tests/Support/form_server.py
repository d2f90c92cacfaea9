"""A loopback web server for the browser tests: serves the fixture forms and records what they post.

GET  /<file>           a file from the folder given as argv[1] (Tests/Fixtures/forms)
GET  /blocked          403 with an "Access denied" page, as a bot wall answers
POST /submit/limited   429 "Too Many Requests", as a rate-limited submit answers
POST /submit/<name>    records the multipart (or urlencoded) body and answers a "thank you" page
GET  /__recorded       every recorded submission as JSON: path, fields {name: [values]},
                       files {name: [{filename, content_type, base64}]}

Stdlib only. Prints "PORT <n>" once listening on 127.0.0.1. The multipart parser is
deliberately plain (split on the boundary) so uploaded bytes are compared exactly.
"""
import base64
import json
import os
import re
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl

ROOT = os.path.abspath(sys.argv[1])
RECORDED = []
LOCK = threading.Lock()
THANKS = b"<!doctype html><title>Application received</title><h1>Thank you for applying</h1>"
DENIED = b"<!doctype html><title>Access denied</title><h1>Access denied</h1><p>Reference #18.2f</p>"
LIMITED = b"<!doctype html><title>429 Too Many Requests</title><h1>Too Many Requests</h1>"


def parse_multipart(content_type, body):
    boundary = re.search(r'boundary="?([^";]+)"?', content_type).group(1).encode()
    fields, files = {}, {}
    for part in body.split(b"--" + boundary)[1:-1]:
        part = part[2:] if part.startswith(b"\r\n") else part
        head, _, data = part.partition(b"\r\n\r\n")
        data = data[:-2] if data.endswith(b"\r\n") else data
        headers = {}
        for line in head.decode("utf-8", "replace").split("\r\n"):
            key, _, value = line.partition(":")
            headers[key.strip().lower()] = value.strip()
        disposition = headers.get("content-disposition", "")
        name = re.search(r'\bname="([^"]*)"', disposition).group(1)
        filename = re.search(r'\bfilename="([^"]*)"', disposition)
        if filename:
            files.setdefault(name, []).append({
                "filename": filename.group(1),
                "content_type": headers.get("content-type", ""),
                "base64": base64.b64encode(data).decode(),
            })
        else:
            fields.setdefault(name, []).append(data.decode("utf-8"))
    return fields, files


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, status, body, content_type="text/html; charset=utf-8"):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        path = self.path.split("?")[0]
        if path == "/__recorded":
            with LOCK:
                return self.answer(200, json.dumps(RECORDED).encode(), "application/json")
        if path == "/blocked":
            return self.answer(403, DENIED)
        file = os.path.abspath(os.path.join(ROOT, path.lstrip("/")))
        if not file.startswith(ROOT + os.sep) or not os.path.isfile(file):
            return self.answer(404, b"<title>Not found</title>")
        with open(file, "rb") as handle:
            self.answer(200, handle.read())

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        content_type = self.headers.get("Content-Type", "")
        if content_type.startswith("multipart/form-data"):
            fields, files = parse_multipart(content_type, body)
        else:
            fields, files = {}, {}
            for key, value in parse_qsl(body.decode(), keep_blank_values=True):
                fields.setdefault(key, []).append(value)
        with LOCK:
            RECORDED.append({"path": self.path, "fields": fields, "files": files})
        if self.path == "/submit/limited":
            return self.answer(429, LIMITED)
        self.answer(200, THANKS)


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print("PORT", server.server_address[1], flush=True)
server.serve_forever()
