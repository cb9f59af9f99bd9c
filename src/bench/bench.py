#!/usr/bin/env python3
"""Helpers of src/bench/run.sh (Python 3 standard library only).

  bench.py capture CSVLOG OUTDIR         split the statement log at the capture markers into one pgbench script per
                                         endpoint (the statements with their bound values), and statements.json
  bench.py wrk DATASET ENDPOINT CONNS FILE [BUILD [KIND]]  turn wrk's JSON line into a result line (stdout); KIND
                                         service (cold, the default), hot or reference
  bench.py pgbench DATASET ENDPOINT CONNS OUT LOGPREFIX   turn pgbench's output and per-transaction logs into one
  bench.py heap JSTATFILE                peak heap use (MB) from `jstat -gc` samples
  bench.py matrix MATRIXFILE VALUESFILE  the matrix's rows, "name<TAB>path", with the chosen values URL-encoded
  bench.py probe URL                     one GET: status, bytes, items on the page and seconds, as JSON
  bench.py mrow DATASET BUILD NAME PATH PROBEJSON WRKOUT|- [SECONDS...]   a matrix result line (stdout): wrk's
                                         figures, or (for slow rows, WRKOUT "-") those of a few single requests
  bench.py meta BENCHDIR DATASET|- KEY JSON   record a figure in meta.json
  bench.py report BENCHDIR               target/bench/report.md and report.json from results.jsonl and meta.json
  bench.py gdelt FILE ROWS               a GDELT 2.0 events export of ROWS rows (61 tab-separated columns, zipped as
                                         GDELT publishes it), for the import benchmark: a fixed seed, every CAMEO
                                         code family, 60 countries, a few malformed rows
  bench.py imported BENCHDIR DATASET OUT  the import's report (the last line of OUT) into meta.json
"""
import csv
import glob
import json
import os
import random
import re
import sys
import time
import zipfile
from datetime import date, datetime, timedelta
import urllib.error
import urllib.parse
import urllib.request

MARK = re.compile(r"bench-capture:([a-z0-9_.-]+)")
EXEC = re.compile(r"^(?:execute [^:]+|statement): (.*)$", re.S)
PARAM = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')")
NOT_QUERIES = ("begin", "commit", "rollback", "set ", "show ", "reset ", "discard ", "select 1")


def pgbench_safe(sql):
    """pgbench takes ":name" anywhere in a script, string literals too, for a variable: a colon followed by a letter
    inside a literal (the facets' 'c:RU') is written as chr(58), which the planner folds back into the constant.
    Comments ("--" to the end of the line) are dropped: an apostrophe in one would look like a literal."""
    out, i, n = [], 0, len(sql)
    while i < n:
        if sql.startswith("--", i):
            end = sql.find("\n", i)
            i = n if end < 0 else end
        elif sql[i] == "'":
            j = i + 1
            while j < n and not (sql[j] == "'" and not sql.startswith("''", j)):
                j += 2 if sql.startswith("''", j) else 1
            text = sql[i:j + 1]
            if re.search(r":[A-Za-z_]", text):
                text = "(" + re.sub(r":(?=[A-Za-z_])", "' || chr(58) || '", text) + ")"
            out.append(text)
            i = j + 1
        else:
            out.append(sql[i])
            i += 1
    return "".join(out)


def capture(csvlog, outdir):
    """Every statement the service sent between two markers, with its parameters inlined as literals."""
    csv.field_size_limit(1 << 30)
    current, found = None, {}
    with open(csvlog, newline="", encoding="utf-8", errors="replace") as f:
        for row in csv.reader(f):
            if len(row) < 23:
                continue
            message, detail, app = row[13], row[14], row[22]
            m = MARK.search(message)
            if m and app == "psql":
                current = None if m.group(1) == "end" else m.group(1)
                if current:
                    found[current] = []
                continue
            if current is None or app == "psql":
                continue
            e = EXEC.match(message)
            if not e:
                continue
            sql = e.group(1).strip()
            if not sql:
                found[current].append(sql)  # the pool's connection check: a round trip, no statement
                continue
            params = dict(PARAM.findall(detail or ""))
            sql = re.sub(r"\$(\d+)(?!\d)", lambda p: params.get(p.group(1), p.group(0)), sql)
            found[current].append(sql)
    os.makedirs(outdir, exist_ok=True)
    counts = {}
    for name, statements in found.items():
        queries = [s for s in statements if s and not s.lower().startswith(NOT_QUERIES)]
        counts[name] = {"statements": len(queries), "round_trips": len(statements)}
        with open(os.path.join(outdir, name + ".sql"), "w", encoding="utf-8") as out:
            for s in filter(None, statements):
                out.write(pgbench_safe(s.rstrip(";")) + ";\n")
    with open(os.path.join(outdir, "statements.json"), "w") as out:
        json.dump(counts, out, indent=1)
    print(json.dumps(counts))


def wrk(dataset, endpoint, conns, file, build="new", kind="service"):
    line = [l for l in open(file) if l.startswith("{")][-1]
    w = json.loads(line)
    seconds = w["duration_us"] / 1e6
    done = w["requests"] > 0  # none answered within wrk's timeout: no latency to report
    print(json.dumps({"dataset": dataset, "build": build, "kind": kind, "endpoint": endpoint, "conns": int(conns),
                      "rps": round(w["requests"] / seconds, 1), "p50_ms": w["p50_us"] / 1000 if done else None,
                      "p99_ms": w["p99_us"] / 1000 if done else None, "errors": w["errors"], "non2xx": w["non2xx"],
                      "bytes_per_request": round(w["bytes"] / max(w["requests"], 1))}))


def percentile(values, p):
    if not values:
        return None
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def pgbench(dataset, endpoint, conns, out, logprefix, build="new"):
    text = open(out).read()
    tps = re.search(r"tps = ([0-9.]+) \(without initial connection time\)", text)
    failed = re.search(r"number of failed transactions: (\d+)", text)
    latencies = []
    for log in glob.glob(logprefix + "*"):
        for line in open(log):
            parts = line.split()
            if len(parts) >= 3:
                latencies.append(int(parts[2]))  # microseconds
        os.remove(log)
    print(json.dumps({"dataset": dataset, "build": build, "kind": "database", "endpoint": endpoint, "conns": int(conns),
                      "rps": float(tps.group(1)) if tps else 0.0,
                      "p50_ms": (percentile(latencies, 50) or 0) / 1000,
                      "p99_ms": (percentile(latencies, 99) or 0) / 1000,
                      "errors": int(failed.group(1)) if failed else (0 if tps else 1)}))


def heap(jstatfile):
    """Peak of survivor + eden + old used, in MB, over the samples."""
    peak, header = 0.0, None
    for line in open(jstatfile):
        cols = line.split()
        if not cols:
            continue
        if cols[0] == "S0C":
            header = cols
            continue
        if header and len(cols) == len(header):
            try:
                v = dict(zip(header, map(float, cols)))
            except ValueError:
                continue
            peak = max(peak, (v["S0U"] + v["S1U"] + v["EU"] + v["OU"]) / 1024)
    print(round(peak, 1))


ENDPOINTS = [
    ("day", "/meetings?date=D (a busy day)"),
    ("month-pair", "/meetings?from&to (one month) &country=KP&country=RU"),
    ("month-one", "/meetings?from&to (one month) &country=RU"),
    ("timeline", "/timeline?from&to (one month)"),
    ("slug", "/meetings/{slug}"),
    ("page1", "/meetings?from&to, 1st page"),
    ("page10", "/meetings?from&to, 10th page by cursor"),
    ("stats-pair", "/stats?country=KP&country=RU (one pair, all years)"),
    ("stats-all", "/stats?group=year (all contacts by year)"),
    ("network-country", "/network?country=KP&level=country (one country, one year)"),
]

# the matrix's targets, for every row (one connection, warm)
TARGET_P50_MS, TARGET_MAX_MS, TARGET_BYTES = 50, 100, 1 << 20


def matrix(matrixfile, valuesfile):
    """The matrix rows with ${NAME} replaced by the URL-encoded value chosen from the data."""
    values = read_values(valuesfile)
    for line in open(matrixfile, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, path = line.split(None, 1)
        missing = []

        def value(m):
            if m.group(1) not in values:
                missing.append(m.group(1))
                return ""
            return urllib.parse.quote(values[m.group(1)], safe="")
        path = re.sub(r"\$\{([A-Z0-9_]+)\}", value, path)
        if missing:
            print(f"matrix row {name}: no value for {', '.join(missing)}; left out", file=sys.stderr)
            continue
        print(f"{name}\t{path}")


def read_values(valuesfile):
    values = {}
    for line in open(valuesfile, encoding="utf-8"):
        if "=" in line and not line.startswith("#"):
            k, v = line.rstrip("\n").split("=", 1)
            if v:
                values[k] = v
    return values


def probe(url):
    """One GET without compression (the size a client that asks for none receives, and what wrk measures)."""
    t0 = time.perf_counter()
    try:
        # answered afresh, as the cold runs are (see run.sh)
        with urllib.request.urlopen(urllib.request.Request(url, headers={"Cache-Control": "no-cache"}),
                                    timeout=600) as r:
            status, body = r.status, r.read()
    except urllib.error.HTTPError as e:
        status, body = e.code, e.read()
    seconds = time.perf_counter() - t0
    items = None
    try:
        if status != 200:
            raise ValueError("a problem, not a page")
        doc = json.loads(body)
        if isinstance(doc, dict) and isinstance(doc.get("items"), list):
            items = len(doc["items"])
            if doc.get("next"):
                items = f"{items}+"
        elif isinstance(doc, dict):  # a detail page: its longest nested list
            lists = [len(v) for v in doc.values() if isinstance(v, list)]
            items = max(lists) if lists else None
    except ValueError:
        pass
    print(json.dumps({"status": status, "bytes": len(body), "items": items, "seconds": round(seconds, 4)}))


def mrow(dataset, build, name, path, probefile, wrkout, *seconds):
    p = json.load(open(probefile))
    row = {"dataset": dataset, "build": build, "kind": "matrix", "endpoint": name, "path": path,
           "status": p["status"], "bytes": p["bytes"], "items": p["items"], "first_ms": p["seconds"] * 1000}
    if wrkout != "-":
        w = json.loads([l for l in open(wrkout) if l.startswith("{")][-1])
        n = w["requests"]
        row.update({"method": "wrk -c1", "requests": n, "errors": w["errors"],
                    "p50_ms": w["p50_us"] / 1000 if n else None, "p99_ms": w["p99_us"] / 1000 if n else None,
                    "max_ms": w["max_us"] / 1000 if n else None})
    else:  # slow: single requests after the probe (the first request), their median and the slowest
        ms = sorted(float(x) * 1000 for x in seconds)
        row.update({"method": f"{len(ms)} requests", "requests": len(ms), "errors": 0,
                    "p50_ms": ms[len(ms) // 2] if len(ms) % 2 else (ms[len(ms) // 2 - 1] + ms[len(ms) // 2]) / 2,
                    "p99_ms": ms[-1], "max_ms": ms[-1]})
    print(json.dumps(row))


def meets(r):
    """'yes', 'no' or 'n/a' (not a 200: the build does not offer it)."""
    if r is None:
        return "–"
    if r["status"] != 200:
        return "n/a"
    ok = (r["p50_ms"] is not None and r["p50_ms"] <= TARGET_P50_MS and r["p99_ms"] <= TARGET_MAX_MS
          and r["bytes"] <= TARGET_BYTES)
    return "yes" if ok else "**no**"


def fmt(v, digits=1):
    return "–" if v is None else f"{v:,.{digits}f}"


def lat(v):
    return "> timeout" if v is None else fmt(v)


def ratio(new, old):
    return new / old if new is not None and old else None


def kb(b):
    return fmt(b / 1024 if b is not None else None)


def medians(results):
    """Each measurement by its key; one taken in several rounds (ROUNDS) by the round with the median throughput."""
    rounds = {}
    for r in results:
        rounds.setdefault((r["dataset"], r["build"], r["kind"], r["endpoint"], r.get("conns")), []).append(r)
    return {key: sorted(taken, key=lambda r: r.get("rps") or 0)[(len(taken) - 1) // 2] for key, taken in rounds.items()}


def report(benchdir):
    results = [json.loads(l) for l in open(os.path.join(benchdir, "results.jsonl")) if l.strip()]
    for r in results:
        r.setdefault("build", "new")
    meta = json.load(open(os.path.join(benchdir, "meta.json")))
    builds = [b["name"] for b in meta.get("builds", [{"name": "new"}])]
    labels = {b["name"]: b.get("label", b["name"]) for b in meta.get("builds", [{"name": "new"}])}
    new, old = builds[-1], (builds[0] if len(builds) > 1 else None)
    get = medians(results)
    big, small = meta.get("big", "1m"), meta.get("small")
    datasets = meta.get("datasets", {})
    d_big = datasets.get(big, {})
    conns = sorted({r["conns"] for r in results if r["dataset"] == big and r["kind"] == "service"})
    lines = [f"# Contact Timeline benchmark ({meta.get('when', '')})", "",
             f"{meta.get('host', '')}; load average at the start {meta.get('load_start', '?')}, at the end "
             f"{meta.get('load_end', '?')}; {big}: {d_big.get('meetings', 0):,} meetings; wrk and pgbench "
             f"{meta.get('duration')} per run, the matrix {meta.get('matrix_duration', '?')} per row and build, on the "
             f"same machine; pgbench `-M {meta.get('pgbench_mode')}` runs the captured statements of one request per "
             "transaction.", ""]
    if old:
        lines += [f"Builds: **old** = {labels[old]}, **new** = {labels[new]}; both run at once, each on its own copy of "
                  "the generated data (the new one migrated), and every measurement is taken on the old build, then "
                  "at once on the new one (alternating per row), so that the machine's load falls on both alike. "
                  "Ratios are new/old (below 1: the new build is faster)."
                  + (f" The endpoints were measured in {meta['rounds']} rounds, old and new alternating; each row "
                     "gives the round with the median throughput." if meta.get("rounds", 1) > 1 else ""), ""]
    else:
        lines += [f"Build: {labels[new]}.", ""]

    # the seven endpoints at 1, 8 and 32 connections
    rows, table = [], []
    for b in builds:
        statements = datasets.get(big, {}).get("builds", {}).get(b, {}).get("statements", {})
        for name, label in ENDPOINTS:
            for c in conns:
                s = get.get((big, b, "service", name, c))
                d = get.get((big, b, "database", name, c))
                if not s:
                    continue
                rr = s["rps"] / d["rps"] if d and d["rps"] else None
                rows.append({"build": b, "endpoint": name, "conns": c, "service_rps": s["rps"],
                             "service_p50_ms": s["p50_ms"], "service_p99_ms": s["p99_ms"],
                             "service_errors": s["errors"],  # wrk's errors include the non-2xx answers
                             "db_tps": d["rps"] if d else None, "db_p50_ms": d["p50_ms"] if d else None,
                             "db_p99_ms": d["p99_ms"] if d else None, "service_db_ratio": rr,
                             "statements_per_request": statements.get(name, {}).get("statements"),
                             "bytes_per_request": s.get("bytes_per_request")})
    by = {(r["build"], r["endpoint"], r["conns"]): r for r in rows}
    if rows and not old:
        table.append("| endpoint | conns | service req/s | p50 ms | p99 ms | pgbench tps | db p50 ms | db p99 ms "
                     "| service/db | statements/request |")
        table.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for name, label in ENDPOINTS:
            for c in conns:
                r = by.get((new, name, c))
                if r:
                    table.append(f"| `{label}` | {c} | {fmt(r['service_rps'])} | {lat(r['service_p50_ms'])} | "
                                 f"{lat(r['service_p99_ms'])} | {fmt(r['db_tps'])} | {fmt(r['db_p50_ms'], 2)} | "
                                 f"{fmt(r['db_p99_ms'], 2)} | "
                                 f"{fmt(r['service_db_ratio'] * 100 if r['service_db_ratio'] else None, 0)} % | "
                                 f"{r['statements_per_request'] if r['statements_per_request'] is not None else '–'} |")
    elif rows:
        table.append("| endpoint | conns | p50 ms old | p50 ms new | new/old | p99 ms old | p99 ms new | new/old "
                     "| req/s old | req/s new | service/db old | service/db new | statements old / new |")
        table.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for name, label in ENDPOINTS:
            for c in conns:
                o, n = by.get((old, name, c)), by.get((new, name, c))
                if not (o or n):
                    continue
                if o and o["statements_per_request"] == 0 and o["service_errors"]:
                    o = None  # the old build answered with errors and read nothing: it has no such endpoint
                g = lambda r, k: r.get(k) if r else None
                pct = lambda v: f"{fmt(v * 100, 0)} %" if v else "–"
                olat = lambda k: lat(g(o, k)) if o else "not offered"
                table.append(f"| `{label}` | {c} | {olat('service_p50_ms')} | {lat(g(n, 'service_p50_ms'))} | "
                             f"{fmt(ratio(g(n, 'service_p50_ms'), g(o, 'service_p50_ms')), 2)} | "
                             f"{olat('service_p99_ms')} | {lat(g(n, 'service_p99_ms'))} | "
                             f"{fmt(ratio(g(n, 'service_p99_ms'), g(o, 'service_p99_ms')), 2)} | "
                             f"{fmt(g(o, 'service_rps'))} | {fmt(g(n, 'service_rps'))} | "
                             f"{pct(g(o, 'service_db_ratio'))} | {pct(g(n, 'service_db_ratio'))} | "
                             f"{g(o, 'statements_per_request') if o else '–'} / {g(n, 'statements_per_request')} |")
    if table:
        lines += [f"## The seven endpoints at {big}", ""] + table

    # the same URLs at both sizes
    growth_rows = []
    growth = ["", f"| build | endpoint | p50 ms at {small} | p50 ms at {big} | {big}/{small} | KB per answer at "
                  f"{small} / {big} |", "| --- | --- | ---: | ---: | ---: | ---: |"]
    for b in builds if small else []:
        for name, label in ENDPOINTS:
            s1, s2 = get.get((small, b, "service", name, 1)), get.get((big, b, "service", name, 1))
            if s1 and s2:
                r = ratio(s2["p50_ms"], s1["p50_ms"])
                growth_rows.append({"build": b, "endpoint": name, "p50_small_ms": s1["p50_ms"],
                                    "p50_big_ms": s2["p50_ms"], "ratio": r, "bytes_small": s1.get("bytes_per_request"),
                                    "bytes_big": s2.get("bytes_per_request")})
                growth.append(f"| {b} | `{label}` | {lat(s1['p50_ms'])} | {lat(s2['p50_ms'])} | {fmt(r, 2)} | "
                              f"{kb(s1.get('bytes_per_request'))} / {kb(s2.get('bytes_per_request'))} |")
    if growth_rows:
        lines += growth

    # the filter matrix, per data set
    matrix_rows = [r for r in results if r["kind"] == "matrix"]
    mget = {(r["dataset"], r["build"], r["endpoint"]): r for r in matrix_rows}
    summary = {}
    for ds in [big, small] if small else [big]:
        names = list(dict.fromkeys(r["endpoint"] for r in matrix_rows if r["dataset"] == ds))
        if not names:
            continue
        lines += ["", f"## Filter matrix at {ds}: one connection, warm; target p50 <= {TARGET_P50_MS} ms, "
                      f"p99 <= {TARGET_MAX_MS} ms, answer <= {TARGET_BYTES >> 20} MB", ""]
        values = datasets.get(ds, {}).get("values")
        if values:
            lines += ["Values chosen from the data: " + ", ".join(f"{k}={v}" for k, v in sorted(values.items())), ""]
        if not old:
            lines += ["| row | URL (/api/v1) | status | items | p50 ms | p99 ms | max ms | KB | requests | met |",
                      "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
        else:
            lines += ["| row | URL (/api/v1) | status old / new | items old / new | p50 ms old | p50 ms new | new/old "
                      "| p99 ms old | p99 ms new | KB old | KB new | met old | met new |",
                      "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |"]
        for name in names:
            n, o = mget.get((ds, new, name)), mget.get((ds, old, name)) if old else None
            path = (n or o)["path"]
            shown = path if len(path) <= 90 else path[:87] + "..."
            g = lambda r, k: r.get(k) if r else None
            if not old:
                lines.append(f"| {name} | `{shown}` | {g(n, 'status')} | {g(n, 'items') if g(n, 'items') is not None else '–'} "
                             f"| {lat(g(n, 'p50_ms'))} | {lat(g(n, 'p99_ms'))} | {lat(g(n, 'max_ms'))} | "
                             f"{kb(g(n, 'bytes'))} | {g(n, 'requests')} | {meets(n)} |")
            else:
                lines.append(f"| {name} | `{shown}` | {g(o, 'status')} / {g(n, 'status')} | "
                             f"{g(o, 'items')} / {g(n, 'items')} | {lat(g(o, 'p50_ms'))} | {lat(g(n, 'p50_ms'))} | "
                             f"{fmt(ratio(g(n, 'p50_ms'), g(o, 'p50_ms')), 2)} | {lat(g(o, 'p99_ms'))} | "
                             f"{lat(g(n, 'p99_ms'))} | {kb(g(o, 'bytes'))} | {kb(g(n, 'bytes'))} | {meets(o)} | "
                             f"{meets(n)} |")
        for b in builds:
            verdicts = [meets(mget.get((ds, b, name))) for name in names]
            summary[(ds, b)] = (verdicts.count("yes"), len([v for v in verdicts if v != "n/a"]), verdicts.count("n/a"))
        lines += ["", "Rows meeting the target: " + "; ".join(
            f"{b}: {summary[(ds, b)][0]} of {summary[(ds, b)][1]} answered (and {summary[(ds, b)][2]} not offered)"
            for b in builds) + ". p99 is wrk's (or, for rows slower than a second, the slowest of a few requests)."]

    # the targets of the seven endpoints, for the new build
    at32 = [r for r in rows if r["build"] == new and r["conns"] == max(conns)] if conns else []
    worst_p99 = max((r["service_p99_ms"] if r["service_p99_ms"] is not None else float("inf") for r in at32),
                    default=None)
    worst_ratio = min((r["service_db_ratio"] for r in at32 if r["service_db_ratio"]), default=None)
    worst_growth = max((g["ratio"] if g["ratio"] else float("inf") for g in growth_rows if g["build"] == new),
                       default=None)
    statements = d_big.get("builds", {}).get(new, {}).get("statements", {})
    cold_statements = {k: v for k, v in statements.items()
                       if not k.startswith("m.") and not k.startswith("hot-") and k not in ("revalidate", "etag")}
    max_statements = max((v.get("statements", 0) for v in cold_statements.values()), default=None)
    by_limit = {k: statements[k]["statements"] for k in ("limit5", "limit500") if k in statements}
    errors = sum(r["service_errors"] for r in rows if r["build"] == new) + sum(
        r["errors"] for r in results if r["kind"] == "service" and r["build"] == new and r["dataset"] != big)
    nb = d_big.get("builds", {}).get(new, {})
    targets = [
        ("p99 at 32 connections <= 50 ms", worst_p99 is not None and worst_p99 <= 50, f"worst {fmt(worst_p99)} ms"),
        ("service >= 25 % of pgbench at 32 connections", worst_ratio is not None and worst_ratio >= 0.25,
         f"worst {fmt(worst_ratio * 100 if worst_ratio else None, 0)} %"),
        (f"p50 at {big} within 1.5x of {small} (1 connection)", worst_growth is not None and worst_growth <= 1.5,
         f"worst {fmt(worst_growth, 2)}x"),
        ("SQL statements per cold request <= 4 (the data version + 3), any page size",
         max_statements is not None and max_statements <= 4
         and len(set(by_limit.values())) <= 1,
         f"max {max_statements}; limit=5: {by_limit.get('limit5')}, limit=500: {by_limit.get('limit500')}"),
        ("ready within 15 s of start", nb.get("startup_s") is not None and nb["startup_s"] <= 15,
         f"{fmt(nb.get('startup_s'))} s"),
        ("-Xmx512m holds, no error", errors == 0 and not nb.get("heap_errors"),
         f"peak heap {fmt(nb.get('peak_heap_mb'))} MB, {errors} failed requests"),
    ]
    hot_get = {(k[0], k[2], k[3], k[4]): v for k, v in get.items() if k[1] == new}
    hot_lines, hot_targets = hot_report(hot_get, meta, big, statements)
    lines += hot_lines
    targets += hot_targets
    if (big, new) in summary:
        met, answered, _ = summary[(big, new)]
        targets.append((f"every matrix row at {big}: p50 <= {TARGET_P50_MS} ms, p99 <= {TARGET_MAX_MS} ms, "
                        f"<= {TARGET_BYTES >> 20} MB", answered > 0 and met == answered, f"{met} of {answered} rows"))
    lines += ["", f"## Targets ({new} build)", "", "| target | met | measured |", "| --- | --- | --- |"]
    lines += [f"| {t} | {'yes' if ok else '**no**'} | {m} |" for t, ok, m in targets]
    lines += ["", "| data set | build | meetings | start-up to ready (s) | plain jar (s) | peak heap (MB) | "
                  "generation (s) |", "| --- | --- | ---: | ---: | ---: | ---: | ---: |"]
    for name, d in datasets.items():
        for b, db in d.get("builds", {}).items():
            lines.append(f"| {name} | {b} | {d.get('meetings', 0):,} | {fmt(db.get('startup_s'))} | "
                         f"{fmt(db.get('startup_plain_jar_s'))} | {fmt(db.get('peak_heap_mb'))} | "
                         f"{fmt(d.get('generate_s'), 0)} |")
    imports = [(name, d) for name, d in meta.get("datasets", {}).items() if "import_s" in d]
    if imports:
        lines += ["", "| import (command line, -Xmx512m) | rows | kept | groups (corroborating) | malformed | total s "
                  "| in transaction s | rows/s | peak heap (MB) |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
        for name, d in imports:
            lines.append(f"| GDELT export into {name} | {d.get('import_rows', 0):,} | {d.get('import_kept', 0):,} | "
                         f"{d.get('import_groups', 0):,} ({d.get('import_corroborating', 0):,}) | "
                         f"{d.get('import_malformed', 0):,} | {fmt(d.get('import_s'))} | "
                         f"{fmt(d.get('import_in_transaction_s'))} | "
                         f"{fmt(d.get('import_rows', 0) / d['import_s'] if d.get('import_s') else None, 0)} | "
                         f"{fmt(d.get('import_peak_heap_mb'))} |")
    lines += overload_table(get, meta, big)
    md = "\n".join(lines) + "\n"
    open(os.path.join(benchdir, "report.md"), "w").write(md)
    json.dump({"meta": meta, "rows": rows, "growth": growth_rows, "matrix": matrix_rows,
               "targets": [{"target": t, "met": ok, "measured": m} for t, ok, m in targets], "raw": results},
              open(os.path.join(benchdir, "report.json"), "w"), indent=1)
    print(md)


def hot_report(get, meta, big, statements):
    """Hot reads (the same requests repeated) beside cold ones and the fixed-bytes reference of the same size."""
    conns = sorted({k[3] for k in get if k[0] == big and k[1] == "hot"})
    if not conns:
        return [], []
    lines = ["", "Hot reads: the same requests repeated, answered from memory after reading the data version; the "
             "reference is the same service answering fixed bytes of the same size.", "",
             "| endpoint | conns | KB | cold req/s | cold p99 ms | hot req/s | hot p50 ms | hot p99 ms | reference req/s "
             "| reference p99 ms | hot/reference | statements hot / cold |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    top = max(conns)
    worst_p99, worst_ratio = None, None
    for name, label in ENDPOINTS:
        for c in conns:
            h, r = get.get((big, "hot", name, c)), get.get((big, "reference", name, c))
            s = get.get((big, "service", name, c))
            if not h:
                continue
            ratio = h["rps"] / r["rps"] if r and r["rps"] else None
            size = meta.get("datasets", {}).get(big, {}).get("bytes_" + name)
            st = statements.get("hot-" + name, {}).get("statements")
            cold = statements.get(name, {}).get("statements")
            lines.append(f"| `{label}` | {c} | {fmt(size / 1024 if size else None)} | {fmt(s['rps'] if s else None)} | "
                         f"{lat(s['p99_ms'] if s else None)} | {fmt(h['rps'])} | {lat(h['p50_ms'])} | {lat(h['p99_ms'])} | "
                         f"{fmt(r['rps'] if r else None)} | {lat(r['p99_ms'] if r else None)} | "
                         f"{fmt(ratio * 100 if ratio else None, 0)} % | {st if st is not None else '–'} / "
                         f"{cold if cold is not None else '–'} |")
            if c == top:
                p99 = h["p99_ms"] if h["p99_ms"] is not None else float("inf")
                worst_p99 = p99 if worst_p99 is None else max(worst_p99, p99)
                if ratio is not None:
                    worst_ratio = ratio if worst_ratio is None else min(worst_ratio, ratio)
    for c in conns:
        v = get.get((big, "hot", "revalidate", c))
        if v:
            lines.append(f"| revalidation (304) of `{ENDPOINTS[2][1]}` | {c} | – | – | – | {fmt(v['rps'])} | "
                         f"{lat(v['p50_ms'])} | {lat(v['p99_ms'])} | – | – | – | "
                         f"{statements.get('revalidate', {}).get('statements', '–')} / – |")
    hot_max = max((v.get("statements", 0) for k, v in statements.items() if k.startswith("hot-")), default=None)
    revalidate = statements.get("revalidate", {}).get("statements")
    targets = [
        (f"hot reads p99 at {top} connections <= 20 ms", worst_p99 is not None and worst_p99 <= 20,
         f"worst {fmt(worst_p99)} ms"),
        (f"hot reads >= 50 % of the fixed-bytes reference at {top} connections",
         worst_ratio is not None and worst_ratio >= 0.5, f"worst {fmt(worst_ratio * 100 if worst_ratio else None, 0)} %"),
        ("SQL statements per hot read and per 304 revalidation <= 1",
         hot_max is not None and revalidate is not None and hot_max <= 1 and revalidate <= 1,
         f"hot max {hot_max}, revalidation {revalidate}"),
    ]
    return lines, targets


def gdelt(path, rows):
    """A GDELT 2.0 events export: contacts among KP, RU, CN and US are a few percent of it, as in the real stream."""
    rng = random.Random(1000000)
    frequent = ["PRK", "RUS", "CHN", "USA"]
    others = ["GBR", "FRA", "DEU", "JPN", "KOR", "IND", "IRN", "ISR", "TUR", "UKR", "SYR", "IRQ", "AFG", "PAK", "SAU",
              "EGY", "NGA", "ZAF", "BRA", "MEX", "CAN", "AUS", "IDN", "VNM", "PHL", "THA", "MYS", "ITA", "ESP", "POL",
              "SWE", "NOR", "BLR", "KAZ", "UZB", "GEO", "ARM", "AZE", "MNG", "LBN", "JOR", "QAT", "ARE", "KWT", "YEM",
              "LBY", "SDN", "ETH", "KEN", "VEN", "CUB", "ARG", "COL", "PER", "CHL", "NZL"]
    people = {"PRK": ["KIM JONG UN", "CHOE SON HUI", "KIM YONG CHOL", "NORTH KOREA", "PYONGYANG"],
              "RUS": ["VLADIMIR PUTIN", "SERGEI LAVROV", "SERGEI SHOIGU", "RUSSIA", "MOSCOW", "KREMLIN"],
              "CHN": ["XI JINPING", "WANG YI", "LI QIANG", "CHINA", "BEIJING"],
              "USA": ["JOE BIDEN", "ANTONY BLINKEN", "DONALD TRUMP", "UNITED STATES", "WASHINGTON", "WHITE HOUSE"]}
    fips = {"PRK": "KN", "RUS": "RS", "CHN": "CH", "USA": "US"}
    cities = {"PRK": [("Pyongyang, P'yongyang-si, North Korea", "-1254013")],
              "RUS": [("Moscow, Moskva, Russia", "-2960561"), ("Vladivostok, Primor'ye, Russia", "-3013426")],
              "CHN": [("Beijing, Beijing, China", "-1898541"), ("Shanghai, Shanghai, China", "-1928631")],
              "USA": [("Washington, District of Columbia, United States", "531871")]}
    contacts = ["036", "040", "040", "040", "042", "043", "044", "045", "046"]
    codes = ["010", "012", "013", "020", "030", "031", "041", "043", "051", "057", "061", "071", "090", "111", "112",
             "120", "130", "138", "141", "160", "163", "173", "180", "190", "193", "195"]
    first = date(2024, 1, 1)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        name = os.path.basename(path)[:-4] if path.endswith(".zip") else "export.CSV"
        entry = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
        entry.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(entry, "w", force_zip64=True) as raw:
            buffer = []
            for n in range(rows):
                a = rng.choice(frequent) if rng.random() < 0.25 else rng.choice(others)
                b = rng.choice(frequent) if rng.random() < 0.25 else rng.choice(others)
                code = rng.choice(contacts) if rng.random() < 0.3 else rng.choice(codes)
                day = (first + timedelta(days=int(rng.triangular(0, 730, 730)))).strftime("%Y%m%d")
                where = rng.choice((a, b))
                if where in cities and rng.random() < 0.7:
                    place, feature = rng.choice(cities[where])
                    geo = ["4", place, fips[where], fips[where] + "01", "", "40.0", "120.0", feature]
                else:
                    geo = ["1", where, where[:2], where[:2], "", "0", "0", where[:2]]
                name1 = rng.choice(people.get(a, [a]))
                name2 = rng.choice(people.get(b, [b]))
                mentions = str(int(rng.paretovariate(1.5)))
                columns = [str(1200000000 + n), day, day[:6], day[:4], f"{int(day[:4]) + int(day[4:6]) / 12:.4f}",
                           a + "GOV", name1, a, "", "", "", "", "GOV", "", "", b + "GOV", name2, b, "", "", "", "", "GOV",
                           "", "", "1", code, code[:3], code[:2], "1", "1.0", mentions, "1", mentions, "-1.5",
                           *geo, *geo, *geo, day + "120000", f"https://news.example.org/{day}/{n}"]
                line = "\t".join(columns)
                if n % 997 == 500:
                    line = line.replace("\t" + day + "\t", "\t" + day[:4] + "-" + day[4:6] + "\t", 1)  # a bad SQLDATE
                buffer.append(line)
                if len(buffer) == 10000:
                    raw.write(("\n".join(buffer) + "\n").encode("utf-8"))
                    buffer.clear()
            if buffer:
                raw.write(("\n".join(buffer) + "\n").encode("utf-8"))


def imported(benchdir, dataset, out):
    """The figures of an import from its report (the last line the command printed)."""
    last = [l for l in open(out, encoding="utf-8") if l.startswith("{")][-1]
    report = json.loads(last)
    started = datetime.fromisoformat(report["startedAt"].replace("Z", "+00:00"))
    finished = datetime.fromisoformat(report["finishedAt"].replace("Z", "+00:00"))
    rows, groups = report["report"]["rows"], report["report"]["groups"]
    for key, value in (("import_rows", rows["lines"]), ("import_kept", rows["kept"]), ("import_malformed", rows["malformed"]),
                       ("import_groups", groups["created"]), ("import_corroborating", groups["corroborating"]),
                       ("import_in_transaction_s", round((finished - started).total_seconds(), 1))):
        meta(benchdir, dataset, key, json.dumps(value))


def overload_table(get, meta, big):
    """/meetings/{slug} alone and beside the expensive clients, cap off and on, and the ratio of the loaded p99s."""
    o = meta.get("datasets", {}).get(big, {}).get("overload")
    if not o:
        return []
    rows = {}
    for mode in ("off", "on"):
        alone = get.get((big, "new", "service", f"slug-alone-cap-{mode}", 1))
        loaded = get.get((big, "new", "service", f"slug-loaded-cap-{mode}", 1))
        expensive = get.get((big, "new", "service", f"expensive-cap-{mode}", int(o["clients"])))
        rows[mode] = (alone, loaded, expensive)
    lines = ["", f"Overload ({big}): `/meetings/{{slug}}` from 1 client, alone and while {o['clients']} clients ask for "
             f"`{o['expensive']}`, with the cap on expensive requests off and on:", "",
             "| cap | slug p50 / p99 ms alone | slug p50 / p99 ms under load | expensive req/s | expensive turned away (503) |",
             "| --- | ---: | ---: | ---: | ---: |"]
    for mode, (alone, loaded, expensive) in rows.items():
        lines.append(f"| {mode} | {fmt(alone and alone['p50_ms'])} / {fmt(alone and alone['p99_ms'])} | "
                     f"{fmt(loaded and loaded['p50_ms'])} / {fmt(loaded and loaded['p99_ms'])} | "
                     f"{fmt(expensive and expensive['rps'])} | {expensive['non2xx'] if expensive else '-'} |")
    off, on = rows["off"][1], rows["on"][1]
    if off and on and off["p99_ms"] and on["p99_ms"]:
        lines += ["", f"p99 of `/meetings/{{slug}}` under load, cap off / cap on: {fmt(off['p99_ms'] / on['p99_ms'], 2)}x"]
    return lines


def meta(benchdir, dataset, key, value):
    """Sets meta.json's datasets[dataset][key] (or meta[key] when dataset is "-", or
    datasets[dataset]["builds"][build][key] when it is "dataset/build") to the JSON value."""
    path = os.path.join(benchdir, "meta.json")
    m = json.load(open(path)) if os.path.exists(path) else {}
    if dataset == "-":
        target = m
    else:
        name, _, build = dataset.partition("/")
        target = m.setdefault("datasets", {}).setdefault(name, {})
        if build:
            target = target.setdefault("builds", {}).setdefault(build, {})
    target[key] = json.loads(value)
    json.dump(m, open(path, "w"), indent=1)


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    {"capture": capture, "wrk": wrk, "pgbench": pgbench, "heap": heap, "report": report, "meta": meta,
     "matrix": matrix, "probe": probe, "mrow": mrow, "gdelt": lambda path, rows: gdelt(path, int(rows)),
     "imported": imported}[command](*args)
