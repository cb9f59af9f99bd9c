#!/usr/bin/env bash
# What one request of each endpoint costs in CPU time, in the service and in PostgreSQL, so that a load in requests
# per second converts into cores, instances and replicas (src/docs/scaling.md): src/bench/capacity.sh
#
# Starts the service on the 1,000,000-meeting data folder that src/bench/run.sh creates (target/bench/pgdata-1m; set
# DATA for another copy: the run writes to it), warms it, then for each endpoint runs wrk three ways while reading the
# CPU time the JVM and the PostgreSQL server (postmaster, backends and the workers it reaped) used, from /proc:
#   cold         a different URL each request (another day, month, slug or page), sent with Cache-Control:
#                no-cache: nothing answered before helps
#   hot          one URL again and again: answered from memory after reading the data version
#   revalidated  one URL with If-None-Match set to its ETag: the 304 a client or shared cache revalidating gets
# CPU time per request does not depend on what else the machine runs as much as throughput does (this machine is
# shared); it is the figure to scale from. Writes target/bench/capacity.md and capacity.json.
#
# Settings (environment): DATA DURATION=10 (s per run) WARMUP=5 CONNECTIONS=8 HEAP=-Xmx512m APP_PORT=18080
# DB_PORT=55432 SKIP_BUILD=1 JAR=target/contact-timeline.jar
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
BENCH=$ROOT/target/bench
DATA=${DATA:-$BENCH/pgdata-1m}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-5}
CONNECTIONS=${CONNECTIONS:-8}
HEAP=${HEAP:--Xmx512m}
JAR=${JAR:-$ROOT/target/contact-timeline.jar}
APP_PORT=${APP_PORT:-18080}
DB_PORT=${DB_PORT:-55432}
BASE=http://localhost:$APP_PORT
PSQL="psql -h localhost -p $DB_PORT -U postgres -d postgres -X -q -t -A -v ON_ERROR_STOP=1"
HZ=$(getconf CLK_TCK)
WORK=$BENCH/capacity
APP_PID=

log() { echo "[capacity $(date +%T)] $*" >&2; }
cleanup() { [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true; }
trap cleanup EXIT

for tool in wrk psql curl; do
	command -v $tool >/dev/null || { log "$tool is needed (src/bench/run.sh installs it)"; exit 1; }
done
[[ -f $DATA/PG_VERSION ]] || { log "no data folder at $DATA: run src/bench/run.sh first, or set DATA"; exit 1; }
if [[ -z ${SKIP_BUILD:-} ]]; then
	log "building the jar"
	mvn -q -B -DskipTests -Pbench package
fi
rm -rf "$WORK" && mkdir -p "$WORK"

# CPU time in clock ticks of a process, with that of the children it has reaped
ticks() {
	local stat
	stat=$(cat "/proc/$1/stat" 2>/dev/null) || { echo 0; return; }
	stat=${stat##*) }
	# shellcheck disable=SC2086
	set -- $stat
	echo $(( ${12} + ${13} + ${14} + ${15} ))
}
# the PostgreSQL server: the postmaster (and the workers it reaped) and every process it runs now
pg_ticks() {
	local postmaster total child
	postmaster=$(head -1 "$DATA/postmaster.pid")
	total=$(ticks "$postmaster")
	for child in $(ps -o pid= --ppid "$postmaster"); do
		total=$(( total + $(ticks "$child") ))
	done
	echo "$total"
}

log "starting the service on $DATA"
java $HEAP -XX:+ExitOnOutOfMemoryError -jar "$JAR" --timeline.embedded-db.data-dir="$DATA" \
	--timeline.embedded-db.port="$DB_PORT" --server.port="$APP_PORT" >"$WORK/app.log" 2>&1 &
APP_PID=$!
until curl -sf "$BASE/actuator/health/readiness" 2>/dev/null | grep -q UP; do
	kill -0 "$APP_PID" 2>/dev/null || { log "the service stopped; see $WORK/app.log"; exit 1; }
	sleep 0.5
done

# the URLs of each endpoint, all answering 200: the days of two busy years, months of the busiest years, pages
# from a cursor after a random meeting, slugs of random meetings
cursor="translate(rtrim(replace(encode(convert_to('1|' || start_date || '|' || slug || '|meeting', 'UTF8'), 'base64'), E'\n', ''), '='), '+/', '-_')"
$PSQL -c "select '/api/v1/meetings?date=' || d::date from generate_series(date '2024-01-01', date '2025-12-31', interval '1 day') d" >"$WORK/day.paths"
months="generate_series(date '2015-01-01', date '2025-12-01', interval '1 month') m"
$PSQL -c "select '/api/v1/meetings?from=' || m::date || '&to=' || (m + interval '1 month - 1 day')::date || '&country=KP&country=RU' from $months" >"$WORK/month-pair.paths"
$PSQL -c "select '/api/v1/meetings?from=' || m::date || '&to=' || (m + interval '1 month - 1 day')::date || '&country=RU' from $months" >"$WORK/month-one.paths"
$PSQL -c "select '/api/v1/timeline?from=' || m::date || '&to=' || (m + interval '1 month - 1 day')::date from $months" >"$WORK/timeline.paths"
$PSQL -c "select '/api/v1/meetings/' || slug from meeting tablesample system (1) repeatable (7) limit 2000" >"$WORK/slug.paths"
$PSQL -c "select '/api/v1/meetings?from=' || y || '-01-01&to=' || y || '-12-31' from generate_series(1990, 2026) y" >"$WORK/page1.paths"
$PSQL -c "select '/api/v1/meetings?from=2020-01-01&to=2026-12-31&cursor=' || $cursor
          from meeting tablesample system (1) repeatable (7) where start_date between '2020-01-01' and '2026-06-30' limit 2000" >"$WORK/page10.paths"
endpoints="day month-pair month-one timeline slug page1 page10"

cat >"$WORK/paths.lua" <<'EOF'
-- each request the next line of the file PATHS names; each thread starts elsewhere in it
local paths = {}
for line in io.lines(os.getenv("PATHS")) do paths[#paths + 1] = line end
local threads = 0
function setup(thread) thread:set("start", threads * 7919); threads = threads + 1 end
local i = nil
function request()
  i = ((i or start or 0) % #paths) + 1
  return wrk.format("GET", paths[i])
end
EOF

run() { # endpoint mode url-or-script [etag]
	local out=$WORK/$1-$2.wrk args=(-t2 -c"$CONNECTIONS" -d"$DURATION"s --timeout 10s --latency)
	# a cold request is answered afresh: the service would otherwise answer a path it has answered before from memory
	[[ $2 == cold ]] && args+=(-s "$WORK/paths.lua" -H "Cache-Control: no-cache")
	[[ $2 == revalidated ]] && args+=(-H "If-None-Match: $4")
	local app0 pg0 app1 pg1
	app0=$(ticks "$APP_PID"); pg0=$(pg_ticks)
	PATHS=$WORK/$1.paths wrk "${args[@]}" "$3" >"$out"
	# a backend that ended (a pooled connection past its lifetime) counts once the postmaster has reaped it
	sleep 1
	app1=$(ticks "$APP_PID"); pg1=$(pg_ticks)
	local requests non2xx
	requests=$(awk '/requests in/ {print $1}' "$out")
	non2xx=$(awk '/Non-2xx or 3xx/ {print $5}' "$out")
	python3 - "$1" "$2" "$requests" "${non2xx:-0}" "$((app1 - app0))" "$((pg1 - pg0))" "$HZ" "$DURATION" <<-'EOF' >>"$WORK/results.jsonl"
		import json, sys
		endpoint, mode, requests, non2xx, app, pg, hz, duration = sys.argv[1:]
		requests, app, pg, hz = int(requests), int(app), int(pg), int(hz)
		print(json.dumps({"endpoint": endpoint, "mode": mode, "requests": requests, "not_200": int(non2xx),
		                  "per_s": round(requests / float(duration), 1),
		                  "service_ms": round(1000 * app / hz / requests, 3), "postgres_ms": round(1000 * pg / hz / requests, 3)}))
	EOF
	tail -1 "$WORK/results.jsonl" >&2
}

log "warming up"
for e in $endpoints; do
	PATHS=$WORK/$e.paths wrk -t2 -c"$CONNECTIONS" -d"$WARMUP"s -s "$WORK/paths.lua" "$BASE" >/dev/null
done
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
for e in $endpoints; do
	url=$BASE$(head -1 "$WORK/$e.paths")
	etag=$(curl -s -o /dev/null -D - "$url" | awk 'tolower($1) == "etag:" {print $2}' | tr -d '\r')
	log "$e"
	run "$e" cold "$BASE"
	run "$e" hot "$url"
	run "$e" revalidated "$url" "$etag"
done
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)

python3 - "$WORK/results.jsonl" "$BENCH" "$(nproc)" "$LOAD_START" "$LOAD_END" "$DURATION" "$CONNECTIONS" "$($PSQL -c 'select count(*) from meeting')" <<-'EOF'
	import json, sys
	results, bench, cores, load_start, load_end, duration, connections, meetings = sys.argv[1:]
	rows = [json.loads(line) for line in open(results)]
	names = {"day": "/meetings?date=D", "month-pair": "/meetings?from&to (a month), country=KP&country=RU",
	         "month-one": "/meetings?from&to (a month), country=RU", "timeline": "/timeline?from&to (a month)",
	         "slug": "/meetings/{slug}", "page1": "/meetings?from&to (a year), 1st page",
	         "page10": "/meetings?from&to, a page by cursor"}
	lines = [f"# Capacity: CPU time per request ({int(meetings):,} meetings)", "",
	         f"{cores} cores shared with other work (load {load_start} at the start, {load_end} at the end); wrk, "
	         f"{connections} connections, {duration} s per run; CPU time read from /proc for the JVM and for the "
	         "PostgreSQL server.", "",
	         "| endpoint | requests | service ms CPU, cold / hot / 304 | PostgreSQL ms CPU, cold / hot / 304 "
	         "| req/s per service core, cold / hot / 304 | req/s per PostgreSQL core, cold / hot / 304 |",
	         "| --- | ---: | ---: | ---: | ---: | ---: |"]
	by = {(r["endpoint"], r["mode"]): r for r in rows}
	for e, name in names.items():
	    modes = [by.get((e, m)) for m in ("cold", "hot", "revalidated")]
	    if None in modes:
	        continue
	    fmt = lambda key: " / ".join(f"{r[key]:.2f}" for r in modes)
	    rate = lambda key: " / ".join(f"{1000 / r[key]:,.0f}" if r[key] else "–" for r in modes)
	    bad = sum(r["not_200"] for r in modes[:2])
	    lines.append(f"| `{name}` | {sum(r['requests'] for r in modes):,}{' (' + str(bad) + ' not 200)' if bad else ''} "
	                 f"| {fmt('service_ms')} | {fmt('postgres_ms')} | {rate('service_ms')} | {rate('postgres_ms')} |")
	open(f"{bench}/capacity.md", "w").write("\n".join(lines) + "\n")
	json.dump(rows, open(f"{bench}/capacity.json", "w"), indent=1)
	print("\n".join(lines))
EOF
log "report: $BENCH/capacity.md"
