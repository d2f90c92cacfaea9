"""A loopback gateway that checks SigV4 presigned GET URLs the way S3 does, then serves the object from moto.

Why it exists: moto 5.2.5 with IAM auth on cannot check query-string (presigned) signatures --
moto/iam/access_control.py reads headers["Authorization"] unconditionally and answers 500 -- and it
never checks X-Amz-Expires. This gateway recomputes the signature with botocore (AWS's own SDK, an
implementation independent of ours), refuses expired URLs, and fetches the object from moto with
ordinary signed requests.

Environment: GATEWAY_UPSTREAM (moto URL), GATEWAY_REGION, GATEWAY_ACCESS_KEY_ID,
GATEWAY_SECRET_ACCESS_KEY. Prints "PORT <n>" once listening on 127.0.0.1.
"""
import datetime
import hmac
import os
import signal
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

import boto3
import botocore.auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

UPSTREAM = os.environ["GATEWAY_UPSTREAM"]
REGION = os.environ["GATEWAY_REGION"]
KEY_ID = os.environ["GATEWAY_ACCESS_KEY_ID"]
SECRET = os.environ["GATEWAY_SECRET_ACCESS_KEY"]
S3 = boto3.client("s3", endpoint_url=UPSTREAM, region_name=REGION,
                  aws_access_key_id=KEY_ID, aws_secret_access_key=SECRET)


def error(handler, status, code, message):
    body = f"<Error><Code>{code}</Code><Message>{message}</Message></Error>".encode()
    handler.send_response(status)
    handler.send_header("Content-Type", "application/xml")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        raw_path, _, raw_query = self.path.partition("?")
        params = dict(parse_qsl(raw_query, keep_blank_values=True))
        try:
            amz_date = params["X-Amz-Date"]
            expires = int(params["X-Amz-Expires"])
            credential = params["X-Amz-Credential"].split("/")
            signature = params["X-Amz-Signature"]
        except (KeyError, ValueError):
            return error(self, 403, "AccessDenied", "Query-string authentication requires X-Amz-* parameters")
        if credential[0] != KEY_ID:
            return error(self, 403, "InvalidAccessKeyId", "unknown access key")
        signed_at = datetime.datetime.strptime(amz_date, "%Y%m%dT%H%M%SZ")
        if datetime.datetime.utcnow() > signed_at + datetime.timedelta(seconds=expires):
            return error(self, 403, "AccessDenied", "Request has expired")
        others = [(k, v) for k, v in parse_qsl(raw_query, keep_blank_values=True) if not k.startswith("X-Amz-")]
        url = f"http://{self.headers['Host']}{raw_path}" + (f"?{urlencode(others, quote_via=quote)}" if others else "")
        request = AWSRequest(method="GET", url=url)
        botocore.auth.get_current_datetime = lambda *args, **kwargs: signed_at
        botocore.auth.S3SigV4QueryAuth(Credentials(KEY_ID, SECRET), "s3", credential[2], expires).add_auth(request)
        expected = dict(parse_qsl(urlsplit(request.url).query))["X-Amz-Signature"]
        if not hmac.compare_digest(expected, signature):
            return error(self, 403, "SignatureDoesNotMatch", "signature differs from botocore's")
        bucket, _, key = unquote(raw_path).lstrip("/").partition("/")
        try:
            found = S3.get_object(Bucket=bucket, Key=key)
        except S3.exceptions.NoSuchKey:
            return error(self, 404, "NoSuchKey", "The specified key does not exist.")
        body = found["Body"].read()
        self.send_response(200)
        self.send_header("Content-Type", found.get("ContentType", "application/octet-stream"))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


# Whoever started us may have blocked SIGTERM; make it stop the gateway as usual.
signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
signal.signal(signal.SIGTERM, signal.SIG_DFL)
server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(f"PORT {server.server_address[1]}", flush=True)
server.serve_forever()
