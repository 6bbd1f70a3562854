#!/usr/bin/env python3
"""A fake of Helsedirektoratet's content API for guide sync's tests and benchmark (standard library only).

Serves a generated tree built from the real responses' shapes: products of several types -> nested
chapters -> normative units (anbefaling / rad) with data.praktisk, data.rasjonale and data.nokkelInfo
HTML. Listens on 127.0.0.1, port 0 by default, and prints "PORT <n>" on stdout.

Control (for tests; never called by guide):
  POST /_fake/change?count=N   N units get new text (and appear in the change feed)
  POST /_fake/remove?count=N   N units answer 404 (and appear in the change feed)
  POST /_fake/faults?status429=N&status503=N&slow=N&truncate=N&retry_after=S&delay=S
                               the next item requests fail that way, spread out, one fault per request
  POST /_fake/dump?dir=PATH    writes every item's exact bytes as PATH/<id>.json
  GET  /_fake/stats            {"requests": n, "items": n, "by_path": {...}}; POST /_fake/reset-stats
"""
import json, sys, threading, time, argparse, os
from http.server import ThreadingHTTPServer, BaseHTTPRequestHandler
from urllib.parse import urlparse, parse_qs

PROD = "https://api.helsedirektoratet.no/innhold"
TYPES = [("retningslinje", "retningslinjer", "anbefaling", "anbefalinger"),
         ("faglig-rad", "faglig-rad", "rad", "rad"),
         ("nasjonal-veileder", "nasjonal-veileder", "anbefaling", "anbefalinger"),
         ("veileder-lov-forskrift", "veileder-lov-forskrift", "regelverk-lov-eller-forskrift", "regelverk-lov-eller-forskrift"),
         ("prioriteringsveileder", "prioriteringsveiledere", "anbefaling", "anbefalinger"),
         ("rundskriv", "rundskriv", "rundskriv", "innhold")]


def uid(n, kind):
    return "0006-%04d-%08x-0000-4000-8000-%012x" % (kind, n, n * 7919)


class Tree:
    def __init__(self, products):
        self.items = {}      # id -> dict
        self.paths = {}      # api path -> id
        self.lists = {t[1]: [] for t in TYPES}
        self.version = {}    # id -> text version
        self.changed_at = {} # id -> epoch seconds of last change
        self.gone = set()
        n = 0
        for p in range(products):
            ptype, plist, unit, unitpath = TYPES[p % len(TYPES)]
            n += 1
            pid = uid(n, 1 + p % len(TYPES))
            self.add(pid, plist, ptype, "Produkt %d om pasientforløp" % p, None, None)
            self.lists[plist].append(pid)
            for c in range(4):
                n += 1
                cid = uid(n, 41)
                self.add(cid, "kapitler", "kapittel", "Kapittel %d.%d" % (p, c + 1), pid, pid)
                for s in range(2):
                    n += 1
                    sid = uid(n, 41)
                    self.add(sid, "kapitler", "kapittel", "Underkapittel %d.%d.%d" % (p, c + 1, s + 1), cid, pid)
                    for u in range(3):
                        n += 1
                        aid = uid(n, 2)
                        self.add(aid, unitpath, unit, "Helsepersonell bør vurdere tiltak %d.%d.%d.%d" % (p, c + 1, s + 1, u + 1), sid, pid)

    def add(self, iid, path, itype, title, parent, root):
        self.items[iid] = {"path": path, "type": itype, "title": title, "parent": parent, "root": root or iid, "children": []}
        self.paths["/%s/%s" % (path, iid)] = iid
        self.paths["/innhold/%s" % iid] = iid
        self.version[iid] = 0
        self.changed_at[iid] = 0
        if parent:
            self.items[parent]["children"].append(iid)

    def href(self, iid):
        return "%s/%s/%s" % (PROD, self.items[iid]["path"], iid)

    def body(self, iid):
        it = self.items[iid]
        v = self.version[iid]
        links = []
        if it["parent"]:
            links.append({"rel": "forelder", "type": self.items[it["parent"]]["type"], "tittel": self.items[it["parent"]]["title"],
                          "href": self.href(it["parent"]), "strukturId": "%s-structure" % it["root"]})
        for c in it["children"]:
            links.append({"rel": "barn", "type": self.items[c]["type"], "tittel": self.items[c]["title"],
                          "href": self.href(c), "strukturId": "%s-structure" % it["root"]})
        links.append({"rel": "root", "type": self.items[it["root"]]["type"], "tittel": self.items[it["root"]]["title"],
                      "href": self.href(it["root"]), "strukturId": "%s-structure" % it["root"]})
        unit = it["type"] in ("anbefaling", "rad")
        data = {"nokkelInfo": {}}
        if unit:
            data = {"praktisk": "<p>Praktisk: gjør dette ved\tbehov.&nbsp;</p><ul><li>punkt én</li><li>punkt to</li></ul>",
                    "rasjonale": "<p>Begrunnelse versjon %d med <a href=\"https://lovdata.no/lov/1999-07-02-64/§4\">helsepersonelloven § 4</a>.</p>" % v,
                    "nokkelInfo": {"fordelerogulemper": "<p>Fordeler æ ø å</p>", "kvalitetdokumentasjon": "<p>Lav</p>",
                                   "verdierogpreferanser": "", "ressurshensyn": ""},
                    "styrke": "sterk" if v % 2 == 0 else "svak"}
        item = {"id": iid, "tittel": it["title"], "kortTittel": "", "tekst": "<p>Tekst for %s, versjon %d. Pasienten skal få tilbud.</p>" % (it["title"], v),
                "intro": "", "forstPublisert": "2020-01-01T00:00", "sistOppdatert": "2024-01-0%dT12:00" % (1 + v % 9),
                "sistFagligOppdatert": "2021-01-01T00:00", "status": "Gjeldende", "koder": None, "tema": [], "maalgruppe": None,
                "data": data, "tekniskeData": {"infoId": iid[10:], "infoType": it["type"], "subtype": None},
                "links": links, "attachments": None, "url": "https://www.helsedirektoratet.no/x/%s" % iid}
        return json.dumps(item, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class State:
    def __init__(self, tree, key):
        self.tree, self.key = tree, key
        self.lock = threading.Lock()
        self.requests = 0
        self.item_requests = 0
        self.by_path = {}
        self.faults = []  # list of fault names, consumed per item request
        self.retry_after = "1"
        self.delay = 0.0
        self.base_delay = 0.0


def make_handler(state):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *a):
            pass

        def send(self, status, body=b"", headers=None, truncate=False):
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            if truncate:
                self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(body[: len(body) // 2] if truncate else body)
            if truncate:
                self.wfile.flush()
                self.close_connection = True

        def do_POST(self):
            u = urlparse(self.path)
            q = {k: v[0] for k, v in parse_qs(u.query).items()}
            t = state.tree
            with state.lock:
                if u.path == "/_fake/change" or u.path == "/_fake/remove":
                    units = [i for i, it in t.items.items() if it["type"] in ("anbefaling", "rad") and i not in t.gone]
                    step = max(1, len(units) // max(1, int(q.get("count", "1"))))
                    chosen = units[::step][: int(q.get("count", "1"))] if u.path.endswith("change") else units[1::step][: int(q.get("count", "1"))]
                    for i in chosen:
                        if u.path.endswith("change"):
                            t.version[i] += 1
                        else:
                            t.gone.add(i)
                        t.changed_at[i] = time.time()
                    return self.send(200, json.dumps(chosen).encode())
                if u.path == "/_fake/faults":
                    faults = []
                    for name in ("status429", "status503", "slow", "truncate"):
                        faults += [name] * int(q.get(name, "0"))
                    # Spread between ordinary requests.
                    state.faults = [x for f in faults for x in (f, None, None)]
                    state.retry_after = q.get("retry_after", "1")
                    state.delay = float(q.get("delay", "2"))
                    state.base_delay = float(q.get("base_delay", "0"))
                    return self.send(200, b"{}")
                if u.path == "/_fake/dump":
                    d = q["dir"]
                    os.makedirs(d, exist_ok=True)
                    for i in t.items:
                        if i not in t.gone:
                            with open(os.path.join(d, i + ".json"), "wb") as f:
                                f.write(t.body(i))
                    return self.send(200, b"{}")
                if u.path == "/_fake/reset-stats":
                    state.requests = state.item_requests = 0
                    state.by_path = {}
                    return self.send(200, b"{}")
            self.send(404, b"{}")

        def do_GET(self):
            u = urlparse(self.path)
            q = {k: v[0] for k, v in parse_qs(u.query).items()}
            t = state.tree
            if u.path == "/_fake/stats":
                with state.lock:
                    body = json.dumps({"requests": state.requests, "items": state.item_requests, "by_path": state.by_path}).encode()
                return self.send(200, body)
            path = u.path[len("/innhold"):] if u.path.startswith("/innhold/") else u.path
            with state.lock:
                state.requests += 1
                state.by_path[path] = state.by_path.get(path, 0) + 1
            if state.key is not None and self.headers.get("Ocp-Apim-Subscription-Key") != state.key:
                return self.send(401, b'{"statusCode":401,"message":"Access denied due to invalid subscription key."}')
            if state.base_delay:
                time.sleep(state.base_delay)
            parts = path.strip("/").split("/")
            if len(parts) == 1 and parts[0] in t.lists:
                skip, take = int(q.get("skip", "0")), int(q.get("take", "100"))
                ids = t.lists[parts[0]][skip: skip + take]
                return self.send(200, b"[" + b",".join(t.body(i) for i in ids) + b"]")
            if parts == ["GetChanges"]:
                since = time.mktime(time.strptime(q["since"], "%Y-%m-%dT%H:%M:%S")) - time.timezone
                ids = [i for i, at in t.changed_at.items() if at >= since]
                return self.send(200, json.dumps([{"id": i} for i in ids]).encode())
            iid = t.paths.get(path)
            if iid is None:
                return self.send(404, b'{"message":"not found"}')
            with state.lock:
                state.item_requests += 1
                fault = state.faults.pop(0) if state.faults else None
            if fault == "status429":
                return self.send(429, b'{"message":"rate limit"}', {"Retry-After": state.retry_after})
            if fault == "status503":
                return self.send(503, b"Service Unavailable")
            if fault == "slow":
                time.sleep(state.delay)
            if iid in t.gone:
                return self.send(404, b'{"message":"not found"}')
            self.send(200, t.body(iid), truncate=(fault == "truncate"))

    return Handler


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--products", type=int, default=72)
    ap.add_argument("--key", default="test-key")
    ap.add_argument("--port", type=int, default=0)
    a = ap.parse_args()
    tree = Tree(a.products)
    server = ThreadingHTTPServer(("127.0.0.1", a.port), make_handler(State(tree, a.key or None)))
    server.daemon_threads = True
    print("PORT %d ITEMS %d" % (server.server_address[1], len(tree.items)), flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
