#!/usr/bin/env python3
"""Drive the management UI of `siar serve` with headless Chromium and save a screenshot of every step.

Usage: Scripts/ui_screenshots.py [OUT_DIR] [--scratch-path PATH] [--no-build]

Builds siar (`swift build`, with --scratch-path when given), copies the repository's Content/ and
Templates/ into a temporary project, adds two users (a partner user of Kabar Rinjani and a manager),
starts `siar serve` on a free loopback port and drives headless Chromium (Debian package `chromium`)
through the DevTools protocol: sign in as the partner, fail once and then record a placement with an
evidence upload, sign out, sign in as the manager, verify the placement, look at the audit trail and the
preview. Headless Chromium cannot fill forms from its command line, so the script speaks the DevTools
protocol over a WebSocket of its own (Python standard library only). Only 127.0.0.1 is contacted.
"""
import base64
import json
import os
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.request
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PARTNER = ("dewi", "kata-sandi-dewi-2025")
MANAGER = ("rina", "kata-sandi-rina-2025")


class WebSocket:
    """A minimal RFC 6455 client: text frames, masked as a client must, continuation and ping handled."""

    def __init__(self, url):
        assert url.startswith("ws://")
        host_port, _, path = url[5:].partition("/")
        host, _, port = host_port.partition(":")
        assert host in ("127.0.0.1", "localhost"), "only loopback"
        self.sock = socket.create_connection((host, int(port)), timeout=60)
        key = base64.b64encode(os.urandom(16)).decode()
        request = (
            f"GET /{path} HTTP/1.1\r\nHost: {host_port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
        )
        self.sock.sendall(request.encode())
        response = b""
        while b"\r\n\r\n" not in response:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise ConnectionError("the DevTools socket closed during the handshake")
            response += chunk
        head, _, self.buffer = response.partition(b"\r\n\r\n")
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise ConnectionError(head.decode(errors="replace"))

    def send(self, text):
        payload = text.encode()
        header = bytes([0x81])
        length = len(payload)
        if length < 126:
            header += bytes([0x80 | length])
        elif length < 65536:
            header += bytes([0x80 | 126]) + struct.pack("!H", length)
        else:
            header += bytes([0x80 | 127]) + struct.pack("!Q", length)
        mask = os.urandom(4)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self.sock.sendall(header + mask + masked)

    def _read(self, count):
        while len(self.buffer) < count:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("the DevTools socket closed")
            self.buffer += chunk
        data, self.buffer = self.buffer[:count], self.buffer[count:]
        return data

    def receive(self):
        message = b""
        while True:
            first, second = self._read(2)
            opcode = first & 0x0F
            length = second & 0x7F
            if length == 126:
                length = struct.unpack("!H", self._read(2))[0]
            elif length == 127:
                length = struct.unpack("!Q", self._read(8))[0]
            if second & 0x80:
                mask = self._read(4)
                payload = bytes(b ^ mask[i % 4] for i, b in enumerate(self._read(length)))
            else:
                payload = self._read(length)
            if opcode == 0x9:  # ping
                self.sock.sendall(bytes([0x8A, 0x80 | len(payload)]) + os.urandom(4) + payload)
                continue
            if opcode == 0x8:
                raise ConnectionError("the DevTools socket was closed")
            message += payload
            if first & 0x80:
                return message.decode()


class Page:
    """One Chromium tab, driven through the DevTools protocol."""

    def __init__(self, ws):
        self.ws = ws
        self.next_id = 0
        self.events = []

    def call(self, method, **params):
        self.next_id += 1
        ident = self.next_id
        self.ws.send(json.dumps({"id": ident, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.receive())
            if message.get("id") == ident:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, event, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline:
            for index, message in enumerate(self.events):
                if message.get("method") == event:
                    del self.events[: index + 1]
                    return message
            self.events.append(json.loads(self.ws.receive()))
        raise TimeoutError(event)

    def navigate(self, url):
        self.events.clear()
        self.call("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")

    def evaluate(self, script):
        result = self.call("Runtime.evaluate", expression=script, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"script failed: {result['exceptionDetails']}")
        return result.get("result", {}).get("value")

    def submit(self, button_selector):
        """Clicks a submit button and waits for the next page."""
        self.events.clear()
        self.evaluate(f"document.querySelector({json.dumps(button_selector)}).click()")
        self.wait_for("Page.loadEventFired")

    def fill(self, values):
        for selector, value in values.items():
            self.evaluate(
                f"(() => {{ const e = document.querySelector({json.dumps(selector)}); e.value = {json.dumps(value)};"
                " e.dispatchEvent(new Event('change', {bubbles: true})); })()"
            )

    def choose_file(self, selector, path):
        root = self.call("DOM.getDocument")["root"]["nodeId"]
        node = self.call("DOM.querySelector", nodeId=root, selector=selector)["nodeId"]
        self.call("DOM.setFileInputFiles", files=[path], nodeId=node)

    def screenshot(self, path, full=True):
        """The whole page (up to 2400 px high), or with full=False what the window shows."""
        if full:
            metrics = self.call("Page.getLayoutMetrics")
            size = metrics.get("cssContentSize") or metrics["contentSize"]
            clip = {"x": 0, "y": 0, "width": size["width"], "height": min(size["height"], 2400), "scale": 1}
            data = self.call("Page.captureScreenshot", format="png", captureBeyondViewport=True, clip=clip)["data"]
        else:
            data = self.call("Page.captureScreenshot", format="png")["data"]
        with open(path, "wb") as file:
            file.write(base64.b64decode(data))
        print(path)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def evidence_png(path, width=480, height=300):
    """A small made-up screenshot of a news page: header bar, headline and text lines."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            if y < 40:
                pixel = (11, 61, 107)
            elif 60 <= y < 84 and 24 <= x < 400:
                pixel = (27, 36, 48)
            elif 100 <= y < 260 and 24 <= x < 456 and (y - 100) % 20 < 8:
                pixel = (150, 160, 170)
            else:
                pixel = (255, 255, 255)
            row += bytes(pixel)
        rows.append(bytes(row))

    def chunk(kind, data):
        return struct.pack("!I", len(data)) + kind + data + struct.pack("!I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack("!IIBBBBB", width, height, 8, 2, 0, 0, 0)
    with open(path, "wb") as file:
        file.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"".join(rows))) + chunk(b"IEND", b""))


def main():
    args = sys.argv[1:]
    out = os.path.abspath(next((a for a in args if not a.startswith("--") and args[args.index(a) - 1] != "--scratch-path"), "ui-screenshots"))
    scratch = args[args.index("--scratch-path") + 1] if "--scratch-path" in args else None
    if shutil.which("chromium") is None:
        sys.exit("ui_screenshots: install chromium (apt-get install -y chromium)")
    os.makedirs(out, exist_ok=True)

    build = ["swift", "build", "--product", "siar"] + (["--scratch-path", scratch] if scratch else [])
    if "--no-build" not in args:
        subprocess.run(build, cwd=ROOT, check=True)
    bin_path = subprocess.run(build + ["--show-bin-path"], cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()
    siar = os.path.join(bin_path, "siar")

    work = tempfile.mkdtemp(prefix="siar-ui-")
    processes = []
    try:
        project = os.path.join(work, "project")
        os.makedirs(project)
        for folder in ("Content", "Templates"):
            shutil.copytree(os.path.join(ROOT, folder), os.path.join(project, folder))
        for (name, password), extra in ((PARTNER, ["--role", "partner", "--partner", "kabar-rinjani"]), (MANAGER, ["--role", "manager"])):
            subprocess.run([siar, "user", "add", name, *extra, "--password-stdin", "--root", project],
                           input=password + "\n", text=True, check=True, capture_output=True)
        evidence = os.path.join(work, "bukti-tayang.png")
        evidence_png(evidence)

        server = subprocess.Popen([siar, "serve", "--root", project, "--host", "127.0.0.1", "--port", "0"],
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        processes.append(server)
        line = server.stdout.readline()
        if "listening on " not in line:
            sys.exit(f"ui_screenshots: siar serve did not start: {line!r}")
        base = line.split("listening on ", 1)[1].strip().rstrip("/")
        assert base.startswith("http://127.0.0.1:")

        port = free_port()
        browser = subprocess.Popen(
            ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
             "--force-device-scale-factor=1", "--window-size=1280,900", f"--remote-debugging-port={port}",
             "--remote-debugging-address=127.0.0.1", f"--user-data-dir={os.path.join(work, 'chromium')}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        processes.append(browser)
        targets = []
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=2) as response:
                    targets = [t for t in json.load(response) if t.get("type") == "page"]
                if targets:
                    break
            except OSError:
                pass
            time.sleep(0.1)
        if not targets:
            sys.exit("ui_screenshots: chromium did not open its DevTools port")
        page = Page(WebSocket(targets[0]["webSocketDebuggerUrl"]))
        page.call("Page.enable")
        page.call("Runtime.enable")
        page.call("Emulation.setDeviceMetricsOverride", width=1280, height=900, deviceScaleFactor=1, mobile=False)
        shot = lambda name, full=True: page.screenshot(os.path.join(out, name + ".png"), full)

        def sign_in(user, password):
            page.navigate(base + "/kelola/masuk")
            page.fill({"#name": user, "#password": password})
            page.submit("form.kelola-form button[type=submit]")

        # 1. The partner signs in.
        page.navigate(base + "/kelola/")
        page.fill({"#name": PARTNER[0], "#password": PARTNER[1]})
        shot("01-sign-in")
        page.submit("form.kelola-form button[type=submit]")
        assert "/kelola/" in page.evaluate("location.pathname"), "sign-in failed"
        shot("02-partner-overview")

        # 2. A first try with mistakes: the problems show beside their fields.
        page.navigate(base + "/kelola/penayangan/baru")
        page.fill({"#service": "news", "#published": "2026-11-30", "#url": "kabarrinjani.co.id/berita"})
        page.submit("form.kelola-form button[type=submit]")
        shot("03-form-with-errors")

        # 3. Corrected, with the evidence uploaded.
        release = page.evaluate(
            "[...document.querySelectorAll('#release option')].find(o => o.textContent.startsWith('2025-11-04')).value")
        page.fill({"#service": "news", "#published": "2025-11-05", "#quantity": "1", "#release": release,
                   "#url": "https://www.kabarrinjani.co.id/berita/pendaftaran-kerja-sama-publikasi-2026",
                   "#note": "Tayang di kanal Pemerintahan"})
        page.choose_file("#evidence_file", evidence)
        shot("04-form-filled")
        page.submit("form.kelola-form button[type=submit]")
        placement = page.evaluate("location.pathname").rstrip("/").split("/")[-1]
        assert placement.startswith("P25-"), f"not recorded: {page.evaluate('location.href')}"
        shot("05-placement-recorded")

        # 4. Sign out; the manager signs in, finds it in the queue and verifies it.
        page.submit(".kelola-userbar button[type=submit]")
        shot("06-signed-out")
        sign_in(*MANAGER)
        shot("07-manager-overview")
        page.navigate(base + "/kelola/tinjauan")
        page.evaluate(f"document.getElementById('p-{placement}').scrollIntoView()")
        shot("08-review-queue", full=False)
        page.submit(f"#p-{placement} .review-actions form.inline-form:not(.reject-form) button")
        shot("09-verified", full=False)
        page.navigate(base + f"/kelola/penayangan/{placement}")
        shot("10-placement-verified")
        page.navigate(base + "/kelola/mitra/kabar-rinjani")
        shot("11-partner-realisation")
        page.navigate(base + "/kelola/audit")
        shot("12-audit-trail")

        # 5. The preview of the public site, with drafts and embargoed releases marked.
        page.navigate(base + "/")
        shot("13-preview-home")
        status = page.evaluate(f"fetch('/api/placements/{placement}').then(r => r.status)")
        assert status == 401, "the API must want a token"
        ledger = open(os.path.join(project, "Content/placements/2025.csv"), encoding="utf-8").read()
        assert f"{placement},kabar-rinjani," in ledger and ",verified,rina," in ledger
        print(f"ui_screenshots: {placement} recorded by {PARTNER[0]} and verified by {MANAGER[0]}; screenshots in {out}")
    finally:
        for process in reversed(processes):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
