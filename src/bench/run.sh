#!/usr/bin/env bash
# The benchmark in one command: src/bench/run.sh
#
# Builds the jar; for 1,000,000 and for 10,000 meetings creates (once) an embedded database with the scale data set
# (db/scale/generate.sql), kept pristine under BENCH_DATA; gives each build its own copy of it; starts the service on
# it with the heap capped (-Xmx512m) and times it until ready; warms it; captures the SQL each endpoint issues from
# PostgreSQL's statement log; then, endpoint by endpoint and connection count by connection count, loads the service
# with wrk and the database with pgbench running exactly the captured statements; then measures the filter matrix
# (src/bench/matrix.txt: every list parameter alone, the pairs analysts use, text searches, detail pages) at one
# connection; samples the heap; and writes target/bench/report.md and report.json.
#
# Two builds side by side: BASELINE=<git ref> builds the baseline's jar from that ref in a temporary git worktree
# under target/bench (or BASELINE_JAR=<jar> takes one). Both services then run at once, each on its own copy of the
# data (generated once, against the baseline's schema: the new build's migrations run on its copy only), and every
# measurement is taken on the baseline, then at once on the new build, so that the load of a shared machine falls on
# both alike; the report puts them side by side with the ratio new/old.
#
# Cold and hot: the cold runs send "Cache-Control: no-cache", so that every request is answered afresh (the data
# version, then the list's statements), as before the service kept answers; the hot runs (HOT_CONNECTIONS, the new
# build only) repeat the same requests as clients do, answered from memory after the data version is read; the
# reference runs ask the service for fixed bytes of each answer's size (GET /bench/bytes/{size}, enabled by
# timeline.bench.reference for the benchmark only), the fastest answer of that size the same service gives on the
# same machine; a revalidation run sends If-None-Match with a list's current ETag (304).
#
# Settings (environment): MEETINGS=1000000 SMALL_MEETINGS=10000 (0 skips it) DURATION=10 (s per run) WARMUP=5
# (s per endpoint and build, twice) SETTLE_TIMEOUT=300 (s to wait after each warm-up for the services to go idle)
# CONNECTIONS="1 8 32" SMALL_CONNECTIONS="1 32" PGBENCH_MODE=prepared HEAP=-Xmx512m SKIP_BUILD=1 JAR=target/...jar
# CDS=1 (0: run the plain jar) APP_PORT=18080 DB_PORT=55432 (the baseline's: BASELINE_APP_PORT=APP_PORT+1,
# BASELINE_DB_PORT=DB_PORT+1) BENCH_DIR=target/bench BENCH_DATA=BENCH_DIR (where the pristine generated data sets
# are kept, reusable by other checkouts) ENDPOINTS=1 (0 skips the seven endpoints) ENDPOINT_NAMES="slug day" (only these of them) ROUNDS=1 (times each endpoint is
# measured, old and new alternating; the report gives each row's median round) MATRIX=1 (0 skips the matrix)
# MATRIX_DURATION=5 (s of wrk per row and build) MATRIX_SLOW=1 (s: a row whose second request is slower is timed by
# MATRIX_SAMPLES=3 single requests instead of wrk) MATRIX_ROWS=regex (only the rows whose name matches)
# HOT_CONNECTIONS="1 32" (0: no hot runs) REUSE_COPIES=1 (each build keeps its copy of the data from an earlier run,
# already migrated) NEW_LABEL=text (how the report names this checkout's build) PYTHON=python3 READY_TIMEOUT=1800 (s a start may take).
# Delete BENCH_DATA/pgdata-* to generate the data again.
# IMPORT_ROWS=1000000 (0 skips it): the rows of the GDELT events export imported from the command line into the new
# build's copy of the big data set, timed, its heap sampled (generated once as BENCH_DATA/gdelt-*.export.CSV.zip).
# Overload (the new build, on the big data set): OVERLOAD=1 (0 skips it) OVERLOAD_CLIENTS=16
# EXPENSIVE_PATH=/api/v1/meetings?format=csv times /meetings/{slug} alone and while OVERLOAD_CLIENTS clients run the
# expensive request, with the cap on expensive requests off (timeline.limits.expensive.concurrency=0) and on (the
# default), side by side in the report.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
BENCH=${BENCH_DIR:-$ROOT/target/bench}
DATA=${BENCH_DATA:-$BENCH}
MEETINGS=${MEETINGS:-1000000}
SMALL_MEETINGS=${SMALL_MEETINGS:-10000}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-5}
CONNECTIONS=${CONNECTIONS:-"1 8 32"}
SMALL_CONNECTIONS=${SMALL_CONNECTIONS:-"1 32"}
HOT_CONNECTIONS=${HOT_CONNECTIONS:-"1 32"}
OVERLOAD=${OVERLOAD:-1}
OVERLOAD_CLIENTS=${OVERLOAD_CLIENTS:-16}
EXPENSIVE_PATH=${EXPENSIVE_PATH:-/api/v1/meetings?format=csv}
COLD_HEADER="Cache-Control: no-cache"
PGBENCH_MODE=${PGBENCH_MODE:-prepared}
CDS=${CDS:-1}
HEAP=${HEAP:--Xmx512m}
JAR=${JAR:-$ROOT/target/contact-timeline.jar}
APP_PORT=${APP_PORT:-18080}
DB_PORT=${DB_PORT:-55432}
ENDPOINTS=${ENDPOINTS:-1}
ROUNDS=${ROUNDS:-1}
MATRIX=${MATRIX:-1}
MATRIX_DURATION=${MATRIX_DURATION:-5}
MATRIX_SLOW=${MATRIX_SLOW:-1}
MATRIX_SAMPLES=${MATRIX_SAMPLES:-3}
MATRIX_ROWS=${MATRIX_ROWS:-}
MONTH_FROM=${MONTH_FROM:-2025-06-01}
MONTH_TO=${MONTH_TO:-2025-06-30}
RANGE_FROM=${RANGE_FROM:-2020-01-01}
RANGE_TO=${RANGE_TO:-2026-12-31}
IMPORT_ROWS=${IMPORT_ROWS:-1000000}
# the interpreter itself, not a version manager's shim that costs a second per call
PYTHON=${PYTHON:-$(python3 -c 'import sys; print(sys.executable)')}
PY="$PYTHON $ROOT/src/bench/bench.py"

# The builds: "new" (this checkout's jar), and with BASELINE or BASELINE_JAR "old" before it.
BUILDS=(new)
declare -A JARS=([new]=$JAR) APORT=([new]=$APP_PORT) DPORT=([new]=$DB_PORT) PIDS=() JSTATS=() LABELS=()
if [[ -n ${BASELINE:-} || -n ${BASELINE_JAR:-} ]]; then
	BUILDS=(old new)
	JARS[old]=${BASELINE_JAR:-$BENCH/baseline/contact-timeline.jar}
	APORT[old]=${BASELINE_APP_PORT:-$((APP_PORT + 1))}
	DPORT[old]=${BASELINE_DB_PORT:-$((DB_PORT + 1))}
fi
# the build whose schema the data is generated against: the baseline's, when there is one
SCHEMA_BUILD=${BUILDS[0]}

log() { echo "[bench $(date +%T)] $*" >&2; }
min() { if (( $1 < $2 )); then echo "$1"; else echo "$2"; fi; }
label() { if (( $1 % 1000000 == 0 )); then echo "$(($1 / 1000000))m"; elif (( $1 % 1000 == 0 )); then echo "$(($1 / 1000))k"; else echo "$1"; fi; }
psql_to() { psql -h localhost -p "${DPORT[$1]}" -U postgres -d postgres -X -q -t -A -v ON_ERROR_STOP=1 "${@:2}"; }
base() { echo "http://localhost:${APORT[$1]}"; }

BASELINE_SRC=
cleanup() {
	local b
	for b in "${!JSTATS[@]}"; do kill "${JSTATS[$b]}" 2>/dev/null || true; done
	for b in "${!PIDS[@]}"; do
		[[ -n ${PIDS[$b]} ]] && kill "${PIDS[$b]}" 2>/dev/null && wait "${PIDS[$b]}" 2>/dev/null || true
	done
	if [[ -n $BASELINE_SRC ]]; then git -C "$ROOT" worktree remove --force "$BASELINE_SRC" 2>/dev/null || true; fi
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

# The baseline's jar, built from BASELINE in a temporary worktree (detached, removed afterwards).
build_baseline() {
	[[ -n ${BASELINE_JAR:-} || -z ${BASELINE:-} ]] && return 0
	local commit
	commit=$(git -C "$ROOT" rev-parse --verify "$BASELINE^{commit}")
	if [[ -f $BENCH/baseline/commit && $(cat "$BENCH/baseline/commit") == "$commit" && -f ${JARS[old]} ]]; then
		log "baseline $BASELINE ($commit): jar already built"
		return 0
	fi
	BASELINE_SRC=$BENCH/baseline-src
	rm -rf "$BENCH/baseline" "$BASELINE_SRC"
	git -C "$ROOT" worktree prune
	log "building the baseline $BASELINE ($commit) in a temporary worktree"
	git -C "$ROOT" worktree add --detach "$BASELINE_SRC" "$commit" >/dev/null 2>&1
	(cd "$BASELINE_SRC" && mvn -q -B -DskipTests -Pbench package)
	mkdir -p "$BENCH/baseline"
	cp "$BASELINE_SRC/target/contact-timeline.jar" "${JARS[old]}"
	echo "$commit" >"$BENCH/baseline/commit"
	git -C "$ROOT" worktree remove --force "$BASELINE_SRC"
	BASELINE_SRC=
}

settle() { # build: waits (at most SETTLE_TIMEOUT seconds, default 300) until its service uses under 5 % of a core
	local pid=${PIDS[$1]} quiet=0 a b waited=0
	while (( waited < ${SETTLE_TIMEOUT:-300} )); do
		a=$(awk '{print $14+$15}' "/proc/$pid/stat" 2>/dev/null) || return 0
		sleep 2
		b=$(awk '{print $14+$15}' "/proc/$pid/stat" 2>/dev/null) || return 0
		waited=$(( waited + 2 ))
		if (( b - a <= 10 )); then
			(( ++quiet >= 2 )) && { log "$1: idle after ${waited}s"; return 0; }
		else
			quiet=0
		fi
	done
	log "$1: still busy after ${waited}s; measuring all the same"
}

start_app() { # build data-dir log-file [launch]; sets PIDS[build] and STARTUP_S
	local b=$1 waited=0 # a service that just stopped may hold its ports a little longer
	while curl -s -o /dev/null "$(base "$b")/actuator/health" || (exec 3<>/dev/tcp/localhost/"${DPORT[$b]}") 2>/dev/null; do
		if (( waited++ >= 30 )); then
			log "port ${APORT[$b]} or ${DPORT[$b]} is in use: stop what listens there, or set APP_PORT / DB_PORT"
			exit 1
		fi
		sleep 1
	done
	local started=$(date +%s.%N)
	java $HEAP -XX:+ExitOnOutOfMemoryError ${4:--jar "${JARS[$b]}"} \
		--timeline.embedded-db.data-dir="$2" --timeline.embedded-db.port="${DPORT[$b]}" --server.port="${APORT[$b]}" \
		--timeline.bench.reference=true ${APP_ARGS:-} >"$3" 2>&1 &
	PIDS[$b]=$!
	# a new build may migrate a million rows before it is ready: READY_TIMEOUT seconds (default 30 minutes)
	local deadline=$(( $(date +%s) + ${READY_TIMEOUT:-1800} ))
	while (( $(date +%s) < deadline )); do
		if curl -sf "$(base "$b")/actuator/health/readiness" 2>/dev/null | grep -q UP; then
			STARTUP_S=$(printf '%.2f' "$(echo "$(date +%s.%N) - $started" | bc)")
			return 0
		fi
		if ! kill -0 "${PIDS[$b]}" 2>/dev/null; then
			# another program may have taken the port for a moment: try once more
			[[ -n ${RETRIED:-} ]] && { log "the service stopped; see $3"; exit 1; }
			log "the service stopped while starting; once more"
			sleep 5
			RETRIED=1 start_app "$@"
			return 0
		fi
		sleep 0.1
	done
	log "the service did not become ready; see $3"
	exit 1
}

stop_app() { # build
	kill "${PIDS[$1]}" && wait "${PIDS[$1]}" 2>/dev/null || true
	PIDS[$1]=
}

# Creates the pristine data set once, with the schema build: the service migrates an empty database, then the
# generator fills it. Nothing runs on the pristine folder afterwards: each build gets a copy (copy_data).
ensure_data() { # label meetings
	local dir=$DATA/pgdata-$1 b=$SCHEMA_BUILD
	[[ -f $dir.generated ]] && return 0
	rm -rf "$dir" "$dir.values"
	mkdir -p "$DATA"
	log "$1: creating the schema and the seed (build $b)"
	start_app "$b" "$dir" "$BENCH/app-$1-create.log"
	# a statement log the capture can parse, and room for the bulk load
	psql_to "$b" -c "alter system set logging_collector = on" -c "alter system set log_destination = 'csvlog'" \
		-c "alter system set log_directory = 'log'" -c "alter system set log_filename = 'bench.log'" \
		-c "alter system set log_rotation_size = 0" -c "alter system set max_wal_size = '4GB'" >/dev/null
	psql_to "$b" -c "select pg_reload_conf()" >/dev/null
	local officials=$(( $2 / 20 > 1000 ? $2 / 20 : 1000 )) delegations=$(( $2 / 100 > 100 ? $2 / 100 : 100 ))
	log "$1: generating $2 meetings, $officials officials, $delegations delegations"
	local t0=$(date +%s.%N)
	psql_to "$b" -v meetings="$2" -v officials="$officials" -v delegations="$delegations" \
		-f "$ROOT/db/scale/generate.sql" >"$BENCH/generate-$1.log"
	stop_app "$b"
	printf '%.0f\n' "$(echo "$(date +%s.%N) - $t0" | bc)" >"$dir.generated"
	log "$1: generated in $(cat "$dir.generated") s"
}

copy_data() { # label build; echoes the copy's folder
	local copy=$BENCH/data-$2/pgdata-$1
	# REUSE_COPIES=1: a copy an earlier run made (and migrated) serves again, e.g. to measure the matrix alone
	if [[ ${REUSE_COPIES:-0} == 1 && -f $copy/PG_VERSION ]]; then
		rm -rf "$copy/log"
		echo "$copy"
		return 0
	fi
	rm -rf "$copy"
	mkdir -p "$(dirname "$copy")"
	cp -a "$DATA/pgdata-$1" "$copy"
	rm -rf "$copy/log" # the statement log of earlier runs
	echo "$copy"
}

# Class data sharing (a dynamic AppCDS archive of the extracted jar, as Spring Boot documents): a shorter start.
prepare_cds() { # build data-dir; sets LAUNCH
	local b=$1 app=$BENCH/app-$1 name
	name=$(basename "${JARS[$b]}")
	if [[ ! -f $app/app.jsa || ${JARS[$b]} -nt $app/app.jsa ]]; then
		rm -rf "$app"
		java -Djarmode=tools -jar "${JARS[$b]}" extract --destination "$app" >/dev/null
		log "$b: training the class data sharing archive"
		java $HEAP -XX:ArchiveClassesAtExit="$app/app.jsa" -Dspring.context.exit=onRefresh -jar "$app/$name" \
			--timeline.embedded-db.data-dir="$2" --timeline.embedded-db.port="${DPORT[$b]}" \
			--server.port="${APORT[$b]}" >"$BENCH/cds-training-$b.log" 2>&1 || true
		# the training run exits at refresh, leaving its embedded PostgreSQL up: stop it
		if [[ -f $2/postmaster.pid ]]; then
			kill -INT "$(head -1 "$2/postmaster.pid")" 2>/dev/null || true
			for _ in $(seq 1 100); do [[ -f $2/postmaster.pid ]] || break; sleep 0.1; done
		fi
	fi
	LAUNCH=
	[[ -f $app/app.jsa ]] && LAUNCH="-XX:SharedArchiveFile=$app/app.jsa -jar $app/$name"
}

wrk_run() { # dataset build endpoint conns url seconds [kind [header]]: kind service (cold, the default), hot, reference
	local out=$BENCH/wrk.out kind=${7:-service} header=${8-$COLD_HEADER}
	wrk -t"$(min "$4" 2)" -c"$4" -d"$6"s --timeout 5s -s "$ROOT/src/bench/report.lua" ${header:+-H "$header"} "$5" \
		>"$out" 2>&1 || { cat "$out" >&2; return 1; }
	$PY wrk "$1" "$3" "$4" "$out" "$2" "$kind" >>"$BENCH/results.jsonl"
}

pgbench_run() { # dataset build endpoint conns sqlfile
	local out=$BENCH/pgbench.out
	# a build without the endpoint (an older baseline) captured no statement: nothing for the database to run
	grep -q '[^[:space:]]' "$5" 2>/dev/null || { log "$1/$2: $3 sent no SQL; no pgbench run"; return 0; }
	pgbench -h localhost -p "${DPORT[$2]}" -U postgres -n -M "$PGBENCH_MODE" -f "$5" -c "$4" -j "$(min "$4" 2)" \
		-T "$DURATION" -l --log-prefix="$BENCH/pgbench-log" postgres >"$out" 2>&1 || { cat "$out" >&2; return 1; }
	$PY pgbench "$1" "$3" "$4" "$out" "$BENCH/pgbench-log" "$2" >>"$BENCH/results.jsonl"
}

# The values the matrix's URLs use (see src/bench/matrix.txt), chosen from the data once per data set and kept
# beside the pristine folder, so that every run and every build asks the same questions.
choose_values() { # label build(to ask) meetings
	local file=$DATA/pgdata-$1.values b=$2 n=$3
	[[ -s $file ]] && return 0
	log "$1: choosing the matrix's values from the data (once)"
	local year=${MONTH_FROM:0:4}
	{
		echo "MONTH_FROM=$MONTH_FROM"
		echo "MONTH_TO=$MONTH_TO"
		echo "YEAR_FROM=$year-01-01"
		echo "YEAR_TO=$year-12-31"
		echo "DAY=$(psql_to "$b" -c "select d from generate_series(date '$year-01-01', date '$year-12-31', interval '1 day') g,
		                     lateral (select g::date as d) x
		                order by (select count(*) from meeting m where m.start_date is not null
		                          and daterange(m.start_date, m.end_date, '[]') @> x.d) desc, d limit 1")"
		psql_to "$b" -F= <<-SQL
			set work_mem = '256MB';
			select 'C1', country_code from meeting_country group by country_code order by count(*) desc, 2 limit 1;
			select 'C2', country_code from meeting_country group by country_code order by count(*) desc, 2 offset 1 limit 1;
			select 'HOST', location_country from meeting where location_country is not null
			 group by location_country order by count(*) desc, 2 limit 1;
			select 'OFFICIAL', o.slug from official o
			 join (select official_id, count(*) n from meeting_participant group by 1) p on p.official_id = o.id
			 order by p.n desc, o.slug limit 1;
			select 'DELEGATION', d.slug from delegation d
			 join (select delegation_id, count(*) n from meeting where delegation_id is not null group by 1) m
			   on m.delegation_id = d.id order by m.n desc, d.slug limit 1;
			select 'SOURCE', s.slug from source s
			 join (select source_id, count(*) n from citation group by 1) c on c.source_id = s.id
			 order by c.n desc, s.slug limit 1;
			select 'SLUG', slug from meeting where start_date = '$MONTH_FROM' and date_precision = 'day' order by slug limit 1;
			select 'STATUS', 'cancelled';
			select 'KIND', '040';
			select 'Q_NONE', 'volcano';
			select 'UNACCENTED', 'muller';
			-- words: how many rows hold each (letters only, 5 or more); a common one is in about 30 % of the rows,
			-- a rare one in about 0.01 % of the meetings (or in the fewest rows above none, for the smaller tables)
			create temp table w_meeting as
			  select w, count(*) n from (select distinct m.id, w from meeting m,
			    regexp_split_to_table(lower(m.title || ' ' || coalesce(m.summary, '') || ' ' || array_to_string(m.topics, ' ')),
			                          '[^a-z]+') w where length(w) >= 5) x group by w;
			select 'Q_COMMON', w from w_meeting order by abs(n - 0.3 * $n), w limit 1;
			select 'Q_RARE', w from w_meeting where length(w) >= 6 order by abs(n - greatest(1, 0.0001 * $n)), w limit 1;
			create temp table w_official as
			  select w, count(*) n from (select distinct o.id, w from official o left join position p on p.official_id = o.id,
			    regexp_split_to_table(lower(o.name || ' ' || o.slug || ' ' || coalesce(p.title, '')), '[^a-z]+') w
			    where length(w) >= 4) x group by w;
			select 'OQ_COMMON', w from w_official order by abs(n - 0.3 * (select count(*) from official)), w limit 1;
			select 'OQ_RARE', w from w_official where length(w) >= 5 order by n, w limit 1;
			create temp table w_source as
			  select w, count(*) n from (select distinct s.id, w from source s,
			    regexp_split_to_table(lower(s.publisher || ' ' || coalesce(s.headline, '') || ' ' || coalesce(s.author, '')),
			                          '[^a-z]+') w where length(w) >= 5) x group by w;
			select 'SQ_COMMON', w from w_source order by abs(n - 0.3 * (select count(*) from source)), w limit 1;
			select 'SQ_RARE', w from w_source where length(w) >= 6 order by n, w limit 1;
			select 'HANGUL', original_name from official where original_name ~ '^[가-힣]{3}$'
			 group by original_name order by count(*) desc, 2 limit 1;
			select 'CYRILLIC', split_part(original_name, ' ', 2) from official where original_name ~ '^[А-Яа-яЁё]+ [А-Яа-яЁё]+$'
			 group by 2 order by count(*) desc, 2 limit 1;
		SQL
	} >"$file.tmp"
	mv "$file.tmp" "$file"
}

bench_dataset() { # label meetings connections with-pgbench
	local name=$1 b dir
	ensure_data "$1" "$2"
	for b in "${BUILDS[@]}"; do
		log "$name/$b: copying the data"
		dir=$(copy_data "$name" "$b")
		log "$name/$b: starting the service ($HEAP)"
		start_app "$b" "$dir" "$BENCH/app-$name-$b.log"
		if grep -q "Migrating schema" "$BENCH/app-$name-$b.log"; then
			log "$name/$b: migrations ran at this start; starting again to time a plain start"
			stop_app "$b"
			start_app "$b" "$dir" "$BENCH/app-$name-$b.log"
		fi
		# what a migration rewrote leaves dead rows and an unset visibility map (index-only reads fall back to the
		# table) until autovacuum passes; every build's copy is vacuumed alike before it is measured
		log "$name/$b: vacuum and analyze"
		psql_to "$b" -c "vacuum (analyze)" >/dev/null
		log "$name/$b: ready in $STARTUP_S s"
		LAUNCH=
		if [[ $CDS == 1 ]]; then
			$PY meta "$BENCH" "$name/$b" startup_plain_jar_s "$STARTUP_S"
			stop_app "$b"
			prepare_cds "$b" "$dir"
			start_app "$b" "$dir" "$BENCH/app-$name-$b.log" "$LAUNCH"
			log "$name/$b: with class data sharing, ready in $STARTUP_S s"
		fi
		$PY meta "$BENCH" "$name/$b" startup_s "$STARTUP_S"
		jstat -gc "${PIDS[$b]}" 500 >"$BENCH/jstat-$name-$b.txt" 2>/dev/null &
		JSTATS[$b]=$!
	done
	local first=${BUILDS[0]}
	$PY meta "$BENCH" "$name" generate_s "$(cat "$DATA/pgdata-$name.generated")"
	$PY meta "$BENCH" "$name" meetings "$(psql_to "$first" -c 'select count(*) from meeting')"
	choose_values "$name" "$first" "$2"
	local values=$BENCH/values-$name.txt
	cp "$DATA/pgdata-$name.values" "$values"
	# cursors as the first build writes them (a build that writes them otherwise answers 400: the report shows it)
	echo "CURSOR=$(curl -s "$(base "$first")/api/v1/meetings" | $PYTHON -c 'import json,sys; print(json.load(sys.stdin)["next"] or "")')" >>"$values"
	echo "TCURSOR=$(curl -s "$(base "$first")/api/v1/timeline" | $PYTHON -c 'import json,sys; print(json.load(sys.stdin)["next"] or "")')" >>"$values"
	$PY meta "$BENCH" "$name" values "$($PYTHON -c 'import json,sys; print(json.dumps(dict(l.rstrip("\n").split("=",1) for l in open(sys.argv[1], encoding="utf-8") if "=" in l), ensure_ascii=False))' "$values")"

	# the seven endpoints: a busy day, one month, a slug on that day, and a long range paged by cursor
	local day slug page10
	day=$(grep '^DAY=' "$values" | cut -d= -f2)
	slug=$(grep '^SLUG=' "$values" | cut -d= -f2)
	local range="/api/v1/meetings?from=$RANGE_FROM&to=$RANGE_TO"
	page10=$($PYTHON - "$(base "$first")" "$range" <<-'EOF'
		import json, sys, urllib.parse, urllib.request
		url = sys.argv[2]
		for _ in range(9):
		    page = json.load(urllib.request.urlopen(sys.argv[1] + url))
		    url = sys.argv[2] + "&cursor=" + urllib.parse.quote(page["next"])
		print(url)
	EOF
	)
	declare -A urls=(
		[day]="/api/v1/meetings?date=$day"
		[month-pair]="/api/v1/meetings?from=$MONTH_FROM&to=$MONTH_TO&country=KP&country=RU"
		[month-one]="/api/v1/meetings?from=$MONTH_FROM&to=$MONTH_TO&country=RU"
		[timeline]="/api/v1/timeline?from=$MONTH_FROM&to=$MONTH_TO"
		[slug]="/api/v1/meetings/$slug"
		[page1]="$range"
		[page10]="$page10"
		[limit5]="/api/v1/meetings?from=$MONTH_FROM&to=$MONTH_TO&country=RU&limit=5"
		[limit500]="/api/v1/meetings?from=$MONTH_FROM&to=$MONTH_TO&country=RU&limit=500"
		[stats-pair]="/api/v1/stats?country=KP&country=RU"
		[stats-all]="/api/v1/stats?group=year"
		[network-country]="/api/v1/network?country=KP&level=country&from=${MONTH_FROM:0:4}-01-01&to=${MONTH_FROM:0:4}-12-31"
	)
	local endpoints=${ENDPOINT_NAMES:-"day month-pair month-one timeline slug page1 page10 stats-pair stats-all network-country"}
	$PY meta "$BENCH" "$name" urls "$(for e in $endpoints; do echo "\"$e\": \"${urls[$e]}\""; done | paste -sd, | sed 's/^/{/; s/$/}/')"

	# the matrix's rows: name<TAB>path
	local rows=$BENCH/matrix-$name.tsv
	$PY matrix "$ROOT/src/bench/matrix.txt" "$values" | awk -F'\t' -v re="$MATRIX_ROWS" 're == "" || $1 ~ re' >"$rows"
	(( MATRIX )) || : >"$rows"

	if (( ENDPOINTS )); then
		# Twice, each round followed by a wait until every service is idle again: after a warm-up the JIT compiler
		# still works through its queue (minutes, on two cores, for a build that runs jOOQ), and a compiler thread
		# busy during a measured run takes one of the two cores from it (a first A/B measured that, not the build).
		for round in 1 2; do
			log "$name: warming up (round $round of 2)"
			for e in $endpoints; do
				for b in "${BUILDS[@]}"; do wrk -t2 -c8 -d"$WARMUP"s -H "$COLD_HEADER" "$(base "$b")${urls[$e]}" >/dev/null; done
			done
			for b in "${BUILDS[@]}"; do settle "$b"; done
		done
	fi

	# One request per endpoint and matrix row with PostgreSQL's statement log on: the SQL it sends (for pgbench, and
	# for EXPLAIN), its status, size and a first timing (which also warms the row).
	for b in "${BUILDS[@]}"; do
		log "$name/$b: capturing the SQL of one request per endpoint and matrix row"
		local cap=$BENCH/capture-$name-$b.txt
		: >"$cap"
		mkdir -p "$BENCH/probe-$name-$b"
		psql_to "$b" -c "alter system set log_statement = 'all'" -c "select pg_reload_conf()" >/dev/null
		sleep 1
		if (( ENDPOINTS )); then
			for e in $endpoints limit5 limit500; do
				psql_to "$b" -c "select 'bench-capture:$e'" >/dev/null
				curl -s -o /dev/null -H "$COLD_HEADER" -w "$e %{http_code} %{time_total}s\n" "$(base "$b")${urls[$e]}" >>"$cap"
			done
			if [[ $b == new && $HOT_CONNECTIONS != 0 ]]; then
				# the same requests again as a client repeats them (answered from memory), and a revalidation (304);
				# the request for the ETag has a window of its own, or its statement would count as limit500's
				psql_to "$b" -c "select 'bench-capture:etag'" >/dev/null
				ETAG=$(curl -s -o /dev/null -D - "$(base "$b")${urls[month-one]}" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')
				for e in $endpoints; do
					psql_to "$b" -c "select 'bench-capture:hot-$e'" >/dev/null
					curl -s -o /dev/null -w "hot-$e %{http_code} %{time_total}s\n" "$(base "$b")${urls[$e]}" >>"$cap"
				done
				psql_to "$b" -c "select 'bench-capture:revalidate'" >/dev/null
				curl -s -o /dev/null -H "If-None-Match: $ETAG" -w "revalidate %{http_code} %{time_total}s\n" \
					"$(base "$b")${urls[month-one]}" >>"$cap"
			fi
		fi
		while IFS=$'\t' read -r row path; do
			psql_to "$b" -c "select 'bench-capture:m.$row'" >/dev/null </dev/null
			$PY probe "$(base "$b")/api/v1$path" >"$BENCH/probe-$name-$b/$row.json" </dev/null
			echo "m.$row $(cat "$BENCH/probe-$name-$b/$row.json")" >>"$cap"
		done <"$rows"
		psql_to "$b" -c "select 'bench-capture:end'" -c "alter system reset log_statement" -c "select pg_reload_conf()" >/dev/null
		sleep 1
		$PY capture "$BENCH/data-$b/pgdata-$name/log/bench.csv" "$BENCH/sql-$name-$b" >/dev/null
		$PY meta "$BENCH" "$name/$b" statements "$(cat "$BENCH/sql-$name-$b/statements.json")"
	done

	if (( ENDPOINTS )); then
		local round
		for (( round = 1; round <= ROUNDS; round++ )); do
			for e in $endpoints; do
				for c in $3; do
					for b in "${BUILDS[@]}"; do
						log "$name/$b: $e, $c connections (round $round of $ROUNDS)"
						wrk_run "$name" "$b" "$e" "$c" "$(base "$b")${urls[$e]}" "$DURATION"
						[[ $4 == yes ]] && pgbench_run "$name" "$b" "$e" "$c" "$BENCH/sql-$name-$b/$e.sql"
					done
				done
			done
		done
		if [[ $4 == yes && $HOT_CONNECTIONS != 0 ]]; then
			bench_hot "$name" "$endpoints" urls "$ETAG" || log "$name: the hot runs failed; the matrix follows"
		fi
	fi

	# the matrix: one connection, warm (after the capture's request and one more), row by row, each build in turn
	local row path
	while IFS=$'\t' read -r row path; do
		for b in "${BUILDS[@]}"; do
			local probe=$BENCH/probe-$name-$b/$row.json url="$(base "$b")/api/v1$path"
			# the capture's request was the first (a cold start may make it slow): one more decides slow or fast
			local first_s
			first_s=$(curl -s -o /dev/null -m 600 -H "$COLD_HEADER" -w '%{time_total}' "$url" </dev/null)
			if awk -v a="$first_s" -v b="$MATRIX_SLOW" 'BEGIN { exit !(a > b) }'; then
				# slow: a few single requests (wrk would end its run before the first answer)
				local samples=() i
				for (( i = 1; i < MATRIX_SAMPLES; i++ )); do
					samples+=("$(curl -s -o /dev/null -m 600 -H "$COLD_HEADER" -w '%{time_total}' "$url" </dev/null)")
				done
				log "$name/$b: matrix $row: $first_s ${samples[*]} s"
				$PY mrow "$name" "$b" "$row" "$path" "$probe" - "$first_s" "${samples[@]}" >>"$BENCH/results.jsonl"
			else
				wrk -t1 -c1 -d"$MATRIX_DURATION"s --timeout 30s -s "$ROOT/src/bench/report.lua" -H "$COLD_HEADER" "$url" >"$BENCH/wrk.out" 2>&1 </dev/null \
					|| { cat "$BENCH/wrk.out" >&2; return 1; }
				$PY mrow "$name" "$b" "$row" "$path" "$probe" "$BENCH/wrk.out" >>"$BENCH/results.jsonl"
				log "$name/$b: matrix $row: $(tail -1 "$BENCH/results.jsonl" | grep -oE '"(status|p50_ms|bytes)": [^,]*' | paste -sd' ')"
			fi
		done
	done <"$rows"

	for b in "${BUILDS[@]}"; do
		kill "${JSTATS[$b]}" 2>/dev/null || true
		unset "JSTATS[$b]"
		$PY meta "$BENCH" "$name/$b" peak_heap_mb "$($PY heap "$BENCH/jstat-$name-$b.txt")"
		local heap_errors=$(grep -c -E "OutOfMemoryError|GC overhead" "$BENCH/app-$name-$b.log" || true)
		kill -0 "${PIDS[$b]}" 2>/dev/null || heap_errors=$((heap_errors + 1))
		$PY meta "$BENCH" "$name/$b" heap_errors "$heap_errors"
		stop_app "$b"
	done
	if [[ $4 == yes && $OVERLOAD == 1 ]]; then
		overload "$name" "$BENCH/data-new/pgdata-$name" "${urls[slug]}"
	fi
}

# p99 of one meeting by slug, alone and while OVERLOAD_CLIENTS clients run the expensive request, with the cap on
# expensive requests off and on: each a fresh start of the new build on its copy of the data.
overload() { # label data-dir slug-path
	local name=$1 expensive="$(base new)$EXPENSIVE_PATH" slug="$(base new)$3" mode
	for mode in off on; do
		if [[ $mode == off ]]; then APP_ARGS="--timeline.limits.expensive.concurrency=0"; else APP_ARGS=; fi
		log "$name/new: overload, cap $mode: starting the service"
		start_app new "$2" "$BENCH/app-$name-overload-$mode.log"
		wrk -t2 -c8 -d"$WARMUP"s -H "$COLD_HEADER" "$slug" >/dev/null
		log "$name/new: overload, cap $mode: /meetings/{slug} alone"
		wrk_run "$name" new "slug-alone-cap-$mode" 1 "$slug" "$DURATION"
		log "$name/new: overload, cap $mode: /meetings/{slug} while $OVERLOAD_CLIENTS clients ask for $EXPENSIVE_PATH"
		wrk -t2 -c"$OVERLOAD_CLIENTS" -d"$((DURATION + 4))"s --timeout 60s -s "$ROOT/src/bench/report.lua" \
			-H "$COLD_HEADER" "$expensive" >"$BENCH/wrk-$name-expensive-cap-$mode.txt" 2>&1 &
		local load=$!
		sleep 2 # the expensive requests are under way
		wrk_run "$name" new "slug-loaded-cap-$mode" 1 "$slug" "$DURATION"
		wait "$load" || true
		$PY wrk "$name" "expensive-cap-$mode" "$OVERLOAD_CLIENTS" "$BENCH/wrk-$name-expensive-cap-$mode.txt" new \
			>>"$BENCH/results.jsonl"
		stop_app new
	done
	APP_ARGS=
	$PY meta "$BENCH" "$name" overload "{\"clients\": $OVERLOAD_CLIENTS, \"expensive\": \"$EXPENSIVE_PATH\"}"
}

# Hot reads beside the cold ones (the new build): the same URLs repeated (answered from memory after reading the data
# version), each against fixed bytes of its answer's size from the same service, and a revalidation of a list (304).
bench_hot() { # dataset endpoints name-of-urls-array etag
	local -n hot_urls=$3
	local e c size
	for e in $2; do
		size=$(curl -s -o /dev/null -w '%{size_download}' "$(base new)${hot_urls[$e]}")
		$PY meta "$BENCH" "$1" "bytes_$e" "$size"
		for c in $HOT_CONNECTIONS; do
			log "$1/new: hot $e, $c connections"
			wrk_run "$1" new "$e" "$c" "$(base new)${hot_urls[$e]}" "$DURATION" hot ""
			log "$1/new: fixed $size bytes, $c connections"
			wrk_run "$1" new "$e" "$c" "$(base new)/bench/bytes/$size" "$DURATION" reference ""
		done
	done
	for c in $HOT_CONNECTIONS; do
		log "$1/new: revalidation (If-None-Match), $c connections"
		wrk_run "$1" new revalidate "$c" "$(base new)${hot_urls[month-one]}" "$DURATION" hot "If-None-Match: $4"
	done
}

# The import of a large GDELT events export as candidate contacts, from the command line with the same heap cap, into
# the new build's copy of the big data set (so that the candidates are matched against its meetings); the candidates
# of an earlier run are removed first, since the same file would otherwise be answered as imported before.
bench_import() { # label
	local name=$1 dir=$BENCH/data-new/pgdata-$1 rows file
	rows=$(label "$IMPORT_ROWS")
	file=$DATA/gdelt-$rows.export.CSV.zip
	if [[ ! -f $file ]]; then
		log "generating a GDELT events export of $IMPORT_ROWS rows"
		$PY gdelt "$file" "$IMPORT_ROWS"
	fi
	start_app new "$dir" "$BENCH/app-$name-import-reset.log"
	psql_to new -c "truncate candidate_import, candidate_group, candidate" >/dev/null
	stop_app new
	log "$name: importing $(basename "$file") from the command line ($HEAP)"
	local started=$(date +%s.%N) pid status=0
	java $HEAP -XX:+ExitOnOutOfMemoryError -jar "${JARS[new]}" import "$file" --country=KP --country=RU --country=CN \
		--country=US --timeline.embedded-db.data-dir="$dir" --timeline.embedded-db.port="${DPORT[new]}" \
		>"$BENCH/import-$name.out" 2>"$BENCH/import-$name.log" &
	pid=$!
	for _ in $(seq 1 100); do # jstat attaches once the JVM has published its counters
		[[ -e /tmp/hsperfdata_$(id -un)/$pid ]] && break
		sleep 0.05
	done
	jstat -gc "$pid" 500 >"$BENCH/jstat-import-$name.txt" 2>/dev/null &
	local jstat_pid=$!
	wait "$pid" || status=$?
	kill "$jstat_pid" 2>/dev/null || true
	if (( status != 0 )); then
		log "the import failed ($status); see $BENCH/import-$name.log"
		exit 1
	fi
	$PY meta "$BENCH" "$name" import_s "$(printf '%.1f' "$(echo "$(date +%s.%N) - $started" | bc)")"
	$PY meta "$BENCH" "$name" import_peak_heap_mb "$($PY heap "$BENCH/jstat-import-$name.txt")"
	$PY imported "$BENCH" "$name" "$BENCH/import-$name.out"
	log "$name: $(tail -1 "$BENCH/import-$name.log")"
}

install_tools
mkdir -p "$BENCH" "$DATA"
if [[ -z ${SKIP_BUILD:-} ]]; then
	log "building the jar"
	mvn -q -B -DskipTests -Pbench package
fi
build_baseline
: >"$BENCH/results.jsonl"
rm -f "$BENCH/meta.json"
BIG=$(label "$MEETINGS")
describe() { git -C "$ROOT" describe --always --dirty 2>/dev/null || echo "?"; }
LABELS[new]=${NEW_LABEL:-"this checkout ($(git -C "$ROOT" rev-parse --abbrev-ref HEAD 2>/dev/null || echo '?') at $(describe))"}
[[ -n ${BASELINE:-} ]] && LABELS[old]="$BASELINE ($(git -C "$ROOT" rev-parse --short "$BASELINE^{commit}"))"
[[ -n ${BASELINE_JAR:-} ]] && LABELS[old]="$(basename "$BASELINE_JAR")"
$PY meta "$BENCH" - builds "[$(for b in "${BUILDS[@]}"; do echo "{\"name\": \"$b\", \"label\": \"${LABELS[$b]}\"}"; done | paste -sd,)]"
$PY meta "$BENCH" - big "\"$BIG\""
$PY meta "$BENCH" - when "\"$(date -u +%FT%TZ)\""
$PY meta "$BENCH" - host "\"$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(java -version 2>&1 | head -1 | tr -d '"')\""
$PY meta "$BENCH" - load_start "\"$(cut -d' ' -f1-3 /proc/loadavg)\""
$PY meta "$BENCH" - duration "\"${DURATION}s\""
$PY meta "$BENCH" - matrix_duration "\"${MATRIX_DURATION}s\""
$PY meta "$BENCH" - pgbench_mode "\"$PGBENCH_MODE\""
$PY meta "$BENCH" - rounds "$ROUNDS"
bench_dataset "$BIG" "$MEETINGS" "$CONNECTIONS" yes
if (( IMPORT_ROWS > 0 )); then
	bench_import "$BIG"
fi
if (( SMALL_MEETINGS > 0 )); then
	SMALL=$(label "$SMALL_MEETINGS")
	$PY meta "$BENCH" - small "\"$SMALL\""
	bench_dataset "$SMALL" "$SMALL_MEETINGS" "$SMALL_CONNECTIONS" no
fi
$PY meta "$BENCH" - load_end "\"$(cut -d' ' -f1-3 /proc/loadavg)\""
$PY report "$BENCH"
log "report: $BENCH/report.md and $BENCH/report.json"
