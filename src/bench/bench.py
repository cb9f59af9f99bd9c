#!/usr/bin/env python3
"""Helpers of src/bench/run.sh (Python 3 standard library only).

  bench.py capture CSVLOG OUTDIR         split the statement log at the capture markers into one pgbench script per
                                         endpoint (the statements with their bound values), and statements.json
  bench.py wrk DATASET ENDPOINT CONNS FILE        turn wrk's JSON line into a result line (stdout)
  bench.py pgbench DATASET ENDPOINT CONNS OUT LOGPREFIX   turn pgbench's output and per-transaction logs into one
  bench.py heap JSTATFILE                peak heap use (MB) from `jstat -gc` samples
  bench.py meta BENCHDIR DATASET|- KEY JSON   record a figure in meta.json
  bench.py report BENCHDIR               target/bench/report.md and report.json from results.jsonl and meta.json
"""
import csv
import glob
import json
import os
import re
import sys

MARK = re.compile(r"bench-capture:([a-z0-9_-]+)")
EXEC = re.compile(r"^(?:execute [^:]+|statement): (.*)$", re.S)
PARAM = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')")
NOT_QUERIES = ("begin", "commit", "rollback", "set ", "show ", "reset ", "discard ", "select 1")


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
                out.write(s.rstrip(";") + ";\n")
    with open(os.path.join(outdir, "statements.json"), "w") as out:
        json.dump(counts, out, indent=1)
    print(json.dumps(counts))


def wrk(dataset, endpoint, conns, file):
    line = [l for l in open(file) if l.startswith("{")][-1]
    w = json.loads(line)
    seconds = w["duration_us"] / 1e6
    done = w["requests"] > 0  # none answered within wrk's timeout: no latency to report
    print(json.dumps({"dataset": dataset, "kind": "service", "endpoint": endpoint, "conns": int(conns),
                      "rps": round(w["requests"] / seconds, 1), "p50_ms": w["p50_us"] / 1000 if done else None,
                      "p99_ms": w["p99_us"] / 1000 if done else None, "errors": w["errors"], "non2xx": w["non2xx"],
                      "bytes_per_request": round(w["bytes"] / max(w["requests"], 1))}))


def percentile(values, p):
    if not values:
        return None
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def pgbench(dataset, endpoint, conns, out, logprefix):
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
    print(json.dumps({"dataset": dataset, "kind": "database", "endpoint": endpoint, "conns": int(conns),
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
]


def fmt(v, digits=1):
    return "–" if v is None else f"{v:,.{digits}f}"


def lat(v):
    return "> timeout" if v is None else fmt(v)


def report(benchdir):
    results = [json.loads(l) for l in open(os.path.join(benchdir, "results.jsonl")) if l.strip()]
    meta = json.load(open(os.path.join(benchdir, "meta.json")))
    get = {(r["dataset"], r["kind"], r["endpoint"], r["conns"]): r for r in results}
    big, small = meta.get("big", "1m"), meta.get("small", "10k")
    conns = sorted({r["conns"] for r in results if r["dataset"] == big})
    statements = meta.get("datasets", {}).get(big, {}).get("statements", {})
    rows, table = [], []
    table.append("| endpoint | conns | service req/s | p50 ms | p99 ms | pgbench tps | db p50 ms | db p99 ms "
                 "| service/db | statements/request |")
    table.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, label in ENDPOINTS:
        for c in conns:
            s = get.get((big, "service", name, c))
            d = get.get((big, "database", name, c))
            if not s:
                continue
            ratio = s["rps"] / d["rps"] if d and d["rps"] else None
            st = statements.get(name, {}).get("statements")
            rows.append({"endpoint": name, "conns": c, "service_rps": s["rps"], "service_p50_ms": s["p50_ms"],
                         "service_p99_ms": s["p99_ms"], "service_errors": s["errors"],  # wrk's errors include the non-2xx answers
                         "db_tps": d["rps"] if d else None, "db_p50_ms": d["p50_ms"] if d else None,
                         "db_p99_ms": d["p99_ms"] if d else None, "service_db_ratio": ratio,
                         "statements_per_request": st, "bytes_per_request": s.get("bytes_per_request")})
            table.append(f"| `{label}` | {c} | {fmt(s['rps'])} | {lat(s['p50_ms'])} | {lat(s['p99_ms'])} | "
                         f"{fmt(d['rps'] if d else None)} | {fmt(d['p50_ms'] if d else None, 2)} | "
                         f"{fmt(d['p99_ms'] if d else None, 2)} | {fmt(ratio * 100 if ratio else None, 0)} % | "
                         f"{st if st is not None else '–'} |")
    # the same URL may answer a full page at one size and a few meetings at the other: the answer's size says which
    growth = ["", f"| endpoint | p50 ms at {small} | p50 ms at {big} | {big}/{small} | KB per answer at {small} / {big} |",
              "| --- | ---: | ---: | ---: | ---: |"]
    growth_rows = []
    for name, label in ENDPOINTS:
        s1, s2 = get.get((small, "service", name, 1)), get.get((big, "service", name, 1))
        if s1 and s2:
            r = s2["p50_ms"] / s1["p50_ms"] if s1["p50_ms"] and s2["p50_ms"] else None
            growth_rows.append({"endpoint": name, "p50_small_ms": s1["p50_ms"], "p50_big_ms": s2["p50_ms"], "ratio": r,
                                "bytes_small": s1.get("bytes_per_request"), "bytes_big": s2.get("bytes_per_request")})
            kb = lambda b: fmt(b / 1024 if b is not None else None)
            growth.append(f"| `{label}` | {lat(s1['p50_ms'])} | {lat(s2['p50_ms'])} | {fmt(r, 2)} | "
                          f"{kb(s1.get('bytes_per_request'))} / {kb(s2.get('bytes_per_request'))} |")
    d_big = meta.get("datasets", {}).get(big, {})
    at32 = [r for r in rows if r["conns"] == max(conns)] if conns else []
    worst_p99 = max((r["service_p99_ms"] if r["service_p99_ms"] is not None else float("inf") for r in at32),
                    default=None)
    worst_ratio = min((r["service_db_ratio"] for r in at32 if r["service_db_ratio"]), default=None)
    worst_growth = max((g["ratio"] if g["ratio"] else float("inf") for g in growth_rows), default=None)
    max_statements = max((v.get("statements", 0) for v in statements.values()), default=None)
    by_limit = {k: statements[k]["statements"] for k in ("limit5", "limit500") if k in statements}
    errors = sum(r["service_errors"] for r in rows) + sum(
        r["errors"] for r in results if r["kind"] == "service" and r["dataset"] != big)
    targets = [
        ("p99 at 32 connections <= 50 ms", worst_p99 is not None and worst_p99 <= 50, f"worst {fmt(worst_p99)} ms"),
        ("service >= 25 % of pgbench at 32 connections", worst_ratio is not None and worst_ratio >= 0.25,
         f"worst {fmt(worst_ratio * 100 if worst_ratio else None, 0)} %"),
        (f"p50 at {big} within 1.5x of {small} (1 connection)", worst_growth is not None and worst_growth <= 1.5,
         f"worst {fmt(worst_growth, 2)}x"),
        ("SQL statements per request <= 3, any page size", max_statements is not None and max_statements <= 3
         and len(set(by_limit.values())) <= 1,
         f"max {max_statements}; limit=5: {by_limit.get('limit5')}, limit=500: {by_limit.get('limit500')}"),
        ("ready within 15 s of start", d_big.get("startup_s") is not None and d_big["startup_s"] <= 15,
         f"{fmt(d_big.get('startup_s'))} s"),
        ("-Xmx512m holds, no error", errors == 0 and not d_big.get("heap_errors"),
         f"peak heap {fmt(d_big.get('peak_heap_mb'))} MB, {errors} failed requests"),
    ]
    lines = [f"# Contact Timeline benchmark ({meta.get('when', '')})", "",
             f"{meta.get('host', '')}; {big}: {d_big.get('meetings', '?'):,} meetings; wrk and pgbench "
             f"{meta.get('duration')} per run on the same machine; pgbench `-M {meta.get('pgbench_mode')}` "
             "runs the captured statements of one request per transaction.", ""]
    lines += table + growth + ["", "| target | met | measured |", "| --- | --- | --- |"]
    lines += [f"| {t} | {'yes' if ok else '**no**'} | {m} |" for t, ok, m in targets]
    lines += ["", "| data set | meetings | start-up to ready (s) | plain jar (s) | peak heap (MB) | generation (s) |",
              "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for name, d in meta.get("datasets", {}).items():
        lines.append(f"| {name} | {d.get('meetings', 0):,} | {fmt(d.get('startup_s'))} | "
                     f"{fmt(d.get('startup_plain_jar_s'))} | {fmt(d.get('peak_heap_mb'))} | "
                     f"{fmt(d.get('generate_s'), 0)} |")
    lines += overload_table(get, meta, big)
    md = "\n".join(lines) + "\n"
    open(os.path.join(benchdir, "report.md"), "w").write(md)
    json.dump({"meta": meta, "rows": rows, "growth": growth_rows,
               "targets": [{"target": t, "met": ok, "measured": m} for t, ok, m in targets], "raw": results},
              open(os.path.join(benchdir, "report.json"), "w"), indent=1)
    print(md)


def overload_table(get, meta, big):
    """/meetings/{slug} alone and beside the expensive clients, cap off and on, and the ratio of the loaded p99s."""
    o = meta.get("datasets", {}).get(big, {}).get("overload")
    if not o:
        return []
    rows = {}
    for mode in ("off", "on"):
        alone = get.get((big, "service", f"slug-alone-cap-{mode}", 1))
        loaded = get.get((big, "service", f"slug-loaded-cap-{mode}", 1))
        expensive = get.get((big, "service", f"expensive-cap-{mode}", int(o["clients"])))
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
    """Sets meta.json's datasets[dataset][key] (or meta[key] when dataset is "-") to the JSON value."""
    path = os.path.join(benchdir, "meta.json")
    m = json.load(open(path)) if os.path.exists(path) else {}
    target = m if dataset == "-" else m.setdefault("datasets", {}).setdefault(dataset, {})
    target[key] = json.loads(value)
    json.dump(m, open(path, "w"), indent=1)


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    {"capture": capture, "wrk": wrk, "pgbench": pgbench, "heap": heap, "report": report, "meta": meta}[command](*args)
