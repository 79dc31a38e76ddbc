# Shared by the benchmarks (run.sh, growth.sh); sourced from the repository root, not run.
# Sets OUT, APP, stamp and BASE (from PORT, which the script sets first) and offers: need_tools,
# publish_app, start_app/stop_app/wait_for, wrk_run, to_ms, static_file_url and scale_db.

OUT=tests/bench/results
APP=$OUT/app
mkdir -p "$OUT"
stamp=$(date -u +%Y%m%d-%H%M%S)
BASE="http://127.0.0.1:$PORT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Quiet logs: per-request log lines would measure the console, not the app.
export Serilog__MinimumLevel__Default=Warning

need_tools() { # wrk, and GNU time too when $1 = time; installed as root, else asked for
  if [ "${1:-}" = time ]; then
    [ -x /usr/bin/time ] || { [ "$(id -u)" = 0 ] && apt-get install -y -qq time >/dev/null; } || { echo "GNU time is needed: apt-get install time" >&2; exit 1; }
  fi
  command -v wrk >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -qq wrk >/dev/null; } || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
}

publish_app() {
  echo "Building Release (ReadyToRun, so less is compiled at start-up)..."
  rm -rf "$APP"
  dotnet publish src/CareerExplorer.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$APP" --nologo -v quiet >/dev/null
}

app_pid=
stop_app() { if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; app_pid=; fi; }
trap stop_app EXIT
start_app() { # $1 = database (a file, or pg:NAME), $2 = whether to import the bundled official data in the background (default true, as shipped), $3 = whether pages are output-cached (default true)
  # Something else answering on the port (another benchmark, another app) would be measured instead.
  if curl -s -o /dev/null --max-time 1 "$BASE/"; then echo "something already answers on $BASE: set BENCH_PORT" >&2; exit 1; fi
  db_env "$1"
  # wrk is one client: the per-client search limit would answer it with 429s, so it is lifted here.
  OfficialData__ImportOnStart=${2:-true} OutputCache__Enabled=${3:-true} RateLimits__SearchPerMinute=100000000 ASPNETCORE_ENVIRONMENT=Production \
    env "${DB_ENV[@]}" dotnet "$APP/CareerExplorer.Web.dll" --urls "$BASE" >>"$OUT/app-$stamp.log" 2>&1 &
  app_pid=$!
}
wait_for() { # $1 = url; gives up after 60 s
  for _ in $(seq 1 3000); do curl -sf -o /dev/null "$1" && return 0; sleep 0.02; done
  echo "no answer from $1" >&2; exit 1
}

to_ms() { # wrk latency like 1.23ms, 456.00us, 1.02s -> milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

# One wrk run (2 threads, $DURATION) against $BASE$1 with $2 connections, more wrk options after
# them; sets rps, p50 and p99 (ms), errors (socket errors: connect, read, write, timeout) and non2xx.
wrk_run() {
  local out
  out=$(wrk -t2 -c"$2" -d"$DURATION" --latency "${@:3}" "$BASE$1")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(to_ms "$(echo "$out" | awk '$1 == "50%" {print $2}')")
  p99=$(to_ms "$(echo "$out" | awk '$1 == "99%" {print $2}')")
  errors=$(echo "$out" | awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10 }'); errors=${errors:-0}
  non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}'); non2xx=${non2xx:-0}
}

static_file_url() { # the site's CSS file, as the home page links it
  curl -sf "$BASE/" | grep -o 'href="/css/site[^"]*\.css"' | head -1 | cut -d'"' -f2
}

# A database is named by a file's path (SQLite) or by pg:NAME, a database on the PostgreSQL server
# of .ci/services (BENCH_POSTGRES: an Npgsql connection string without the database). db_env sets
# DB_ENV to the app's settings for it, for `env "${DB_ENV[@]}" ...`.
BENCH_POSTGRES=${BENCH_POSTGRES:-Host=127.0.0.1;Port=5432;Username=careerexplorer;Password=careerexplorer}
db_env() {
  case "$1" in
    pg:*) DB_ENV=(Database__Provider=PostgreSQL "ConnectionStrings__Default=$BENCH_POSTGRES;Database=${1#pg:}") ;;
    *) DB_ENV=(Database__Provider=Sqlite "ConnectionStrings__Default=Data Source=$1") ;;
  esac
}
psql_server() { # SQL on the server's maintenance database, as the benchmark's role
  PGPASSWORD=careerexplorer psql -h 127.0.0.1 -U careerexplorer -d postgres -qtAX -c "$1"
}
run_app_command() { # $1 = database, then the command line of the app (import-oews ...)
  db_env "$1"
  env "${DB_ENV[@]}" ASPNETCORE_ENVIRONMENT=Production dotnet "$APP/CareerExplorer.Web.dll" "${@:2}"
}

# The scale database for $1 generated roles and seed $2, on SQLite or (with $3 = postgresql) on
# PostgreSQL: the seed data, the generated roles and every bundled official release (the OEWS CSVs
# in data/oews, about 1,950 roles; the O*NET 29.0 release, its occupations joining the OEWS roles,
# 197 roles more; both Employment Projections releases, their occupations joining the same roles).
# Kept by name and reused (a file in $OUT; a PostgreSQL database marked complete by a comment);
# sets scale_db_path, and scale_db_times to what generating and importing took (empty when reused).
scale_tool_built=
scale_db() {
  scale_db_times=
  if [ "${3:-sqlite}" = postgresql ]; then
    local name="ce_bench_scale_$1_$2"
    scale_db_path="pg:$name"
    [ "$(psql_server "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = '$name'")" = complete ] && return 0
    psql_server "DROP DATABASE IF EXISTS $name WITH (FORCE)"
  else
    scale_db_path="$OUT/scale-$1-$2-oews-onet-ep.db"
    [ -f "$scale_db_path" ] && return 0
  fi
  echo "Generating scale data ($1 roles, seed $2) in $scale_db_path and importing data/oews, data/onet and data/projections..."
  local log="$OUT/generate-$stamp.log" tool=$OUT/scale-tool t0 t1 t2 t3 t4
  if [ -z "$scale_tool_built" ]; then
    # The generator is a tool of its own (tests/CareerExplorer.ScaleData), built once a run.
    rm -rf "$tool"
    dotnet publish tests/CareerExplorer.ScaleData -c Release -o "$tool" --nologo -v quiet >/dev/null
    scale_tool_built=1
  fi
  db_env "$scale_db_path"
  t0=$(date +%s%N)
  { env "${DB_ENV[@]}" ASPNETCORE_ENVIRONMENT=Production dotnet "$tool/CareerExplorer.ScaleData.dll" --roles "$1" --seed "$2" \
    && t1=$(date +%s%N) && run_app_command "$scale_db_path" import-oews data/oews/*.csv \
    && t2=$(date +%s%N) && run_app_command "$scale_db_path" import-onet data/onet/29.0 \
    && t3=$(date +%s%N) && run_app_command "$scale_db_path" import-projections data/projections/*.xlsx \
    && t4=$(date +%s%N); } >>"$log" 2>&1 \
    || { cat "$log" >&2; case "$scale_db_path" in pg:*) psql_server "DROP DATABASE IF EXISTS ${scale_db_path#pg:} WITH (FORCE)" ;; *) rm -f "$scale_db_path"* ;; esac; exit 1; }
  case "$scale_db_path" in pg:*) psql_server "COMMENT ON DATABASE ${scale_db_path#pg:} IS 'complete'" ;; esac
  scale_db_times=$(awk -v a="$t0" -v b="$t1" -v c="$t2" -v d="$t3" -v e="$t4" 'BEGIN {
    printf "generating %.1f s with migrating and seeding, import-oews %.1f s, import-onet %.1f s, import-projections %.1f s", (b - a) / 1e9, (c - b) / 1e9, (d - c) / 1e9, (e - d) / 1e9 }')
  echo "  $scale_db_times"
}
