"""A loopback OpenAI-compatible chat-completions server with scripted answers, for testing jobhunt's LLM client.

Why it exists: jobhunt's `--generator llm` talks to llama.cpp's server, Ollama, vLLM or OpenAI over
`POST /v1/chat/completions`. Tests need a server that speaks that wire protocol exactly (JSON body with
model/messages/stream, bearer auth, `{"choices":[{"message":{"content":...}}],"usage":{...}}` answers,
OpenAI's `{"error":{"message","type","code"}}` bodies, 429 with Retry-After) but answers what the test
scripts, so every failure the client must survive can be produced on demand. Python stdlib only.

Usage: fake_llm_server.py SCRIPT.json [REQUEST_LOG.jsonl]. Prints "PORT <n>" once listening on 127.0.0.1.

SCRIPT.json is a list of steps; each chat-completions request takes the next one and the last repeats:
  {"content": "..."}                             200 with a chat completion whose message content is this
  {"content": "...", "finish_reason": "length"}  the same, cut short
  {"status": 429, "retry_after": "2"}            an error body with a Retry-After header (seconds or HTTP date)
  {"status": 500}                                a server error body
  {"status": 401, "error": {"message": ..., "type": ..., "code": ...}}   that error body
  {"status": 200, "raw": "not json"}             this body verbatim
  {"reject_response_format": true, "content": "..."}  answers 400 while the request asks for response_format
                                                 (as servers without JSON mode do), then the content without it
  {"close": true}                                closes the connection without answering
A step that rejects response_format is not consumed by the rejected request.

Every request that reaches the handler is appended to REQUEST_LOG.jsonl (method, path, headers, body as
parsed JSON or text) and can be read back with `GET /_test/requests`. Malformed requests are refused the way
OpenAI refuses them (400 invalid_request_error); `FAKE_LLM_API_KEY`, when set, is required as a bearer token.
"""
import json
import os
import sys
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SCRIPT = json.load(open(sys.argv[1], encoding="utf-8"))
LOG_PATH = sys.argv[2] if len(sys.argv) > 2 else None
API_KEY = os.environ.get("FAKE_LLM_API_KEY")
LOCK = threading.Lock()
STATE = {"next": 0, "requests": []}


def next_step(peek=False):
    with LOCK:
        index = min(STATE["next"], len(SCRIPT) - 1)
        if not peek:
            STATE["next"] += 1
        return SCRIPT[index]


def record(entry):
    with LOCK:
        STATE["requests"].append(entry)
        if LOG_PATH:
            with open(LOG_PATH, "a", encoding="utf-8") as log:
                log.write(json.dumps(entry) + "\n")


def error_body(message, kind, code):
    return {"error": {"message": message, "type": kind, "param": None, "code": code}}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send_json(self, status, document, headers=()):
        body = json.dumps(document).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path == "/_test/requests":
            with LOCK:
                return self.send_json(200, STATE["requests"])
        if self.path == "/v1/models":
            return self.send_json(200, {"object": "list", "data": [{"id": "fake-model", "object": "model"}]})
        self.send_json(404, error_body(f"Unknown request URL: GET {self.path}", "invalid_request_error", None))

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode("utf-8", "replace")
        try:
            body = json.loads(raw)
        except ValueError:
            body = None
        record({"method": "POST", "path": self.path, "headers": dict(self.headers.items()),
                "body": body if body is not None else raw})
        if self.path != "/v1/chat/completions":
            return self.send_json(404, error_body(f"Unknown request URL: POST {self.path}",
                                                  "invalid_request_error", "unknown_url"))
        if API_KEY is not None and self.headers.get("Authorization") != f"Bearer {API_KEY}":
            return self.send_json(401, error_body("Incorrect API key provided.", "invalid_request_error",
                                                  "invalid_api_key"))
        problem = self.request_problem(body)
        if problem:
            return self.send_json(400, error_body(problem, "invalid_request_error", None))
        step = next_step(peek=True)
        if step.get("reject_response_format") and "response_format" in body:
            return self.send_json(400, error_body("Unrecognized request argument supplied: response_format",
                                                  "invalid_request_error", None))
        next_step()
        self.answer(step, body)

    @staticmethod
    def request_problem(body):
        if not isinstance(body, dict):
            return "We could not parse the JSON body of your request."
        if not isinstance(body.get("model"), str) or not body["model"]:
            return "you must provide a model parameter"
        messages = body.get("messages")
        if not isinstance(messages, list) or not messages:
            return "'messages' must be a non-empty array"
        for message in messages:
            if not isinstance(message, dict) or message.get("role") not in ("system", "user", "assistant"):
                return "each message needs a role of system, user or assistant"
            if not isinstance(message.get("content"), str):
                return "each message needs string content"
        if body.get("stream") not in (None, False):
            return "this test server does not stream; send stream: false"
        if "temperature" in body and not isinstance(body["temperature"], (int, float)):
            return "temperature must be a number"
        return None

    def answer(self, step, body):
        if step.get("close"):
            self.close_connection = True
            self.connection.shutdown(2)
            return
        if "raw" in step:
            data = step["raw"].encode()
            self.send_response(step.get("status", 200))
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            return self.wfile.write(data)
        status = step.get("status", 200)
        if status != 200:
            headers = []
            if "retry_after" in step:
                value = step["retry_after"]
                if value == "http-date":
                    value = formatdate(time.time() + 1, usegmt=True)
                headers.append(("Retry-After", value))
            default = error_body("Rate limit reached, please retry" if status == 429 else "The server had an error",
                                 "rate_limit_error" if status == 429 else "server_error",
                                 "rate_limit_exceeded" if status == 429 else None)
            return self.send_json(status, {"error": step["error"]} if "error" in step else default, headers)
        content = step["content"]
        prompt_tokens = sum(len(m["content"].split()) for m in body["messages"])
        completion_tokens = len(content.split())
        self.send_json(200, {
            "id": f"chatcmpl-fake{STATE['next']}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body["model"],
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                         "finish_reason": step.get("finish_reason", "stop")}],
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                      "total_tokens": prompt_tokens + completion_tokens},
        })


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(f"PORT {server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
