#!/usr/bin/env bash
# The benchmark in one command: src/bench/run.sh
#
# Builds the jar; for 1,000,000 and for 10,000 meetings creates (once) an embedded database with the scale data set
# (db/scale/generate.sql) under target/bench/; starts the service on it with the heap capped (-Xmx512m) and times it
# until ready; warms it; captures the SQL each endpoint issues from PostgreSQL's statement log; then, endpoint by
# endpoint and connection count by connection count, loads the service with wrk and the database with pgbench running
# exactly the captured statements; samples the heap; and writes target/bench/report.md and report.json.
#
# Settings (environment): MEETINGS=1000000 SMALL_MEETINGS=10000 (0 skips it) DURATION=10 (s per run) WARMUP=5
# CONNECTIONS="1 8 32" SMALL_CONNECTIONS="1 32" PGBENCH_MODE=prepared HEAP=-Xmx512m SKIP_BUILD=1 JAR=target/...jar
# CDS=1 (0: run the plain jar) APP_PORT=18080 DB_PORT=55432 BENCH_DIR=target/bench. Delete target/bench/pgdata-* to generate the data again.
# Overload (on the first data set): OVERLOAD=1 (0 skips it) OVERLOAD_CLIENTS=16 EXPENSIVE_PATH=/api/v1/meetings?format=csv
# times /meetings/{slug} alone and while OVERLOAD_CLIENTS clients run the expensive request, with the cap on expensive
# requests off (timeline.limits.expensive.concurrency=0) and on (the default), side by side in the report.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
BENCH=${BENCH_DIR:-$ROOT/target/bench}
MEETINGS=${MEETINGS:-1000000}
SMALL_MEETINGS=${SMALL_MEETINGS:-10000}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-5}
CONNECTIONS=${CONNECTIONS:-"1 8 32"}
SMALL_CONNECTIONS=${SMALL_CONNECTIONS:-"1 32"}
PGBENCH_MODE=${PGBENCH_MODE:-prepared}
CDS=${CDS:-1}
HEAP=${HEAP:--Xmx512m}
OVERLOAD=${OVERLOAD:-1}
OVERLOAD_CLIENTS=${OVERLOAD_CLIENTS:-16}
EXPENSIVE_PATH=${EXPENSIVE_PATH:-/api/v1/meetings?format=csv}
JAR=${JAR:-$ROOT/target/contact-timeline.jar}
APP_PORT=${APP_PORT:-18080}
DB_PORT=${DB_PORT:-55432}
MONTH_FROM=${MONTH_FROM:-2025-06-01}
MONTH_TO=${MONTH_TO:-2025-06-30}
RANGE_FROM=${RANGE_FROM:-2020-01-01}
RANGE_TO=${RANGE_TO:-2026-12-31}
BASE=http://localhost:$APP_PORT
PY="python3 $ROOT/src/bench/bench.py"
PSQL="psql -h localhost -p $DB_PORT -U postgres -d postgres -X -q -t -A -v ON_ERROR_STOP=1"
APP_PID=
JSTAT_PID=

log() { echo "[bench $(date +%T)] $*" >&2; }
min() { if (( $1 < $2 )); then echo "$1"; else echo "$2"; fi; }
label() { if (( $1 % 1000000 == 0 )); then echo "$(($1 / 1000000))m"; elif (( $1 % 1000 == 0 )); then echo "$(($1 / 1000))k"; else echo "$1"; fi; }

cleanup() {
	[[ -n "$JSTAT_PID" ]] && kill "$JSTAT_PID" 2>/dev/null || true
	[[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
}
trap cleanup EXIT

install_tools() {
	local missing=()
	command -v wrk >/dev/null || missing+=(wrk)
	command -v psql >/dev/null || missing+=(postgresql-client)
	# Debian ships pgbench with the server package (postgresql-15 on Debian 12), not with the client
	command -v pgbench >/dev/null || missing+=(postgresql)
	command -v jstat >/dev/null || { log "jstat (a JDK) is needed"; exit 1; }
	if (( ${#missing[@]} )); then
		log "installing ${missing[*]}"
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
	fi
}

start_app() { # data dir, log file; sets APP_PID and STARTUP_S
	local waited=0 # a service that just stopped may hold its ports a little longer
	while curl -s -o /dev/null "$BASE/actuator/health" || (exec 3<>/dev/tcp/localhost/"$DB_PORT") 2>/dev/null; do
		if (( waited++ >= 30 )); then
			log "port $APP_PORT or $DB_PORT is in use: stop what listens there, or set APP_PORT / DB_PORT"
			exit 1
		fi
		sleep 1
	done
	local started=$(date +%s.%N)
	java $HEAP -XX:+ExitOnOutOfMemoryError ${LAUNCH:--jar "$JAR"} \
		--timeline.embedded-db.data-dir="$1" --timeline.embedded-db.port="$DB_PORT" --server.port="$APP_PORT" \
		${APP_ARGS:-} >"$2" 2>&1 &
	APP_PID=$!
	for _ in $(seq 1 3000); do
		if curl -sf "$BASE/actuator/health/readiness" 2>/dev/null | grep -q UP; then
			STARTUP_S=$(printf '%.2f' "$(echo "$(date +%s.%N) - $started" | bc)")
			return 0
		fi
		if ! kill -0 "$APP_PID" 2>/dev/null; then
			# another program may have taken the port for a moment: try once more
			[[ -n ${RETRIED:-} ]] && { log "the service stopped; see $2"; exit 1; }
			log "the service stopped while starting; once more"
			sleep 5
			RETRIED=1 start_app "$@"
			return 0
		fi
		sleep 0.1
	done
	log "the service did not become ready; see $2"
	exit 1
}

stop_app() {
	kill "$APP_PID" && wait "$APP_PID" 2>/dev/null || true
	APP_PID=
}

# Creates the data set once: the service migrates an empty database, then the generator fills it.
ensure_data() { # label meetings
	local dir=$BENCH/pgdata-$1
	[[ -f $dir.generated ]] && return 0
	rm -rf "$dir"
	log "$1: creating the schema and the seed"
	start_app "$dir" "$BENCH/app-$1-create.log"
	# a statement log the capture can parse, and room for the bulk load
	$PSQL -c "alter system set logging_collector = on" -c "alter system set log_destination = 'csvlog'" \
		-c "alter system set log_directory = 'log'" -c "alter system set log_filename = 'bench.log'" \
		-c "alter system set log_rotation_size = 0" -c "alter system set max_wal_size = '4GB'" >/dev/null
	$PSQL -c "select pg_reload_conf()" >/dev/null
	local officials=$(( $2 / 20 > 1000 ? $2 / 20 : 1000 )) delegations=$(( $2 / 100 > 100 ? $2 / 100 : 100 ))
	log "$1: generating $2 meetings, $officials officials, $delegations delegations"
	local t0=$(date +%s.%N)
	$PSQL -v meetings="$2" -v officials="$officials" -v delegations="$delegations" \
		-f "$ROOT/db/scale/generate.sql" >"$BENCH/generate-$1.log"
	printf '%.0f\n' "$(echo "$(date +%s.%N) - $t0" | bc)" >"$dir.generated"
	log "$1: generated in $(cat "$dir.generated") s"
	stop_app
}

# Class data sharing (a dynamic AppCDS archive of the extracted jar, as Spring Boot documents): a shorter start.
prepare_cds() { # data dir; sets LAUNCH
	local app=$BENCH/app name
	name=$(basename "$JAR")
	if [[ ! -f $app/app.jsa || $JAR -nt $app/app.jsa ]]; then
		rm -rf "$app"
		java -Djarmode=tools -jar "$JAR" extract --destination "$app" >/dev/null
		log "training the class data sharing archive"
		java $HEAP -XX:ArchiveClassesAtExit="$app/app.jsa" -Dspring.context.exit=onRefresh -jar "$app/$name" \
			--timeline.embedded-db.data-dir="$1" --timeline.embedded-db.port="$DB_PORT" --server.port="$APP_PORT" \
			>"$BENCH/cds-training.log" 2>&1 || true
		# the training run exits at refresh, leaving its embedded PostgreSQL up: stop it
		[[ -f $1/postmaster.pid ]] && kill -INT "$(head -1 "$1/postmaster.pid")" 2>/dev/null || true
	fi
	[[ -f $app/app.jsa ]] && LAUNCH="-XX:SharedArchiveFile=$app/app.jsa -jar $app/$name"
}

wrk_run() { # dataset endpoint conns url seconds
	local out=$BENCH/wrk.out
	wrk -t"$(min "$3" 2)" -c"$3" -d"$5"s --timeout 5s -s "$ROOT/src/bench/report.lua" "$4" >"$out" 2>&1 || { cat "$out" >&2; return 1; }
	$PY wrk "$1" "$2" "$3" "$out" >>"$BENCH/results.jsonl"
}

pgbench_run() { # dataset endpoint conns sqlfile
	local out=$BENCH/pgbench.out
	pgbench -h localhost -p "$DB_PORT" -U postgres -n -M "$PGBENCH_MODE" -f "$4" -c "$3" -j "$(min "$3" 2)" \
		-T "$DURATION" -l --log-prefix="$BENCH/pgbench-log" postgres >"$out" 2>&1 || { cat "$out" >&2; return 1; }
	$PY pgbench "$1" "$2" "$3" "$out" "$BENCH/pgbench-log" >>"$BENCH/results.jsonl"
}

bench_dataset() { # label meetings connections with-pgbench
	local name=$1 dir=$BENCH/pgdata-$1
	ensure_data "$1" "$2"
	log "$name: starting the service ($HEAP)"
	start_app "$dir" "$BENCH/app-$name.log"
	if grep -q "Migrating schema" "$BENCH/app-$name.log"; then
		log "$name: migrations ran at this start; starting again to time a plain start"
		stop_app
		start_app "$dir" "$BENCH/app-$name.log"
	fi
	log "$name: ready in $STARTUP_S s"
	if [[ $CDS == 1 ]]; then
		$PY meta "$BENCH" "$name" startup_plain_jar_s "$STARTUP_S"
		stop_app
		prepare_cds "$dir"
		start_app "$dir" "$BENCH/app-$name.log"
		log "$name: with class data sharing, ready in $STARTUP_S s"
	fi
	$PY meta "$BENCH" "$name" startup_s "$STARTUP_S"
	$PY meta "$BENCH" "$name" generate_s "$(cat "$dir.generated")"
	$PY meta "$BENCH" "$name" meetings "$($PSQL -c 'select count(*) from meeting')"
	jstat -gc "$APP_PID" 500 >"$BENCH/jstat-$name.txt" 2>/dev/null &
	JSTAT_PID=$!

	# the requests: a busy day, one month, a slug on that day, and a long range paged by cursor
	local day slug page10
	day=$($PSQL -c "select d from generate_series(date '${MONTH_FROM:0:4}-01-01', date '${MONTH_FROM:0:4}-12-31', interval '1 day') g,
	                     lateral (select g::date as d) x
	                order by (select count(*) from meeting m where m.start_date is not null
	                          and daterange(m.start_date, m.end_date, '[]') @> x.d) desc, d limit 1")
	slug=$($PSQL -c "select slug from meeting where start_date = '$day' and date_precision = 'day' order by slug limit 1")
	local range="$BASE/api/v1/meetings?from=$RANGE_FROM&to=$RANGE_TO"
	page10=$(python3 - "$range" <<-'EOF'
		import json, sys, urllib.parse, urllib.request
		url = sys.argv[1]
		for _ in range(9):
		    page = json.load(urllib.request.urlopen(url))
		    url = sys.argv[1] + "&cursor=" + urllib.parse.quote(page["next"])
		print(url)
	EOF
	)
	declare -A urls=(
		[day]="$BASE/api/v1/meetings?date=$day"
		[month-pair]="$BASE/api/v1/meetings?from=$MONTH_FROM&to=$MONTH_TO&country=KP&country=RU"
		[month-one]="$BASE/api/v1/meetings?from=$MONTH_FROM&to=$MONTH_TO&country=RU"
		[timeline]="$BASE/api/v1/timeline?from=$MONTH_FROM&to=$MONTH_TO"
		[slug]="$BASE/api/v1/meetings/$slug"
		[page1]="$range"
		[page10]="$page10"
		[limit5]="$BASE/api/v1/meetings?from=$MONTH_FROM&to=$MONTH_TO&country=RU&limit=5"
		[limit500]="$BASE/api/v1/meetings?from=$MONTH_FROM&to=$MONTH_TO&country=RU&limit=500"
	)
	local endpoints="day month-pair month-one timeline slug page1 page10"
	$PY meta "$BENCH" "$name" urls "$(for e in $endpoints; do echo "\"$e\": \"${urls[$e]}\""; done | paste -sd, | sed 's/^/{/; s/$/}/')"

	log "$name: warming up"
	for e in $endpoints; do
		wrk -t2 -c8 -d"$WARMUP"s "${urls[$e]}" >/dev/null
	done

	sleep 5 # let what the warm-up left running finish
	log "$name: capturing the SQL of one request per endpoint"
	: >"$BENCH/capture-$name.txt"
	$PSQL -c "alter system set log_statement = 'all'" -c "select pg_reload_conf()" >/dev/null
	sleep 1
	for e in $endpoints limit5 limit500; do
		$PSQL -c "select 'bench-capture:$e'" >/dev/null
		curl -s -o /dev/null -w "$e %{http_code} %{time_total}s\n" "${urls[$e]}" >>"$BENCH/capture-$name.txt"
	done
	$PSQL -c "select 'bench-capture:end'" -c "alter system reset log_statement" -c "select pg_reload_conf()" >/dev/null
	sleep 1
	$PY capture "$dir/log/bench.csv" "$BENCH/sql-$name" >/dev/null
	$PY meta "$BENCH" "$name" statements "$(cat "$BENCH/sql-$name/statements.json")"

	for e in $endpoints; do
		for c in $3; do
			log "$name: $e, $c connections"
			wrk_run "$name" "$e" "$c" "${urls[$e]}" "$DURATION"
			[[ $4 == yes ]] && pgbench_run "$name" "$e" "$c" "$BENCH/sql-$name/$e.sql"
		done
	done

	kill "$JSTAT_PID" 2>/dev/null || true
	JSTAT_PID=
	$PY meta "$BENCH" "$name" peak_heap_mb "$($PY heap "$BENCH/jstat-$name.txt")"
	local heap_errors=$(grep -c -E "OutOfMemoryError|GC overhead" "$BENCH/app-$name.log" || true)
	kill -0 "$APP_PID" 2>/dev/null || heap_errors=$((heap_errors + 1))
	$PY meta "$BENCH" "$name" heap_errors "$heap_errors"
	stop_app
	if [[ $4 == yes && $OVERLOAD == 1 ]]; then
		overload "$name" "$dir" "${urls[slug]}"
	fi
}

# p99 of one meeting by slug, alone and while OVERLOAD_CLIENTS clients run the expensive request, with the cap on
# expensive requests off and on: each a fresh start of the service.
overload() { # label data-dir slug-url
	local name=$1 expensive="$BASE$EXPENSIVE_PATH" mode
	for mode in off on; do
		if [[ $mode == off ]]; then APP_ARGS="--timeline.limits.expensive.concurrency=0"; else APP_ARGS=; fi
		log "$name: overload, cap $mode: starting the service"
		start_app "$2" "$BENCH/app-$name-overload-$mode.log"
		wrk -t2 -c8 -d"$WARMUP"s "$3" >/dev/null
		log "$name: overload, cap $mode: /meetings/{slug} alone"
		wrk_run "$name" "slug-alone-cap-$mode" 1 "$3" "$DURATION"
		log "$name: overload, cap $mode: /meetings/{slug} while $OVERLOAD_CLIENTS clients ask for $EXPENSIVE_PATH"
		wrk -t2 -c"$OVERLOAD_CLIENTS" -d"$((DURATION + 4))"s --timeout 60s -s "$ROOT/src/bench/report.lua" "$expensive" \
			>"$BENCH/wrk-$name-expensive-cap-$mode.txt" 2>&1 &
		local load=$!
		sleep 2 # the expensive requests are under way
		wrk_run "$name" "slug-loaded-cap-$mode" 1 "$3" "$DURATION"
		wait "$load" || true
		$PY wrk "$name" "expensive-cap-$mode" "$OVERLOAD_CLIENTS" "$BENCH/wrk-$name-expensive-cap-$mode.txt" >>"$BENCH/results.jsonl"
		stop_app
	done
	APP_ARGS=
	$PY meta "$BENCH" "$name" overload "{\"clients\": $OVERLOAD_CLIENTS, \"expensive\": \"$EXPENSIVE_PATH\"}"
}

install_tools
mkdir -p "$BENCH"
if [[ -z ${SKIP_BUILD:-} ]]; then
	log "building the jar"
	mvn -q -B -DskipTests package
fi
: >"$BENCH/results.jsonl"
rm -f "$BENCH/meta.json"
BIG=$(label "$MEETINGS")
$PY meta "$BENCH" - big "\"$BIG\""
$PY meta "$BENCH" - when "\"$(date -u +%FT%TZ)\""
$PY meta "$BENCH" - host "\"$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(java -version 2>&1 | head -1 | tr -d '"')\""
$PY meta "$BENCH" - duration "\"${DURATION}s\""
$PY meta "$BENCH" - pgbench_mode "\"$PGBENCH_MODE\""
bench_dataset "$BIG" "$MEETINGS" "$CONNECTIONS" yes
if (( SMALL_MEETINGS > 0 )); then
	SMALL=$(label "$SMALL_MEETINGS")
	$PY meta "$BENCH" - small "\"$SMALL\""
	bench_dataset "$SMALL" "$SMALL_MEETINGS" "$SMALL_CONNECTIONS" no
fi
$PY report "$BENCH"
log "report: $BENCH/report.md and $BENCH/report.json"
