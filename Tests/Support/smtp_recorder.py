"""A loopback SMTP server for jobhunt's submission tests (aiosmtpd).

Listens on 127.0.0.1 on a free port, requires AUTH (LOGIN/PLAIN) with the
username and password in SMTP_USER / SMTP_PASSWORD, and writes each message it
accepts to SMTP_DIR as N.eml (the bytes received, after dot-unstuffing) with
N.json beside it ({"mail_from", "rcpt_tos", "login"}). Replies to DATA with
"250 2.0.0 Ok: queued as JHN" (N the message number), the line a real relay
gives and jobhunt records as the receipt.

SMTP_MODE: "starttls" (plain connection, STARTTLS required before AUTH),
"smtps" (TLS from the first byte) or "plain" (no TLS; AUTH allowed in clear).
TLS modes read SMTP_CERT and SMTP_KEY (PEM). SMTP_REJECT_RCPT, when set, is
an address whose RCPT TO gets 550.

Prints "PORT <n>" on stdout once it accepts connections, then runs until killed.
"""

import json
import os
import socket
import ssl
import sys
import threading
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

DIRECTORY = os.environ["SMTP_DIR"]
USER = os.environ["SMTP_USER"].encode()
PASSWORD = os.environ["SMTP_PASSWORD"].encode()
MODE = os.environ.get("SMTP_MODE", "starttls")
REJECT = os.environ.get("SMTP_REJECT_RCPT", "")


class Recorder:
    def __init__(self):
        self.count = 0
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if REJECT and address == REJECT:
            return "550 5.1.1 <%s>: Recipient address rejected" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += 1
            number = self.count
        login = session.auth_data.login.decode() if isinstance(session.auth_data, LoginPassword) else None
        base = os.path.join(DIRECTORY, str(number))
        with open(base + ".eml", "wb") as handle:
            handle.write(envelope.original_content or envelope.content)
        record = {"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos, "login": login}
        with open(base + ".json.tmp", "w") as handle:
            json.dump(record, handle)
        os.rename(base + ".json.tmp", base + ".json")
        return "250 2.0.0 Ok: queued as JH%d" % number


def authenticate(server, session, envelope, mechanism, auth_data):
    if isinstance(auth_data, LoginPassword) and auth_data.login == USER and auth_data.password == PASSWORD:
        return AuthResult(success=True, auth_data=auth_data)
    return AuthResult(success=False, handled=False)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main():
    context = None
    if MODE in ("starttls", "smtps"):
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(os.environ["SMTP_CERT"], os.environ["SMTP_KEY"])
    options = dict(
        hostname="127.0.0.1",
        port=free_port(),
        authenticator=authenticate,
        auth_required=True,
        # aiosmtpd counts only STARTTLS as TLS; under smtps the whole connection
        # is TLS from the first byte, so AUTH must not wait for STARTTLS there.
        auth_require_tls=MODE == "starttls",
    )
    if MODE == "starttls":
        options.update(tls_context=context, require_starttls=True)
    elif MODE == "smtps":
        options.update(ssl_context=context)
    controller = Controller(Recorder(), **options)
    controller.start()
    print("PORT %d" % controller.port, flush=True)
    try:
        while True:
            time.sleep(3600)
    finally:
        controller.stop()


if __name__ == "__main__":
    sys.exit(main())
