"""A fault-injecting loopback TCP proxy for the fault matrix (Tests/JobHuntFaultTests).

Usage: fault_proxy.py UPSTREAM_PORT CONTROL_FILE LOG_FILE

Listens on a free 127.0.0.1 port (printed as "PORT <n>" once listening) and
forwards each connection to 127.0.0.1:UPSTREAM_PORT, so the real server behind
it (Redis, moto's S3 with signature checking, PostgreSQL) still answers and
still checks everything. CONTROL_FILE (JSON, re-read whenever it changes; a
missing file means "pass") chooses the fault:

  {"mode": "pass"}                    forward bytes both ways
  {"mode": "delay", "ms": 900}        forward, but hold every reply chunk for ms
  {"mode": "stall"}                   accept, read and drop the request, never answer
  {"mode": "http_error", "status": 503, "code": "SlowDown"}
                                      read one HTTP request, answer it with an S3
                                      error document, close the connection
  {"mode": "reset"}                   on the first client bytes, reset the connection
                                      (the request never reaches the server)
  {"mode": "reset", "after_forward": true}
                                      forward the request, wait for the first reply
                                      bytes, then reset the client (the server did the
                                      work; the answer is lost, as when a server dies
                                      mid-command)
  {"mode": "hold"}                    forward nothing more once triggered; the test
                                      restarts the server, then sets another mode to
                                      release (the held bytes then meet a dead socket)

"count": N limits the fault to the first N connections (http_error, reset,
stall: per request) since the control file last changed; later ones pass.
"trigger": "TEXT" delays a reset or hold until TEXT appears in the bytes a
client sends (a SQL statement, a Redis command), forwarding all before it.

Every fault and connection is logged to LOG_FILE as "<unix time> <event>"
lines, so a test can count attempts and see the gaps between them.
Standard library only.
"""

import json
import os
import socket
import struct
import sys
import threading
import time

UPSTREAM_PORT = int(sys.argv[1])
CONTROL_FILE = sys.argv[2]
LOG_FILE = sys.argv[3]

lock = threading.Lock()
state = {"stamp": None, "control": {"mode": "pass"}, "faults": 0}


def log(event):
    with lock:
        with open(LOG_FILE, "a", encoding="utf-8") as out:
            out.write("%.3f %s\n" % (time.time(), event))


def control():
    """The current control and whether a fault is still due (count not used up)."""
    try:
        stat = os.stat(CONTROL_FILE)
        stamp = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
    except FileNotFoundError:
        stamp = None
    with lock:
        if stamp != state["stamp"]:
            state["stamp"] = stamp
            state["faults"] = 0
            if stamp is None:
                state["control"] = {"mode": "pass"}
            else:
                try:
                    with open(CONTROL_FILE, encoding="utf-8") as source:
                        state["control"] = json.load(source)
                except (OSError, ValueError):
                    state["control"] = {"mode": "pass"}
        return dict(state["control"])


def take_fault(ctl):
    """Counts one fault against "count"; False when the count is used up."""
    with lock:
        count = ctl.get("count")
        if count is not None and state["faults"] >= count:
            return False
        state["faults"] += 1
        return True


def hard_reset(sock):
    """Closes with RST (SO_LINGER 0), as a crashed peer's kernel would. SHUT_RD first
    wakes the other thread blocked in recv on it, which otherwise keeps the socket
    open (and the peer waiting) after close()."""
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.shutdown(socket.SHUT_RD)
    except OSError:
        pass
    try:
        sock.close()
    except OSError:
        pass


def close(sock):
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    try:
        sock.close()
    except OSError:
        pass


def read_http_request(client):
    """Reads one HTTP request (headers and a Content-Length body unless the client
    waits for 100-continue); returns its first line."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = client.recv(65536)
        if not chunk:
            return ""
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    if headers.get("expect", "").lower() != "100-continue":
        length = int(headers.get("content-length", "0") or 0)
        while len(body) < length:
            chunk = client.recv(65536)
            if not chunk:
                break
            body += chunk
    return lines[0]


def answer_error(client, ctl, number):
    line = read_http_request(client)
    status = int(ctl.get("status", 503))
    code = ctl.get("code", "SlowDown")
    document = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>%s</Code>'
        "<Message>Please reduce your request rate.</Message></Error>" % code
    ).encode()
    reason = {500: "Internal Server Error", 503: "Slow Down"}.get(status, "Error")
    client.sendall(
        b"HTTP/1.1 %d %s\r\nContent-Type: application/xml\r\nContent-Length: %d\r\n"
        b"Connection: close\r\n\r\n" % (status, reason.encode(), len(document))
        + document
    )
    log("conn %d http_error %d %s %s" % (number, status, code, line))
    close(client)


def stall(client, number):
    log("conn %d stall" % number)
    try:
        while client.recv(65536):
            pass
    except OSError:
        pass
    close(client)


def pump_replies(upstream, client, number, box):
    """Upstream → client, honouring delay and reset-after-forward."""
    try:
        while True:
            chunk = upstream.recv(65536)
            if not chunk:
                break
            ctl = control()
            if ctl.get("mode") == "delay":
                time.sleep(int(ctl.get("ms", 0)) / 1000.0)
            if box.get("reset_on_reply"):
                # An interim "100 Continue" only lets the body go: the server has done nothing
                # yet, so it is passed on. The final reply can arrive in the same read (a fast
                # server), so only the interim part is passed and the rest is the reply.
                if chunk.startswith(b"HTTP/1.1 100"):
                    end = chunk.find(b"\r\n\r\n")
                    interim = chunk if end < 0 else chunk[: end + 4]
                    client.sendall(interim)
                    chunk = chunk[len(interim) :]
                    if not chunk:
                        continue
                log("conn %d reset_after_forward" % number)
                hard_reset(client)
                close(upstream)
                return
            client.sendall(chunk)
    except OSError:
        pass
    close(client)
    close(upstream)


def forward(client, number, ctl):
    try:
        upstream = socket.create_connection(("127.0.0.1", UPSTREAM_PORT), timeout=5)
        upstream.settimeout(None)
    except OSError as error:
        log("conn %d upstream_refused %s" % (number, error))
        hard_reset(client)
        return
    box = {}
    threading.Thread(target=pump_replies, args=(upstream, client, number, box), daemon=True).start()
    seen = b""
    armed = ctl.get("mode") in ("reset", "hold")
    try:
        while True:
            chunk = client.recv(65536)
            if not chunk:
                break
            ctl = control()
            mode = ctl.get("mode")
            trigger = ctl.get("trigger", "").encode()
            if armed and mode in ("reset", "hold"):
                seen = (seen + chunk)[-(len(chunk) + len(trigger)) :]
                if (not trigger or trigger in seen) and take_fault(ctl):
                    armed = False
                    if mode == "hold":
                        log("conn %d held" % number)
                        while control().get("mode") == "hold":
                            time.sleep(0.02)
                        log("conn %d released" % number)
                    elif ctl.get("after_forward"):
                        box["reset_on_reply"] = True
                    else:
                        log("conn %d reset" % number)
                        hard_reset(client)
                        hard_reset(upstream)
                        return
            upstream.sendall(chunk)
    except OSError:
        pass
    close(upstream)
    close(client)


def serve(client, number):
    ctl = control()
    mode = ctl.get("mode", "pass")
    log("conn %d open %s" % (number, mode))
    if mode == "http_error" and take_fault(ctl):
        answer_error(client, ctl, number)
    elif mode == "stall" and take_fault(ctl):
        stall(client, number)
    else:
        forward(client, number, ctl)


def main():
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    print("PORT %d" % listener.getsockname()[1], flush=True)
    number = 0
    while True:
        client, _ = listener.accept()
        number += 1
        threading.Thread(target=serve, args=(client, number), daemon=True).start()


if __name__ == "__main__":
    main()
