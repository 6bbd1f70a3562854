#!/usr/bin/env python3
"""Uses `guide serve` the way a keyboard-only user and a zoomed-in reader do, in headless Chromium.

    python3 .ci/keyboard_check.py BASE_URL

Drives Chromium over its DevTools pipe (--remote-debugging-pipe: NUL-separated JSON on fds 3 and 4,
so nothing beyond Python's standard library is needed) and checks, with real key events:
- the first Tab reaches the skip link, shown on screen; Enter on it moves focus to the main content;
- Tab reaches the search box, typing into it shows hits without leaving the page (app.js), and Enter
  submits the form to a bookmarkable /sok?q=… address;
- Tab reaches every hit's link, each focused element has a visible outline;
- at 320 px wide and at 200 % zoom (a 1280 px window zoomed: 640 CSS px) no page scrolls sideways.
Exit 0 when every check passes; each check prints a line on stderr.
"""
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.parse


class Browser:
    def __init__(self):
        self.profile = tempfile.mkdtemp()
        to_browser_r, self.to_browser = os.pipe()
        self.from_browser, from_browser_w = os.pipe()

        def wire():
            os.dup2(to_browser_r, 3)
            os.dup2(from_browser_w, 4)

        self.process = subprocess.Popen(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             "--remote-debugging-pipe", f"--user-data-dir={self.profile}", "--no-first-run", "about:blank"],
            pass_fds=(3, 4), preexec_fn=wire, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self.call("Page.enable", session=True)
        self.call("Runtime.enable", session=True)

    def call(self, method, params=None, session=False, timeout=30):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self.session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.time() + timeout
        while time.time() < deadline:
            reply = self.read()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)
        raise TimeoutError(method)

    def read(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_browser, 65536)
            if not chunk:
                raise RuntimeError("the browser closed its pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def wait_for_load(self, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if any(e.get("method") == "Page.loadEventFired" for e in self.events):
                self.events.clear()
                return
            self.events.append(self.read())
        raise TimeoutError("page load")

    def open(self, url, width=1000, height=900, scale=1):
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": scale, "mobile": False}, session=True)
        self.events.clear()
        self.call("Page.navigate", {"url": url}, session=True)
        self.wait_for_load()

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session=True)
        return result.get("result", {}).get("value")

    def key(self, key, code, keycode, text=None):
        down = {"type": "keyDown", "key": key, "code": code, "windowsVirtualKeyCode": keycode}
        if text:
            down["text"] = text
        self.call("Input.dispatchKeyEvent", down, session=True)
        self.call("Input.dispatchKeyEvent", {"type": "keyUp", "key": key, "code": code, "windowsVirtualKeyCode": keycode},
                  session=True)

    def tab(self):
        self.key("Tab", "Tab", 9)
        return self.focused()

    def enter(self):
        self.key("Enter", "Enter", 13, text="\r")

    def type(self, text):
        self.call("Input.insertText", {"text": text}, session=True)

    def focused(self):
        return self.evaluate("""(function () {
          var e = document.activeElement, r = e.getBoundingClientRect(), s = getComputedStyle(e);
          return { tag: e.tagName.toLowerCase(), id: e.id, cls: e.className, href: e.getAttribute('href'),
                   text: (e.innerText || e.value || '').trim().slice(0, 60),
                   onScreen: r.width > 0 && r.height > 0 && r.right > 0 && r.left < innerWidth,
                   outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 };
        })()""")

    def close(self):
        self.process.kill()
        self.process.wait()


def main():
    base = sys.argv[1].rstrip("/")
    failures = []

    def check(ok, what):
        print(f"keyboard-check: {'ok' if ok else 'FAIL'}: {what}", file=sys.stderr)
        if not ok:
            failures.append(what)

    browser = Browser()
    try:
        browser.open(base + "/")
        first = browser.tab()
        check(first["cls"] == "hopp" and first["onScreen"] and first["outline"], "first Tab: the skip link, visible, outlined")
        browser.enter()
        time.sleep(0.2)
        check(browser.focused()["id"] == "hovedinnhold", "Enter on the skip link moves focus to the main content")

        reached = None
        for _ in range(20):
            element = browser.tab()
            if element["id"] == "q":
                reached = element
                break
        check(reached is not None and reached["outline"], "Tab reaches the search box, outlined")
        browser.type("pårørende barn")
        for _ in range(40):
            time.sleep(0.1)
            if browser.evaluate("document.querySelectorAll('#treff .treff').length") or 0:
                break
        hits = browser.evaluate("document.querySelectorAll('#treff .treff').length") or 0
        check(hits > 0 and browser.evaluate("location.pathname") in ("/", "/sok"), f"typing shows hits in place ({hits})")

        browser.events.clear()
        browser.enter()
        browser.wait_for_load()
        address = browser.evaluate("location.pathname + location.search")
        check(address.startswith("/sok?") and urllib.parse.parse_qs(urllib.parse.urlsplit(address).query).get("q") == ["pårørende barn"],
              f"Enter submits the form to a bookmarkable address ({address})")

        links = browser.evaluate("Array.from(document.querySelectorAll('#treff .treff h2 a')).map(a => a.getAttribute('href'))") or []
        seen, unoutlined = set(), []
        for _ in range(200):
            element = browser.tab()
            if element["tag"] in ("a", "input", "button", "select") and not element["outline"]:
                unoutlined.append(element["text"] or element["href"] or element["id"])
            if element["href"] in links:
                seen.add(element["href"])
            if element["tag"] == "body" or (seen and len(seen) == len(links)):
                break
        check(links and seen == set(links), f"Tab reaches every hit's link ({len(seen)} of {len(links)})")
        check(not unoutlined, "every focused control has a visible outline" + (f" (not: {unoutlined[:3]})" if unoutlined else ""))

        pages = ["/", "/sok?q=p%C3%A5r%C3%B8rende+barn", "/rad/als-samhandling-og-oppfolging/2.3", "/innhold",
                 "/plan?q=ALS", "/lov", "/lov/helsepersonelloven/10a", "/rolle", "/rolle/fastlege", "/handout?id=als/2.3"]
        for width, scale, name in ((320, 1, "320 px wide"), (640, 2, "200 % zoom")):
            wide = []
            for path in pages:
                browser.open(base + path, width=width, height=800, scale=scale)
                overflow = browser.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
                if overflow and overflow > 1:
                    wide.append(f"{path} (+{overflow} px)")
            check(not wide, f"no page scrolls sideways at {name}" + (f": {', '.join(wide)}" if wide else f" ({len(pages)} pages)"))
    finally:
        browser.close()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
