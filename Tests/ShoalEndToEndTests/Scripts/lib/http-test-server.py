#!/usr/bin/python3
# A web server for the web cmdlets' tests, on 127.0.0.1 and a free port
# (printed on the first line). Paths:
#   /json            a JSON object       /array   a JSON array
#   /text            plain text          /echo    the request as JSON (method, path, query, headers, body)
#   /status/<code>   that status, with a JSON error body
#   /redirect        302 to /json        /slow    answers after 5 s
#   /flaky           503 twice, then 200 (per server)
import json
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit, parse_qs

flaky_calls = 0


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, body, content_type="application/json; charset=utf-8", headers=()):
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def handle_any(self):
        global flaky_calls
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8", "replace") if length else ""
        if url.path == "/json":
            self.send(200, json.dumps({"name": "shoal", "count": 3, "tags": ["a", "b"]}), headers=[("X-Test", "one"), ("X-Test", "two")])
        elif url.path == "/array":
            self.send(200, json.dumps([{"id": 1}, {"id": 2}]))
        elif url.path == "/text":
            self.send(200, "plain words\n", "text/plain; charset=utf-8")
        elif url.path == "/echo":
            self.send(200, json.dumps({
                "method": self.command, "path": url.path, "query": parse_qs(url.query),
                "contentType": self.headers.get("Content-Type"), "agent": self.headers.get("User-Agent"),
                "custom": self.headers.get("X-Custom"), "body": body}))
        elif url.path.startswith("/status/"):
            code = int(url.path.split("/")[2])
            self.send(code, json.dumps({"error": "status %d" % code}))
        elif url.path == "/redirect":
            self.send(302, "", "text/plain", headers=[("Location", "/json")])
        elif url.path == "/slow":
            time.sleep(5)
            self.send(200, "late", "text/plain")
        elif url.path == "/flaky":
            flaky_calls += 1
            self.send(503 if flaky_calls <= 2 else 200, json.dumps({"attempt": flaky_calls}))
        else:
            self.send(404, "", "text/plain")

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = handle_any


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
print(server.server_address[1], flush=True)
server.serve_forever()
